import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  displayPath
} from "./chunk-DKVF4M2T.js";
import {
  sessionUsage
} from "./chunk-5D7ZU3CF.js";
import {
  STAGES
} from "./chunk-XQ3S6CER.js";
import {
  isOwnStatePath
} from "./chunk-5EGK72M7.js";

// src/workflow/results.ts
var SKETCH_WARNING = "This is a sketch to read critically, not to paste: write the production code yourself, then run codex-collab review.";
function turnResult(outcome) {
  return {
    ...outcome.result,
    session: outcome.session.name,
    stage: outcome.session.stage,
    stage_name: STAGES[outcome.session.stage],
    redactions: outcome.redactions.count,
    receipt: outcome.receipt,
    session_usage: sessionUsage(outcome.session)
  };
}
function prototypeResult(outcome) {
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
    ...retry ? { retry_receipt: retry.receipt } : {},
    session_usage: sessionUsage(session),
    patches: files.map((f) => ({ file: f.file, ...f.from !== void 0 ? { from: f.from } : {}, applies: f.applies, ...f.error !== void 0 ? { error: f.error } : {}, retried: f.retried, patch: f.patch })),
    checked: outcome.checked,
    combined_error: outcome.combinedError,
    retry: retry ? { success: retry.result.success, SESSION_ID: retry.result.SESSION_ID, agent_messages: retry.result.agent_messages, usage: retry.result.usage, ...retry.result.error ? { error: retry.result.error } : {} } : null
  };
}
function reviewResult(outcome) {
  const { record, change, budgetNote, parsed, turn } = outcome;
  return {
    success: record.status === "done" || record.status === "skipped",
    SESSION_ID: turn?.result.SESSION_ID ?? null,
    review: record,
    // findings: schema-shaped findings (maybe none); prose: Codex ignored the format, see `prose`, no findings.
    outcome: record.status !== "done" ? record.status : parsed?.prose !== void 0 ? "prose" : "findings",
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
    error: turn?.result.error
  };
}
function leftOutNotes(outcome) {
  const { skipped, files } = outcome.change;
  return [
    ...skipped.filter((s) => s.reason !== "codex-collab" && !isOwnStatePath(s.path)).map((s) => `left out ${displayPath(s.path)} (${s.reason})`),
    ...files.filter((f) => f.encoding === "latin1").map((f) => `${displayPath(f.path)} is not UTF-8; read as Latin-1 (Windows-1252) and sent as UTF-8`)
  ];
}
function shortError(error) {
  const text = (error ?? "").split("\n").map((l) => l.replace(/^error: /, "").trim()).filter((l) => l !== "").join("; ");
  return text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
}
function fileLabel(f) {
  return f.from !== void 0 ? `${f.from} \u2192 ${f.file}` : f.file;
}
function prototypeSummary(outcome) {
  const { files } = outcome;
  if (files.length === 0) return "Prototype check: no unified diff found in the answer.";
  const count = `${files.length} file${files.length === 1 ? "" : "s"}`;
  if (!outcome.checked) return `Prototype check skipped: git is not available, so the diffs for ${count} were not checked.`;
  const ok = files.filter((f) => f.applies);
  const bad = files.filter((f) => !f.applies);
  const parts = [];
  if (ok.length > 0) parts.push(`applies: ${ok.map(fileLabel).join(", ")}`);
  if (bad.length > 0) parts.push(`does not apply: ${bad.map((f) => `${fileLabel(f)} (error: ${shortError(f.error)})`).join(", ")}`);
  let line = `Prototype check: ${count} \u2014 ${parts.join("; ")}`;
  if (outcome.retry) line += ` [after one follow-up for corrected diffs]`;
  if (outcome.combinedError) line += `
Together the applying diffs do not apply: ${shortError(outcome.combinedError)}`;
  return line;
}
function prototypeText(outcome) {
  const { turn, retry } = outcome;
  const parts = [turn.result.agent_messages];
  if (retry?.result.success) parts.push(`
--- Follow-up: corrected diffs ---

${retry.result.agent_messages}`);
  parts.push(`
${prototypeSummary(outcome)}`);
  return parts.join("\n");
}

export {
  SKETCH_WARNING,
  turnResult,
  prototypeResult,
  reviewResult,
  leftOutNotes,
  fileLabel,
  prototypeSummary,
  prototypeText
};
