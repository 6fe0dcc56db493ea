// The review path shared by `codex-collab review`, the MCP review tool and the background worker: collect the
// change (secrets redacted, secret files never read), send the whole change to a new thread or only what changed
// since the thread's last review, fit it to the prompt budget, ask Codex for schema-shaped findings in the task's
// own session, and keep the result — with the tree the review saw — in the state file.
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { redact } from "../redact/index.js";
import { changeHash, collectChange, type Change } from "../review/diff.js";
import { sortFindings } from "../review/findings.js";
import { fileFingerprint } from "../worker/fingerprint.js";
import { parseReviewAnswer, reviewJsonSchema, type ParsedReview } from "../review/schema.js";
import { writeReviewedTree } from "../review/snapshot.js";
import type { ReviewRecord } from "../state/schema.js";
import { makeScratchDir } from "./scratch.js";
import { previewOf, type Preview } from "./preview.js";
import { planReview, type ReviewPlan, type ReviewRequest } from "./review-plan.js";
import { prepareTurn, type TurnOutcome } from "./turn.js";
import { renderStage, runStage } from "./stages.js";
import { isoTime } from "../time.js";

export type { ReviewRequest } from "./review-plan.js";

export interface ReviewOutcome {
  record: ReviewRecord;
  change: Change;
  /** What the budget left out, for the user ("" when everything fit). */
  budgetNote: string;
  parsed?: ParsedReview;
  turn?: TurnOutcome;
  /** Set when only the change since an earlier review was sent: that review's id. */
  since?: string;
}

export function newReviewId(now = new Date()): string {
  return `r${isoTime(now).replace(/[-:TZ.]/g, "").slice(2, 14)}-${randomBytes(2).toString("hex")}`;
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
    startedAt: isoTime(),
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
    req.onFinish?.(s, record);
  });
  return { record, change, budgetNote: "" };
}

/** `--dry-run`: the prompt the review would send and the files in and out of it; nothing is sent or recorded. */
export async function previewReview(req: ReviewRequest): Promise<Preview | { skip: string; change: Change }> {
  const plan = await planReview(req);
  if ("skip" in plan) return plan;
  const { prompt } = renderStage(stageRequest(req, plan));
  const prepared = await prepareTurn({ ...req, target: plan.target, prompt, handoffFrom: plan.handoffFrom });
  // The diffs were redacted as they were collected: their markers are counted with the rest of the prompt.
  return previewOf(prepared, req.target, plan.files, {
    mode: plan.since ? "incremental" : "full",
    ...(plan.since ? { since: plan.since.id, changedSince: plan.sent.files.map((f) => f.path) } : {}),
    ...(plan.fit.note ? { budgetNote: plan.fit.note } : {}),
  });
}

function stageRequest(req: ReviewRequest, plan: ReviewPlan) {
  return {
    ...req,
    target: plan.target,
    kind: "review" as const,
    vars: plan.vars,
    prefix: plan.prefix,
    userText: req.taskText ?? plan.change.files.map((f) => f.path).join(", "),
    stage: plan.stage,
    sentFiles: plan.fit.included.length + plan.fit.truncated.filter((t) => t.how === "hunks").length,
    ...(plan.handoffFrom !== undefined ? { handoffFrom: plan.handoffFrom } : {}),
  };
}

export async function reviewChange(req: ReviewRequest): Promise<ReviewOutcome> {
  const plan = await planReview(req);
  if ("skip" in plan) return skipped(req, plan.change, changeHash(plan.change), plan.skip);
  const { change, fit } = plan;
  const record: ReviewRecord = { ...newRecord(req, change, plan.hash, "running"), contentHashes: contentHashes(req.root, change), ...(plan.baseCommit ? { base: plan.baseCommit } : {}), ...(plan.since ? { since: plan.since.id } : {}) };
  req.store.update((s) => {
    s.reviews.push(record);
  });

  const dir = makeScratchDir("review");
  const schemaFile = join(dir, "review.schema.json");
  writeFileSync(schemaFile, JSON.stringify(reviewJsonSchema()));
  let turn: TurnOutcome | undefined;
  let parsed: ParsedReview | undefined;
  let tree: string | undefined;
  try {
    // What this review shows Codex, taken before Codex runs: later edits are news to the next review.
    tree = await seenTree(req, plan).catch(() => undefined);
    turn = await runStage({ ...stageRequest(req, plan), outputSchemaFile: schemaFile });
    // Codex's answer can quote secrets from the code: it is stored (findings, summary) only redacted, and redacted
    // before the parser clips anything.
    if (turn.result.success) parsed = parseReviewAnswer(redact(turn.result.last_message ?? turn.result.agent_messages).text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const finished = req.store.update((s) => {
      const r = s.reviews.find((x) => x.id === record.id);
      if (!r) return record;
      r.finishedAt = isoTime();
      if (turn) {
        r.usage = turn.result.usage;
        r.promptBytes = turn.receipt.bytes;
        r.sentFiles = turn.receipt.files;
        if (turn.result.SESSION_ID) r.threadId = turn.result.SESSION_ID;
      }
      if (parsed) {
        r.status = "done";
        r.answer = parsed.prose === undefined ? "structured" : "prose";
        r.verdict = parsed.prose === undefined ? parsed.result.verdict : undefined;
        // A prose answer has no findings; the answer itself is kept (cut) for `reviews show`.
        r.summary = parsed.prose === undefined ? parsed.result.summary : parsed.prose.slice(0, 4000);
        r.findings = sortFindings(parsed.result.findings);
        if (parsed.note) r.note = parsed.note;
        if (tree) r.tree = tree;
        // Whoever ran a review by hand from a Claude session read its output there already.
        if (r.origin === "manual") r.deliveredAt = r.finishedAt;
      } else {
        r.status = "failed";
        r.error = redact(turn?.result.error?.message ?? "the review did not finish").text;
      }
      req.onFinish?.(s, r);
      return { ...r };
    });
    Object.assign(record, finished);
  }
  return { record, change, budgetNote: fit.note, parsed, turn, ...(plan.since ? { since: plan.since.id } : {}) };
}

/**
 * The tree the review saw: what it compared with, plus every file of the change it was sent. Files the budget
 * cut or only named count as seen too: the review said so, and told the user to review them by name; resending
 * them in every later review would undo the budget. Secret, binary and other left-out files are not in it.
 * The tree is written from the working tree, which may have moved on since the diff was collected (Claude keeps
 * editing): it is kept only when its diff is exactly the one sent, else the next review sends the whole change.
 */
async function seenTree(req: ReviewRequest, plan: ReviewPlan): Promise<string | undefined> {
  const sent = plan.sent;
  if (!sent.inGit || sent.against === undefined || sent.files.length === 0) return undefined;
  const paths = sent.files.flatMap((f) => (f.oldPath !== undefined ? [f.oldPath, f.path] : [f.path]));
  const tree = await writeReviewedTree(sent.root, sent.against, paths);
  const check = await collectChange({ cwd: sent.root, since: sent.against, to: tree, paths, ignore: req.config.review.ignore });
  return changeHash(check) === changeHash(sent) ? tree : undefined;
}
