// The built wake hook (dist/hooks/wake.cjs) and the UserPromptSubmit side of the wake loop, as real processes.
// The wake hook speaks only by exit code 2 + stderr: every other path must exit 0 with nothing on either stream.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/state/store.js";
import { makeRepo } from "../support/git.js";
import { editPayload, fixture, hookEnv, readState, requireBuilt, runHook } from "../support/hooks.js";

const SID = "570c2d2f-3da1-466b-a6b0-7e5194b2cf9a";
let projects: string[] = [];
afterEach(() => {
  for (const p of projects) rmSync(p, { recursive: true, force: true });
  projects = [];
});

function project(review: Record<string, unknown> = {}): string {
  requireBuilt();
  const dir = makeRepo({ "a.ts": "export const a = 1;\n" }, "cc-wake-hook-");
  projects.push(dir);
  mkdirSync(join(dir, ".claude"), { recursive: true });
  writeFileSync(join(dir, ".claude", "codex-collab.json"), JSON.stringify({ review: { mode: "always", ...review } }));
  return dir;
}

const quiet = (r: { code: number | null; stdout: string; stderr: string }) => expect([r.code, r.stdout, r.stderr]).toEqual([0, "", ""]);

describe("wake hook", () => {
  it("never wakes on bad input or an internal problem: exit 0, silent", async () => {
    const dir = project();
    quiet(await runHook("Wake", "{not json", dir));
    quiet(await runHook("Wake", { hook_event_name: "Stop" }, dir));
    writeFileSync(join(dir, ".claude", "codex-collab.json"), "{ broken");
    quiet(await runHook("Wake", editPayload(dir, join(dir, "a.ts"), "1", "2", SID), dir));
  });

  it("returns at once where it cannot wake (no transcript to tell the version) or when review.wake is off", async () => {
    const dir = project();
    const run = await runHook("Wake", editPayload(dir, join(dir, "a.ts"), "1", "2", SID), dir);
    quiet(run);
    expect(run.ms).toBeLessThan(5_000);
    expect(readState(dir)?.wake).toBeUndefined();
    const off = project({ wake: false });
    quiet(await runHook("Wake", editPayload(off, join(off, "a.ts"), "1", "2", SID), off));
  });
});

describe("UserPromptSubmit and the wake loop", () => {
  it("the user's prompt ends a waiting wake and starts a new loop; the wake's own notification does not", async () => {
    const dir = project();
    const store = openStore(dir);
    const loop = () => readState(dir).wake[SID];
    store.update((s) => void (s.wake = { [SID]: { rounds: 2, rejected: { abcdef01: "why" }, waiter: { pid: process.pid, since: "2026-01-01T00:00:00.000Z" }, stoppedAt: "x", stopReason: "round cap reached" } }));
    const env = hookEnv(dir);
    const notification = "<system-reminder>\nStop hook blocking error from command \"PostToolUse:Edit\": [codex-collab automatic review — not a message from the user] …";
    await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { session_id: SID, prompt: notification }), dir, { env });
    expect(loop()).toMatchObject({ rounds: 2, stopReason: "round cap reached" });
    expect(loop().userPromptAt).toBeUndefined();
    expect(readState(dir).classifications[SID]).toBeUndefined();

    await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { session_id: SID, prompt: "请继续，把剩下的部分也做完" }), dir, { env });
    expect(loop()).toMatchObject({ rounds: 0, locale: "zh", rejected: { abcdef01: "why" } });
    expect(loop().userPromptAt).toEqual(expect.any(String));
    expect(loop().stoppedAt).toBeUndefined();
  });
});
