import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  resolveTarget
} from "./chunk-DKVF4M2T.js";
import {
  redact
} from "./chunk-ZWIYQRNR.js";
import {
  openStore
} from "./chunk-5D7ZU3CF.js";
import {
  oneLine
} from "./chunk-XQ3S6CER.js";
import {
  describeRefused,
  loadConfigReport
} from "./chunk-2N2Y57GQ.js";
import {
  UsageError,
  findProjectRoot
} from "./chunk-5EGK72M7.js";

// src/workflow/setup.ts
import { statSync } from "node:fs";
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function stageSetup(input, runtime = {}) {
  if (input.fresh && input.session !== void 0) throw new UsageError("a fresh session and a given session exclude each other: ask for one of them");
  if (!isDirectory(input.cwd)) throw new UsageError(`${input.cwd} is not a directory`, "Give the project directory (or a directory inside it).");
  const root = findProjectRoot(input.cwd);
  const report = loadConfigReport(root, runtime.env);
  for (const line of describeRefused(root, report, runtime.env)) runtime.onConfigNote?.(line);
  const config = report.config;
  const store = openStore(root);
  return {
    root,
    cwd: input.cwd,
    config,
    store,
    target: resolveTarget(store, { ref: input.session, task: input.task, claudeSessionId: input.claudeSessionId, fresh: input.fresh }),
    claudeSessionId: input.claudeSessionId,
    task: input.task,
    model: input.model ?? config.codex.model,
    effort: input.effort ?? config.codex.effort,
    timeoutMs: (input.timeoutSeconds ?? config.codex.timeoutSeconds) * 1e3,
    idleTimeoutMs: (input.idleTimeoutSeconds ?? config.codex.idleTimeoutSeconds) * 1e3,
    signal: runtime.signal,
    onEvent: runtime.onEvent,
    onTick: runtime.onTick,
    env: runtime.env
  };
}
function commonVars(extras) {
  const vars = {};
  if (extras.context) vars.context = extras.context;
  if (extras.constraints) vars.constraints = extras.constraints;
  if (extras.files?.length) vars.files = extras.files;
  return vars;
}

// src/codex/progress.ts
var MAX_DETAIL = 100;
function clip(text, max = MAX_DETAIL) {
  return oneLine(redact(text).text, max);
}
function unwrapShell(command) {
  const m = /^(?:\S*\/)?(?:ba|z)?sh\s+-l?c\s+(['"])([\s\S]*)\1\s*$/.exec(command.trim());
  return m?.[2] ?? command;
}
var READ_COMMANDS = /* @__PURE__ */ new Set(["cat", "sed", "head", "tail", "nl", "less", "more", "wc", "bat"]);
function commandLine(command) {
  const cmd = unwrapShell(command);
  const first = cmd.trim().split(/\s+/)[0] ?? "";
  return READ_COMMANDS.has(first.replace(/^.*\//, "")) ? `reading files: ${clip(cmd)}` : `running: ${clip(cmd)}`;
}
function itemLine(phase, item) {
  switch (item.type) {
    case "reasoning":
      return phase === "item.updated" ? null : "thinking";
    case "command_execution":
      if (phase === "item.started") return commandLine(item.command);
      if (phase === "item.completed" && item.exit_code !== void 0 && item.exit_code !== null && item.exit_code !== 0) {
        return `command exited ${item.exit_code}: ${clip(unwrapShell(item.command), 60)}`;
      }
      return null;
    case "file_change":
      return phase === "item.completed" ? `changed files: ${clip(item.changes.map((c) => c.path).join(", "))}` : null;
    case "mcp_tool_call":
      return phase === "item.started" ? `tool: ${item.server}.${item.tool}` : null;
    case "web_search":
      return phase === "item.started" ? `searching the web: ${clip(item.query)}` : null;
    case "todo_list": {
      const done = item.items.filter((i) => i.completed).length;
      return `plan: ${done}/${item.items.length} done`;
    }
    case "agent_message":
      return phase === "item.completed" ? verdictLine(item.text) ?? `message: ${clip(item.text)}` : null;
    case "error":
      return `warning: ${clip(item.message)}`;
    case "unknown":
      return null;
  }
}
function verdictLine(text) {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") || !trimmed.includes('"verdict"')) return null;
  let doc;
  try {
    doc = JSON.parse(trimmed);
  } catch {
    return null;
  }
  const { verdict, findings } = doc ?? {};
  if (typeof verdict !== "string") return null;
  const list = Array.isArray(findings) ? findings : [];
  const counts = /* @__PURE__ */ new Map();
  for (const f of list) {
    const sev = typeof f?.severity === "string" ? f.severity : "other";
    counts.set(sev, (counts.get(sev) ?? 0) + 1);
  }
  const detail = [...counts].map(([sev, n]) => `${n} ${sev}`).join(", ");
  return `review: ${clip(verdict, 30)}, ${list.length} finding${list.length === 1 ? "" : "s"}${detail ? ` (${clip(detail, 60)})` : ""}`;
}
var HEARTBEAT_EVERY_MS = 15e3;
function formatHeartbeat(elapsedMs, last) {
  const since = last ? `; last: ${last.line}, ${Math.max(0, Math.floor((elapsedMs - last.atMs) / 1e3))}s ago` : "";
  return `${seconds(elapsedMs)} still working${since}`;
}
function seconds(elapsedMs) {
  return `[${Math.max(0, Math.floor(elapsedMs / 1e3))}s]`;
}
function formatProgress(event, elapsedMs) {
  const line = (() => {
    switch (event.type) {
      case "thread.started":
        return `session ${event.thread_id}`;
      case "turn.started":
        return "working";
      case "turn.completed": {
        const u = event.usage;
        const cached = u.cached_input_tokens ? ` (${u.cached_input_tokens} cached)` : "";
        return `done, tokens: ${u.input_tokens} in${cached}, ${u.output_tokens} out`;
      }
      case "turn.failed":
        return `failed: ${clip(event.error.message)}`;
      case "error": {
        const m = /^Reconnecting\.\.\.\s*(\d+)\/(\d+)/.exec(event.message);
        return m ? `reconnecting ${m[1]}/${m[2]}` : `error: ${clip(event.message)}`;
      }
      case "item.started":
      case "item.updated":
      case "item.completed":
        return itemLine(event.type, event.item);
      case "unknown":
        return null;
    }
  })();
  return line === null ? null : `${seconds(elapsedMs)} ${line}`;
}

export {
  stageSetup,
  commonVars,
  HEARTBEAT_EVERY_MS,
  formatHeartbeat,
  formatProgress
};
