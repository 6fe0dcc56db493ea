import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  UnsafePathError,
  ensurePrivateDir,
  openPrivate,
  readPrivate,
  writeAll
} from "./chunk-QR7TU3TZ.js";
import {
  _default,
  _enum,
  _gte,
  _lte,
  array,
  int,
  literal,
  nullable,
  number,
  object,
  optional,
  record,
  safeParse,
  stateDir,
  stateFilePath,
  string
} from "./chunk-O2EGVUQG.js";
import {
  StateError
} from "./chunk-UMH65Y2S.js";

// src/text.ts
function oneLine(text, max = Infinity) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
var WIDE = [
  [4352, 4447],
  [11904, 12350],
  [12353, 13311],
  [13312, 19903],
  [19968, 40959],
  [40960, 42191],
  [44032, 55203],
  [63744, 64255],
  [65072, 65103],
  [65280, 65376],
  [65504, 65510],
  [127744, 128591],
  [129280, 129535],
  [131072, 262141]
];
var ZERO = [[768, 879], [8203, 8207], [65024, 65039]];
var within = (c, ranges) => ranges.some(([a, b]) => c >= a && c <= b);
function displayWidth(text) {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (!within(c, ZERO)) width += within(c, WIDE) ? 2 : 1;
  }
  return width;
}
function padColumns(text, width) {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
function table(rows) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? "")))) ?? [];
  return rows.map((r) => r.map((c, i) => i === r.length - 1 ? c : padColumns(c, widths[i] ?? 0)).join("  ").trimEnd()).join("\n");
}

// src/state/schema.ts
var STATE_VERSION = 1;
var LIMITS = {
  sessions: 60,
  historyPerSession: 30,
  reviews: 60,
  pendingEdits: 500,
  classifications: 200
};
var STAGES = [
  "not started",
  "requirements analysis",
  "discussion",
  "prototype",
  "implementation",
  "review",
  "fixes",
  "final review"
];
function build() {
  const Usage2 = object({
    input_tokens: _default(number(), 0),
    cached_input_tokens: _default(number(), 0),
    output_tokens: _default(number(), 0),
    reasoning_output_tokens: _default(number(), 0)
  });
  const Stage = number().check(int(), _gte(0), _lte(7));
  const HistoryEntry = object({
    at: string(),
    /** What ran: a template name (analyze, design, prototype, review, debug, ask) or "run". */
    kind: string(),
    title: string(),
    outcome: _enum(["ok", "failed", "timeout", "cancelled"]),
    stage: optional(Stage),
    tokens: optional(number()),
    /** Codex thread the turn ran on (a session can move to a fresh thread; see recordTurn). */
    threadId: optional(string())
  });
  const Session = object({
    name: string(),
    /** Codex thread id; null until the first turn has returned one. */
    threadId: nullable(string()),
    claudeSessionId: optional(string()),
    task: optional(string()),
    cwd: optional(string()),
    createdAt: string(),
    updatedAt: string(),
    turns: _default(number(), 0),
    usage: Usage2,
    stage: _default(Stage, 0),
    history: _default(array(HistoryEntry), [])
  });
  const Severity2 = _enum(["must-fix", "should-fix", "nit"]);
  const Finding2 = object({
    severity: Severity2,
    file: string(),
    line_start: nullable(number()),
    line_end: nullable(number()),
    title: string(),
    explanation: string(),
    suggested_fix: string(),
    confidence: number()
  });
  const PendingEdit = object({
    path: string(),
    /** sha1 of the tool input that made the edit: repeated identical events collapse. */
    hash: string(),
    at: string(),
    tool: string(),
    claudeSessionId: optional(string())
  });
  const ReviewRecord = object({
    id: string(),
    sessionName: string(),
    claudeSessionId: optional(string()),
    /** sha256 of the reviewed (redacted) diff: the same diff is never reviewed twice. */
    diffHash: string(),
    files: array(string()),
    status: _enum(["running", "done", "failed", "skipped"]),
    startedAt: string(),
    finishedAt: optional(string()),
    verdict: optional(string()),
    summary: optional(string()),
    /** Set when Codex answered in prose and the findings were parsed best-effort. */
    note: optional(string()),
    findings: _default(array(Finding2), []),
    usage: optional(Usage2),
    error: optional(string()),
    skipReason: optional(string()),
    /** Set once the findings were injected into Claude's context. */
    deliveredAt: optional(string()),
    /** Set once the Stop gate blocked on this review's must-fix findings. */
    stopBlockedAt: optional(string())
  });
  const Classification = object({
    level: _enum(["simple", "medium", "complex"]),
    score: number(),
    at: string()
  });
  const WorkerInfo = object({
    pid: number(),
    startedAt: string(),
    heartbeatAt: string()
  });
  const StateFile2 = object({
    version: literal(STATE_VERSION),
    sessions: _default(record(string(), Session), {}),
    pendingEdits: _default(array(PendingEdit), []),
    reviews: _default(array(ReviewRecord), []),
    /** Latest classification per Claude session id. */
    classifications: _default(record(string(), Classification), {}),
    worker: _default(nullable(WorkerInfo), null)
  });
  return { Usage: Usage2, Stage, HistoryEntry, Session, Severity: Severity2, Finding: Finding2, PendingEdit, ReviewRecord, Classification, WorkerInfo, StateFile: StateFile2 };
}
var built;
function stateSchemas() {
  return built ??= build();
}
function part(key) {
  return stateSchemas()[key];
}
var Usage = /* @__PURE__ */ part("Usage");
var Severity = /* @__PURE__ */ part("Severity");
var Finding = /* @__PURE__ */ part("Finding");
var StateFile = /* @__PURE__ */ part("StateFile");
function emptyState() {
  return { version: STATE_VERSION, sessions: {}, pendingEdits: [], reviews: [], classifications: {}, worker: null };
}

