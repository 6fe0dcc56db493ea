// No codex outlives its owner by more than the kill grace, with real processes: the built CLI and the review
// worker are SIGKILLed mid-turn against a silent model server, which leaves their codex running (its own process
// group); whoever starts next in the project (the CLI, a hook) ends it.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { REAP_GRACE_MS, runsDir } from "../../src/codex/registry.js";
import { CLI, runCli } from "../support/cli.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo } from "../support/git.js";
import { editPayload, hookEnv, removeProject, requireBuilt, runHook, startedWorkers, waitFor } from "../support/hooks.js";
import { startResponsesServer, type ResponsesServer } from "../support/responses-server.js";
import { isAlive, pidsUsingHome } from "./helpers.js";

let srv: ResponsesServer;
let home: CodexHome;
let projects: string[] = [];

beforeAll(async () => {
  requireBuilt();
  srv = await startResponsesServer({ script: () => ({ hang: true }) });
  home = await makeCodexHome(srv.url);
});

afterEach(async () => {
  for (const pid of pidsUsingHome(home.home)) process.kill(pid, "SIGKILL");
  for (const p of projects) await removeProject(p);
  projects = [];
});

afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
});

function project(): { dir: string; env: Record<string, string> } {
  const dir = makeRepo({ "src/a.ts": "export const a = 1;\n", ".gitignore": ".codex-collab\n.codex-collab.*\n" }, "cc-orphans-");
  mkdirSync(join(dir, ".claude"), { recursive: true });
  writeFileSync(join(dir, ".claude", "codex-collab.json"), JSON.stringify({ review: { mode: "always", debounceSeconds: 0, minChangedLines: 0 } }));
  projects.push(dir);
  return { dir, env: hookEnv(dir, { ...home.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN }) };
}

/** codex processes (the shim and the native binary) of a run that reached the model server. */
async function codexRunning(before: number): Promise<number[]> {
  return waitFor("codex to reach the model server", () => {
    const pids = pidsUsingHome(home.home);
    return srv.responseRequests().length > before && pids.length >= 2 ? pids : undefined;
  }, 30_000);
}

/** After the next start: every orphan gone within the kill grace (plus a loaded machine's slack). */
async function goneWithinGrace(orphans: number[]): Promise<number> {
  const t0 = Date.now();
  await waitFor("the orphaned codex to be ended", () => orphans.every((p) => !isAlive(p)), REAP_GRACE_MS + 3_000, 50);
  return Date.now() - t0;
}

describe("orphaned codex processes", () => {
  it.each([
    [["run", "--new", "--prompt", "think"]],
    [["review", "--new"]],
    [["ask", "--new", "which cache fits here?"]],
  ])("a SIGKILLed CLI (%j) leaves codex running until the next CLI start ends it", async (args) => {
    const { dir, env } = project();
    writeFileSync(join(dir, "src/a.ts"), "export const a = 2;\n");
    const before = srv.responseRequests().length;
    const cli = spawn(process.execPath, [CLI, ...args], { cwd: dir, env, stdio: "ignore" });
    const orphans = await codexRunning(before);
    expect(readdirSync(runsDir(dir))).toHaveLength(1);
    cli.kill("SIGKILL");
    await new Promise((r) => cli.once("exit", r));
    // The problem this solves: nothing else ends it.
    await new Promise((r) => setTimeout(r, 500));
    expect(orphans.filter(isAlive).length).toBeGreaterThan(0);
    const status = await runCli(["status"], { cwd: dir, env });
    expect(status.code).toBe(0);
    await goneWithinGrace(orphans);
    // The start after that finds the group gone and removes its record.
    await runCli(["status"], { cwd: dir, env });
    expect(readdirSync(runsDir(dir))).toEqual([]);
  });

  it("the next run resumes the thread the killed CLI's codex was still writing to: the orphan is ended first", async () => {
    const { dir, env } = project();
    try {
      srv.setScript(() => ({ text: "first answer" }));
      expect((await runCli(["run", "--new", "--prompt", "first"], { cwd: dir, env })).code).toBe(0);
      srv.setScript(() => ({ hang: true }));
      const before = srv.responseRequests().length;
      // Resumes the thread, then hangs: killed mid-turn, its codex holds the thread.
      const cli = spawn(process.execPath, [CLI, "run", "--prompt", "second"], { cwd: dir, env, stdio: "ignore" });
      const orphans = await codexRunning(before);
      cli.kill("SIGKILL");
      await new Promise((r) => cli.once("exit", r));
      srv.setScript(() => ({ text: "third answer" }));
      const r = await runCli(["run", "--prompt", "third"], { cwd: dir, env });
      expect(r.stderr).not.toMatch(/active writer/);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain("third answer");
      expect(orphans.filter(isAlive)).toEqual([]);
    } finally {
      srv.setScript(() => ({ hang: true }));
    }
  });

  it("a SIGKILLed review worker's codex is ended by the next hook", async () => {
    const { dir, env } = project();
    const before = srv.responseRequests().length;
    writeFileSync(join(dir, "src/a.ts"), "export const a = 2;\n");
    const edit = await runHook("PostToolUse", editPayload(dir, join(dir, "src/a.ts"), "a = 1", "a = 2"), dir, { env });
    expect(edit.code).toBe(0);
    const orphans = await codexRunning(before);
    const [worker] = startedWorkers(dir);
    expect(worker).toBeDefined();
    process.kill(worker!, "SIGKILL");
    await waitFor("the worker to die", () => !isAlive(worker!), 5_000);
    // Its codex lives on (the worker itself carries CODEX_HOME too, so it is among the pids).
    expect(orphans.filter((p) => p !== worker && isAlive(p)).length).toBeGreaterThan(0);
    // The next prompt's hook: it sends SIGTERM (a later start would send SIGKILL after the grace).
    const prompt = await runHook("UserPromptSubmit", { session_id: "s1", hook_event_name: "UserPromptSubmit", cwd: dir, transcript_path: "/dev/null", prompt: "next" }, dir, { env });
    expect(prompt.code).toBe(0);
    await goneWithinGrace(orphans);
  });

  it("a record naming a group it cannot verify (a planted file) is dropped, and that group left alone", async () => {
    const { dir } = project();
    const sleeper = spawn("sleep", ["30"], { detached: true, stdio: "ignore" });
    mkdirSync(runsDir(dir), { recursive: true });
    // A planted record: the owner is dead (pid 2^22-1 is never used), the leader's start time is made up.
    writeFileSync(join(runsDir(dir), `${sleeper.pid}.json`), JSON.stringify({ pgid: sleeper.pid, leaderStart: "t1", ownerPid: 4194303, ownerStart: "t1", startedAt: "" }));
    await runCli(["status"], { cwd: dir, env: {} });
    await new Promise((r) => setTimeout(r, 300));
    expect(isAlive(sleeper.pid!)).toBe(true);
    expect(readdirSync(runsDir(dir))).toEqual([]);
    sleeper.kill("SIGKILL");
  });
});
