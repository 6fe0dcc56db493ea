// Bookkeeping between the PostToolUse hook (records edits) and the background worker (reviews them).
// Pure functions over the state file; the callers hold the store lock.
import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { PendingEdit, StateFile, WorkerInfo } from "../state/schema.js";

/** The worker refreshes its heartbeat at least this often while alive. */
export const HEARTBEAT_MS = 5_000;

/** Paths a tool call edited, relative to the project root with "/" separators; outside-project paths dropped. */
export function editedPaths(root: string, toolInput: unknown): string[] {
  if (typeof toolInput !== "object" || toolInput === null) return [];
  const input = toolInput as Record<string, unknown>;
  const out: string[] = [];
  for (const key of ["file_path", "notebook_path", "path"]) {
    const value = input[key];
    if (typeof value !== "string" || value === "") continue;
    const rel = relative(root, resolve(root, value));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) continue;
    out.push(rel.split(sep).join("/"));
    break;
  }
  return out;
}

export function editHash(toolName: string, toolInput: unknown): string {
  return createHash("sha1").update(toolName).update("\0").update(JSON.stringify(toolInput) ?? "").digest("hex");
}

/** Adds an edit unless the very same edit (same path and input) is already pending. */
export function recordEdit(state: StateFile, edit: PendingEdit): boolean {
  if (state.pendingEdits.some((e) => e.path === edit.path && e.hash === edit.hash)) return false;
  state.pendingEdits.push(edit);
  return true;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A worker counts as running while its pid lives and its heartbeat is recent. */
export function workerAlive(worker: WorkerInfo | null, now: Date): boolean {
  if (!worker) return false;
  const age = now.getTime() - Date.parse(worker.heartbeatAt);
  return age < 3 * HEARTBEAT_MS && pidAlive(worker.pid);
}
