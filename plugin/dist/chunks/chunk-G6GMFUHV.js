import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  pendingWithJournal,
  workerAlive
} from "./chunk-3BVNDHKI.js";
import {
  countBySeverity
} from "./chunk-74YMS3QO.js";
import {
  openStore,
  usageReport
} from "./chunk-5D7ZU3CF.js";
import {
  STAGES,
  isAlive
} from "./chunk-XQ3S6CER.js";
import {
  Config,
  loadConfig
} from "./chunk-2N2Y57GQ.js";
import {
  parse
} from "./chunk-O76QQAV3.js";
import {
  UsageError,
  findProjectRoot,
  isCodexCollabError
} from "./chunk-5EGK72M7.js";

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
  const pidAlive = opts.pidAlive ?? (() => true);
  const sessions = Object.values(state.sessions).sort((a, b) => a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0).map(
    (s) => ({
      name: s.name,
      threadId: s.threadId,
      stage: s.stage,
      stageName: STAGES[s.stage] ?? "",
      turns: s.turns,
      tokens: s.usage.input_tokens + s.usage.output_tokens,
      costUsd: s.costUsd ?? 0,
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
      lastActivity,
      ...wakeOf(state, config, id, pidAlive)
    };
  });
  const w = state.worker;
  const worker = opts.workerAlive && w ? { status: "running", pid: w.pid, heartbeatAt: w.heartbeatAt } : w ? { status: "dead", pid: w.pid, heartbeatAt: w.heartbeatAt } : { status: "idle" };
  const failed = state.pendingEdits.filter((e) => e.retryAt !== void 0);
  const retrying = failed.length === 0 ? null : {
    edits: failed.length,
    attempts: Math.max(...failed.map((e) => e.attempts ?? 0)),
    nextAt: failed.map((e) => e.retryAt).sort()[0],
    ...failed[0]?.lastError !== void 0 ? { lastError: failed[0].lastError } : {}
  };
  return {
    reviewMode: config.review.mode,
    sessions,
    reviews,
    pendingEdits: state.pendingEdits.length,
    reviewRunning: state.reviews.some((r) => r.status === "running"),
    retrying,
    worker,
    claudeSessions,
    wake: config.review.wake
  };
}
function wakeOf(state, config, id, pidAlive) {
  const loop = state.wake?.[id];
  if (!loop) return {};
  return {
    wake: {
      scheduled: loop.waiter !== void 0 && pidAlive(loop.waiter.pid),
      rounds: loop.rounds,
      maxRounds: config.review.wakeRounds,
      ...loop.stoppedAt !== void 0 ? { stopped: loop.stopReason ?? "stopped" } : {},
      ...loop.open !== void 0 ? { open: loop.open } : {},
      rejected: Object.keys(loop.rejected).length
    }
  };
}

// src/workflow/status.ts
function projectStatus(cwd, onWarning) {
  const root = findProjectRoot(cwd);
  const state = openStore(root, { onWarning }).read();
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
  const summary = summarize(pending, config, { workerAlive: workerAlive(state.worker, /* @__PURE__ */ new Date()), pidAlive: isAlive });
  return { project: root, ...warning ? { warning } : {}, ...summary, usage: usageReport(state, config) };
}
function pickReviews(reviews, ids) {
  const picked = ids.length === 0 ? reviews.slice(-1) : ids.map((id) => reviews.find((r) => r.id === id || r.id.startsWith(id)));
  const missing = ids.filter((_, i) => !picked[i]);
  if (missing.length > 0 || picked.length === 0) {
    throw new UsageError(ids.length === 0 ? "no reviews yet" : `no review ${missing.join(", ")}`, 'List them with "codex-collab reviews list".');
  }
  return picked.filter((r) => r !== void 0);
}

export {
  NO_CLAUDE_SESSION,
  projectStatus,
  pickReviews
};
