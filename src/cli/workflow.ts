// analyze, design, ask, debug: the conversational stages. Each continues the task's Codex session.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import { redact } from "../redact/index.js";
import { STAGES } from "../state/schema.js";
import { runStage, type StageKind } from "../workflow/stages.js";
import type { TurnOutcome } from "../workflow/turn.js";
import { parseVerbArgs, print, printJson, readAll, type Io } from "./io.js";
import { reportTurn, turnExitCode } from "./report.js";
import { commonVars, STAGE_OPTIONS, STAGE_USAGE_OPTIONS, stageSetup, userText, type StageValues } from "./stage-args.js";

const NEXT: Record<Exclude<StageKind, "review" | "prototype">, string> = {
  analyze: "Next: discuss the plan with codex-collab ask, or get a design with codex-collab design (same session).",
  design: "Next: codex-collab prototype for a diff-only sketch, or implement it yourself, then codex-collab review.",
  ask: "Continue the discussion with codex-collab ask, or move on to design / prototype / review.",
  debug: "Next: fix the cause yourself, then codex-collab review.",
};

export function emitOutcome(io: Io, outcome: TurnOutcome, values: { json?: boolean; quiet?: boolean }, extra: Record<string, unknown> = {}): number {
  reportTurn(io, outcome, values);
  if (values.json) {
    printJson(io, { ...outcome.result, session: outcome.session.name, stage: outcome.session.stage, stage_name: STAGES[outcome.session.stage], redactions: outcome.redactions.count, ...extra });
  } else if (outcome.result.success) print(io.stdout, outcome.result.agent_messages);
  return turnExitCode(outcome);
}

function conversational(kind: Exclude<StageKind, "review" | "prototype" | "debug">, variable: string, what: string): (args: string[], io: Io) => Promise<number> {
  const usage = `Usage: codex-collab ${kind} [options] <${what}>      (or the text on stdin)\n\n${STAGE_USAGE_OPTIONS}`;
  return async (args, io) => {
    const { values, positionals } = parseVerbArgs(args, STAGE_OPTIONS, usage);
    if (values.help) {
      print(io.stdout, usage);
      return 0;
    }
    const text = await userText(positionals, io, what, usage);
    const setup = stageSetup(values as StageValues, io);
    const outcome = await runStage({ ...setup, kind, vars: { ...commonVars(values as StageValues), [variable]: text }, userText: text });
    const code = emitOutcome(io, outcome, values);
    if (code === 0 && !values.quiet) print(io.stderr, `codex-collab: ${NEXT[kind]}`);
    return code;
  };
}

export const analyzeVerb = conversational("analyze", "request", "requirement");
export const designVerb = conversational("design", "task", "task");
export const askVerb = conversational("ask", "message", "message");

const DEBUG_USAGE = `Usage: codex-collab debug [options] <problem>
  --error-file F     the failing output (test log, stack trace)
  --log-file F       a log to include (repeatable content is trimmed to the budget)
  --repro TEXT       how to reproduce            --changes TEXT   what changed recently
  (without --error-file/--log-file, piped stdin is taken as the error output)

${STAGE_USAGE_OPTIONS}`;

/** Error output beyond this is cut to its head and tail: the cause is almost always at one end. */
const MAX_ERROR_CHARS = 120_000;

function headTail(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.floor(max / 2);
  return `${text.slice(0, half)}\n… [${text.length - max} characters omitted] …\n${text.slice(-half)}`;
}

export async function debugVerb(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseVerbArgs(
    args,
    { ...STAGE_OPTIONS, "error-file": { type: "string" }, "log-file": { type: "string", multiple: true }, repro: { type: "string" }, changes: { type: "string" } },
    DEBUG_USAGE,
  );
  if (values.help) {
    print(io.stdout, DEBUG_USAGE);
    return 0;
  }
  const problem = positionals.join(" ");
  const parts: string[] = [];
  const readText = (f: string): string => {
    const buf = readFileSync(resolve(io.cwd, f));
    if (buf.includes(0)) throw new UsageError(`${f} looks binary; pass a text log`);
    return buf.toString("utf8");
  };
  if (values["error-file"]) parts.push(readText(values["error-file"]));
  for (const f of values["log-file"] ?? []) parts.push(`--- ${f} ---\n${readText(f)}`);
  if (parts.length === 0 && !io.stdin.isTTY) {
    const piped = await readAll(io.stdin);
    if (piped.trim()) parts.push(piped);
  }
  if (!problem.trim() && parts.length === 0) throw new UsageError("describe the problem or give the failing output (--error-file, --log-file or stdin)", DEBUG_USAGE);
  const setup = stageSetup(values as StageValues, io);
  const vars: Record<string, unknown> = { ...commonVars(values as StageValues), problem: problem.trim() || "Find the cause of the failure in the error output." };
  // Redact before the head/tail cut: a key whose BEGIN line falls in the omitted middle is still recognised.
  const errorOutput = redact(parts.join("\n\n")).text;
  if (parts.length > 0) vars.errorOutput = headTail(errorOutput, MAX_ERROR_CHARS);
  if (values.repro) vars.reproduction = values.repro;
  if (values.changes) vars.recentChanges = values.changes;
  const outcome = await runStage({ ...setup, kind: "debug", vars, userText: problem || errorOutput.slice(0, 2000) });
  const code = emitOutcome(io, outcome, values);
  if (code === 0 && !values.quiet) print(io.stderr, `codex-collab: ${NEXT.debug}`);
  return code;
}
