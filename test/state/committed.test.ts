// When the hooks may skip asking git whether the state is committed: the cost rule of src/state/committed.ts on
// real git repositories in temp dirs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mayBeCommitted } from "../../src/state/committed.js";
import { openStore, validatedCopyPath } from "../../src/state/store.js";
import { makeRepo } from "../support/git.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function stateOf(root: string) {
  openStore(root).update((s) => {
    s.classifications.x = { level: "medium", score: 4, at: new Date().toISOString() };
  });
  const text = readFileSync(join(root, ".codex-collab"), "utf8");
  return { text, copy: readFileSync(validatedCopyPath(root), "utf8"), copyPath: validatedCopyPath(root) };
}

describe("mayBeCommitted", () => {
  it("a fresh git init (no index yet) tracks nothing: our own state needs no git call", () => {
    const root = mkdtempSync(join(tmpdir(), "cc-committed-noindex-"));
    made.push(root);
    execFileSync("git", ["init", "-q"], { cwd: root });
    expect(mayBeCommitted(root, stateOf(root))).toBe(false);
  });

  it("once git has rewritten its index after our copy, the state is checked again", () => {
    const root = makeRepo({ "a.txt": "a\n" }, "cc-committed-index-");
    made.push(root);
    const state = stateOf(root);
    execFileSync("git", ["add", "a.txt"], { cwd: root });
    execFileSync("touch", ["-d", "+1 minute", join(root, ".git", "index")]);
    expect(mayBeCommitted(root, state)).toBe(true);
  });
});
