// Named Codex sessions on top of the store. A session name is stable per Claude session (and task),
// so every hook and command of one Claude conversation lands on the same Codex thread.
import { UsageError } from "../errors.js";
import { redact } from "../redact/index.js";
import type { HistoryEntry, Session, ThreadSize, Usage } from "./schema.js";
import type { Store } from "./store.js";
import { isoTime } from "../time.js";

export { sessionName } from "./session-name.js";

const MAX_TITLE_CHARS = 200;
/** Decisions kept per session for handoffs, newest last; threads kept in a session's chain. */
const MAX_DECISIONS = 8;
const MAX_CHAIN = 20;
/** Thread-id prefixes shorter than this are too likely to be typos to resolve. */
export const MIN_THREAD_PREFIX = 4;

export function getSession(store: Store, name: string): Session | undefined {
  return store.read().sessions[name];
}

/** Newest first (by updatedAt, then name). */
export function listSessions(store: Store): Session[] {
  return Object.values(store.read().sessions).sort((a, b) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.name.localeCompare(b.name),
  );
}

/** Removes the session record (the Codex thread itself stays in CODEX_HOME). True if it existed. */
export function forgetSession(store: Store, name: string): boolean {
  return store.update((d) => {
    if (!Object.hasOwn(d.sessions, name)) return false;
    delete d.sessions[name];
    return true;
  });
}

export interface SessionInit {
  name: string;
  claudeSessionId?: string;
  task?: string;
  cwd?: string;
}

/** Returns the session, creating it (threadId null) if needed; fills in fields it did not have yet. */
export function ensureSession(store: Store, init: SessionInit): Session {
  if (init.name.trim() === "") throw new UsageError("A session name cannot be empty.");
  return store.update((d) => ensureIn(d.sessions, init, isoTime()));
}

export interface TurnRecord {
  /** Thread the turn ran on; null when Codex failed before starting one. */
  threadId: string | null;
  usage?: Partial<Usage> | null;
  /** Template name (analyze, design, prototype, review, debug, ask) or "run". */
  kind: string;
  title: string;
  outcome: HistoryEntry["outcome"];
  /** Stage this turn reached; the session's stage only moves forward unless `setStage` is true. */
  stage?: number;
  /** Set `stage` exactly, even below the current one (e.g. new work after a final review). */
  setStage?: boolean;
  /**
   * True when the caller started a new Codex thread on purpose instead of resuming the session's
   * thread (`--session new`, or the first turn of a session): the session then moves to `threadId`.
   */
  fresh?: boolean;
  /** Estimated cost of the turn (USD) and the model it was priced as. */
  costUsd?: number;
  model?: string;
  /** Bytes of the prompt sent and of the answer received: the thread's size for its budget. */
  promptBytes?: number;
  answerBytes?: number;
  /** A redacted excerpt of an answer that settled something, kept for handoffs. */
  decision?: string;
  /** The thread this fresh turn took over from, with a handoff (it grew past its budget). */
  handoffFrom?: string;
}

/**
 * Records one finished turn (creating the session if it is missing).
 *
 * Thread binding: a session without a thread takes the turn's thread; a `fresh` turn moves the
 * session to its new thread; otherwise a different thread id (a concurrent run started its own
 * thread, or a resume by explicit id) does not rebind the session: it keeps the thread it had, and
 * the history entry names the thread the turn really ran on. turns, usage, history and stage describe
 * all the work under this name, across threads; threadId is what the next resume continues.
 */
export function recordTurn(store: Store, name: string, turn: TurnRecord): Session {
  if (name.trim() === "") throw new UsageError("A session name cannot be empty.");
  return store.update((d) => {
    const now = isoTime();
    const s = ensureIn(d.sessions, { name }, now);
    if (turn.threadId !== null && (s.threadId === null || turn.fresh === true)) moveToThread(s, turn.threadId, now, turn.handoffFrom);
    s.turns += 1;
    if (turn.threadId !== null && turn.threadId === s.threadId) countOnThread(s, turn, now);
    if (turn.costUsd !== undefined) s.costUsd = (s.costUsd ?? 0) + turn.costUsd;
    if (turn.decision) {
      const decisions = s.decisions ?? [];
      decisions.push({ at: now, kind: turn.kind, ...(turn.stage !== undefined ? { stage: turn.stage } : {}), text: turn.decision });
      s.decisions = decisions.slice(-MAX_DECISIONS);
    }
    const u = turn.usage ?? {};
    s.usage.input_tokens += u.input_tokens ?? 0;
    s.usage.cached_input_tokens += u.cached_input_tokens ?? 0;
    s.usage.output_tokens += u.output_tokens ?? 0;
    s.usage.reasoning_output_tokens += u.reasoning_output_tokens ?? 0;
    if (turn.stage !== undefined) s.stage = turn.setStage === true ? turn.stage : Math.max(s.stage, turn.stage);
    const entry: HistoryEntry = { at: now, kind: turn.kind, title: clip(redact(turn.title).text, MAX_TITLE_CHARS), outcome: turn.outcome };
    if (turn.stage !== undefined) entry.stage = turn.stage;
    if (turn.usage) entry.tokens = (u.input_tokens ?? 0) + (u.output_tokens ?? 0);
    if (turn.threadId !== null) entry.threadId = turn.threadId;
    if (turn.usage) entry.usage = { input_tokens: u.input_tokens ?? 0, cached_input_tokens: u.cached_input_tokens ?? 0, output_tokens: u.output_tokens ?? 0, reasoning_output_tokens: u.reasoning_output_tokens ?? 0 };
    if (turn.model !== undefined) entry.model = turn.model;
    if (turn.costUsd !== undefined) entry.costUsd = turn.costUsd;
    if (turn.promptBytes !== undefined) entry.promptBytes = turn.promptBytes;
    if (turn.answerBytes !== undefined) entry.answerBytes = turn.answerBytes;
    s.history.push(entry);
    s.updatedAt = now;
    return s;
  });
}

