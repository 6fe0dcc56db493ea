// What dist/hooks/<hook>.cjs is: a small loader that runs the hook's bundle (<hook>.main.cjs, next to it) with a V8
// code cache (<hook>.main.cjs.cache). Compiling the bundle is a large part of every hook's start-up, and Node 20
// has no compile cache of its own. The cache is written once (after the first run, so it also holds the functions
// that run compiled) and used while the bundle file is the one it was made from. It fails open: a missing, stale, corrupt
// or rejected cache, or a read-only dist/ (plugin installs), only means the bundle is compiled as usual.
// Imports nothing from src/: this file runs before, and apart from, the hook itself.
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, join } from "node:path";
import { Script } from "node:vm";

/** `<hook>.main.cjs` for the `<hook>.cjs` loader at `loaderPath`. */
export function bundlePath(loaderPath: string, dir: string): string {
  return join(dir, `${basename(loaderPath, ".cjs")}.main.cjs`);
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

/** The cached data stored for this key, or undefined when there is none or it belongs to another bundle. */
function readCache(path: string, key: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  const header = Buffer.from(key, "latin1");
  return file.length > header.length && file.subarray(0, header.length).equals(header) ? file.subarray(header.length) : undefined;
}

/** Atomic (temp file + rename), so a concurrent hook never reads half a cache; silently skipped when dist/ is read-only. */
function writeCache(path: string, key: string, data: () => Buffer): void {
  const tmp = `${path}.tmp-${process.pid}`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx", 0o644);
    writeSync(fd, Buffer.from(key, "latin1"));
    writeSync(fd, data());
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // Never created, or already renamed.
    }
  }
}

type Wrapper = (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;

/** Runs the bundle once: through the code cache when possible, else with a plain require. */
export function runBundle(loaderPath: string, dir: string, req: NodeJS.Require): void {
  const main = bundlePath(loaderPath, dir);
  const cachePath = `${main}.cache`;
  let run: Wrapper | undefined;
  let script: Script | undefined;
  let key = "";
  let cached: Buffer | undefined;
  try {
    key = cacheKey(main);
    const source = readFileSync(main, "utf8");
    cached = readCache(cachePath, key);
    // The same wrapper as Node's CJS loader, so the bundle sees the variables it expects.
    script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: main, cachedData: cached });
    run = script.runInThisContext() as Wrapper;
  } catch {
    run = undefined;
  }
  if (run === undefined || script === undefined) {
    req(main);
    return;
  }
  if (cached === undefined || script.cachedDataRejected === true) {
    const compiled = script;
    process.once("exit", () => writeCache(cachePath, key, () => compiled.createCachedData()));
  }
  const mod = { exports: {} };
  // __dirname is the loader's directory, which is also the bundle's: the hooks find dist/cli.js from it.
  run(mod.exports, req, mod, main, dir);
}
