// How the hooks' caches in the user's cache directory are written (the V8 code cache in hooks/loader.ts, the
// configuration in config/cached.ts), and how the directory is kept from growing. Imports nothing from src/: the
// hook loader runs before, and apart from, the hook itself.
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Every plugin version and every project leaves its own files (a code cache per bundle path, a configuration per
 * project root), and a hit never rewrites them. One untouched this long is removed; if it was still in use, the
 * next hook simply writes it again.
 */
export const CACHE_MAX_AGE_MS = 30 * DAY_MS;
/** A temp file a killed writer left behind. */
const TEMP_MAX_AGE_MS = DAY_MS;
const CACHE_NAME = /^(?:.+\.[0-9a-f]{8}\.cache|config\.[0-9a-f]{8}\.json)$/;
const TEMP_NAME = /\.tmp-\d+$/;

/**
 * Writes `parts` to `path` through a private temp file and a rename, so a concurrent reader sees the old file or the
 * new one, never half of one; silently skipped when it cannot be written (a cache only saves time). A write is a
 * miss, rare by design: it also prunes the directory.
 */
export function writeCacheFile(path: string, parts: () => Buffer[], now = Date.now()): void {
  const tmp = `${path}.tmp-${process.pid}`;
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    fd = openSync(tmp, "wx", 0o600);
    for (const part of parts()) writeSync(fd, part);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(tmp);
    return;
  }
  pruneCacheDir(dirname(path), now);
}

/** Removes our own cache and temp files (by name) that nobody wrote for their maximum age; never follows a link. */
export function pruneCacheDir(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const maxAge = TEMP_NAME.test(name) ? TEMP_MAX_AGE_MS : CACHE_NAME.test(name) ? CACHE_MAX_AGE_MS : undefined;
    if (maxAge === undefined) continue;
    const file = join(dir, name);
    try {
      const st = lstatSync(file);
      if (st.isFile() && now - st.mtimeMs > maxAge) unlinkSync(file);
    } catch {
      // Removed meanwhile by another hook's prune.
    }
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Never created, or already renamed.
  }
}
