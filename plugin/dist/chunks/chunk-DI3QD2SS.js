import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  ensureSession,
  recordTurn,
  resolveSessionRef,
  sessionName
} from "./chunk-WAZZ7GA4.js";
import {
  missingCredentials,
  resolveCodexBin,
  signalGroups,
  treeGroups,
  waitGroupsGone
} from "./chunk-IFZP5CNE.js";
import {
  Usage
} from "./chunk-TDWSTA6Y.js";
import {
  buildCodexArgs,
  isThreadId
} from "./chunk-2457UOSZ.js";
import {
  _default,
  _enum,
  array,
  boolean,
  discriminatedUnion,
  isOwnStatePath,
  literal,
  looseObject,
  nullable,
  number,
  optional,
  safeParse,
  string,
  unknown
} from "./chunk-O2EGVUQG.js";
import {
  CancelledError,
  CodexAuthError,
  CodexCollabError,
  CodexFailedError,
  CodexNotFoundError,
  PromptTooLargeError,
  SandboxViolationError,
  SessionNotFoundError,
  TimeoutError
} from "./chunk-UMH65Y2S.js";

// src/codex/runner.ts
import { createInterface } from "node:readline";
import { StringDecoder } from "node:string_decoder";

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

// src/codex/spawn.ts
import { spawn } from "node:child_process";
async function startProcess(bin, args, opts) {
  if (process.platform === "win32") return startWithExeca(bin, args, opts);
  const child = spawn(bin, args, { cwd: opts.cwd, env: opts.env, detached: opts.detached, stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
  child.stdin?.on("error", () => {
  });
  const ended = new Promise((resolve) => {
    let spawnError;
    child.once("error", (e) => {
      if (child.pid !== void 0) return;
      spawnError = e;
      resolve({ errorCode: e.code, errorMessage: `${e.code ?? "spawn error"}: ${e.message}`, cause: e });
    });
    child.once("close", (code, signal) => {
      if (spawnError) return;
      resolve({ ...code !== null ? { exitCode: code } : {}, ...signal !== null ? { signal } : {} });
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

// src/codex/runner.ts
var MAX_PROMPT_CHARS = 1048576;
var DEFAULT_TIMEOUT_MS = 9e5;
var DEFAULT_IDLE_TIMEOUT_MS = 3e5;
var KILL_GRACE_MS = 2e3;
var STDERR_TAIL_LINES = 20;
function promptChars(prompt) {
  if (prompt.length <= MAX_PROMPT_CHARS) return prompt.length;
  let n = 0;
  for (const _ of prompt) n++;
  return n;
}
var AUTH_RE = /\b401\b|unauthori[sz]ed|not logged in|\blog ?in\b|invalid api key|incorrect api key|missing environment variable/i;
var RECONNECT_RE = /^Reconnecting\.\.\./;
var NO_SESSION_RE = /no rollout found|thread not found|session not found|no (?:thread|session) (?:found|with)/i;
var isWindows = process.platform === "win32";
function zeroUsage() {
  return { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 };
}
function buildEnv(extra) {
  const env = {};
  for (const [k, v] of Object.entries({ ...process.env, ...extra })) if (v !== void 0) env[k] = v;
  return env;
}
function tailLines(text, n) {
  return text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(-n).join("\n");
}
async function runCodex(opts) {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const idleTimeoutMs = opts.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const graceMs = opts.killGraceMs ?? KILL_GRACE_MS;
  let sessionId = null;
  const messages = [];
  const events = [];
  const warnings = [];
  const usage = zeroUsage();
  let turnCompleted = false;
  let turnFailed = null;
  let lastError = null;
  const nonJson = [];
  let nonJsonCount = 0;
  const finish = (failure) => {
    if (nonJsonCount > 0) {
      warnings.push(`skipped ${nonJsonCount} non-JSON stdout line(s): ${nonJson.map((l) => JSON.stringify(l)).join(", ")}`);
    }
    const result = {
      success: failure === void 0,
      SESSION_ID: sessionId,
      agent_messages: messages.join("\n\n"),
      last_message: messages.at(-1) ?? null,
      ...opts.returnAllMessages ? { all_messages: events } : {},
      usage,
      ...failure ? { error: failure.toJSON() } : {},
      warnings
    };
    if (failure) Object.defineProperty(result, "failure", { value: failure, enumerable: false });
    return result;
  };
  const chars = promptChars(opts.prompt);
  if (chars > MAX_PROMPT_CHARS) return finish(new PromptTooLargeError(chars, MAX_PROMPT_CHARS));
  if (opts.sessionId !== void 0 && !isThreadId(opts.sessionId)) return finish(new SessionNotFoundError(opts.sessionId));
  if (opts.signal?.aborted) return finish(new CancelledError());
  const env = buildEnv(opts.env);
  let bin;
  try {
    bin = opts.bin ?? resolveCodexBin(env);
  } catch (e) {
    if (e instanceof CodexCollabError) return finish(e);
    throw e;
  }
  const noCredentials = await missingCredentials(env, bin);
  if (noCredentials) return finish(noCredentials);
  const args = buildCodexArgs({
    ...opts.sandbox ? { sandbox: opts.sandbox } : {},
    ...opts.sessionId ? { sessionId: opts.sessionId } : {},
    ...opts.model ? { model: opts.model } : {},
    ...opts.effort ? { effort: opts.effort } : {},
    ...opts.outputSchemaFile ? { outputSchemaFile: opts.outputSchemaFile } : {}
  });
  const { child: sub, ended } = await startProcess(bin, args, { cwd: opts.cwd, env, detached: !isWindows });
  const pid = sub.pid;
  let exited = false;
  sub.once("exit", () => exited = true);
  let gateError = null;
  let stopping = false;
  let stopReason = null;
  let graceTimer;
  let stoppedAt = 0;
  const stoppedGroups = /* @__PURE__ */ new Set();
  const stop = (reason) => {
    if (stopping || pid === void 0) return;
    stopping = true;
    stoppedAt = Date.now();
    if (!exited) stopReason = reason;
    for (const g of treeGroups(pid)) stoppedGroups.add(g);
    signalGroups(pid, stoppedGroups, "SIGTERM");
    graceTimer = setTimeout(() => {
      for (const g of treeGroups(pid)) stoppedGroups.add(g);
      signalGroups(pid, stoppedGroups, "SIGKILL");
    }, graceMs);
  };
  const wallTimer = setTimeout(() => stop("TIMEOUT"), timeoutMs);
  const idleTimer = setTimeout(() => stop("IDLE_TIMEOUT"), idleTimeoutMs);
  const onAbort = () => stop("CANCELLED");
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  const onProcessExit = () => {
    if (pid !== void 0) signalGroups(pid, treeGroups(pid), "SIGTERM");
  };
  process.on("exit", onProcessExit);
  const writePrompt = () => {
    if (!stopping) sub.stdin?.end(opts.prompt);
  };
  if (opts.promptGate === void 0) writePrompt();
  else {
    opts.promptGate.then(writePrompt, (error) => {
      gateError = { error };
      sub.stdin?.end();
    });
  }
  const handleEvent = (ev) => {
    switch (ev.type) {
      case "thread.started":
        sessionId = ev.thread_id;
        if (opts.sessionId && ev.thread_id.toLowerCase() !== opts.sessionId.toLowerCase()) stop("SESSION_MISMATCH");
        break;
      case "turn.completed":
        turnCompleted = true;
        usage.input_tokens += ev.usage.input_tokens;
        usage.cached_input_tokens += ev.usage.cached_input_tokens;
        usage.output_tokens += ev.usage.output_tokens;
        usage.reasoning_output_tokens += ev.usage.reasoning_output_tokens;
        break;
      case "turn.failed":
        turnFailed = ev.error.message || lastError || "Codex reported a failed turn.";
        break;
      case "error":
        if (RECONNECT_RE.test(ev.message)) warnings.push(ev.message);
        else lastError = ev.message;
        break;
      case "item.completed":
        if (ev.item.type === "agent_message") messages.push(ev.item.text);
        else if (ev.item.type === "error") warnings.push(ev.item.message);
        break;
      default:
        break;
    }
  };
  const stdoutDone = new Promise((resolve) => {
    if (!sub.stdout) return resolve();
    const rl = createInterface({ input: sub.stdout, crlfDelay: Infinity });
    rl.on("line", (line) => {
      idleTimer.refresh();
      const ev = parseEventLine(line);
      if (ev === null) {
        if (line.trim() === "") return;
        nonJsonCount++;
        if (nonJson.length < 5) nonJson.push(line.length > 200 ? `${line.slice(0, 200)}\u2026` : line);
        return;
      }
      if (opts.returnAllMessages) events.push(ev);
      handleEvent(ev);
      if (opts.onEvent) {
        try {
          opts.onEvent(ev);
        } catch (e) {
          warnings.push(`onEvent callback threw: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    });
    rl.once("close", () => resolve());
  });
  let stderr = "";
  const decoder = new StringDecoder("utf8");
  sub.stderr?.on("data", (chunk) => {
    stderr += decoder.write(chunk);
    if (stderr.length > 32768) stderr = stderr.slice(-16384);
  });
  const res = await ended;
  await stdoutDone;
  stderr += decoder.end();
  clearTimeout(wallTimer);
  clearTimeout(idleTimer);
  clearTimeout(graceTimer);
  opts.signal?.removeEventListener("abort", onAbort);
  process.off("exit", onProcessExit);
  if (pid !== void 0 && !isWindows) {
    const groups = /* @__PURE__ */ new Set([pid, ...stoppedGroups]);
    if (stopping) await waitGroupsGone(groups, Math.max(0, stoppedAt + graceMs - Date.now()));
    signalGroups(pid, groups, "SIGKILL");
    if (stopping) await waitGroupsGone(groups, 5e3);
  }
  const stderrTail = tailLines(stderr, STDERR_TAIL_LINES);
  const classify = (message) => AUTH_RE.test(message) ? new CodexAuthError(message) : new CodexFailedError(message, stderrTail);
  const secs = (ms) => Math.round(ms / 100) / 10;
  if (opts.promptGate !== void 0 && gateError === null) await opts.promptGate.catch((error) => gateError = { error });
  const gate = gateError;
  if (gate) throw gate.error;
  if (res.errorCode === "ENOENT") return finish(new CodexNotFoundError(bin, { cause: res.cause }));
  const stopped = stopReason;
  if (stopped === "CANCELLED") return finish(new CancelledError());
  if (stopped === "TIMEOUT") return finish(new TimeoutError("TIMEOUT", secs(timeoutMs)));
  if (stopped === "IDLE_TIMEOUT") return finish(new TimeoutError("IDLE_TIMEOUT", secs(idleTimeoutMs)));
  if (stopped === "SESSION_MISMATCH") {
    sessionId = null;
    return finish(new SessionNotFoundError(opts.sessionId ?? ""));
  }
  if (turnFailed !== null) return finish(classify(turnFailed));
  if (res.exitCode !== 0) {
    if (opts.sessionId && NO_SESSION_RE.test(stderr)) return finish(new SessionNotFoundError(opts.sessionId));
    if (lastError !== null) return finish(classify(lastError));
    const how = res.signal ? `was killed by ${res.signal}` : res.exitCode === void 0 ? `could not run (${res.errorMessage})` : `exited with code ${res.exitCode}`;
    const authLine = stderrTail.split("\n").reverse().find((l) => AUTH_RE.test(l));
    if (authLine) return finish(new CodexAuthError(authLine.trim()));
    return finish(new CodexFailedError(`Codex ${how} before finishing the turn.`, stderrTail));
  }
  if (!turnCompleted) return finish(new CodexFailedError("Codex exited without completing the turn (no turn.completed event).", stderrTail));
  return finish();
}

// src/redact/values.ts
var MARKER_PREFIX = "[REDACTED:";
function marker(kind) {
  return `${MARKER_PREFIX}${kind}]`;
}
var Tally = class {
  count = 0;
  kinds = {};
  add(kind) {
    this.count++;
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
    return marker(kind);
  }
};
var PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
  "changeme",
  "changeit",
  "password",
  "passwd",
  "secret",
  "token",
  "apikey",
  "key",
  "example",
  "sample",
  "placeholder",
  "redacted",
  "dummy",
  "fake",
  "test",
  "todo",
  "tbd",
  "none",
  "null",
  "nil",
  "undefined",
  "true",
  "false",
  "foo",
  "bar",
  "baz",
  "foobar",
  "string",
  "required",
  "optional",
  "notset",
  "unset",
  "empty",
  "default",
  "secretkey",
  "accesstoken",
  "xxx"
]);
function isPlaceholder(value) {
  const t = value.trim();
  if (t === "") return true;
  if (t.includes(MARKER_PREFIX)) return true;
  if (/^<[^<>]*>$/.test(t)) return true;
  if (/\$\{|\{\{|\$\(|#\{|%\(/.test(t)) return true;
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(t) || /^%[A-Za-z_][A-Za-z0-9_]*%$/.test(t)) return true;
  if (/^\{[A-Za-z_][\w.]*\}$/.test(t) || /%[sdr]|\{\d*\}/.test(t)) return true;
  if (/^(.)\1*$/s.test(t) || t === "\u2026") return true;
  if (/x{4,}|X{4,}|\*{3,}|\.{3}|…/.test(t)) return true;
  if (PLACEHOLDER_WORDS.has(t.toLowerCase().replace(/[-_ .]/g, ""))) return true;
  if (/^(?:your|insert|enter|replace|paste)(?:[-_ .]|[A-Z])/i.test(t)) return true;
  if (/(?:^|[-_ .])(?:here|placeholder|example|sample|dummy|fake|changeme)(?:$|[-_ .])/i.test(t)) return true;
  return false;
}
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[\s_.\-]+/).filter((w) => w !== "").map((w) => w.toLowerCase());
}
function isWordLike(piece) {
  if (/^\d{1,4}$/.test(piece)) return true;
  const m = /^([A-Za-z]+)\d{0,3}$/.exec(piece);
  if (!m) return false;
  const letters = m[1];
  if (letters === letters.toLowerCase() || letters === letters.toUpperCase() || /^[A-Z][a-z]+$/.test(letters)) return true;
  const parts = letters.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(" ");
  return parts.length * 3 <= letters.length && parts.every((w) => /^(?:[A-Z]?[a-z]+|[A-Z]+)$/.test(w));
}
function isMadeOfWords(value) {
  return value.split(/[^A-Za-z0-9]+/).every((p) => p === "" || isWordLike(p));
}
function looksRandom(value) {
  if (value.length < 16 || value.length > 4096 || /[\s()[\]{}<>,;'"`]/.test(value)) return false;
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  if (classes < 2) return false;
  if (entropy(value) < 3) return false;
  return !isMadeOfWords(value);
}

// src/redact/assignments.ts
var KEYWORD_RE = /pass(?:word|wd|phrase)?|pwd|secret|token|credential|creds|auth|key/gi;
var MAX_NAME = 128;
var MAX_VALUE = 4096;
var PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "passphrase"]);
var SHORT_PASSWORD_WORDS = /* @__PURE__ */ new Set(["pass", "pwd", "pw"]);
var SECRET_WORDS = /* @__PURE__ */ new Set(["secret", "token", "credential", "credentials", "creds", "apikey", "secretkey", "accesskey", "privatekey"]);
var SECRET_KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "api",
  "access",
  "private",
  "secret",
  "signing",
  "encryption",
  "master",
  "account",
  "shared",
  "client",
  "app",
  "license",
  "subscription",
  "auth",
  "session",
  "hmac",
  "jwt",
  "ssh",
  "deploy",
  "admin",
  "root",
  "service"
]);
var NON_SECRET_SUFFIXES = /* @__PURE__ */ new Set([
  "name",
  "names",
  "type",
  "types",
  "file",
  "files",
  "path",
  "paths",
  "dir",
  "directory",
  "url",
  "uri",
  "urls",
  "endpoint",
  "host",
  "hostname",
  "id",
  "ids",
  "length",
  "len",
  "size",
  "count",
  "min",
  "max",
  "ttl",
  "expiry",
  "expires",
  "expiration",
  "expired",
  "timeout",
  "at",
  "version",
  "arn",
  "ref",
  "header",
  "headers",
  "prefix",
  "suffix",
  "field",
  "fields",
  "env",
  "var",
  "label",
  "placeholder",
  "hint",
  "regex",
  "pattern",
  "policy",
  "rule",
  "rules",
  "required",
  "enabled",
  "disabled",
  "visible",
  "input",
  "error",
  "errors",
  "message",
  "msg",
  "text",
  "title",
  "description",
  "format",
  "provider",
  "source",
  "store",
  "manager",
  "generator",
  "validator",
  "schema",
  "kind",
  "mode",
  "strategy",
  "location",
  "index",
  "idx",
  "param",
  "params",
  "option",
  "options",
  "handler",
  "callback",
  "fn",
  "func",
  "method",
  "class",
  "component",
  "module",
  "reset",
  "changed",
  "updated",
  "created",
  "limit",
  "limits",
  "usage",
  "used",
  "budget",
  "encoding",
  "algorithm",
  "alg",
  "column",
  "status",
  "flag",
  "exists",
  "valid",
  "invalid",
  "strength",
  "icon",
  "button",
  "link",
  "page",
  "view",
  "route",
  "form",
  "dialog",
  "modal",
  "test",
  "tests",
  "spec",
  "mock",
  "fixture",
  "example",
  "sample",
  "template",
  "keys"
]);
var CODE_WORDS = /* @__PURE__ */ new Set([
  "string",
  "str",
  "number",
  "int",
  "integer",
  "float",
  "double",
  "bool",
  "boolean",
  "bytes",
  "any",
  "unknown",
  "never",
  "object",
  "void",
  "null",
  "nil",
  "none",
  "undefined",
  "true",
  "false",
  "yes",
  "no",
  "on",
  "off",
  "required",
  "optional",
  "secret",
  "secretstr",
  "password",
  "token",
  "new",
  "await",
  "function",
  "lambda",
  "self",
  "this",
  "char",
  "text",
  "varchar",
  "blob",
  "uuid"
]);
function isIdentChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45 || c === 46;
}
function categorize(name) {
  if (name === "_auth" || name === "_authToken") return "secret";
  const ws = words(name);
  const lastWord = ws[ws.length - 1];
  if (lastWord === void 0 || NON_SECRET_SUFFIXES.has(lastWord)) return null;
  if (ws.some((w) => PASSWORD_WORDS.has(w) || /(?:password|passwd|passphrase)$/.test(w))) return "password";
  if (SHORT_PASSWORD_WORDS.has(lastWord) && !(ws.length === 1 && lastWord === "pwd")) return "password";
  if (ws.some((w) => SECRET_WORDS.has(w) || /(?:secret|token|apikey)$/.test(w))) return "secret";
  for (let i = 1; i < ws.length; i++) if (ws[i] === "key" && SECRET_KEY_QUALIFIERS.has(ws[i - 1])) return "secret";
  if (lastWord === "key" || lastWord === "auth") return "weak";
  return null;
}
function hasOnlyShortPasswordWord(name) {
  return !words(name).some((w) => /(?:password|passwd|passphrase)$/.test(w));
}
function contextOf(text, start, flag) {
  if (flag) return "flag";
  const before = text.charCodeAt(start - 1);
  if (before === 63 || before === 38) return "query";
  if (before === 59) return "connection";
  if (before === 58 && text.charCodeAt(start - 2) === 47) return "npmrc";
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 64 && text[lineStart - 1] !== "\n") lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== "\n") return "inline";
  const prefix = text.slice(lineStart, start);
  return /^[+\- ]?[ \t]*(?:(?:export|set|setx|declare|local|readonly|ENV|ARG)[ \t]+|-[ \t]+)?["']?$/.test(prefix) ? "line" : "inline";
}
function parseValue(text, nameStart, pos, context) {
  const openQuote = text[nameStart - 1];
  let p = pos;
  if ((openQuote === '"' || openQuote === "'") && text[p] === openQuote) {
    p++;
    if (text[nameStart - 2] === "[" && text[p] === "]") p++;
  }
  if (openQuote === "<" && text[p] === ">") return xmlValue(text, p + 1, text.slice(nameStart, pos));
  const spaceStart = p;
  while (p - spaceStart < 16 && (text[p] === " " || text[p] === "	")) p++;
  const spaced = p > spaceStart;
  const c = text[p];
  const n = text[p + 1];
  let sep = 0;
  if (c === ":" && n === "=") sep = 2;
  else if (c === "=" && n === ">") sep = 2;
  else if (c === "=" && n !== "=" && n !== "~") sep = 1;
  else if (c === ":" && n !== ":") sep = 1;
  else if (context === "flag" && spaced && c !== void 0 && c !== "-" && c !== "\n" && c !== "\r") sep = 0;
  else return null;
  p += sep;
  const afterSep = p;
  while (p - afterSep < 64 && (text[p] === " " || text[p] === "	")) p++;
  if (/^[bBrRuU]{1,2}["']/.test(text.slice(p, p + 3))) p += /^[bBrRuU]{2}/.test(text.slice(p, p + 2)) ? 2 : 1;
  const q = text[p];
  if (q === '"' || q === "'" || q === "`") {
    const close = closingQuote(text, p + 1, q);
    return close === -1 ? null : { start: p + 1, end: close, quoted: true };
  }
  return unquotedValue(text, p, context, openQuote);
}
function closingQuote(text, from, quote) {
  const limit = Math.min(text.length, from + MAX_VALUE);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === quote) return i;
    else if (ch === "\n") return -1;
  }
  return -1;
}
function xmlValue(text, from, tag) {
  const limit = Math.min(text.length, from + 1024);
  let close = from;
  while (close < limit && text[close] !== "<" && text[close] !== "\n") close++;
  return text.startsWith(`</${tag}>`, close) ? { start: from, end: close, quoted: true } : null;
}
function unquotedValue(text, from, context, openQuote) {
  const limit = Math.min(text.length, from + MAX_VALUE);
  let end = from;
  if (context === "query") {
    while (end < limit && !/[&;#\s"'<>]/.test(text[end])) end++;
  } else if (context === "connection") {
    while (end < limit && !/[;"'\r\n]/.test(text[end])) end++;
  } else if (context === "env") {
    while (end < limit && !/\s/.test(text[end])) end++;
  } else if (context === "quoted-header") {
    while (end < limit && text[end] !== openQuote && text[end] !== "\n") end++;
  } else if (context === "line" || context === "npmrc") {
    while (end < limit && text[end] !== "\n" && text[end] !== "\r") end++;
    const raw = text.slice(from, end);
    const comment = /[ \t](?:#|\/\/)/.exec(raw);
    let value = (comment ? raw.slice(0, comment.index) : raw).trimEnd();
    if (/[,;]$/.test(value)) value = value.slice(0, -1);
    end = from + value.length;
  } else {
    while (end < limit && !/[\s,;)}\]"'`]/.test(text[end])) end++;
  }
  return end > from ? { start: from, end, quoted: false } : null;
}
function isIdentifierShaped(value) {
  return /^[A-Za-z_$][\w$]*$/.test(value) && words(value.replace(/\$/g, "")).every((w) => /^[a-z]+\d{0,3}$/.test(w) && isWordLike(w));
}
function isCodeValue(value, name, syntax) {
  if (/[([{<$]|->|::/.test(value)) return true;
  if (/^[*&!@%|>]/.test(value)) return true;
  if (CODE_WORDS.has(value.toLowerCase())) return true;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return true;
  if (!/^[A-Za-z_$][\w$]*$/.test(value)) return false;
  if (syntax.sepIsColon && /^[A-Z][A-Za-z]*$/.test(value) && !/^[A-Z]+$/.test(value)) return true;
  if (words(value).some((w) => words(name).includes(w))) return true;
  if (syntax.codeTerminated) return true;
  const codeName = !name.includes(".") || /^(?:self|this|cls|that)\./.test(name);
  return syntax.spacedEquals && codeName && !/^[A-Z0-9_]+$/.test(name) && isIdentifierShaped(value);
}
function isProse(value) {
  return /\s/.test(value) && /^[\p{L}][\p{L}\p{M}'’,.!?:;()\- ]*$/u.test(value) && value.split(/\s+/).length >= 2;
}
function decide(category, name, raw, v, syntax) {
  const value = raw.trim();
  if (value.startsWith(MARKER_PREFIX) || isPlaceholder(value)) return false;
  const nameWords = words(name);
  const valueWords = words(value);
  if (valueWords.every((w) => nameWords.includes(w))) return false;
  if (isMadeOfWords(value) && valueWords.some((w) => nameWords.includes(w) && categorize(w) !== null)) return false;
  if (syntax.context === "env" && !v.quoted) {
    if (category === "weak") return looksRandom(value);
    return value.length >= 4 && !CODE_WORDS.has(value.toLowerCase()) && !/^[A-Za-z_$][\w$.]*\(.*\)$/.test(value);
  }
  if (category === "password" && hasOnlyShortPasswordWord(name) && isMadeOfWords(value)) return false;
  if (!v.quoted && isCodeValue(value, name, syntax)) return false;
  if (category === "weak") return looksRandom(value);
  if (category === "secret" && (value.length < 8 || /\s/.test(value))) return false;
  if (category === "password" && value.length < 4) return false;
  if (syntax.context === "flag" && /^[a-z]+$/.test(value)) return false;
  if (v.quoted) {
    if (isProse(value) && !/passphrase/i.test(name)) return false;
  } else {
    if (/\s/.test(value)) return false;
    if (syntax.context === "inline" && !looksRandom(value)) return false;
  }
  return !(category === "secret" && isMadeOfWords(value));
}
function kindOf(category, name, value) {
  const ws = words(name);
  if (/^[A-Za-z0-9/+=]{40}$/.test(value) && (ws.includes("aws") || ws.includes("secret") && ws.includes("access"))) return "aws-secret-key";
  return category === "password" ? "password" : "secret";
}
function redactAssignments(text, tally) {
  let out = "";
  let last = 0;
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(text); m; m = KEYWORD_RE.exec(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < MAX_NAME && isIdentChar(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && end - start <= MAX_NAME && isIdentChar(text.charCodeAt(end))) end++;
    if (end - start > MAX_NAME || start > 0 && isIdentChar(text.charCodeAt(start - 1))) {
      while (end < text.length && isIdentChar(text.charCodeAt(end))) end++;
      KEYWORD_RE.lastIndex = end;
      continue;
    }
    KEYWORD_RE.lastIndex = end;
    if (start < last) continue;
    let nameStart = start;
    while (text[nameStart] === "-" || text[nameStart] === ".") nameStart++;
    let nameEnd = end;
    while (nameEnd > nameStart && (text[nameEnd - 1] === "-" || text[nameEnd - 1] === ".")) nameEnd--;
    const name = text.slice(nameStart, nameEnd);
    const category = categorize(name);
    if (category === null) continue;
    const flag = nameStart - start >= 2 && text[start] === "-" && text[start + 1] === "-";
    let context = contextOf(text, start, flag);
    const openQuote = text[start - 1];
    if ((openQuote === '"' || openQuote === "'") && text[nameEnd] !== openQuote) {
      if (text.startsWith(": ", nameEnd)) context = "quoted-header";
      else if (text[nameEnd] === "=") context = "query";
      else continue;
    }
    if ((context === "line" || context === "inline") && text[nameEnd] === "=" && text[nameEnd + 1] !== "=" && /^[A-Z][A-Z0-9_]*$/.test(name)) {
      context = "env";
    }
    const v = parseValue(text, start, nameEnd, context);
    if (v === null) continue;
    const raw = text.slice(v.start, v.end);
    const after = text.slice(nameEnd, nameEnd + 20);
    const syntax = {
      context,
      sepIsColon: /^["']?[ \t]*:(?!=)/.test(after),
      spacedEquals: /^["']?[ \t]+=/.test(after),
      codeTerminated: /^[ \t]*[,;]/.test(text.slice(v.end, v.end + 20))
    };
    if (!decide(category, name, raw, v, syntax)) continue;
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    out += text.slice(last, v.start + lead) + tally.add(kindOf(category, name, raw.trim()));
    last = v.end - trail;
    KEYWORD_RE.lastIndex = Math.max(end, last);
  }
  return out + text.slice(last);
}

// src/redact/keys.ts
var BEGIN_RE = /-----BEGIN ((?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?)-----/g;
var MAX_BLOCK = 64 * 1024;
var MAX_LINE = 4096;
var BODY_LINE_RE = /^[+\- ]?[ \t]*(?:[A-Za-z0-9+/=]+|(?:Proc-Type|DEK-Info|Comment|Version|Hash):.*)?[ \t]*\r?$/;
var INLINE_BODY_RE = /(?:\\n|\\r|[A-Za-z0-9+/=]){1,65536}/y;
var SPACED_BODY_RE = /[ \t]?(?:\\n|\\r|[A-Za-z0-9+/= ]){1,65536}/y;
function blockEnd(text, bodyStart, label) {
  const endLine = `-----END ${label}-----`;
  SPACED_BODY_RE.lastIndex = bodyStart;
  if (SPACED_BODY_RE.test(text) && text.startsWith(endLine, SPACED_BODY_RE.lastIndex)) return SPACED_BODY_RE.lastIndex + endLine.length;
  INLINE_BODY_RE.lastIndex = bodyStart;
  if (INLINE_BODY_RE.test(text)) {
    const e = INLINE_BODY_RE.lastIndex;
    return text.startsWith(endLine, e) ? e + endLine.length : e;
  }
  const afterHeader = /^[ \t]*\r?\n/.exec(text.slice(bodyStart, bodyStart + 64));
  if (!afterHeader) return bodyStart;
  let end = bodyStart;
  let lineStart = bodyStart + afterHeader[0].length;
  while (lineStart < text.length && lineStart - bodyStart < MAX_BLOCK) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LINE + 1));
    const endAt = /^[+\- ]?[ \t]*/.exec(line)[0].length;
    if (line.startsWith(endLine, endAt)) return lineStart + endAt + endLine.length;
    if (line.length > MAX_LINE || !BODY_LINE_RE.test(line)) break;
    if (line.trim().replace(/^[+-]/, "") !== "") end = lineEnd;
    lineStart = lineEnd + 1;
  }
  return end;
}
function redactPrivateKeys(text, tally) {
  if (text.includes("PRIVATE KEY")) {
    let out = "";
    let last = 0;
    BEGIN_RE.lastIndex = 0;
    for (let m = BEGIN_RE.exec(text); m; m = BEGIN_RE.exec(text)) {
      const bodyStart = m.index + m[0].length;
      const end = blockEnd(text, bodyStart, m[1]);
      if (end === bodyStart) continue;
      out += text.slice(last, m.index) + tally.add("private-key");
      last = end;
      BEGIN_RE.lastIndex = end;
    }
    text = out + text.slice(last);
  }
  if (text.includes("Private-Lines:")) {
    text = text.replace(
      /(Private-Lines:[ \t]*\d{1,4}[ \t]*\r?\n)(?:[+\- ]?[ \t]*[A-Za-z0-9+/=]{1,200}[ \t]*\r?\n){1,500}/g,
      (_, head) => `${head}${tally.add("private-key")}
`
    );
  }
  if (text.includes("AGE-SECRET-KEY-")) {
    text = text.replace(/(?<![A-Za-z0-9-])AGE-SECRET-KEY-1[0-9A-Z]{58}(?![A-Za-z0-9])/g, () => tally.add("private-key"));
  }
  return text;
}

// src/redact/patterns.ts
var mixedCaseAndDigits = (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);
var notPlaceholder = (s) => !isPlaceholder(s);
var isCodePath = (s) => /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(s) && isMadeOfWords(s);
var PATTERN_RULES = [
  // Anthropic before OpenAI: both start with "sk-".
  { kind: "anthropic-key", needle: "sk-ant-", re: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-(?:api|admin|sid|oat|ort)\d{2}-[A-Za-z0-9_-]{20,400})/g },
  {
    kind: "openai-key",
    needle: "sk-",
    re: /(?<![A-Za-z0-9_-])(?<secret>sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,400})(?![A-Za-z0-9_-])/g,
    accept: mixedCaseAndDigits
  },
  { kind: "github-token", needle: /gh[pousr]_|github_pat_/, re: /(?<![A-Za-z0-9_])(?<secret>(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,251})(?![A-Za-z0-9_])/g },
  { kind: "gitlab-token", needle: "gl", re: /(?<![A-Za-z0-9_-])(?<secret>(?:glpat|gldt|glrt|glptt|glft|glimt|glagent|glsoat|glcbt)-[A-Za-z0-9_-]{20,200})/g },
  { kind: "slack-token", needle: /xox|xapp-/, re: /(?<![A-Za-z0-9_-])(?<secret>xox[abposre]-[A-Za-z0-9-]{10,250}|xapp-\d-[A-Za-z0-9-]{10,250})/g },
  { kind: "slack-webhook", needle: "hooks.slack.com", re: /(?<pre>https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/)(?<secret>[A-Za-z0-9_/-]{16,200})/g },
  { kind: "discord-webhook", needle: "/api/webhooks/", re: /(?<pre>https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/)(?<secret>[A-Za-z0-9_-]{20,200})/g },
  { kind: "stripe-key", needle: /_live_|_test_|whsec_/, re: /(?<![A-Za-z0-9_])(?<secret>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,250}|whsec_[A-Za-z0-9+/=]{20,250})(?![A-Za-z0-9_])/g },
  { kind: "npm-token", needle: "npm_", re: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g },
  { kind: "pypi-token", needle: "pypi-", re: /(?<![A-Za-z0-9_-])(?<secret>pypi-AgE[A-Za-z0-9_-]{50,1000})/g },
  { kind: "gcp-api-key", needle: "AIza", re: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g },
  { kind: "google-oauth", needle: /GOCSPX-|ya29\./, re: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28}|ya29\.[0-9A-Za-z_-]{20,2000})/g },
  { kind: "aws-access-key-id", needle: /A(?:KIA|SIA|BIA|CCA)/, re: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])/g },
  { kind: "azure-client-secret", needle: "Q~", re: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g },
  { kind: "huggingface-token", needle: "hf_", re: /(?<![A-Za-z0-9_])(?<secret>hf_[A-Za-z0-9]{34,40})(?![A-Za-z0-9_])/g },
  { kind: "sendgrid-key", needle: "SG.", re: /(?<![A-Za-z0-9_])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g },
  { kind: "twilio-key", needle: "SK", re: /(?<![A-Za-z0-9])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9])/g },
  { kind: "mailgun-key", needle: "key-", re: /(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-f]{32})(?![A-Za-z0-9])/g },
  { kind: "digitalocean-token", needle: "_v1_", re: /(?<![A-Za-z0-9_])(?<secret>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9])/g },
  { kind: "shopify-token", needle: "shp", re: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32})(?![A-Za-z0-9])/g },
  { kind: "docker-token", needle: "dckr_", re: /(?<![A-Za-z0-9_])(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,100})/g },
  { kind: "vault-token", needle: /hv[sbr]\./, re: /(?<![A-Za-z0-9_.-])(?<secret>hv[sbr]\.[A-Za-z0-9_-]{24,250})/g },
  { kind: "databricks-token", needle: "dapi", re: /(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9])/g },
  { kind: "grafana-token", needle: /gl(?:sa|c)_/, re: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})/g },
  { kind: "telegram-bot-token", needle: ":AA", re: /(?<![A-Za-z0-9_:])(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g },
  {
    kind: "jwt",
    needle: "eyJ",
    re: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,8192}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,8192})(?![A-Za-z0-9_-])/g
  },
  // scheme://user:password@host — keep the user and the host.
  {
    kind: "url-password",
    needle: "://",
    re: /(?<![A-Za-z0-9+.-])(?<pre>[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/[^\s:@/?#"'`<>[\]]{0,256}:)(?<secret>[^\s@/?#"'`<>]{1,256})(?=@[^\s@/?#"'`<>]{1,256})/g,
    accept: notPlaceholder
  },
  // Authorization: <scheme> <credentials>, as a header line, a curl -H argument or a headers object entry.
  {
    kind: (g) => /^basic/i.test(g.scheme ?? "") ? "basic-auth" : "bearer-token",
    needle: /authorization/i,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:proxy-)?authorization["']?[ \t]{0,8}[:=][ \t]{0,8}["'`]?[ \t]{0,8}(?<scheme>(?:bearer|basic|token|digest|bot|apikey|sso-key)[ \t]{1,8})?)(?<secret>[^\s"'`,;<>(){}[\]$]{8,4096})(?![(\[])/gi,
    // Without a scheme the value must look generated: `authorization = self.headers.get(...)` is code.
    accept: (secret, groups) => notPlaceholder(secret) && !isCodePath(secret) && (groups.scheme !== void 0 || looksRandom(secret))
  },
  // A bare "Bearer <token>" elsewhere: only when the token looks generated, so prose stays intact.
  { kind: "bearer-token", needle: /bearer/i, re: /(?<pre>(?<![A-Za-z0-9_-])bearer[ \t]{1,8})(?<secret>[A-Za-z0-9._~+/-]{16,4096}=*)/gi, accept: looksRandom },
  // Azure storage / service bus connection strings and SAS signatures.
  {
    kind: "azure-key",
    needle: /Shared|AccountKey/,
    re: /(?<pre>(?<![A-Za-z0-9])(?:AccountKey|SharedAccessKey|SharedSecret|SharedAccessSignature)=)(?<secret>[^;"'\s]{8,2048})/g,
    accept: notPlaceholder
  },
  { kind: "azure-sas", needle: "sig=", re: /(?<pre>[?&]sig=)(?<secret>[A-Za-z0-9%+/=]{16,512})/g },
  // .netrc / _netrc: machine <host> login <user> password <password>.
  {
    kind: "password",
    needle: "machine",
    re: /(?<pre>(?<![A-Za-z0-9_-])machine[ \t]+\S{1,256}(?:\s{1,16}login[ \t]+\S{1,256})?\s{1,16}password[ \t]+)(?<secret>[^\s"'`]{1,256})/g,
    accept: notPlaceholder
  },
  // curl -u user:password / --user=user:password.
  {
    kind: "password",
    needle: /-u|--user/,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:-u|--user)(?:[ \t]{1,8}|=)["']?[^\s:"'@$]{1,128}:)(?<secret>[^\s"'@]{1,256})/g,
    accept: notPlaceholder
  }
];
function hasNeedle(text, needle) {
  if (needle === void 0) return true;
  return typeof needle === "string" ? text.includes(needle) : needle.test(text);
}
function redactPatterns(text, tally) {
  for (const rule of PATTERN_RULES) {
    if (!hasNeedle(text, rule.needle)) continue;
    text = text.replace(rule.re, (...args) => {
      const match = args[0];
      const groups = args[args.length - 1];
      const secret = groups.secret ?? "";
      if (rule.accept && !rule.accept(secret, groups)) return match;
      const kind = typeof rule.kind === "function" ? rule.kind(groups) : rule.kind;
      return `${groups.pre ?? ""}${tally.add(kind)}`;
    });
  }
  return text;
}