// src/state/store.ts
import { closeSync as closeSync2, existsSync, fsyncSync, lstatSync as lstatSync2, openSync as openSync2, readdirSync, renameSync as renameSync2, unlinkSync as unlinkSync2 } from "node:fs";
import { basename, dirname as dirname2, join } from "node:path";

// src/state/lock.ts
import { closeSync, constants, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, utimesSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, resolve } from "node:path";
var DEFAULT_LOCK_TIMEOUT_MS = 5e3;
var DEFAULT_LOCK_STALE_MS = 3e4;
var BLANK_STALE_MS = 5e3;
var TAKEOVER_STALE_MS = 1e4;
var MAX_SLEEP_MS = 50;
var held = /* @__PURE__ */ new Map();
var sleeper;
function sleepSync(ms) {
  if (ms <= 0) return;
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleeper, 0, 0, ms);
}
function tryLock(lockPath, opts = {}) {
  const path = resolve(lockPath);
  if (held.has(path)) return null;
  const token = attempt(path, opts.staleMs ?? DEFAULT_LOCK_STALE_MS, false);
  return token === null ? null : releaser(path, token);
}
function acquireLock(lockPath, opts = {}) {
  const path = resolve(lockPath);
  if (held.has(path)) {
    throw new StateError(`This process already holds the lock ${path}.`, "This is a bug in codex-collab (a nested lock); please report it.");
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const staleMs = opts.staleMs ?? DEFAULT_LOCK_STALE_MS;
  const deadline = Date.now() + timeoutMs;
  let pause = 1;
  for (; ; ) {
    const token = attempt(path, staleMs, false);
    if (token !== null) return releaser(path, token);
    const left = deadline - Date.now();
    if (left <= 0) throw timeoutError(path, timeoutMs);
    sleepSync(Math.min(left, pause * (0.5 + Math.random())));
    pause = Math.min(pause * 2, MAX_SLEEP_MS);
  }
}
function withFileLock(lockPath, fn, opts = {}) {
  const release = acquireLock(lockPath, opts);
  try {
    return fn();
  } finally {
    release();
  }
}
function refreshLock(lockPath) {
  const path = resolve(lockPath);
  const token = held.get(path);
  if (token === void 0 || look(path)?.holder?.token !== token) return false;
  const now = /* @__PURE__ */ new Date();
  utimesSync(path, now, now);
  return true;
}
function releaser(path, token) {
  held.set(path, token);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (held.get(path) === token) held.delete(path);
    removeIfOurs(path, token);
  };
}
function attempt(path, staleMs, isTakeoverLock) {
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
      if (same(look(path), seen)) unlinkQuiet(path);
    } finally {
      removeIfOurs(takeover, guard);
    }
  }
  return create(path);
}
function create(path) {
  const holder = {
    pid: process.pid,
    host: hostname(),
    token: `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
    at: (/* @__PURE__ */ new Date()).toISOString()
  };
  let fd;
  try {
    fd = openExclusive(path);
  } catch (e) {
    if (errno(e) === "EEXIST") return null;
    throw new StateError(`Cannot create the lock file ${path}: ${e.message}`, `Check that ${dirname(path)} exists and is writable.`);
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } catch (e) {
    closeSync(fd);
    unlinkQuiet(path);
    throw new StateError(`Cannot write the lock file ${path}: ${e.message}`, `Check free space and permissions of ${dirname(path)}.`);
  }
  closeSync(fd);
  return holder.token;
}
function openExclusive(path) {
  try {
    return openPrivate(path, "exclusive");
  } catch (e) {
    if (errno(e) !== "ENOENT") throw e;
    mkdirSync(dirname(path), { recursive: true, mode: 448 });
    return openPrivate(path, "exclusive");
  }
}
function look(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (errno(e) === "ENOENT") return null;
    if (errno(e) === "ELOOP") return plantedLink(path);
    throw new StateError(`Cannot read the lock file ${path}: ${e.message}`, `Check the permissions of ${path}.`);
  }
  try {
    const st = fstatSync(fd);
    const raw = readFileSync(fd, "utf8");
    return { holder: parseHolder(raw), raw, ino: st.ino, mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
}
function plantedLink(path) {
  try {
    return { holder: null, raw: "", ino: lstatSync(path).ino, mtimeMs: 0 };
  } catch {
    return null;
  }
}
function parseHolder(raw) {
  try {
    const v = JSON.parse(raw);
    if (v && Number.isInteger(v.pid) && v.pid > 0 && typeof v.token === "string" && typeof v.host === "string") {
      return { pid: v.pid, host: v.host, token: v.token, at: typeof v.at === "string" ? v.at : "" };
    }
  } catch {
  }
  return null;
}
function isStale(path, seen, staleMs) {
  const age = Date.now() - seen.mtimeMs;
  const h = seen.holder;
  if (h === null) return age > Math.min(staleMs, BLANK_STALE_MS);
  if (h.host === hostname()) {
    if (h.pid === process.pid) return held.get(path) !== h.token;
    if (!isAlive(h.pid)) return true;
  }
  return age > staleMs;
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return errno(e) !== "ESRCH";
  }
  return !isZombie(pid);
}
function isZombie(pid) {
  if (process.platform !== "linux") return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat[stat.lastIndexOf(")") + 2] === "Z";
  } catch {
    return false;
  }
}
function same(a, b) {
  return a !== null && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.raw === b.raw;
}
function moveAsideIfUnchanged(path, seen) {
  const aside = `${path}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if (errno(e) === "ENOENT") return;
    throw e;
  }
  if (!same(look(aside), seen)) {
    try {
      linkSync(aside, path);
    } catch {
    }
  }
  unlinkQuiet(aside);
}
function removeIfOurs(path, token) {
  let seen;
  try {
    seen = look(path);
  } catch {
    return;
  }
  if (seen?.holder?.token === token) unlinkQuiet(path);
}
function unlinkQuiet(path) {
  try {
    unlinkSync(path);
  } catch (e) {
    if (errno(e) !== "ENOENT") throw e;
  }
}
function timeoutError(path, timeoutMs) {
  let who = "";
  try {
    const h = look(path)?.holder;
    if (h) who = ` (held by pid ${h.pid} on ${h.host} since ${h.at})`;
  } catch {
  }
  return new StateError(
    `Timed out after ${timeoutMs / 1e3} s waiting for the lock ${path}${who}.`,
    `Another codex-collab process is busy; try again. If none is running, delete ${path}.`
  );
}
function errno(e) {
  return e?.code;
}

