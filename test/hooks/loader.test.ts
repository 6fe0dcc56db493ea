// The BUILT hook loader (dist/hooks/<hook>.cjs) run as a real process next to a small bundle of our own: it runs
// the bundle exactly once with the usual CJS variables, writes the V8 code cache once (in the plugin's data
// directory, else the user's cache directory; never beside the bundle), keeps an accepted cache, replaces a stale or
// corrupt one, and runs normally when the cache cannot be written.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cachePathFor } from "../../src/hooks/loader.js";
import { DIST, hookBundle, requireBuilt } from "../support/hooks.js";

let dir: string;
let data: string;
const loader = () => join(dir, "stop.cjs");
const main = () => join(dir, "stop.main.cjs");
const cache = () => cachePathFor(main(), { CLAUDE_PLUGIN_DATA: data });

/** A bundle that prints what it sees; `tag` changes its text but not its length. */
function writeBundle(tag: string): void {
  writeFileSync(
    main(),
    `process.stdout.write(JSON.stringify({ tag: ${JSON.stringify(tag)}, dirname: __dirname, filename: __filename, hasRequire: typeof require("node:path").join, moduleOk: typeof module.exports }) + "\\n");\n`,
  );
}

function run(env: NodeJS.ProcessEnv = { CLAUDE_PLUGIN_DATA: data }): { tag: string; dirname: string; filename: string; hasRequire: string; moduleOk: string } {
  const r = spawnSync(process.execPath, [loader()], { encoding: "utf8", timeout: 10_000, env: { PATH: process.env.PATH, ...env } });
  expect(r.status).toBe(0);
  expect(r.stderr).toBe("");
  const lines = r.stdout.trim().split("\n");
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!);
}

beforeAll(() => requireBuilt());

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cc-hook-loader-"));
  data = mkdtempSync(join(tmpdir(), "cc-hook-data-"));
  copyFileSync(hookBundle("Stop"), loader());
  writeBundle("a");
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

describe("dist/hooks loader", () => {
  it("runs the bundle once with the CJS variables of a plain require, and writes the cache once", () => {
    expect(existsSync(cache())).toBe(false);
    expect(run()).toEqual({ tag: "a", dirname: dir, filename: main(), hasRequire: "function", moduleOk: "object" });
    expect(readFileSync(cache()).subarray(0, 21).toString()).toBe("codex-collab-v8-cache");
    const written = statSync(cache());
    expect(run().tag).toBe("a");
    // An accepted cache is left alone (a rewrite would be a new file: rename of a temp file).
    const after = statSync(cache());
    expect(after.ino).toBe(written.ino);
    expect(after.mtimeMs).toBe(written.mtimeMs);
    expect(readdirSync(dir).sort()).toEqual(["stop.cjs", "stop.main.cjs"]);
    expect(readdirSync(join(data, "v8-cache"))).toEqual([basename(cache())]);
  });

  it("without a plugin data directory, caches under $XDG_CACHE_HOME/codex-collab, one file per bundle path", () => {
    const xdg = join(data, "xdg");
    run({ XDG_CACHE_HOME: xdg });
    expect(cachePathFor(main(), { XDG_CACHE_HOME: xdg }).startsWith(join(xdg, "codex-collab", "v8-cache") + "/")).toBe(true);
    expect(existsSync(cachePathFor(main(), { XDG_CACHE_HOME: xdg }))).toBe(true);
    expect(cachePathFor("/a/stop.main.cjs", {})).not.toBe(cachePathFor("/b/stop.main.cjs", {}));
    expect(readdirSync(dir).sort()).toEqual(["stop.cjs", "stop.main.cjs"]);
  });

  it("runs a rebuilt bundle of the same length, not the cached one, and replaces the cache", () => {
    run();
    const before = readFileSync(cache());
    writeBundle("b");
    expect(run().tag).toBe("b");
    expect(readFileSync(cache()).equals(before)).toBe(false);
    expect(run().tag).toBe("b");
  });

  it("replaces a corrupt cache", () => {
    run();
    const good = readFileSync(cache());
    const header = good.subarray(0, good.indexOf(10) + 1);
    writeFileSync(cache(), Buffer.concat([header, Buffer.alloc(64, 7)]));
    expect(run().tag).toBe("a");
    expect(readFileSync(cache()).length).toBeGreaterThan(header.length + 64);
  });

  it("replaces the cache of a run that took a slow path after the next usual run, and only then", () => {
    // The bundle says it took a slow path (built its zod schemas) when SLOW is set, as slow-path.ts does.
    writeFileSync(main(), `if (process.env.SLOW) globalThis[Symbol.for("codex-collab.slow-path")] = true;\nprocess.stdout.write(JSON.stringify({ tag: "s" }) + "\\n");\n`);
    const marker = () => {
      const file = readFileSync(cache());
      const end = file.indexOf(10);
      return file.subarray(end + 1, file.indexOf(10, end + 1)).toString();
    };
    run({ CLAUDE_PLUGIN_DATA: data, SLOW: "1" });
    expect(marker()).toBe("slow");
    const slow = statSync(cache());
    run({ CLAUDE_PLUGIN_DATA: data, SLOW: "1" });
    expect(statSync(cache()).ino).toBe(slow.ino);
    run();
    expect(marker()).toBe("usual");
    const usual = statSync(cache());
    expect(usual.ino).not.toBe(slow.ino);
    run({ CLAUDE_PLUGIN_DATA: data, SLOW: "1" });
    run();
    expect(statSync(cache()).ino).toBe(usual.ino);
    expect(marker()).toBe("usual");
  });

  it("runs normally when the cache cannot be written, and leaves no temp file", () => {
    mkdirSync(cache(), { recursive: true });
    expect(run().tag).toBe("a");
    expect(statSync(cache()).isDirectory()).toBe(true);
    expect(readdirSync(join(data, "v8-cache"))).toEqual([basename(cache())]);
  });

  it("ships every hook bundle as pure ASCII: one other character makes V8 hold the whole source as two-byte text", () => {
    const bundles = readdirSync(join(DIST, "hooks")).filter((f) => f.endsWith(".cjs"));
    expect(bundles.length).toBeGreaterThanOrEqual(10);
    for (const f of bundles) expect([...readFileSync(join(DIST, "hooks", f))].findIndex((b) => b > 0x7f), f).toBe(-1);
  });
});
