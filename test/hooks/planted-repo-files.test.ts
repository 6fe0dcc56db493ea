// A cloned repository that commits what our files should be, but as something that would hang, exhaust or break a
// hook: the project config as a link to /dev/zero, a 10 MB state file, a directory where the lock goes. After a
// real `git clone`, the real hook bundles still answer (exit 0, JSON), and what was planted is refused or moved aside.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { openStore, STATE_MAX_BYTES } from "../../src/state/store.js";
import { git, makeRepo } from "../support/git.js";
import { fixture, hookJson, readLog, removeProject, requireBuilt, runHook, storedState } from "../support/hooks.js";

const COMPLEX =
  "Refactor the whole authentication module: move session storage from memory to Redis, change src/auth/session.ts, src/auth/middleware.ts and src/db/redis.ts, keep it concurrency-safe and backwards compatible, add integration tests and write a data migration script.";
let base: string | undefined;
const projects: string[] = [];

beforeAll(() => requireBuilt());
afterEach(async () => {
  for (const p of projects.splice(0)) await removeProject(p);
  if (base) rmSync(base, { recursive: true, force: true });
  base = undefined;
});

/** A repository committing what `plant` makes in it, cloned for real. */
function plantedClone(plant: (origin: string) => void): string {
  base = mkdtempSync(join(tmpdir(), "cc-planted-repo-"));
  const origin = makeRepo({ "src/app.ts": "export const a = 1;\n" });
  plant(origin);
  git(origin, "add", "-f", "-A");
  git(origin, "commit", "-q", "-m", "planted");
  const clone = join(base, "clone");
  git(base, "clone", "-q", origin, clone);
  rmSync(origin, { recursive: true, force: true });
  projects.push(clone);
  return clone;
}

async function prompt(clone: string): Promise<any> {
  const run = await runHook("UserPromptSubmit", fixture("user-prompt-submit", clone, { prompt: COMPLEX }), clone, { timeoutMs: 20_000 });
  expect(run.signal).toBeNull();
  expect(run.code).toBe(0);
  return hookJson(run);
}

describe("a clone with planted repository files", () => {
  it("a project config linked to /dev/zero is refused as invalid, and the hook answers with the defaults", async () => {
    const clone = plantedClone((o) => {
      mkdirSync(join(o, ".claude"));
      symlinkSync("/dev/zero", join(o, ".claude", "codex-collab.json"));
    });
    const out = await prompt(clone);
    expect(out.systemMessage).toContain(".claude/codex-collab.json is invalid");
    expect(out.hookSpecificOutput.additionalContext).toContain("complex");
  });

  it("a state file over the cap is moved aside unread, and a fresh state is written", async () => {
    const clone = plantedClone((o) => writeFileSync(join(o, ".codex-collab"), JSON.stringify({ version: 1, sessions: {}, pad: "x".repeat(STATE_MAX_BYTES + 1024) })));
    await prompt(clone);
    const moved = readdirSync(clone).filter((n) => n.startsWith(".codex-collab.corrupt-"));
    expect(moved).toHaveLength(1);
    expect(statSync(join(clone, moved[0] as string)).size).toBeGreaterThan(STATE_MAX_BYTES);
    expect(readLog(clone, "hooks.log")).toContain(`larger than ${STATE_MAX_BYTES} bytes`);
  });

  it("an untracked state over the cap (not the repository's) is moved aside unread too", async () => {
    const clone = plantedClone((o) => writeFileSync(join(o, "README.md"), "a clone\n"));
    writeFileSync(join(clone, ".codex-collab"), JSON.stringify({ version: 1, sessions: {}, pad: "x".repeat(STATE_MAX_BYTES + 1024) }));
    await prompt(clone);
    expect(readdirSync(clone).filter((n) => n.startsWith(".codex-collab.corrupt-"))).toHaveLength(1);
    expect(readdirSync(clone).some((n) => n.includes(".committed-"))).toBe(false);
    expect(readLog(clone, "hooks.log")).toContain(`larger than ${STATE_MAX_BYTES} bytes`);
  });

  it("a directory committed where the state lock goes is moved aside, and every hook keeps working", async () => {
    const clone = plantedClone((o) => {
      mkdirSync(join(o, ".codex-collab.lock"));
      writeFileSync(join(o, ".codex-collab.lock", "keep"), "x\n");
    });
    for (let i = 0; i < 2; i++) expect((await prompt(clone)).hookSpecificOutput.additionalContext).toContain("complex");
    // A first classification is journaled lock-free, so the prompts need not take the lock; the first locked write
    // (here the drain) meets the directory, moves it aside and writes the state.
    expect(storedState(clone).classifications).not.toEqual({});
    openStore(clone, { onWarning: () => {} }).update(() => {});
    expect(existsSync(join(clone, ".codex-collab.lock"))).toBe(false);
    expect(readdirSync(clone).some((n) => n.startsWith(".codex-collab.lock.unsafe-"))).toBe(true);
    expect(existsSync(join(clone, ".codex-collab"))).toBe(true);
    expect(Object.values(JSON.parse(readFileSync(join(clone, ".codex-collab"), "utf8")).classifications).map((c: any) => c.level)).toContain("complex");
    expect((await prompt(clone)).hookSpecificOutput.additionalContext).toContain("complex");
  });
});
