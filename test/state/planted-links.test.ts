// A cloned repository must not make codex-collab write outside it. A repository commits links where our files go
// (the state file, its validated copy, the logs, the journal, the lock, or the state directory itself); after a
// real `git clone`, the real hook bundles run a complex prompt and an edit. Every outside file must be untouched,
// the links moved aside, and what we create private (0700 / 0600) even under umask 000.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { appendLog } from "../../src/state/log.js";
import { openStore } from "../../src/state/store.js";
import { runCli } from "../support/cli.js";
import { git, makeRepo } from "../support/git.js";
import { editPayload, fixture, hookEnv, readLog, removeProject, requireBuilt, runHook } from "../support/hooks.js";

const COMPLEX =
  "Refactor the whole authentication module: move session storage from memory to Redis, change src/auth/session.ts, src/auth/middleware.ts and src/db/redis.ts, keep it concurrency-safe and backwards compatible, add integration tests and write a data migration script.";
const VICTIM_TEXT = "export DANGER=1 # a file a shell sources\n";

let base: string | undefined;
const projects: string[] = [];

beforeAll(() => requireBuilt());
afterEach(async () => {
  for (const p of projects.splice(0)) await removeProject(p);
  if (base) rmSync(base, { recursive: true, force: true });
  base = undefined;
});

/** A repository committing `links` (path in repo → link target), cloned for real next to `victims/`. */
function plantedClone(links: Record<string, string>): { clone: string; victims: string } {
  base = mkdtempSync(join(tmpdir(), "cc-planted-"));
  const victims = join(base, "victims");
  mkdirSync(victims);
  for (const name of ["state", "copy", "hooks", "worker", "journal", "lock"]) writeFileSync(join(victims, name), VICTIM_TEXT);
  mkdirSync(join(victims, "dir"));
  const origin = makeRepo({ "src/app.ts": "export const a = 1;\n" });
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(origin, path, ".."), { recursive: true });
    symlinkSync(target, join(origin, path));
  }
  git(origin, "add", "-A");
  git(origin, "commit", "-q", "--allow-empty", "-m", "planted links");
  const clone = join(base, "clone");
  git(base, "clone", "-q", origin, clone);
  rmSync(origin, { recursive: true, force: true });
  projects.push(clone);
  return { clone, victims };
}

function victimsUntouched(victims: string): void {
  for (const name of ["state", "copy", "hooks", "worker", "journal", "lock"]) expect(readFileSync(join(victims, name), "utf8"), name).toBe(VICTIM_TEXT);
  expect(readdirSync(join(victims, "dir"))).toEqual([]);
}

async function promptAndEdit(clone: string, env?: Record<string, string>): Promise<void> {
  const opts = env ? { env } : {};
  const prompt = await runHook("UserPromptSubmit", fixture("user-prompt-submit", clone, { prompt: COMPLEX }), clone, opts);
  expect(prompt.code).toBe(0);
  writeFileSync(join(clone, "src/app.ts"), "export const a = 2;\n");
  const edit = await runHook("PostToolUse", editPayload(clone, join(clone, "src/app.ts"), "a = 1", "a = 2"), clone, opts);
  expect(edit.code).toBe(0);
  // Malformed input makes the hook write its log.
  expect((await runHook("Stop", "not json", clone, opts)).code).toBe(0);
}

/** doctor's view of the planted links, through the built CLI. */
async function statePathsCheck(clone: string): Promise<{ level: string; message: string }> {
  const r = await runCli(["doctor", "--json"], { cwd: clone, env: { CODEX_COLLAB_CODEX_BIN: "/nonexistent/codex" } });
  return JSON.parse(r.stdout).checks.find((c: { id: string }) => c.id === "state-paths");
}

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