// src/redact/files.ts
var EXACT_NAMES = /* @__PURE__ */ new Set([
  ".env",
  ".envrc",
  ".npmrc",
  ".pypirc",
  ".netrc",
  "_netrc",
  ".git-credentials",
  ".htpasswd",
  ".pgpass",
  ".my.cnf",
  ".dockercfg",
  "credentials.json",
  "credentials.yml",
  "credentials.yaml",
  "client_secrets.json",
  "secrets.json",
  "secrets.yml",
  "secrets.yaml",
  "secrets.toml",
  "service-account.json",
  "service_account.json",
  "serviceaccount.json",
  "terraform.tfstate",
  "terraform.tfstate.backup"
]);
var EXTENSIONS = [".pem", ".key", ".p12", ".pfx", ".p8", ".jks", ".keystore", ".ppk", ".kdbx", ".tfstate", ".tfstate.backup", ".env"];
var SOURCE_EXT_RE = /\.(?:[cm]?[jt]sx?|py|go|rs|rb|java|kt|c|h|cc|cpp|cs|swift|php|md|txt|json|ya?ml|toml|sh)$/;
var ENV_TEMPLATE_SUFFIXES = /* @__PURE__ */ new Set(["example", "sample", "template", "dist", "defaults"]);
function isSecretFile(path) {
  const segments = path.split(/[\\/]+/).filter((s) => s !== "");
  const base = (segments[segments.length - 1] ?? "").toLowerCase();
  if (base === "") return false;
  const dirs = segments.slice(0, -1).map((s) => s.toLowerCase());
  const parent = dirs[dirs.length - 1];
  if (base.startsWith(".env.")) return !ENV_TEMPLATE_SUFFIXES.has(base.slice(".env.".length));
  if (EXACT_NAMES.has(base)) return true;
  if (EXTENSIONS.some((ext) => base.endsWith(ext) && base.length > ext.length)) return true;
  if (/^id_(?:rsa|dsa|ecdsa|ed25519)(?:[._-]|$)/.test(base) && !SOURCE_EXT_RE.test(base)) return true;
  if (/^client_secret.*\.json$/.test(base) || /service[-_]?account.*\.json$/.test(base)) return true;
  if (dirs.includes(".ssh")) return true;
  if (parent === ".aws" && (base === "credentials" || base === "config")) return true;
  if (parent === ".docker" && base === "config.json") return true;
  if (parent === ".kube" && base === "config") return true;
  return false;
}

