// Inter-process lock: a file created with O_EXCL that holds the owner's pid, host and a unique token.
// Synchronous on purpose: hooks are short sync processes. Node has no flock(), so a crashed holder's
// file is taken over when its pid is dead (same host) or when the file has not been touched for
// `staleMs`; the takeover itself runs under a second, short-lived lock so two waiters can never both
// remove a stale lock and then each remove the other's fresh one.
import { closeSync, constants, fstatSync, linkSync, lstatSync, openSync, readFileSync, readSync, renameSync, unlinkSync, utimesSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, resolve } from "node:path";
import { StateError } from "../errors.js";
import { moveAside, openPrivate } from "./safe-fs.js";
import { isoTime } from "../time.js";

export const DEFAULT_LOCK_TIMEOUT_MS = 5_000;
export const DEFAULT_LOCK_STALE_MS = 30_000;
/** A lock file still empty or unreadable after this long was left by a holder that died between create and write. */
const BLANK_STALE_MS = 5_000;
/** The takeover section lasts microseconds: a takeover lock this old belongs to a crashed process. */
const TAKEOVER_STALE_MS = 10_000;
const MAX_SLEEP_MS = 50;
/** A holder record is ~100 bytes; more is garbage and never read whole. */
const MAX_LOCK_BYTES = 4096;

export interface LockOptions {
  /** How long acquiring waits before throwing a StateError (default 5 s). */
  timeoutMs?: number;
  /**
   * A lock file not touched (mtime) for this long is taken over even if its holder seems alive
   * (default 30 s). Long holders call refreshLock() periodically, or pass Infinity so that only a
   * dead holder's lock is taken over.
   */
  staleMs?: number;
  /** Told after each sleep between attempts: how long was asked for, and how long it really took (CPU queueing). */
  onSleep?: (askedMs: number, tookMs: number) => void;
}

/** Releases a lock; does nothing if the lock was taken over meanwhile. Idempotent. */
export type ReleaseLock = () => void;

interface Holder {
  pid: number;
  host: string;
  token: string;
  at: string;
}

/** One observation of a lock file; `ino`+`mtimeMs`+`raw` identify that exact file version. */
interface Seen {
  holder: Holder | null;
  raw: string;
  ino: number;
  mtimeMs: number;
  /** Not a regular file (a directory, FIFO, socket): planted, so moved aside rather than unlinked. */
  notFile?: true;
}

/** Locks this process holds, by absolute path, with their tokens. */
const held = new Map<string, string>();

let sleeper: Int32Array | undefined;

