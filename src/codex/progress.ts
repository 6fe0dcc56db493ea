// Concise human progress lines for stderr while codex works, e.g. "[15s] running: rg foo".
// Returns null for events not worth a line (deltas, unknown events), so callers print only what matters.
import { redact } from "../redact/index.js";
import { oneLine } from "../text.js";
import type { CodexEvent, CodexItem } from "./events.js";

const MAX_DETAIL = 100;

function clip(text: string, max = MAX_DETAIL): string {
  // Progress shows commands and messages that may quote secrets; redact before the clip can split one.
  return oneLine(redact(text).text, max);
}

/** Codex wraps every command as `/bin/bash -lc '<cmd>'` (or zsh/sh); show only <cmd>. */
export function unwrapShell(command: string): string {
  const m = /^(?:\S*\/)?(?:ba|z)?sh\s+-l?c\s+(['"])([\s\S]*)\1\s*$/.exec(command.trim());
  return m?.[2] ?? command;
}

const READ_COMMANDS = new Set(["cat", "sed", "head", "tail", "nl", "less", "more", "wc", "bat"]);

function commandLine(command: string): string {
  const cmd = unwrapShell(command);
  const first = cmd.trim().split(/\s+/)[0] ?? "";
  return READ_COMMANDS.has(first.replace(/^.*\//, "")) ? `reading files: ${clip(cmd)}` : `running: ${clip(cmd)}`;
}

function itemLine(phase: "item.started" | "item.updated" | "item.completed", item: CodexItem): string | null {
  switch (item.type) {
    case "reasoning":
      return phase === "item.updated" ? null : "thinking";
    case "command_execution":
      if (phase === "item.started") return commandLine(item.command);
      if (phase === "item.completed" && item.exit_code !== undefined && item.exit_code !== null && item.exit_code !== 0) {
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
      return phase === "item.completed" ? (verdictLine(item.text) ?? `message: ${clip(item.text)}`) : null;
    case "error":
      return `warning: ${clip(item.message)}`;
    case "unknown":
      return null;
  }
}

/**
 * A review's answer is a JSON document (--output-schema): show its verdict and counts, not raw JSON. Null for any
 * other message (prose, or JSON without a verdict).
 */
export function verdictLine(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") || !trimmed.includes('"verdict"')) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(trimmed);
  } catch {
    return null;
  }
  const { verdict, findings } = (doc ?? {}) as { verdict?: unknown; findings?: unknown };
  if (typeof verdict !== "string") return null;
  const list = Array.isArray(findings) ? findings : [];
  const counts = new Map<string, number>();
  for (const f of list) {
    const sev = typeof (f as { severity?: unknown })?.severity === "string" ? (f as { severity: string }).severity : "other";
    counts.set(sev, (counts.get(sev) ?? 0) + 1);
  }
  const detail = [...counts].map(([sev, n]) => `${n} ${sev}`).join(", ");
  return `review: ${clip(verdict, 30)}, ${list.length} finding${list.length === 1 ? "" : "s"}${detail ? ` (${clip(detail, 60)})` : ""}`;
}

/** A progress line is printed at least this often, even while codex says nothing (a model thinking for minutes). */
export const HEARTBEAT_EVERY_MS = 15_000;

/** The line printed when nothing was printed for a while: what codex did last, and how long ago. */
export function formatHeartbeat(elapsedMs: number, last: { line: string; atMs: number } | null): string {
  const since = last ? `; last: ${last.line}, ${Math.max(0, Math.floor((elapsedMs - last.atMs) / 1000))}s ago` : "";
  return `${seconds(elapsedMs)} still working${since}`;
}

function seconds(elapsedMs: number): string {
  return `[${Math.max(0, Math.floor(elapsedMs / 1000))}s]`;
}

export function formatProgress(event: CodexEvent, elapsedMs: number): string | null {
  const line = ((): string | null => {
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
