import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  shArg
} from "./chunk-2NAXI352.js";
import {
  pendingWithJournal,
  workerAlive
} from "./chunk-P2E45VMS.js";
import {
  countBySeverity
} from "./chunk-74YMS3QO.js";
import {
  loadConfig
} from "./chunk-53BBWQ4D.js";
import {
  Config
} from "./chunk-UBYVC3JQ.js";
import {
  table
} from "./chunk-BJX6YBSH.js";
import "./chunk-OCYRSVXL.js";
import {
  STAGES,
  openStore
} from "./chunk-TAH6EO5F.js";
import {
  parseVerbArgs,
  print,
  printJson
} from "./chunk-23XL5EZ7.js";
import {
  findProjectRoot,
  parse
} from "./chunk-UPM4JHD7.js";
import {
  isCodexCollabError
} from "./chunk-CVUZ6IGW.js";
import "./chunk-P3CBC5YO.js";

// src/cli/status.ts
import { resolve } from "node:path";

// src/state/summary.ts
var NO_CLAUDE_SESSION = "default";
function keyOf(claudeSessionId) {
  return claudeSessionId ?? NO_CLAUDE_SESSION;
}
function budgetUsed(state, claudeSessionId) {
  const mine = state.reviews.filter((r) => keyOf(r.claudeSessionId) === claudeSessionId && (r.status === "done" || r.status === "failed"));
  return {
    reviews: mine.filter((r) => r.status === "done").length,
    tokens: mine.reduce((n, r) => n + (r.usage ? r.usage.input_tokens + r.usage.output_tokens : 0), 0)
  };
}
function latest(a, b) {
  return b !== void 0 && b > a ? b : a;
}
function summarize(state, config, opts) {
  const sessions = Object.values(state.sessions).sort((a, b) => a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0).map(
    (s) => ({
      name: s.name,
      threadId: s.threadId,
      stage: s.stage,
      stageName: STAGES[s.stage] ?? "",
      turns: s.turns,
      tokens: s.usage.input_tokens + s.usage.output_tokens,
      updatedAt: s.updatedAt,
      ...s.claudeSessionId !== void 0 ? { claudeSessionId: s.claudeSessionId } : {},
      ...s.task !== void 0 ? { task: s.task } : {}
    })
  );
  const reviews = [...state.reviews].sort((a, b) => a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0).map((r) => {
    const reason = r.error ?? r.skipReason;
    return {
      id: r.id,
      sessionName: r.sessionName,
      ...r.claudeSessionId !== void 0 ? { claudeSessionId: r.claudeSessionId } : {},
      status: r.status,
      startedAt: r.startedAt,
      ...r.finishedAt !== void 0 ? { finishedAt: r.finishedAt } : {},
      files: r.files.length,
      findings: countBySeverity(r.findings),
      ...r.verdict !== void 0 ? { verdict: r.verdict } : {},
      ...reason !== void 0 ? { reason } : {}
    };
  });
  const seen = /* @__PURE__ */ new Map();
  const touch = (id, at) => seen.set(id, latest(seen.get(id) ?? "", at));
  for (const [id, c] of Object.entries(state.classifications)) touch(id, c.at);
  for (const r of state.reviews) touch(keyOf(r.claudeSessionId), r.finishedAt ?? r.startedAt);
  for (const e of state.pendingEdits) touch(keyOf(e.claudeSessionId), e.at);
  for (const s of Object.values(state.sessions)) if (s.claudeSessionId !== void 0) touch(s.claudeSessionId, s.updatedAt);
  const claudeSessions = [...seen.entries()].sort(([, a], [, b]) => a < b ? 1 : a > b ? -1 : 0).map(([id, lastActivity]) => {
    const used = budgetUsed(state, id);
    return {
      id,
      classification: state.classifications[id] ?? null,
      reviews: { used: used.reviews, max: config.review.maxReviewsPerSession },
      tokens: { used: used.tokens, max: config.review.maxTokensPerSession },
      pendingEdits: state.pendingEdits.filter((e) => keyOf(e.claudeSessionId) === id).length,
      lastActivity
    };
  });
  const w = state.worker;
  const worker = opts.workerAlive && w ? { status: "running", pid: w.pid, heartbeatAt: w.heartbeatAt } : w ? { status: "dead", pid: w.pid, heartbeatAt: w.heartbeatAt } : { status: "idle" };
  return { reviewMode: config.review.mode, sessions, reviews, pendingEdits: state.pendingEdits.length, worker, claudeSessions };
}

// src/cli/status.ts
var USAGE = `Usage: codex-collab status [--json] [--cd DIR]
  This project's Codex sessions (stage, turns, tokens), reviews (findings by severity), pending edits and the
  review worker, and per Claude session: the review budget used and the latest task classification.
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
    const rows = [["NAME", "STAGE", "TURNS", "TOKENS", "UPDATED"]];
    for (const x of s.sessions.slice(0, SHOWN)) rows.push([x.name, `${x.stage}/7 ${x.stageName}`, String(x.turns), String(x.tokens), time(x.updatedAt)]);
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
  out.push("", `Pending edits: ${s.pendingEdits} \u2014 ${worker}`);
  if (s.pendingEdits > 0 && w.status !== "running") out.push(`  restart it with: codex-collab review-worker --project ${shArg(root)}`);
  out.push("", `Claude sessions (review mode ${s.reviewMode})`);
  if (s.claudeSessions.length === 0) out.push("  none seen yet (the hooks record them)");
  else {
    const rows = [["CLAUDE SESSION", "TASK", "REVIEWS", "REVIEW TOKENS", "PENDING", "LAST ACTIVITY"]];
    for (const c of s.claudeSessions.slice(0, SHOWN)) {
      rows.push([
        c.id === NO_CLAUDE_SESSION ? "(none)" : c.id,
        c.classification ? `${c.classification.level} (${c.classification.score})` : "-",
        `${c.reviews.used}/${c.reviews.max}`,
        `${c.tokens.used}/${c.tokens.max}`,
        String(c.pendingEdits),
        time(c.lastActivity)
      ]);
    }
    out.push(indent(table(rows)), ...more(s.claudeSessions.length));
  }
  return out.join("\n");
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
  const root = findProjectRoot(resolve(io.cwd, values.cd ?? "."));
  const state = openStore(root, { onWarning: (m) => print(io.stderr, `codex-collab: ${m}`) }).read();
  let config;
  let warning;
  try {
    config = loadConfig(root);
  } catch (e) {
    if (!isCodexCollabError(e)) throw e;
    config = parse(Config, {});
    warning = `${e.message} \u2014 budgets below use the defaults (codex-collab doctor shows the fix).`;
  }
  const pending = { ...state, pendingEdits: pendingWithJournal(state, root) };
  const summary = summarize(pending, config, { workerAlive: workerAlive(state.worker, /* @__PURE__ */ new Date()) });
  if (values.json) printJson(io, { project: root, ...warning ? { warning } : {}, ...summary });
  else print(io.stdout, formatStatus(root, summary, warning));
  return 0;
}
export {
  formatStatus,
  statusVerb
};
