// Getting review findings back to Claude: once through additionalContext, and once through the Stop gate.
// Pure functions over the state file so the hooks stay thin and these rules are tested directly.
import type { ReviewRecord, StateFile } from "../state/schema.js";
import { oneLine } from "../text.js";
import { countBySeverity, findingLocation, SEVERITY_RANK } from "../review/findings.js";


function belongsTo(review: ReviewRecord, claudeSessionId: string | undefined): boolean {
  // Without a session id (older Claude Code, manual CLI use) every review of the project is ours.
  return claudeSessionId === undefined || review.claudeSessionId === undefined || review.claudeSessionId === claudeSessionId;
}

/** Finished reviews with findings that Claude has not been shown yet; marks them delivered in `state`. */
export function takeUndelivered(state: StateFile, claudeSessionId: string | undefined, now: Date): ReviewRecord[] {
  const out: ReviewRecord[] = [];
  for (const review of state.reviews) {
    if (review.status !== "done" || review.deliveredAt || !belongsTo(review, claudeSessionId)) continue;
    review.deliveredAt = now.toISOString();
    if (review.findings.length > 0) out.push(review);
  }
  return out;
}

/** True when a delivery is waiting, so hooks can skip the locked update on the common path. */
export function hasUndelivered(state: StateFile, claudeSessionId: string | undefined): boolean {
  return state.reviews.some((r) => r.status === "done" && !r.deliveredAt && belongsTo(r, claudeSessionId));
}

/** Compact context for Claude: must-fix first, at most `maxLines` findings, with a pointer to the details. */
export function formatForClaude(reviews: ReviewRecord[], maxLines: number): string {
  const findings = reviews
    .flatMap((r) => r.findings.map((f) => ({ f, id: r.id })))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity]);
  const counts = countBySeverity(findings.map(({ f }) => f));
  const files = [...new Set(reviews.flatMap((r) => r.files))];
  const lines = [
    `Codex reviewed your recent edits (${files.length} file${files.length === 1 ? "" : "s"}): ${counts["must-fix"]} must-fix, ${counts["should-fix"]} should-fix, ${counts.nit} nit.`,
  ];
  for (const { f } of findings.slice(0, maxLines)) {
    lines.push(`- [${f.severity}] ${findingLocation(f)} ${oneLine(f.title, 100)} — ${oneLine(f.suggested_fix || f.explanation, 160)}`);
  }
  if (findings.length > maxLines) lines.push(`… ${findings.length - maxLines} more.`);
  lines.push(
    `Weigh each finding critically; fix what is right (must-fix first), say which you reject and why. Details: codex-collab reviews show ${reviews.map((r) => r.id).join(" ")}`,
  );
  return lines.join("\n");
}

export interface StopDecision {
  block: boolean;
  reason?: string;
  reviewId?: string;
}

/**
 * Block Claude's stop once per review whose must-fix findings are still the latest word: a later finished
 * review of the same session supersedes an earlier one (the fixes were reviewed), and a review that already
 * blocked never blocks again — no loops.
 */
export function stopDecision(state: StateFile, claudeSessionId: string | undefined, maxLines: number): StopDecision {
  const done = state.reviews.filter((r) => r.status === "done" && belongsTo(r, claudeSessionId));
  const latest = done.reduce<ReviewRecord | undefined>((a, r) => (!a || (r.finishedAt ?? "") >= (a.finishedAt ?? "") ? r : a), undefined);
  if (!latest || latest.stopBlockedAt) return { block: false };
  const mustFix = latest.findings.filter((f) => f.severity === "must-fix");
  if (mustFix.length === 0) return { block: false };
  const signature = mustFixSignature(latest);
  if (done.some((r) => r.stopBlockedAt && mustFixSignature(r) === signature)) return { block: false };
  const list = mustFix
    .slice(0, maxLines)
    .map((f) => `- ${findingLocation(f)} ${oneLine(f.title, 100)}`)
    .join("\n");
  return {
    block: true,
    reviewId: latest.id,
    reason: `Codex's review found ${mustFix.length} must-fix issue${mustFix.length === 1 ? "" : "s"} not yet addressed:\n${list}\nFix them (or explain to the user why they are wrong) before finishing. Details: codex-collab reviews show ${latest.id}`,
  };
}

function mustFixSignature(review: ReviewRecord): string {
  return review.findings
    .filter((f) => f.severity === "must-fix")
    .map((f) => `${f.file}\0${f.title}`)
    .sort()
    .join("\n");
}

/** A review is still running for this session (the Stop hook may wait for it when configured). */
export function reviewRunning(state: StateFile, claudeSessionId: string | undefined): boolean {
  return state.reviews.some((r) => r.status === "running" && belongsTo(r, claudeSessionId));
}
