// The hooks' and the worker's logs in the state directory. A hook logs every classified prompt, so the files are
// capped: past LOG_MAX_BYTES the log moves to `<name>.1` (replacing the previous one) and starts afresh.
import { lstatSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { appendPrivate, ensurePrivateDir } from "./safe-fs.js";
import { isoTime } from "../time.js";

export const LOG_MAX_BYTES = 512 * 1024;

/** Appends one line (a newline is added); best effort, never throws: a log must not break a hook or the worker. */
export function appendLog(file: string, line: string, maxBytes = LOG_MAX_BYTES): void {
  try {
    ensurePrivateDir(dirname(file));
    try {
      // lstat: a planted link is renamed itself, never followed.
      if (lstatSync(file).size >= maxBytes) renameSync(file, `${file}.1`);
    } catch {
      // No log yet, or another process rotated it a moment ago.
    }
    appendPrivate(file, `${line}\n`, (note) => `${isoTime()} ${note}\n`);
  } catch {
    // A read-only project, or a planted link (refused): the state file carries what matters.
  }
}
