import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  reviewChange
} from "./chunk-CWQD44TF.js";
import {
  formatFindings
} from "./chunk-6I6GK4CH.js";
import {
  SEVERITY_RANK,
  countBySeverity
} from "./chunk-74YMS3QO.js";
import "./chunk-7ITYIVUS.js";
import {
  leftOutNotes,
  reviewResult
} from "./chunk-US6X3PEO.js";
import "./chunk-6MOMFP2S.js";
import "./chunk-XB2KXZHW.js";
import {
  STAGE_OPTIONS,
  STAGE_USAGE_OPTIONS,
  reportTurn,
  stageSetup
} from "./chunk-5ISAMTJF.js";
import {
  parseVerbArgs,
  print,
  printJson
} from "./chunk-3YF2N4CT.js";
import "./chunk-NUTQ7FJE.js";
import "./chunk-DI3QD2SS.js";
import "./chunk-WAZZ7GA4.js";
import "./chunk-IFZP5CNE.js";
import {
  Severity
} from "./chunk-TDWSTA6Y.js";
import "./chunk-Y6OAWYK6.js";
import "./chunk-QR7TU3TZ.js";
import "./chunk-2457UOSZ.js";
import {
  safeParse
} from "./chunk-O2EGVUQG.js";
import {
  EXIT,
  UsageError
} from "./chunk-UMH65Y2S.js";
import "./chunk-T7IDQBNB.js";
import "./chunk-X4VVDXC3.js";

// src/cli/review.ts
var USAGE = `Usage: codex-collab review [PATH\u2026] [options]
Reviews the current change (staged + unstaged + untracked; lock files, binaries, generated, vendored, ignored and
secret files are left out) in the task's Codex session. A review after an earlier review is the final review.

  --base REF            review everything since REF instead of the uncommitted change
  --focus TEXT          what to look at hardest      --about TEXT   what the change is for
  --final               mark this as the final review (stage 7)
  --fail-on SEVERITY    exit ${EXIT.FINDINGS} when a finding of this severity or worse exists (must-fix | should-fix | nit)
${STAGE_USAGE_OPTIONS}`;
async function reviewVerb(args, io) {
  const { values, positionals } = parseVerbArgs(
    args,
    { ...STAGE_OPTIONS, base: { type: "string" }, focus: { type: "string" }, about: { type: "string" }, final: { type: "boolean" }, "fail-on": { type: "string" } },
    USAGE
  );
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !safeParse(Severity, failOn).success) throw new UsageError(`--fail-on takes must-fix, should-fix or nit, not "${failOn}"`, USAGE);
  const setup = stageSetup(values, io);
  const outcome = await reviewChange({
    ...setup,
    base: values.base,
    paths: positionals.length > 0 ? positionals : void 0,
    focus: values.focus,
    taskText: values.about,
    final: values.final
  });
  const { record, change, budgetNote, parsed, turn } = outcome;
  if (!values.quiet) for (const note of leftOutNotes(outcome)) print(io.stderr, `codex-collab: ${note}`);
  if (change.redactions.count > 0) {
    print(io.stderr, `codex-collab: redacted ${change.redactions.count} secret${change.redactions.count === 1 ? "" : "s"} in the diff before sending (${Object.entries(change.redactions.kinds).map(([k, n]) => `${k}\xD7${n}`).join(", ")})`);
  }
  if (budgetNote) print(io.stderr, `codex-collab: ${budgetNote}`);
  if (turn) reportTurn(io, turn, values);
  if (parsed && !parsed.structured && parsed.note) print(io.stderr, `codex-collab: ${parsed.note}`);
  if (values.json) {
    printJson(io, reviewResult(outcome));
  } else if (record.status === "skipped") print(io.stdout, `Nothing reviewed: ${record.skipReason}.`);
  else if (parsed) print(io.stdout, `${formatFindings(parsed.result, { color: io.stdout.isTTY === true })}

review ${record.id} \xB7 session ${record.sessionName}`);
  if (record.status === "failed") return turn?.result.failure?.exitCode ?? EXIT.FAILED;
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
