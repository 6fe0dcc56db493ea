// prototype: stage 3. Codex sketches the change as unified diffs in the task's session; we check them with
// git apply --check (never applying them) and ask once for corrections. Claude writes the real code.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { EXIT, UsageError } from "../errors.js";
import { STAGES } from "../state/schema.js";
import { previewPrototype, runPrototype, type PrototypeOutcome, type PrototypeVars } from "../workflow/prototype.js";
import { parseVerbArgs, print, printJson, type Io } from "./io.js";
import { sessionUsage } from "../workflow/usage.js";
import { emitPreview, reportTurn, turnExitCode } from "./report.js";
import { commonVars, STAGE_OPTIONS, STAGE_USAGE_OPTIONS, stageSetup, userText, type StageValues } from "./stage-args.js";

const USAGE = `Usage: codex-collab prototype [options] <task>      (or the task on stdin)
Codex sketches the change as unified diffs in its answer (it edits nothing). Each file's diff is checked with
git apply --check — never applied — and diffs that do not apply go back to Codex once for a correction.

  --design TEXT      the agreed design to follow      --design-file F   the same, read from a file
  --save FILE        write the diffs that apply, combined into one patch, to FILE (otherwise nothing is written)

${STAGE_USAGE_OPTIONS}`;

export const SKETCH_WARNING = "This is a sketch to read critically, not to paste: write the production code yourself, then run codex-collab review.";

/** Git's messages on one line: "error: " prefixes dropped, cut for the summary. */
function shortError(error: string | undefined): string {
  const text = (error ?? "")
    .split("\n")
    .map((l) => l.replace(/^error: /, "").trim())
    .filter((l) => l !== "")
    .join("; ");
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function fileLabel(f: { file: string; from?: string }): string {
  return f.from !== undefined ? `${f.from} → ${f.file}` : f.file;
}

/** The one-paragraph verdict printed after Codex's answer. */
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

export async function prototypeVerb(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseVerbArgs(args, { ...STAGE_OPTIONS, design: { type: "string" }, "design-file": { type: "string" }, save: { type: "string" } }, USAGE);
  if (values.help) {
    print(io.stdout, USAGE);
    return EXIT.OK;
  }
  if (values.design !== undefined && values["design-file"] !== undefined) throw new UsageError("--design and --design-file exclude each other", USAGE);
  const task = await userText(positionals, io, "task", USAGE);
  const design = values["design-file"] !== undefined ? readFileSync(resolve(io.cwd, values["design-file"]), "utf8") : values.design;
  const savePath = values.save !== undefined ? resolve(io.cwd, values.save) : undefined;
  const setup = stageSetup(values as StageValues, io);
  const vars: PrototypeVars = { task, ...(commonVars(values as StageValues) as Omit<PrototypeVars, "task">) };
  if (design?.trim()) vars.design = design;

  if (values["dry-run"]) return emitPreview(io, await previewPrototype({ ...setup, vars, userText: task }), values);
  const outcome = await runPrototype({
    ...setup,
    vars,
    userText: task,
    onRetry: (failed) => {
      if (!values.quiet) print(io.stderr, `codex-collab: ${failed.length} diff${failed.length === 1 ? "" : "s"} did not apply (${failed.map(fileLabel).join(", ")}); asking Codex once for corrections in the same session`);
    },
  });
  const { turn, retry, files } = outcome;
  reportTurn(io, turn, values);
  if (!turn.result.success) {
    if (values.json) printJson(io, { ...turn.result, session: turn.session.name, stage: turn.session.stage, patches: [] });
    return turnExitCode(turn);
  }
  if (retry) {
    reportTurn(io, retry, values);
    if (!retry.result.success) print(io.stderr, "codex-collab: the follow-up for corrected diffs failed; the check below is of the first answer");
  }

  let saved: string | null = null;
  if (savePath !== undefined) {
    if (outcome.combined) {
      writeFileSync(savePath, outcome.combined);
      saved = savePath;
      const left = files.filter((f) => !f.applies);
      print(io.stderr, `codex-collab: wrote the diffs that apply (${files.length - left.length} of ${files.length} files) to ${savePath}${left.length > 0 ? `; left out: ${left.map(fileLabel).join(", ")}` : ""}`);
    } else print(io.stderr, `codex-collab: nothing written to ${savePath}: no diff applies`);
  }

  const session = (retry ?? turn).session;
  if (values.json) {
    printJson(io, {
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
      saved,
    });
  } else {
    print(io.stdout, turn.result.agent_messages);
    if (retry?.result.success) print(io.stdout, `\n--- Follow-up: corrected diffs ---\n\n${retry.result.agent_messages}`);
    print(io.stdout, `\n${prototypeSummary(outcome)}`);
  }
  print(io.stderr, `codex-collab: ${SKETCH_WARNING}`);
  // The prototype is advice: diffs that do not apply are reported, not failed. A follow-up that broke the
  // read-only promise or was cancelled still is.
  const code = retry?.result.failure?.code;
  return retry && (code === "SANDBOX_VIOLATION" || code === "CANCELLED") ? turnExitCode(retry) : EXIT.OK;
}
