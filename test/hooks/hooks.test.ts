// The BUILT hook bundles (dist/hooks/*.cjs) as real processes fed real captured payloads, adapted to a temp git
// project: they always exit 0, print nothing or one JSON object, fail open with one short systemMessage, and do
// what each event is for (classification, edit recording + one worker, findings once, Stop gate once).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { drainJournal, journalPath, readJournal } from "../../src/worker/journal.js";
import { openStore } from "../../src/state/store.js";
import type { Finding, ReviewRecord } from "../../src/state/schema.js";
import { makeRepo } from "../support/git.js";
import {
  additionalContext,
  editPayload,
  fixture,
  hookEnv,
  hookJson,
  pendingEdits,
  removeProject,
  readLog,
  readState,
  stateTexts,
  storedState,
  requireBuilt,
  runHook,
  startedWorkers,
  waitFor,
  type HookEventName,
  type HookRun,
} from "../support/hooks.js";

const SESSION = "570c2d2f-3da1-466b-a6b0-7e5194b2cf9a";
const EVENTS: Exclude<HookEventName, "Wake">[] = ["SessionStart", "UserPromptSubmit", "PostToolUse", "Stop"];
const FIXTURE_OF: Record<Exclude<HookEventName, "Wake">, string> = {
  SessionStart: "session-start",
  UserPromptSubmit: "user-prompt-submit",
  PostToolUse: "post-tool-use-edit",
  Stop: "stop",
};
const COMPLEX_ZH =
  "重构整个认证模块：把会话存储从内存迁移到 Redis，修改 src/auth/session.ts、src/auth/middleware.ts 和 src/db/redis.ts，保证并发安全和向后兼容，补充集成测试，并写一个数据迁移脚本。";

let projects: string[] = [];

/** A temp git project; review settings keep any worker waiting (no codex is configured in this file). */
function project(files: Record<string, string> = { "src.ts": "export const answer = 41;\n" }): string {
  const dir = makeRepo(files, "cc hooks 项目 ");
  mkdirSync(join(dir, ".claude"), { recursive: true });
  writeFileSync(join(dir, ".claude", "codex-collab.json"), JSON.stringify({ review: { mode: "always", debounceSeconds: 600 } }));
  projects.push(dir);
  return dir;
}

afterEach(async () => {
  for (const p of projects) await removeProject(p);
  projects = [];
});

beforeAll(() => requireBuilt());

/** Exit 0, nothing on stderr, and stdout empty or exactly one JSON object. */
function expectClean(run: HookRun): any {
  expect(run.signal).toBeNull();
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  const out = hookJson(run);
  if (out !== null) expect(typeof out === "object" && !Array.isArray(out)).toBe(true);
  return out;
}

function finding(severity: Finding["severity"], title: string): Finding {
  return { severity, file: "src.ts", line_start: 1, line_end: 1, title, explanation: `because ${title}`, suggested_fix: `fix ${title}`, confidence: 0.9 };
}

/** A finished review in the state file, as the worker leaves it. */
function seedReview(dir: string, findings: Finding[], extra: Partial<ReviewRecord> = {}): void {
  const now = new Date().toISOString();
  openStore(dir).update((s) => {
    s.reviews.push({
      id: "r2611260000-ab12",
      sessionName: SESSION,
      claudeSessionId: SESSION,
      diffHash: "h1",
      files: ["src.ts"],
      status: "done",
      startedAt: now,
      finishedAt: now,
      findings,
      ...extra,
    });
  });
}

