// The background review worker: one per project (a lock file guards it), started detached by the PostToolUse
// hook. It waits for a quiet period after the last edit, coalesces every pending edit of a Claude session into
// one review of the combined diff, and stores the findings for the hooks to deliver.
import { join } from "node:path";
import * as z from "zod/mini";
import { loadConfig } from "../config/load.js";
import { Config } from "../config/schema.js";
import { stateDir } from "../project.js";
import { refreshLock, tryLock } from "../state/lock.js";
import { appendLog } from "../state/log.js";
import { ensurePrivateDir } from "../state/safe-fs.js";
import type { PendingEdit, StateFile } from "../state/schema.js";
import { StateError } from "../errors.js";
import { openStore, type Store } from "../state/store.js";
import { reviewChange } from "../workflow/review.js";
import { formatReceipt } from "../workflow/receipt.js";
import { formatUsd, reviewsCost } from "../workflow/usage.js";
import { resolveTarget } from "../workflow/turn.js";
import { drainJournal, readJournal } from "./journal.js";
import { autoReviewBlocked, HEARTBEAT_MS, workerAlive } from "./schedule.js";
import { isoTime } from "../time.js";

/** A worker never lives longer than this, whatever happens (a review has its own, shorter, timeouts). */
const MAX_LIFETIME_MS = 2 * 60 * 60 * 1000;
/** How long a new worker waits for the lock of one that is exiting. */
const EXITING_WORKER_GRACE_MS = 5_000;
/** A failed review is retried this many times in all (its edits kept meanwhile), then its edits are dropped. */
export const MAX_REVIEW_ATTEMPTS = 3;
/** Backoff after the n-th failure: 30 s, 2 min, 8 min. */
export function retryDelayMs(attempts: number): number {
  return 30_000 * 4 ** Math.max(0, attempts - 1);
}

export type Policy = { run: true } | { run: false; skip: string } | { run: false; waitMs: number };

/** Whether the edits of one Claude session are reviewed now, later (min interval) or not at all. */
export function reviewPolicy(state: StateFile, config: Config, claudeSessionId: string | undefined, now: number): Policy {
  const cfg = config.review;
  const blocked = autoReviewBlocked(config, state, claudeSessionId);
  if (blocked !== null) return { run: false, skip: blocked };
  const mine = state.reviews.filter((r) => r.claudeSessionId === claudeSessionId && (r.status === "done" || r.status === "failed"));
  if (mine.filter((r) => r.status === "done").length >= cfg.maxReviewsPerSession) return { run: false, skip: `review budget used (${cfg.maxReviewsPerSession} per session)` };
  const tokens = mine.reduce((n, r) => n + (r.usage ? r.usage.input_tokens + r.usage.output_tokens : 0), 0);
  if (tokens >= cfg.maxTokensPerSession) return { run: false, skip: `token budget used (${tokens} of ${cfg.maxTokensPerSession})` };
  const usd = reviewsCost(mine, config);
  if (usd >= cfg.maxCostPerSession) return { run: false, skip: `cost budget used (~${formatUsd(usd)} of ${formatUsd(cfg.maxCostPerSession)}, estimate)` };
  const last = Math.max(0, ...mine.map((r) => Date.parse(r.finishedAt ?? r.startedAt)));
  const wait = last + cfg.minIntervalSeconds * 1000 - now;
  return wait > 0 ? { run: false, waitMs: wait } : { run: true };
}

/** Pending edits grouped by Claude session: each session's edits are reviewed in its own Codex session. */
export function groupEdits(edits: readonly PendingEdit[]): Map<string | undefined, PendingEdit[]> {
  const groups = new Map<string | undefined, PendingEdit[]>();
  for (const e of edits) {
    const list = groups.get(e.claudeSessionId) ?? [];
    list.push(e);
    groups.set(e.claudeSessionId, list);
  }
  return groups;
}

const editKey = (e: PendingEdit): string => `${e.path}\0${e.hash}\0${e.at}`;

function removeEdits(state: StateFile, taken: readonly PendingEdit[]): void {
  const keys = new Set(taken.map(editKey));
  state.pendingEdits = state.pendingEdits.filter((e) => !keys.has(editKey(e)));
}

/**
 * A failed review keeps its edits for a retry with backoff (a codex that was busy, rate-limited or killed must not
 * cost the review); after MAX_REVIEW_ATTEMPTS they are dropped. Returns how many edits were dropped.
 */
