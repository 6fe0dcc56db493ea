// Project root = the git top level (found by walking up for `.git`, no git process: hooks call this), else cwd.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export function findProjectRoot(start: string = process.cwd()): string {
  const from = resolve(start);
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}

export const STATE_FILE_NAME = ".codex-collab";

export function stateFilePath(root: string): string {
  return join(root, STATE_FILE_NAME);
}

/** Logs, lock files and worker scratch live beside the state file, ignored by git. */
export function stateDir(root: string): string {
  return join(root, ".codex-collab.d");
}

/** codex-collab's own files (state, its lock, logs, quarantined copies), relative to the root with "/" separators. */
export function isOwnStatePath(path: string): boolean {
  return path === STATE_FILE_NAME || path.startsWith(`${STATE_FILE_NAME}.`) || path.startsWith(`${STATE_FILE_NAME}/`);
}
