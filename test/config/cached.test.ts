// The hooks' configuration cache answers exactly what loadConfig answers, and misses whenever anything that answer
// depends on changes: any scope's file, git's view of the local file, the running code.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cachedConfig, configCachePath, type ConfigCache } from "../../src/config/cached.js";
import { loadConfig } from "../../src/config/load.js";
import { ConfigError } from "../../src/errors.js";

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function setup(project?: object) {
  const root = temp("cc-cfgcache-");
  const home = temp("cc-cfgcache-home-");
  mkdirSync(join(root, ".claude"));
  if (project) writeFileSync(join(root, ".claude", "codex-collab.json"), JSON.stringify(project));
  const env = { HOME: home } as NodeJS.ProcessEnv;
  const cache: ConfigCache = { dir: join(temp("cc-cfgcache-dir-"), "v8-cache"), codeId: "code 1" };
  let loads = 0;
  const get = (c: ConfigCache = cache) =>
    cachedConfig(root, env, c, () => {
      loads += 1;
      return loadConfig(root, env);
    });
  return { root, home, env, cache, get, loads: () => loads };
}

describe("cachedConfig", () => {
  it("answers what loadConfig answers, reading the files once", () => {
    const s = setup({ review: { debounceSeconds: 7 } });
    expect(s.get()).toEqual(loadConfig(s.root, s.env));
    expect(s.get()).toEqual(loadConfig(s.root, s.env));
    expect(s.loads()).toBe(1);
    expect(s.get().review.debounceSeconds).toBe(7);
  });

  it("misses when the project, user or local file changes, appears or goes", () => {
    const s = setup({ review: { debounceSeconds: 7 } });
    s.get();
    writeFileSync(join(s.root, ".claude", "codex-collab.json"), JSON.stringify({ review: { debounceSeconds: 8 } }));
    expect(s.get().review.debounceSeconds).toBe(8);
    mkdirSync(join(s.home, ".claude"));
    writeFileSync(join(s.home, ".claude", "codex-collab.json"), JSON.stringify({ review: { maxFindingsInContext: 3 } }));
    expect(s.get().review.maxFindingsInContext).toBe(3);
    writeFileSync(join(s.root, ".claude", "codex-collab.local.json"), JSON.stringify({ review: { wakeRounds: 1 } }));
    expect(s.get().review.wakeRounds).toBe(1);
    rmSync(join(s.root, ".claude", "codex-collab.json"));
    expect(s.get().review.debounceSeconds).toBe(20);
    expect(s.loads()).toBe(5);
  });

  it("misses when git starts tracking the local file: a tracked local file only tightens", () => {
    const s = setup();
    execFileSync("git", ["init", "-q"], { cwd: s.root });
    writeFileSync(join(s.root, ".claude", "codex-collab.local.json"), JSON.stringify({ codex: { sandbox: "workspace-write" } }));
    expect(s.get().codex.sandbox).toBe("workspace-write");
    execFileSync("git", ["add", "-f", ".claude/codex-collab.local.json"], { cwd: s.root });
    expect(s.get().codex.sandbox).toBe("read-only");
    expect(s.loads()).toBe(2);
  });

  it("misses for other code: each bundle keeps its own file", () => {
    const s = setup({ review: { debounceSeconds: 7 } });
    s.get();
    s.get({ ...s.cache, codeId: "code 2" });
    expect(s.loads()).toBe(2);
    expect(configCachePath(s.root, s.cache)).not.toBe(configCachePath(s.root, { ...s.cache, codeId: "code 2" }));
  });

  it("never caches a broken file: every run reports it", () => {
    const s = setup();
    writeFileSync(join(s.root, ".claude", "codex-collab.json"), "{ not json");
    expect(() => s.get()).toThrow(ConfigError);
    expect(() => s.get()).toThrow(ConfigError);
    expect(s.loads()).toBe(2);
  });

  it("fails open: a corrupt or foreign cache file is a miss, an unwritable directory only costs the read", () => {
    const s = setup({ review: { debounceSeconds: 7 } });
    s.get();
    writeFileSync(configCachePath(s.root, s.cache), "garbage");
    expect(s.get().review.debounceSeconds).toBe(7);
    writeFileSync(configCachePath(s.root, s.cache), JSON.stringify({ key: "another key", config: { review: {} } }));
    expect(s.get().review.debounceSeconds).toBe(7);
    expect(s.loads()).toBe(3);

    // A file where the directory should be: no cache can be written there, whoever runs the test.
    const blocked = join(temp("cc-cfgcache-ro-"), "not-a-dir");
    writeFileSync(blocked, "");
    const ro = { dir: join(blocked, "v8-cache"), codeId: "code 1" };
    expect(s.get(ro).review.debounceSeconds).toBe(7);
    expect(s.get(ro).review.debounceSeconds).toBe(7);
    expect(s.loads()).toBe(5);
  });

  it("keeps the cache private", () => {
    const s = setup({ review: { debounceSeconds: 7 } });
    s.get();
    const file = configCachePath(s.root, s.cache);
    expect(readdirSync(s.cache.dir)).toEqual([file.slice(s.cache.dir.length + 1)]);
    const mode = (path: string) => Number(execFileSync("stat", ["-c", "%a", path], { encoding: "utf8" }).trim());
    expect(mode(file)).toBe(600);
    expect(mode(s.cache.dir)).toBe(700);
  });
});
