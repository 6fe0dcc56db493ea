import { EXIT } from "../errors.js";
import { UsageError } from "../errors.js";
import { countBySeverity, SEVERITY_RANK } from "../review/findings.js";
import { formatFindings } from "../review/schema.js";
import { Severity } from "../state/schema.js";
import { formatPreview } from "../workflow/preview.js";
import { previewReview, reviewChange } from "../workflow/review.js";
import { leftOutNotes, reviewResult } from "../workflow/results.js";
import { parseVerbArgs, print, printJson, type Io } from "./io.js";
import { reportTurn } from "./report.js";
import { STAGE_OPTIONS, STAGE_USAGE_OPTIONS, stageSetup, type StageValues } from "./stage-args.js";
import * as z from "zod/mini";

const USAGE = `Usage: codex-collab review [PATH…] [options]
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

export async function reviewVerb(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseVerbArgs(
    args,
    { ...STAGE_OPTIONS, base: { type: "string" }, focus: { type: "string" }, about: { type: "string" }, final: { type: "boolean" }, full: { type: "boolean" }, "dry-run": { type: "boolean" }, "fail-on": { type: "string" } },
    USAGE,
  );
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const failOn = values["fail-on"];
  if (failOn !== undefined && !z.safeParse(Severity, failOn).success) throw new UsageError(`--fail-on takes must-fix, should-fix or nit, not "${failOn}"`, USAGE);
  const setup = stageSetup(values as StageValues, io);
  const request = {
    ...setup,
    base: values.base,
    paths: positionals.length > 0 ? positionals : undefined,
    focus: values.focus,
    taskText: values.about,
    final: values.final,
    full: values.full,
  };
  if (values["dry-run"]) {
    const preview = await previewReview(request);
    if ("skip" in preview) {
      if (values.json) printJson(io, { dryRun: true, skipped: preview.skip });
      else print(io.stdout, `dry run — nothing would be sent: ${preview.skip}.`);
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
  else if (parsed?.prose !== undefined) print(io.stdout, `Codex answered in prose (no findings taken from it):\n\n${parsed.prose}\n\nreview ${record.id} · session ${record.sessionName}`);
  else if (parsed) print(io.stdout, `${formatFindings(parsed.result, { color: (io.stdout as { isTTY?: boolean }).isTTY === true })}\n\nreview ${record.id} · session ${record.sessionName}`);

  if (record.status === "failed") return turn?.result.failure?.exitCode ?? EXIT.FAILED;
  // The documented rule: a gate cannot pass on an answer it cannot read, nor fail on findings nobody made.
  if (failOn && parsed?.prose !== undefined) return EXIT.UNDECIDED;
  if (failOn && parsed) {
    const counts = countBySeverity(parsed.result.findings);
    const worst = (Object.keys(SEVERITY_RANK) as Severity[]).filter((s) => SEVERITY_RANK[s] <= SEVERITY_RANK[failOn as Severity]);
    if (worst.some((s) => counts[s] > 0)) return EXIT.FINDINGS;
  }
  return EXIT.OK;
}