describe("every bundle fails open on bad input", () => {
  it.each(EVENTS)("%s: malformed JSON, empty stdin, a JSON array, a wrong event and missing fields → exit 0, no output", async (event) => {
    const dir = project();
    const wrong = event === "Stop" ? fixture("user-prompt-submit", dir) : fixture("stop", dir);
    const { hook_event_name: _name, ...noEvent } = fixture(FIXTURE_OF[event], dir);
    const inputs: (string | object)[] = ['{"session_id": "x", ', "", "[1,2]", "null", wrong, noEvent, fixture("pre-tool-use-edit", dir)];
    if (event === "UserPromptSubmit") inputs.push({ ...fixture("user-prompt-submit", dir), prompt: undefined }, { ...fixture("user-prompt-submit", dir), prompt: 42 });
    if (event === "PostToolUse") inputs.push({ ...fixture("post-tool-use-edit", dir), tool_name: undefined });
    if (event === "Stop") inputs.push({ ...fixture("stop", dir), stop_hook_active: "yes" });
    const runs = await Promise.all(inputs.map((input) => runHook(event, input, dir)));
    runs.forEach((run, i) => expect(expectClean(run), `${event} with ${JSON.stringify(inputs[i]).slice(0, 80)}`).toBeNull());
    // Nothing was understood, so nothing was written; the log says why.
    expect(readState(dir)).toBeNull();
    const log = readLog(dir, "hooks.log");
    expect(log).toContain(`${event}: stdin was not JSON`);
    expect(log).toContain(`${event}: unexpected input shape; ignored`);
  });

  it("a 1 MB prompt is read whole and classified; stdout stays one JSON object", async () => {
    const dir = project();
    const prompt = `Refactor the payment module across services. ${"x".repeat(1024 * 1024)}`;
    const run = await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt }), dir);
    const out = expectClean(run);
    expect(out.hookSpecificOutput.hookEventName).toBe("UserPromptSubmit");
    expect(out.hookSpecificOutput.additionalContext).toMatch(/^codex-collab: /);
    expect(out.hookSpecificOutput.additionalContext.length).toBeLessThan(2000);
    expect(storedState(dir).classifications[SESSION]).toBeDefined();
  });

  it("unknown tool names and tools without a file path record nothing and start no worker", async () => {
    const dir = project();
    const base = fixture("post-tool-use-edit", dir);
    const inputs = [
      { ...base, tool_name: "Bash", tool_input: { command: "ls" }, tool_response: { stdout: "" } },
      { ...base, tool_name: "mcp__weird__tool", tool_input: "not an object" },
      { ...base, tool_name: "FutureTool", tool_input: null, tool_response: undefined },
      { ...base, tool_name: "Edit", tool_input: { file_path: "/etc/hosts", old_string: "a", new_string: "b" } },
      { ...base, tool_name: "Write", tool_input: { file_path: join(dir, "..", "outside.ts"), content: "x" } },
    ];
    for (const run of await Promise.all(inputs.map((input) => runHook("PostToolUse", input, dir)))) expect(expectClean(run)).toBeNull();
    expect(readState(dir)).toBeNull();
    expect(startedWorkers(dir)).toEqual([]);
  });
});

describe("internal errors: exit 0, one short systemMessage, details in hooks.log", () => {
  it.each(["UserPromptSubmit", "PostToolUse", "Stop"] as const)("%s with a state file from a newer version", async (event) => {
    const dir = project();
    writeFileSync(join(dir, ".codex-collab"), JSON.stringify({ version: 99, future: true }));
    const run = await runHook(event, fixture(FIXTURE_OF[event], dir), dir);
    const out = expectClean(run);
    expect(Object.keys(out)).toEqual(["systemMessage"]);
    expect(out.systemMessage).toBe(`codex-collab: ${event} hook skipped (internal error; see .codex-collab.d/hooks.log)`);
    expect(readLog(dir, "hooks.log")).toMatch(new RegExp(`${event}: internal error: .*state version 99`));
    // The newer file is never replaced.
    expect(JSON.parse(readFileSync(join(dir, ".codex-collab"), "utf8"))).toEqual({ version: 99, future: true });
  });

  it("a state lock that cannot be a lock (a directory) is moved aside and the hook carries on", async () => {
    const dir = project();
    mkdirSync(join(dir, ".codex-collab.lock"));
    // A session's first classification needs no lock (it is journaled); the edit that follows needs a worker, and
    // the wake hook beside it decides that under the lock.
    expectClean(await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: COMPLEX_ZH }), dir));
    const out = expectClean(await runHook("PostToolUse", fixture("post-tool-use-edit", dir), dir));
    expect(JSON.stringify(out ?? {})).not.toContain("internal error");
    expect(storedState(dir).classifications[SESSION].level).toBe("complex");
    await waitFor("the lock directory moved aside", () => readdirSync(dir).some((n) => n.startsWith(".codex-collab.lock.unsafe-")), 10_000);
    expect(readLog(dir, "hooks.log")).not.toMatch(/internal error/);
  });

  it("a state file that is a directory or garbage is moved aside and the hook carries on", async () => {
    const dir = project();
    mkdirSync(join(dir, ".codex-collab"));
    const first = expectClean(await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: COMPLEX_ZH }), dir));
    expect(first.hookSpecificOutput.additionalContext).toContain("codex-collab");
    expect(storedState(dir).classifications[SESSION].level).toBe("complex");
    writeFileSync(join(dir, ".codex-collab"), "{ not json");
    const second = expectClean(await runHook("PostToolUse", fixture("post-tool-use-edit", dir), dir));
    expect(second).toBeNull();
    expect(pendingEdits(dir).map((e: { path: string }) => e.path)).toEqual(["src.ts"]);
    expect(readLog(dir, "hooks.log").match(/was unusable/g)).toHaveLength(2);
  });

  it("an invalid config: a one-line warning, the hook still works on defaults", async () => {
    const dir = project();
    writeFileSync(join(dir, ".claude", "codex-collab.json"), JSON.stringify({ review: { mode: "sometimes" } }));
    const out = expectClean(await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: COMPLEX_ZH }), dir));
    expect(out.systemMessage).toBe("codex-collab: .claude/codex-collab.json is invalid; using defaults (run codex-collab doctor)");
    expect(out.hookSpecificOutput.additionalContext).toContain("7");
    expect(readLog(dir, "hooks.log")).toMatch(/config: .*review\.mode/);
    writeFileSync(join(dir, ".claude", "codex-collab.json"), "{ broken");
    const stop = expectClean(await runHook("Stop", fixture("stop", dir), dir));
    expect(stop).toBeNull();
  });
});