export function keepForRetry(state: StateFile, taken: readonly PendingEdit[], error: string, now: number): number {
  const keys = new Set(taken.map(editKey));
  let dropped = 0;
  state.pendingEdits = state.pendingEdits.filter((e) => {
    if (!keys.has(editKey(e))) return true;
    const attempts = (e.attempts ?? 0) + 1;
    if (attempts >= MAX_REVIEW_ATTEMPTS) {
      dropped++;
      return false;
    }
    Object.assign(e, { attempts, retryAt: isoTime(now + retryDelayMs(attempts)), lastError: error.slice(0, 300) });
    return true;
  });
  return dropped;
}

/**
 * Reviewed edits leave the queue; a failed review's edits stay for a retry (keepForRetry). Returns how many edits
 * were dropped after too many failures.
 */
function settleEdits(state: StateFile, edits: readonly PendingEdit[], error: string | undefined): number {
  if (error !== undefined) return keepForRetry(state, edits, error, Date.now());
  removeEdits(state, edits);
  return 0;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface WorkerOptions {
  root: string;
  signal?: AbortSignal;
}

export function workerLockPath(root: string): string {
  return join(stateDir(root), "worker.lock");
}

export async function runWorker(opts: WorkerOptions): Promise<"done" | "already-running"> {
  const { root } = opts;
  const dir = stateDir(root);
  try {
    ensurePrivateDir(dir);
  } catch {
    // The project is gone (deleted while this worker started) or not writable: nothing to review or record.
    return "done";
  }
  const log = (m: string): void => appendLog(join(dir, "worker.log"), `${isoTime()} [${process.pid}] ${m}`);
  const lockPath = workerLockPath(root);
  const store = openStore(root, { onWarning: log });
  // The heartbeat refreshes the lock, so only a worker silent for a minute (hung or dead) loses it.
  let release = tryLock(lockPath, { staleMs: 60_000 });
  // A worker that has just decided to exit (no live worker in the state) holds the lock a moment longer; an edit
  // recorded in that moment started us, and giving up would strand it until the next prompt.
  const deadline = Date.now() + EXITING_WORKER_GRACE_MS;
  while (!release && Date.now() < deadline && !workerAlive(store.read().worker, new Date())) {
    await sleep(100);
    release = tryLock(lockPath, { staleMs: 60_000 });
  }
  if (!release) return "already-running";
  const started = Date.now();
  const beat = (): void => {
    refreshLock(lockPath);
    store.update((s) => {
      const at = isoTime();
      // Reviews left "running" by a worker that died are failed; their edits are still pending and get reviewed again.
      if (s.worker && s.worker.pid !== process.pid) {
        for (const r of s.reviews) if (r.status === "running") Object.assign(r, { status: "failed", error: "the review worker stopped before it finished", finishedAt: at });
      }
      s.worker = { pid: process.pid, startedAt: s.worker?.pid === process.pid ? s.worker.startedAt : at, heartbeatAt: at };
    });
  };
  // Logged before the worker registers in the state file, so whoever sees it registered finds the log line too.
  log("started");
  beat();
  // From a timer a throw would kill the worker silently (a lock busy past its timeout, a full disk): log and go on.
  const timer = setInterval(() => {
    try {
      beat();
    } catch (e) {
      log(`heartbeat failed: ${(e as Error)?.message ?? String(e)}`);
    }
  }, HEARTBEAT_MS);
  try {
    await loop(store, root, log, opts.signal, started);
  } catch (e) {
    log(`error: ${(e as Error)?.stack ?? String(e)}`);
  } finally {
    clearInterval(timer);
    try {
      store.update((s) => {
        if (s.worker?.pid === process.pid) s.worker = null;
      });
    } catch (e) {
      // Left registered, this dead pid fails workerAlive and the next hook starts a new worker.
      log(`could not unregister: ${(e as Error)?.message ?? String(e)}`);
    }
    release();
    log("stopped");
  }
  return "done";
}

async function loop(store: Store, root: string, log: (m: string) => void, signal: AbortSignal | undefined, started: number): Promise<void> {
  while (!signal?.aborted && Date.now() - started < MAX_LIFETIME_MS) {
    try {
      if ((await round(store, root, log, signal)) === "exit") return;
    } catch (e) {
      // A state lock held past its timeout (a stuck process, a slow disk) is no reason to abandon the edits:
      // they are still pending, and a review whose result could not be recorded is redone (or deduped).
      if (!(e instanceof StateError)) throw e;
      log(`state busy, trying again: ${e.message}`);
      await sleep(HEARTBEAT_MS);
    }
  }
}

/** One pass: drain, wait for the debounce or review each session's edits. "exit" when nothing is pending. */
async function round(store: Store, root: string, log: (m: string) => void, signal: AbortSignal | undefined): Promise<"exit" | "again"> {
  let config: Config;
  try {
    config = loadConfig(root);
  } catch (e) {
    log(`config: ${(e as Error).message}; using defaults`);
    config = z.parse(Config, {});
  }
  // Exiting is decided under the store lock, after draining the hooks' journal under it, so an edit recorded
  // concurrently either is seen here or sees no live worker and starts a new one: no edit is ever stranded.
  const pending = store.update((s) => {
    drainJournal(s, root);
    if (s.pendingEdits.length === 0) s.worker = null;
    return [...s.pendingEdits];
  });
  if (pending.length === 0) return "exit";

  const lastEdit = Math.max(...pending.map((e) => Date.parse(e.at)));
  const quietFor = Date.now() - lastEdit;
  const debounceMs = config.review.debounceSeconds * 1000;
  if (quietFor < debounceMs) {
    await sleep(Math.min(debounceMs - quietFor + 50, HEARTBEAT_MS));
    return "again";
  }

  let nextWake = Infinity;
  const now = Date.now();
  const retrying = pending.filter((e) => e.retryAt !== undefined && Date.parse(e.retryAt) > now);
  if (retrying.length > 0) nextWake = Math.min(...retrying.map((e) => Date.parse(e.retryAt as string) - now));
  // A session with an edit in backoff waits as a whole: its edits are reviewed together.
  const ready = pending.filter((e) => !retrying.some((r) => r.claudeSessionId === e.claudeSessionId));
  for (const [claudeSessionId, edits] of groupEdits(ready)) {
    const policy = reviewPolicy(store.read(), config, claudeSessionId, Date.now());
    if (!policy.run && "waitMs" in policy) {
      nextWake = Math.min(nextWake, policy.waitMs);
      continue;
    }
    if (!policy.run) {
      log(`skipped ${edits.length} edit(s) of session ${claudeSessionId ?? "-"}: ${policy.skip}`);
      store.update((s) => removeEdits(s, edits));
      continue;
    }
    const paths = [...new Set(edits.map((e) => e.path))];
    const target = resolveTarget(store, { claudeSessionId });
    const startedAt = isoTime();
    log(`reviewing ${paths.length} file(s) for session ${target.name}`);
    // The edits are settled in the same write as the review's record (see settleEdits).
    let dropped: number | undefined;
    const settle = (s: StateFile, error: string | undefined) => {
      dropped = settleEdits(s, edits, error);
    };
    const outcome = await reviewChange({
      store,
      root,
      config,
      target,
      claudeSessionId,
      paths,
      origin: "auto",
      dedupe: true,
      minChangedLines: config.review.minChangedLines,
      model: config.codex.model,
      effort: config.codex.effort,
      timeoutMs: config.codex.timeoutSeconds * 1000,
      idleTimeoutMs: config.codex.idleTimeoutSeconds * 1000,
      signal,
      // Claude keeps editing while Codex reads: those files changing is expected, not a sandbox violation.
      expectedChanges: () => new Set([...store.read().pendingEdits, ...readJournal(root)].filter((e) => e.at >= startedAt).map((e) => e.path).concat(paths)),
      onFinish: (s, r) => settle(s, r.status === "failed" ? (r.error ?? "the review failed") : undefined),
    }).catch((e: unknown) => {
      log(`review failed: ${(e as Error)?.stack ?? String(e)}`);
      return null;
    });
    if (outcome) log(`review ${outcome.record.id}: ${outcome.record.status}${outcome.record.skipReason ? ` (${outcome.record.skipReason})` : ""}, ${outcome.record.findings.length} finding(s)${outcome.turn ? `; ${formatReceipt(outcome.turn.receipt)}` : ""}`);
    // A review that threw before it had a record (or whose record vanished) settles its edits on its own.
    if (dropped === undefined) store.update((s) => settle(s, "the review threw (see worker.log)"));
    if (outcome === null || outcome.record.status === "failed") {
      log(dropped ? `dropped ${dropped} edit(s) after ${MAX_REVIEW_ATTEMPTS} failed reviews` : `kept ${edits.length} edit(s) for a retry`);
    }
  }
  if (nextWake !== Infinity) await sleep(Math.min(nextWake + 50, HEARTBEAT_MS));
  return "again";
}
