// What a review sends, decided before anything is sent (so `--dry-run` shows exactly that):
//   - the whole change, to a new thread, a handed-off thread, or on `--full`;
//   - otherwise only the change since the thread's last review (a diff against the tree that review saw), with
//     the files changed since and the findings still open — the earlier change is already in the thread;
//   - a fresh thread with a handoff when the next turn would take the thread past its budget;
//   - all of it fitted so that the whole prompt (diff, file list, instructions, handoff) stays within
//     review.promptBudgetBytes.
import { fitToBudget, type BudgetFit } from "../review/budget.js";
import { changeHash, collectChange, displayPath, type Change, type ChangedFile } from "../review/diff.js";
import { findingLocation } from "../review/findings.js";
import { treeExists } from "../review/snapshot.js";
import type { ReviewRecord, StateFile } from "../state/schema.js";
import { handedOff, handoffText, needsHandoff, openFindings } from "./handoff.js";
import type { PreviewFiles } from "./preview.js";
import { renderStage, type StageRequest } from "./stages.js";
import type { SessionTarget } from "./turn.js";

export interface ReviewRequest extends Omit<StageRequest, "kind" | "vars" | "userText"> {
  base?: string;
  paths?: string[];
  /** What the change is for, in the user's words. */
  taskText?: string;
  focus?: string;
  /** Force stage 7; by default the review after fixes (edits that followed a review) is the final review. */
  final?: boolean;
  /** auto: the background worker's review of a Claude session's edits; manual (default): someone asked for it. */
  origin?: "auto" | "manual";
  /** Send the whole change even when the thread has seen an earlier review of it. */
  full?: boolean;
  /** Skip a change whose diff was already reviewed (the background worker). */
  dedupe?: boolean;
  /** Skip changes smaller than this many changed lines (the background worker). */
  minChangedLines?: number;
  /**
   * Runs inside the state write that finishes (or skips) the review, so what the caller keeps with the record (the
   * worker's retry marks on its edits) can never be seen without it, nor lost to a kill between two writes.
   */
  onFinish?: (state: StateFile, record: ReviewRecord) => void;
}

export interface ReviewPlan {
  /** The change as it stands (against the base or HEAD). */
  change: Change;
  hash: string;
  /** What is sent: the change, or the change since `since` saw it. */
  sent: Change;
  since?: ReviewRecord;
  /** The resolved base commit of a `--base` review. */
  baseCommit?: string;
  fit: BudgetFit;
  vars: Record<string, unknown>;
  stage: number;
  target: SessionTarget;
  /** A handoff in front of the prompt, when the review moves to a fresh thread. */
  prefix?: string;
  handoffFrom?: string;
  files: PreviewFiles;
}

export type Planned = ReviewPlan | { skip: string; change: Change };

export async function planReview(req: ReviewRequest): Promise<Planned> {
  const cfg = req.config.review;
  const cwd = req.cwd ?? req.root;
  const change = await collectChange({ cwd, base: req.base, paths: req.paths, ignore: cfg.ignore });
  const hash = changeHash(change);
  if (change.files.length === 0) return { skip: "no changes to review", change };
  const changed = change.files.reduce((n, f) => n + f.added + f.removed, 0);
  if (req.minChangedLines !== undefined && changed < req.minChangedLines) return { skip: `only ${changed} changed lines`, change };
  if (req.dedupe && (await alreadyReviewed(req, change, hash))) return { skip: "this exact change was already reviewed", change };

  const state = req.store.read();
  const stage = stageOf(req, state, hash);
  const baseCommit = req.base !== undefined ? change.against : undefined;
  const common = { change, hash, stage, ...(baseCommit !== undefined ? { baseCommit } : {}) };
  const since = await lastSeen(req, state, change, baseCommit);
  if (since?.tree) {
    const delta = await collectChange({ cwd, paths: req.paths, ignore: cfg.ignore, since: since.tree });
    if (delta.files.length === 0) return { skip: `nothing changed since review ${since.id}`, change };
    const plan = fitPlan(req, { ...common, sent: delta, since, target: req.target }, incrementalVars(req, state, since, delta));
    if (!needsHandoff(state.sessions[req.target.name], req.target, promptBytes(req, plan), req.config)) return plan;
  }
  const plan = fitPlan(req, { ...common, sent: change, target: req.target }, fullVars(req, state, stage));
  const session = state.sessions[req.target.name];
  if (!session || !needsHandoff(session, req.target, promptBytes(req, plan), req.config)) return plan;
  // The thread is full: the whole change goes to a fresh thread, after a handoff.
  const prefix = handoffText({ session, findings: openFindings(state, session.name), changedFiles: change.files.map(fileLine) });
  return fitPlan(req, { ...common, sent: change, target: handedOff(req.target), prefix, handoffFrom: session.threadId ?? undefined }, fullVars(req, state, stage));
}

/** The last finished review of this session, when it ran on the thread this review continues and saw the same base. */
async function lastSeen(req: ReviewRequest, state: StateFile, change: Change, baseCommit: string | undefined): Promise<ReviewRecord | undefined> {
  if (req.full || req.target.fresh || req.target.threadId === null || !change.inGit) return undefined;
  const prev = state.reviews.filter((r) => r.sessionName === req.target.name && r.status === "done").at(-1);
  if (!prev?.tree || prev.threadId !== req.target.threadId || prev.base !== baseCommit) return undefined;
  return (await treeExists(change.root, prev.tree)) ? prev : undefined;
}

