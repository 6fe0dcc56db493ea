// The `.codex-collab` state file: lock-free reads (every write is an atomic rename), locked
// read-modify-write updates, bounded size, and corrupt or committed files moved aside instead of crashing a hook.
import { closeSync, existsSync, fsyncSync, lstatSync, openSync, readdirSync, renameSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import * as z from "zod/mini";
import { StateError } from "../errors.js";
import { stateDir, stateFilePath } from "../project.js";
import { oneLine } from "../text.js";
import { sleepSync } from "./lock.js";
import { committedGuard } from "./committed.js";
import { ensurePrivateDir, openPrivate, readPrivate, UnsafePathError, writeAll } from "./safe-fs.js";
import { applyJournal, readJournalEntries, takeJournal } from "./journal.js";
import { timedLock, type LockWaitStats } from "./timed-lock.js";
import { emptyState, LIMITS, STATE_VERSION, stateSchemas, type StateFile } from "./schema.js";
import { isoTime } from "../time.js";

export interface StoreOptions {
  /** Receives one-line warnings (a corrupt file moved aside). Default: console.error with a "codex-collab:" prefix. */
  onWarning?: (message: string) => void;
  /** How long update() waits for another process's update (default 5 s). */
  lockTimeoutMs?: number;
  /**
   * fsync the directory after each rename (default true), so an update also survives a power loss. Without it a
   * crash can only roll the file back to its previous complete version (the data itself is fsynced before the
   * rename), never corrupt it. The hooks turn it off: ~6 ms per update on ext4, on every prompt and edit.
   */
  syncDirectory?: boolean;
  /**
   * One deadline (ms since the epoch) for every lock wait of this store: a hook's reads and updates together never
   * wait past it. A wait that would is a LockTimeoutError (the hook journals its write instead).
   */
  deadline?: number;
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
  /** Runs `fn` holding the state lock (within the deadline), writing nothing: a decision other writers must not race. */
  withLock<T>(fn: () => T): T;
  /** How this store's lock waits went so far (what a hook logs). */
  readonly lockWait: LockWaitStats;
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

/**
 * The exact text of the last state a codex-collab writer validated and wrote. A reader finding the state file
 * byte-identical to it skips validation: zod over a lived-in 60 KB state costs a hook 15-30 ms of CPU, more than
 * everything else it does. Any other text (a hand edit, another version's write, a stale copy) is validated.
 */
export function validatedCopyPath(root: string): string {
  return join(stateDir(root), "state.validated.json");
}

export function openStore(root: string, opts: StoreOptions = {}): Store {
  const path = stateFilePath(root);
  const lockPath = stateLockPath(path);
  const warn = opts.onWarning ?? ((m: string) => console.error(`codex-collab: ${m}`));
  const lock = timedLock(lockPath, { timeoutMs: opts.lockTimeoutMs, deadline: opts.deadline });
  const locked = lock.run;
  const syncDirectory = opts.syncDirectory ?? true;
  const copyPath = validatedCopyPath(root);
  const load = (): Loaded => loadFile(path, copyPath);

  /** Only called with the lock held: no other process can be quarantining or writing. */
  const readLocked = (): StateFile => {
    const r = load();
    if (r.ok) return r.state ?? emptyState();
    const dest = quarantine(path);
    warn(`${path} was unusable (${r.reason}); moved it to ${basename(dest)} and started a fresh state.`);
    return emptyState();
  };

  const plain = (): StateFile => {
    const r = load();
    if (r.ok) return r.state ?? emptyState();
    // Re-check under the lock: another process may have quarantined it and written a fresh file already.
    try {
      return locked(readLocked);
    } catch (e) {
      if (e instanceof StateVersionError) throw e;
      warn(`${path} was unusable (${r.reason}) and could not be moved aside (${oneLine((e as Error).message)}); using an empty state.`);
      return emptyState();
    }
  };

  // A repository's committed state is never read as ours (committed.ts); git is asked at most once per store.
  const committed = committedGuard({ root, statePath: path, copyPath, maxBytes: STATE_MAX_BYTES, readCopy, quarantine, warn });

  return {
    path,
    get lockWait() {
      const { requests, waitMs, sleptMs, queuedMs, pastDeadlineMs } = lock.stats;
      return { requests, waitMs: Math.round(waitMs), sleptMs: Math.round(sleptMs), queuedMs: Math.round(queuedMs), pastDeadlineMs };
    },
    withLock: locked,
    read() {
      if (committed.suspect()) {
        try {
          locked(committed.disownLocked);
        } catch (e) {
          warn(`${path} or ${stateDir(root)} is committed to this repository and could not be moved aside (${oneLine((e as Error).message)}); using an empty state.`);
          return emptyState();
        }
      }
      // The journal first: an entry a concurrent drain moves into the state meanwhile is then seen either way.
      const pending = readJournalEntries(root);
      const state = plain();
      applyJournal(state, pending);
      return state;
    },
    update<T>(fn: (draft: StateFile) => T): T {
      return locked(() => {
        // Whoever writes the state drains the journal into it; the entries are removed only once it is written.
        if (committed.suspect()) committed.disownLocked();
        const drained = takeJournal(root);
        try {
          const draft = readLocked();
          applyJournal(draft, drained.entries);
          const before = sectionTexts(draft);
          const result = fn(draft);
          if (result instanceof Promise) {
            throw new StateError("store.update() was given an async function.", "This is a bug in codex-collab; please report it.");
          }
          pruneState(draft);
          const checked = validateChanged(draft, before);
          if (!checked.success) {
            throw new StateError(
              `Refusing to write an invalid state to ${path}: ${describeIssues(checked.issues)}`,
              "This is a bug in codex-collab; please report it.",
            );
          }
          removeOrphanTemps(path);
          const text = JSON.stringify(checked.state);
          writeAtomic(path, text, syncDirectory);
          writeCopy(copyPath, text, warn);
          drained.commit();
          return result;
        } catch (e) {
          drained.abort();
          throw e;
        }
      });
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
  const loops = Object.entries(state.wake ?? {});
  if (loops.length > LIMITS.wakeLoops) {
    state.wake = Object.fromEntries(keepNewest(loops, LIMITS.wakeLoops, ([, w]) => w.userPromptAt ?? w.waiter?.since ?? ""));
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

/**
 * The largest state file read. LIMITS bounds the real one far below this; a larger file (a repository can commit a
 * 150 MB one) would cost every hook seconds, so it is moved aside like a corrupt one, unread.
 */
export const STATE_MAX_BYTES = 8 * 1024 * 1024;

/** ok with null: no file yet. Throws StateVersionError for a newer version, so such a file is never replaced. */
function loadFile(path: string, copyPath: string): Loaded {
  let text: string | null;
  try {
    // Never read through a link: a cloned repository could point `.codex-collab` at any file.
    text = readPrivate(path, STATE_MAX_BYTES);
  } catch (e) {
    return { ok: false, reason: e instanceof UnsafePathError ? `${e.why}, never read or written through` : oneLine((e as Error).message) };
  }
  if (text === null) return { ok: true, state: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not valid JSON: ${oneLine((e as Error).message)}` };
  }
  const version = typeof raw === "object" && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === "number" && version > STATE_VERSION) throw new StateVersionError(path, version);
  // Validated output serialised as JSON parses back to the same valid state.
  if (text === readCopy(copyPath)) return { ok: true, state: raw as StateFile };
  const parsed = z.safeParse(stateSchemas().StateFile, raw);
  if (!parsed.success) return { ok: false, reason: `invalid content: ${describeIssues(parsed.error.issues)}` };
  return { ok: true, state: parsed.data };
}

/**
 * Only a private copy counts: git checks files out 0644 (umask 022), so a copy committed beside a committed state
 * file cannot make a reader skip validation.
 */
function readCopy(copyPath: string): string | undefined {
  try {
    if ((lstatSync(copyPath).mode & 0o077) !== 0) return undefined;
    return readPrivate(copyPath, STATE_MAX_BYTES) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Best effort, after the state's rename: a missing, stale or half-written copy only means the next read validates. */
function writeCopy(copyPath: string, text: string, warn: (m: string) => void): void {
  try {
    ensurePrivateDir(dirname(copyPath), warn);
    removeOrphanTemps(copyPath);
    writeAtomic(copyPath, text, false);
  } catch {
    // See above.
  }
}

type Section = keyof StateFile;

function sections(): Section[] {
  return Object.keys(stateSchemas().StateFile.shape) as Section[];
}

function sectionTexts(state: StateFile): Map<Section, string> {
  return new Map(sections().map((k) => [k, JSON.stringify(state[k])]));
}

/**
 * Validates what an update changed before it is written; sections it left as read were valid when read. Builds
 * the state from the schema's keys only, as a whole-object parse would (unknown keys are dropped).
 */
function validateChanged(
  draft: StateFile,
  before: Map<Section, string>,
): { success: true; state: StateFile } | { success: false; issues: Array<{ path: PropertyKey[]; message: string }> } {
  const out: Record<string, unknown> = {};
  const issues: Array<{ path: PropertyKey[]; message: string }> = [];
  for (const key of sections()) {
    const value = draft[key];
    if (before.get(key) === JSON.stringify(value)) {
      out[key] = value;
      continue;
    }
    const r = z.safeParse(stateSchemas().StateFile.shape[key], value);
    if (r.success) out[key] = r.data;
    else issues.push(...r.error.issues.map((i) => ({ path: [key, ...i.path], message: i.message })));
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, state: out as StateFile };
}

/** Renames the file to `<name>.corrupt-<ISO time without colons>` (or another mark); returns the new path. */
function quarantine(path: string, mark = ".corrupt-"): string {
  const stamp = isoTime().replace(/:/g, "");
  let dest = `${path}${mark}${stamp}`;
  for (let i = 1; existsSync(dest); i++) dest = `${path}${mark}${stamp}-${i}`;
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

function writeAtomic(path: string, data: string, syncDirectory: boolean): void {
  const tmp = `${path}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2)}`;
  let fd: number | undefined;
  try {
    // Exclusive, no link followed, exactly 0600 whatever the umask (the file may hold prompts' titles).
    fd = openPrivate(tmp, "exclusive");
    writeAll(fd, data);
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
  if (syncDirectory) fsyncDir(dirname(path));
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

