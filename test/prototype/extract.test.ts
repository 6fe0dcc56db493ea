import { describe, expect, it } from "vitest";
import { extractPatches, readQuoted, unsafePathReason } from "../../src/prototype/extract.js";

const fence = (body: string, lang = "diff") => `\`\`\`${lang}\n${body}\`\`\`\n`;

describe("extractPatches: where diffs are found", () => {
  it("takes a fenced ```diff block with git headers, keeping them, and recounts miscounted hunks", () => {
    const body = "diff --git a/src/a.ts b/src/a.ts\nindex 3b18e51..a2b5c4d 100644\n--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1,9 +1,7 @@ export function f() {\n one\n-two\n+TWO\n three\n";
    const [p, ...rest] = extractPatches(`**Approach**\n- do it\n\n**Patch**\n${fence(body)}\n**Notes**\n- none\n`);
    expect(rest).toEqual([]);
    expect(p).toEqual({
      file: "src/a.ts",
      kind: "modify",
      text: "diff --git a/src/a.ts b/src/a.ts\nindex 3b18e51..a2b5c4d 100644\n--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1,3 +1,3 @@ export function f() {\n one\n-two\n+TWO\n three\n",
      paths: ["src/a.ts"],
    });
  });

  it("takes ```patch and unlabelled fences, but not fences of other languages", () => {
    const d = (f: string) => `--- a/${f}\n+++ b/${f}\n@@ -1 +1 @@\n-x\n+y\n`;
    const answer = `${fence(d("p.txt"), "patch")}\n${fence(d("u.txt"), "")}\n${fence(d("t.ts"), "ts")}\n${fence(d("info.txt"), "diff title=x")}`;
    expect(extractPatches(answer).map((p) => p.file)).toEqual(["p.txt", "u.txt", "info.txt"]);
  });

  it("takes bare diffs in prose and ends each hunk where its header's counts say, not at the next '- ' bullet", () => {
    const answer = [
      "Here is the change:",
      "diff --git a/a.txt b/a.txt",
      "--- a/a.txt",
      "+++ b/a.txt",
      "@@ -1,2 +1,2 @@",
      "-old",
      "+new",
      " keep",
      "- a note that starts like a removed line",
      "",
      "And a plain one:",
      "--- a/b.txt",
      "+++ b/b.txt",
      "@@ -3 +3,2 @@",
      " ctx",
      "+added",
      "\\ No newline at end of file",
      "- another bullet",
    ].join("\n");
    const patches = extractPatches(answer);
    expect(patches.map((p) => p.text)).toEqual([
      "diff --git a/a.txt b/a.txt\n--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n-old\n+new\n keep\n",
      "--- a/b.txt\n+++ b/b.txt\n@@ -3,1 +3,2 @@\n ctx\n+added\n\\ No newline at end of file\n",
    ]);
  });

  it("splits one block holding several files, and keeps the order of first appearance across blocks", () => {
    const block1 = "--- a/z.ts\n+++ b/z.ts\n@@ -1 +1 @@\n-a\n+b\ndiff --git a/m.ts b/m.ts\n--- a/m.ts\n+++ b/m.ts\n@@ -1 +1 @@\n-c\n+d\n";
    const block2 = "--- a/a.ts\n+++ b/a.ts\n@@ -1 +1 @@\n-e\n+f\n";
    const patches = extractPatches(`${fence(block1)}\ntext\n${fence(block2)}`);
    expect(patches.map((p) => p.file)).toEqual(["z.ts", "m.ts", "a.ts"]);
    expect(patches[0]?.text).toBe("--- a/z.ts\n+++ b/z.ts\n@@ -1,1 +1,1 @@\n-a\n+b\n");
    expect(patches[1]?.text).toBe("diff --git a/m.ts b/m.ts\n--- a/m.ts\n+++ b/m.ts\n@@ -1,1 +1,1 @@\n-c\n+d\n");
  });

  it("merges a file's hunks given in several diffs, in line order, without repeating a quoted-again hunk", () => {
    const late = "--- a/f.txt\n+++ b/f.txt\n@@ -20,3 +20,3 @@\n x\n-y\n+Y\n z\n";
    const early = "--- a/f.txt\n+++ b/f.txt\n@@ -2,3 +2,3 @@\n a\n-b\n+B\n c\n";
    const [p, ...rest] = extractPatches(`${fence(late)}\n${fence(early)}\nAgain, the second hunk:\n${fence(late)}`);
    expect(rest).toEqual([]);
    expect(p?.text).toBe("--- a/f.txt\n+++ b/f.txt\n@@ -2,3 +2,3 @@\n a\n-b\n+B\n c\n@@ -20,3 +20,3 @@\n x\n-y\n+Y\n z\n");
  });

  it("ignores a lone `diff --git` line and text without hunks", () => {
    expect(extractPatches("Run\ndiff --git a/x b/x\nto compare.\n--- a/y\n+++ b/y\nno hunk here\n")).toEqual([]);
    expect(extractPatches("No patch today.")).toEqual([]);
  });
});

