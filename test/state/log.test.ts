import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { appendLog } from "../../src/state/log.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("appendLog", () => {
  it("creates the directory and a 0600 file, one line per call", () => {
    dir = mkdtempSync(join(tmpdir(), "cc-log-"));
    const file = join(dir, "sub dir", "hooks.log");
    appendLog(file, "one");
    appendLog(file, "two");
    expect(readFileSync(file, "utf8")).toBe("one\ntwo\n");
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("past the cap the log moves to .1 (replacing the older one) and starts afresh", () => {
    dir = mkdtempSync(join(tmpdir(), "cc-log-"));
    const file = join(dir, "worker.log");
    writeFileSync(`${file}.1`, "oldest\n");
    for (let i = 0; i < 10; i++) appendLog(file, `line ${i} ${"x".repeat(20)}`, 100);
    const current = readFileSync(file, "utf8");
    const previous = readFileSync(`${file}.1`, "utf8");
    expect(previous).not.toContain("oldest");
    expect(current.length).toBeLessThan(100 + 40);
    expect(previous.length).toBeGreaterThanOrEqual(100);
    expect(current.trim().split("\n").at(-1)).toMatch(/^line 9 /);
  });

  it("never throws when the log cannot be written", () => {
    dir = mkdtempSync(join(tmpdir(), "cc-log-"));
    writeFileSync(join(dir, "file"), "");
    expect(() => appendLog(join(dir!, "file", "hooks.log"), "x")).not.toThrow();
    expect(existsSync(join(dir, "file", "hooks.log"))).toBe(false);
  });
});
