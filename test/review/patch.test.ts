// newFileDiff and gitQuote must produce exactly what git itself writes: compared with real `git diff --no-index`.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countChanges, diffHeader, gitQuote, newFileDiff, splitHunks } from "../../src/review/patch.js";

const dir = mkdtempSync(join(tmpdir(), "cc-review-patch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gitNewFile(path: string, content: string): string {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
  const r = spawnSync("git", ["-c", "core.quotePath=false", "diff", "--no-index", "--no-color", "--no-ext-diff", "/dev/null", path], {
    cwd: dir,
    encoding: "utf8",
  });
  expect(r.status).toBe(1);
  // Our diff has no blob ids to show.
  return r.stdout.replace(/^index [0-9a-f]+\.\.[0-9a-f]+\n/m, "");
}

describe("newFileDiff", () => {
  const cases: [string, string][] = [
    ["plain.txt", "one\ntwo\nthree\n"],
    ["single.txt", "only\n"],
    ["no-newline.txt", "a\nb"],
    ["empty.txt", ""],
    ["crlf.txt", "a\r\nb\r\n"],
    ["src/my file.ts", "export const x = 1;\n"],
    ["文档/说明.md", "# 标题\n内容\n"],
    ['quote"d.txt', "q\n"],
    ["tab\there.txt", "t\n"],
    ["back\\slash.txt", "b\n"],
  ];
  for (const [path, content] of cases) {
    it(`matches git for ${JSON.stringify(path)}`, () => {
      expect(newFileDiff(path, content)).toBe(gitNewFile(path, content));
    });
  }
});

describe("helpers", () => {
  it("quotes like git only when it must", () => {
    expect(gitQuote("a/文档 x.md")).toBe("a/文档 x.md");
    expect(gitQuote('a/q"b')).toBe('"a/q\\"b"');
    expect(gitQuote("a/\x01")).toBe('"a/\\001"');
    expect(diffHeader("old name", "new\nname")).toBe('diff --git a/old name "b/new\\nname"');
  });

  it("counts only lines inside hunks", () => {
    const diff = "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n--- removed dashes\n+++ added pluses\n same\n";
    expect(countChanges(diff)).toEqual({ added: 1, removed: 1 });
  });

  it("splits a diff into header and hunks", () => {
    const diff = "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n@@ -9 +9 @@\n-c\n+d\n";
    expect(splitHunks(diff)).toEqual({
      header: "diff --git a/x b/x\n--- a/x\n+++ b/x\n",
      hunks: ["@@ -1 +1 @@\n-a\n+b\n", "@@ -9 +9 @@\n-c\n+d\n"],
    });
  });
});