// src/state/store.ts
var StateVersionError = class extends StateError {
  constructor(path, version) {
    super(
      `${path} was written by a newer codex-collab (state version ${version}; this one understands ${STATE_VERSION}).`,
      "Upgrade codex-collab (every copy used in this project) to the latest version."
    );
  }
};
function stateLockPath(statePath) {
  return `${statePath}.lock`;
}
function validatedCopyPath(root) {
  return join(stateDir(root), "state.validated.json");
}
function openStore(root, opts = {}) {
  const path = stateFilePath(root);
  const lockPath = stateLockPath(path);
  const warn = opts.onWarning ?? ((m) => console.error(`codex-collab: ${m}`));
  const lockOpts = opts.lockTimeoutMs === void 0 ? {} : { timeoutMs: opts.lockTimeoutMs };
  const syncDirectory = opts.syncDirectory ?? true;
  const copyPath = validatedCopyPath(root);
  const load = () => loadFile(path, copyPath);
  const readLocked = () => {
    const r = load();
    if (r.ok) return r.state ?? emptyState();
    const dest = quarantine(path);
    warn(`${path} was unusable (${r.reason}); moved it to ${basename(dest)} and started a fresh state.`);
    return emptyState();
  };
  return {
    path,
    read() {
      const r = load();
      if (r.ok) return r.state ?? emptyState();
      try {
        return withFileLock(lockPath, readLocked, lockOpts);
      } catch (e) {
        if (e instanceof StateVersionError) throw e;
        warn(`${path} was unusable (${r.reason}) and could not be moved aside (${oneLine(e.message)}); using an empty state.`);
        return emptyState();
      }
    },
    update(fn) {
      return withFileLock(
        lockPath,
        () => {
          const draft = readLocked();
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
              "This is a bug in codex-collab; please report it."
            );
          }
          removeOrphanTemps(path);
          const text = JSON.stringify(checked.state);
          writeAtomic(path, text, syncDirectory);
          writeCopy(copyPath, text, warn);
          return result;
        },
        lockOpts
      );
    }
  };
}
function pruneState(state) {
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
function keepNewest(items, n, key) {
  if (items.length <= n) return items;
  const order = items.map((item, i) => ({ k: key(item), i }));
  order.sort((a, b) => a.k < b.k ? 1 : a.k > b.k ? -1 : b.i - a.i);
  const keep = new Set(order.slice(0, n).map((o) => o.i));
  return items.filter((_, i) => keep.has(i));
}
function loadFile(path, copyPath) {
  let text;
  try {
    text = readPrivate(path);
  } catch (e) {
    return { ok: false, reason: e instanceof UnsafePathError ? `${e.why}, never read or written through` : oneLine(e.message) };
  }
  if (text === null) return { ok: true, state: null };
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not valid JSON: ${oneLine(e.message)}` };
  }
  const version = typeof raw === "object" && raw !== null ? raw.version : void 0;
  if (typeof version === "number" && version > STATE_VERSION) throw new StateVersionError(path, version);
  if (text === readCopy(copyPath)) return { ok: true, state: raw };
  const parsed = safeParse(stateSchemas().StateFile, raw);
  if (!parsed.success) return { ok: false, reason: `invalid content: ${describeIssues(parsed.error.issues)}` };
  return { ok: true, state: parsed.data };
}
function readCopy(copyPath) {
  try {
    if ((lstatSync2(copyPath).mode & 63) !== 0) return void 0;
    return readPrivate(copyPath) ?? void 0;
  } catch {
    return void 0;
  }
}
function writeCopy(copyPath, text, warn) {
  try {
    ensurePrivateDir(dirname2(copyPath), warn);
    removeOrphanTemps(copyPath);
    writeAtomic(copyPath, text, false);
  } catch {
  }
}
function sections() {
  return Object.keys(stateSchemas().StateFile.shape);
}
function sectionTexts(state) {
  return new Map(sections().map((k) => [k, JSON.stringify(state[k])]));
}
function validateChanged(draft, before) {
  const out = {};
  const issues = [];
  for (const key of sections()) {
    const value = draft[key];
    if (before.get(key) === JSON.stringify(value)) {
      out[key] = value;
      continue;
    }
    const r = safeParse(stateSchemas().StateFile.shape[key], value);
    if (r.success) out[key] = r.data;
    else issues.push(...r.error.issues.map((i) => ({ path: [key, ...i.path], message: i.message })));
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, state: out };
}
function quarantine(path) {
  const stamp = (/* @__PURE__ */ new Date()).toISOString().replace(/:/g, "");
  let dest = `${path}.corrupt-${stamp}`;
  for (let i = 1; existsSync(dest); i++) dest = `${path}.corrupt-${stamp}-${i}`;
  try {
    renameSync2(path, dest);
  } catch (e) {
    throw new StateError(`Cannot move the unusable ${path} aside: ${e.message}`, `Move or delete ${path} by hand.`);
  }
  return dest;
}
var TEMP_MARK = ".tmp-";
function removeOrphanTemps(path) {
  const prefix = basename(path) + TEMP_MARK;
  const dir = dirname2(path);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    try {
      unlinkSync2(join(dir, name));
    } catch {
    }
  }
}
function writeAtomic(path, data, syncDirectory) {
  const tmp = `${path}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2)}`;
  let fd;
  try {
    fd = openPrivate(tmp, "exclusive");
    writeAll(fd, data);
    fsyncSync(fd);
    closeSync2(fd);
    fd = void 0;
    renameWithRetry(tmp, path);
  } catch (e) {
    if (fd !== void 0) closeSync2(fd);
    try {
      unlinkSync2(tmp);
    } catch {
    }
    throw new StateError(`Cannot write ${path}: ${e.message}`, `Check free space and the permissions of ${dirname2(path)}.`);
  }
  if (syncDirectory) fsyncDir(dirname2(path));
}
function renameWithRetry(from, to) {
  for (let i = 0; ; i++) {
    try {
      renameSync2(from, to);
      return;
    } catch (e) {
      const code = e.code;
      const transient = process.platform === "win32" && (code === "EPERM" || code === "EBUSY" || code === "EACCES");
      if (!transient || i >= 10) throw e;
      sleepSync(10 + i * 10);
    }
  }
}
function fsyncDir(dir) {
  let fd;
  try {
    fd = openSync2(dir, "r");
    fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}
function describeIssues(issues) {
  const shown = issues.slice(0, 3).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
  return oneLine(shown.join("; ") + (issues.length > 3 ? ` (+${issues.length - 3} more)` : ""));
}

export {
  oneLine,
  table,
  tryLock,
  refreshLock,
  isAlive,
  STATE_VERSION,
  STAGES,
  stateSchemas,
  Usage,
  Severity,
  Finding,
  StateFile,
  emptyState,
  openStore
};
