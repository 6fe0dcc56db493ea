import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  debugVars
} from "./chunk-EZIAESMI.js";
import {
  turnResult
} from "./chunk-XQZPW43T.js";
import {
  previewStage,
  runStage
} from "./chunk-T6FPI2Y7.js";
import "./chunk-BPNAVEWW.js";
import {
  STAGE_OPTIONS,
  STAGE_USAGE_OPTIONS,
  emitPreview,
  reportTurn,
  stageSetup,
  turnExitCode,
  userText
} from "./chunk-RW4ZIT6E.js";
import {
  parseVerbArgs,
  print,
  printJson,
  readAll
} from "./chunk-24YLMXXG.js";
import {
  commonVars
} from "./chunk-W3UC3DIS.js";
import {
  decodeText
} from "./chunk-DKVF4M2T.js";
import "./chunk-ZWIYQRNR.js";
import "./chunk-74YMS3QO.js";
import "./chunk-5D7ZU3CF.js";
import "./chunk-P7EYBF34.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-XQ3S6CER.js";
import "./chunk-CDH26HK6.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-2N2Y57GQ.js";
import "./chunk-O76QQAV3.js";
import {
  UsageError
} from "./chunk-5EGK72M7.js";
import "./chunk-T7IDQBNB.js";
import "./chunk-X4VVDXC3.js";

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
    printJson(io, { ...turnResult(outcome), ...extra });
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
    const request = { ...setup, kind, vars: { ...commonVars(values), [variable]: text }, userText: text };
    if (values["dry-run"]) return emitPreview(io, await previewStage(request), values);
    const outcome = await runStage(request);
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
  const parts = [];
  const readText = (f) => {
    const buf = readFileSync(resolve(io.cwd, f));
    if (buf.includes(0)) throw new UsageError(`${f} looks binary; pass a text log`);
    return decodeText(buf).text;
  };
  if (values["error-file"]) parts.push(readText(values["error-file"]));
  for (const f of values["log-file"] ?? []) parts.push(`--- ${f} ---
${readText(f)}`);
  if (parts.length === 0 && !io.stdin.isTTY) parts.push(await readAll(io.stdin));
  const problem = positionals.join(" ");
  const { vars, userText: words } = debugVars({ ...values, problem, outputs: parts, repro: values.repro, changes: values.changes });
  const setup = stageSetup(values, io);
  const request = { ...setup, kind: "debug", vars, userText: words };
  if (values["dry-run"]) return emitPreview(io, await previewStage(request), values);
  const outcome = await runStage(request);
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