describe("extractPatches: kinds of change", () => {
  it("new files, with and without git's extended header", () => {
    const git = "diff --git a/n1.ts b/n1.ts\nnew file mode 100644\nindex 0000000..e69de29\n--- /dev/null\n+++ b/n1.ts\n@@ -0,0 +1,2 @@\n+a\n+b\n";
    const plain = "--- /dev/null\n+++ b/dir/n2.ts\n@@ -0,0 +1 @@\n+c\n";
    const empty = "diff --git a/empty.txt b/empty.txt\nnew file mode 100644\nindex 0000000..e69de29\n";
    const patches = extractPatches(fence(git + plain + empty));
    expect(patches.map((p) => [p.file, p.kind, p.paths])).toEqual([
      ["n1.ts", "add", ["n1.ts"]],
      ["dir/n2.ts", "add", ["dir/n2.ts"]],
      ["empty.txt", "add", ["empty.txt"]],
    ]);
    expect(patches[1]?.text).toBe("--- /dev/null\n+++ b/dir/n2.ts\n@@ -0,0 +1,1 @@\n+c\n");
    expect(patches[2]?.text).toBe(empty);
  });

  it("deletions", () => {
    const body = "diff --git a/old.ts b/old.ts\ndeleted file mode 100644\n--- a/old.ts\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\n--- a/gone.txt\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n";
    const patches = extractPatches(fence(body));
    expect(patches.map((p) => [p.file, p.kind])).toEqual([
      ["old.ts", "delete"],
      ["gone.txt", "delete"],
    ]);
    expect(patches[1]?.text).toBe("--- a/gone.txt\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-x\n");
  });

  it("renames (pure, and with hunks) and copies name both paths", () => {
    const pure = "diff --git a/src/old name.ts b/src/new name.ts\nsimilarity index 100%\nrename from src/old name.ts\nrename to src/new name.ts\n";
    const edited = "diff --git a/a.ts b/b.ts\nsimilarity index 80%\nrename from a.ts\nrename to b.ts\n--- a/a.ts\n+++ b/b.ts\n@@ -1 +1 @@\n-x\n+y\n";
    const copy = "diff --git a/c.ts b/d.ts\nsimilarity index 100%\ncopy from c.ts\ncopy to d.ts\n";
    const patches = extractPatches(fence(pure + edited + copy));
    expect(patches.map((p) => [p.file, p.from, p.kind])).toEqual([
      ["src/new name.ts", "src/old name.ts", "rename"],
      ["b.ts", "a.ts", "rename"],
      ["d.ts", "c.ts", "copy"],
    ]);
    expect(patches[0]?.text).toBe(pure);
    expect(patches[1]?.paths.sort()).toEqual(["a.ts", "b.ts"]);
  });
});

