// The JSONL events `codex exec --json` prints on stdout, validated with zod/mini.
// Parsing is tolerant by design: codex adds event types, item types and fields between versions, so an
// unknown or malformed event becomes `{ type: "unknown", raw }` (or an item `{ type: "unknown", ... }`),
// extra fields are kept (loose objects), and only a line that is not a JSON object at all is rejected.
import * as z from "zod/mini";
import { Usage } from "../state/schema.js";

const id = z._default(z.string(), "");

export const AgentMessageItem = z.looseObject({ id, type: z.literal("agent_message"), text: z.string() });
export const ReasoningItem = z.looseObject({ id, type: z.literal("reasoning"), text: z._default(z.string(), "") });
export const CommandExecutionItem = z.looseObject({
  id,
  type: z.literal("command_execution"),
  command: z.string(),
  aggregated_output: z._default(z.string(), ""),
  exit_code: z.optional(z.nullable(z.number())),
  /** in_progress | completed | failed | declined */
  status: z._default(z.string(), ""),
});
export const FileChangeItem = z.looseObject({
  id,
  type: z.literal("file_change"),
  changes: z._default(z.array(z.looseObject({ path: z.string(), kind: z._default(z.string(), "") })), []),
  status: z._default(z.string(), ""),
});
export const McpToolCallItem = z.looseObject({
  id,
  type: z.literal("mcp_tool_call"),
  server: z._default(z.string(), ""),
  tool: z._default(z.string(), ""),
  status: z._default(z.string(), ""),
});
export const WebSearchItem = z.looseObject({ id, type: z.literal("web_search"), query: z._default(z.string(), "") });
export const TodoListItem = z.looseObject({
  id,
  type: z.literal("todo_list"),
  items: z._default(z.array(z.looseObject({ text: z.string(), completed: z._default(z.boolean(), false) })), []),
});
/** A non-fatal problem codex reports as an item (e.g. "Model metadata for `x` not found"). */
export const ErrorItem = z.looseObject({ id, type: z.literal("error"), message: z.string() });

export const KnownItem = z.discriminatedUnion("type", [
  AgentMessageItem,
  ReasoningItem,
  CommandExecutionItem,
  FileChangeItem,
  McpToolCallItem,
  WebSearchItem,
  TodoListItem,
  ErrorItem,
]);

/** An item of a type this version does not know, or a known type with an unexpected shape. */
export interface UnknownItem {
  type: "unknown";
  id: string;
  /** The `type` codex gave it ("" when missing). */
  item_type: string;
  raw: unknown;
}
export type CodexItem = z.infer<typeof KnownItem> | UnknownItem;

export const ThreadStartedEvent = z.looseObject({ type: z.literal("thread.started"), thread_id: z.string() });
export const TurnStartedEvent = z.looseObject({ type: z.literal("turn.started") });
export const TurnCompletedEvent = z.looseObject({
  type: z.literal("turn.completed"),
  usage: z._default(Usage, { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 }),
});
export const TurnFailedEvent = z.looseObject({
  type: z.literal("turn.failed"),
  error: z._default(z.looseObject({ message: z._default(z.string(), "") }), { message: "" }),
});
/** Codex uses top-level `error` events both for progress ("Reconnecting... 2/5") and for the fatal error. */
export const ErrorEvent = z.looseObject({ type: z.literal("error"), message: z._default(z.string(), "") });
const ItemEventWire = z.looseObject({
  type: z.enum(["item.started", "item.updated", "item.completed"]),
  item: z.unknown(),
});

const KnownEventWire = z.discriminatedUnion("type", [
  ThreadStartedEvent,
  TurnStartedEvent,
  TurnCompletedEvent,
  TurnFailedEvent,
  ErrorEvent,
  ItemEventWire,
]);

export type ItemEvent = { type: "item.started" | "item.updated" | "item.completed"; item: CodexItem } & Record<string, unknown>;
export interface UnknownEvent {
  type: "unknown";
  /** The `type` codex gave it ("" when missing). */
  event_type: string;
  raw: unknown;
}
export type CodexEvent =
  | z.infer<typeof ThreadStartedEvent>
  | z.infer<typeof TurnStartedEvent>
  | z.infer<typeof TurnCompletedEvent>
  | z.infer<typeof TurnFailedEvent>
  | z.infer<typeof ErrorEvent>
  | ItemEvent
  | UnknownEvent;

function typeOf(v: unknown): string {
  const t = (v as { type?: unknown } | null)?.type;
  return typeof t === "string" ? t : "";
}

export function parseItem(raw: unknown): CodexItem {
  const r = z.safeParse(KnownItem, raw);
  if (r.success) return r.data;
  const rawId = (raw as { id?: unknown } | null)?.id;
  return { type: "unknown", id: typeof rawId === "string" ? rawId : "", item_type: typeOf(raw), raw };
}

/** Validates one decoded JSON value as an event; never throws. */
export function parseEvent(raw: unknown): CodexEvent {
  const r = z.safeParse(KnownEventWire, raw);
  if (!r.success) return { type: "unknown", event_type: typeOf(raw), raw };
  const ev = r.data;
  if (ev.type === "item.started" || ev.type === "item.updated" || ev.type === "item.completed") {
    return { ...ev, item: parseItem(ev.item) } as ItemEvent;
  }
  return ev as Exclude<typeof ev, z.infer<typeof ItemEventWire>>;
}

/**
 * One stdout line → an event, or null when the line is not a JSON object (blank lines, stray text from
 * a wrapper script, a truncated write). Callers keep the rejected lines for diagnostics.
 */
export function parseEventLine(line: string): CodexEvent | null {
  const text = line.trim();
  if (!text.startsWith("{")) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  return parseEvent(raw);
}
