// analyze, design, ask, debug: the conversational stages. Each continues the task's Codex session.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import { decodeText } from "../review/decode.js";
import { turnResult } from "../workflow/results.js";
import { previewStage, runStage, type StageKind } from "../workflow/stages.js";
import type { TurnOutcome } from "../workflow/turn.js";
import { parseVerbArgs, print, printJson, readAll, type Io } from "./io.js";
import { emitPreview, reportTurn, turnExitCode } from "./report.js";
import { debugVars } from "../workflow/debug.js";
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
    printJson(io, { ...turnResult(outcome), ...extra });
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
    const request = { ...setup, kind, vars: { ...commonVars(values as StageValues), [variable]: text }, userText: text };
    if (values["dry-run"]) return emitPreview(io, await previewStage(request), values);
    const outcome = await runStage(request);
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
  const parts: string[] = [];
  const readText = (f: string): string => {
    const buf = readFileSync(resolve(io.cwd, f));
    if (buf.includes(0)) throw new UsageError(`${f} looks binary; pass a text log`);
    // A Latin-1 log keeps its letters instead of U+FFFD.
    return decodeText(buf).text;
  };
  if (values["error-file"]) parts.push(readText(values["error-file"]));
  for (const f of values["log-file"] ?? []) parts.push(`--- ${f} ---\n${readText(f)}`);
  if (parts.length === 0 && !io.stdin.isTTY) parts.push(await readAll(io.stdin));
  const problem = positionals.join(" ");
  const { vars, userText: words } = debugVars({ ...(values as StageValues), problem, outputs: parts, repro: values.repro, changes: values.changes });
  const setup = stageSetup(values as StageValues, io);
  const request = { ...setup, kind: "debug" as const, vars, userText: words };
  if (values["dry-run"]) return emitPreview(io, await previewStage(request), values);
  const outcome = await runStage(request);
  const code = emitOutcome(io, outcome, values);
  if (code === 0 && !values.quiet) print(io.stderr, `codex-collab: ${NEXT.debug}`);
  return code;
}
