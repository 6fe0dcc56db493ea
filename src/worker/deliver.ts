// Getting review findings back to Claude: once through additionalContext, and once through the Stop gate (the
// wake loop in wake.ts is the third way). Pure functions over the state file so the hooks stay thin and these
// rules are tested directly. Two rules hold for every way: a review reaches only the Claude session it belongs
// to, and a finding is shown only while it still applies to its file.
import type { Finding, ReviewRecord, StateFile } from "../state/schema.js";
import { oneLine } from "../text.js";
import { countBySeverity, findingLocation, SEVERITY_RANK } from "../review/findings.js";
import { findingId } from "./fingerprint.js";
import { isoTime } from "../time.js";

/** What a file holds now, as fileFingerprint(root, path) says; null when it is gone. Injected for tests. */
export type ContentNow = (path: string) => string | null;

/**
 * A review belongs to the Claude session whose edits it reviewed or that ran it. A review without a session is a
 * hand-run one from a terminal: it goes to nobody uninvited. The one exception is the worker's review of edits
 * recorded without a session id (a hook that got none), which goes back to hooks without one.
 */
export function belongsTo(review: ReviewRecord, claudeSessionId: string | undefined): boolean {
  if (review.claudeSessionId !== claudeSessionId) return false;
  return claudeSessionId !== undefined || review.origin === "auto";
}

/**
 * The finding is about its file as it is now: the file's content is what was reviewed. A file changed since
 * is reviewed again (its edit is pending), so the newer review speaks for it; a finding about code that no longer
 * exists is never shown. Findings without a file, or about a file the review did not read, are kept.
 */
export function stillApplies(review: ReviewRecord, f: Finding, now: ContentNow): boolean {
  const reviewed = review.contentHashes?.[f.file];
  if (f.file === "" || reviewed === undefined) return true;
  return now(f.file) === reviewed;
}

/** Findings of `review` to show now: still applying, not rejected by the session, and not already sent by a wake. */
export function liveFindings(state: StateFile, review: ReviewRecord, now: ContentNow): Finding[] {
  const rejected = review.claudeSessionId ? state.wake?.[review.claudeSessionId]?.rejected : undefined;
  return review.findings.filter(
    (f) => !(review.wokenAt && f.severity === "must-fix") && !(rejected && findingId(f) in rejected) && stillApplies(review, f, now),
  );
}

/**
 * Finished reviews with findings that Claude has not been shown yet, reduced to their live findings; marks them
 * delivered in `state`.
 */
export function takeUndelivered(state: StateFile, claudeSessionId: string | undefined, at: Date, now: ContentNow): ReviewRecord[] {
  const out: ReviewRecord[] = [];
  for (const review of state.reviews) {
    if (review.status !== "done" || review.deliveredAt || !belongsTo(review, claudeSessionId)) continue;
    review.deliveredAt = isoTime(at);
    const findings = liveFindings(state, review, now);
    if (findings.length > 0) out.push({ ...review, findings });
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
    lines.push(`- [${f.severity}] ${findingLocation(f)} ${oneLine(f.title, 100)} — ${oneLine(f.suggested_fix || f.explanation, 160)} (id ${findingId(f)})`);
  }
  if (findings.length > maxLines) lines.push(`… ${findings.length - maxLines} more.`);
  lines.push(
    `Weigh each finding critically; fix what is right (must-fix first). To reject one, write on a line of its own: codex-collab-reject <id>: <reason>. Details: codex-collab reviews show ${reviews.map((r) => r.id).join(" ")}`,
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
 * blocked (or woke Claude) never blocks again — no loops. Rejected and stale findings do not block.
 */
export function stopDecision(state: StateFile, claudeSessionId: string | undefined, maxLines: number, now: ContentNow): StopDecision {
  const done = state.reviews.filter((r) => r.status === "done" && belongsTo(r, claudeSessionId));
  const latest = done.reduce<ReviewRecord | undefined>((a, r) => (!a || (r.finishedAt ?? "") >= (a.finishedAt ?? "") ? r : a), undefined);
  if (!latest || latest.stopBlockedAt) return { block: false };
  const mustFix = liveFindings(state, latest, now).filter((f) => f.severity === "must-fix");
  if (mustFix.length === 0) return { block: false };
  const signature = mustFixSignature(mustFix);
  if (done.some((r) => r.stopBlockedAt && mustFixSignature(r.findings.filter((f) => f.severity === "must-fix")) === signature)) return { block: false };
  const list = mustFix
    .slice(0, maxLines)
    .map((f) => `- ${findingLocation(f)} ${oneLine(f.title, 100)} (id ${findingId(f)})`)
    .join("\n");
  return {
    block: true,
    reviewId: latest.id,
    reason: `Codex's review found ${mustFix.length} must-fix issue${mustFix.length === 1 ? "" : "s"} not yet addressed:\n${list}\nFix them, or reject one with a reason on a line of its own (codex-collab-reject <id>: <reason>), before finishing. Details: codex-collab reviews show ${latest.id}`,
  };
}

function mustFixSignature(findings: readonly Finding[]): string {
  return findings
    .map((f) => findingId(f))
    .sort()
    .join("\n");
}

/** A review is still running for this session (the Stop hook may wait for it when configured). */
export function reviewRunning(state: StateFile, claudeSessionId: string | undefined): boolean {
  return state.reviews.some((r) => r.status === "running" && belongsTo(r, claudeSessionId));
}

/** `codex-collab-reject <id>: <reason>` lines in Claude's reply: how Claude rejects a finding (documented in README). */
export function parseRejections(text: string): { id: string; reason: string }[] {
  const out: { id: string; reason: string }[] = [];
  for (const m of text.matchAll(/codex-collab-reject ([0-9a-f]{8})[ \t]*[:\uFF1A][ \t]*(\S[^\n]*)/gi)) {
    const reason = (m[2] ?? "").trim();
    if (reason.length >= 3) out.push({ id: (m[1] ?? "").toLowerCase(), reason: oneLine(reason, 300) });
  }
  return out;
}
