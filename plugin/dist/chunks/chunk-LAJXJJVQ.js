import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  UsageError
} from "./chunk-XOD3UMIQ.js";

// src/state/sessions.ts
var MAX_PART_CHARS = 64;
var MAX_TITLE_CHARS = 200;
var MAX_DECISIONS = 8;
var MAX_CHAIN = 20;
var MIN_THREAD_PREFIX = 4;
function sessionName(claudeSessionId, task) {
  const base = slug(claudeSessionId ?? "") || "default";
  if (task === void 0 || task.trim() === "") return base;
  return `${base}:${slug(task.toLowerCase()) || `task-${fnv1a(task)}`}`;
}
function listSessions(store) {
  return Object.values(store.read().sessions).sort(
    (a, b) => a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.name.localeCompare(b.name)
  );
}
function forgetSession(store, name) {
  return store.update((d) => {
    if (!Object.hasOwn(d.sessions, name)) return false;
    delete d.sessions[name];
    return true;
  });
}
function ensureSession(store, init) {
  if (init.name.trim() === "") throw new UsageError("A session name cannot be empty.");
  return store.update((d) => ensureIn(d.sessions, init, (/* @__PURE__ */ new Date()).toISOString()));
}
function recordTurn(store, name, turn) {
  if (name.trim() === "") throw new UsageError("A session name cannot be empty.");
  return store.update((d) => {
    const now = (/* @__PURE__ */ new Date()).toISOString();
    const s = ensureIn(d.sessions, { name }, now);
    if (turn.threadId !== null && (s.threadId === null || turn.fresh === true)) moveToThread(s, turn.threadId, now, turn.handoffFrom);
    s.turns += 1;
    if (turn.threadId !== null && turn.threadId === s.threadId) countOnThread(s, turn, now);
    if (turn.costUsd !== void 0) s.costUsd = (s.costUsd ?? 0) + turn.costUsd;
    if (turn.decision) {
      const decisions = s.decisions ?? [];
      decisions.push({ at: now, kind: turn.kind, ...turn.stage !== void 0 ? { stage: turn.stage } : {}, text: turn.decision });
      s.decisions = decisions.slice(-MAX_DECISIONS);
    }
    const u = turn.usage ?? {};
    s.usage.input_tokens += u.input_tokens ?? 0;
    s.usage.cached_input_tokens += u.cached_input_tokens ?? 0;
    s.usage.output_tokens += u.output_tokens ?? 0;
    s.usage.reasoning_output_tokens += u.reasoning_output_tokens ?? 0;
    if (turn.stage !== void 0) s.stage = turn.setStage === true ? turn.stage : Math.max(s.stage, turn.stage);
    const entry = { at: now, kind: turn.kind, title: clip(turn.title, MAX_TITLE_CHARS), outcome: turn.outcome };
    if (turn.stage !== void 0) entry.stage = turn.stage;
    if (turn.usage) entry.tokens = (u.input_tokens ?? 0) + (u.output_tokens ?? 0);
    if (turn.threadId !== null) entry.threadId = turn.threadId;
    if (turn.usage) entry.usage = { input_tokens: u.input_tokens ?? 0, cached_input_tokens: u.cached_input_tokens ?? 0, output_tokens: u.output_tokens ?? 0, reasoning_output_tokens: u.reasoning_output_tokens ?? 0 };
    if (turn.model !== void 0) entry.model = turn.model;
    if (turn.costUsd !== void 0) entry.costUsd = turn.costUsd;
    if (turn.promptBytes !== void 0) entry.promptBytes = turn.promptBytes;
    if (turn.answerBytes !== void 0) entry.answerBytes = turn.answerBytes;
    s.history.push(entry);
    s.updatedAt = now;
    return s;
  });
}
function moveToThread(s, threadId, now, handoffFrom) {
  if (s.threadId === threadId) return;
  if (s.threadId !== null) {
    const old = s.thread?.threadId === s.threadId ? s.thread : { threadId: s.threadId, bytes: 0, tokens: 0, turns: 0, startedAt: s.createdAt };
    s.chain = [...s.chain ?? [], { ...old, endedAt: now, endReason: handoffFrom === s.threadId ? "budget" : "new" }].slice(-MAX_CHAIN);
  }
  s.threadId = threadId;
  s.thread = { threadId, bytes: 0, tokens: 0, turns: 0, startedAt: now, ...handoffFrom !== void 0 ? { handoffFrom } : {} };
}
function countOnThread(s, turn, now) {
  const t = s.thread?.threadId === s.threadId ? s.thread : { threadId: s.threadId, bytes: 0, tokens: 0, turns: 0, startedAt: now };
  t.bytes += (turn.promptBytes ?? 0) + (turn.answerBytes ?? 0);
  const u = turn.usage;
  if (u) t.tokens = Math.max(t.tokens, (u.input_tokens ?? 0) + (u.output_tokens ?? 0));
  t.turns += 1;
  s.thread = t;
}
function resolveSessionRef(store, ref) {
  const sessions = store.read().sessions;
  if (Object.hasOwn(sessions, ref)) return sessions[ref];
  const all = Object.values(sessions);
  const newest = (list) => list.reduce((a, b) => a && a.updatedAt >= b.updatedAt ? a : b, void 0);
  const exact = all.filter((s) => s.threadId === ref);
  if (exact.length > 0) return newest(exact);
  if (ref.length < MIN_THREAD_PREFIX) return void 0;
  const byPrefix = all.filter((s) => s.threadId?.startsWith(ref));
  return new Set(byPrefix.map((s) => s.threadId)).size === 1 ? newest(byPrefix) : void 0;
}
function ensureIn(sessions, init, now) {
  const existing = Object.hasOwn(sessions, init.name) ? sessions[init.name] : void 0;
  if (existing) {
    existing.claudeSessionId ??= init.claudeSessionId;
    existing.task ??= init.task;
    existing.cwd ??= init.cwd;
    return existing;
  }
  const s = {
    name: init.name,
    threadId: null,
    createdAt: now,
    updatedAt: now,
    turns: 0,
    usage: { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 },
    stage: 0,
    history: []
  };
  if (init.claudeSessionId !== void 0) s.claudeSessionId = init.claudeSessionId;
  if (init.task !== void 0) s.task = init.task;
  if (init.cwd !== void 0) s.cwd = init.cwd;
  sessions[init.name] = s;
  return s;
}
function slug(s) {
  const cleaned = (/^[\w.-]*$/.test(s) ? s : s.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}._-]+/gu, "-")).replace(/-{2,}/g, "-").replace(/^[-.]+/, "");
  return Array.from(cleaned).slice(0, MAX_PART_CHARS).join("").replace(/-+$/, "");
}
function clip(s, max) {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function fnv1a(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

export {
  sessionName,
  listSessions,
  forgetSession,
  ensureSession,
  recordTurn,
  resolveSessionRef
};