describe("switches", () => {
  it.each(EVENTS)("CODEX_COLLAB_DISABLE=1: %s prints nothing and writes nothing", async (event) => {
    const dir = project();
    const input = event === "UserPromptSubmit" ? fixture("user-prompt-submit", dir, { prompt: COMPLEX_ZH }) : fixture(FIXTURE_OF[event], dir);
    const envFile = join(dir, "env-file");
    writeFileSync(envFile, "");
    const run = await runHook(event, input, dir, { env: hookEnv(dir, { CODEX_COLLAB_DISABLE: "1", CLAUDE_ENV_FILE: envFile }) });
    expect(expectClean(run)).toBeNull();
    expect(readState(dir)).toBeNull();
    expect(readFileSync(envFile, "utf8")).toBe("");
    expect(startedWorkers(dir)).toEqual([]);
  });

  it("a #nocodex prompt is left alone: no context, no classification", async () => {
    const dir = project();
    const run = await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: `${COMPLEX_ZH} #nocodex` }), dir);
    expect(expectClean(run)).toBeNull();
    expect(readState(dir)).toBeNull();
  });
});

describe("UserPromptSubmit", () => {
  it("a complex Chinese prompt gets the 7-stage guidance in Chinese and its classification is stored", async () => {
    const dir = project();
    const out = expectClean(await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: COMPLEX_ZH }), dir));
    expect(out.hookSpecificOutput.hookEventName).toBe("UserPromptSubmit");
    const context: string = out.hookSpecificOutput.additionalContext;
    expect(context).toContain("复杂任务");
    expect(context).toContain("走完 7 步");
    for (const step of ["/codex-analyze", "/codex-ask", "/codex-prototype", "/codex-review"]) expect(context).toContain(step);
    const stored = storedState(dir).classifications[SESSION];
    expect(stored.level).toBe("complex");
    expect(stored.score).toBeGreaterThanOrEqual(7);
    expect(readLog(dir, "hooks.log")).toContain("classified: complex");
  });

  it("slash commands are not classified (they already are a workflow step)", async () => {
    const dir = project();
    const run = await runHook("UserPromptSubmit", fixture("user-prompt-submit-slash-command", dir), dir);
    expect(expectClean(run)).toBeNull();
    expect(storedState(dir)?.classifications ?? {}).toEqual({});
  });

  it("a session's level only goes up; a simple follow-up neither lowers it nor gets contradicting advice", async () => {
    const dir = project();
    await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: "Fix the typo in the README heading" }), dir);
    expect(storedState(dir).classifications[SESSION].level).toBe("simple");
    await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: COMPLEX_ZH }), dir);
    const complex = storedState(dir).classifications[SESSION];
    expect(complex.level).toBe("complex");
    const stateText = stateTexts(dir);

    const followUp = expectClean(await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: "好的，继续" }), dir));
    expect(followUp).toBeNull();
    const again = expectClean(await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: COMPLEX_ZH }), dir));
    expect(again.hookSpecificOutput.additionalContext).toContain("走完 7 步");
    // Nothing changed, so nothing was written.
    expect(stateTexts(dir)).toEqual(stateText);
    expect(readLog(dir, "hooks.log").match(/classified: /g)).toHaveLength(4);
  });
});