// src/redact/index.ts
function redact(text) {
  const tally = new Tally();
  let out = redactPrivateKeys(text, tally);
  out = redactPatterns(out, tally);
  out = redactAssignments(out, tally);
  return { text: out, count: tally.count, kinds: tally.kinds };
}

// src/workflow/tree.ts
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
    snap.set(path, `${status}:${contentHash(join(root, path))}`);
  }
  return snap;
}
function gitStatus(root) {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--ignore-submodules"],
      { cwd: root, encoding: "utf8", maxBuffer: 100 * 1024 * 1024, windowsHide: true },
      (error, stdout) => resolve(error ? null : stdout)
    );
  });
}
function contentHash(file) {
  try {
    return createHash("sha1").update(readFileSync(file)).digest("hex");
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
async function runTurn(opts) {
  const cwd = opts.cwd ?? opts.root;
  const sandbox = opts.sandbox ?? "read-only";
  const { text: prompt, count, kinds } = redact(opts.prompt);
  const prepared = (async () => {
    const snapshot = sandbox === "read-only" ? await snapshotTree(cwd) : null;
    ensureSession(opts.store, { name: opts.target.name, claudeSessionId: opts.claudeSessionId, task: opts.task, cwd });
    return snapshot;
  })();
  prepared.catch(() => {
  });
  const result = await runCodex({
    promptGate: prepared,
    prompt,
    cwd,
    sandbox,
    sessionId: opts.target.threadId ?? void 0,
    model: opts.model,
    effort: opts.effort,
    outputSchemaFile: opts.outputSchemaFile,
    returnAllMessages: opts.returnAllMessages,
    timeoutMs: opts.timeoutMs,
    idleTimeoutMs: opts.idleTimeoutMs,
    signal: opts.signal,
    onEvent: opts.onEvent,
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
  const session = recordTurn(opts.store, opts.target.name, {
    threadId: result.SESSION_ID,
    usage: result.usage,
    kind: opts.kind,
    // The title is the user's first line: it goes into the state file, so it is redacted like the prompt.
    title: redact(opts.title).text,
    outcome,
    // A failed turn does not advance the flow.
    stage: result.success ? opts.stage : void 0,
    fresh: opts.target.fresh
  });
  return { result, session, redactions: { count, kinds }, violations };
}

export {
  isSecretFile,
  redact,
  claudeSessionId,
  resolveTarget,
  runTurn
};
