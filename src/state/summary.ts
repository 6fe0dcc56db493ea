// What `codex-collab status` reports, as a pure function of the state file and the config: sessions and their
// stage, reviews and their findings, pending edits, and each Claude session's review budget and latest
// classification. Liveness of the worker is passed in (it needs a process probe), so this stays pure.
import type { Config } from "../config/schema.js";
import { countBySeverity } from "../review/findings.js";
import { STAGES, type Classification, type ReviewRecord, type Severity, type StateFile } from "./schema.js";

/** Key of edits, reviews and classifications made outside any Claude session (the hooks use the same key). */
export const NO_CLAUDE_SESSION = "default";

export interface SessionSummary {
  name: string;
  threadId: string | null;
  stage: number;
  stageName: string;
  turns: number;
  tokens: number;
  /** Estimated USD of the session's turns. */
  costUsd: number;
  updatedAt: string;
  claudeSessionId?: string;
  task?: string;
}

export interface ReviewSummary {
  id: string;
  sessionName: string;
  claudeSessionId?: string;
  status: ReviewRecord["status"];
  startedAt: string;
  finishedAt?: string;
  files: number;
  findings: Record<Severity, number>;
  verdict?: string;
  /** Why it failed or was skipped. */
  reason?: string;
}

export interface ClaudeSessionSummary {
  /** Claude Code's session id, or NO_CLAUDE_SESSION. */
  id: string;
  classification: Classification | null;
  reviews: { used: number; max: number };
  tokens: { used: number; max: number };
  pendingEdits: number;
  lastActivity: string;
  /** The wake loop: whether a hook waits to wake Claude with this session's review, and the rounds used. */
  wake?: { scheduled: boolean; rounds: number; maxRounds: number; stopped?: string; open?: string[]; rejected: number };
}

/** Edits whose review failed and waits for its retry (the worker's backoff). */
export interface RetrySummary {
  edits: number;
  attempts: number;
  nextAt: string;
  lastError?: string;
}

export interface WorkerSummary {
  /** running: heartbeat fresh and pid alive; dead: recorded but gone; idle: none recorded. */
  status: "running" | "dead" | "idle";
  pid?: number;
  heartbeatAt?: string;
}

export interface StatusSummary {
  reviewMode: Config["review"]["mode"];
  sessions: SessionSummary[];
  reviews: ReviewSummary[];
  pendingEdits: number;
  /** A review is running now (the worker's). */
  reviewRunning: boolean;
  retrying: RetrySummary | null;
  worker: WorkerSummary;
  claudeSessions: ClaudeSessionSummary[];
  /** Whether an idle Claude is woken with must-fix findings (review.wake). */
  wake: boolean;
}

function keyOf(claudeSessionId: string | undefined): string {
  return claudeSessionId ?? NO_CLAUDE_SESSION;
}

/**
 * Budget use of one Claude session, counted as the review worker's policy counts it: reviews that finished
 * (done) against maxReviewsPerSession, tokens of done and failed reviews against maxTokensPerSession.
 */
export function budgetUsed(state: StateFile, claudeSessionId: string): { reviews: number; tokens: number } {
  const mine = state.reviews.filter((r) => keyOf(r.claudeSessionId) === claudeSessionId && (r.status === "done" || r.status === "failed"));
  return {
    reviews: mine.filter((r) => r.status === "done").length,
    tokens: mine.reduce((n, r) => n + (r.usage ? r.usage.input_tokens + r.usage.output_tokens : 0), 0),
  };
}

function latest(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}

