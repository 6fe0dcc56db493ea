import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  _default,
  _enum,
  _gte,
  _lte,
  array,
  int,
  literal,
  markSlowPath,
  nullable,
  number,
  object,
  optional,
  record,
  string
} from "./chunk-O76QQAV3.js";
import {
  STATE_FILE_NAME,
  StateError,
  UnsafePathError,
  ensurePrivateDir,
  isoTime,
  moveAside,
  openPrivate,
  readPrivate,
  stateDir,
  writeAll
} from "./chunk-5EGK72M7.js";

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
  classifications: 200,
  wakeLoops: 200
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
    threadId: optional(string()),
    /** What the turn cost: tokens by kind, the model priced, the estimate in USD, and bytes both ways. */
    usage: optional(Usage2),
    model: optional(string()),
    costUsd: optional(number()),
    promptBytes: optional(number()),
    answerBytes: optional(number())
  });
  const ThreadSize = object({
    threadId: nullable(string()),
    bytes: _default(number(), 0),
    /** Input plus output tokens of the thread's latest turn: what the model held in context then. */
    tokens: _default(number(), 0),
    turns: _default(number(), 0),
    startedAt: string(),
    /** Set on a thread that was closed for a fresh one. */
    endedAt: optional(string()),
    /** Why the session left this thread ("budget": it grew past the per-thread budget; "new": the user asked). */
    endReason: optional(string()),
    /** The thread this one took over from, with a handoff. */
    handoffFrom: optional(string())
  });
  const Decision = object({
    at: string(),
    kind: string(),
    stage: optional(Stage),
    text: string()
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
    history: _default(array(HistoryEntry), []),
    /** Estimated cost of every turn so far, in USD (see src/workflow/usage.ts). */
    costUsd: optional(number()),
    /** The thread the session is on now, and the ones it left (oldest first): `sessions show` prints the chain. */
    thread: optional(ThreadSize),
    chain: optional(array(ThreadSize)),
    decisions: optional(array(Decision))
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
    claudeSessionId: optional(string()),
    /** Failed reviews of this edit so far; it is retried with backoff until MAX_REVIEW_ATTEMPTS, then dropped. */
    attempts: optional(number()),
    /** Not reviewed again before this time (backoff after a failed review). */
    retryAt: optional(string()),
    lastError: optional(string())
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
    /** Set when Codex's answer was not the JSON asked for; says what was done with it. */
    note: optional(string()),
    /** "prose": Codex answered in prose; the record then has no findings and `summary` holds the answer. */
    answer: optional(_enum(["structured", "prose"])),
    /** auto: the background worker reviewed a Claude session's edits; manual: someone ran `codex-collab review`. */
    origin: optional(_enum(["auto", "manual"])),
    /** Fingerprint of each reviewed file's content when it was read, to tell whether a finding still applies. */
    contentHashes: optional(record(string(), string())),
    findings: _default(array(Finding2), []),
    usage: optional(Usage2),
    error: optional(string()),
    skipReason: optional(string()),
    /** Set once the findings were injected into Claude's context. */
    deliveredAt: optional(string()),
    /** Set once the Stop gate blocked on this review's must-fix findings. */
    stopBlockedAt: optional(string()),
    /** What the review saw: the tree it compared with plus the files it sent (see src/review/snapshot.ts). */
    tree: optional(string()),
    /** The Codex thread it ran on; a later review on the same thread sends only what changed since `tree`. */
    threadId: optional(string()),
    /** The resolved base commit of a `--base` review. */
    base: optional(string()),
    /** The review sent only the change since an earlier review (its id). */
    since: optional(string()),
    /** Bytes of the prompt and the number of files whose diff it carried. */
    promptBytes: optional(number()),
    sentFiles: optional(number()),
    /** Set once an asyncRewake hook woke Claude with this review's must-fix findings. */
    wokenAt: optional(string())
  });
  const WakeLoop = object({
    /** Wakes in the current loop; a user prompt starts a new loop. */
    rounds: _default(number(), 0),
    /** When the user last prompted: the user's own prompt takes precedence over a scheduled wake. */
    userPromptAt: optional(string()),
    /** Language of the user's last prompt, for the wake text. */
    locale: optional(_enum(["en", "zh"])),
    /** The waiting asyncRewake hook, while one waits for this session's review. */
    waiter: optional(object({ pid: number(), since: string() })),
    /** Findings Claude rejected with a reason (finding id → reason): never raised again in this session. */
    rejected: _default(record(string(), string()), {}),
    /** Set when the loop stopped at the round cap or on an interrupt, with what was still open. */
    stoppedAt: optional(string()),
    stopReason: optional(string()),
    open: optional(array(string()))
  });
  const Classification = object({
    level: _enum(["simple", "medium", "complex"]),
    score: number(),
    at: string(),
    /** Language of the prompt that set the level (the wake text uses it). */
    locale: optional(_enum(["en", "zh"]))
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
    worker: _default(nullable(WorkerInfo), null),
    /** Wake loop per Claude session id. Optional rather than defaulted, so StateFile literals elsewhere stay valid. */
    wake: optional(record(string(), WakeLoop))
  });
  return { Usage: Usage2, Stage, HistoryEntry, ThreadSize, Decision, Session, Severity: Severity2, Finding: Finding2, PendingEdit, ReviewRecord, WakeLoop, Classification, WorkerInfo, StateFile: StateFile2 };
}
var built;
function stateSchemas() {
  if (built) return built;
  markSlowPath();
  return built = build();
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

// src/state/lock.ts
import { closeSync, constants, fstatSync, linkSync, lstatSync, openSync, readFileSync, readSync, renameSync, unlinkSync, utimesSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, resolve } from "node:path";
var DEFAULT_LOCK_TIMEOUT_MS = 5e3;
var DEFAULT_LOCK_STALE_MS = 3e4;
var BLANK_STALE_MS = 5e3;
var TAKEOVER_STALE_MS = 1e4;
var MAX_SLEEP_MS = 50;
var MAX_LOCK_BYTES = 4096;
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
    const nap = Math.min(left, pause * (0.5 + Math.random()));
    const before = Date.now();
    sleepSync(nap);
    opts.onSleep?.(nap, Date.now() - before);
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
function create(path) {
  const holder = {
    pid: process.pid,
    host: hostname(),
    token: `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
    at: isoTime()
  };
  let fd;
  try {
    fd = openPrivate(path, "exclusive");
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
function look(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (errno(e) === "ENOENT") return null;
    if (errno(e) === "ELOOP" || errno(e) === "ENXIO") return planted(path);
    throw new StateError(`Cannot read the lock file ${path}: ${e.message}`, `Check the permissions of ${path}.`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { holder: null, raw: "", ino: st.ino, mtimeMs: 0, notFile: true };
    const buf = Buffer.alloc(MAX_LOCK_BYTES);
    const raw = buf.subarray(0, readSync(fd, buf, 0, MAX_LOCK_BYTES, 0)).toString("utf8");
    return { holder: parseHolder(raw), raw, ino: st.ino, mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
}
function planted(path) {
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
  const moved = look(aside);
  if (!same(moved, seen)) {
    try {
      linkSync(aside, path);
    } catch {
    }
  }
  if (!moved?.notFile) unlinkQuiet(aside);
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
var LockTimeoutError = class extends StateError {
};
function timeoutError(path, timeoutMs) {
  let who = "";
  try {
    const h = look(path)?.holder;
    if (h) who = ` (held by pid ${h.pid} on ${h.host} since ${h.at})`;
  } catch {
  }
  return new LockTimeoutError(
    `Timed out after ${timeoutMs / 1e3} s waiting for the lock ${path}${who}.`,
    `Another codex-collab process is busy; try again. If none is running, delete ${path}.`
  );
}
function errno(e) {
  return e?.code;
}

// src/state/committed.ts
import { closeSync as closeSync2, existsSync, futimesSync, lstatSync as lstatSync2, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
var STATE_DIR_NAME = `${STATE_FILE_NAME}.d`;
var COMMITTED_MARK = ".committed-";
function committedStatePaths(root) {
  const { spawnSync } = createRequire(join(root, "noop.js"))("node:child_process");
  const r = spawnSync("git", ["ls-files", "-z", "-c", "-m", "-t", "--", STATE_FILE_NAME, STATE_DIR_NAME], {
    cwd: root,
    encoding: "utf8",
    timeout: 2e3,
    stdio: ["ignore", "pipe", "ignore"]
  });
  if (r.status !== 0 || typeof r.stdout !== "string") return null;
  const tracked = /* @__PURE__ */ new Set();
  const changed = /* @__PURE__ */ new Set();
  for (const entry of r.stdout.split("\0")) {
    if (entry.length < 3) continue;
    (entry[0] === "C" ? changed : tracked).add(entry.slice(2));
  }
  const committed = [...tracked].filter((p) => !changed.has(p));
  return { state: committed.includes(STATE_FILE_NAME), dirFiles: committed.filter((p) => p.startsWith(`${STATE_DIR_NAME}/`)), tracked: [...tracked].sort() };
}
function anyCommitted(c) {
  return c !== null && (c.state || c.dirFiles.length > 0);
}
function mtimeMs(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return void 0;
  }
}
function checkedMarkPath(root) {
  return join(stateDir(root), "git-checked");
}
function mayBeCommitted(root, state) {
  const git = join(root, ".git");
  if (!existsSync(git)) return false;
  const newerThanIndex = (path) => {
    if (!lstatSync2(git).isDirectory()) return false;
    const index = mtimeMs(join(git, "index"));
    const mark = mtimeMs(path);
    return mark !== void 0 && (index === void 0 || mark > index);
  };
  if (state.text !== null) return state.text !== state.copy || !newerThanIndex(state.copyPath);
  if (!existsSync(join(root, STATE_DIR_NAME))) return false;
  return !(isRealDir(join(root, STATE_DIR_NAME)) && isRealFile(checkedMarkPath(root)) && newerThanIndex(checkedMarkPath(root)));
}
function isRealDir(path) {
  try {
    return lstatSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function isRealFile(path) {
  try {
    return lstatSync2(path).isFile();
  } catch {
    return false;
  }
}
function markStateDirChecked(root) {
  markCopyChecked(checkedMarkPath(root));
}
function markCopyChecked(copyPath) {
  try {
    const fd = openPrivate(copyPath, "append");
    try {
      const now = /* @__PURE__ */ new Date();
      futimesSync(fd, now, now);
    } finally {
      closeSync2(fd);
    }
  } catch {
  }
}
function committedGuard(o) {
  let suspect;
  return {
    suspect() {
      if (suspect !== void 0) return suspect;
      suspect = false;
      let text = null;
      try {
        text = readPrivate(o.statePath, o.maxBytes);
      } catch {
      }
      const copy = o.readCopy(o.copyPath);
      if (!mayBeCommitted(o.root, { text, copy, copyPath: o.copyPath })) return false;
      suspect = anyCommitted(committedStatePaths(o.root));
      if (!suspect && text !== null && text === copy) markCopyChecked(o.copyPath);
      else if (!suspect && text === null && isRealDir(stateDir(o.root))) markStateDirChecked(o.root);
      return suspect;
    },
    disownLocked() {
      const found = committedStatePaths(o.root);
      suspect = false;
      if (!anyCommitted(found)) return;
      const why = "is committed to this repository (git tracks it), and a repository's state is never trusted";
      if (found.state) {
        const dest = o.quarantine(o.statePath, COMMITTED_MARK);
        o.warn(`${o.statePath} ${why}; moved it to ${basename(dest)} and started a fresh state (git rm --cached it).`);
      }
      if (found.dirFiles.length > 0) {
        const dir = stateDir(o.root);
        const dest = moveAside(dir, COMMITTED_MARK);
        o.warn(`${dir} ${why} (${found.dirFiles.join(", ")}); moved it to ${basename(dest)} and started afresh (git rm -r --cached it).`);
      }
    }
  };
}

// src/state/journal.ts
import { closeSync as closeSync3, existsSync as existsSync2, fstatSync as fstatSync2, lstatSync as lstatSync3, readdirSync, renameSync as renameSync2, unlinkSync as unlinkSync2 } from "node:fs";
import { basename as basename2, join as join2 } from "node:path";
function journalPath(root) {
  return join2(stateDir(root), "edits.jsonl");
}
function appendJournal(root, entries) {
  if (entries.length === 0) return;
  const path = journalPath(root);
  const text = entries.map((e) => JSON.stringify(e) + "\n").join("");
  const created = !existsSync2(stateDir(root));
  ensurePrivateDir(stateDir(root));
  if (created) markStateDirChecked(root);
  for (let attempt2 = 0; attempt2 < 100; attempt2++) {
    const fd = openAppend(path);
    try {
      writeAll(fd, text);
      if (sameFile(fd, path)) return;
    } finally {
      closeSync3(fd);
    }
  }
  throw new Error(`could not append to ${path}: it was drained 100 times in a row`);
}
function openAppend(path) {
  try {
    return openPrivate(path, "append");
  } catch (e) {
    if (!(e instanceof UnsafePathError)) throw e;
    moveAside(path);
    return openPrivate(path, "append");
  }
}
function sameFile(fd, path) {
  try {
    return lstatSync3(path).ino === fstatSync2(fd).ino;
  } catch {
    return false;
  }
}
function parseJournal(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const entry = toEntry(value);
    if (entry) out.push(entry);
  }
  return out;
}
var str = (v) => typeof v === "string";
var LEVELS = /* @__PURE__ */ new Set(["simple", "medium", "complex"]);
function toEntry(v) {
  if (typeof v !== "object" || v === null) return null;
  const o = v;
  if (o.kind === void 0 || o.kind === "edit") {
    const e = o.kind === "edit" ? o.edit : o;
    if (!e || !str(e.path) || !str(e.hash) || !str(e.at) || !str(e.tool) || e.claudeSessionId !== void 0 && !str(e.claudeSessionId)) return null;
    return { kind: "edit", edit: { path: e.path, hash: e.hash, at: e.at, tool: e.tool, ...e.claudeSessionId !== void 0 ? { claudeSessionId: e.claudeSessionId } : {} } };
  }
  if (o.kind === "classification") {
    const c = o.value;
    if (!str(o.key) || !c || !LEVELS.has(c.level) || typeof c.score !== "number" || !Number.isFinite(c.score) || !str(c.at)) return null;
    const locale = c.locale === "en" || c.locale === "zh" ? { locale: c.locale } : {};
    return { kind: "classification", key: o.key, value: { level: c.level, score: c.score, at: c.at, ...locale } };
  }
  if (o.kind === "stage" && str(o.session)) return { kind: "stage", session: o.session };
  return null;
}
var DRAINING = ".draining-";
function drainingFiles(root) {
  const prefix = basename2(journalPath(root)) + DRAINING;
  try {
    return readdirSync(stateDir(root)).filter((n) => n.startsWith(prefix)).map((n) => join2(stateDir(root), n));
  } catch {
    return [];
  }
}
function readText(path) {
  try {
    return readPrivate(path) ?? "";
  } catch {
    return "";
  }
}
function readJournalEntries(root) {
  const text = readText(journalPath(root));
  return parseJournal([...drainingFiles(root).map(readText), text].join("\n"));
}
var LEVEL_RANK = { simple: 0, medium: 1, complex: 2 };
function stageAfterEdit(stage) {
  if (stage >= 1 && stage <= 3) return 4;
  if (stage === 5 || stage === 7) return 6;
  return void 0;
}
function addEdit(state, edit) {
  if (state.pendingEdits.some((e) => e.path === edit.path && e.hash === edit.hash)) return false;
  state.pendingEdits.push(edit);
  return true;
}
function applyJournal(state, entries) {
  let added = 0;
  for (const e of entries) {
    if (e.kind === "edit") {
      if (addEdit(state, e.edit)) added++;
    } else if (e.kind === "classification") {
      const stored = state.classifications[e.key];
      if (stored === void 0 || LEVEL_RANK[e.value.level] > LEVEL_RANK[stored.level]) state.classifications[e.key] = e.value;
    } else {
      const session = state.sessions[e.session];
      if (session) session.stage = stageAfterEdit(session.stage) ?? session.stage;
    }
  }
  return added;
}
function takeJournal(root) {
  const path = journalPath(root);
  const taken = `${path}${DRAINING}${process.pid}-${Math.random().toString(36).slice(2)}`;
  let files = drainingFiles(root);
  try {
    renameSync2(path, taken);
    files = [...files, taken];
  } catch {
  }
  if (files.length === 0) return { entries: [], commit: () => {
  }, abort: () => {
  } };
  const entries = parseJournal(files.map(readText).join("\n"));
  const remove = () => {
    for (const f of files) {
      try {
        unlinkSync2(f);
      } catch {
      }
    }
  };
  return {
    entries,
    commit: remove,
    abort: () => {
      appendJournal(root, entries);
      remove();
    }
  };
}

export {
  oneLine,
  table,
  DEFAULT_LOCK_TIMEOUT_MS,
  sleepSync,
  tryLock,
  withFileLock,
  refreshLock,
  isAlive,
  COMMITTED_MARK,
  committedStatePaths,
  committedGuard,
  readJournalEntries,
  applyJournal,
  takeJournal,
  STATE_VERSION,
  LIMITS,
  STAGES,
  stateSchemas,
  Usage,
  Severity,
  Finding,
  StateFile,
  emptyState
};
