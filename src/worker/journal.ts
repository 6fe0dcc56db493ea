// The edit journal: the PostToolUse hook appends one JSON line per edit instead of rewriting the state file
// (lock + read + validate + fsynced atomic write, ~11 ms per edit). Whoever updates the state under the store
// lock drains it into state.pendingEdits. Appends happen under that same lock, so a drain never loses one.
import { appendFileSync, mkdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { stateDir, stateFilePath } from "../project.js";
import { withFileLock } from "../state/lock.js";
import { stateSchemas, type PendingEdit, type StateFile } from "../state/schema.js";
import { stateLockPath } from "../state/store.js";
import { recordEdit } from "./schedule.js";

export function journalPath(root: string): string {
  return join(stateDir(root), "edits.jsonl");
}

/**
 * Appends edits under the store lock, then runs `then` still holding it (the hook decides there whether a worker
 * must be started, which the worker's exit decision, also under the lock, makes race-free). No fsync: an edit
 * record is a hint to review, not user data, and a power cut losing one costs at most a review.
 */
export function appendEdits<T>(root: string, edits: readonly PendingEdit[], then: () => T): T {
  const path = journalPath(root);
  const text = edits.map((e) => JSON.stringify(e) + "\n").join("");
  return withFileLock(stateLockPath(stateFilePath(root)), () => {
    try {
      appendFileSync(path, text, { mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      mkdirSync(stateDir(root), { recursive: true });
      appendFileSync(path, text, { mode: 0o600 });
    }
    return then();
  });
}

/** The journal's edits, read without the lock (malformed or half-written lines skipped). */
export function readJournal(root: string): PendingEdit[] {
  let text: string;
  try {
    text = readFileSync(journalPath(root), "utf8");
  } catch {
    return [];
  }
  const out: PendingEdit[] = [];
  // Built here, not at import: the hooks import this module and must not pay for the schemas.
  const schema = stateSchemas().PendingEdit;
  for (const line of text.split("\n")) {
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const r = z.safeParse(schema, value);
    if (r.success) out.push(r.data);
  }
  return out;
}

/** Whether the journal holds anything: a stat, cheap enough for every prompt. */
export function journalNonEmpty(root: string): boolean {
  try {
    return statSync(journalPath(root)).size > 0;
  } catch {
    return false;
  }
}

/** The state's pending edits plus those still in the journal, deduped as a drain would (read without the lock). */
export function pendingWithJournal(state: StateFile, root: string): PendingEdit[] {
  const all = { ...state, pendingEdits: [...state.pendingEdits] };
  for (const e of readJournal(root)) recordEdit(all, e);
  return all.pendingEdits;
}

/**
 * Moves the journal's edits into the state (recordEdit dedupes) and removes the journal. Only call it inside
 * store.update, whose lock keeps hooks from appending meanwhile. Returns how many edits were added. If that
 * update's write then fails, the drained edits are lost with it: acceptable for review hints.
 */
export function drainJournal(state: StateFile, root: string): number {
  const edits = readJournal(root);
  let added = 0;
  for (const e of edits) if (recordEdit(state, e)) added++;
  try {
    unlinkSync(journalPath(root));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  return added;
}
