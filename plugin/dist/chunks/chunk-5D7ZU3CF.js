import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  DEFAULT_LOCK_TIMEOUT_MS,
  LIMITS,
  STATE_VERSION,
  applyJournal,
  committedGuard,
  emptyState,
  oneLine,
  readJournalEntries,
  sleepSync,
  stateSchemas,
  takeJournal,
  withFileLock
} from "./chunk-XQ3S6CER.js";
import {
  safeParse
} from "./chunk-O76QQAV3.js";
import {
  StateError,
  UnsafePathError,
  ensurePrivateDir,
  isoTime,
  openPrivate,
  readPrivate,
  stateDir,
  stateFilePath,
  writeAll
} from "./chunk-5EGK72M7.js";

// src/state/store.ts
import { closeSync, existsSync, fsyncSync, lstatSync, openSync, readdirSync, renameSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";

// src/state/timed-lock.ts
import { readFileSync } from "node:fs";
function timedLock(lockPath, opts) {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const { deadline } = opts;
  const stats = { requests: 0, waitMs: 0, sleptMs: 0, queuedMs: 0, pastDeadlineMs: 0 };
  let overrunMs = 0;
  const onSleep = (asked, took) => {
    stats.sleptMs += asked;
    overrunMs += Math.max(0, took - asked);
  };
  const run = (fn) => {
    stats.requests++;
    const asked = Date.now();
    const overrunBefore = overrunMs;
    const queuedBefore = deadline === void 0 ? null : runQueueMs();
    let got = false;
    const ended = () => {
      const end = Date.now();
      stats.waitMs += end - asked;
      if (deadline === void 0) return;
      const after = runQueueMs();
      const queued = queuedBefore !== null && after !== null ? after - queuedBefore : overrunMs - overrunBefore;
      stats.queuedMs += queued;
      stats.pastDeadlineMs = Math.max(stats.pastDeadlineMs, Math.round(end - Math.max(asked, deadline) - queued));
    };
    const budget = deadline === void 0 ? timeoutMs : Math.max(0, Math.min(timeoutMs, deadline - Date.now()));
    try {
      return withFileLock(
        lockPath,
        () => {
          got = true;
          ended();
          return fn();
        },
        { timeoutMs: budget, onSleep }
      );
    } finally {
      if (!got) ended();
    }
  };
  return { run, stats };
}
function runQueueMs() {
  try {
    const fields = readFileSync("/proc/thread-self/schedstat", "latin1").split(" ");
    const ns = Number(fields[1]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
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
  const lock = timedLock(lockPath, { timeoutMs: opts.lockTimeoutMs, deadline: opts.deadline });
  const locked = lock.run;
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
  const plain = () => {
    const r = load();
    if (r.ok) return r.state ?? emptyState();
    try {
      return locked(readLocked);
    } catch (e) {
      if (e instanceof StateVersionError) throw e;
      warn(`${path} was unusable (${r.reason}) and could not be moved aside (${oneLine(e.message)}); using an empty state.`);
      return emptyState();
    }
  };
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
          warn(`${path} or ${stateDir(root)} is committed to this repository and could not be moved aside (${oneLine(e.message)}); using an empty state.`);
          return emptyState();
        }
      }
      const pending = readJournalEntries(root);
      const state = plain();
      applyJournal(state, pending);
      return state;
    },
    update(fn) {
      return locked(() => {
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
              "This is a bug in codex-collab; please report it."
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
  const loops = Object.entries(state.wake ?? {});
  if (loops.length > LIMITS.wakeLoops) {
    state.wake = Object.fromEntries(keepNewest(loops, LIMITS.wakeLoops, ([, w]) => w.userPromptAt ?? w.waiter?.since ?? ""));
  }
}
function keepNewest(items, n, key) {
  if (items.length <= n) return items;
  const order = items.map((item, i) => ({ k: key(item), i }));
  order.sort((a, b) => a.k < b.k ? 1 : a.k > b.k ? -1 : b.i - a.i);
  const keep = new Set(order.slice(0, n).map((o) => o.i));
  return items.filter((_, i) => keep.has(i));
}
var STATE_MAX_BYTES = 8 * 1024 * 1024;
function loadFile(path, copyPath) {
  let text;
  try {
    text = readPrivate(path, STATE_MAX_BYTES);
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
    if ((lstatSync(copyPath).mode & 63) !== 0) return void 0;
    return readPrivate(copyPath, STATE_MAX_BYTES) ?? void 0;
  } catch {
    return void 0;
  }
}
function writeCopy(copyPath, text, warn) {
  try {
    ensurePrivateDir(dirname(copyPath), warn);
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
function quarantine(path, mark = ".corrupt-") {
  const stamp = isoTime().replace(/:/g, "");
  let dest = `${path}${mark}${stamp}`;
  for (let i = 1; existsSync(dest); i++) dest = `${path}${mark}${stamp}-${i}`;
  try {
    renameSync(path, dest);
  } catch (e) {
    throw new StateError(`Cannot move the unusable ${path} aside: ${e.message}`, `Move or delete ${path} by hand.`);
  }
  return dest;
}
var TEMP_MARK = ".tmp-";
function removeOrphanTemps(path) {
  const prefix = basename(path) + TEMP_MARK;
  const dir = dirname(path);
  let names;
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
    closeSync(fd);
    fd = void 0;
    renameWithRetry(tmp, path);
  } catch (e) {
    if (fd !== void 0) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
    }
    throw new StateError(`Cannot write ${path}: ${e.message}`, `Check free space and the permissions of ${dirname(path)}.`);
  }
  if (syncDirectory) fsyncDir(dirname(path));
}
function renameWithRetry(from, to) {
  for (let i = 0; ; i++) {
    try {
      renameSync(from, to);
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
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function describeIssues(issues) {
  const shown = issues.slice(0, 3).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
  return oneLine(shown.join("; ") + (issues.length > 3 ? ` (+${issues.length - 3} more)` : ""));
}

// src/workflow/prices.json
var prices_default = {
  date: "2026-06",
  source: "OpenAI API pricing page (developers.openai.com/api/docs/pricing), as republished in June 2026; USD per million tokens",
  defaultModel: "gpt-5.5",
  models: {
    "gpt-5.5": { input: 5, cachedInput: 0.5, output: 30 },
    "gpt-5.4": { input: 2.5, cachedInput: 0.25, output: 15 },
    "gpt-5.4-mini": { input: 0.75, cachedInput: 0.075, output: 4.5 },
    "gpt-5.4-nano": { input: 0.2, cachedInput: 0.02, output: 1.25 },
    "gpt-5.2": { input: 1.75, cachedInput: 0.175, output: 14 },
    "gpt-5.1": { input: 1.25, cachedInput: 0.125, output: 10 },
    "gpt-5.1-codex": { input: 1.25, cachedInput: 0.125, output: 10 },
    "gpt-5-codex": { input: 1.25, cachedInput: 0.125, output: 10 },
    "gpt-5": { input: 1.25, cachedInput: 0.125, output: 10 },
    "gpt-5-mini": { input: 0.25, cachedInput: 0.025, output: 2 }
  }
};

// src/workflow/usage.ts
function priceTable(config) {
  const own = config?.context.prices ?? {};
  const overridden = Object.keys(own).length > 0;
  return {
    date: overridden && config?.context.pricesDate ? config.context.pricesDate : prices_default.date,
    defaultModel: config?.context.model ?? prices_default.defaultModel,
    models: { ...prices_default.models, ...own }
  };
}
function pricedModel(config, model) {
  return model ?? config?.codex.model ?? priceTable(config).defaultModel;
}
function estimateCost(usage, model, table) {
  const known = Object.hasOwn(table.models, model);
  const price = (known ? table.models[model] : table.models[table.defaultModel]) ?? { input: 0, cachedInput: 0, output: 0 };
  const input = usage?.input_tokens ?? 0;
  const cached = Math.min(input, usage?.cached_input_tokens ?? 0);
  const output = usage?.output_tokens ?? 0;
  const usd = ((input - cached) * price.input + cached * price.cachedInput + output * price.output) / 1e6;
  return { usd, model: known ? model : table.defaultModel, known, date: table.date };
}
function sessionUsage(s) {
  return {
    input_tokens: s.usage.input_tokens,
    cached_input_tokens: s.usage.cached_input_tokens,
    output_tokens: s.usage.output_tokens,
    turns: s.turns,
    costUsd: s.costUsd ?? 0
  };
}
function addUsage(a, b) {
  return {
    input_tokens: a.input_tokens + b.input_tokens,
    cached_input_tokens: a.cached_input_tokens + b.cached_input_tokens,
    output_tokens: a.output_tokens + b.output_tokens,
    turns: a.turns + b.turns,
    costUsd: a.costUsd + b.costUsd
  };
}
var NO_USAGE = { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, turns: 0, costUsd: 0 };
function projectUsage(state) {
  return Object.values(state.sessions).reduce((sum, s) => addUsage(sum, sessionUsage(s)), NO_USAGE);
}
function usageReport(state, config) {
  const table = priceTable(config);
  return {
    project: projectUsage(state),
    sessions: Object.values(state.sessions).map((s) => ({ name: s.name, ...sessionUsage(s) })),
    prices: { date: table.date, defaultModel: pricedModel(config), note: "estimate: codex does not report the model's price; override context.prices in the config" }
  };
}
function formatUsd(usd) {
  if (usd === 0) return "$0";
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  if (usd < 10) return `$${usd.toFixed(3)}`;
  return `$${usd.toFixed(2)}`;
}
function formatUsage(u) {
  const n = (x) => x.toLocaleString("en-US");
  return `${n(u.input_tokens)} in (${n(u.cached_input_tokens)} cached) / ${n(u.output_tokens)} out tokens, ~${formatUsd(u.costUsd)} (estimate)`;
}
function reviewsCost(reviews, config) {
  const table = priceTable(config);
  const model = pricedModel(config);
  return reviews.reduce((n, r) => n + estimateCost(r.usage, model, table).usd, 0);
}

export {
  openStore,
  priceTable,
  pricedModel,
  estimateCost,
  sessionUsage,
  usageReport,
  formatUsd,
  formatUsage,
  reviewsCost
};
