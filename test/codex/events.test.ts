import { describe, expect, it } from "vitest";
import { parseEventLine } from "../../src/codex/events.js";

// Lines as codex 0.169.0 printed them on this machine (see /work/shared/reference/codex-exec.md).
const REAL = {
  thread: '{"type":"thread.started","thread_id":"01a215da-89e6-7ca3-b265-ef0573f3e8e3"}',
  warnItem: '{"type":"item.completed","item":{"id":"item_0","type":"error","message":"Model metadata for `mock-model` not found."}}',
  message: '{"type":"item.completed","item":{"id":"item_1","type":"agent_message","text":"echo: 你好 🎉"}}',
  command:
    '{"type":"item.completed","item":{"id":"item_1","type":"command_execution","command":"/bin/bash -lc \'ls\'","aggregated_output":"a\\n","exit_code":0,"status":"completed"}}',
  completed:
    '{"type":"turn.completed","usage":{"input_tokens":10,"cached_input_tokens":2,"cache_write_input_tokens":0,"output_tokens":5,"reasoning_output_tokens":1}}',
  failed: '{"type":"turn.failed","error":{"message":"unexpected status 401 Unauthorized"}}',
  reconnect: '{"type":"error","message":"Reconnecting... 1/5 (boom)"}',
};

describe("parseEventLine", () => {
  it("parses the events codex prints", () => {
    expect(parseEventLine(REAL.thread)).toEqual({ type: "thread.started", thread_id: "01a215da-89e6-7ca3-b265-ef0573f3e8e3" });
    expect(parseEventLine(REAL.message)).toEqual({ type: "item.completed", item: { id: "item_1", type: "agent_message", text: "echo: 你好 🎉" } });
    const cmd = parseEventLine(REAL.command);
    expect(cmd?.type === "item.completed" && cmd.item.type === "command_execution" && cmd.item.exit_code).toBe(0);
    const done = parseEventLine(REAL.completed);
    expect(done?.type === "turn.completed" && done.usage).toEqual({ input_tokens: 10, cached_input_tokens: 2, output_tokens: 5, reasoning_output_tokens: 1 });
    const failed = parseEventLine(REAL.failed);
    expect(failed?.type === "turn.failed" && failed.error.message).toBe("unexpected status 401 Unauthorized");
    expect(parseEventLine(REAL.reconnect)).toEqual({ type: "error", message: "Reconnecting... 1/5 (boom)" });
    const warn = parseEventLine(REAL.warnItem);
    expect(warn?.type === "item.completed" && warn.item.type).toBe("error");
  });

  it("keeps extra fields", () => {
    const ev = parseEventLine('{"type":"thread.started","thread_id":"t","model":"gpt-9"}');
    expect(ev).toEqual({ type: "thread.started", thread_id: "t", model: "gpt-9" });
    const item = parseEventLine('{"type":"item.started","item":{"id":"i","type":"reasoning","text":"x","summary":["s"]}}');
    expect(item?.type === "item.started" && item.item).toEqual({ id: "i", type: "reasoning", text: "x", summary: ["s"] });
  });

  it("turns unknown event types into unknown events, not errors", () => {
    const raw = { type: "thread.compacted", tokens: 3 };
    expect(parseEventLine(JSON.stringify(raw))).toEqual({ type: "unknown", event_type: "thread.compacted", raw });
    // A known type with the wrong shape is kept as unknown too.
    expect(parseEventLine('{"type":"thread.started"}')).toEqual({ type: "unknown", event_type: "thread.started", raw: { type: "thread.started" } });
    expect(parseEventLine('{"no_type":1}')).toEqual({ type: "unknown", event_type: "", raw: { no_type: 1 } });
  });

  it("turns unknown item types into unknown items inside the item event", () => {
    const raw = { id: "item_9", type: "collab_tool_call", tool: "spawn" };
    const ev = parseEventLine(JSON.stringify({ type: "item.completed", item: raw }));
    expect(ev).toEqual({ type: "item.completed", item: { type: "unknown", id: "item_9", item_type: "collab_tool_call", raw } });
  });

  it("parses every documented item type", () => {
    const items = [
      { id: "a", type: "file_change", changes: [{ path: "x.ts", kind: "update" }], status: "completed" },
      { id: "b", type: "mcp_tool_call", server: "s", tool: "t", status: "in_progress" },
      { id: "c", type: "web_search", query: "q" },
      { id: "d", type: "todo_list", items: [{ text: "one", completed: true }] },
    ];
    for (const item of items) {
      const ev = parseEventLine(JSON.stringify({ type: "item.updated", item }));
      expect(ev?.type === "item.updated" && ev.item.type).toBe(item.type);
    }
  });

  it("returns null for lines that are not JSON objects", () => {
    for (const line of ["", "   ", "Reading additional input from stdin...", "{not json", "[1,2]", "42", "null", '"str"']) {
      expect(parseEventLine(line)).toBeNull();
    }
  });
});
