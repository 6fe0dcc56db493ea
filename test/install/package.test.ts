import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { InstallError } from "../../src/errors.js";
import { userClaudeDir } from "../../src/install/install.js";
import { findPackageRoot, shippedFiles } from "../../src/install/package.js";
import { makeSandbox, type Sandbox } from "../support/install-fixture.js";

let box: Sandbox | undefined;
afterEach(() => {
  box?.cleanup();
  box = undefined;
});

describe("findPackageRoot", () => {
  it("walks up past other packages to the one named codex-collab", () => {
    box = makeSandbox();
    const nested = join(box.packageRoot, "node_modules", "dep", "lib");
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(box.packageRoot, "node_modules", "dep", "package.json"), '{"name":"dep"}');
    writeFileSync(join(nested, "package.json"), "not json");
    const file = join(nested, "index.js");
    expect(findPackageRoot(pathToFileURL(file).href)).toBe(box.packageRoot);
    expect(findPackageRoot(join(box.packageRoot, "dist", "install.js"))).toBe(box.packageRoot);
  });

  it("finds this repository from its own module", () => {
    expect(findPackageRoot()).toBe(join(import.meta.dirname, "..", ".."));
  });

  it("fails clearly outside any codex-collab package", () => {
    box = makeSandbox();
    expect(() => findPackageRoot(join(box!.project, "x.js"))).toThrow(InstallError);
  });
});

describe("shippedFiles", () => {
  it("lists only .md files of commands/ and agents/, sorted", () => {
    box = makeSandbox({ commands: { "b.md": "b", "a.md": "a", "notes.txt": "x" }, agents: { "z.md": "z" } });
    mkdirSync(join(box.packageRoot, "commands", "dir.md"));
    expect(shippedFiles(box.packageRoot).map((f) => f.rel)).toEqual(["commands/a.md", "commands/b.md", "agents/z.md"]);
  });
});

describe("userClaudeDir", () => {
  it("uses HOME/.claude when a home is given, else CLAUDE_CONFIG_DIR", () => {
    expect(userClaudeDir("/h")).toBe("/h/.claude");
    const saved = process.env.CLAUDE_CONFIG_DIR;
    process.env.CLAUDE_CONFIG_DIR = "/elsewhere/claude";
    try {
      expect(userClaudeDir()).toBe("/elsewhere/claude");
    } finally {
      if (saved === undefined) delete process.env.CLAUDE_CONFIG_DIR;
      else process.env.CLAUDE_CONFIG_DIR = saved;
    }
  });
});
