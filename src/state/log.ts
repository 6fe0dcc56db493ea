// The hooks' and the worker's logs in the state directory. A hook logs every classified prompt, so the files are
// capped: past LOG_MAX_BYTES the log moves to `<name>.1` (replacing the previous one) and starts afresh.
import { appendFileSync, mkdirSync, renameSync, statSync } from "node:fs";
import { dirname } from "node:path";

export const LOG_MAX_BYTES = 512 * 1024;

/**
 * Creates the log's directory, never its parents: the project root must exist. A worker starting after its
 * project was deleted must not bring the directory back.
 */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
}

/** Appends one line (a newline is added); best effort, never throws: a log must not break a hook or the worker. */
export function appendLog(file: string, line: string, maxBytes = LOG_MAX_BYTES): void {
  try {
    ensureDir(dirname(file));
    try {
      if (statSync(file).size >= maxBytes) renameSync(file, `${file}.1`);
    } catch {
      // No log yet, or another process rotated it a moment ago.
    }
    appendFileSync(file, `${line}\n`, { mode: 0o600 });
  } catch {
    // A read-only project: the state file carries what matters.
  }
}