describe("SessionStart", () => {
  it("exports the Claude session id for later Bash commands", async () => {
    const dir = project();
    const envFile = join(dir, "env-file");
    writeFileSync(envFile, "export EXISTING=1\n");
    const run = await runHook("SessionStart", fixture("session-start", dir), dir, { env: hookEnv(dir, { CLAUDE_ENV_FILE: envFile }) });
    expect(expectClean(run)).toBeNull();
    expect(readFileSync(envFile, "utf8")).toBe(`export EXISTING=1\nexport CODEX_COLLAB_CLAUDE_SESSION_ID=${SESSION}\n`);
  });

  it("refuses a session id that is not a plain word (it goes into a shell file)", async () => {
    const dir = project();
    const envFile = join(dir, "env-file");
    writeFileSync(envFile, "");
    await runHook("SessionStart", fixture("session-start", dir, { session_id: "x; rm -rf ~" }), dir, { env: hookEnv(dir, { CLAUDE_ENV_FILE: envFile }) });
    expect(readFileSync(envFile, "utf8")).toBe("");
  });
});

describe("PostToolUse", () => {
  let shared: string | undefined;
  /** One project per test, made on first use. */
  const dir0 = (): string => (shared && projects.includes(shared) ? shared : (shared = project()));
  it("records the edited path relative to the project (spaces, non-ASCII) and starts exactly one worker", async () => {
    const rel = "src/my dir/naïve 文件.ts";
    const dir = project({ [rel]: "export const a = 1;\n" });
    const file = join(dir, rel);
    writeFileSync(file, "export const a = 2;\n");
    const run = await runHook("PostToolUse", editPayload(dir, file, "1", "2"), dir);
    expect(expectClean(run)).toBeNull();
    const pending = pendingEdits(dir);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ path: rel, tool: "Edit", claudeSessionId: SESSION });
    // The worker registers itself in the state file; it then waits out the (long) debounce.
    const worker = await waitFor("the worker to register", () => readState(dir)?.worker, 30_000);
    expect(startedWorkers(dir)).toEqual([worker.pid]);

    // More edits while it lives start no other worker.
    const write = fixture("post-tool-use-write-create", dir);
    writeFileSync(write.tool_input.file_path, write.tool_input.content);
    expect(expectClean(await runHook("PostToolUse", write, dir))).toBeNull();
    expect(expectClean(await runHook("PostToolUse", editPayload(dir, file, "2", "3"), dir))).toBeNull();
    expect(pendingEdits(dir).map((e: { path: string }) => e.path)).toEqual([rel, "NOTES.md", rel]);
    expect(startedWorkers(dir)).toEqual([worker.pid]);
  });

  it("starts no process of its own while the wake hook runs beside it: it leaves a request, and the wake hook takes it and starts the worker", async () => {
    const dir = project();
    const request = join(dir, ".codex-collab.d", "worker-start.request");
    const run = await runHook("PostToolUse", fixture("post-tool-use-edit", dir), dir, { withWake: false });
    expect(expectClean(run)).toBeNull();
    expect(existsSync(request)).toBe(true);
    expect(startedWorkers(dir)).toEqual([]);
    const wake = await runHook("Wake", fixture("post-tool-use-edit", dir), dir);
    expect([wake.code, wake.stdout]).toEqual([0, ""]);
    expect(existsSync(request)).toBe(false);
    const worker = await waitFor("the worker to register", () => readState(dir)?.worker, 30_000);
    expect(startedWorkers(dir)).toEqual([worker.pid]);
  });

  it("with review.wake off, starts the worker itself and leaves no request", async () => {
    const dir = project();
    writeFileSync(join(dir, ".claude", "codex-collab.json"), JSON.stringify({ review: { mode: "always", debounceSeconds: 600, wake: false } }));
    expect(expectClean(await runHook("PostToolUse", fixture("post-tool-use-edit", dir), dir, { withWake: false }))).toBeNull();
    const worker = await waitFor("the worker to register", () => readState(dir)?.worker, 30_000);
    expect(startedWorkers(dir)).toEqual([worker.pid]);
    expect(existsSync(join(dir, ".codex-collab.d", "worker-start.request"))).toBe(false);
  });

  it("an edit whose file_path holds a NUL byte is rejected (logged); the other edits of the batch are all kept", async () => {
    const names = Array.from({ length: 8 }, (_, i) => (i === 3 ? "bad\0name.ts" : `ok${i}.ts`));
    const runs = await Promise.all(
      names.map((name) => runHook("PostToolUse", fixture("post-tool-use-write-create", dir0(), { tool_input: { file_path: join(dir0(), name), content: name } }), dir0())),
    );
    for (const run of runs) expect(expectClean(run)).toBeNull();
    expect(pendingEdits(dir0()).map((e: { path: string }) => e.path).sort()).toEqual(names.filter((n) => !n.includes("\0")).sort());
    expect(readLog(dir0(), "hooks.log")).toMatch(/PostToolUse: rejected an edit of Write whose path cannot name a file/);
  });

  it("the very same edit event twice is recorded once", async () => {
    const dir = project();
    const input = fixture("post-tool-use-edit", dir);
    await runHook("PostToolUse", input, dir);
    await runHook("PostToolUse", input, dir);
    expect(pendingEdits(dir)).toHaveLength(1);
    // Draining (as the worker does) leaves one edit in the state, whichever copy the journal still held.
    openStore(dir).update((s) => drainJournal(s, dir));
    expect(readState(dir).pendingEdits).toHaveLength(1);
    expect(existsSync(journalPath(dir))).toBe(false);
  });

  it("with a live worker an edit only goes to the journal; a prompt restarts a worker that died and it drains the journal", async () => {
    const dir = project();
    const store = openStore(dir);
    // This test process plays a live worker.
    const at = new Date().toISOString();
    store.update((s) => void (s.worker = { pid: process.pid, startedAt: at, heartbeatAt: at }));
    const before = readFileSync(store.path, "utf8");
    expect(expectClean(await runHook("PostToolUse", fixture("post-tool-use-edit", dir), dir))).toBeNull();
    expect(readFileSync(store.path, "utf8")).toBe(before);
    expect(readJournal(dir).map((e) => e.path)).toEqual(["src.ts"]);
    expect(startedWorkers(dir)).toEqual([]);

    store.update((s) => void (s.worker = null));
    expectClean(await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: "continue" }), dir));
    // Any locked write drains the journal (this test's own update above already did); the prompt starts a worker for the edit.
    await waitFor("a new worker for the pending edit", () => startedWorkers(dir).length === 1 && !existsSync(journalPath(dir)) && readState(dir).pendingEdits.length === 1, 30_000);
    expect(readState(dir).pendingEdits[0]).toMatchObject({ path: "src.ts", tool: "Edit", claudeSessionId: SESSION });
    expect(startedWorkers(dir)).toHaveLength(1);
  });

  it("edits appended by concurrent hooks while the journal is drained again and again are all kept", async () => {
    const dir = project();
    const store = openStore(dir);
    const beat = (s: { worker: unknown }): void => {
      const at = new Date().toISOString();
      s.worker = { pid: process.pid, startedAt: at, heartbeatAt: at };
    };
    store.update(beat);
    const names = Array.from({ length: 30 }, (_, i) => `f${i}.ts`);
    let done = false;
    const hooks = Promise.all(
      names.map((name) => runHook("PostToolUse", fixture("post-tool-use-write-create", dir, { tool_input: { file_path: join(dir, name), content: name } }), dir)),
    ).finally(() => (done = true));
    let drains = 0;
    while (!done) {
      // The worker's drain, in this process, under the store lock (the heartbeat keeps the hooks from starting one).
      store.update((s) => {
        drainJournal(s, dir);
        beat(s);
      });
      drains++;
      await new Promise((r) => setTimeout(r, 5));
    }
    for (const run of await hooks) expect(expectClean(run)).toBeNull();
    store.update((s) => drainJournal(s, dir));
    expect(drains).toBeGreaterThan(1);
    expect(readState(dir).pendingEdits.map((e: { path: string }) => e.path).sort()).toEqual([...names].sort());
    expect(existsSync(journalPath(dir))).toBe(false);
    expect(startedWorkers(dir)).toEqual([]);
  });

  it("review.mode auto records the edits of medium and complex tasks only", async () => {
    const dir = project();
    writeFileSync(join(dir, ".claude", "codex-collab.json"), JSON.stringify({ review: { mode: "auto", debounceSeconds: 600 } }));
    const edit = fixture("post-tool-use-edit", dir);
    await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: "Fix the typo in the README heading" }), dir);
    expect(expectClean(await runHook("PostToolUse", edit, dir))).toBeNull();
    expect(pendingEdits(dir)).toEqual([]);
    expect(startedWorkers(dir)).toEqual([]);
    await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: COMPLEX_ZH }), dir);
    expect(expectClean(await runHook("PostToolUse", edit, dir))).toBeNull();
    expect(pendingEdits(dir).map((e: { path: string }) => e.path)).toEqual(["src.ts"]);
    await waitFor("the worker to register", () => readState(dir)?.worker, 30_000);
    expect(startedWorkers(dir)).toHaveLength(1);
  });

  it("review.mode auto with classification switched off records every edit (there is no level to follow)", async () => {
    const dir = project();
    writeFileSync(join(dir, ".claude", "codex-collab.json"), JSON.stringify({ hooks: { classify: false }, review: { mode: "auto", debounceSeconds: 600 } }));
    expect(expectClean(await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: COMPLEX_ZH }), dir))).toBeNull();
    expect(expectClean(await runHook("PostToolUse", fixture("post-tool-use-edit", dir), dir))).toBeNull();
    expect(pendingEdits(dir).map((e: { path: string }) => e.path)).toEqual(["src.ts"]);
  });

  it("review.mode off records nothing and starts no worker", async () => {
    const dir = project();
    writeFileSync(join(dir, ".claude", "codex-collab.json"), JSON.stringify({ review: { mode: "off" } }));
    expect(expectClean(await runHook("PostToolUse", fixture("post-tool-use-edit", dir), dir))).toBeNull();
    expect(readState(dir)).toBeNull();
    expect(startedWorkers(dir)).toEqual([]);
  });
});