describe("extractPatches: text details", () => {
  it("reads a CRLF answer like an LF one", () => {
    const lf = `x\n${fence("--- a/w.txt\n+++ b/w.txt\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n")}y\n`;
    const crlf = lf.replace(/\n/g, "\r\n");
    expect(extractPatches(crlf)).toEqual(extractPatches(lf));
    expect(extractPatches(crlf)[0]?.text).toBe("--- a/w.txt\n+++ b/w.txt\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n");
  });

  it("paths with spaces: up to git's tab, the whole line without one, and split in the middle of `diff --git`", () => {
    const tab = "--- a/my dir/a file.ts\t\n+++ b/my dir/a file.ts\t\n@@ -1 +1 @@\n-a\n+b\n";
    const noTab = "--- a/other file.ts\n+++ b/other file.ts\n@@ -1 +1 @@\n-a\n+b\n";
    const stamp = "--- a/stamped file.c\t2024-01-01 10:00:00.000000000 +0000\n+++ b/stamped file.c\t2024-01-02 10:00:00.000000000 +0000\n@@ -1 +1 @@\n-a\n+b\n";
    const gitOnly = "diff --git a/sp ace.txt b/sp ace.txt\nold mode 100644\nnew mode 100755\n";
    expect(extractPatches(fence(tab + noTab + stamp + gitOnly)).map((p) => p.file)).toEqual(["my dir/a file.ts", "other file.ts", "stamped file.c", "sp ace.txt"]);
  });

  it("git-quoted paths (octal UTF-8 bytes, escaped quotes) and raw non-ASCII paths", () => {
    const quoted = 'diff --git "a/docs/\\346\\227\\245\\346\\234\\254 \\"x\\".md" "b/docs/\\346\\227\\245\\346\\234\\254 \\"x\\".md"\n--- "a/docs/\\346\\227\\245\\346\\234\\254 \\"x\\".md"\n+++ "b/docs/\\346\\227\\245\\346\\234\\254 \\"x\\".md"\n@@ -1 +1 @@\n-a\n+b\n';
    const raw = "--- a/docs/café ü.md\n+++ b/docs/café ü.md\n@@ -1 +1 @@\n-a\n+b\n";
    const mixed = 'diff --git a/plain.txt "b/tab\\there.txt"\nsimilarity index 100%\nrename from plain.txt\nrename to "tab\\there.txt"\n';
    const patches = extractPatches(fence(quoted + raw + mixed));
    expect(patches.map((p) => p.file)).toEqual(['docs/日本 "x".md', "docs/café ü.md", "tab\there.txt"]);
    expect(patches[2]?.from).toBe("plain.txt");
    // The header text stays as git wrote it: git apply decodes the quoting itself.
    expect(patches[0]?.text.startsWith('diff --git "a/docs/\\346')).toBe(true);
  });

  it("adds the a/ b/ prefixes to a plain `diff -u` header that lacks them, quoting like git", () => {
    const [p] = extractPatches(fence('--- src/x.ts\n+++ src/x.ts\n@@ -1 +1 @@\n-a\n+b\n--- /dev/null\n+++ new "q".ts\n@@ -0,0 +1 @@\n+z\n'));
    expect(p?.text).toBe("--- a/src/x.ts\n+++ b/src/x.ts\n@@ -1,1 +1,1 @@\n-a\n+b\n");
    expect(extractPatches(fence('--- /dev/null\n+++ new "q".ts\n@@ -0,0 +1 @@\n+z\n'))[0]?.text).toBe('--- /dev/null\n+++ "b/new \\"q\\".ts"\n@@ -0,0 +1,1 @@\n+z\n');
  });

  it("restores blank context lines, drops trailing blank lines, and keeps the no-newline marker", () => {
    const body = "--- a/b.txt\n+++ b/b.txt\n@@ -1,4 +1,4 @@\n a\n\n-b\n+c\n d\n\\ No newline at end of file\n\n\n";
    expect(extractPatches(fence(body))[0]?.text).toBe("--- a/b.txt\n+++ b/b.txt\n@@ -1,4 +1,4 @@\n a\n \n-b\n+c\n d\n\\ No newline at end of file\n");
  });

  it("keeps trailing blank lines the hunk header counts as context", () => {
    const body = "--- a/b.txt\n+++ b/b.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n\n\n";
    expect(extractPatches(fence(body))[0]?.text).toBe("--- a/b.txt\n+++ b/b.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n \n");
  });

  it("a fence inside a list item: content loses the fence's indentation; a ' ```' context line does not close it", () => {
    const answer = ["2. **Patch**", "   ```diff", "   --- a/README.md", "   +++ b/README.md", "   @@ -1,3 +1,3 @@", "    ```", "   -npm i", "   +npm ci", "    ```", "   ```", "3. **Notes**"].join("\n");
    expect(extractPatches(answer)[0]?.text).toBe("--- a/README.md\n+++ b/README.md\n@@ -1,3 +1,3 @@\n ```\n-npm i\n+npm ci\n ```\n");
  });

  it("only a fence at least as long as its opener closes it", () => {
    // Were the ``` line a closing fence, the diff after it would be read as bare prose.
    expect(extractPatches("````ts\nconst s = `\n```\n--- a/x.ts\n+++ b/x.ts\n@@ -1 +1 @@\n-a\n+b\n````\n")).toEqual([]);
    expect(extractPatches("~~~diff\n--- a/x.ts\n+++ b/x.ts\n@@ -1 +1 @@\n-a\n+b\n~~~\n")[0]?.file).toBe("x.ts");
  });
});

describe("readQuoted", () => {
  it("decodes git's C quoting, octal escapes as UTF-8 bytes", () => {
    expect(readQuoted('"a\\tb\\\\c\\"d\\303\\251" rest', 0)).toEqual({ value: 'a\tb\\c"dé', end: 20 });
    expect(readQuoted('"unterminated', 0)).toBeNull();
    expect(readQuoted('"bad \\q escape"', 0)).toBeNull();
  });
});

describe("unsafePathReason", () => {
  it("refuses absolute paths, climbing out and .git in any spelling; allows ordinary ones", () => {
    for (const p of ["/etc/passwd", "\\\\server\\share", "C:/x", "../x", "a/../../x", "a\\..\\x", ".git/config", "sub/.git/hooks/pre-commit", ".GIT/config", ".git./x", "", "a\0b"]) {
      expect(unsafePathReason(p), p).not.toBeNull();
    }
    for (const p of ["src/a.ts", ".github/workflows/ci.yml", ".gitignore", "a/..b/c", "dir with space/ü.txt"]) expect(unsafePathReason(p), p).toBeNull();
  });
});
