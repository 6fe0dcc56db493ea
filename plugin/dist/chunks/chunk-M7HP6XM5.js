import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  oneLine
} from "./chunk-TAH6EO5F.js";
import {
  print
} from "./chunk-23XL5EZ7.js";
import {
  EXIT
} from "./chunk-CVUZ6IGW.js";

// src/codex/progress.ts
var MAX_DETAIL = 100;
function clip(text, max = MAX_DETAIL) {
  return oneLine(text, max);
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
      return phase === "item.completed" ? `message: ${clip(item.text)}` : null;
    case "error":
      return `warning: ${clip(item.message)}`;
    case "unknown":
      return null;
  }
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

// src/cli/report.ts
function progressPrinter(io, started) {
  return (event) => {
    const line = formatProgress(event, Date.now() - started);
    if (line) print(io.stderr, `codex-collab: ${line}`);
  };
}
function reportTurn(io, outcome, opts = {}) {
  const { result, session, redactions, violations } = outcome;
  if (redactions.count > 0) {
    const kinds = Object.entries(redactions.kinds).map(([k, n]) => `${k}\xD7${n}`).join(", ");
    print(io.stderr, `codex-collab: redacted ${redactions.count} secret${redactions.count === 1 ? "" : "s"} before sending (${kinds})`);
  }
  if (violations.length > 0) print(io.stderr, `codex-collab: WARNING: the working tree changed during a read-only run: ${violations.join(", ")}`);
  if (!result.success && result.error) print(io.stderr, `codex-collab: ${result.error.message}
  \u2192 ${result.error.hint}`);
  else if (!opts.quiet) print(io.stderr, `codex-collab: session ${session.name} (thread ${result.SESSION_ID ?? "none"}), stage ${session.stage}/7`);
}
function turnExitCode(outcome) {
  if (outcome.result.success) return EXIT.OK;
  return outcome.result.failure?.exitCode ?? EXIT.FAILED;
}

export {
  progressPrinter,
  reportTurn,
  turnExitCode
};
