// The `.codex-collab` state file: lock-free reads (every write is an atomic rename), locked
// read-modify-write updates, bounded size, and corrupt files moved aside instead of crashing a hook.
import { closeSync, existsSync, fchmodSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import * as z from "zod/mini";
import { StateError } from "../errors.js";
import { stateFilePath } from "../project.js";
import { withFileLock, sleepSync } from "./lock.js";
import { emptyState, LIMITS, STATE_VERSION, StateFile } from "./schema.js";

export interface StoreOptions {
  /** Receives one-line warnings (a corrupt file moved aside). Default: console.error with a "codex-collab:" prefix. */
  onWarning?: (message: string) => void;
  /** How long update() waits for another process's update (default 5 s). */
  lockTimeoutMs?: number;
}

export interface Store {
  /** Absolute path of the state file. */
  readonly path: string;
  /** The current state; a missing file reads as an empty state. */
  read(): StateFile;
  /**
   * Locks, reads, lets `fn` mutate the draft, prunes to LIMITS, validates and writes atomically.
   * `fn` must be synchronous; if it throws, nothing is written.
   */
  update<T>(fn: (draft: StateFile) => T): T;
}

/** The file holds a state version newer than this build understands; it is left untouched. */
export class StateVersionError extends StateError {
  constructor(path: string, version: number) {
    super(
      `${path} was written by a newer codex-collab (state version ${version}; this one understands ${STATE_VERSION}).`,
      "Upgrade codex-collab (every copy used in this project) to the latest version.",
    );
  }
}

export function stateLockPath(statePath: string): string {
  return `${statePath}.lock`;
}

export function openStore(root: string, opts: StoreOptions = {}): Store {
  const path = stateFilePath(root);
  const lockPath = stateLockPath(path);
  const warn = opts.onWarning ?? ((m: string) => console.error(`codex-collab: ${m}`));
  const lockOpts = opts.lockTimeoutMs === undefined ? {} : { timeoutMs: opts.lockTimeoutMs };

  /** Only called with the lock held: no other process can be quarantining or writing. */
  const readLocked = (): StateFile => {
    const r = load(path);
    if (r.ok) return r.state ?? emptyState();
    const dest = quarantine(path);
    warn(`${path} was unusable (${r.reason}); moved it to ${basename(dest)} and started a fresh state.`);
    return emptyState();
  };

  return {
    path,
    read() {
      const r = load(path);
      if (r.ok) return r.state ?? emptyState();
      // Re-check under the lock: another process may have quarantined it and written a fresh file already.
      try {
        return withFileLock(lockPath, readLocked, lockOpts);
      } catch (e) {
        if (e instanceof StateVersionError) throw e;
        warn(`${path} was unusable (${r.reason}) and could not be moved aside (${oneLine((e as Error).message)}); using an empty state.`);
        return emptyState();
      }
    },
    update<T>(fn: (draft: StateFile) => T): T {
      return withFileLock(
        lockPath,
        () => {
          const draft = readLocked();
          const result = fn(draft);
          if (result instanceof Promise) {
            throw new StateError("store.update() was given an async function.", "This is a bug in codex-collab; please report it.");
          }
          pruneState(draft);
          const checked = z.safeParse(StateFile, draft);
          if (!checked.success) {
            throw new StateError(
              `Refusing to write an invalid state to ${path}: ${describeIssues(checked.error.issues)}`,
              "This is a bug in codex-collab; please report it.",
            );
          }
          removeOrphanTemps(path);
          writeAtomic(path, JSON.stringify(checked.data));
          return result;
        },
        lockOpts,
      );
    },
  };
}

/** Trims the state to LIMITS in place, dropping the oldest entries first. */
export function pruneState(state: StateFile): void {
  const sessions = Object.values(state.sessions);
  if (sessions.length > LIMITS.sessions) {
    const kept = keepNewest(sessions, LIMITS.sessions, (s) => s.updatedAt);
    state.sessions = Object.fromEntries(kept.map((s) => [s.name, s]));
  }
  for (const s of Object.values(state.sessions)) {
    if (s.history.length > LIMITS.historyPerSession) s.history = s.history.slice(-LIMITS.historyPerSession);
  }
  state.reviews = keepNewest(state.reviews, LIMITS.reviews, (r) => r.startedAt);
  state.pendingEdits = keepNewest(state.pendingEdits, LIMITS.pendingEdits, (p) => p.at);
  const classifications = Object.entries(state.classifications);
  if (classifications.length > LIMITS.classifications) {
    state.classifications = Object.fromEntries(keepNewest(classifications, LIMITS.classifications, ([, c]) => c.at));
  }
}

/** Keeps the `n` items with the latest `key` (ties: the later position wins), in their original order. */
function keepNewest<T>(items: T[], n: number, key: (item: T) => string): T[] {
  if (items.length <= n) return items;
  const order = items.map((item, i) => ({ k: key(item), i }));
  order.sort((a, b) => (a.k < b.k ? 1 : a.k > b.k ? -1 : b.i - a.i));
  const keep = new Set(order.slice(0, n).map((o) => o.i));
  return items.filter((_, i) => keep.has(i));
}

type Loaded = { ok: true; state: StateFile | null } | { ok: false; reason: string };

/** ok with null: no file yet. Throws StateVersionError for a newer version, so such a file is never replaced. */
function load(path: string): Loaded {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { ok: true, state: null };
    return { ok: false, reason: oneLine((e as Error).message) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not valid JSON: ${oneLine((e as Error).message)}` };
  }
  const version = typeof raw === "object" && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === "number" && version > STATE_VERSION) throw new StateVersionError(path, version);
  const parsed = z.safeParse(StateFile, raw);
  if (!parsed.success) return { ok: false, reason: `invalid content: ${describeIssues(parsed.error.issues)}` };
  return { ok: true, state: parsed.data };
}

/** Renames the file to `<name>.corrupt-<ISO time without colons>`; returns the new path. */
function quarantine(path: string): string {
  const stamp = new Date().toISOString().replace(/:/g, "");
  let dest = `${path}.corrupt-${stamp}`;
  for (let i = 1; existsSync(dest); i++) dest = `${path}.corrupt-${stamp}-${i}`;
  try {
    renameSync(path, dest);
  } catch (e) {
    throw new StateError(`Cannot move the unusable ${path} aside: ${(e as Error).message}`, `Move or delete ${path} by hand.`);
  }
  return dest;
}

const TEMP_MARK = ".tmp-";

/** Temp files are only written under the lock, so any we find while holding it were left by a crash. */
function removeOrphanTemps(path: string): void {
  const prefix = basename(path) + TEMP_MARK;
  const dir = dirname(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Leftover litter is harmless; the write below does not depend on it.
    }
  }
}

function writeAtomic(path: string, data: string): void {
  const tmp = `${path}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2)}`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx", 0o600);
    // The open mode is filtered by umask; make it exactly 0600 (the file may hold prompts' titles).
    fchmodSync(fd, 0o600);
    writeSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameWithRetry(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or never created.
    }
    throw new StateError(`Cannot write ${path}: ${(e as Error).message}`, `Check free space and the permissions of ${dirname(path)}.`);
  }
  fsyncDir(dirname(path));
}

/** Windows refuses to replace a file another process has open for a moment (EPERM/EBUSY); retry briefly. */
function renameWithRetry(from: string, to: string): void {
  for (let i = 0; ; i++) {
    try {
      renameSync(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const transient = process.platform === "win32" && (code === "EPERM" || code === "EBUSY" || code === "EACCES");
      if (!transient || i >= 10) throw e;
      sleepSync(10 + i * 10);
    }
  }
}

/** Makes the rename itself durable; not possible on every platform (Windows cannot open a directory). */
function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Best effort: the rename is atomic either way.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
  return oneLine(shown.join("; ") + (issues.length > 3 ? ` (+${issues.length - 3} more)` : ""));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