describe("a clone with planted links", () => {
  it("files: the state, its copy, the logs, the journal and the lock are never written through", async () => {
    // Relative targets, as a repository would commit them: clone/<path> → ../victims/<name>.
    const { clone, victims } = plantedClone({
      ".codex-collab": "../victims/state",
      ".codex-collab.lock": "../victims/lock",
      ".codex-collab.d/state.validated.json": "../../victims/copy",
      ".codex-collab.d/hooks.log": "../../victims/hooks",
      ".codex-collab.d/worker.log": "../../victims/worker",
      ".codex-collab.d/edits.jsonl": "../../victims/journal",
    });
    await promptAndEdit(clone);
    victimsUntouched(victims);
    expect(lstatSync(join(clone, ".codex-collab.d", "edits.jsonl")).isFile()).toBe(true);
    // The prompt's classification was journaled; the next locked update writes the state, as a file of its own.
    openStore(clone).update(() => {});
    victimsUntouched(victims);
    expect(lstatSync(join(clone, ".codex-collab")).isFile()).toBe(true);
    const state = JSON.parse(readFileSync(join(clone, ".codex-collab"), "utf8"));
    expect(Object.values(state.classifications).map((c: any) => c.level)).toContain("complex");
    // Committed, the state link and the state directory with its links were moved aside whole (renamed, never
    // followed: test/state/committed-state.test.ts), and the log says so.
    expect(readdirSync(clone).filter((n) => n.includes(".committed-")).map((n) => n.replace(/committed-.*/, "committed-"))).toEqual([".codex-collab.committed-", ".codex-collab.d.committed-"]);
    expect(readLog(clone, "hooks.log")).toMatch(/\.codex-collab\.d is committed to this repository/);
    // The update drained the journal into the state (a drained journal is removed), and what the directory holds
    // now is ours: real files, no link.
    const dir = join(clone, ".codex-collab.d");
    expect(lstatSync(dir).isDirectory()).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith("edits.jsonl"))).toEqual([]);
    for (const name of readdirSync(dir)) expect(lstatSync(join(dir, name)).isFile(), name).toBe(true);
  });

  it("directory: a linked .codex-collab.d is moved aside, with a warning in the log", async () => {
    const { clone, victims } = plantedClone({ ".codex-collab.d": "../victims/dir" });
    expect(await statePathsCheck(clone)).toMatchObject({ level: "error", message: expect.stringContaining(".codex-collab.d is a symbolic link") });
    await promptAndEdit(clone);
    expect(await statePathsCheck(clone)).toMatchObject({ level: "warn", message: expect.stringMatching(/moved aside, never written through: \.codex-collab\.d\.unsafe-/) });
    victimsUntouched(victims);
    const dir = join(clone, ".codex-collab.d");
    expect(lstatSync(dir).isDirectory()).toBe(true);
    const aside = readdirSync(clone).filter((n) => n.startsWith(".codex-collab.d.unsafe-"));
    expect(aside).toHaveLength(1);
    expect(lstatSync(join(clone, aside[0]!)).isSymbolicLink()).toBe(true);
    expect(readLog(clone, "hooks.log")).toMatch(/\.codex-collab\.d is a symbolic link; moved it aside/);
  });

  it("umask 000: the state directory is 0700 and every file in it, and the state file, 0600", async () => {
    const { clone } = plantedClone({});
    const old = process.umask(0);
    const dir = join(clone, ".codex-collab.d");
    try {
      await promptAndEdit(clone, hookEnv(clone));
      // The hooks journal the prompt's classification and the edit; the next locked update (here) writes the state.
      expect(modeOf(join(dir, "edits.jsonl"))).toBe(0o600);
      openStore(clone).update(() => {});
    } finally {
      process.umask(old);
    }
    expect(modeOf(dir)).toBe(0o700);
    const files = readdirSync(dir);
    expect(files).toEqual(expect.arrayContaining(["hooks.log", "state.validated.json"]));
    for (const f of files) if (lstatSync(join(dir, f)).isFile()) expect(modeOf(join(dir, f)), f).toBe(0o600);
    expect(modeOf(join(clone, ".codex-collab"))).toBe(0o600);
  });

  it("an existing loose state directory (an older version, umask 000) is tightened to 0700", async () => {
    const { clone } = plantedClone({});
    mkdirSync(join(clone, ".codex-collab.d"));
    chmodSync(join(clone, ".codex-collab.d"), 0o777);
    await promptAndEdit(clone);
    expect(modeOf(join(clone, ".codex-collab.d"))).toBe(0o700);
  });

  it("a FIFO where a log belongs neither hangs the writer nor receives the line; it is moved aside", () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-fifo-"));
    base = dir;
    const log = join(dir, "hooks.log");
    execFileSync("mkfifo", [log]);
    appendLog(log, "a line");
    expect(readFileSync(log, "utf8")).toMatch(/is not a regular file; codex-collab never writes through it\. Moved it aside to hooks\.log\.unsafe-.*\n.*a line\n$/s);
    expect(readdirSync(dir).filter((n) => n.startsWith("hooks.log.unsafe-"))).toHaveLength(1);
  });
});
