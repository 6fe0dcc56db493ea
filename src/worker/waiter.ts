// The waiting side of the wake loop: the process of the asyncRewake hook. Claude Code starts one per edit; the first
// of a session claims the waiter slot and the rest return at once, so a burst of edits has one waiter, which waits
// for the worker's review of the burst (debounce and budgets are the worker's, unchanged) and wakes Claude at most
// once. Every way out except a wake is a quiet "no": an internal error never wakes Claude.
import type { Locale } from "../classify/workflow.js";
import type { Config } from "../config/schema.js";
import { isAlive } from "../state/lock.js";
import type { StateFile } from "../state/schema.js";
import type { Store } from "../state/store.js";
import { interruptedSince, transcriptTail } from "../hooks/host.js";
import type { ContentNow } from "./deliver.js";
import { pendingWithJournal } from "./journal.js";
import { workerAlive } from "./schedule.js";
import { applyWake, formatWake, wakeLoop, wakeStep, type WakeStep } from "./wake.js";
import { isoTime } from "../time.js";

/** Claude Code's timeout for the wake hook (hooks.json, install); the waiter's own deadline stays under it. */
export const WAKE_HOOK_TIMEOUT_SECONDS = 1800;
const POLL_MS = 1000;
/** How long to wait for the hook's own edit to be recorded (the PostToolUse hook's timeout). */
const OWN_EDIT_GRACE_MS = 10_000;

export interface WaiterOptions {
  root: string;
  store: Store;
  config: Config;
  claudeSessionId: string;
  transcriptPath?: string;
  now: ContentNow;
  /**
   * The edits of the tool call that started this hook (path and editHash). The PostToolUse hook beside it records
   * them concurrently: until they show up as pending, "nothing pending" only means that hook has not written yet.
   */
  ownEdits?: { path: string; hash: string }[];
  log: (m: string) => void;
  /** For tests: the clock and the pause between polls. */
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export type WaiterResult = { wake: string } | { skip: string };

/** How long a waiter waits for its review: the debounce, the review's own timeout and a margin, under the hook timeout. */
export function waiterDeadlineMs(config: Config): number {
  const wanted = (config.review.debounceSeconds + config.codex.timeoutSeconds + 120) * 1000;
  return Math.min(wanted, (WAKE_HOOK_TIMEOUT_SECONDS - 60) * 1000);
}

function locale(config: Config, state: StateFile, sid: string): Locale {
  return config.locale ?? state.wake?.[sid]?.locale ?? state.classifications[sid]?.locale ?? "en";
}

export async function waitAndWake(opts: WaiterOptions): Promise<WaiterResult> {
  const { store, claudeSessionId: sid } = opts;
  const clock = opts.clock ?? (() => new Date());
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const since = isoTime(clock());
  const held = (s: StateFile): boolean => {
    const w = s.wake?.[sid]?.waiter;
    return w !== undefined && w.pid !== process.pid && isAlive(w.pid);
  };
  // Most of a burst's hooks stop here, on a plain read: no lock taken from the foreground hooks that need it.
  if (held(store.read())) return { skip: "another hook already waits for this session's review" };
  const claimed = store.update((s) => {
    if (held(s)) return false;
    wakeLoop(s, sid).waiter = { pid: process.pid, since };
    return true;
  });
  if (!claimed) return { skip: "another hook already waits for this session's review" };
  try {
    const started = Date.now();
    const deadline = started + waiterDeadlineMs(opts.config);
    let workerGoneSince: number | null = null;
    let seenOwn = !opts.ownEdits?.length;
    // An interrupt counts from this hook's own edit on, not from when the waiter got here: the wake hook starts a
    // moment after the edit, and a user quick enough can interrupt in between.
    let interruptFrom = since;
    while (Date.now() < deadline) {
      const state = store.read();
      const mine = pendingWithJournal(state, opts.root).filter((e) => e.claudeSessionId === sid);
      const own = mine.filter((e) => opts.ownEdits?.some((o) => o.path === e.path && o.hash === e.hash));
      for (const e of own) if (e.at < interruptFrom) interruptFrom = e.at;
      seenOwn ||= own.length > 0;
      if (!seenOwn && Date.now() - started < OWN_EDIT_GRACE_MS) {
        await sleep(Math.min(POLL_MS, 100));
        continue;
      }
      const pending = mine.length;
      const step = wakeStep(state, { claudeSessionId: sid, since, pendingEdits: pending, rounds: opts.config.review.wakeRounds, now: opts.now });
      if (step.kind === "done") {
        opts.log(`no wake: ${step.reason}`);
        return { skip: step.reason };
      }
      if (step.kind === "wake") {
        const woke = wake(opts, since, interruptFrom);
        if (woke) return woke;
      }
      // Edits pending but no worker for three heartbeats: the next prompt restarts it; do not wait for nothing.
      if (pending > 0 && !workerAlive(state.worker, clock())) {
        workerGoneSince ??= Date.now();
        if (Date.now() - workerGoneSince > 15_000) return { skip: "no review worker is running" };
      } else workerGoneSince = null;
      await sleep(POLL_MS);
    }
    return { skip: "the review did not finish before the wake hook's deadline" };
  } finally {
    // Best effort: a wake already recorded must still reach Claude, and a slot left behind by a dead pid is free.
    try {
      store.update((s) => {
        const loop = s.wake?.[sid];
        if (loop?.waiter?.pid === process.pid) delete loop.waiter;
      });
    } catch (e) {
      opts.log(`wake: could not free the waiter slot: ${(e as Error)?.message ?? String(e)}`);
    }
  }
}

/**
 * Decides again under the lock (a hook may have delivered meanwhile) and records the wake before Claude sees it.
 * Null when edits arrived meanwhile: the waiter keeps waiting for their review.
 */
function wake(opts: WaiterOptions, since: string, interruptFrom: string): WaiterResult | null {
  const sid = opts.claudeSessionId;
  const clock = opts.clock ?? (() => new Date());
  const interrupted = interruptedSince(transcriptTail(opts.transcriptPath), interruptFrom);
  const result = opts.store.update((s): WaiterResult | null => {
    const loop = wakeLoop(s, sid);
    if (interrupted) {
      loop.stoppedAt = isoTime(clock());
      loop.stopReason = "the user interrupted";
      return { skip: "the user interrupted; the loop ends" };
    }
    const pending = pendingWithJournal(s, opts.root).filter((e) => e.claudeSessionId === sid).length;
    const step: WakeStep = wakeStep(s, { claudeSessionId: sid, since, pendingEdits: pending, rounds: opts.config.review.wakeRounds, now: opts.now });
    if (step.kind === "wait") return null;
    if (step.kind === "done") return { skip: step.reason };
    const rounds = loop.rounds;
    applyWake(s, sid, step, clock());
    if (loop.waiter?.pid === process.pid) delete loop.waiter;
    return { wake: formatWake(step, locale(opts.config, s, sid), rounds, opts.config.review.maxFindingsInContext) };
  });
  if (result) opts.log("wake" in result ? `wake: ${result.wake.split("\n")[0]}` : `no wake: ${result.skip}`);
  return result;
}
