import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  pickReviews
} from "./chunk-G6GMFUHV.js";
import "./chunk-3BVNDHKI.js";
import {
  formatFindings
} from "./chunk-AIKYF4WE.js";
import "./chunk-APWNE2EQ.js";
import {
  parseVerbArgs,
  print,
  printJson
} from "./chunk-24YLMXXG.js";
import {
  countBySeverity
} from "./chunk-74YMS3QO.js";
import {
  openStore
} from "./chunk-5D7ZU3CF.js";
import "./chunk-MUYHIS4Y.js";
import {
  table
} from "./chunk-XQ3S6CER.js";
import "./chunk-2N2Y57GQ.js";
import "./chunk-O76QQAV3.js";
import {
  UsageError,
  findProjectRoot
} from "./chunk-5EGK72M7.js";
import "./chunk-X4VVDXC3.js";

// src/cli/reviews.ts
import { resolve } from "node:path";
var USAGE = `Usage: codex-collab reviews list [--json]
       codex-collab reviews show [ID\u2026] [--json]     (default: the latest review)
  --cd DIR   project directory (default: current directory)`;
function summary(r) {
  if (r.answer === "prose") return "prose answer, no findings";
  const c = countBySeverity(r.findings);
  return `${c["must-fix"]} must-fix, ${c["should-fix"]} should-fix, ${c.nit} nit`;
}
function showReview(r) {
  const head = [
    `review   ${r.id}  (${r.status}${r.skipReason ? `: ${r.skipReason}` : ""})`,
    `session  ${r.sessionName}`,
    `files    ${r.files.join(", ") || "-"}`,
    `time     ${r.startedAt}${r.finishedAt ? ` \u2192 ${r.finishedAt}` : ""}`
  ];
  if (r.usage) head.push(`tokens   ${r.usage.input_tokens} in, ${r.usage.output_tokens} out`);
  if (r.promptBytes !== void 0) head.push(`sent     ${r.sentFiles ?? 0} file diff(s), ${r.promptBytes} bytes${r.since ? `: only the change since review ${r.since}` : ": the whole change"}`);
  if (r.error) head.push(`error    ${r.error}`);
  if (r.status !== "done") return head.join("\n");
  if (r.answer === "prose") return `${head.join("\n")}

Codex answered in prose (no findings taken from it):

${r.summary ?? ""}`;
  return `${head.join("\n")}

${formatFindings({ verdict: r.verdict ?? "comment", summary: "", findings: r.findings })}`;
}
async function reviewsVerb(args, io) {
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
export {
  reviewsVerb
};
