import { EXIT } from "../errors.js";
import { UsageError } from "../errors.js";
import { countBySeverity, SEVERITY_RANK } from "../review/findings.js";
import { formatFindings } from "../review/schema.js";
import { Severity } from "../state/schema.js";
import { reviewChange } from "../workflow/review.js";
import { isOwnStatePath } from "../project.js";
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
  --fail-on SEVERITY    exit ${EXIT.FINDINGS} when a finding of this severity or worse exists (must-fix | should-fix | nit);
                        exit ${EXIT.UNDECIDED} when Codex answered in prose (no findings are guessed from prose)
${STAGE_USAGE_OPTIONS}`;

export async function reviewVerb(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseVerbArgs(
    args,
    { ...STAGE_OPTIONS, base: { type: "string" }, focus: { type: "string" }, about: { type: "string" }, final: { type: "boolean" }, "fail-on": { type: "string" } },
    USAGE,
  );
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const failOn = values["fail-on"];
  if (failOn !== undefined && !z.safeParse(Severity, failOn).success) throw new UsageError(`--fail-on takes must-fix, should-fix or nit, not "${failOn}"`, USAGE);
  const setup = stageSetup(values as StageValues, io);
  const outcome = await reviewChange({
    ...setup,
    base: values.base,
    paths: positionals.length > 0 ? positionals : undefined,
    focus: values.focus,
    taskText: values.about,
    final: values.final,
  });
  const { record, change, budgetNote, parsed, turn } = outcome;
  for (const s of change.skipped) if (!values.quiet && !isOwnStatePath(s.path)) print(io.stderr, `codex-collab: left out ${s.path} (${s.reason})`);
  if (change.redactions.count > 0) {
    print(io.stderr, `codex-collab: redacted ${change.redactions.count} secret${change.redactions.count === 1 ? "" : "s"} in the diff before sending (${Object.entries(change.redactions.kinds).map(([k, n]) => `${k}×${n}`).join(", ")})`);
  }
  if (budgetNote) print(io.stderr, `codex-collab: ${budgetNote}`);
  if (turn) reportTurn(io, turn, values);
  if (parsed && !parsed.structured && parsed.note) print(io.stderr, `codex-collab: ${parsed.note}`);

  if (values.json) {
    printJson(io, {
      success: record.status === "done" || record.status === "skipped",
      SESSION_ID: turn?.result.SESSION_ID ?? null,
      review: record,
      // findings: schema-shaped findings (maybe none); prose: Codex ignored the format, see `prose`, no findings.
      outcome: record.status !== "done" ? record.status : parsed?.prose !== undefined ? "prose" : "findings",
      prose: parsed?.prose ?? null,
      structured: parsed?.structured ?? null,
      left_out: change.skipped,
      budget_note: budgetNote || null,
      redactions: change.redactions.count + (turn?.redactions.count ?? 0),
      usage: turn?.result.usage ?? null,
      error: turn?.result.error,
    });
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
