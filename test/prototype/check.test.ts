import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPatch, checkPatches, gitApplyCheck, gitAvailable } from "../../src/prototype/check.js";
import { extractPatches } from "../../src/prototype/extract.js";

const git = (cwd: string, ...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "core.autocrlf=false", ...args], { cwd, encoding: "utf8" });

let base: string;
let repo: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "cc-proto-check-"));
  repo = join(base, "repo");
  mkdirSync(join(repo, "dir with space"), { recursive: true });
  writeFileSync(join(repo, "a.txt"), "one\ntwo\nthree\nfour\nfive\n");
  writeFileSync(join(repo, "dir with space", "f ü.txt"), "x\ny\nz\n");
  writeFileSync(join(repo, "crlf.txt"), "alpha\r\nbeta\r\ngamma\r\n");
  writeFileSync(join(repo, "del.txt"), "bye\n");
  writeFileSync(join(repo, "ren.txt"), "r1\nr2\nr3\n");
  git(repo, "init", "-q", ".");
  git(repo, "add", ".");
  git(repo, "commit", "-qm", "init");
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const ANSWER = [
  "**Patch**",
  "```diff",
  "--- a/a.txt",
  "+++ b/a.txt",
  "@@ -1,4 +1,4 @@",
  " one",
  "-two",
  "+TWO",
  " three",
  " four",
  'diff --git "a/dir with space/f \\303\\274.txt" "b/dir with space/f \\303\\274.txt"',
  '--- "a/dir with space/f \\303\\274.txt"',
  '+++ "b/dir with space/f \\303\\274.txt"',
  "@@ -1,3 +1,3 @@",
  " x",
  "-y",
  "+Y",
  " z",
  "--- a/crlf.txt",
  "+++ b/crlf.txt",
  "@@ -1,3 +1,3 @@",
  " alpha",
  "-beta",
  "+BETA",
  " gamma",
  "--- /dev/null",
  "+++ b/new dir/n ü.txt",
  "@@ -0,0 +1,2 @@",
  "+n1",
  "+n2",
  "diff --git a/del.txt b/del.txt",
  "deleted file mode 100644",
  "--- a/del.txt",
  "+++ /dev/null",
  "@@ -1 +0,0 @@",
  "-bye",
  "diff --git a/ren.txt b/ren2.txt",
  "similarity index 60%",
  "rename from ren.txt",
  "rename to ren2.txt",
  "--- a/ren.txt",
  "+++ b/ren2.txt",
  "@@ -1,3 +1,3 @@",
  " r1",
  "-r2",
  "+R2",
  " r3",
  "```",
].join("\n");

describe("checkPatches against a real repository", () => {
  it("every kind of change applies, and applying the checked patches really gives the intended files", async () => {
    const patches = extractPatches(ANSWER);
    const results = await checkPatches(repo, patches);
    expect(results.map((r) => [r.file, r.applies, r.error])).toEqual([
      ["a.txt", true, undefined],
      ["dir with space/f ü.txt", true, undefined],
      ["crlf.txt", true, undefined],
      ["new dir/n ü.txt", true, undefined],
      ["del.txt", true, undefined],
      ["ren2.txt", true, undefined],
    ]);
    expect(results[5]?.from).toBe("ren.txt");
    // The check wrote nothing.
    expect(git(repo, "status", "--porcelain")).toBe("");

    const copy = join(base, "copy");
    cpSync(repo, copy, { recursive: true });
    execFileSync("git", ["apply", "-"], { cwd: copy, input: results.map((r) => r.patch).join("") });
    expect(readFileSync(join(copy, "a.txt"), "utf8")).toBe("one\nTWO\nthree\nfour\nfive\n");
    expect(readFileSync(join(copy, "dir with space", "f ü.txt"), "utf8")).toBe("x\nY\nz\n");
    expect(readFileSync(join(copy, "crlf.txt"), "utf8")).toBe("alpha\r\nBETA\r\ngamma\r\n");
    expect(readFileSync(join(copy, "new dir", "n ü.txt"), "utf8")).toBe("n1\nn2\n");
    expect(existsSync(join(copy, "del.txt"))).toBe(false);
    expect(existsSync(join(copy, "ren.txt"))).toBe(false);
    expect(readFileSync(join(copy, "ren2.txt"), "utf8")).toBe("r1\nR2\nr3\n");
  });

  it("a diff against lines that are not there does not apply, with git's own message", async () => {
    const [p] = extractPatches("```diff\n--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n one\n-zwei\n+TWO\n three\n```");
    const r = await checkPatch(repo, p!);
    expect(r.applies).toBe(false);
    expect(r.error).toMatch(/error: a\.txt: patch does not apply/);
    const [gone] = extractPatches("```diff\n--- a/missing.txt\n+++ b/missing.txt\n@@ -1 +1 @@\n-a\n+b\n```");
    expect((await checkPatch(repo, gone!)).error).toMatch(/missing\.txt/);
  });

  it("refuses paths outside the repository or inside .git before git sees them", async () => {
    const answer = "```diff\n--- /dev/null\n+++ b/../outside.txt\n@@ -0,0 +1 @@\n+x\n--- /dev/null\n+++ b/.git/hooks/post-checkout\n@@ -0,0 +1 @@\n+x\ndiff --git a/a.txt b/sub/../../up.txt\nsimilarity index 100%\nrename from a.txt\nrename to ../up.txt\n```";
    const results = await checkPatches(repo, extractPatches(answer));
    expect(results.map((r) => [r.applies, r.error])).toEqual([
      [false, 'refused: "../outside.txt" is a path outside the repository'],
      [false, 'refused: ".git/hooks/post-checkout" is a path inside .git'],
      [false, expect.stringMatching(/^refused: ".*\.\.\/up\.txt" is a path outside the repository$/)],
    ]);
    expect(existsSync(join(base, "outside.txt"))).toBe(false);
  });

  it("works outside a git repository too (git apply acts like patch there)", async () => {
    const plain = join(base, "plain");
    mkdirSync(plain);
    writeFileSync(join(plain, "a.txt"), "one\ntwo\nthree\n");
    const ok = extractPatches("```diff\n--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n```")[0]!;
    const bad = extractPatches("```diff\n--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n one\n-deux\n+2\n three\n```")[0]!;
    expect((await checkPatch(plain, ok)).applies).toBe(true);
    expect((await checkPatch(plain, bad)).applies).toBe(false);
    expect(readFileSync(join(plain, "a.txt"), "utf8")).toBe("one\ntwo\nthree\n");
  });

  it("the combined check catches patches that only apply one at a time", async () => {
    const twice = "--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n";
    expect(await gitApplyCheck(repo, twice)).toBeNull();
    expect(await gitApplyCheck(repo, twice + twice)).toMatch(/patch does not apply/);
  });

  it("gitAvailable says whether git runs at all", async () => {
    expect(await gitAvailable()).toBe(true);
    expect(await gitAvailable({ PATH: join(base, "no-such-dir") })).toBe(false);
  });
});
