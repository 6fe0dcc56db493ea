import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { ConfigError } from "../../src/errors.js";

const roots: string[] = [];

function project(config?: string): string {
  const root = mkdtempSync(join(tmpdir(), "cc-config-"));
  roots.push(root);
  if (config !== undefined) {
    mkdirSync(join(root, ".claude"));
    writeFileSync(join(root, ".claude", "codex-collab.json"), config);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("loadConfig", () => {
  it("fills every default when the file is missing", () => {
    const c = loadConfig(project());
    expect(c.codex.sandbox).toBe("read-only");
    expect(c.review.mode).toBe("auto");
    expect(c.review.debounceSeconds).toBe(20);
    expect(c.hooks.classify).toBe(true);
  });

  it("keeps the user's values and defaults the rest", () => {
    const c = loadConfig(project(JSON.stringify({ review: { debounceSeconds: 2 }, locale: "zh" })));
    expect(c.review.debounceSeconds).toBe(2);
    expect(c.review.mode).toBe("auto");
    expect(c.locale).toBe("zh");
  });

  it("names the file and the bad key", () => {
    const root = project(JSON.stringify({ review: { mode: "sometimes" } }));
    expect(() => loadConfig(root)).toThrow(ConfigError);
    expect(() => loadConfig(root)).toThrow(/codex-collab\.json.*review\.mode/s);
  });

  it("rejects malformed JSON with a ConfigError", () => {
    expect(() => loadConfig(project("{ nope"))).toThrow(ConfigError);
  });
});

describe("loadConfig: the repository's files are read safely", () => {
  it("refuses a project config that links to a device, a FIFO, or one over 1 MB, with a ConfigError naming it", () => {
    const root = project();
    mkdirSync(join(root, ".claude"));
    const file = join(root, ".claude", "codex-collab.json");
    symlinkSync("/dev/zero", file);
    expect(() => loadConfig(root)).toThrow(/codex-collab\.json.*symbolic link/s);
    rmSync(file);
    execFileSync("mkfifo", [file]);
    expect(() => loadConfig(root)).toThrow(/codex-collab\.json.*not a regular file/s);
    rmSync(file);
    writeFileSync(file, `{"locale":"en"}${" ".repeat(1024 * 1024)}`);
    expect(() => loadConfig(root)).toThrow(ConfigError);
    expect(() => loadConfig(root)).toThrow(/larger than/);
  });

  it("refuses a local config that is a link, even to a valid file", () => {
    const root = project();
    mkdirSync(join(root, ".claude"));
    writeFileSync(join(root, "elsewhere.json"), JSON.stringify({ codex: { sandbox: "workspace-write" } }));
    symlinkSync("../elsewhere.json", join(root, ".claude", "codex-collab.local.json"));
    expect(() => loadConfig(root)).toThrow(/codex-collab\.local\.json.*symbolic link/s);
  });
});
