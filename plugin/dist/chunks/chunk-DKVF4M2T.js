import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  ensureSession,
  isSecretContent,
  isSecretFile,
  recordTurn,
  redact,
  resolveSessionRef,
  sessionName
} from "./chunk-ZWIYQRNR.js";
import {
  findingLocation
} from "./chunk-74YMS3QO.js";
import {
  estimateCost,
  formatUsage,
  priceTable,
  pricedModel
} from "./chunk-5D7ZU3CF.js";
import {
  missingCredentials,
  resolveCodexBin,
  signalGroups,
  treeGroups,
  waitGroupsGone
} from "./chunk-P7EYBF34.js";
import {
  invalidPath
} from "./chunk-MUYHIS4Y.js";
import {
  STAGES,
  Usage,
  oneLine
} from "./chunk-XQ3S6CER.js";
import {
  reapStaleRuns,
  recordRun
} from "./chunk-CDH26HK6.js";
import {
  buildCodexArgs,
  isThreadId
} from "./chunk-2N2Y57GQ.js";
import {
  _default,
  _enum,
  array,
  boolean,
  discriminatedUnion,
  literal,
  looseObject,
  nullable,
  number,
  optional,
  safeParse,
  string,
  unknown
} from "./chunk-O76QQAV3.js";
import {
  CancelledError,
  CodexAuthError,
  CodexCollabError,
  CodexFailedError,
  CodexNotFoundError,
  PromptTooLargeError,
  STATE_FILE_NAME,
  SandboxViolationError,
  SessionNotFoundError,
  TimeoutError,
  UsageError,
  findProjectRoot,
  isOwnStatePath,
  readRepoFile
} from "./chunk-5EGK72M7.js";

// src/review/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var latin1 = new TextDecoder("latin1");
function decodeText(bytes) {
  try {
    return { text: utf8.decode(bytes), latin1: false };
  } catch {
    const lines = [];
    let start = 0;
    while (start < bytes.length) {
      const nl = bytes.indexOf(10, start);
      const end = nl < 0 ? bytes.length : nl + 1;
      const line = bytes.subarray(start, end);
      try {
        lines.push(utf8.decode(line));
      } catch {
        lines.push(latin1.decode(line));
      }
      start = end;
    }
    return { text: lines.join(""), latin1: true };
  }
}

// src/codex/runner.ts
import { createInterface } from "node:readline";

// src/codex/events.ts
var id = _default(string(), "");
var AgentMessageItem = looseObject({ id, type: literal("agent_message"), text: string() });
var ReasoningItem = looseObject({ id, type: literal("reasoning"), text: _default(string(), "") });
var CommandExecutionItem = looseObject({
  id,
  type: literal("command_execution"),
  command: string(),
  aggregated_output: _default(string(), ""),
  exit_code: optional(nullable(number())),
  /** in_progress | completed | failed | declined */
  status: _default(string(), "")
});
var FileChangeItem = looseObject({
  id,
  type: literal("file_change"),
  changes: _default(array(looseObject({ path: string(), kind: _default(string(), "") })), []),
  status: _default(string(), "")
});
var McpToolCallItem = looseObject({
  id,
  type: literal("mcp_tool_call"),
  server: _default(string(), ""),
  tool: _default(string(), ""),
  status: _default(string(), "")
});
var WebSearchItem = looseObject({ id, type: literal("web_search"), query: _default(string(), "") });
var TodoListItem = looseObject({
  id,
  type: literal("todo_list"),
  items: _default(array(looseObject({ text: string(), completed: _default(boolean(), false) })), [])
});
var ErrorItem = looseObject({ id, type: literal("error"), message: string() });
var KnownItem = discriminatedUnion("type", [
  AgentMessageItem,
  ReasoningItem,
  CommandExecutionItem,
  FileChangeItem,
  McpToolCallItem,
  WebSearchItem,
  TodoListItem,
  ErrorItem
]);
var ThreadStartedEvent = looseObject({ type: literal("thread.started"), thread_id: string() });
var TurnStartedEvent = looseObject({ type: literal("turn.started") });
var TurnCompletedEvent = looseObject({
  type: literal("turn.completed"),
  usage: _default(Usage, { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 })
});
var TurnFailedEvent = looseObject({
  type: literal("turn.failed"),
  error: _default(looseObject({ message: _default(string(), "") }), { message: "" })
});
var ErrorEvent = looseObject({ type: literal("error"), message: _default(string(), "") });
var ItemEventWire = looseObject({
  type: _enum(["item.started", "item.updated", "item.completed"]),
  item: unknown()
});
var KnownEventWire = discriminatedUnion("type", [
  ThreadStartedEvent,
  TurnStartedEvent,
  TurnCompletedEvent,
  TurnFailedEvent,
  ErrorEvent,
  ItemEventWire
]);
function typeOf(v) {
  const t = v?.type;
  return typeof t === "string" ? t : "";
}
function parseItem(raw) {
  const r = safeParse(KnownItem, raw);
  if (r.success) return r.data;
  const rawId = raw?.id;
  return { type: "unknown", id: typeof rawId === "string" ? rawId : "", item_type: typeOf(raw), raw };
}
function parseEvent(raw) {
  const r = safeParse(KnownEventWire, raw);
  if (!r.success) return { type: "unknown", event_type: typeOf(raw), raw };
  const ev = r.data;
  if (ev.type === "item.started" || ev.type === "item.updated" || ev.type === "item.completed") {
    return { ...ev, item: parseItem(ev.item) };
  }
  return ev;
}
function parseEventLine(line) {
  const text = line.trim();
  if (!text.startsWith("{")) return null;
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  return parseEvent(raw);
}

