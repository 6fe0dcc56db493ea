import { describe, expect, it } from "vitest";
import { matchesAnyGlob, matchesGlob } from "../../src/review/glob.js";

describe("matchesGlob", () => {
  it("matches a name pattern at any depth, files and directories", () => {
    expect(matchesGlob("a/b/c.snap", "*.snap")).toBe(true);
    expect(matchesGlob("c.snap", "*.snap")).toBe(true);
    expect(matchesGlob("a/b/c.snap.ts", "*.snap")).toBe(false);
    expect(matchesGlob("test/fixtures/x.json", "fixtures")).toBe(true);
    expect(matchesGlob("test/fixtures.json", "fixtures")).toBe(false);
  });

  it("anchors patterns that contain a slash", () => {
    expect(matchesGlob("test/fixtures/x.json", "test/fixtures")).toBe(true);
    expect(matchesGlob("pkg/test/fixtures/x.json", "test/fixtures")).toBe(false);
    expect(matchesGlob("test/fixtures/x.json", "/test/fixtures")).toBe(true);
    expect(matchesGlob("src/a.gen.ts", "src/*.gen.ts")).toBe(true);
    expect(matchesGlob("src/deep/a.gen.ts", "src/*.gen.ts")).toBe(false);
  });

  it("lets ** span any number of directories, including none", () => {
    expect(matchesGlob("src/a.gen.ts", "src/**/*.gen.ts")).toBe(true);
    expect(matchesGlob("src/x/y/a.gen.ts", "src/**/*.gen.ts")).toBe(true);
    expect(matchesGlob("lib/a.gen.ts", "src/**/*.gen.ts")).toBe(false);
    expect(matchesGlob("a/b/snapshots/c.txt", "**/snapshots/**")).toBe(true);
    expect(matchesGlob("snapshots/c.txt", "**/snapshots/**")).toBe(true);
    expect(matchesGlob("src/anything/at/all", "src/**")).toBe(true);
    expect(matchesGlob("srcx/a", "src/**")).toBe(false);
  });

  it("treats * and ? as never crossing a slash", () => {
    expect(matchesGlob("a/b.ts", "a*b.ts")).toBe(false);
    expect(matchesGlob("axb.ts", "a?b.ts")).toBe(true);
    expect(matchesGlob("a/b.ts", "a?b.ts")).toBe(false);
  });

  it("supports character classes, ranges and negation", () => {
    expect(matchesGlob("file1.txt", "file[0-9].txt")).toBe(true);
    expect(matchesGlob("filex.txt", "file[0-9].txt")).toBe(false);
    expect(matchesGlob("filex.txt", "file[!0-9].txt")).toBe(true);
    expect(matchesGlob("filex.txt", "file[^0-9].txt")).toBe(true);
    expect(matchesGlob("file-.txt", "file[a-].txt")).toBe(true);
    expect(matchesGlob("file].txt", "file[]].txt")).toBe(true);
    expect(matchesGlob("a/b", "a[/]b")).toBe(false);
  });

  it("keeps a trailing slash for directories only", () => {
    expect(matchesGlob("docs/a.md", "docs/")).toBe(true);
    expect(matchesGlob("docs", "docs/")).toBe(false);
    expect(matchesGlob("docs", "docs/", true)).toBe(true);
    expect(matchesGlob("docs", "docs")).toBe(true);
  });

  it("treats regex characters, escapes, unclosed classes and bad ranges literally", () => {
    expect(matchesGlob("a+b(c).ts", "a+b(c).ts")).toBe(true);
    expect(matchesGlob("aab(c).ts", "a+b(c).ts")).toBe(false);
    expect(matchesGlob("a*b", "a\\*b")).toBe(true);
    expect(matchesGlob("axb", "a\\*b")).toBe(false);
    expect(matchesGlob("a[b", "a[b")).toBe(true);
    expect(matchesGlob("x[z-a]", "x[z-a]")).toBe(true);
  });

  it("matches non-ASCII names and ignores empty patterns", () => {
    expect(matchesGlob("文档/说明.md", "文档/*.md")).toBe(true);
    expect(matchesGlob("文档/说明.md", "说?.md")).toBe(true);
    expect(matchesGlob("a.ts", "")).toBe(false);
    expect(matchesGlob("a.ts", "/")).toBe(false);
  });

  it("matchesAnyGlob is true when one pattern matches", () => {
    expect(matchesAnyGlob("a/b.snap", ["*.md", "*.snap"])).toBe(true);
    expect(matchesAnyGlob("a/b.ts", ["*.md", "*.snap"])).toBe(false);
    expect(matchesAnyGlob("a/b.ts", [])).toBe(false);
  });

  it("matches whole names, never a part of one", () => {
    expect(matchesGlob("x.ts", "*.ts")).toBe(true);
    expect(matchesGlob("x.tsx", "*.ts")).toBe(false);
    expect(matchesGlob("src", "src/**")).toBe(false);
    expect(matchesGlob("a/b/c", "a/**/**/c")).toBe(true);
  });

  it("answers a pattern that makes a backtracking matcher explode (a repository's config chooses the patterns)", () => {
    const pattern = `${"*a".repeat(14)}*b`;
    const name = "a".repeat(60);
    expect(matchesGlob(`${name}.txt`, pattern)).toBe(false);
    expect(matchesGlob(`${name}b`, pattern)).toBe(true);
    expect(matchesGlob(`d/${name}/${name}.txt`, `**/${pattern}/**`)).toBe(false);
    expect(matchesGlob(`d/${name}b/x.txt`, `**/${"*a".repeat(14)}*b/**`)).toBe(true);
  });
});
