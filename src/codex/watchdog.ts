// The watchdog over one codex process tree: a wall-clock limit, an idle limit (no stdout line), a caller's
// AbortSignal, and the stop itself (SIGTERM to every group of the tree, SIGKILL after the grace). It also ends the
// tree if this process exits mid-run, and after the run leaves no process of it behind.
import { signalGroups, treeGroups, waitGroupsGone } from "./kill.js";

export type StopReason = "TIMEOUT" | "IDLE_TIMEOUT" | "CANCELLED" | "SESSION_MISMATCH";

export interface WatchdogOptions {
  /** Leader of codex's own process group. */
  pid: number;
  timeoutMs: number;
  idleTimeoutMs: number;
  graceMs: number;
  signal?: AbortSignal;
  /** Whether codex itself has exited: a stop after that only clears stragglers, and its result stands. */
  exited: () => boolean;
}

export interface Watchdog {
  /** Why the run was stopped; null when it ended by itself (or was stopped only after codex exited). */
  readonly reason: StopReason | null;
  /** Whether a stop was started (for any reason, even after codex exited). */
  readonly stopping: boolean;
  stop(reason: StopReason): void;
  /** Codex showed a sign of life: restart the idle limit. */
  activity(): void;
  /**
   * After codex has exited and its pipes closed: clears the timers and ends what is left of the tree. After a
   * stop it resolves only once the tree is gone (bounded), so callers may rely on that.
   */
  finish(): Promise<void>;
}

const isWindows = process.platform === "win32";
/** A loaded machine can take seconds to tear a tree down; a zombie nobody reaps still counts as a member. */
const TEARDOWN_WAIT_MS = 5_000;

export function startWatchdog(opts: WatchdogOptions): Watchdog {
  const { pid, graceMs } = opts;
  let reason: StopReason | null = null;
  let stopping = false;
  let stoppedAt = 0;
  let graceTimer: NodeJS.Timeout | undefined;
  // Groups of the tree as seen when we stopped it: orphans are no longer reachable through parent pids later.
  const groups = new Set<number>([pid]);
  const snapshot = () => {
    for (const g of treeGroups(pid)) groups.add(g);
  };

  const stop = (why: StopReason) => {
    if (stopping) return;
    stopping = true;
    stoppedAt = Date.now();
    if (!opts.exited()) reason = why;
    snapshot();
    signalGroups(pid, groups, "SIGTERM");
    graceTimer = setTimeout(() => {
      snapshot();
      signalGroups(pid, groups, "SIGKILL");
    }, graceMs);
  };
  const wallTimer = setTimeout(() => stop("TIMEOUT"), opts.timeoutMs);
  const idleTimer = setTimeout(() => stop("IDLE_TIMEOUT"), opts.idleTimeoutMs);
  const onAbort = () => stop("CANCELLED");
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  // A detached group outlives us unless we end it: do so if this process exits mid-run.
  const onProcessExit = () => signalGroups(pid, treeGroups(pid), "SIGTERM");
  process.on("exit", onProcessExit);

  return {
    get reason() {
      return reason;
    },
    get stopping() {
      return stopping;
    },
    stop,
    activity: () => idleTimer.refresh(),
    async finish() {
      clearTimeout(wallTimer);
      clearTimeout(idleTimer);
      clearTimeout(graceTimer);
      opts.signal?.removeEventListener("abort", onAbort);
      process.off("exit", onProcessExit);
      // Windows has no process groups and reuses pids: taskkill /T already ran on a stop there.
      if (isWindows) return;
      // After a stop, the rest of the tree still gets what is left of its SIGTERM grace: helpers in other
      // sessions (the login shell of codex's environment snapshot) may be cleaning up, and one killed outright
      // leaves its locks behind (measured: pyenv's rehash lock, stalling later shells 60 s).
      if (stopping) await waitGroupsGone(groups, Math.max(0, stoppedAt + graceMs - Date.now()));
      signalGroups(pid, groups, "SIGKILL");
      if (stopping) await waitGroupsGone(groups, TEARDOWN_WAIT_MS);
    },
  };
}