/** Blocks the thread for `ms` without spinning the CPU. */
export function sleepSync(ms: number): void {
  if (ms <= 0) return;
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Tries once, without waiting (a stale lock is still taken over). Returns null when someone else holds it. */
export function tryLock(lockPath: string, opts: Pick<LockOptions, "staleMs"> = {}): ReleaseLock | null {
  const path = resolve(lockPath);
  if (held.has(path)) return null;
  const token = attempt(path, opts.staleMs ?? DEFAULT_LOCK_STALE_MS, false);
  return token === null ? null : releaser(path, token);
}

/** Waits (sync sleeps with jitter) until the lock is ours, or throws a StateError after `timeoutMs`. */
export function acquireLock(lockPath: string, opts: LockOptions = {}): ReleaseLock {
  const path = resolve(lockPath);
  if (held.has(path)) {
    throw new StateError(`This process already holds the lock ${path}.`, "This is a bug in codex-collab (a nested lock); please report it.");
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const staleMs = opts.staleMs ?? DEFAULT_LOCK_STALE_MS;
  const deadline = Date.now() + timeoutMs;
  let pause = 1;
  for (;;) {
    const token = attempt(path, staleMs, false);
    if (token !== null) return releaser(path, token);
    const left = deadline - Date.now();
    if (left <= 0) throw timeoutError(path, timeoutMs);
    // Jitter keeps many waiters from retrying in lock-step.
    const nap = Math.min(left, pause * (0.5 + Math.random()));
    const before = Date.now();
    sleepSync(nap);
    opts.onSleep?.(nap, Date.now() - before);
    pause = Math.min(pause * 2, MAX_SLEEP_MS);
  }
}

/** Runs `fn` while holding the lock; the lock is released however `fn` ends. */
export function withFileLock<T>(lockPath: string, fn: () => T, opts: LockOptions = {}): T {
  const release = acquireLock(lockPath, opts);
  try {
    return fn();
  } finally {
    release();
  }
}

/** Marks a lock we hold as alive (updates its mtime). Returns false if it is no longer ours. */
export function refreshLock(lockPath: string): boolean {
  const path = resolve(lockPath);
  const token = held.get(path);
  if (token === undefined || look(path)?.holder?.token !== token) return false;
  const now = new Date();
  utimesSync(path, now, now);
  return true;
}

function releaser(path: string, token: string): ReleaseLock {
  held.set(path, token);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (held.get(path) === token) held.delete(path);
    removeIfOurs(path, token);
  };
}

/** One try: create, or take over a stale lock and create. Returns our token or null. */
function attempt(path: string, staleMs: number, isTakeoverLock: boolean): string | null {
  const token = create(path);
  if (token !== null) return token;
  const seen = look(path);
  if (seen === null) return create(path);
  if (!isStale(path, seen, staleMs)) return null;
  if (isTakeoverLock) {
    moveAsideIfUnchanged(path, seen);
  } else {
    const takeover = `${path}.takeover`;
    const guard = attempt(takeover, TAKEOVER_STALE_MS, true);
    if (guard === null) return null;
    try {
      // Under the takeover lock nobody else can remove this file, so "still the same stale file" stays true until the unlink.
      // A planted directory or FIFO is kept, renamed `<name>.unsafe-<time>`; a stale lock file is deleted.
      if (same(look(path), seen)) {
        if (seen.notFile) moveAside(path);
        else unlinkQuiet(path);
      }
    } finally {
      removeIfOurs(takeover, guard);
    }
  }
  return create(path);
}

function create(path: string): string | null {
  const holder: Holder = {
    pid: process.pid,
    host: hostname(),
    token: `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
    at: isoTime(),
  };
  let fd: number;
  try {
    // Creates no directory: a hook or worker that outlives its deleted project must not bring it back.
    fd = openPrivate(path, "exclusive");
  } catch (e) {
    if (errno(e) === "EEXIST") return null;
    throw new StateError(`Cannot create the lock file ${path}: ${(e as Error).message}`, `Check that ${dirname(path)} exists and is writable.`);
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } catch (e) {
    closeSync(fd);
    unlinkQuiet(path);
    throw new StateError(`Cannot write the lock file ${path}: ${(e as Error).message}`, `Check free space and permissions of ${dirname(path)}.`);
  }
  closeSync(fd);
  return holder.token;
}

/** Reads a lock file through one descriptor so content and identity belong to the same file. */
function look(path: string): Seen | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (errno(e) === "ENOENT") return null;
    // A link planted where a lock belongs is never read through; as garbage it is stale at once and removed.
    if (errno(e) === "ELOOP" || errno(e) === "ENXIO") return planted(path);
    throw new StateError(`Cannot read the lock file ${path}: ${(e as Error).message}`, `Check the permissions of ${path}.`);
  }
  try {
    const st = fstatSync(fd);
    // A directory or FIFO where a lock belongs (a repository can commit `.codex-collab.lock/`) is stale at once and
    // moved aside, never read: reading it failed every hook.
    if (!st.isFile()) return { holder: null, raw: "", ino: st.ino, mtimeMs: 0, notFile: true };
    const buf = Buffer.alloc(MAX_LOCK_BYTES);
    const raw = buf.subarray(0, readSync(fd, buf, 0, MAX_LOCK_BYTES, 0)).toString("utf8");
    return { holder: parseHolder(raw), raw, ino: st.ino, mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

function planted(path: string): Seen | null {
  try {
    return { holder: null, raw: "", ino: lstatSync(path).ino, mtimeMs: 0 };
  } catch {
    return null;
  }
}

function parseHolder(raw: string): Holder | null {
  try {
    const v = JSON.parse(raw) as Partial<Holder> | null;
    if (v && Number.isInteger(v.pid) && (v.pid as number) > 0 && typeof v.token === "string" && typeof v.host === "string") {
      return { pid: v.pid as number, host: v.host, token: v.token, at: typeof v.at === "string" ? v.at : "" };
    }
  } catch {
    // Empty (holder between create and write) or garbage: judged by age alone.
  }
  return null;
}

function isStale(path: string, seen: Seen, staleMs: number): boolean {
  const age = Date.now() - seen.mtimeMs;
  const h = seen.holder;
  if (h === null) return age > Math.min(staleMs, BLANK_STALE_MS);
  if (h.host === hostname()) {
    // Our own pid on a lock we do not hold: a crashed predecessor whose pid was reused by us
    // (worker threads of one process sharing a lock are not supported).
    if (h.pid === process.pid) return held.get(path) !== h.token;
    if (!isAlive(h.pid)) return true;
  }
  return age > staleMs;
}

/**
 * Whether a process with this pid is running. A zombie (exited, not yet reaped) counts as dead: in containers
 * whose init never reaps orphans, a killed detached worker stays one forever and would keep its lock.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return errno(e) !== "ESRCH";
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  if (process.platform !== "linux") return false;
  try {
    // "pid (comm) S ...": the state letter follows the last ")" (comm may itself contain parentheses).
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat[stat.lastIndexOf(")") + 2] === "Z";
  } catch {
    return false;
  }
}

function same(a: Seen | null, b: Seen): boolean {
  return a !== null && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.raw === b.raw;
}

/**
 * Removes a stale takeover lock without a further lock: rename it to a unique name first, so only one
 * waiter gets it; if what was moved turns out not to be the stale file we saw, put it back.
 */
function moveAsideIfUnchanged(path: string, seen: Seen): void {
  const aside = `${path}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if (errno(e) === "ENOENT") return;
    throw e;
  }
  const moved = look(aside);
  if (!same(moved, seen)) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone created a new lock meanwhile; theirs stands.
    }
  }
  // Only a file is deleted: a planted directory stays under its `.stale-` name.
  if (!moved?.notFile) unlinkQuiet(aside);
}

function removeIfOurs(path: string, token: string): void {
  let seen: Seen | null;
  try {
    seen = look(path);
  } catch {
    return;
  }
  if (seen?.holder?.token === token) unlinkQuiet(path);
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch (e) {
    if (errno(e) !== "ENOENT") throw e;
  }
}

/** The lock stayed busy for the whole wait; callers with a deadline journal their write instead. */
export class LockTimeoutError extends StateError {}

function timeoutError(path: string, timeoutMs: number): LockTimeoutError {
  let who = "";
  try {
    const h = look(path)?.holder;
    if (h) who = ` (held by pid ${h.pid} on ${h.host} since ${h.at})`;
  } catch {
    // The message is still useful without the holder.
  }
  return new LockTimeoutError(
    `Timed out after ${timeoutMs / 1000} s waiting for the lock ${path}${who}.`,
    `Another codex-collab process is busy; try again. If none is running, delete ${path}.`,
  );
}

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}
