// How the hooks' caches in the user's cache directory are written (the V8 code cache in hooks/loader.ts, the
// configuration in config/cached.ts). Imports nothing from src/: the hook loader runs before, and apart from, the
// hook itself.
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes `parts` to `path` through a private temp file and a rename, so a concurrent reader sees the old file or the
 * new one, never half of one; silently skipped when it cannot be written (a cache only saves time).
 */
export function writeCacheFile(path: string, parts: () => Buffer[]): void {
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
    try {
      unlinkSync(tmp);
    } catch {
      // Never created, or already renamed.
    }
  }
}