describe("findings delivery and the Stop gate", () => {
  const MUST = finding("must-fix", "SQL injection in the lookup");
  const NIT = finding("nit", "Rename x");

  it("findings reach the next hook's additionalContext exactly once; Stop blocks once, never loops", async () => {
    const dir = project();
    seedReview(dir, [NIT, MUST]);
    const ups = additionalContext(await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: "and also update the docs" }), dir));
    expect(ups).toContain("Codex reviewed your recent edits (1 file): 1 must-fix, 0 should-fix, 1 nit.");
    expect(ups!.indexOf("SQL injection")).toBeLessThan(ups!.indexOf("Rename x"));
    const later = await runHook("PostToolUse", fixture("post-tool-use-edit", dir), dir);
    expect(hookJson(later)?.hookSpecificOutput?.additionalContext ?? "").not.toContain("SQL injection");
    const again = await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: "thanks" }), dir);
    expect(additionalContext(again) ?? "").not.toContain("Codex reviewed");

    // Delivered as context, but still unaddressed at the end of the turn: the gate blocks once.
    const stop = expectClean(await runHook("Stop", fixture("stop", dir), dir));
    expect(stop.decision).toBe("block");
    expect(stop.reason).toContain("1 must-fix issue not yet addressed");
    expect(stop.reason).toContain("src.ts:1 SQL injection in the lookup");
    expect(stop.reason).not.toContain("Rename x");
    expect(readState(dir).reviews[0].stopBlockedAt).toBeDefined();
    expect(expectClean(await runHook("Stop", fixture("stop-hook-active", dir), dir))).toBeNull();
    expect(expectClean(await runHook("Stop", fixture("stop", dir), dir))).toBeNull();
  });

  it("when Stop is the first to see the findings, its reason is their only delivery", async () => {
    const dir = project();
    seedReview(dir, [MUST]);
    const stop = expectClean(await runHook("Stop", fixture("stop", dir), dir));
    expect(stop).toMatchObject({ decision: "block" });
    expect(stop.reason).toContain("SQL injection");
    const next = await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { prompt: "go on" }), dir);
    expect(additionalContext(next) ?? "").not.toContain("SQL injection");
    expect(expectClean(await runHook("Stop", fixture("stop", dir), dir))).toBeNull();
  });

  it("no must-fix, another session's review, or hooks.stopGate off: Stop never blocks", async () => {
    const dir = project();
    seedReview(dir, [NIT]);
    expect(expectClean(await runHook("Stop", fixture("stop", dir), dir))).toBeNull();
    const other = project();
    seedReview(other, [MUST], { claudeSessionId: "someone-else" });
    expect(expectClean(await runHook("Stop", fixture("stop", other), other))).toBeNull();
    const off = project();
    writeFileSync(join(off, ".claude", "codex-collab.json"), JSON.stringify({ hooks: { stopGate: false } }));
    seedReview(off, [MUST]);
    expect(expectClean(await runHook("Stop", fixture("stop", off), off))).toBeNull();
  });
});
