// What a finished stage reports to a caller that wants data (the CLI's --json, the MCP tools' structured
// content), and the prototype's verdict line. One shape per stage, shared by every front door.
import { isOwnStatePath } from "../project.js";
import { displayPath } from "../review/diff.js";
import { STAGES } from "../state/schema.js";
import type { PrototypeOutcome } from "./prototype.js";
import type { ReviewOutcome } from "./review.js";
import type { TurnOutcome } from "./turn.js";
import { sessionUsage } from "./usage.js";

export const SKETCH_WARNING = "This is a sketch to read critically, not to paste: write the production code yourself, then run codex-collab review.";

/** The contract plus where the flow stands. */
export function turnResult(outcome: TurnOutcome): Record<string, unknown> {
  return {
    ...outcome.result,
    session: outcome.session.name,
    stage: outcome.session.stage,
    stage_name: STAGES[outcome.session.stage],
    redactions: outcome.redactions.count,
    receipt: outcome.receipt,
    session_usage: sessionUsage(outcome.session),
  };
}

export function prototypeResult(outcome: PrototypeOutcome): Record<string, unknown> {
  const { turn, retry, files } = outcome;
  if (!turn.result.success) return { ...turn.result, session: turn.session.name, stage: turn.session.stage, patches: [] };
  const session = (retry ?? turn).session;
  return {
    ...turn.result,
    session: session.name,
    stage: session.stage,
    stage_name: STAGES[session.stage],
    redactions: turn.redactions.count + (retry?.redactions.count ?? 0),
    receipt: turn.receipt,
    ...(retry ? { retry_receipt: retry.receipt } : {}),
    session_usage: sessionUsage(session),
    patches: files.map((f) => ({ file: f.file, ...(f.from !== undefined ? { from: f.from } : {}), applies: f.applies, ...(f.error !== undefined ? { error: f.error } : {}), retried: f.retried, patch: f.patch })),
    checked: outcome.checked,
    combined_error: outcome.combinedError,
    retry: retry ? { success: retry.result.success, SESSION_ID: retry.result.SESSION_ID, agent_messages: retry.result.agent_messages, usage: retry.result.usage, ...(retry.result.error ? { error: retry.result.error } : {}) } : null,
  };
}

export function reviewResult(outcome: ReviewOutcome): Record<string, unknown> {
  const { record, change, budgetNote, parsed, turn } = outcome;
  return {
    success: record.status === "done" || record.status === "skipped",
    SESSION_ID: turn?.result.SESSION_ID ?? null,
    review: record,
    // findings: schema-shaped findings (maybe none); prose: Codex ignored the format, see `prose`, no findings.
    outcome: record.status !== "done" ? record.status : parsed?.prose !== undefined ? "prose" : "findings",
    prose: parsed?.prose ?? null,
    structured: parsed?.structured ?? null,
    left_out: change.skipped,
    budget_note: budgetNote || null,
    // What was sent: the diffs' own redactions arrive in the prompt as markers, which the turn counts.
    redactions: turn?.redactions.count ?? 0,
    usage: turn?.result.usage ?? null,
    receipt: turn?.receipt ?? null,
    since_review: outcome.since ?? null,
    handoff_from: turn?.handoffFrom ?? null,
    error: turn?.result.error,
  };
}

/**
 * What a review left out, or read in another encoding, that the user should hear of (codex-collab's own files go
 * without saying).
 */
export function leftOutNotes(outcome: ReviewOutcome): string[] {
  const { skipped, files } = outcome.change;
  return [
    ...skipped.filter((s) => s.reason !== "codex-collab" && !isOwnStatePath(s.path)).map((s) => `left out ${displayPath(s.path)} (${s.reason})`),
    ...files.filter((f) => f.encoding === "latin1").map((f) => `${displayPath(f.path)} is not UTF-8; read as Latin-1 (Windows-1252) and sent as UTF-8`),
  ];
}

/** Git's messages on one line: "error: " prefixes dropped, cut for the summary. */
function shortError(error: string | undefined): string {
  const text = (error ?? "")
    .split("\n")
    .map((l) => l.replace(/^error: /, "").trim())
    .filter((l) => l !== "")
    .join("; ");
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export function fileLabel(f: { file: string; from?: string }): string {
  return f.from !== undefined ? `${f.from} → ${f.file}` : f.file;
}

/** The one-paragraph verdict after Codex's prototype answer. */
export function prototypeSummary(outcome: PrototypeOutcome): string {
  const { files } = outcome;
  if (files.length === 0) return "Prototype check: no unified diff found in the answer.";
  const count = `${files.length} file${files.length === 1 ? "" : "s"}`;
  if (!outcome.checked) return `Prototype check skipped: git is not available, so the diffs for ${count} were not checked.`;
  const ok = files.filter((f) => f.applies);
  const bad = files.filter((f) => !f.applies);
  const parts: string[] = [];
  if (ok.length > 0) parts.push(`applies: ${ok.map(fileLabel).join(", ")}`);
  if (bad.length > 0) parts.push(`does not apply: ${bad.map((f) => `${fileLabel(f)} (error: ${shortError(f.error)})`).join(", ")}`);
  let line = `Prototype check: ${count} — ${parts.join("; ")}`;
  if (outcome.retry) line += ` [after one follow-up for corrected diffs]`;
  if (outcome.combinedError) line += `\nTogether the applying diffs do not apply: ${shortError(outcome.combinedError)}`;
  return line;
}

/** The prototype as text: Codex's answer, the corrected diffs when a follow-up ran, and the verdict. */
export function prototypeText(outcome: PrototypeOutcome): string {
  const { turn, retry } = outcome;
  const parts = [turn.result.agent_messages];
  if (retry?.result.success) parts.push(`\n--- Follow-up: corrected diffs ---\n\n${retry.result.agent_messages}`);
  parts.push(`\n${prototypeSummary(outcome)}`);
  return parts.join("\n");
}
