// The background review worker end to end, on real parts: the BUILT PostToolUse/UserPromptSubmit/Stop hooks start
// the worker (dist/cli.js review-worker), which runs the real codex binary against a local Responses server.
// One burst of edits → one review; the same content again → no review; a killed worker is recovered.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { workerLockPath } from "../../src/worker/worker.js";
import { tryLock } from "../../src/state/lock.js";
import { openStore, stateLockPath } from "../../src/state/store.js";
import { stateFilePath } from "../../src/project.js";
import { buildChild, holdLock, killAndWait } from "../state/helpers.js";
import { runCli } from "../support/cli.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo } from "../support/git.js";
import {
  additionalContext,
  editPayload,
  fixture,
  hookEnv,
  hookJson,
  pendingEdits,
  killTree,
  removeProject,
  pidAlive,
  processTree,
  readLog,
  readState,
  storedState,
  requireBuilt,
  runHook,
  startedWorkers,
  waitFor,
  type HookRun,
} from "../support/hooks.js";
import { startResponsesServer, wantsSchema, userTexts, type RecordedRequest, type Reply, type ResponsesServer } from "../support/responses-server.js";

const SESSION = "7d1e9a40-5b3c-4f0e-9a77-2c1d0e4b8f61";
const REVIEW = {
  verdict: "request-changes",
  summary: "Counters added across four modules; one query is unsafe.",
  findings: [
    { severity: "nit", file: "src/util.ts", line_start: 2, line_end: 2, title: "Name the constant", explanation: "Magic number.", suggested_fix: "Extract it.", confidence: 0.5 },
    { severity: "must-fix", file: "src/db.ts", line_start: 3, line_end: 3, title: "SQL built by string concatenation", explanation: "Injectable.", suggested_fix: "Use a parameterised query.", confidence: 0.9 },
  ],
};
const FILES = ["src/db.ts", "src/api.ts", "src/util.ts", "src/my module/naïve 文件.ts"];
const STEPS = 5;

let server: ResponsesServer;
let home: CodexHome;
/** Review requests wait for this before they are answered (a hanging server, controlled by the test). */
let gate: Promise<void> = Promise.resolve();
/** Review requests answered with HTTP 500 before the server answers normally again. */
let failures = 0;
let projects: string[] = [];

beforeAll(async () => {
  requireBuilt();
  server = await startResponsesServer({
    script: async (req): Promise<Reply> => {
      if (!wantsSchema(req)) return { text: "ok" };
      if (failures > 0) {
        failures -= 1;
        return { status: 500 };
      }
      await gate;
      return { text: JSON.stringify(REVIEW), usage: { input_tokens: 900, output_tokens: 120 } };
    },
  });
  home = await makeCodexHome(server.url);
});

afterEach(async () => {
  gate = Promise.resolve();
  failures = 0;
  for (const p of projects) await removeProject(p);
  projects = [];
});

afterAll(async () => {
  await server?.close();
  await home?.cleanup();
});

function reviewRequests(): RecordedRequest[] {
  return server.responseRequests().filter(wantsSchema);
}

function project(review: Record<string, unknown>): { dir: string; env: Record<string, string> } {
  const files = Object.fromEntries(FILES.map((f) => [f, Array.from({ length: STEPS }, (_, k) => `export const v${k} = 0;\n`).join("")]));
  const dir = makeRepo({ ...files, ".gitignore": ".codex-collab\n.codex-collab.*\n" }, "cc-worker 项目 ");
  mkdirSync(join(dir, ".claude"), { recursive: true });
  writeFileSync(join(dir, ".claude", "codex-collab.json"), JSON.stringify({ review }));
  projects.push(dir);
  const env = hookEnv(dir, { ...home.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN });
  return { dir, env };
}

/** Applies every edit to disk (as Claude's Edit tool would), returning the PostToolUse payload of each, in order. */
function editAll(dir: string): object[] {
  const payloads: object[] = [];
  for (const rel of FILES) {
    const file = join(dir, rel);
    for (let k = 0; k < STEPS; k++) {
      const before = `export const v${k} = 0;`;
      const after = k === 2 && rel === "src/db.ts" ? `export const v${k} = db.query("SELECT * FROM t WHERE id = " + id);` : `export const v${k} = ${k + 1};`;
      writeFileSync(file, readFileSync(file, "utf8").replace(before, after));
      payloads.push(editPayload(dir, file, before, after, SESSION));
    }
  }
  return payloads;
}

