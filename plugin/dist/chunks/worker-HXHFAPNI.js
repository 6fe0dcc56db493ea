import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  HEARTBEAT_MS,
  autoReviewBlocked,
  drainJournal,
  readJournal,
  workerAlive
} from "./chunk-3BVNDHKI.js";
import {
  reviewChange
} from "./chunk-VWVSZZZG.js";
import "./chunk-AIKYF4WE.js";
import "./chunk-APWNE2EQ.js";
import "./chunk-T6FPI2Y7.js";
import "./chunk-BPNAVEWW.js";
import {
  parseVerbArgs
} from "./chunk-24YLMXXG.js";
import {
  formatReceipt,
  resolveTarget
} from "./chunk-DKVF4M2T.js";
import "./chunk-ZWIYQRNR.js";
import "./chunk-74YMS3QO.js";
import {
  formatUsd,
  openStore,
  reviewsCost
} from "./chunk-5D7ZU3CF.js";
import "./chunk-P7EYBF34.js";
import "./chunk-MUYHIS4Y.js";
import {
  refreshLock,
  tryLock
} from "./chunk-XQ3S6CER.js";
import "./chunk-CDH26HK6.js";
import "./chunk-7YTQVAPM.js";
import {
  Config,
  loadConfig
} from "./chunk-2N2Y57GQ.js";
import {
  parse
} from "./chunk-O76QQAV3.js";
import {
  StateError,
  UsageError,
  appendPrivate,
  ensurePrivateDir,
  isoTime,
  stateDir
} from "./chunk-5EGK72M7.js";
import "./chunk-T7IDQBNB.js";
import "./chunk-X4VVDXC3.js";

// src/cli/worker.ts
import { resolve } from "node:path";

// src/worker/worker.ts
import { join } from "node:path";

// src/state/log.ts
import { lstatSync, renameSync } from "node:fs";
import { dirname } from "node:path";
var LOG_MAX_BYTES = 512 * 1024;
function appendLog(file, line, maxBytes = LOG_MAX_BYTES) {
  try {
    ensurePrivateDir(dirname(file));
    try {
      if (lstatSync(file).size >= maxBytes) renameSync(file, `${file}.1`);
    } catch {
    }
    appendPrivate(file, `${line}
`, (note) => `${isoTime()} ${note}
`);
  } catch {
  }
}

