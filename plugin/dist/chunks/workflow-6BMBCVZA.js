import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  STAGE_OPTIONS,
  STAGE_USAGE_OPTIONS,
  commonVars,
  stageSetup,
  userText
} from "./chunk-CCO5REV5.js";
import {
  runStage
} from "./chunk-PPMVGKC6.js";
import "./chunk-PMPVJOG7.js";
import {
  reportTurn,
  turnExitCode
} from "./chunk-M7HP6XM5.js";
import "./chunk-SP6HSELV.js";
import "./chunk-T6EGTHXK.js";
import "./chunk-53BBWQ4D.js";
import "./chunk-UBYVC3JQ.js";
import "./chunk-OCYRSVXL.js";
import {
  STAGES
} from "./chunk-TAH6EO5F.js";
import {
  parseVerbArgs,
  print,
  printJson,
  readAll
} from "./chunk-23XL5EZ7.js";
import "./chunk-UPM4JHD7.js";
import {
  UsageError
} from "./chunk-CVUZ6IGW.js";
import "./chunk-P3CBC5YO.js";

// src/cli/workflow.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var NEXT = {
  analyze: "Next: discuss the plan with codex-collab ask, or get a design with codex-collab design (same session).",
  design: "Next: codex-collab prototype for a diff-only sketch, or implement it yourself, then codex-collab review.",
  ask: "Continue the discussion with codex-collab ask, or move on to design / prototype / review.",
  debug: "Next: fix the cause yourself, then codex-collab review."
};
function emitOutcome(io, outcome, values, extra = {}) {
  reportTurn(io, outcome, values);
  if (values.json) {
    printJson(io, { ...outcome.result, session: outcome.session.name, stage: outcome.session.stage, stage_name: STAGES[outcome.session.stage], redactions: outcome.redactions.count, ...extra });
  } else if (outcome.result.success) print(io.stdout, outcome.result.agent_messages);
  return turnExitCode(outcome);
}
function conversational(kind, variable, what) {
  const usage = `Usage: codex-collab ${kind} [options] <${what}>      (or the text on stdin)

${STAGE_USAGE_OPTIONS}`;
  return async (args, io) => {
    const { values, positionals } = parseVerbArgs(args, STAGE_OPTIONS, usage);
    if (values.help) {
      print(io.stdout, usage);
      return 0;
    }
    const text = await userText(positionals, io, what, usage);
    const setup = stageSetup(values, io);
    const outcome = await runStage({ ...setup, kind, vars: { ...commonVars(values), [variable]: text }, userText: text });
    const code = emitOutcome(io, outcome, values);
    if (code === 0 && !values.quiet) print(io.stderr, `codex-collab: ${NEXT[kind]}`);
    return code;
  };
}
var analyzeVerb = conversational("analyze", "request", "requirement");
var designVerb = conversational("design", "task", "task");
var askVerb = conversational("ask", "message", "message");
var DEBUG_USAGE = `Usage: codex-collab debug [options] <problem>
  --error-file F     the failing output (test log, stack trace)
  --log-file F       a log to include (repeatable content is trimmed to the budget)
  --repro TEXT       how to reproduce            --changes TEXT   what changed recently
  (without --error-file/--log-file, piped stdin is taken as the error output)

${STAGE_USAGE_OPTIONS}`;
var MAX_ERROR_CHARS = 12e4;
function headTail(text, max) {
  if (text.length <= max) return text;
  const half = Math.floor(max / 2);
  return `${text.slice(0, half)}
\u2026 [${text.length - max} characters omitted] \u2026
${text.slice(-half)}`;
}
async function debugVerb(args, io) {
  const { values, positionals } = parseVerbArgs(
    args,
    { ...STAGE_OPTIONS, "error-file": { type: "string" }, "log-file": { type: "string", multiple: true }, repro: { type: "string" }, changes: { type: "string" } },
    DEBUG_USAGE
  );
  if (values.help) {
    print(io.stdout, DEBUG_USAGE);
    return 0;
  }
  const problem = positionals.join(" ");
  const parts = [];
  const readText = (f) => {
    const buf = readFileSync(resolve(io.cwd, f));
    if (buf.includes(0)) throw new UsageError(`${f} looks binary; pass a text log`);
    return buf.toString("utf8");
  };
  if (values["error-file"]) parts.push(readText(values["error-file"]));
  for (const f of values["log-file"] ?? []) parts.push(`--- ${f} ---
${readText(f)}`);
  if (parts.length === 0 && !io.stdin.isTTY) {
    const piped = await readAll(io.stdin);
    if (piped.trim()) parts.push(piped);
  }
  if (!problem.trim() && parts.length === 0) throw new UsageError("describe the problem or give the failing output (--error-file, --log-file or stdin)", DEBUG_USAGE);
  const setup = stageSetup(values, io);
  const vars = { ...commonVars(values), problem: problem.trim() || "Find the cause of the failure in the error output." };
  if (parts.length > 0) vars.errorOutput = headTail(parts.join("\n\n"), MAX_ERROR_CHARS);
  if (values.repro) vars.reproduction = values.repro;
  if (values.changes) vars.recentChanges = values.changes;
  const outcome = await runStage({ ...setup, kind: "debug", vars, userText: problem || parts.join("\n").slice(0, 2e3) });
  const code = emitOutcome(io, outcome, values);
  if (code === 0 && !values.quiet) print(io.stderr, `codex-collab: ${NEXT.debug}`);
  return code;
}
export {
  analyzeVerb,
  askVerb,
  debugVerb,
  designVerb,
  emitOutcome
};
