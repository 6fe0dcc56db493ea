// The review's view of the state journal (src/state/journal.ts): the edits the PostToolUse hook appended there,
// which the store drains into state.pendingEdits on its next update.
import { applyJournal, readJournalEntries, type JournalEntry } from "../state/journal.js";
import type { PendingEdit, StateFile } from "../state/schema.js";

export { journalNonEmpty, journalPath } from "../state/journal.js";

function edits(entries: readonly JournalEntry[]): PendingEdit[] {
  return entries.flatMap((e) => (e.kind === "edit" ? [e.edit] : []));
}

/** The journal's edits, read without the lock (malformed or half-written lines skipped). */
export function readJournal(root: string): PendingEdit[] {
  return edits(readJournalEntries(root));
}

/** The state's pending edits plus those still in the journal, deduped as a drain would (read without the lock). */
export function pendingWithJournal(state: StateFile, root: string): PendingEdit[] {
  const all = { ...state, pendingEdits: [...state.pendingEdits] };
  applyJournal(all, readJournalEntries(root).filter((e) => e.kind === "edit"));
  return all.pendingEdits;
}

/**
 * Inside store.update: the update has already drained the journal into the draft; this adds what hooks appended
 * since (left in the journal for the next update to remove, so a failed write loses nothing). Returns how many
 * edits were added.
 */
export function drainJournal(state: StateFile, root: string): number {
  return applyJournal(state, readJournalEntries(root).filter((e) => e.kind === "edit"));
}
