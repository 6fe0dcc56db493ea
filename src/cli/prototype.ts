// prototype: stage 3. Codex sketches the change as unified diffs in the task's session; we check them with
// git apply --check (never applying them) and ask once for corrections. Claude writes the real code.
import { closeSync, constants, openSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { EXIT, UsageError } from "../errors.js";
import { previewPrototype, runPrototype, type PrototypeVars } from "../workflow/prototype.js";
import { fileLabel, prototypeResult, prototypeText, SKETCH_WARNING } from "../workflow/results.js";
import { parseVerbArgs, print, printJson, type Io } from "./io.js";
import { emitPreview, reportTurn, turnExitCode } from "./report.js";
import { commonVars, STAGE_OPTIONS, STAGE_USAGE_OPTIONS, stageSetup, userText, type StageValues } from "./stage-args.js";

const USAGE = `Usage: codex-collab prototype [options] <task>      (or the task on stdin)
Codex sketches the change as unified diffs in its answer (it edits nothing). Each file's diff is checked with
git apply --check — never applied — and diffs that do not apply go back to Codex once for a correction.

  --design TEXT      the agreed design to follow      --design-file F   the same, read from a file
  --save FILE        write the diffs that apply, combined into one patch, to FILE (otherwise nothing is written)

${STAGE_USAGE_OPTIONS}`;

export { prototypeSummary, SKETCH_WARNING } from "../workflow/results.js";

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
    if (values.json) printJson(io, prototypeResult(outcome));
    return turnExitCode(turn);
  }
  if (retry) {
    reportTurn(io, retry, values);
    if (!retry.result.success) print(io.stderr, "codex-collab: the follow-up for corrected diffs failed; the check below is of the first answer");
  }

  let saved: string | null = null;
  if (savePath !== undefined) {
    if (outcome.combined) {
      try {
        // Never through a link: a repository could plant one under the name you pick.
        const fd = openSync(savePath, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o644);
        try {
          writeFileSync(fd, outcome.combined);
        } finally {
          closeSync(fd);
        }
        saved = savePath;
        const left = files.filter((f) => !f.applies);
        print(io.stderr, `codex-collab: wrote the diffs that apply (${files.length - left.length} of ${files.length} files) to ${savePath}${left.length > 0 ? `; left out: ${left.map(fileLabel).join(", ")}` : ""}`);
      } catch (e) {
        const why = (e as NodeJS.ErrnoException).code === "ELOOP" ? "it is a symbolic link" : (e as Error).message;
        print(io.stderr, `codex-collab: nothing written to ${savePath}: ${why}`);
      }
    } else print(io.stderr, `codex-collab: nothing written to ${savePath}: no diff applies`);
  }

  if (values.json) {
    printJson(io, { ...prototypeResult(outcome), saved });
  } else {
    print(io.stdout, prototypeText(outcome));
  }
  print(io.stderr, `codex-collab: ${SKETCH_WARNING}`);
  // The prototype is advice: diffs that do not apply are reported, not failed. A follow-up that broke the
  // read-only promise or was cancelled still is.
  const code = retry?.result.failure?.code;
  return retry && (code === "SANDBOX_VIOLATION" || code === "CANCELLED") ? turnExitCode(retry) : EXIT.OK;
}