// src/worker/worker.ts
var MAX_LIFETIME_MS = 2 * 60 * 60 * 1e3;
var EXITING_WORKER_GRACE_MS = 5e3;
var MAX_REVIEW_ATTEMPTS = 3;
function retryDelayMs(attempts) {
  return 3e4 * 4 ** Math.max(0, attempts - 1);
}
function reviewPolicy(state, config, claudeSessionId, now) {
  const cfg = config.review;
  const blocked = autoReviewBlocked(config, state, claudeSessionId);
  if (blocked !== null) return { run: false, skip: blocked };
  const mine = state.reviews.filter((r) => r.claudeSessionId === claudeSessionId && (r.status === "done" || r.status === "failed"));
  if (mine.filter((r) => r.status === "done").length >= cfg.maxReviewsPerSession) return { run: false, skip: `review budget used (${cfg.maxReviewsPerSession} per session)` };
  const tokens = mine.reduce((n, r) => n + (r.usage ? r.usage.input_tokens + r.usage.output_tokens : 0), 0);
  if (tokens >= cfg.maxTokensPerSession) return { run: false, skip: `token budget used (${tokens} of ${cfg.maxTokensPerSession})` };
  const usd = reviewsCost(mine, config);
  if (usd >= cfg.maxCostPerSession) return { run: false, skip: `cost budget used (~${formatUsd(usd)} of ${formatUsd(cfg.maxCostPerSession)}, estimate)` };
  const last = Math.max(0, ...mine.map((r) => Date.parse(r.finishedAt ?? r.startedAt)));
  const wait = last + cfg.minIntervalSeconds * 1e3 - now;
  return wait > 0 ? { run: false, waitMs: wait } : { run: true };
}
function groupEdits(edits) {
  const groups = /* @__PURE__ */ new Map();
  for (const e of edits) {
    const list = groups.get(e.claudeSessionId) ?? [];
    list.push(e);
    groups.set(e.claudeSessionId, list);
  }
  return groups;
}
var editKey = (e) => `${e.path}\0${e.hash}\0${e.at}`;
function removeEdits(state, taken) {
  const keys = new Set(taken.map(editKey));
  state.pendingEdits = state.pendingEdits.filter((e) => !keys.has(editKey(e)));
}
function keepForRetry(state, taken, error, now) {
  const keys = new Set(taken.map(editKey));
  let dropped = 0;
  state.pendingEdits = state.pendingEdits.filter((e) => {
    if (!keys.has(editKey(e))) return true;
    const attempts = (e.attempts ?? 0) + 1;
    if (attempts >= MAX_REVIEW_ATTEMPTS) {
      dropped++;
      return false;
    }
    Object.assign(e, { attempts, retryAt: isoTime(now + retryDelayMs(attempts)), lastError: error.slice(0, 300) });
    return true;
  });
  return dropped;
}
function settleEdits(state, edits, error) {
  if (error !== void 0) return keepForRetry(state, edits, error, Date.now());
  removeEdits(state, edits);
  return 0;
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function workerLockPath(root) {
  return join(stateDir(root), "worker.lock");
}
async function runWorker(opts) {
  const { root } = opts;
  const dir = stateDir(root);
  try {
    ensurePrivateDir(dir);
  } catch {
    return "done";
  }
  const log = (m) => appendLog(join(dir, "worker.log"), `${isoTime()} [${process.pid}] ${m}`);
  const lockPath = workerLockPath(root);
  const store = openStore(root, { onWarning: log });
  let release = tryLock(lockPath, { staleMs: 6e4 });
  const deadline = Date.now() + EXITING_WORKER_GRACE_MS;
  while (!release && Date.now() < deadline && !workerAlive(store.read().worker, /* @__PURE__ */ new Date())) {
    await sleep(100);
    release = tryLock(lockPath, { staleMs: 6e4 });
  }
  if (!release) return "already-running";
  const started = Date.now();
  const beat = () => {
    refreshLock(lockPath);
    store.update((s) => {
      const at = isoTime();
      if (s.worker && s.worker.pid !== process.pid) {
        for (const r of s.reviews) if (r.status === "running") Object.assign(r, { status: "failed", error: "the review worker stopped before it finished", finishedAt: at });
      }
      s.worker = { pid: process.pid, startedAt: s.worker?.pid === process.pid ? s.worker.startedAt : at, heartbeatAt: at };
    });
  };
  log("started");
  beat();
  const timer = setInterval(() => {
    try {
      beat();
    } catch (e) {
      log(`heartbeat failed: ${e?.message ?? String(e)}`);
    }
  }, HEARTBEAT_MS);
  try {
    await loop(store, root, log, opts.signal, started);
  } catch (e) {
    log(`error: ${e?.stack ?? String(e)}`);
  } finally {
    clearInterval(timer);
    try {
      store.update((s) => {
        if (s.worker?.pid === process.pid) s.worker = null;
      });
    } catch (e) {
      log(`could not unregister: ${e?.message ?? String(e)}`);
    }
    release();
    log("stopped");
  }
  return "done";
}
async function loop(store, root, log, signal, started) {
  while (!signal?.aborted && Date.now() - started < MAX_LIFETIME_MS) {
    try {
      if (await round(store, root, log, signal) === "exit") return;
    } catch (e) {
      if (!(e instanceof StateError)) throw e;
      log(`state busy, trying again: ${e.message}`);
      await sleep(HEARTBEAT_MS);
    }
  }
}
async function round(store, root, log, signal) {
  let config;
  try {
    config = loadConfig(root);
  } catch (e) {
    log(`config: ${e.message}; using defaults`);
    config = parse(Config, {});
  }
  const pending = store.update((s) => {
    drainJournal(s, root);
    if (s.pendingEdits.length === 0) s.worker = null;
    return [...s.pendingEdits];
  });
  if (pending.length === 0) return "exit";
  const lastEdit = Math.max(...pending.map((e) => Date.parse(e.at)));
  const quietFor = Date.now() - lastEdit;
  const debounceMs = config.review.debounceSeconds * 1e3;
  if (quietFor < debounceMs) {
    await sleep(Math.min(debounceMs - quietFor + 50, HEARTBEAT_MS));
    return "again";
  }
  let nextWake = Infinity;
  const now = Date.now();
  const retrying = pending.filter((e) => e.retryAt !== void 0 && Date.parse(e.retryAt) > now);
  if (retrying.length > 0) nextWake = Math.min(...retrying.map((e) => Date.parse(e.retryAt) - now));
  const ready = pending.filter((e) => !retrying.some((r) => r.claudeSessionId === e.claudeSessionId));
  for (const [claudeSessionId, edits] of groupEdits(ready)) {
    const policy = reviewPolicy(store.read(), config, claudeSessionId, Date.now());
    if (!policy.run && "waitMs" in policy) {
      nextWake = Math.min(nextWake, policy.waitMs);
      continue;
    }
    if (!policy.run) {
      log(`skipped ${edits.length} edit(s) of session ${claudeSessionId ?? "-"}: ${policy.skip}`);
      store.update((s) => removeEdits(s, edits));
      continue;
    }
    const paths = [...new Set(edits.map((e) => e.path))];
    const target = resolveTarget(store, { claudeSessionId });
    const startedAt = isoTime();
    log(`reviewing ${paths.length} file(s) for session ${target.name}`);
    let dropped;
    const settle = (s, error) => {
      dropped = settleEdits(s, edits, error);
    };
    const outcome = await reviewChange({
      store,
      root,
      config,
      target,
      claudeSessionId,
      paths,
      origin: "auto",
      dedupe: true,
      minChangedLines: config.review.minChangedLines,
      model: config.codex.model,
      effort: config.codex.effort,
      timeoutMs: config.codex.timeoutSeconds * 1e3,
      idleTimeoutMs: config.codex.idleTimeoutSeconds * 1e3,
      signal,
      // Claude keeps editing while Codex reads: those files changing is expected, not a sandbox violation.
      expectedChanges: () => new Set([...store.read().pendingEdits, ...readJournal(root)].filter((e) => e.at >= startedAt).map((e) => e.path).concat(paths)),
      onFinish: (s, r) => settle(s, r.status === "failed" ? r.error ?? "the review failed" : void 0)
    }).catch((e) => {
      log(`review failed: ${e?.stack ?? String(e)}`);
      return null;
    });
    if (outcome) log(`review ${outcome.record.id}: ${outcome.record.status}${outcome.record.skipReason ? ` (${outcome.record.skipReason})` : ""}, ${outcome.record.findings.length} finding(s)${outcome.turn ? `; ${formatReceipt(outcome.turn.receipt)}` : ""}`);
    if (dropped === void 0) store.update((s) => settle(s, "the review threw (see worker.log)"));
    if (outcome === null || outcome.record.status === "failed") {
      log(dropped ? `dropped ${dropped} edit(s) after ${MAX_REVIEW_ATTEMPTS} failed reviews` : `kept ${edits.length} edit(s) for a retry`);
    }
  }
  if (nextWake !== Infinity) await sleep(Math.min(nextWake + 50, HEARTBEAT_MS));
  return "again";
}

// src/cli/worker.ts
var USAGE = "Usage: codex-collab review-worker --project DIR   (started by the PostToolUse hook; safe to run by hand)";
async function workerVerb(args, io) {
  const { values } = parseVerbArgs(args, { project: { type: "string" } }, USAGE);
  if (!values.project) throw new UsageError("--project is required", USAGE);
  await runWorker({ root: resolve(io.cwd, values.project), signal: io.signal });
  return 0;
}
export {
  workerVerb
};
