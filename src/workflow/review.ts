// The review path shared by `codex-collab review` and the background worker: collect the change (secrets
// redacted, secret files never read), fit it to the prompt budget, ask Codex for schema-shaped findings in the
// task's own session, and keep the result in the state file.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fitToBudget } from "../review/budget.js";
import { changeHash, collectChange, type Change } from "../review/diff.js";
import { sortFindings } from "../review/findings.js";
import { fileFingerprint } from "../worker/fingerprint.js";
import { parseReviewAnswer, reviewJsonSchema, type ParsedReview } from "../review/schema.js";
import type { ReviewRecord } from "../state/schema.js";
import { runStage } from "./stages.js";
import type { StageRequest } from "./stages.js";
import type { TurnOutcome } from "./turn.js";

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
  /** Skip a change whose diff was already reviewed (the background worker). */
  dedupe?: boolean;
  /** Skip changes smaller than this many changed lines (the background worker). */
  minChangedLines?: number;
}

export interface ReviewOutcome {
  record: ReviewRecord;
  change: Change;
  /** What the budget left out, for the user ("" when everything fit). */
  budgetNote: string;
  parsed?: ParsedReview;
  turn?: TurnOutcome;
}

export function newReviewId(now = new Date()): string {
  return `r${now.toISOString().replace(/[-:TZ.]/g, "").slice(2, 14)}-${randomBytes(2).toString("hex")}`;
}

function newRecord(req: ReviewRequest, change: Change, hash: string, status: ReviewRecord["status"]): ReviewRecord {
  return {
    id: newReviewId(),
    sessionName: req.target.name,
    claudeSessionId: req.claudeSessionId,
    diffHash: hash,
    files: change.files.map((f) => f.path),
    status,
    origin: req.origin ?? "manual",
    startedAt: new Date().toISOString(),
    findings: [],
  };
}

/** What each reviewed file held when it was read, so delivery can tell a finding about code since changed. */
function contentHashes(root: string, change: Change): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of change.files) {
    const hash = fileFingerprint(root, f.path);
    if (hash !== null) out[f.path] = hash;
  }
  return out;
}

function skipped(req: ReviewRequest, change: Change, hash: string, reason: string): ReviewOutcome {
  const record: ReviewRecord = { ...newRecord(req, change, hash, "skipped"), skipReason: reason };
  record.finishedAt = record.startedAt;
  req.store.update((s) => {
    s.reviews.push(record);
  });
  return { record, change, budgetNote: "" };
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

export async function reviewChange(req: ReviewRequest): Promise<ReviewOutcome> {
  const cfg = req.config.review;
  const change = await collectChange({ cwd: req.cwd ?? req.root, base: req.base, paths: req.paths, ignore: cfg.ignore });
  const hash = changeHash(change);
  if (change.files.length === 0) return skipped(req, change, hash, "no changes to review");
  const changed = change.files.reduce((n, f) => n + f.added + f.removed, 0);
  if (req.minChangedLines !== undefined && changed < req.minChangedLines) return skipped(req, change, hash, `only ${changed} changed lines`);
  if (req.dedupe && (await alreadyReviewed(req, change, hash))) {
    return skipped(req, change, hash, "this exact change was already reviewed");
  }

  const fit = fitToBudget(change.files, cfg.promptBudgetBytes);
  const state = req.store.read();
  const previous = state.reviews.filter((r) => r.sessionName === req.target.name && r.status === "done").at(-1);
  // Stage 7 follows fixes — Claude's edits after a review (the hooks move the session to stage 6), or a change since
  // the session's last review — or is asked for; a second review with no change in between is not a final review.
  const current = state.sessions[req.target.name]?.stage ?? 0;
  const fixed = current === 6 || (current >= 5 && previous !== undefined && previous.diffHash !== hash);
  const stage = req.final || fixed ? 7 : 5;
  const vars: Record<string, unknown> = { diff: fit.text, files: [...fit.included, ...fit.truncated.map((t) => t.path)] };
  if (fit.note) vars.omitted = fit.note;
  if (req.taskText) vars.task = req.taskText;
  if (req.focus) vars.focus = req.focus;
  if (stage === 7 && previous && previous.findings.length > 0) {
    vars.previousFindings = previous.findings.map((f) => `- [${f.severity}] ${f.file}${f.line_start !== null ? `:${f.line_start}` : ""} ${f.title}`).join("\n");
  }

  const record: ReviewRecord = { ...newRecord(req, change, hash, "running"), contentHashes: contentHashes(req.root, change) };
  req.store.update((s) => {
    s.reviews.push(record);
  });

  const dir = mkdtempSync(join(tmpdir(), "codex-collab-review-"));
  const schemaFile = join(dir, "review.schema.json");
  writeFileSync(schemaFile, JSON.stringify(reviewJsonSchema()));
  let turn: TurnOutcome | undefined;
  let parsed: ParsedReview | undefined;
  try {
    turn = await runStage({
      ...req,
      kind: "review",
      vars,
      userText: req.taskText ?? change.files.map((f) => f.path).join(", "),
      stage,
      outputSchemaFile: schemaFile,
    });
    if (turn.result.success) parsed = parseReviewAnswer(turn.result.last_message ?? turn.result.agent_messages);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const finished = req.store.update((s) => {
      const r = s.reviews.find((x) => x.id === record.id);
      if (!r) return record;
      r.finishedAt = new Date().toISOString();
      if (turn) r.usage = turn.result.usage;
      if (parsed) {
        r.status = "done";
        r.answer = parsed.prose === undefined ? "structured" : "prose";
        r.verdict = parsed.prose === undefined ? parsed.result.verdict : undefined;
        // A prose answer has no findings; the answer itself is kept (cut) for `reviews show`.
        r.summary = parsed.prose === undefined ? parsed.result.summary : parsed.prose.slice(0, 4000);
        r.findings = sortFindings(parsed.result.findings);
        if (parsed.note) r.note = parsed.note;
        // Whoever ran a review by hand from a Claude session read its output there already.
        if (r.origin === "manual") r.deliveredAt = r.finishedAt;
      } else {
        r.status = "failed";
        r.error = turn?.result.error?.message ?? "the review did not finish";
      }
      return { ...r };
    });
    Object.assign(record, finished);
  }
  return { record, change, budgetNote: fit.note, parsed, turn };
}
