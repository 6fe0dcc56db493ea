// Bookkeeping between the PostToolUse hook (records edits) and the background worker (reviews them).
// Pure functions over the state file; the callers hold the store lock.
import { isAbsolute, relative, resolve, sep } from "node:path";
import { isAlive } from "../state/lock.js";
import { invalidPath } from "../review/pathname.js";
import type { Config } from "../config/schema.js";
import type { PendingEdit, StateFile, WorkerInfo } from "../state/schema.js";
import { textFingerprint } from "./fingerprint.js";

/** The worker refreshes its heartbeat at least this often while alive. */
export const HEARTBEAT_MS = 5_000;

const PATH_KEYS = ["file_path", "notebook_path", "path"] as const;

/** Whether a tool call names its file with a path no file can have (editedPaths leaves it out). */
export function hasInvalidPath(toolInput: unknown): boolean {
  if (typeof toolInput !== "object" || toolInput === null) return false;
  return PATH_KEYS.some((k) => {
    const v = (toolInput as Record<string, unknown>)[k];
    return typeof v === "string" && v !== "" && invalidPath(v);
  });
}

/**
 * Paths a tool call edited, relative to the project root with "/" separators; outside-project paths dropped, and
 * so are names no file can have (a NUL byte): each would make git fail for the whole batch of edits it joins.
 */
export function editedPaths(root: string, toolInput: unknown): string[] {
  if (typeof toolInput !== "object" || toolInput === null) return [];
  const input = toolInput as Record<string, unknown>;
  const out: string[] = [];
  for (const key of PATH_KEYS) {
    const value = input[key];
    if (typeof value !== "string" || value === "") continue;
    if (invalidPath(value)) break;
    const rel = relative(root, resolve(root, value));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) continue;
    out.push(rel.split(sep).join("/"));
    break;
  }
  return out;
}

/**
 * Fingerprint of one tool call, so the same event reported twice is recorded once (see fingerprint.ts: no
 * node:crypto in hooks; a collision could only merge two edits of a path that is pending review either way).
 */
export function editHash(toolName: string, toolInput: unknown): string {
  return textFingerprint(`${toolName}\0${JSON.stringify(toolInput) ?? ""}`);
}

/** Adds an edit unless the very same edit (same path and input) is already pending. */
export function recordEdit(state: StateFile, edit: PendingEdit): boolean {
  if (state.pendingEdits.some((e) => e.path === edit.path && e.hash === edit.hash)) return false;
  state.pendingEdits.push(edit);
  return true;
}

/** A worker counts as running while its pid lives and its heartbeat is recent. */
export function workerAlive(worker: WorkerInfo | null, now: Date): boolean {
  if (!worker) return false;
  const age = now.getTime() - Date.parse(worker.heartbeatAt);
  return age < 3 * HEARTBEAT_MS && isAlive(worker.pid);
}

/**
 * Whether the configuration lets a Claude session's edits be reviewed automatically (budgets aside): the worker's
 * policy, and the PostToolUse hook, which does not even record edits the worker would skip. Returns why not, or null.
 */
export function autoReviewBlocked(config: Config, state: StateFile, claudeSessionId: string | undefined): string | null {
  if (config.review.mode === "off" || !config.hooks.autoReview) return "automatic review is off";
  // "auto" follows the classification; with classification switched off there is none, so it reviews everything.
  if (config.review.mode === "auto" && config.hooks.classify) {
    const level = state.classifications[claudeSessionId ?? "default"]?.level;
    if (level !== "medium" && level !== "complex") return level ? `the task was classified ${level}` : "the task was not classified (review.mode is auto)";
  }
  return null;
}
