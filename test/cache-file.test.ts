import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CACHE_MAX_AGE_MS, writeCacheFile } from "../src/cache-file.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function cacheDir(): string {
  const d = mkdtempSync(join(tmpdir(), "cc-cache-file-"));
  dirs.push(d);
  return d;
}

function aged(dir: string, name: string, ageMs: number): string {
  const file = join(dir, name);
  writeFileSync(file, "x");
  const at = (Date.now() - ageMs) / 1000;
  utimesSync(file, at, at);
  return file;
}

describe("writeCacheFile", () => {
  it("writes the parts whole, with mode 0600", () => {
    const dir = join(cacheDir(), "v8-cache");
    const file = join(dir, "config.0123abcd.json");
    writeCacheFile(file, () => [Buffer.from("a"), Buffer.from("b")]);
    expect(readFileSync(file, "utf8")).toBe("ab");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it("prunes our cache files and stale temp files nobody wrote for their maximum age, and nothing else", () => {
    const dir = cacheDir();
    const old = CACHE_MAX_AGE_MS + 60_000;
    const oldCode = aged(dir, "stop.main.cjs.ada5e18d.cache", old);
    const oldConfig = aged(dir, "config.041af465.json", old);
    const oldTemp = aged(dir, "config.041af465.json.tmp-4242", 2 * 24 * 3600_000);
    const recentTemp = aged(dir, "stop.main.cjs.ada5e18d.cache.tmp-4243", 60_000);
    const fresh = aged(dir, "wake.main.cjs.00000000.cache", 60_000);
    const foreign = aged(dir, "notes.txt", old);
    const outside = join(cacheDir(), "target.cache");
    writeFileSync(outside, "keep");
    utimesSync(outside, (Date.now() - old) / 1000, (Date.now() - old) / 1000);
    symlinkSync(outside, join(dir, "link.0badc0de.cache"));
    mkdirSync(join(dir, "dir.0badc0de.cache"));

    writeCacheFile(join(dir, "config.0123abcd.json"), () => [Buffer.from("{}")]);

    expect([oldCode, oldConfig, oldTemp].filter(existsSync)).toEqual([]);
    expect([recentTemp, fresh, foreign, outside, join(dir, "dir.0badc0de.cache")].every(existsSync)).toBe(true);
    expect(readFileSync(outside, "utf8")).toBe("keep");
  });

  it("a failed write prunes nothing and leaves no temp file", () => {
    const dir = cacheDir();
    const oldConfig = aged(dir, "config.041af465.json", CACHE_MAX_AGE_MS + 60_000);
    writeCacheFile(join(dir, "config.0123abcd.json"), () => {
      throw new Error("no data");
    });
    expect(existsSync(oldConfig)).toBe(true);
    expect(existsSync(join(dir, `config.0123abcd.json.tmp-${process.pid}`))).toBe(false);
  });
});
