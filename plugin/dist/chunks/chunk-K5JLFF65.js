import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  isAlive,
  stateSchemas
} from "./chunk-TDWSTA6Y.js";
import {
  readPrivate
} from "./chunk-QR7TU3TZ.js";
import {
  safeParse,
  stateDir
} from "./chunk-O2EGVUQG.js";

// src/review/schedule.ts
var HEARTBEAT_MS = 5e3;
function recordEdit(state, edit) {
  if (state.pendingEdits.some((e) => e.path === edit.path && e.hash === edit.hash)) return false;
  state.pendingEdits.push(edit);
  return true;
}
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

// src/review/journal.ts
import { lstatSync, unlinkSync } from "node:fs";
import { join } from "node:path";
function journalPath(root) {
  return join(stateDir(root), "edits.jsonl");
}
function readJournal(root) {
  let text;
  try {
    text = readPrivate(journalPath(root));
  } catch {
    return [];
  }
  if (text === null) return [];
  const out = [];
  const schema = stateSchemas().PendingEdit;
  for (const line of text.split("\n")) {
    if (!line) continue;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const r = safeParse(schema, value);
    if (r.success) out.push(r.data);
  }
  return out;
}
function pendingWithJournal(state, root) {
  const all = { ...state, pendingEdits: [...state.pendingEdits] };
  for (const e of readJournal(root)) recordEdit(all, e);
  return all.pendingEdits;
}
function drainJournal(state, root) {
  const edits = readJournal(root);
  let added = 0;
  for (const e of edits) if (recordEdit(state, e)) added++;
  try {
    unlinkSync(journalPath(root));
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  return added;
}

export {
  HEARTBEAT_MS,
  workerAlive,
  autoReviewBlocked,
  readJournal,
  pendingWithJournal,
  drainJournal
};
