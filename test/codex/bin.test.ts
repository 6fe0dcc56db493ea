import { chmod, mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOnPath, resolveCodexBin } from "../../src/codex/bin.js";
import { CodexNotFoundError } from "../../src/errors.js";

describe("resolveCodexBin", () => {
  let dir: string;
  let binDir: string;
  let winDir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cc-bin-"));
    binDir = join(dir, "bin");
    winDir = join(dir, "win");
    await mkdir(binDir);
    await mkdir(winDir);
    await writeFile(join(binDir, "codex"), "#!/bin/sh\n");
    await chmod(join(binDir, "codex"), 0o755);
    await writeFile(join(binDir, "not-exec"), "#!/bin/sh\n");
    await chmod(join(binDir, "not-exec"), 0o644);
    // npm on Windows installs a POSIX shim `codex` next to `codex.cmd`.
    await writeFile(join(winDir, "codex"), "#!/bin/sh\n");
    await writeFile(join(winDir, "codex.cmd"), "@echo off\n");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("finds codex on PATH", () => {
    expect(resolveCodexBin({ PATH: `/nonexistent-dir:${binDir}` }, "linux")).toBe(join(binDir, "codex"));
  });

  it("prefers CODEX_COLLAB_CODEX_BIN, as a path or a command name", () => {
    const env = { PATH: binDir, CODEX_COLLAB_CODEX_BIN: join(binDir, "codex") };
    expect(resolveCodexBin(env, "linux")).toBe(join(binDir, "codex"));
    expect(resolveCodexBin({ PATH: binDir, CODEX_COLLAB_CODEX_BIN: "codex" }, "linux")).toBe(join(binDir, "codex"));
  });

  it("throws CodexNotFoundError when nothing is there or the file is not executable", () => {
    expect(() => resolveCodexBin({ PATH: "/nonexistent-dir" }, "linux")).toThrow(CodexNotFoundError);
    expect(() => resolveCodexBin({ PATH: binDir, CODEX_COLLAB_CODEX_BIN: join(binDir, "missing") }, "linux")).toThrow(CodexNotFoundError);
    expect(() => resolveCodexBin({ PATH: binDir, CODEX_COLLAB_CODEX_BIN: join(binDir, "not-exec") }, "linux")).toThrow(CodexNotFoundError);
    expect(() => resolveCodexBin({}, "linux")).toThrow(CodexNotFoundError);
  });

  it("on Windows picks codex.cmd through PATHEXT, never the extensionless shim, with Path in any case", () => {
    const env = { Path: `C:\\nowhere;${winDir}`, PATHEXT: ".COM;.EXE;.BAT;.CMD" };
    expect(resolveCodexBin(env, "win32")).toBe(join(winDir, "codex.cmd"));
    expect(findOnPath("codex.cmd", env, "win32")).toBe(join(winDir, "codex.cmd"));
    expect(findOnPath("codex", { Path: join(dir, "bin") }, "win32")).toBeNull();
  });
});
