// The hooks' and the worker's logs in the state directory. A hook logs every classified prompt, so the files are
// capped: past LOG_MAX_BYTES the log moves to `<name>.1` (replacing the previous one) and starts afresh.
import { appendFileSync, mkdirSync, renameSync, statSync } from "node:fs";
import { dirname } from "node:path";

export const LOG_MAX_BYTES = 512 * 1024;

/** Appends one line (a newline is added); best effort, never throws: a log must not break a hook or the worker. */
export function appendLog(file: string, line: string, maxBytes = LOG_MAX_BYTES): void {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
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