type PlanBase = Omit<ReviewPlan, "fit" | "vars" | "files">;
type VarsFor = (fit: BudgetFit, listFiles: boolean) => Record<string, unknown>;

/**
 * Fits the diff so that the whole rendered prompt stays within the budget: the file list, the instructions and a
 * handoff count too. The diff's share shrinks by what the rest takes, measured on the rendered prompt.
 */
function fitPlan(req: ReviewRequest, base: PlanBase, varsFor: VarsFor): ReviewPlan {
  const budget = req.config.review.promptBudgetBytes;
  const files = base.sent.files;
  // A long list of names repeats what the diff's headers say; past a tenth of the budget it is left to them.
  const listFiles = Buffer.byteLength(files.map(fileLine).join("\n")) <= budget / 10;
  let diffBudget = budget;
  let plan = withFit(base, fitToBudget(files, diffBudget), varsFor, listFiles);
  for (let i = 0; i < 4; i++) {
    const over = promptBytes(req, plan) - budget;
    if (over <= 0 || diffBudget <= 1024) break;
    diffBudget = Math.max(1024, diffBudget - over - 256);
    plan = withFit(base, fitToBudget(files, diffBudget), varsFor, listFiles);
  }
  return plan;
}

function withFit(base: PlanBase, fit: BudgetFit, varsFor: VarsFor, listFiles: boolean): ReviewPlan {
  const leftOut: PreviewFiles["leftOut"] = [...base.sent.skipped, ...fit.omitted.map((path) => ({ path, reason: "budget" as const }))];
  return { ...base, fit, vars: varsFor(fit, listFiles), files: { included: fit.included, truncated: fit.truncated, leftOut } };
}

function promptBytes(req: ReviewRequest, plan: ReviewPlan): number {
  const { prompt } = renderStage({ ...req, target: plan.target, kind: "review", vars: plan.vars, userText: req.taskText ?? "", stage: plan.stage, prefix: plan.prefix });
  return Buffer.byteLength(prompt);
}

function fileLine(f: ChangedFile): string {
  return `${displayPath(f.path)}${f.oldPath !== undefined ? ` (from ${displayPath(f.oldPath)})` : ""} (${f.status}, +${f.added} -${f.removed})`;
}

function findingLines(findings: ReviewRecord["findings"]): string {
  return findings.map((f) => `- [${f.severity}] ${findingLocation(f)} ${f.title}`).join("\n");
}

function taskVars(req: ReviewRequest): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  if (req.taskText) vars.task = req.taskText;
  if (req.focus) vars.focus = req.focus;
  return vars;
}

function fullVars(req: ReviewRequest, state: StateFile, stage: number): VarsFor {
  const previous = openFindings(state, req.target.name);
  return (fit, listFiles) => {
    const vars: Record<string, unknown> = { ...taskVars(req), diff: fit.text };
    const shown = new Set([...fit.included, ...fit.truncated.map((t) => t.path)]);
    if (listFiles) vars.files = [...shown].map(displayPath);
    if (fit.note) vars.omitted = fit.note;
    if (stage === 7 && previous.length > 0) vars.previousFindings = findingLines(previous);
    return vars;
  };
}

function incrementalVars(req: ReviewRequest, state: StateFile, since: ReviewRecord, delta: Change): VarsFor {
  return (fit, listFiles) => {
    const vars: Record<string, unknown> = { ...taskVars(req), diff: fit.text, sinceReview: since.id };
    if (listFiles) vars.files = delta.files.map(fileLine);
    if (fit.note) vars.omitted = fit.note;
    if (since.findings.length > 0) vars.previousFindings = findingLines(since.findings);
    return vars;
  };
}

/**
 * The change was reviewed as it is now: on its own, or as part of a larger change whose files are all unchanged
 * since (the worker reviews a burst over several files, then sees one of those files reported again).
 */
async function alreadyReviewed(req: ReviewRequest, change: Change, hash: string): Promise<boolean> {
  const done = req.store.read().reviews.filter((r) => r.status === "done");
  if (done.some((r) => r.diffHash === hash)) return true;
  const paths = change.files.map((f) => f.path);
  const covering = done.filter((r) => paths.every((p) => r.files.includes(p))).at(-1);
  if (!covering) return false;
  // Review paths are root-relative; collect from the root so they mean the same files.
  const now = await collectChange({ cwd: req.root, base: req.base, paths: covering.files, ignore: req.config.review.ignore });
  return changeHash(now) === covering.diffHash;
}

/**
 * Stage 7 follows fixes — Claude's edits after a review (the hooks move the session to stage 6), or a change since
 * the session's last review — or is asked for; a second review with no change in between is not a final review.
 */
function stageOf(req: ReviewRequest, state: StateFile, hash: string): number {
  const previous = state.reviews.filter((r) => r.sessionName === req.target.name && r.status === "done").at(-1);
  const current = state.sessions[req.target.name]?.stage ?? 0;
  const fixed = current === 6 || (current >= 5 && previous !== undefined && previous.diffHash !== hash);
  return req.final || fixed ? 7 : 5;
}