// src/codex/collector.ts
var RECONNECT_RE = /^Reconnecting\.\.\./;
var KEPT_NON_JSON = 5;
var NON_JSON_CHARS = 200;
var clip = (line) => line.length > NON_JSON_CHARS ? `${line.slice(0, NON_JSON_CHARS)}\u2026` : line;
function zeroUsage() {
  return { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 };
}
function createCollector(opts = {}) {
  const c = {
    sessionId: null,
    messages: [],
    events: [],
    warnings: [],
    usage: zeroUsage(),
    turnCompleted: false,
    turnFailed: null,
    lastError: null,
    nonJsonCount: 0,
    nonJson: []
  };
  const handle = (ev) => {
    switch (ev.type) {
      case "thread.started":
        c.sessionId = ev.thread_id;
        if (opts.expectedSession && ev.thread_id.toLowerCase() !== opts.expectedSession.toLowerCase()) opts.onSessionMismatch?.();
        break;
      case "turn.completed":
        c.turnCompleted = true;
        c.usage.input_tokens += ev.usage.input_tokens;
        c.usage.cached_input_tokens += ev.usage.cached_input_tokens;
        c.usage.output_tokens += ev.usage.output_tokens;
        c.usage.reasoning_output_tokens += ev.usage.reasoning_output_tokens;
        break;
      case "turn.failed":
        c.turnFailed = ev.error.message || c.lastError || "Codex reported a failed turn.";
        break;
      case "error":
        if (RECONNECT_RE.test(ev.message)) c.warnings.push(ev.message);
        else c.lastError = ev.message;
        break;
      case "item.completed":
        if (ev.item.type === "agent_message") c.messages.push(ev.item.text);
        else if (ev.item.type === "error") c.warnings.push(ev.item.message);
        break;
      default:
        break;
    }
  };
  let closed = false;
  return {
    collected: c,
    line(text) {
      const ev = parseEventLine(text);
      if (ev === null) {
        if (text.trim() === "") return false;
        c.nonJsonCount++;
        if (c.nonJson.length < KEPT_NON_JSON) c.nonJson.push(clip(redact(text).text));
        return false;
      }
      if (opts.returnAllMessages) c.events.push(ev);
      handle(ev);
      if (opts.onEvent) {
        try {
          opts.onEvent(ev);
        } catch (e) {
          c.warnings.push(`onEvent callback threw: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      return true;
    },
    done() {
      if (!closed && c.nonJsonCount > 0) {
        c.warnings.push(`skipped ${c.nonJsonCount} non-JSON stdout line(s): ${c.nonJson.map((l) => JSON.stringify(l)).join(", ")}`);
      }
      closed = true;
      return c;
    }
  };
}

// src/codex/outcome.ts
var AUTH_RE = /\b401\b|unauthori[sz]ed|not logged in|\blog ?in\b|invalid api key|incorrect api key|missing environment variable/i;
var NO_SESSION_RE = /no rollout found|thread not found|session not found|no (?:thread|session) (?:found|with)/i;
var RATE_LIMIT_RE = /\b429\b|too many requests|rate[ _-]?limit|usage limit|quota/i;
var SERVICE_RE = /\b5\d\d\b|high demand|service unavailable|internal server error|bad gateway|gateway timeout|overloaded/i;
var STREAM_RE = /stream disconnected|response\.failed|stream (?:closed|error)/i;
var EXPLAINS_RE = /\berror\b|\bfail|\bpanic|\b[45]\d\d\b|denied|refused/i;
var HINTS = {
  rateLimit: "The model provider is rate-limiting this account (HTTP 429): wait a minute and retry; if it persists, check the plan's usage limits.",
  service: "The model service is having trouble (HTTP 5xx), not codex-collab: retry in a few minutes; check the provider's status page if it persists.",
  stream: "The model provider ended the response with an error: retry; if it keeps failing, try another model or check the provider's status."
};
function failureHint(message) {
  if (RATE_LIMIT_RE.test(message)) return HINTS.rateLimit;
  if (SERVICE_RE.test(message)) return HINTS.service;
  if (STREAM_RE.test(message)) return HINTS.stream;
  return void 0;
}
function explainingLines(stderrTail2, max = 5) {
  const lines = stderrTail2.split("\n").filter((l) => l.trim() !== "");
  const telling = lines.filter((l) => EXPLAINS_RE.test(l) && !/^\s*WARNING\b/.test(l));
  return (telling.length > 0 ? telling : lines).slice(-max).join("\n");
}
var secs = (ms) => Math.round(ms / 100) / 10;
function reported(message) {
  return AUTH_RE.test(message) ? new CodexAuthError(message) : new CodexFailedError(message, "", failureHint(message));
}
function decideFailure(f) {
  const { collected: c, end } = f;
  if (end.errorCode === "ENOENT") return new CodexNotFoundError(f.bin, { cause: end.cause });
  if (f.reason === "CANCELLED") return new CancelledError();
  if (f.reason === "TIMEOUT") return new TimeoutError("TIMEOUT", secs(f.timeoutMs));
  if (f.reason === "IDLE_TIMEOUT") return new TimeoutError("IDLE_TIMEOUT", secs(f.idleTimeoutMs));
  if (f.reason === "SESSION_MISMATCH") return new SessionNotFoundError(f.sessionId ?? "");
  if (c.turnFailed !== null) return reported(c.turnFailed);
  if (end.exitCode !== 0) {
    if (f.sessionId && NO_SESSION_RE.test(f.stderrTail)) return new SessionNotFoundError(f.sessionId);
    if (c.lastError !== null) return reported(c.lastError);
    const how = end.signal ? `was killed by ${end.signal}` : end.exitCode === void 0 ? `could not run (${end.errorMessage})` : `exited with code ${end.exitCode}`;
    const authLine = f.stderrTail.split("\n").reverse().find((l) => AUTH_RE.test(l));
    if (authLine) return new CodexAuthError(authLine.trim());
    const lines = explainingLines(f.stderrTail);
    return new CodexFailedError(`Codex ${how} before finishing the turn.`, lines, failureHint(lines));
  }
  if (!c.turnCompleted) return new CodexFailedError("Codex exited without completing the turn (no turn.completed event).", explainingLines(f.stderrTail));
  return void 0;
}
function buildResult(c, failure, opts = {}) {
  const result = {
    success: failure === void 0,
    // A resume that became another thread must not be recorded as this session's thread.
    SESSION_ID: opts.sessionMismatch ? null : c.sessionId,
    agent_messages: c.messages.join("\n\n"),
    last_message: c.messages.at(-1) ?? null,
    ...opts.returnAllMessages ? { all_messages: c.events } : {},
    usage: c.usage,
    ...failure ? { error: failure.toJSON() } : {},
    warnings: c.warnings
  };
  if (failure) Object.defineProperty(result, "failure", { value: failure, enumerable: false });
  return result;
}

// src/codex/spawn.ts
import { spawn } from "node:child_process";
async function startProcess(bin, args, opts) {
  if (process.platform === "win32") return startWithExeca(bin, args, opts);
  const child = spawn(bin, args, { cwd: opts.cwd, env: opts.env, detached: opts.detached, stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
  child.stdin?.on("error", () => {
  });
  const ended = new Promise((resolve2) => {
    let spawnError;
    child.once("error", (e) => {
      if (child.pid !== void 0) return;
      spawnError = e;
      resolve2({ errorCode: e.code, errorMessage: `${e.code ?? "spawn error"}: ${e.message}`, cause: e });
    });
    child.once("close", (code, signal) => {
      if (spawnError) return;
      resolve2({ ...code !== null ? { exitCode: code } : {}, ...signal !== null ? { signal } : {} });
    });
  });
  return { child, ended };
}
async function startWithExeca(bin, args, opts) {
  const { execa } = await import("./execa-AE2MVZ2L.js");
  const sub = execa(bin, args, { cwd: opts.cwd, env: opts.env, extendEnv: false, stdin: "pipe", buffer: false, reject: false, detached: opts.detached, windowsHide: true });
  sub.stdin?.on("error", () => {
  });
  const ended = sub.then((r) => ({
    ...r.exitCode !== void 0 ? { exitCode: r.exitCode } : {},
    ...r.signal !== void 0 ? { signal: r.signal } : {},
    ...r.code !== void 0 ? { errorCode: r.code, errorMessage: r.shortMessage, cause: r.cause } : {}
  }));
  return { child: sub, ended };
}

// src/codex/stderr-tail.ts
import { StringDecoder } from "node:string_decoder";
var BUFFER_MAX = 32768;
var BUFFER_KEEP = 16384;
function keepLastLines(text, keep) {
  const cut = text.indexOf("\n", text.length - keep);
  return cut === -1 ? "" : text.slice(cut + 1);
}
function stderrTail(stream, lines) {
  let text = "";
  const decoder = new StringDecoder("utf8");
  stream?.on("data", (chunk) => {
    text += decoder.write(chunk);
    if (text.length > BUFFER_MAX) text = keepLastLines(text, BUFFER_KEEP);
  });
  return () => redact(text + decoder.end()).text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(-lines).join("\n");
}

// src/codex/watchdog.ts
var isWindows = process.platform === "win32";
var TEARDOWN_WAIT_MS = 5e3;
function startWatchdog(opts) {
  const { pid, graceMs } = opts;
  let reason = null;
  let stopping = false;
  let stoppedAt = 0;
  let graceTimer;
  const groups = /* @__PURE__ */ new Set([pid]);
  const snapshot = () => {
    for (const g of treeGroups(pid)) groups.add(g);
  };
  const stop = (why) => {
    if (stopping) return;
    stopping = true;
    stoppedAt = Date.now();
    if (!opts.exited()) reason = why;
    snapshot();
    signalGroups(pid, groups, "SIGTERM");
    graceTimer = setTimeout(() => {
      snapshot();
      signalGroups(pid, groups, "SIGKILL");
    }, graceMs);
  };
  const wallTimer = setTimeout(() => stop("TIMEOUT"), opts.timeoutMs);
  const idleTimer = setTimeout(() => stop("IDLE_TIMEOUT"), opts.idleTimeoutMs);
  const onAbort = () => stop("CANCELLED");
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  const onProcessExit = () => signalGroups(pid, treeGroups(pid), "SIGTERM");
  process.on("exit", onProcessExit);
  return {
    get reason() {
      return reason;
    },
    get stopping() {
      return stopping;
    },
    stop,
    activity: () => idleTimer.refresh(),
    async finish() {
      clearTimeout(wallTimer);
      clearTimeout(idleTimer);
      clearTimeout(graceTimer);
      opts.signal?.removeEventListener("abort", onAbort);
      process.off("exit", onProcessExit);
      if (isWindows) return;
      if (stopping) await waitGroupsGone(groups, Math.max(0, stoppedAt + graceMs - Date.now()));
      signalGroups(pid, groups, "SIGKILL");
      if (stopping) await waitGroupsGone(groups, TEARDOWN_WAIT_MS);
    }
  };
}

// src/codex/runner.ts
var MAX_PROMPT_CHARS = 1048576;
var DEFAULT_TIMEOUT_MS = 9e5;
var DEFAULT_IDLE_TIMEOUT_MS = 3e5;
var KILL_GRACE_MS = 2e3;
var STDERR_TAIL_LINES = 20;
var TICK_MS = 1e3;
function promptChars(prompt) {
  if (prompt.length <= MAX_PROMPT_CHARS) return prompt.length;
  let n = 0;
  for (const _ of prompt) n++;
  return n;
}
var isWindows2 = process.platform === "win32";
function buildEnv(extra) {
  const env = {};
  for (const [k, v] of Object.entries({ ...process.env, ...extra })) if (v !== void 0) env[k] = v;
  return env;
}
function refusal(opts) {
  const chars = promptChars(opts.prompt);
  if (chars > MAX_PROMPT_CHARS) return new PromptTooLargeError(chars, MAX_PROMPT_CHARS);
  if (opts.sessionId !== void 0 && !isThreadId(opts.sessionId)) return new SessionNotFoundError(opts.sessionId);
  if (opts.signal?.aborted) return new CancelledError();
  return void 0;
}
async function runCodex(opts) {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const idleTimeoutMs = opts.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const returnAllMessages = opts.returnAllMessages;
  const empty = () => createCollector().done();
  const refused = refusal(opts);
  if (refused) return buildResult(empty(), refused, { returnAllMessages });
  const env = buildEnv(opts.env);
  let bin;
  try {
    bin = opts.bin ?? resolveCodexBin(env);
  } catch (e) {
    if (e instanceof CodexCollabError) return buildResult(empty(), e, { returnAllMessages });
    throw e;
  }
  const noCredentials = await missingCredentials(env, bin);
  if (noCredentials) return buildResult(empty(), noCredentials, { returnAllMessages });
  const args = buildCodexArgs({
    ...opts.sandbox ? { sandbox: opts.sandbox } : {},
    ...opts.sessionId ? { sessionId: opts.sessionId } : {},
    ...opts.model ? { model: opts.model } : {},
    ...opts.effort ? { effort: opts.effort } : {},
    ...opts.outputSchemaFile ? { outputSchemaFile: opts.outputSchemaFile } : {}
  });
  const root = findProjectRoot(opts.cwd);
  await reapStaleRuns(root, { hold: true });
  if (opts.signal?.aborted) return buildResult(empty(), new CancelledError(), { returnAllMessages });
  const started = Date.now();
  const { child: sub, ended } = await startProcess(bin, args, { cwd: opts.cwd, env, detached: !isWindows2 });
  const unrecord = sub.pid !== void 0 && !isWindows2 ? recordRun(root, sub.pid) : () => {
  };
  let exited = false;
  sub.once("exit", () => exited = true);
  const dog = sub.pid === void 0 ? null : startWatchdog({ pid: sub.pid, timeoutMs, idleTimeoutMs, graceMs: opts.killGraceMs ?? KILL_GRACE_MS, signal: opts.signal, exited: () => exited });
  const ticker = opts.onTick ? setInterval(() => safely(() => opts.onTick?.(Date.now() - started)), TICK_MS) : void 0;
  let gateError = null;
  const writePrompt = () => {
    if (!dog?.stopping) sub.stdin?.end(opts.prompt);
  };
  if (opts.promptGate === void 0) writePrompt();
  else {
    opts.promptGate.then(writePrompt, (error) => {
      gateError = { error };
      sub.stdin?.end();
    });
  }
  const collector = createCollector({
    returnAllMessages,
    onEvent: opts.onEvent,
    expectedSession: opts.sessionId,
    onSessionMismatch: () => dog?.stop("SESSION_MISMATCH")
  });
  const stdoutDone = new Promise((resolve2) => {
    if (!sub.stdout) return resolve2();
    const rl = createInterface({ input: sub.stdout, crlfDelay: Infinity });
    rl.on("line", (line) => {
      dog?.activity();
      collector.line(line);
    });
    rl.once("close", () => resolve2());
  });
  const tail = stderrTail(sub.stderr, STDERR_TAIL_LINES);
  const end = await ended;
  await stdoutDone;
  clearInterval(ticker);
  await dog?.finish();
  unrecord();
  if (opts.promptGate !== void 0 && gateError === null) await opts.promptGate.catch((error) => gateError = { error });
  const gate = gateError;
  if (gate) throw gate.error;
  const reason = dog?.reason ?? null;
  const collected = collector.done();
  const failure = decideFailure({ collected, end, reason, stderrTail: tail(), bin, sessionId: opts.sessionId, timeoutMs, idleTimeoutMs });
  return buildResult(collected, failure, { returnAllMessages, sessionMismatch: reason === "SESSION_MISMATCH" });
}
function safely(fn) {
  try {
    fn();
  } catch {
  }
}

// src/review/diff.ts
import { createHash } from "node:crypto";
import { copyFile, lstat, mkdtemp, readFile, readdir, realpath, rm, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join as join2, relative, resolve, sep } from "node:path";

// src/review/git.ts
import { spawn as spawn2 } from "node:child_process";
var GIT_BASE_ARGS = ["--literal-pathspecs", "-c", "core.quotePath=false"];
function gitEnv(extra) {
  return { ...process.env, GIT_OPTIONAL_LOCKS: "0", ...extra };
}
function spawnGit(cwd, args, env, input, sink) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn2("git", [...GIT_BASE_ARGS, ...args], { cwd, env: gitEnv(env), stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let errBytes = 0;
    child.stdout.on("data", (d) => sink ? sink.push(d) : out.push(d));
    child.stderr.on("data", (d) => {
      err.push(d);
      errBytes += d.length;
      while (errBytes > 16 * 1024 && err.length > 1) errBytes -= err.shift().length;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      sink?.end();
      resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(input ?? "");
  });
}
function runGit(cwd, args, env = {}, input) {
  return spawnGit(cwd, args, env, input, null);
}
async function gitOk(cwd, args, env = {}, input) {
  const r = await runGit(cwd, args, env, input);
  if (r.code !== 0) throw new Error(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${r.stderr.trim()}`);
  return r.stdout.toString("utf8");
}
async function streamGit(cwd, args, env, sink) {
  const r = await spawnGit(cwd, args, env, void 0, sink);
  if (r.code !== 0) throw new Error(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${r.stderr.trim()}`);
}

// src/review/own-files.ts
import { join } from "node:path";
var SHIPPED = /^\.claude\/(?:commands\/codex-(?:analyze|ask|debug|design|prototype|review|sessions|status)\.md|agents\/codex-(?:analyst|reviewer)\.md)$/;
var CONFIG = /^\.claude\/codex-collab(?:\.[\w-]+)?\.json$/;
var BACKUP = /\.codex-collab-backup-[^/]*$/;
var OwnFiles = class {
  listed;
  /** Reads the install manifest of the project at `root`, if there is one. */
  constructor(root) {
    this.listed = /* @__PURE__ */ new Set();
    try {
      const manifest = JSON.parse(readRepoFile(join(root, ".claude", "codex-collab.manifest.json"))?.toString("utf8") ?? "{}");
      for (const rel of Object.keys(manifest.files ?? {})) this.listed.add(`.claude/${rel}`);
    } catch {
    }
  }
  /** True for a root-relative, "/"-separated path that codex-collab itself wrote. */
  has(path) {
    const first = path.split("/")[0] ?? "";
    if (first === STATE_FILE_NAME || first.startsWith(`${STATE_FILE_NAME}.`)) return true;
    return this.listed.has(path) || SHIPPED.test(path) || CONFIG.test(path) || BACKUP.test(path);
  }
};

// src/review/patch.ts
function gitQuote(path) {
  if (!/["\\\x00-\x1f\x7f]/.test(path)) return path;
  const named = { "\x07": "\\a", "\b": "\\b", "	": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\" };
  let out = "";
  for (const ch of path) {
    const code = ch.codePointAt(0);
    out += named[ch] ?? (code < 32 || code === 127 ? `\\${code.toString(8).padStart(3, "0")}` : ch);
  }
  return `"${out}"`;
}
function diffHeader(oldPath, newPath) {
  return `diff --git ${gitQuote(`a/${oldPath}`)} ${gitQuote(`b/${newPath}`)}`;
}
function countChanges(diff) {
  let added = 0;
  let removed = 0;
  let inHunk = false;
  for (const line of diff.split("\n")) {
    if (line.startsWith("@@")) inHunk = true;
    else if (line.startsWith("diff --git ")) inHunk = false;
    else if (inHunk && line.startsWith("+")) added += 1;
    else if (inHunk && line.startsWith("-")) removed += 1;
  }
  return { added, removed };
}
function splitHunks(diff) {
  const lines = diff.split(/(?<=\n)/);
  let header = "";
  const hunks = [];
  for (const line of lines) {
    if (line.startsWith("@@")) hunks.push(line);
    else if (hunks.length === 0) header += line;
    else hunks[hunks.length - 1] += line;
  }
  return { header, hunks };
}
function newFileDiff(path, content) {
  let out = `${diffHeader(path, path)}
new file mode 100644
`;
  if (content === "") return out;
  const endsWithNewline = content.endsWith("\n");
  const lines = (endsWithNewline ? content.slice(0, -1) : content).split("\n");
  const name = gitQuote(`b/${path}`);
  out += `--- /dev/null
+++ ${name}${name.includes(" ") ? "	" : ""}
@@ -0,0 +1${lines.length === 1 ? "" : `,${lines.length}`} @@
`;
  out += lines.map((l) => `+${l}
`).join("");
  if (!endsWithNewline) out += "\\ No newline at end of file\n";
  return out;
}

// src/review/patch-stream.ts
var MAX_CARRY = 64 * 1024;
var DIFF_GIT = Buffer.from("diff --git ");
var BINARY_FILES = Buffer.from("Binary files ");
var HUNK = Buffer.from("@@");
var PatchWithRawParser = class {
  constructor(decide, maxFileBytes) {
    this.decide = decide;
    this.maxFileBytes = maxFileBytes;
  }
  decide;
  maxFileBytes;
  records = [];
  chunks = /* @__PURE__ */ new Map();
  phase = "raw";
  carry = Buffer.alloc(0);
  midLine = false;
  pendingStatus = null;
  pendingPaths = [];
  byHeader = /* @__PURE__ */ new Map();
  current = null;
  push(data) {
    let buf = this.carry.length > 0 ? Buffer.concat([this.carry, data]) : data;
    let start = 0;
    while (this.phase === "raw") {
      const nul = buf.indexOf(0, start);
      if (nul < 0) break;
      this.rawField(buf.toString("utf8", start, nul));
      start = nul + 1;
    }
    if (this.phase === "raw") {
      this.carry = Buffer.from(buf.subarray(start));
      return;
    }
    buf = buf.subarray(start);
    start = 0;
    for (; ; ) {
      const nl = buf.indexOf(10, start);
      if (nl < 0) break;
      this.line(buf.subarray(start, nl + 1));
      start = nl + 1;
    }
    if (buf.length - start > MAX_CARRY) {
      this.line(buf.subarray(start));
      this.carry = Buffer.alloc(0);
    } else {
      this.carry = Buffer.from(buf.subarray(start));
    }
  }
  end() {
    if (this.phase === "raw") this.startPatch();
    if (this.carry.length > 0) this.line(this.carry);
    this.carry = Buffer.alloc(0);
    this.closeChunk();
  }
  rawField(field) {
    if (this.pendingStatus === null) {
      if (field === "") {
        this.startPatch();
        return;
      }
      this.pendingStatus = (field.split(" ").pop() ?? "").charAt(0);
      this.pendingPaths = [];
      return;
    }
    this.pendingPaths.push(field);
    const twoPaths = this.pendingStatus === "R" || this.pendingStatus === "C";
    if (this.pendingPaths.length < (twoPaths ? 2 : 1)) return;
    const record = { status: this.pendingStatus, path: this.pendingPaths[this.pendingPaths.length - 1] };
    if (twoPaths) record.oldPath = this.pendingPaths[0];
    this.records.push(record);
    this.pendingStatus = null;
  }
  startPatch() {
    this.phase = "patch";
    for (const r of this.decide(this.records)) this.byHeader.set(diffHeader(r.oldPath ?? r.path, r.path), r);
  }
  line(bytes) {
    const atLineStart = !this.midLine;
    this.midLine = bytes[bytes.length - 1] !== 10;
    if (atLineStart && startsWith(bytes, DIFF_GIT)) {
      this.closeChunk();
      const header = bytes.toString("utf8").replace(/\n$/, "");
      this.current = { record: this.byHeader.get(header), parts: [], size: 0, binary: false, tooLarge: false, inHunk: false };
    }
    const c = this.current;
    if (!c || !c.record || c.binary || c.tooLarge) return;
    if (atLineStart && startsWith(bytes, HUNK)) c.inHunk = true;
    if (bytes.includes(0) || atLineStart && !c.inHunk && startsWith(bytes, BINARY_FILES)) {
      c.binary = true;
      c.parts = [];
      return;
    }
    c.size += bytes.length;
    if (c.size > this.maxFileBytes) {
      c.tooLarge = true;
      c.parts = [];
      return;
    }
    c.parts.push(Buffer.from(bytes));
  }
  closeChunk() {
    const c = this.current;
    this.current = null;
    if (!c || !c.record) return;
    const { text, latin1: latin12 } = decodeText(Buffer.concat(c.parts));
    this.chunks.set(c.record, { diff: text, latin1: latin12, binary: c.binary, tooLarge: c.tooLarge });
  }
};
function startsWith(bytes, prefix) {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

// src/review/glob.ts
var cache = /* @__PURE__ */ new Map();
function compile(glob) {
  const cached = cache.get(glob);
  if (cached) return cached;
  const tokens = tokenize(glob) ?? [...glob].map((ch) => ({ kind: "lit", ch }));
  const segments = [[]];
  for (const t of tokens) {
    if (t.kind === "lit" && t.ch === "/") segments.push([]);
    else segments[segments.length - 1].push(t);
  }
  const out = segments.map((s) => s.length === 2 && s[0]?.kind === "star" && s[1]?.kind === "star" ? "**" : s.filter((t, i) => !(t.kind === "star" && s[i - 1]?.kind === "star")));
  if (out[out.length - 1] === "**") out.splice(out.length - 1, 0, [{ kind: "star" }]);
  cache.set(glob, out);
  return out;
}
function tokenize(glob) {
  const chars = [...glob];
  const out = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    if (ch === "*") {
      out.push({ kind: "star" });
      i += 1;
    } else if (ch === "?") {
      out.push({ kind: "one" });
      i += 1;
    } else if (ch === "[") {
      const cls = parseClass(chars, i);
      if (cls === "bad") return null;
      if (cls) {
        out.push(cls.token);
        i = cls.end;
      } else {
        out.push({ kind: "lit", ch });
        i += 1;
      }
    } else if (ch === "\\" && i + 1 < chars.length) {
      out.push({ kind: "lit", ch: chars[i + 1] });
      i += 2;
    } else {
      out.push({ kind: "lit", ch });
      i += 1;
    }
  }
  return out;
}
function parseClass(chars, start) {
  let i = start + 1;
  let negate = false;
  if (chars[i] === "!" || chars[i] === "^") {
    negate = true;
    i += 1;
  }
  const token = { kind: "class", negate, chars: [], ranges: [] };
  let first = true;
  const atom = () => {
    const ch = chars[i];
    const escaped = ch === "\\" && i + 1 < chars.length;
    i += escaped ? 2 : 1;
    return escaped ? chars[i - 1] : ch;
  };
  while (i < chars.length) {
    if (chars[i] === "]" && !first) return { token, end: i + 1 };
    first = false;
    const lo = atom();
    if (chars[i] === "-" && i + 1 < chars.length && chars[i + 1] !== "]") {
      i += 1;
      const hi = atom();
      const [a, b] = [lo.codePointAt(0), hi.codePointAt(0)];
      if (a > b) return "bad";
      token.ranges.push([a, b]);
    } else {
      token.chars.push(lo);
    }
  }
  return null;
}
function tokenMatches(t, ch) {
  if (t.kind === "lit") return t.ch === ch;
  if (t.kind === "one") return true;
  if (t.kind === "star") return false;
  const cp = ch.codePointAt(0);
  const hit = t.chars.includes(ch) || t.ranges.some(([a, b]) => cp >= a && cp <= b);
  return t.negate ? !hit : hit;
}
function wildMatch(pattern, units, isStar, one) {
  let p = 0;
  let u = 0;
  let starP = -1;
  let starU = 0;
  while (u < units.length) {
    if (p < pattern.length && isStar(pattern[p])) {
      starP = p++;
      starU = u;
    } else if (p < pattern.length && one(pattern[p], units[u])) {
      p++;
      u++;
    } else if (starP >= 0) {
      p = starP + 1;
      u = ++starU;
    } else {
      return false;
    }
  }
  while (p < pattern.length && isStar(pattern[p])) p++;
  return p === pattern.length;
}
function segmentMatches(tokens, name) {
  return wildMatch(tokens, [...name], (t) => t.kind === "star", tokenMatches);
}
function pathMatches(pattern, segments) {
  return wildMatch(pattern, segments, (s) => s === "**", (s, name) => s !== "**" && segmentMatches(s, name));
}
function matchesGlob(path, pattern, isDir = false) {
  let p = pattern.trim();
  if (p === "") return false;
  const dirOnly = p.endsWith("/");
  p = p.replace(/\/+$/, "");
  if (p === "") return false;
  const segments = path.split("/").filter((s) => s !== "");
  const anchored = p.includes("/");
  const compiled = compile(anchored ? p.replace(/^\/+/, "") : p);
  const last = dirOnly && !isDir ? segments.length - 1 : segments.length;
  for (let n = 1; n <= last; n++) {
    const candidate = anchored ? segments.slice(0, n) : [segments[n - 1]];
    if (pathMatches(compiled, candidate)) return true;
  }
  return false;
}
function matchesAnyGlob(path, patterns, isDir = false) {
  return patterns.some((p) => matchesGlob(path, p, isDir));
}

// src/review/paths.ts
var LOCKFILES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "deno.lock",
  "Cargo.lock",
  "poetry.lock",
  "Pipfile.lock",
  "pdm.lock",
  "uv.lock",
  "go.sum",
  "go.work.sum",
  "composer.lock",
  "Gemfile.lock",
  "mix.lock",
  "Podfile.lock",
  "Package.resolved",
  "packages.lock.json",
  "pubspec.lock",
  "gradle.lockfile",
  "flake.lock",
  "shard.lock",
  "conan.lock"
]);
var VENDORED_DIRS = /* @__PURE__ */ new Set(["vendor", "node_modules", "third_party", "third-party", "bower_components", "Pods", ".yarn"]);
var GENERATED_DIRS = /* @__PURE__ */ new Set(["dist", "build", ".next", ".nuxt", ".svelte-kit", "coverage", "__generated__"]);
var GENERATED_NAME = [
  /\.min\.(?:js|mjs|cjs|css)$/,
  /\.map$/,
  /\.generated\./,
  /\.g\.dart$/,
  /\.pb\.(?:go|cc|h)$/,
  /_pb2(?:_grpc)?\.pyi?$/,
  /\.designer\.cs$/
];
function pathSkipReason(path, ignore, isDir = false) {
  const segments = path.split("/").filter((s) => s !== "");
  const name = segments[segments.length - 1] ?? "";
  const dirs = isDir ? segments : segments.slice(0, -1);
  if (!isDir && isSecretFile(path)) return "secret-file";
  if (matchesAnyGlob(path, ignore, isDir)) return "ignored";
  if (!isDir && LOCKFILES.has(name)) return "lockfile";
  if (dirs.some((d) => VENDORED_DIRS.has(d))) return "vendored";
  if (segments[0] === STATE_FILE_NAME || segments[0] === `${STATE_FILE_NAME}.d`) return "generated";
  if (dirs.some((d) => GENERATED_DIRS.has(d))) return "generated";
  if (!isDir && GENERATED_NAME.some((re) => re.test(name))) return "generated";
  return null;
}

// src/review/diff.ts
var DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
var BINARY_SNIFF_BYTES = 8e3;
async function collectChange(opts) {
  const ignore = opts.ignore ?? [];
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let cwd;
  try {
    cwd = await realpath(opts.cwd);
  } catch {
    throw new UsageError(`The directory ${opts.cwd} does not exist.`);
  }
  const invalid = (opts.paths ?? []).filter(invalidPath);
  const skippedInvalid = invalid.map((p) => ({ path: p.replace(/\0/g, "\\0").slice(0, 300), reason: "invalid-name" }));
  if (invalid.length > 0) {
    opts = { ...opts, paths: opts.paths.filter((p) => !invalidPath(p)) };
    if (opts.paths.length === 0) return { root: cwd, inGit: false, files: [], skipped: skippedInvalid, redactions: { count: 0, kinds: {} } };
  }
  const top = await runGit(cwd, ["rev-parse", "--show-toplevel"]).catch(() => null);
  if (top && top.code === 0) {
    const change2 = await collectFromGit(top.stdout.toString("utf8").replace(/\n$/, ""), cwd, opts, ignore, maxFileBytes);
    return invalid.length > 0 ? { ...change2, skipped: [...change2.skipped, ...skippedInvalid].sort(byPath) } : change2;
  }
  if (!opts.paths || opts.paths.length === 0) {
    throw new UsageError(
      `${cwd} is not inside a git repository, so there is no change to find.`,
      "Name the files or directories to review (for example: codex-collab review src/app.ts)."
    );
  }
  const change = await collectFromPaths(cwd, opts.paths, ignore, maxFileBytes);
  return invalid.length > 0 ? { ...change, skipped: [...change.skipped, ...skippedInvalid].sort(byPath) } : change;
}
function changeHash(change) {
  const hash = createHash("sha256");
  for (const f of [...change.files].sort(byPath)) hash.update(f.path).update("\0").update(f.diff).update("\0");
  return hash.digest("hex");
}
function displayPath(path) {
  return /[\u0000-\u001f\u007f"\\]/.test(path) ? JSON.stringify(path) : path;
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
async function collectFromGit(root, cwd, opts, ignore, maxFileBytes) {
  const pathspecs = (opts.paths ?? []).map((p) => toPathspec(root, cwd, p));
  const against = opts.since ?? await resolveAgainst(root, opts.base);
  const skipped = [];
  const own = new OwnFiles(root);
  const skipReason = (path) => own.has(path) ? "codex-collab" : pathSkipReason(path, ignore);
  const others = opts.to !== void 0 ? "" : await gitOk(root, ["ls-files", "-z", "--others", "--exclude-standard", "--", ...pathspecs]);
  const untracked = /* @__PURE__ */ new Set();
  for (const path of splitNul(others)) {
    const reason = path.endsWith("/") ? "vendored" : skipReason(path);
    if (reason) {
      skipped.push({ path, reason });
      continue;
    }
    const st = await lstat(join2(root, path)).catch(() => null);
    if (!st) continue;
    if (st.size > maxFileBytes) skipped.push({ path, reason: "too-large" });
    else untracked.add(path);
  }
  const scratch = await mkdtemp(join2(tmpdir(), "codex-collab-index-"));
  try {
    const index = join2(scratch, "index");
    const realIndex = resolve(root, (await gitOk(root, ["rev-parse", "--git-path", "index"])).replace(/\n$/, ""));
    await copyIndex(realIndex, index);
    const env = { GIT_INDEX_FILE: index };
    if (untracked.size > 0) await addIntentToAdd(root, env, untracked);
    const parser = new PatchWithRawParser((records) => {
      const keep = /* @__PURE__ */ new Set();
      for (const r of records) {
        const reason = skipReason(r.path) ?? (r.oldPath !== void 0 && isSecretFile(r.oldPath) ? "secret-file" : null);
        if (reason) skipped.push({ path: r.path, reason });
        else keep.add(r);
      }
      return keep;
    }, maxFileBytes);
    const args = [
      "diff",
      "--patch-with-raw",
      "-z",
      "--find-renames",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--submodule=short",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      against,
      ...opts.to !== void 0 ? [opts.to] : [],
      "--",
      ...pathspecs
    ];
    await streamGit(root, args, env, parser);
    const files = [];
    const redactions = new Redactions();
    for (const r of parser.records) {
      const chunk = parser.chunks.get(r);
      if (!chunk) continue;
      if (chunk.binary || chunk.tooLarge) {
        skipped.push({ path: r.path, reason: chunk.binary ? "binary" : "too-large" });
        continue;
      }
      if (isSecretContent(chunk.diff)) {
        skipped.push({ path: r.path, reason: "secret-file" });
        continue;
      }
      const file = {
        path: r.path,
        status: statusOf(r, untracked),
        diff: redactions.apply(chunk.diff),
        ...countChanges(chunk.diff),
        ...chunk.latin1 ? { encoding: "latin1" } : {}
      };
      if (r.oldPath !== void 0) file.oldPath = r.oldPath;
      files.push(file);
    }
    return { root, inGit: true, files: files.sort(byPath), skipped: skipped.sort(byPath), redactions: redactions.summary(), against };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
async function addIntentToAdd(root, env, untracked) {
  const args = ["add", "--intent-to-add", "--pathspec-from-file=-", "--pathspec-file-nul"];
  const first = await runGit(root, args, env, [...untracked].join("\0"));
  if (first.code === 0) return;
  for (const path of [...untracked]) if (!await lstat(join2(root, path)).catch(() => null)) untracked.delete(path);
  if (untracked.size > 0) await gitOk(root, args, env, [...untracked].join("\0"));
}
async function copyIndex(from, to) {
  const st = await stat(from).catch((e) => {
    if (e.code === "ENOENT") return null;
    throw e;
  });
  if (!st) return;
  await copyFile(from, to);
  const seconds = Math.floor(st.mtimeMs / 1e3);
  await utimes(to, seconds, seconds);
}
function statusOf(r, untracked) {
  switch (r.status) {
    case "A":
      return untracked.has(r.path) ? "untracked" : "added";
    case "D":
      return "deleted";
    case "R":
      return "renamed";
    default:
      return "modified";
  }
}
function toPathspec(root, cwd, path) {
  const rel = relative(root, resolve(cwd, path));
  if (escapes(rel)) {
    throw new UsageError(`${path} is outside the repository ${root}.`, "Name paths inside the repository, or run from the other repository.");
  }
  return rel === "" ? "." : rel.split(sep).join("/");
}
async function resolveAgainst(root, base) {
  if (base !== void 0) {
    const resolved = base.startsWith("-") ? null : await runGit(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
    if (!resolved || resolved.code !== 0) {
      throw new UsageError(`"${base}" is not a commit in ${root}.`, "Pass a branch, tag or commit hash as the base.");
    }
    return resolved.stdout.toString("utf8").trim();
  }
  const head = await runGit(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.code === 0) return head.stdout.toString("utf8").trim();
  return (await gitOk(root, ["hash-object", "-t", "tree", "--stdin"], {}, "")).trim();
}
function splitNul(text) {
  return text.split("\0").filter((s) => s !== "");
}
async function collectFromPaths(root, paths, ignore, maxFileBytes) {
  const files = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  const redactions = new Redactions();
  const own = new OwnFiles(root);
  const addFile = async (abs, rel) => {
    if (files.has(rel) || skipped.has(rel)) return;
    const target = await linkTarget(root, abs);
    if (target === void 0) return;
    const reason = target === null ? "outside-project" : own.has(rel) ? "codex-collab" : pathSkipReason(rel, ignore) ?? (target !== rel ? pathSkipReason(target, ignore) : null);
    if (reason) {
      skipped.set(rel, reason);
      return;
    }
    const st = await stat(abs).catch(() => null);
    if (!st || !st.isFile()) return;
    if (st.size > maxFileBytes) {
      skipped.set(rel, "too-large");
      return;
    }
    const content = await readFile(abs);
    if (content.length > maxFileBytes) {
      skipped.set(rel, "too-large");
      return;
    }
    if (content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      skipped.set(rel, "binary");
      return;
    }
    if (isSecretContent(content.toString("utf8", 0, Math.min(content.length, 65536)))) {
      skipped.set(rel, "secret-file");
      return;
    }
    const { text, latin1: latin12 } = decodeText(content);
    const diff = newFileDiff(rel, text);
    files.set(rel, { path: rel, status: "untracked", diff: redactions.apply(diff), ...countChanges(diff), ...latin12 ? { encoding: "latin1" } : {} });
  };
  const walk = async (absDir, relDir) => {
    const entries = await readdir(absDir, { withFileTypes: true });
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const abs = join2(absDir, entry.name);
      const rel = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === ".git") continue;
        const reason = pathSkipReason(rel, ignore, true);
        if (reason) skipped.set(`${rel}/`, reason);
        else await walk(abs, rel);
      } else {
        await addFile(abs, rel);
      }
    }
  };
  for (const p of paths) {
    const abs = resolve(root, p);
    const rel = relative(root, abs);
    if (escapes(rel)) {
      throw new UsageError(`${p} is outside the project ${root}.`, "Name paths inside the project, or run from the directory that holds them.");
    }
    const lst = await lstat(abs).catch(() => null);
    if (!lst) throw new UsageError(`No such file or directory: ${p}`, "Check the path; it is read relative to the current directory.");
    const relPath = rel.split(sep).join("/");
    if (lst.isDirectory()) await walk(abs, relPath);
    else await addFile(abs, relPath);
  }
  return {
    root,
    inGit: false,
    files: [...files.values()].sort(byPath),
    skipped: [...skipped].map(([path, reason]) => ({ path, reason })).sort(byPath),
    redactions: redactions.summary()
  };
}
async function linkTarget(root, abs) {
  let real;
  try {
    real = await realpath(abs);
  } catch {
    return void 0;
  }
  const rel = relative(root, real);
  if (rel === "" || escapes(rel)) return null;
  return rel.split(sep).join("/");
}
function escapes(rel) {
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}
var Redactions = class {
  count = 0;
  kinds = {};
  apply(text) {
    const r = redact(text);
    this.count += r.count;
    for (const [kind, n] of Object.entries(r.kinds)) this.kinds[kind] = (this.kinds[kind] ?? 0) + n;
    return r.text;
  }
  summary() {
    return { count: this.count, kinds: { ...this.kinds } };
  }
};

// src/templates/fence.ts
import { randomBytes } from "node:crypto";
var LABEL_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
function fenceNonce(value) {
  for (; ; ) {
    const nonce = randomBytes(6).toString("hex");
    if (!value.includes(nonce)) return nonce;
  }
}
function fenceData(label, value) {
  if (!LABEL_RE.test(label)) throw new Error(`invalid data section label ${JSON.stringify(label)}`);
  const text = typeof value === "string" ? value : value.join("\n");
  const nonce = fenceNonce(text);
  const body = text === "" || text.endsWith("\n") ? text : `${text}
`;
  return `<<<DATA ${label} ${nonce}>>>
${body}<<<END DATA ${label} ${nonce}>>>`;
}

// src/workflow/handoff.ts
var BYTES_PER_TOKEN = 4;
var MAX_HANDOFF_FILES = 200;
var ANSWER_RESERVE_TOKENS = 4e3;
function threadTokens(session) {
  const t = session?.thread;
  if (!t || t.threadId !== session?.threadId) return 0;
  return Math.max(t.tokens, Math.ceil(t.bytes / BYTES_PER_TOKEN));
}
function needsHandoff(session, target, promptBytes, config) {
  if (target.fresh || target.threadId === null || !session || session.threadId !== target.threadId) return false;
  const next = threadTokens(session) + Math.ceil(promptBytes / BYTES_PER_TOKEN) + ANSWER_RESERVE_TOKENS;
  return next > config.context.threadBudgetTokens;
}
function handedOff(target) {
  return { ...target, threadId: null, fresh: true };
}
function openFindings(state, sessionName2) {
  return state.reviews.filter((r) => r.sessionName === sessionName2 && r.status === "done").at(-1)?.findings ?? [];
}
function handoffText({ session, findings, changedFiles }) {
  const from = session.threadId ?? "an earlier thread";
  const requirement = session.task ?? session.history.find((h) => h.kind === "analyze" || h.kind === "design")?.title ?? session.history[0]?.title ?? "";
  const out = [
    `# Handoff from Codex thread ${from}`,
    "This task continues from an earlier Codex thread that grew past its size budget. What it established:",
    "",
    `Stage reached: ${session.stage}/7 ${STAGES[session.stage] ?? ""}.`
  ];
  if (requirement) out.push("", "## Requirement", fenceData("requirement", requirement));
  const decisions = session.decisions ?? [];
  if (decisions.length > 0) {
    out.push("", "## Decisions so far (excerpts of earlier answers, oldest first)");
    out.push(fenceData("decisions", decisions.map((d) => `[${d.kind}${d.stage !== void 0 ? `, stage ${d.stage}` : ""}] ${d.text}`)));
  }
  out.push("", "## Open findings");
  out.push(findings.length > 0 ? fenceData("open-findings", findings.map((f) => `[${f.severity}] ${findingLocation(f)} ${f.title}`)) : "None.");
  out.push("", "## The change as it stands");
  const named = changedFiles.length > MAX_HANDOFF_FILES ? [...changedFiles.slice(0, MAX_HANDOFF_FILES), `\u2026 and ${changedFiles.length - MAX_HANDOFF_FILES} more files`] : [...changedFiles];
  out.push(named.length > 0 ? fenceData("changed-files", named) : "No uncommitted change.");
  out.push("", "---", "");
  return out.join("\n");
}
function handoffNotice(fromThread, toThread) {
  return `continued in a new Codex thread${toThread ? ` (${toThread})` : ""}: handoff from ${fromThread} (the thread reached its budget; context.threadBudgetTokens)`;
}

// src/workflow/receipt.ts
function receiptOf(r) {
  return { files: r.files, bytes: r.bytes, redactions: r.redactions, usage: r.usage, costUsd: r.cost.usd, model: r.cost.model, pricesDate: r.cost.date };
}
function size(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`;
}
function formatReceipt(r) {
  const files = `${r.files} file${r.files === 1 ? "" : "s"}`;
  const redacted = `${r.redactions} value${r.redactions === 1 ? "" : "s"} redacted`;
  const usage = formatUsage({ ...r.usage, costUsd: r.costUsd }).replace("(estimate)", `(estimate, ${r.model} prices of ${r.pricesDate})`);
  return `sent ${files}, ${size(r.bytes)}, ${redacted} \xB7 ${usage}`;
}

// src/workflow/tree.ts
import { execFile } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { join as join3 } from "node:path";
async function snapshotTree(root) {
  const stdout = await gitStatus(root);
  if (stdout === null) return null;
  const snap = /* @__PURE__ */ new Map();
  const records = stdout.split("\0");
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    if (!rec) continue;
    const status = rec.slice(0, 2);
    const path = rec.slice(3);
    if (status.startsWith("R") || status.startsWith("C")) i++;
    if (isOwnStatePath(path)) continue;
    snap.set(path, `${status}:${contentHash(join3(root, path))}`);
  }
  return snap;
}
function gitStatus(root) {
  return new Promise((resolve2) => {
    execFile(
      "git",
      ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--ignore-submodules"],
      { cwd: root, encoding: "utf8", maxBuffer: 100 * 1024 * 1024, windowsHide: true },
      (error, stdout) => resolve2(error ? null : stdout)
    );
  });
}
function contentHash(file) {
  try {
    const content = readRepoFile(file, { maxBytes: 64 * 1024 * 1024 });
    return content === null ? "-" : createHash2("sha1").update(content).digest("hex");
  } catch {
    return "-";
  }
}
function treeChanges(before, after) {
  if (!before || !after) return [];
  const changed = /* @__PURE__ */ new Set();
  for (const [path, sig] of after) if (before.get(path) !== sig) changed.add(path);
  for (const path of before.keys()) if (!after.has(path)) changed.add(path);
  return [...changed].sort();
}

// src/workflow/turn.ts
function claudeSessionId(env) {
  return env.CODEX_COLLAB_CLAUDE_SESSION_ID || env.CLAUDE_CODE_SESSION_ID || env.CLAUDE_SESSION_ID || void 0;
}
function resolveTarget(store, req) {
  const name = sessionName(req.claudeSessionId, req.task);
  if (req.fresh || req.ref === "new") return { name, threadId: null, fresh: true };
  if (req.ref !== void 0) {
    const found = resolveSessionRef(store, req.ref);
    if (found) return { name: found.name, threadId: found.threadId, fresh: found.threadId === null };
    if (isThreadId(req.ref)) return { name: req.ref, threadId: req.ref, fresh: false };
    throw new SessionNotFoundError(req.ref);
  }
  const existing = store.read().sessions[name];
  return existing?.threadId ? { name, threadId: existing.threadId, fresh: false } : { name, threadId: null, fresh: true };
}
async function prepareTurn(opts) {
  const { text, count: found, kinds } = redact(opts.prompt);
  let count = found;
  for (const m of opts.prompt.matchAll(/\[REDACTED:([a-z0-9-]+)\]/g)) {
    count++;
    kinds[m[1]] = (kinds[m[1]] ?? 0) + 1;
  }
  const base = { prompt: text, target: opts.target, redactions: { count, kinds } };
  if (opts.handoffFrom !== void 0) return { ...base, handoffFrom: opts.handoffFrom };
  if (!opts.config) return base;
  const state = opts.store.read();
  const session = state.sessions[opts.target.name];
  if (!session || !needsHandoff(session, opts.target, Buffer.byteLength(text), opts.config)) return base;
  const change = await collectChange({ cwd: opts.cwd ?? opts.root }).catch(() => null);
  const changedFiles = change?.files.map((f) => `${displayPath(f.path)} (${f.status}, +${f.added} -${f.removed})`) ?? [];
  const handoff = redact(handoffText({ session, findings: openFindings(state, session.name), changedFiles }));
  return {
    prompt: handoff.text + text,
    target: handedOff(opts.target),
    redactions: { count: count + handoff.count, kinds: mergeKinds(kinds, handoff.kinds) },
    handoffFrom: opts.target.threadId ?? void 0
  };
}
function mergeKinds(a, b) {
  const out = { ...a };
  for (const [k, n] of Object.entries(b)) out[k] = (out[k] ?? 0) + n;
  return out;
}
var DECIDING = /* @__PURE__ */ new Set(["analyze", "design", "ask", "prototype", "debug", "run"]);
var DECISION_CHARS = 600;
async function runTurn(opts) {
  const cwd = opts.cwd ?? opts.root;
  const sandbox = opts.sandbox ?? "read-only";
  const sending = await prepareTurn(opts);
  const { prompt, target } = sending;
  const { redactions } = sending;
  const prepared = (async () => {
    const snapshot = sandbox === "read-only" ? await snapshotTree(cwd) : null;
    ensureSession(opts.store, { name: target.name, claudeSessionId: opts.claudeSessionId, task: opts.task, cwd });
    return snapshot;
  })();
  prepared.catch(() => {
  });
  const result = await runCodex({
    promptGate: prepared,
    prompt,
    cwd,
    sandbox,
    sessionId: target.threadId ?? void 0,
    model: opts.model,
    effort: opts.effort,
    outputSchemaFile: opts.outputSchemaFile,
    returnAllMessages: opts.returnAllMessages,
    timeoutMs: opts.timeoutMs,
    idleTimeoutMs: opts.idleTimeoutMs,
    signal: opts.signal,
    onEvent: opts.onEvent,
    onTick: opts.onTick,
    env: opts.env
  });
  const before = await prepared;
  let violations = [];
  if (before) {
    const expected = opts.expectedChanges?.() ?? /* @__PURE__ */ new Set();
    violations = treeChanges(before, await snapshotTree(cwd)).filter((p) => !expected.has(p));
  }
  if (violations.length > 0 && result.success) {
    const failure = new SandboxViolationError(violations);
    result.success = false;
    result.error = { code: failure.code, message: failure.message, hint: failure.hint };
    Object.defineProperty(result, "failure", { value: failure, enumerable: false });
  }
  const outcome = result.success ? "ok" : result.error?.code === "TIMEOUT" || result.error?.code === "IDLE_TIMEOUT" ? "timeout" : result.error?.code === "CANCELLED" ? "cancelled" : "failed";
  const cost = estimateCost(result.usage, pricedModel(opts.config, opts.model), priceTable(opts.config));
  const promptBytes = Buffer.byteLength(prompt);
  const answer = result.last_message ?? result.agent_messages ?? "";
  const session = recordTurn(opts.store, target.name, {
    threadId: result.SESSION_ID,
    costUsd: cost.usd,
    model: cost.model,
    promptBytes,
    answerBytes: Buffer.byteLength(answer),
    ...result.success && DECIDING.has(opts.kind) && answer.trim() ? { decision: oneLine(redact(answer).text, DECISION_CHARS) } : {},
    ...sending.handoffFrom !== void 0 ? { handoffFrom: sending.handoffFrom } : {},
    usage: result.usage,
    kind: opts.kind,
    // The title is the user's first line: it goes into the state file, so it is redacted like the prompt.
    title: redact(opts.title).text,
    outcome,
    // A failed turn does not advance the flow.
    stage: result.success ? opts.stage : void 0,
    fresh: target.fresh
  });
  const receipt = receiptOf({ files: opts.sentFiles ?? 0, bytes: promptBytes, redactions: redactions.count, usage: result.usage, cost });
  return { result, session, redactions, violations, receipt, ...sending.handoffFrom !== void 0 ? { handoffFrom: sending.handoffFrom } : {} };
}

// src/workflow/preview.ts
function previewOf(prepared, requested, files, review) {
  const bytes = Buffer.byteLength(prepared.prompt);
  return {
    dryRun: true,
    session: requested.name,
    thread: prepared.target.threadId,
    ...prepared.handoffFrom !== void 0 ? { handoffFrom: prepared.handoffFrom } : {},
    prompt: prepared.prompt,
    bytes,
    estimatedTokens: Math.ceil(bytes / BYTES_PER_TOKEN),
    redactions: prepared.redactions,
    files: files ?? { included: [], truncated: [], leftOut: [] },
    ...review ? { review } : {}
  };
}
async function previewTurn(opts) {
  return previewOf(await prepareTurn(opts), opts.target);
}
function formatPreview(p) {
  const out = [
    `dry run \u2014 nothing was sent. session ${p.session}, ${p.thread ? `thread ${p.thread}` : "a new thread"}${p.handoffFrom ? ` (handoff from ${p.handoffFrom})` : ""}`,
    `prompt: ${p.bytes} bytes (~${p.estimatedTokens} tokens), ${p.redactions.count} value${p.redactions.count === 1 ? "" : "s"} redacted`
  ];
  if (p.review) out.push(`review: ${p.review.mode === "full" ? "the whole change" : `only the change since review ${p.review.since}`}`);
  if (p.review?.budgetNote) out.push(`budget: ${p.review.budgetNote}`);
  for (const f of p.files.included) out.push(`  included  ${JSON.stringify(f)}`);
  for (const f of p.files.truncated) out.push(`  ${f.how === "hunks" ? "cut      " : "named    "} ${JSON.stringify(f.path)}`);
  for (const f of p.files.leftOut) out.push(`  left out  ${JSON.stringify(f.path)} (${f.reason})`);
  out.push("", "----- prompt as it would be sent -----", p.prompt);
  return out.join("\n");
}

export {
  TICK_MS,
  decodeText,
  runGit,
  gitOk,
  gitQuote,
  splitHunks,
  collectChange,
  changeHash,
  displayPath,
  fenceData,
  needsHandoff,
  handedOff,
  openFindings,
  handoffText,
  handoffNotice,
  formatReceipt,
  claudeSessionId,
  resolveTarget,
  prepareTurn,
  runTurn,
  previewOf,
  previewTurn,
  formatPreview
};
