import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  applyJournal,
  isAlive,
  readJournalEntries
} from "./chunk-XQ3S6CER.js";

// src/worker/journal.ts
function edits(entries) {
  return entries.flatMap((e) => e.kind === "edit" ? [e.edit] : []);
}
function readJournal(root) {
  return edits(readJournalEntries(root));
}
function pendingWithJournal(state, root) {
  const all = { ...state, pendingEdits: [...state.pendingEdits] };
  applyJournal(all, readJournalEntries(root).filter((e) => e.kind === "edit"));
  return all.pendingEdits;
}
function drainJournal(state, root) {
  return applyJournal(state, readJournalEntries(root).filter((e) => e.kind === "edit"));
}

// src/worker/schedule.ts
var HEARTBEAT_MS = 5e3;
function workerAlive(worker, now) {
  if (!worker) return false;
  const age = now.getTime() - Date.parse(worker.heartbeatAt);
  return age < 3 * HEARTBEAT_MS && isAlive(worker.pid);
}
function autoReviewBlocked(config, state, claudeSessionId) {
  if (config.review.mode === "off" || !config.hooks.autoReview) return "automatic review is off";
  if (config.review.mode === "auto" && config.hooks.classify) {
    const level = state.classifications[claudeSessionId ?? "default"]?.level;
    if (level !== "medium" && level !== "complex") return level ? `the task was classified ${level}` : "the task was not classified (review.mode is auto)";
  }
  return null;
}

export {
  readJournal,
  pendingWithJournal,
  drainJournal,
  HEARTBEAT_MS,
  workerAlive,
  autoReviewBlocked
};
