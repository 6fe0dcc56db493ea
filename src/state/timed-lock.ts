// The store's lock with a deadline and an account of the waiting: a hook gets one deadline for all its lock waits,
// and logs how it spent them. On a loaded machine the wall clock of a wait also holds time the process was ready
// but not running (CPU queueing), which is the machine's doing, not the hook's: that part is measured apart.
import { readFileSync } from "node:fs";
import { DEFAULT_LOCK_TIMEOUT_MS, withFileLock } from "./lock.js";

export interface LockWaitStats {
  /**
   * How often the lock was asked for. A request refused at once (its deadline already past) can take under a
   * millisecond, so a zero waitMs does not mean the lock was never needed.
   */
  requests: number;
  /** All lock waits, by the wall clock. */
  waitMs: number;
  /** Of that, the sleeps between attempts the waiter chose (never past its deadline). */
  sleptMs: number;
  /** Of that, time ready to run but waiting for a CPU (Linux schedstat; elsewhere: how much sleeps overran). */
  queuedMs: number;
  /** By how much a wait outlasted the deadline (or its own start, if later) with that CPU queueing taken out. */
  pastDeadlineMs: number;
}

export interface TimedLock {
  /** Runs `fn` holding the lock; a LockTimeoutError once the wait reaches the deadline (or timeoutMs). */
  run<T>(fn: () => T): T;
  readonly stats: LockWaitStats;
}

export function timedLock(lockPath: string, opts: { timeoutMs?: number; deadline?: number }): TimedLock {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const { deadline } = opts;
  const stats: LockWaitStats = { requests: 0, waitMs: 0, sleptMs: 0, queuedMs: 0, pastDeadlineMs: 0 };
  let overrunMs = 0;
  const onSleep = (asked: number, took: number) => {
    stats.sleptMs += asked;
    overrunMs += Math.max(0, took - asked);
  };

  const run = <T>(fn: () => T): T => {
    stats.requests++;
    const asked = Date.now();
    const overrunBefore = overrunMs;
    const queuedBefore = deadline === undefined ? null : runQueueMs();
    let got = false;
    const ended = () => {
      const end = Date.now();
      stats.waitMs += end - asked;
      if (deadline === undefined) return;
      const after = runQueueMs();
      const queued = queuedBefore !== null && after !== null ? after - queuedBefore : overrunMs - overrunBefore;
      stats.queuedMs += queued;
      stats.pastDeadlineMs = Math.max(stats.pastDeadlineMs, Math.round(end - Math.max(asked, deadline) - queued));
    };
    const budget = deadline === undefined ? timeoutMs : Math.max(0, Math.min(timeoutMs, deadline - Date.now()));
    try {
      return withFileLock(
        lockPath,
        () => {
          got = true;
          ended();
          return fn();
        },
        { timeoutMs: budget, onSleep },
      );
    } finally {
      if (!got) ended();
    }
  };
  return { run, stats };
}

/** Time this thread has spent ready to run but waiting for a CPU (ms), or null where the kernel does not say. */
function runQueueMs(): number | null {
  try {
    const fields = readFileSync("/proc/thread-self/schedstat", "latin1").split(" ");
    const ns = Number(fields[1]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}