/** The session moves to a new thread: the one it leaves joins the chain `sessions show` prints. */
function moveToThread(s: Session, threadId: string, now: string, handoffFrom: string | undefined): void {
  if (s.threadId === threadId) return;
  if (s.threadId !== null) {
    const old: ThreadSize = s.thread?.threadId === s.threadId ? s.thread : { threadId: s.threadId, bytes: 0, tokens: 0, turns: 0, startedAt: s.createdAt };
    s.chain = [...(s.chain ?? []), { ...old, endedAt: now, endReason: handoffFrom === s.threadId ? "budget" : "new" }].slice(-MAX_CHAIN);
  }
  s.threadId = threadId;
  s.thread = { threadId, bytes: 0, tokens: 0, turns: 0, startedAt: now, ...(handoffFrom !== undefined ? { handoffFrom } : {}) };
}

/** A turn on the session's current thread adds to the thread's size (a session from before sizes were kept starts at 0). */
function countOnThread(s: Session, turn: TurnRecord, now: string): void {
  const t: ThreadSize = s.thread?.threadId === s.threadId ? s.thread : { threadId: s.threadId, bytes: 0, tokens: 0, turns: 0, startedAt: now };
  t.bytes += (turn.promptBytes ?? 0) + (turn.answerBytes ?? 0);
  const u = turn.usage;
  // Codex resends the thread on every turn, so the latest turn's input is the thread's size in tokens.
  if (u) t.tokens = Math.max(t.tokens, (u.input_tokens ?? 0) + (u.output_tokens ?? 0));
  t.turns += 1;
  s.thread = t;
}

/**
 * Finds a session by name, else by thread id, else by a thread-id prefix of at least
 * MIN_THREAD_PREFIX characters that matches exactly one thread. If several sessions share the
 * thread, the most recently updated one is returned. Undefined when nothing (or an ambiguous prefix) matches.
 */
export function resolveSessionRef(store: Store, ref: string): Session | undefined {
  const sessions = store.read().sessions;
  if (Object.hasOwn(sessions, ref)) return sessions[ref];
  const all = Object.values(sessions);
  const newest = (list: Session[]): Session | undefined => list.reduce<Session | undefined>((a, b) => (a && a.updatedAt >= b.updatedAt ? a : b), undefined);
  const exact = all.filter((s) => s.threadId === ref);
  if (exact.length > 0) return newest(exact);
  if (ref.length < MIN_THREAD_PREFIX) return undefined;
  const byPrefix = all.filter((s) => s.threadId?.startsWith(ref));
  return new Set(byPrefix.map((s) => s.threadId)).size === 1 ? newest(byPrefix) : undefined;
}

function ensureIn(sessions: Record<string, Session>, init: SessionInit, now: string): Session {
  const existing = Object.hasOwn(sessions, init.name) ? sessions[init.name] : undefined;
  if (existing) {
    existing.claudeSessionId ??= init.claudeSessionId;
    existing.task ??= init.task;
    existing.cwd ??= init.cwd;
    return existing;
  }
  const s: Session = {
    name: init.name,
    threadId: null,
    createdAt: now,
    updatedAt: now,
    turns: 0,
    usage: { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 },
    stage: 0,
    history: [],
  };
  if (init.claudeSessionId !== undefined) s.claudeSessionId = init.claudeSessionId;
  if (init.task !== undefined) s.task = init.task;
  if (init.cwd !== undefined) s.cwd = init.cwd;
  sessions[init.name] = s;
  return s;
}

function clip(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}…`;
}

/** Short stable tag for a task with no usable characters. */
