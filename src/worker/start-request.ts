// Who starts the review worker after an edit. Spawning a process costs the process that spawns it ~20 ms on a
// virtual machine (the child_process module, then a fork of a 40 MB process), which the PostToolUse hook — Claude
// waits for it — cannot afford. Claude Code runs the wake hook beside it in the background (asyncRewake), so when
// that hook is on, PostToolUse only leaves a request (before it records the edit), and the wake hook, once it sees
// its edit recorded, takes the request and decides under the state lock whether a worker must start. With the
// wake hook off, PostToolUse starts the worker itself. A request nobody takes (a host that does not run the wake
// hook) leaves the edit pending, and the next prompt restarts the worker for it.
import { renameSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { stateDir } from "../project.js";
import { ensurePrivateDir, writePrivateFile } from "../state/safe-fs.js";
import { isoTime } from "../time.js";

export function startRequestPath(root: string): string {
  return join(stateDir(root), "worker-start.request");
}

/** Leaves (or refreshes) the request: one private file, never written through a link. */
export function requestWorkerStart(root: string): void {
  ensurePrivateDir(stateDir(root));
  writePrivateFile(startRequestPath(root), `${isoTime()}\n`);
}

/**
 * Takes the request if there is one: of several hooks asking at once, exactly one gets it (rename is atomic). A
 * state directory that is a link (a cloned repository can commit one) is moved aside first, as for every write: the
 * rename never reaches a file outside the project.
 */
export function takeWorkerStartRequest(root: string): boolean {
  const path = startRequestPath(root);
  const taken = `${path}.taken-${process.pid}`;
  try {
    ensurePrivateDir(stateDir(root));
    renameSync(path, taken);
  } catch {
    return false;
  }
  try {
    unlinkSync(taken);
  } catch {
    // Already gone: nothing left to clean.
  }
  return true;
}
