// Private scratch directories in the system temp dir (a review's output schema, a throw-away git index). Their
// names carry the owner's pid, so one left behind by a process that was SIGKILLed is removed the next time any
// codex-collab process makes one.
import { lstatSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isAlive } from "../state/lock.js";

export type ScratchKind = "review" | "index";

const PREFIX = "codex-collab-";
/** Scratch of an older version (no pid in its name) is removed once it is this old. */
const UNOWNED_STALE_MS = 24 * 60 * 60 * 1000;

/** `<tmp>/codex-collab-<kind>-<pid>-XXXXXX`, mode 0700 (mkdtemp's); stale ones are cleaned first. */
export function makeScratchDir(kind: ScratchKind, dir = tmpdir()): string {
  cleanStaleScratch(dir);
  return mkdtempSync(join(dir, `${PREFIX}${kind}-${process.pid}-`));
}

/** Removes this user's scratch directories whose owner process is gone. Best effort: never throws. */
export function cleanStaleScratch(dir = tmpdir(), now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const m = /^codex-collab-(?:review|index)-(?:(\d+)-)?[A-Za-z0-9]{6}$/.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    try {
      const st = lstatSync(path);
      // Only real directories of our own user: never follow a link, never touch another user's files.
      if (!st.isDirectory() || (uid !== undefined && st.uid !== uid)) continue;
      const pid = m[1] === undefined ? undefined : Number(m[1]);
      const stale = pid === undefined ? now - st.mtimeMs > UNOWNED_STALE_MS : pid !== process.pid && !isAlive(pid);
      if (!stale) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
  return removed;
}
