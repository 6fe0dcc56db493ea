// collectChange against REAL git repositories in temp dirs.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { changeHash, collectChange, type Change, type ChangedFile } from "../../src/review/diff.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

function repo(): string {
  const d = tempDir("cc-review-diff-");
  git(d, "init", "-q", "-b", "main");
  git(d, "config", "user.name", "Test");
  git(d, "config", "user.email", "test@example.com");
  git(d, "config", "commit.gpgsign", "false");
  git(d, "config", "core.autocrlf", "false");
  return d;
}

function write(root: string, rel: string, content: string | Buffer): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), content);
}

function commitAll(root: string, message = "commit"): void {
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", message);
}

function file(change: Change, path: string): ChangedFile {
  const f = change.files.find((x) => x.path === path);
  if (!f) throw new Error(`${path} not in change: ${change.files.map((x) => x.path).join(", ")}`);
  return f;
}

const lines = (n: number, tag: string): string => Array.from({ length: n }, (_, i) => `${tag} line ${i}\n`).join("");

describe("collectChange in git", () => {
  it("collects modified, staged, untracked, deleted and renamed files without touching the index", async () => {
    const root = repo();
    write(root, "src/modified.ts", lines(5, "m"));
    write(root, "src/staged.ts", lines(3, "s"));
    write(root, "src/deleted.ts", lines(2, "d"));
    write(root, "src/moved-by-git.ts", lines(20, "g"));
    write(root, "src/moved-by-hand.ts", lines(20, "h"));
    commitAll(root, "base");

    write(root, "src/modified.ts", `${lines(5, "m")}added line\n`);
    write(root, "src/staged.ts", "replaced\n");
    git(root, "add", "src/staged.ts");
    write(root, "src/new-staged.ts", "brand new\n");
    git(root, "add", "src/new-staged.ts");
    unlinkSync(join(root, "src/deleted.ts"));
    mkdirSync(join(root, "lib"));
    git(root, "mv", "src/moved-by-git.ts", "lib/moved-by-git.ts");
    renameSync(join(root, "src/moved-by-hand.ts"), join(root, "lib/moved-by-hand.ts"));
    write(root, "src/untracked.ts", "fresh\nlines\n");

    const indexBefore = readFileSync(join(root, ".git/index"));
    const statusBefore = git(root, "status", "--porcelain=v1", "-z");
    const change = await collectChange({ cwd: root });
    expect(readFileSync(join(root, ".git/index")).equals(indexBefore)).toBe(true);
    expect(git(root, "status", "--porcelain=v1", "-z")).toBe(statusBefore);

    expect(change.inGit).toBe(true);
    expect(change.root).toBe(git(root, "rev-parse", "--show-toplevel").trim());
    expect(change.files.map((f) => [f.path, f.status])).toEqual([
      ["lib/moved-by-git.ts", "renamed"],
      ["lib/moved-by-hand.ts", "renamed"],
      ["src/deleted.ts", "deleted"],
      ["src/modified.ts", "modified"],
      ["src/new-staged.ts", "added"],
      ["src/staged.ts", "modified"],
      ["src/untracked.ts", "untracked"],
    ]);
    expect(file(change, "src/modified.ts")).toMatchObject({ added: 1, removed: 0 });
    expect(file(change, "src/modified.ts").diff).toContain("+added line\n");
    expect(file(change, "src/staged.ts")).toMatchObject({ added: 1, removed: 3 });
    expect(file(change, "src/deleted.ts")).toMatchObject({ added: 0, removed: 2 });
    expect(file(change, "lib/moved-by-git.ts")).toMatchObject({ oldPath: "src/moved-by-git.ts", added: 0, removed: 0 });
    expect(file(change, "lib/moved-by-hand.ts").oldPath).toBe("src/moved-by-hand.ts");
    expect(file(change, "lib/moved-by-hand.ts").diff).toContain("rename from src/moved-by-hand.ts\nrename to lib/moved-by-hand.ts\n");
    const untracked = file(change, "src/untracked.ts");
    expect(untracked).toMatchObject({ added: 2, removed: 0 });
    expect(untracked.diff).toMatch(/^diff --git a\/src\/untracked\.ts b\/src\/untracked\.ts\nnew file mode 100644\n/);
    expect(untracked.diff).toContain("--- /dev/null\n+++ b/src/untracked.ts\n@@ -0,0 +1,2 @@\n+fresh\n+lines\n");
    expect(change.skipped).toEqual([]);
    for (const f of change.files) expect(f.diff.startsWith("diff --git ")).toBe(true);
  });

  it("gets paths with spaces, non-ASCII and quote characters right", async () => {
    const root = repo();
    write(root, "src/my file.ts", "old\n");
    commitAll(root);
    write(root, "src/my file.ts", "new\n");
    write(root, "文档/说明.md", "# 说明\n内容\n");
    write(root, 'odd "quoted" name.txt', "q\n");
    write(root, "tab\tname.txt", "t\n");

    const change = await collectChange({ cwd: root });
    expect(change.files.map((f) => f.path)).toEqual(['odd "quoted" name.txt', "src/my file.ts", "tab\tname.txt", "文档/说明.md"]);
    expect(file(change, "src/my file.ts").diff).toMatch(/^diff --git a\/src\/my file\.ts b\/src\/my file\.ts\n/);
    expect(file(change, "src/my file.ts").diff).toContain("-old\n+new\n");
    expect(file(change, "文档/说明.md")).toMatchObject({ status: "untracked", added: 2 });
    expect(file(change, "文档/说明.md").diff).toContain("+++ b/文档/说明.md\n");
    expect(file(change, 'odd "quoted" name.txt').diff).toContain('diff --git "a/odd \\"quoted\\" name.txt"');
    expect(file(change, "tab\tname.txt").diff).toContain("+t\n");
  });

  it("skips binary files, lock files, vendored and generated code, ignore globs and secret files, with reasons", async () => {
    const root = repo();
    write(root, ".gitignore", "ignored-by-git.log\n");
    write(root, "assets/logo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    write(root, "package-lock.json", '{"lockfileVersion": 3}\n');
    write(root, "src/app.ts", "v1\n");
    commitAll(root);

    write(root, "assets/logo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]));
    write(root, "assets/new.bin", Buffer.from([1, 0, 2, 0, 3]));
    write(root, "package-lock.json", '{"lockfileVersion": 3, "x": 1}\n');
    write(root, "sub/Cargo.lock", "lock\n");
    write(root, "vendor/lib/x.go", "package x\n");
    write(root, "third_party/y.c", "int y;\n");
    write(root, "dist/bundle.js", "bundle\n");
    write(root, "web/app.min.js", "min\n");
    write(root, "web/app.js.map", "{}\n");
    write(root, "src/api.generated.ts", "gen\n");
    write(root, "test/__snapshots__/a.snap", "snap\n");
    write(root, ".env", "API_TOKEN=not-for-codex\n");
    write(root, "ignored-by-git.log", "never listed\n");
    write(root, ".codex-collab", "{}\n");
    write(root, "src/app.ts", "v2\n");

    const change = await collectChange({ cwd: root, ignore: ["*.snap"] });
    expect(change.files.map((f) => f.path)).toEqual(["src/app.ts"]);
    expect(change.skipped).toEqual([
      { path: ".codex-collab", reason: "codex-collab" },
      { path: ".env", reason: "secret-file" },
      { path: "assets/logo.png", reason: "binary" },
      { path: "assets/new.bin", reason: "binary" },
      { path: "dist/bundle.js", reason: "generated" },
      { path: "package-lock.json", reason: "lockfile" },
      { path: "src/api.generated.ts", reason: "generated" },
      { path: "sub/Cargo.lock", reason: "lockfile" },
      { path: "test/__snapshots__/a.snap", reason: "ignored" },
      { path: "third_party/y.c", reason: "vendored" },
      { path: "vendor/lib/x.go", reason: "vendored" },
      { path: "web/app.js.map", reason: "generated" },
      { path: "web/app.min.js", reason: "generated" },
    ]);
    expect(JSON.stringify(change)).not.toContain("not-for-codex");
  });

  it("never sends a tracked secret file, deleted or renamed either", async () => {
    const root = repo();
    write(root, ".env", "SECRET_VALUE=abc123\n");
    write(root, "config/.env.production", "DB_PASSWORD=hunter2hunter2\n");
    commitAll(root);
    unlinkSync(join(root, ".env"));
    renameSync(join(root, "config/.env.production"), join(root, "config/settings.txt"));

    const change = await collectChange({ cwd: root });
    expect(change.files).toEqual([]);
    expect(change.skipped.map((s) => s.reason)).toEqual(["secret-file", "secret-file"]);
    expect(JSON.stringify(change)).not.toMatch(/abc123|hunter2/);
  });

  it("redacts secrets inside the diffs it keeps", async () => {
    const root = repo();
    write(root, "src/client.ts", "export const url = 'x';\n");
    commitAll(root);
    const token = `ghp_${"A1b2C3d4E5".repeat(4)}`;
    write(root, "src/client.ts", `export const url = 'x';\nexport const token = "${token}";\n`);

    const change = await collectChange({ cwd: root });
    const diff = file(change, "src/client.ts").diff;
    expect(diff).not.toContain(token);
    expect(diff).toContain("[REDACTED:");
    expect(change.redactions).toEqual({ count: 1, kinds: { "github-token": 1 } });
    expect(file(change, "src/client.ts")).toMatchObject({ added: 1, removed: 0 });
  });

  it("skips files larger than maxFileBytes, tracked and untracked", async () => {
    const root = repo();
    write(root, "big.txt", "small\n");
    write(root, "ok.txt", "a\n");
    commitAll(root);
    write(root, "big.txt", lines(200, "big"));
    write(root, "big-untracked.txt", lines(200, "u"));
    write(root, "ok.txt", "b\n");

    const change = await collectChange({ cwd: root, maxFileBytes: 1000 });
    expect(change.files.map((f) => f.path)).toEqual(["ok.txt"]);
    expect(change.skipped).toEqual([
      { path: "big-untracked.txt", reason: "too-large" },
      { path: "big.txt", reason: "too-large" },
    ]);
  });

  it("keeps very long lines intact while streaming git's output", async () => {
    const root = repo();
    write(root, "data.json", "[]\n");
    write(root, "z.ts", "z\n");
    commitAll(root);
    const long = `["${"a".repeat(150_000)}", "diff --git a/fake b/fake", "${"b".repeat(150_000)}"]`;
    write(root, "data.json", `${long}\n`);
    write(root, "z.ts", "z2\n");

    const change = await collectChange({ cwd: root });
    expect(change.files.map((f) => f.path)).toEqual(["data.json", "z.ts"]);
    expect(file(change, "data.json").diff).toContain(`+${long}\n`);
    expect(file(change, "data.json")).toMatchObject({ added: 1, removed: 1 });
    expect(file(change, "z.ts").diff).toContain("-z\n+z2\n");
  });

  it("restricts to the given paths, relative to cwd, taken literally", async () => {
    const root = repo();
    write(root, "src/a.ts", "a\n");
    write(root, "src/[x].ts", "x\n");
    write(root, "src/y.ts", "y\n");
    write(root, "docs/b.md", "b\n");
    commitAll(root);
    for (const p of ["src/a.ts", "src/[x].ts", "src/y.ts", "docs/b.md"]) write(root, p, "changed\n");
    write(root, "src/new.ts", "n\n");

    const onlySrc = await collectChange({ cwd: root, paths: ["src"] });
    expect(onlySrc.files.map((f) => f.path)).toEqual(["src/[x].ts", "src/a.ts", "src/new.ts", "src/y.ts"]);

    const literal = await collectChange({ cwd: join(root, "src"), paths: ["[x].ts", "../docs"] });
    expect(literal.root).toBe(onlySrc.root);
    expect(literal.files.map((f) => f.path)).toEqual(["docs/b.md", "src/[x].ts"]);

    await expect(collectChange({ cwd: root, paths: ["../elsewhere"] })).rejects.toBeInstanceOf(UsageError);
  });

  it("compares with --base when given, and rejects a base that is not a commit", async () => {
    const root = repo();
    write(root, "a.txt", "one\n");
    commitAll(root, "first");
    const first = git(root, "rev-parse", "HEAD").trim();
    git(root, "tag", "v1");
    write(root, "a.txt", "two\n");
    write(root, "b.txt", "b\n");
    commitAll(root, "second");
    write(root, "a.txt", "three\n");

    const sinceHead = await collectChange({ cwd: root });
    expect(sinceHead.files.map((f) => f.path)).toEqual(["a.txt"]);
    expect(file(sinceHead, "a.txt").diff).toContain("-two\n+three\n");

    for (const base of ["v1", first, "HEAD~1"]) {
      const sinceBase = await collectChange({ cwd: root, base });
      expect(sinceBase.files.map((f) => [f.path, f.status])).toEqual([
        ["a.txt", "modified"],
        ["b.txt", "added"],
      ]);
      expect(file(sinceBase, "a.txt").diff).toContain("-one\n+three\n");
    }

    await expect(collectChange({ cwd: root, base: "no-such-ref" })).rejects.toBeInstanceOf(UsageError);
    await expect(collectChange({ cwd: root, base: "--output=/tmp/x" })).rejects.toBeInstanceOf(UsageError);
  });

  it("works in a repository with no commits yet", async () => {
    const root = repo();
    write(root, "staged.ts", "s\n");
    git(root, "add", "staged.ts");
    write(root, "loose.ts", "l\n");

    const change = await collectChange({ cwd: root });
    expect(change.files.map((f) => [f.path, f.status])).toEqual([
      ["loose.ts", "untracked"],
      ["staged.ts", "added"],
    ]);
    expect(file(change, "staged.ts").diff).toContain("+s\n");

    const empty = await collectChange({ cwd: repo() });
    expect(empty.files).toEqual([]);
    expect(empty.skipped).toEqual([]);
  });

  it("reports a nested repository as vendored instead of descending into it", async () => {
    const root = repo();
    write(root, "main.ts", "m\n");
    commitAll(root);
    const nested = join(root, "deps/other");
    mkdirSync(nested, { recursive: true });
    git(nested, "init", "-q");
    write(nested, "x.ts", "x\n");

    const change = await collectChange({ cwd: root });
    expect(change.files).toEqual([]);
    expect(change.skipped).toEqual([{ path: "deps/other/", reason: "vendored" }]);
  });

  it("sees an edit made in the same second as the last index write (racily clean entry)", async () => {
    const root = repo();
    // Only mtime then decides, so the test does not depend on when the inode changed.
    git(root, "config", "core.trustctime", "false");
    const t = new Date("2021-06-01T12:00:00Z");
    write(root, "same.txt", "old\n");
    utimesSync(join(root, "same.txt"), t, t);
    commitAll(root);
    utimesSync(join(root, ".git/index"), t, t);
    write(root, "same.txt", "new\n");
    utimesSync(join(root, "same.txt"), t, t);
    // An untracked file makes collectChange write its scratch index.
    write(root, "other.txt", "o\n");

    const change = await collectChange({ cwd: root });
    expect(change.files.map((f) => f.path)).toEqual(["other.txt", "same.txt"]);
    expect(file(change, "same.txt").diff).toContain("-old\n+new\n");
  });

  it("shows a mode change as a modification", async () => {
    const root = repo();
    write(root, "run.sh", "echo hi\n");
    commitAll(root);
    chmodSync(join(root, "run.sh"), 0o755);

    const change = await collectChange({ cwd: root });
    expect(file(change, "run.sh")).toMatchObject({ status: "modified", added: 0, removed: 0 });
    expect(file(change, "run.sh").diff).toContain("old mode 100644\nnew mode 100755\n");
  });
});

describe("collectChange outside git", () => {
  it("shows each named file as a new file and walks directories", async () => {
    const root = tempDir("cc-review-plain-");
    write(root, "notes.md", "# Notes\n");
    write(root, "src/my file.ts", "export {};\n");
    write(root, "src/文档/说明.md", "内容");
    write(root, "src/node_modules/dep/index.js", "x\n");
    write(root, "src/pic.png", Buffer.from([0x89, 0, 1]));
    write(root, "src/.env", "TOKEN=zzz\n");
    write(root, "src/yarn.lock", "lock\n");

    const change = await collectChange({ cwd: root, paths: ["notes.md", "src", "src/my file.ts"] });
    expect(change.inGit).toBe(false);
    expect(change.files.map((f) => [f.path, f.status])).toEqual([
      ["notes.md", "untracked"],
      ["src/my file.ts", "untracked"],
      ["src/文档/说明.md", "untracked"],
    ]);
    expect(file(change, "src/文档/说明.md").diff).toContain("+内容\n\\ No newline at end of file\n");
    expect(file(change, "src/my file.ts").diff).toMatch(/^diff --git a\/src\/my file\.ts b\/src\/my file\.ts\nnew file mode 100644\n/);
    expect(change.skipped).toEqual([
      { path: "src/.env", reason: "secret-file" },
      { path: "src/node_modules/", reason: "vendored" },
      { path: "src/pic.png", reason: "binary" },
      { path: "src/yarn.lock", reason: "lockfile" },
    ]);
    expect(JSON.stringify(change)).not.toContain("zzz");
  });

  it("asks for paths when there are none, and rejects paths that do not exist", async () => {
    const root = tempDir("cc-review-plain-");
    await expect(collectChange({ cwd: root })).rejects.toThrow(UsageError);
    await expect(collectChange({ cwd: root })).rejects.toThrow(/not inside a git repository/);
    await expect(collectChange({ cwd: root, paths: ["missing.ts"] })).rejects.toThrow(/No such file or directory: missing\.ts/);
  });
});

describe("changeHash", () => {
  it("is stable for the same change, independent of order, and changes with the diff", async () => {
    const root = repo();
    write(root, "a.ts", "a\n");
    write(root, "b.ts", "b\n");
    commitAll(root);
    write(root, "a.ts", "a2\n");
    write(root, "b.ts", "b2\n");

    const first = await collectChange({ cwd: root });
    const again = await collectChange({ cwd: root });
    expect(changeHash(again)).toBe(changeHash(first));
    expect(changeHash({ files: [...first.files].reverse() })).toBe(changeHash(first));
    expect(changeHash(first)).toMatch(/^[0-9a-f]{64}$/);

    write(root, "b.ts", "b3\n");
    expect(changeHash(await collectChange({ cwd: root }))).not.toBe(changeHash(first));
  });
});

describe("paths that cannot be git arguments", () => {
  it("a NUL byte in one path skips that path; the others are still reviewed", async () => {
    const dir = repo();
    writeFileSync(join(dir, "a.ts"), "export const a = 2;\n");
    const change = await collectChange({ cwd: dir, paths: ["a.ts", "b\0c.ts"] });
    expect(change.files.map((f) => f.path)).toContain("a.ts");
    expect(change.skipped).toContainEqual({ path: "b\\0c.ts", reason: "invalid-name" });
  });

  it("when every named path is invalid, nothing is reviewed (never the whole tree)", async () => {
    const dir = repo();
    writeFileSync(join(dir, "a.ts"), "export const a = 3;\n");
    const change = await collectChange({ cwd: dir, paths: ["x\0y"] });
    expect(change.files).toEqual([]);
    expect(change.skipped).toEqual([{ path: "x\\0y", reason: "invalid-name" }]);
  });
});
