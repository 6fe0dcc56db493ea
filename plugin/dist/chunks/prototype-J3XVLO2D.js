import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  previewPrototype,
  runPrototype
} from "./chunk-6FR7UATY.js";
import {
  SKETCH_WARNING,
  fileLabel,
  prototypeResult,
  prototypeSummary,
  prototypeText
} from "./chunk-XQZPW43T.js";
import "./chunk-T6FPI2Y7.js";
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
  printJson
} from "./chunk-24YLMXXG.js";
import {
  commonVars
} from "./chunk-W3UC3DIS.js";
import "./chunk-DKVF4M2T.js";
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
  EXIT,
  UsageError
} from "./chunk-5EGK72M7.js";
import "./chunk-T7IDQBNB.js";
import "./chunk-X4VVDXC3.js";

// src/cli/prototype.ts
import { closeSync, constants, openSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
var USAGE = `Usage: codex-collab prototype [options] <task>      (or the task on stdin)
Codex sketches the change as unified diffs in its answer (it edits nothing). Each file's diff is checked with
git apply --check \u2014 never applied \u2014 and diffs that do not apply go back to Codex once for a correction.

  --design TEXT      the agreed design to follow      --design-file F   the same, read from a file
  --save FILE        write the diffs that apply, combined into one patch, to FILE (otherwise nothing is written)

${STAGE_USAGE_OPTIONS}`;
async function prototypeVerb(args, io) {
  const { values, positionals } = parseVerbArgs(args, { ...STAGE_OPTIONS, design: { type: "string" }, "design-file": { type: "string" }, save: { type: "string" } }, USAGE);
  if (values.help) {
    print(io.stdout, USAGE);
    return EXIT.OK;
  }
  if (values.design !== void 0 && values["design-file"] !== void 0) throw new UsageError("--design and --design-file exclude each other", USAGE);
  const task = await userText(positionals, io, "task", USAGE);
  const design = values["design-file"] !== void 0 ? readFileSync(resolve(io.cwd, values["design-file"]), "utf8") : values.design;
  const savePath = values.save !== void 0 ? resolve(io.cwd, values.save) : void 0;
  const setup = stageSetup(values, io);
  const vars = { task, ...commonVars(values) };
  if (design?.trim()) vars.design = design;
  if (values["dry-run"]) return emitPreview(io, await previewPrototype({ ...setup, vars, userText: task }), values);
  const outcome = await runPrototype({
    ...setup,
    vars,
    userText: task,
    onRetry: (failed) => {
      if (!values.quiet) print(io.stderr, `codex-collab: ${failed.length} diff${failed.length === 1 ? "" : "s"} did not apply (${failed.map(fileLabel).join(", ")}); asking Codex once for corrections in the same session`);
    }
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
  let saved = null;
  if (savePath !== void 0) {
    if (outcome.combined) {
      try {
        const fd = openSync(savePath, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 420);
        try {
          writeFileSync(fd, outcome.combined);
        } finally {
          closeSync(fd);
        }
        saved = savePath;
        const left = files.filter((f) => !f.applies);
        print(io.stderr, `codex-collab: wrote the diffs that apply (${files.length - left.length} of ${files.length} files) to ${savePath}${left.length > 0 ? `; left out: ${left.map(fileLabel).join(", ")}` : ""}`);
      } catch (e) {
        const why = e.code === "ELOOP" ? "it is a symbolic link" : e.message;
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
  const code = retry?.result.failure?.code;
  return retry && (code === "SANDBOX_VIOLATION" || code === "CANCELLED") ? turnExitCode(retry) : EXIT.OK;
}
export {
  SKETCH_WARNING,
  prototypeSummary,
  prototypeVerb
};
