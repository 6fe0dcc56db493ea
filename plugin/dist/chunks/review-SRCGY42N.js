import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  previewReview,
  reviewChange
} from "./chunk-VWVSZZZG.js";
import {
  formatFindings
} from "./chunk-AIKYF4WE.js";
import "./chunk-APWNE2EQ.js";
import {
  leftOutNotes,
  reviewResult
} from "./chunk-XQZPW43T.js";
import "./chunk-T6FPI2Y7.js";
import "./chunk-BPNAVEWW.js";
import {
  STAGE_OPTIONS,
  STAGE_USAGE_OPTIONS,
  reportTurn,
  stageSetup
} from "./chunk-RW4ZIT6E.js";
import {
  parseVerbArgs,
  print,
  printJson
} from "./chunk-24YLMXXG.js";
import "./chunk-W3UC3DIS.js";
import {
  formatPreview
} from "./chunk-DKVF4M2T.js";
import "./chunk-ZWIYQRNR.js";
import {
  SEVERITY_RANK,
  countBySeverity
} from "./chunk-74YMS3QO.js";
import "./chunk-5D7ZU3CF.js";
import "./chunk-P7EYBF34.js";
import "./chunk-MUYHIS4Y.js";
import {
  Severity
} from "./chunk-XQ3S6CER.js";
import "./chunk-CDH26HK6.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-2N2Y57GQ.js";
import {
  safeParse
} from "./chunk-O76QQAV3.js";
import {
  EXIT,
  UsageError
} from "./chunk-5EGK72M7.js";
import "./chunk-T7IDQBNB.js";
import "./chunk-X4VVDXC3.js";

// src/cli/review.ts
var USAGE = `Usage: codex-collab review [PATH\u2026] [options]
Reviews the current change (staged + unstaged + untracked; lock files, binaries, generated, vendored, ignored and
secret files are left out) in the task's Codex session. A review of fixes (a change since the last review) is the
final review; the same change reviewed again is not.

  --base REF            review everything since REF instead of the uncommitted change
  --focus TEXT          what to look at hardest      --about TEXT   what the change is for
  --final               mark this as the final review (stage 7)
  --full                send the whole change again (by default a later review in the same thread sends only
                        what changed since the thread's last review)
  --dry-run             print exactly what would be sent (prompt, files in and out, redactions); send nothing
  --fail-on SEVERITY    exit ${EXIT.FINDINGS} when a finding of this severity or worse exists (must-fix | should-fix | nit);
                        exit ${EXIT.UNDECIDED} when Codex answered in prose (no findings are guessed from prose)
${STAGE_USAGE_OPTIONS}`;
async function reviewVerb(args, io) {
  const { values, positionals } = parseVerbArgs(
    args,
    { ...STAGE_OPTIONS, base: { type: "string" }, focus: { type: "string" }, about: { type: "string" }, final: { type: "boolean" }, full: { type: "boolean" }, "dry-run": { type: "boolean" }, "fail-on": { type: "string" } },
    USAGE
  );
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !safeParse(Severity, failOn).success) throw new UsageError(`--fail-on takes must-fix, should-fix or nit, not "${failOn}"`, USAGE);
  const setup = stageSetup(values, io);
  const request = {
    ...setup,
    base: values.base,
    paths: positionals.length > 0 ? positionals : void 0,
    focus: values.focus,
    taskText: values.about,
    final: values.final,
    full: values.full
  };
  if (values["dry-run"]) {
    const preview = await previewReview(request);
    if ("skip" in preview) {
      if (values.json) printJson(io, { dryRun: true, skipped: preview.skip });
      else print(io.stdout, `dry run \u2014 nothing would be sent: ${preview.skip}.`);
    } else if (values.json) printJson(io, preview);
    else print(io.stdout, formatPreview(preview));
    return EXIT.OK;
  }
  const outcome = await reviewChange(request);
  const { record, change, budgetNote, parsed, turn } = outcome;
  if (outcome.since && !values.quiet) print(io.stderr, `codex-collab: sent only the change since review ${outcome.since} (the thread has the rest; --full sends it all)`);
  if (!values.quiet) for (const note of leftOutNotes(outcome)) print(io.stderr, `codex-collab: ${note}`);
  if (budgetNote) print(io.stderr, `codex-collab: ${budgetNote}`);
  if (turn) reportTurn(io, turn, values);
  if (parsed && !parsed.structured && parsed.note) print(io.stderr, `codex-collab: ${parsed.note}`);
  if (values.json) {
    printJson(io, reviewResult(outcome));
  } else if (record.status === "skipped") print(io.stdout, `Nothing reviewed: ${record.skipReason}.`);
  else if (parsed?.prose !== void 0) print(io.stdout, `Codex answered in prose (no findings taken from it):

${parsed.prose}

review ${record.id} \xB7 session ${record.sessionName}`);
  else if (parsed) print(io.stdout, `${formatFindings(parsed.result, { color: io.stdout.isTTY === true })}

review ${record.id} \xB7 session ${record.sessionName}`);
  if (record.status === "failed") return turn?.result.failure?.exitCode ?? EXIT.FAILED;
  if (failOn && parsed?.prose !== void 0) return EXIT.UNDECIDED;
  if (failOn && parsed) {
    const counts = countBySeverity(parsed.result.findings);
    const worst = Object.keys(SEVERITY_RANK).filter((s) => SEVERITY_RANK[s] <= SEVERITY_RANK[failOn]);
    if (worst.some((s) => counts[s] > 0)) return EXIT.FINDINGS;
  }
  return EXIT.OK;
}
export {
  reviewVerb
};