export function summarize(state: StateFile, config: Config, opts: { workerAlive: boolean; pidAlive?: (pid: number) => boolean }): StatusSummary {
  const pidAlive = opts.pidAlive ?? (() => true);
  const sessions = Object.values(state.sessions)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .map(
      (s): SessionSummary => ({
        name: s.name,
        threadId: s.threadId,
        stage: s.stage,
        stageName: STAGES[s.stage] ?? "",
        turns: s.turns,
        tokens: s.usage.input_tokens + s.usage.output_tokens,
        costUsd: s.costUsd ?? 0,
        updatedAt: s.updatedAt,
        ...(s.claudeSessionId !== undefined ? { claudeSessionId: s.claudeSessionId } : {}),
        ...(s.task !== undefined ? { task: s.task } : {}),
      }),
    );

  const reviews = [...state.reviews]
    .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0))
    .map((r): ReviewSummary => {
      const reason = r.error ?? r.skipReason;
      return {
        id: r.id,
        sessionName: r.sessionName,
        ...(r.claudeSessionId !== undefined ? { claudeSessionId: r.claudeSessionId } : {}),
        status: r.status,
        startedAt: r.startedAt,
        ...(r.finishedAt !== undefined ? { finishedAt: r.finishedAt } : {}),
        files: r.files.length,
        findings: countBySeverity(r.findings),
        ...(r.verdict !== undefined ? { verdict: r.verdict } : {}),
        ...(reason !== undefined ? { reason } : {}),
      };
    });

  // Every Claude session the state knows of, with the time it was last seen doing anything.
  const seen = new Map<string, string>();
  const touch = (id: string, at: string | undefined) => seen.set(id, latest(seen.get(id) ?? "", at));
  for (const [id, c] of Object.entries(state.classifications)) touch(id, c.at);
  for (const r of state.reviews) touch(keyOf(r.claudeSessionId), r.finishedAt ?? r.startedAt);
  for (const e of state.pendingEdits) touch(keyOf(e.claudeSessionId), e.at);
  for (const s of Object.values(state.sessions)) if (s.claudeSessionId !== undefined) touch(s.claudeSessionId, s.updatedAt);

  const claudeSessions = [...seen.entries()]
    .sort(([, a], [, b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([id, lastActivity]): ClaudeSessionSummary => {
      const used = budgetUsed(state, id);
      return {
        id,
        classification: state.classifications[id] ?? null,
        reviews: { used: used.reviews, max: config.review.maxReviewsPerSession },
        tokens: { used: used.tokens, max: config.review.maxTokensPerSession },
        pendingEdits: state.pendingEdits.filter((e) => keyOf(e.claudeSessionId) === id).length,
        lastActivity,
        ...wakeOf(state, config, id, pidAlive),
      };
    });

  const w = state.worker;
  const worker: WorkerSummary = opts.workerAlive && w ? { status: "running", pid: w.pid, heartbeatAt: w.heartbeatAt } : w ? { status: "dead", pid: w.pid, heartbeatAt: w.heartbeatAt } : { status: "idle" };

  const failed = state.pendingEdits.filter((e) => e.retryAt !== undefined);
  const retrying: RetrySummary | null =
    failed.length === 0
      ? null
      : {
          edits: failed.length,
          attempts: Math.max(...failed.map((e) => e.attempts ?? 0)),
          nextAt: failed.map((e) => e.retryAt as string).sort()[0] as string,
          ...(failed[0]?.lastError !== undefined ? { lastError: failed[0].lastError } : {}),
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
    wake: config.review.wake,
  };
}

function wakeOf(state: StateFile, config: Config, id: string, pidAlive: (pid: number) => boolean): Pick<ClaudeSessionSummary, "wake"> {
  const loop = state.wake?.[id];
  if (!loop) return {};
  return {
    wake: {
      scheduled: loop.waiter !== undefined && pidAlive(loop.waiter.pid),
      rounds: loop.rounds,
      maxRounds: config.review.wakeRounds,
      ...(loop.stoppedAt !== undefined ? { stopped: loop.stopReason ?? "stopped" } : {}),
      ...(loop.open !== undefined ? { open: loop.open } : {}),
      rejected: Object.keys(loop.rejected).length,
    },
  };
}
