// What dist/hooks/<hook>.cjs is: a small loader that runs the hook's bundle (<hook>.main.cjs, next to it) with a V8
// code cache. Compiling the bundle is a large part of every hook's start-up, and Node 20 has no compile cache of its
// own. The cache is written once (after the first run, so it also holds the functions that run compiled) and used
// while the bundle file is the one it was made from. It lives in the plugin's data directory or the user's cache
// directory, never beside the bundle: the plugin and package directories are shipped and may be read-only. It fails
// open: a missing, stale, corrupt, rejected or unwritable cache only means the bundle is compiled as usual.
// Imports nothing from src/ but cache-file.ts, fnv.ts and slow-path.ts: this file runs before, and apart from, the hook.
import { readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import { Script } from "node:vm";
import { writeCacheFile } from "../cache-file.js";
import { fnv1a32 } from "../fnv.js";
import { tookSlowPath } from "../slow-path.js";

/** `<hook>.main.cjs` for the `<hook>.cjs` loader at `loaderPath`. */
export function bundlePath(loaderPath: string, dir: string): string {
  return join(dir, `${basename(loaderPath, ".cjs")}.main.cjs`);
}

/**
 * Where the code cache of `bundle` lives: ${CLAUDE_PLUGIN_DATA} (set for plugin hooks; Claude Code removes it with
 * the plugin), else $XDG_CACHE_HOME/codex-collab, else ~/.cache/codex-collab.
 */
export function cachePathFor(bundle: string, env: NodeJS.ProcessEnv): string {
  return join(cacheDir(env), `${basename(bundle)}.${fnv1a32(bundle)}.cache`);
}

/** The hooks' private cache directory (see cachePathFor); the configuration cache (config/cached.ts) lives there too. */
export function cacheDir(env: NodeJS.ProcessEnv): string {
  return env.CLAUDE_PLUGIN_DATA ? join(env.CLAUDE_PLUGIN_DATA, "v8-cache") : join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "codex-collab", "v8-cache");
}

/**
 * Identifies this very bundle file. V8 itself only checks the source's length (and its own version and flags), so
 * a rebuilt bundle of the same length would otherwise run the old bytecode. Every write to a file changes its
 * change time, and a replaced file (a rebuild, a reinstall, a copy) is a new inode with its own change time.
 * Hashing the text instead would cost every hook ~4 ms, most of what the cache saves.
 */
export function cacheKey(file: string): string {
  const st = statSync(file, { bigint: true });
  return `codex-collab-v8-cache ${process.version} ${process.arch} ${st.dev}:${st.ino}:${st.size}:${st.ctimeNs}:${st.mtimeNs}\n`;
}

/** The header's last line: whether the run that made the cache took a slow path (see slow-path.ts). */
const USUAL = "usual\n";
const SLOW = "slow\n";

interface Cached {
  data: Buffer;
  slow: boolean;
}

/** The cached data stored for this key, or undefined when there is none or it belongs to another bundle. */
function readCache(path: string, key: string): Cached | undefined {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  const header = Buffer.from(key, "latin1");
  if (file.length <= header.length + USUAL.length || !file.subarray(0, header.length).equals(header)) return undefined;
  for (const [mark, slow] of [[USUAL, false], [SLOW, true]] as const) {
    const end = header.length + mark.length;
    if (file.subarray(header.length, end).toString("latin1") === mark) return { data: file.subarray(end), slow };
  }
  return undefined;
}

type Wrapper = (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;

/** Runs the bundle once: through the code cache when possible, else with a plain require. */
export function runBundle(loaderPath: string, dir: string, req: NodeJS.Require): void {
  const main = bundlePath(loaderPath, dir);
  const cachePath = cachePathFor(main, process.env);
  let run: Wrapper | undefined;
  let script: Script | undefined;
  let key = "";
  let cached: Cached | undefined;
  try {
    key = cacheKey(main);
    const source = readFileSync(main, "utf8");
    cached = readCache(cachePath, key);
    // The same wrapper as Node's CJS loader, so the bundle sees the variables it expects.
    script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: main, cachedData: cached?.data });
    run = script.runInThisContext() as Wrapper;
  } catch {
    run = undefined;
  }
  if (run === undefined || script === undefined) {
    req(main);
    return;
  }
  // A slow run's cache is replaced after the next usual run: it holds code the usual run never calls.
  const stale = cached === undefined || script.cachedDataRejected === true;
  if (stale || cached?.slow === true) {
    const compiled = script;
    process.once("exit", () => {
      const slow = tookSlowPath();
      if (stale || !slow) writeCacheFile(cachePath, () => [Buffer.from(key + (slow ? SLOW : USUAL), "latin1"), compiled.createCachedData()]);
    });
  }
  const mod = { exports: {} };
  // __dirname is the loader's directory, which is also the bundle's: the hooks find dist/cli.js from it.
  run(mod.exports, req, mod, main, dir);
}