function expectQuiet(run: HookRun): void {
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  expect(run.stdout === "" || typeof hookJson(run) === "object").toBe(true);
}

function doneReviews(dir: string): any[] {
  return (readState(dir)?.reviews ?? []).filter((r: { status: string }) => r.status === "done");
}

/** Bounded wait for the worker to exit: no worker registered, the lock released, its process gone. */
async function workerGone(dir: string): Promise<void> {
  await waitFor("the worker to exit", () => {
    const lockHeld = existsSync(join(dir, ".codex-collab.d", "worker.lock"));
    return readState(dir).worker === null && !lockHeld && startedWorkers(dir).every((pid) => !pidAlive(pid));
  }, 60_000);
}

describe("background review worker", () => {
  it("a burst of 20 edits gives exactly one review; hooks never wait for it; the worker then exits", async () => {
    // Debounce 2 s: a burst of 20 hook processes on a loaded 2-core machine must fit in the quiet period.
    const { dir, env } = project({ debounceSeconds: 2, minIntervalSeconds: 0, mode: "always" });
    let release!: () => void;
    gate = new Promise<void>((r) => (release = r));

    const payloads = editAll(dir);
    const burst = await Promise.all(payloads.map((p) => runHook("PostToolUse", p, dir, { env })));
    for (const run of burst) {
      expectQuiet(run);
      expect(hookJson(run)).toBeNull();
    }
    const pending = pendingEdits(dir);
    expect(pending).toHaveLength(20);
    expect(new Set(pending.map((e: { path: string }) => e.path))).toEqual(new Set(FILES));

    // The review is now in flight and held by the server: hooks keep returning at once.
    await waitFor("the review request", () => reviewRequests().length === 1, 90_000);
    const running = await waitFor("a running review record", () => readState(dir).reviews.find((r: { status: string }) => r.status === "running"), 30_000);
    expect(running.files.sort()).toEqual([...FILES].sort());
    expectQuiet(await runHook("PostToolUse", payloads[19]!, dir, { env }));
    const ups = await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { session_id: SESSION, prompt: "how is it going?" }), dir, { env });
    expectQuiet(ups);
    expect(additionalContext(ups) ?? "").not.toContain("Codex reviewed");
    const stop = await runHook("Stop", fixture("stop", dir, { session_id: SESSION }), dir, { env });
    expectQuiet(stop);
    expect(hookJson(stop)).toBeNull();
    expect(readState(dir).reviews.map((r: { status: string }) => r.status)).toEqual(["running"]);

    release();
    const [review] = await waitFor("the review to finish", () => (doneReviews(dir).length === 1 ? doneReviews(dir) : null), 90_000);
    await workerGone(dir);

    expect(reviewRequests()).toHaveLength(1);
    const prompt = userTexts(reviewRequests()[0]!).join("\n");
    for (const f of FILES) expect(prompt).toContain(f);
    expect(prompt).toContain('db.query("SELECT * FROM t WHERE id = " + id)');
    expect(review.claudeSessionId).toBe(SESSION);
    expect(review.verdict).toBe("request-changes");
    expect(review.findings.map((f: { severity: string; title: string }) => `${f.severity}: ${f.title}`)).toEqual([
      "must-fix: SQL built by string concatenation",
      "nit: Name the constant",
    ]);
    expect(review.usage).toMatchObject({ input_tokens: 900, output_tokens: 120 });
    const state = readState(dir);
    expect(pendingEdits(dir)).toEqual([]);
    expect(state.worker).toBeNull();
    expect(state.sessions[SESSION].threadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(startedWorkers(dir)).toHaveLength(1);
    expect(readLog(dir, "worker.log")).toContain(`reviewing ${FILES.length} file(s) for session ${SESSION}`);

    // The findings reach Claude once: the next hook carries them, the one after does not.
    const next = await runHook("PostToolUse", fixture("post-tool-use-write-create", dir, { session_id: SESSION, tool_input: { file_path: join(dir, "notes.txt"), content: "x" } }), dir, { env });
    expect(additionalContext(next)).toContain("[must-fix] src/db.ts:3 SQL built by string concatenation");
    const after = await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { session_id: SESSION, prompt: "ok" }), dir, { env });
    expect(additionalContext(after) ?? "").not.toContain("SQL built");
    await workerGone(dir);

    // The same content reported again: recorded, looked at, and not sent to Codex a second time.
    const sent = reviewRequests().length;
    expectQuiet(await runHook("PostToolUse", payloads[2]!, dir, { env }));
    await waitFor("the repeated edit to be handled", () => pendingEdits(dir).length === 0 && readState(dir).worker === null, 60_000);
    await workerGone(dir);
    expect(reviewRequests()).toHaveLength(sent);
    const skipped = readState(dir).reviews.filter((r: { status: string }) => r.status === "skipped");
    expect(skipped.map((r: { skipReason: string }) => r.skipReason)).toContain("this exact change was already reviewed");
  });

  it("review.mode auto: a simple task's edits are not reviewed", async () => {
    const { dir, env } = project({ debounceSeconds: 1, minIntervalSeconds: 0, mode: "auto" });
    await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { session_id: SESSION, prompt: "Fix the typo in the util comment" }), dir, { env });
    expect(storedState(dir).classifications[SESSION].level).toBe("simple");
    const sent = reviewRequests().length;
    for (const p of editAll(dir).slice(0, 3)) expectQuiet(await runHook("PostToolUse", p, dir, { env }));
    expect(pendingEdits(dir)).toEqual([]);
    expect(storedState(dir).worker).toBeNull();
    expect(startedWorkers(dir)).toEqual([]);
    expect(reviewRequests()).toHaveLength(sent);
  });

  it("a worker killed mid-review is restarted by the next prompt and the edits are reviewed", async () => {
    const { dir, env } = project({ debounceSeconds: 1, minIntervalSeconds: 0, mode: "always" });
    gate = new Promise<void>(() => {});
    const sent = reviewRequests().length;
    for (const p of editAll(dir).slice(0, 4)) expectQuiet(await runHook("PostToolUse", p, dir, { env }));
    await waitFor("the review request", () => reviewRequests().length === sent + 1, 90_000);
    const worker = readState(dir).worker;
    expect(worker).not.toBeNull();
    const tree = processTree(worker.pid);
    process.kill(worker.pid, "SIGKILL");
    // Its codex child would wait on the hanging server forever; everything it started goes with it.
    for (const pid of tree) if (pid !== worker.pid) killTree(pid);
    await waitFor("the worker to die", () => !pidAlive(worker.pid), 10_000);

    const killed = readState(dir);
    expect(killed.reviews.map((r: { status: string }) => r.status)).toEqual(["running"]);
    expect(pendingEdits(dir)).toHaveLength(4);

    gate = Promise.resolve();
    const ups = await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { session_id: SESSION, prompt: "continue" }), dir, { env });
    expectQuiet(ups);
    await waitFor("the edits to be reviewed again", () => doneReviews(dir).length === 1, 90_000);
    await workerGone(dir);
    expect(reviewRequests()).toHaveLength(sent + 2);
    const state = readState(dir);
    expect(state.reviews.map((r: { status: string }) => r.status)).toEqual(["failed", "done"]);
    expect(state.reviews[0].error).toBe("the review worker stopped before it finished");
    expect(state.reviews[1].findings).toHaveLength(2);
    expect(pendingEdits(dir)).toEqual([]);
    expect(startedWorkers(dir)).toHaveLength(2);
  });

  it("a failed review keeps its edits for a retry with backoff, shown by status; the retry reviews them", async () => {
    const { dir, env } = project({ debounceSeconds: 1, minIntervalSeconds: 0, mode: "always" });
    // Enough 500s for one review however often codex retries the request itself.
    failures = 10;
    const sent = reviewRequests().length;
    for (const p of editAll(dir).slice(0, 3)) expectQuiet(await runHook("PostToolUse", p, dir, { env }));
    let failed: { pendingEdits: { attempts?: number }[] } | undefined;
    await waitFor(
      "the failed review",
      () => {
        const s = readState(dir);
        if (s?.reviews.some((r: { status: string }) => r.status === "failed")) failed = s;
        return failed !== undefined;
      },
      90_000,
      250,
    );
    failures = 0;
    // The review's record and its kept edits are one write: the first read that shows the failure shows the marks.
    expect(failed!.pendingEdits.filter((e) => e.attempts === 1)).toHaveLength(3);
    const kept = readState(dir).pendingEdits;
    for (const e of kept) expect(e).toMatchObject({ attempts: 1, retryAt: expect.any(String), lastError: expect.any(String) });
    // First backoff: 30 s after the failure.
    expect(Date.parse(kept[0].retryAt) - Date.now()).toBeGreaterThan(20_000);
    const status = await runCli(["status", "--json"], { cwd: dir, env });
    expect(JSON.parse(status.stdout).retrying).toMatchObject({ edits: 3, attempts: 1, nextAt: kept[0].retryAt });
    const text = await runCli(["status"], { cwd: dir, env });
    expect(text.stdout).toMatch(/3 edit\(s\) kept after a failed review \(attempt 1\), retried at /);

    await waitFor("the retry to review the kept edits", () => doneReviews(dir).length === 1, 90_000, 500);
    await workerGone(dir);
    expect(reviewRequests().length).toBeGreaterThan(sent + 1);
    expect(readState(dir).reviews.map((r: { status: string }) => r.status)).toEqual(["failed", "done"]);
    expect(pendingEdits(dir)).toEqual([]);
    expect(startedWorkers(dir)).toHaveLength(1);
  }, 180_000);

  it("a state lock held past its timeout neither kills the worker (heartbeat, loop) nor loses the edits", async () => {
    const { dir, env } = project({ debounceSeconds: 6, minIntervalSeconds: 0, mode: "always" });
    const child = buildChild();
    try {
      for (const p of editAll(dir).slice(0, 2)) expectQuiet(await runHook("PostToolUse", p, dir, { env }));
      const worker = await waitFor("the worker", () => readState(dir)?.worker, 30_000);
      // Held for 12 s: past the 5 s lock timeout, so the heartbeat and the worker's own state writes fail meanwhile.
      const holder = await holdLock(child.script, stateLockPath(stateFilePath(dir)));
      await new Promise((r) => setTimeout(r, 12_000));
      expect(pidAlive(worker.pid)).toBe(true);
      await killAndWait(holder);
      await waitFor("the review", () => doneReviews(dir).length === 1, 90_000, 250);
      await workerGone(dir);
      const log = readLog(dir, "worker.log");
      expect(log).toMatch(/heartbeat failed|state busy, trying again/);
      expect(log).not.toMatch(/\berror: /);
      expect(doneReviews(dir)[0].files.length).toBeGreaterThan(0);
      expect(startedWorkers(dir)).toEqual([worker.pid]);
    } finally {
      rmSync(child.dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("a worker started while the previous one is still exiting waits for its lock instead of giving up", async () => {
    const { dir, env } = project({ mode: "off", debounceSeconds: 0 });
    openStore(dir).update((s) => {
      s.pendingEdits.push({ path: "src/db.ts", hash: "h1", at: new Date().toISOString(), tool: "Edit", claudeSessionId: SESSION });
    });
    // This test process plays the exiting worker: it has unregistered itself but still holds the lock.
    const release = tryLock(workerLockPath(dir), { staleMs: 60_000 });
    expect(release).not.toBeNull();
    const worker = runCli(["review-worker", "--project", dir], { cwd: dir, env, timeoutMs: 60_000 });
    await new Promise((r) => setTimeout(r, 1500));
    release!();
    const r = await worker;
    expect(r.code, r.stderr).toBe(0);
    expect(readLog(dir, "worker.log")).toMatch(/started\n.*skipped 1 edit\(s\) of session 7d1e9a40-5b3c-4f0e-9a77-2c1d0e4b8f61: automatic review is off/);
    expect(pendingEdits(dir)).toEqual([]);
    expect(readState(dir).worker).toBeNull();
  });

  it("a worker whose project was deleted before it started exits without bringing the directory back", async () => {
    const { dir, env } = project({ mode: "always" });
    rmSync(dir, { recursive: true, force: true });
    const r = await runCli(["review-worker", "--project", dir], { cwd: home.home, env, timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });
});
