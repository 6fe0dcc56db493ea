import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  shArg
} from "./chunk-2NAXI352.js";
import {
  NO_CLAUDE_SESSION,
  projectStatus
} from "./chunk-G6GMFUHV.js";
import "./chunk-3BVNDHKI.js";
import "./chunk-APWNE2EQ.js";
import {
  parseVerbArgs,
  print,
  printJson
} from "./chunk-24YLMXXG.js";
import "./chunk-74YMS3QO.js";
import {
  formatUsage,
  formatUsd
} from "./chunk-5D7ZU3CF.js";
import "./chunk-MUYHIS4Y.js";
import {
  table
} from "./chunk-XQ3S6CER.js";
import "./chunk-2N2Y57GQ.js";
import "./chunk-O76QQAV3.js";
import "./chunk-5EGK72M7.js";
import "./chunk-X4VVDXC3.js";

// src/cli/status.ts
import { resolve } from "node:path";
var USAGE = `Usage: codex-collab status [--json] [--cd DIR]
  This project's Codex sessions (stage, turns, tokens), reviews (findings by severity), pending edits and the
  review worker (a running review, edits kept for a retry), and per Claude session: the review budget used, the
  latest task classification and the wake loop (a wake scheduled, rounds used, what was left open).
  --json     the full summary as JSON (every review and Claude session; the text shows the latest 10)
  --cd DIR   project directory (default: current directory)`;
var SHOWN = 10;
function time(iso) {
  return iso.slice(0, 19).replace("T", " ");
}
function more(total) {
  return total > SHOWN ? [`\u2026 ${total - SHOWN} more (--json shows all)`] : [];
}
function formatStatus(root, s, warning) {
  const out = [`codex-collab status \u2014 ${root}`];
  if (warning) out.push(`! ${warning}`);
  out.push("", `Codex sessions (${s.sessions.length})`);
  if (s.sessions.length === 0) out.push('  none yet \u2014 start one with: codex-collab analyze "<requirement>"');
  else {
    const rows = [["NAME", "STAGE", "TURNS", "TOKENS", "COST (EST.)", "UPDATED"]];
    for (const x of s.sessions.slice(0, SHOWN)) rows.push([x.name, `${x.stage}/7 ${x.stageName}`, String(x.turns), String(x.tokens), `~${formatUsd(x.costUsd)}`, time(x.updatedAt)]);
    out.push(indent(table(rows)), ...more(s.sessions.length));
  }
  const running = s.reviews.filter((r) => r.status === "running").length;
  out.push("", `Reviews (${s.reviews.length}${running ? `, ${running} running` : ""})`);
  if (s.reviews.length === 0) out.push("  none yet");
  else {
    const rows = [["ID", "STATUS", "MUST-FIX", "SHOULD-FIX", "NIT", "FILES", "STARTED", "NOTE"]];
    for (const r of s.reviews.slice(0, SHOWN)) {
      const done = r.status === "done";
      const count = (n) => done ? String(n) : "-";
      rows.push([r.id, r.status, count(r.findings["must-fix"]), count(r.findings["should-fix"]), count(r.findings.nit), String(r.files), time(r.startedAt), (r.reason ?? "").slice(0, 60)]);
    }
    out.push(indent(table(rows)), ...more(s.reviews.length));
  }
  const w = s.worker;
  const worker = w.status === "running" ? `review worker running (pid ${w.pid})` : w.status === "dead" ? `review worker NOT running (pid ${w.pid} died; last heartbeat ${time(w.heartbeatAt ?? "")})` : "no review worker running";
  out.push("", `Pending edits: ${s.pendingEdits} \u2014 ${worker}${s.reviewRunning && w.status === "running" ? ", a review is running" : ""}`);
  if (s.retrying) {
    const r = s.retrying;
    out.push(`  ${r.edits} edit(s) kept after a failed review (attempt ${r.attempts}), retried at ${time(r.nextAt)}${r.lastError ? `: ${r.lastError.slice(0, 80)}` : ""}`);
  }
  if (s.pendingEdits > 0 && w.status !== "running") out.push(`  restart it with: codex-collab review-worker --project ${shArg(root)}`);
  if (!s.wake) out.push("  waking Claude with must-fix findings is off (review.wake)");
  out.push("", `Claude sessions (review mode ${s.reviewMode})`);
  if (s.claudeSessions.length === 0) out.push("  none seen yet (the hooks record them)");
  else {
    const rows = [["CLAUDE SESSION", "TASK", "REVIEWS", "REVIEW TOKENS", "PENDING", "WAKE", "LAST ACTIVITY"]];
    for (const c of s.claudeSessions.slice(0, SHOWN)) {
      rows.push([
        c.id === NO_CLAUDE_SESSION ? "(none)" : c.id,
        c.classification ? `${c.classification.level} (${c.classification.score})` : "-",
        `${c.reviews.used}/${c.reviews.max}`,
        `${c.tokens.used}/${c.tokens.max}`,
        String(c.pendingEdits),
        wakeText(c.wake),
        time(c.lastActivity)
      ]);
    }
    out.push(indent(table(rows)), ...more(s.claudeSessions.length));
  }
  return out.join("\n");
}
function formatUsageReport(u) {
  const out = [`Usage \u2014 ${u.project.turns} turns: ${formatUsage(u.project)}`, `  prices of ${u.prices.date} for ${u.prices.defaultModel} unless a model is set (context.prices overrides)`];
  for (const s of [...u.sessions].sort((a, b) => b.costUsd - a.costUsd).slice(0, SHOWN)) {
    out.push(`  ${s.name}: ${s.turns} turns, ~${formatUsd(s.costUsd)}`);
  }
  return out.join("\n");
}
function wakeText(w) {
  if (!w) return "-";
  const state = w.scheduled ? "scheduled" : w.stopped ? `stopped: ${w.stopped}` : "idle";
  return `${state}, round ${w.rounds}/${w.maxRounds}${w.open?.length ? `, ${w.open.length} open` : ""}`;
}
function indent(text) {
  return text.split("\n").map((l) => `  ${l}`).join("\n");
}
async function statusVerb(args, io) {
  const { values } = parseVerbArgs(args, { json: { type: "boolean" }, cd: { type: "string" }, help: { type: "boolean", short: "h" } }, USAGE);
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const status = projectStatus(resolve(io.cwd, values.cd ?? "."), (m) => print(io.stderr, `codex-collab: ${m}`));
  const { project, warning, usage, ...summary } = status;
  if (values.json) printJson(io, status);
  else print(io.stdout, `${formatStatus(project, summary, warning)}

${formatUsageReport(usage)}`);
  return 0;
}
export {
  formatStatus,
  formatUsageReport,
  statusVerb
};
