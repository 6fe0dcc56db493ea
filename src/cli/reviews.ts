import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import { findProjectRoot } from "../project.js";
import { countBySeverity } from "../review/findings.js";
import { formatFindings } from "../review/schema.js";
import type { ReviewRecord } from "../state/schema.js";
import { openStore } from "../state/store.js";
import { parseVerbArgs, print, printJson, type Io } from "./io.js";
import { table } from "../text.js";
import { pickReviews } from "../workflow/status.js";

const USAGE = `Usage: codex-collab reviews list [--json]
       codex-collab reviews show [ID…] [--json]     (default: the latest review)
  --cd DIR   project directory (default: current directory)`;

function summary(r: ReviewRecord): string {
  if (r.answer === "prose") return "prose answer, no findings";
  const c = countBySeverity(r.findings);
  return `${c["must-fix"]} must-fix, ${c["should-fix"]} should-fix, ${c.nit} nit`;
}

function showReview(r: ReviewRecord): string {
  const head = [
    `review   ${r.id}  (${r.status}${r.skipReason ? `: ${r.skipReason}` : ""})`,
    `session  ${r.sessionName}`,
    `files    ${r.files.join(", ") || "-"}`,
    `time     ${r.startedAt}${r.finishedAt ? ` → ${r.finishedAt}` : ""}`,
  ];
  if (r.usage) head.push(`tokens   ${r.usage.input_tokens} in, ${r.usage.output_tokens} out`);
  if (r.promptBytes !== undefined) head.push(`sent     ${r.sentFiles ?? 0} file diff(s), ${r.promptBytes} bytes${r.since ? `: only the change since review ${r.since}` : ": the whole change"}`);
  if (r.error) head.push(`error    ${r.error}`);
  if (r.status !== "done") return head.join("\n");
  if (r.answer === "prose") return `${head.join("\n")}\n\nCodex answered in prose (no findings taken from it):\n\n${r.summary ?? ""}`;
  return `${head.join("\n")}\n\n${formatFindings({ verdict: (r.verdict ?? "comment") as "comment", summary: "", findings: r.findings })}`;
}

export async function reviewsVerb(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseVerbArgs(args, { json: { type: "boolean" }, cd: { type: "string" }, help: { type: "boolean", short: "h" } }, USAGE);
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const [action = "list", ...ids] = positionals;
  const reviews = openStore(findProjectRoot(resolve(io.cwd, values.cd ?? "."))).read().reviews;
  if (action === "list") {
    if (values.json) printJson(io, reviews);
    else if (reviews.length === 0) print(io.stdout, "No reviews yet. Run one with: codex-collab review");
    else {
      const rows = [["ID", "STATUS", "FINDINGS", "FILES", "STARTED"]];
      for (const r of [...reviews].reverse()) rows.push([r.id, r.status, r.status === "done" ? summary(r) : (r.skipReason ?? r.error ?? "-").slice(0, 40), String(r.files.length), r.startedAt.slice(0, 19).replace("T", " ")]);
      print(io.stdout, table(rows));
    }
    return 0;
  }
  if (action !== "show") throw new UsageError(`unknown reviews action "${action}"`, USAGE);
  const found = pickReviews(reviews, ids);
  if (values.json) printJson(io, found);
  else print(io.stdout, found.map(showReview).join("\n\n"));
  return 0;
}
