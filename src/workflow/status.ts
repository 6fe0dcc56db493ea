// What the read-only views (status, sessions, reviews) show, for every front door.
import * as z from "zod/mini";
import { loadConfig } from "../config/load.js";
import { Config } from "../config/schema.js";
import { isCodexCollabError, UsageError } from "../errors.js";
import { findProjectRoot } from "../project.js";
import { isAlive } from "../state/lock.js";
import { pendingWithJournal } from "../worker/journal.js";
import { workerAlive } from "../worker/schedule.js";
import type { ReviewRecord } from "../state/schema.js";
import { openStore } from "../state/store.js";
import { summarize, type StatusSummary } from "../state/summary.js";
import { usageReport, type UsageReport } from "./usage.js";

export interface ProjectStatus extends StatusSummary {
  project: string;
  /** Set when the config is invalid: the budgets shown are the defaults. */
  warning?: string;
  /** Tokens and estimated cost per turn kind, session and project. */
  usage: UsageReport;
}

export function projectStatus(cwd: string, onWarning?: (message: string) => void): ProjectStatus {
  const root = findProjectRoot(cwd);
  const state = openStore(root, { onWarning }).read();
  let config: Config;
  let warning: string | undefined;
  try {
    config = loadConfig(root);
  } catch (e) {
    if (!isCodexCollabError(e)) throw e;
    // Status is how people look around when something is off: show it, with default budgets, rather than fail.
    config = z.parse(Config, {});
    warning = `${e.message} — budgets below use the defaults (codex-collab doctor shows the fix).`;
  }
  // Edits the worker has not drained from the hook's journal yet are pending too.
  const pending = { ...state, pendingEdits: pendingWithJournal(state, root) };
  const summary = summarize(pending, config, { workerAlive: workerAlive(state.worker, new Date()), pidAlive: isAlive });
  return { project: root, ...(warning ? { warning } : {}), ...summary, usage: usageReport(state, config) };
}

/** Reviews by id or unique prefix; the latest when no id is given. */
export function pickReviews(reviews: ReviewRecord[], ids: string[]): ReviewRecord[] {
  const picked = ids.length === 0 ? reviews.slice(-1) : ids.map((id) => reviews.find((r) => r.id === id || r.id.startsWith(id)));
  const missing = ids.filter((_, i) => !picked[i]);
  if (missing.length > 0 || picked.length === 0) {
    throw new UsageError(ids.length === 0 ? "no reviews yet" : `no review ${missing.join(", ")}`, 'List them with "codex-collab reviews list".');
  }
  return picked.filter((r): r is ReviewRecord => r !== undefined);
}
