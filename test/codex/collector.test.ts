import { describe, expect, it } from "vitest";
import { createCollector } from "../../src/codex/collector.js";
import type { CodexEvent } from "../../src/codex/events.js";

const THREAD = "01a215da-89e6-7ca3-b265-ef0573f3e8e3";
const lines = (...objs: object[]) => objs.map((o) => JSON.stringify(o));

describe("createCollector", () => {
  it("collects the thread, the messages and the summed usage in order", () => {
    const c = createCollector();
    for (const l of lines(
      { type: "thread.started", thread_id: THREAD },
      { type: "item.completed", item: { id: "a", type: "agent_message", text: "one" } },
      { type: "item.completed", item: { id: "b", type: "agent_message", text: "two" } },
      { type: "turn.completed", usage: { input_tokens: 10, cached_input_tokens: 4, output_tokens: 3 } },
      { type: "turn.completed", usage: { input_tokens: 1, output_tokens: 1, reasoning_output_tokens: 2 } },
    ))
      c.line(l);
    const r = c.done();
    expect(r.sessionId).toBe(THREAD);
    expect(r.messages).toEqual(["one", "two"]);
    expect(r.usage).toEqual({ input_tokens: 11, cached_input_tokens: 4, output_tokens: 4, reasoning_output_tokens: 2 });
    expect(r.turnCompleted).toBe(true);
    expect(r.events).toEqual([]);
  });

  it("keeps reconnects and error items as warnings, the last fatal error and the failure message apart", () => {
    const c = createCollector();
    for (const l of lines(
      { type: "item.completed", item: { id: "e", type: "error", message: "Model metadata not found" } },
      { type: "error", message: "Reconnecting... 1/5 (boom)" },
      { type: "error", message: "unexpected status 503" },
      { type: "turn.failed", error: { message: "" } },
    ))
      c.line(l);
    const r = c.done();
    expect(r.warnings).toEqual(["Model metadata not found", "Reconnecting... 1/5 (boom)"]);
    expect(r.lastError).toBe("unexpected status 503");
    // An empty turn.failed message falls back to the last error.
    expect(r.turnFailed).toBe("unexpected status 503");
  });

  it("counts non-JSON lines into one warning, ignores blank ones, and keeps events when asked", () => {
    const seen: CodexEvent[] = [];
    const c = createCollector({ returnAllMessages: true, onEvent: (e) => seen.push(e) });
    expect(c.line("Reading additional input from stdin...")).toBe(false);
    expect(c.line("   ")).toBe(false);
    expect(c.line('{"type":"vendor.new"}')).toBe(true);
    const r = c.done();
    expect(r.nonJsonCount).toBe(1);
    expect(r.warnings).toEqual(['skipped 1 non-JSON stdout line(s): "Reading additional input from stdin..."']);
    expect(r.events.map((e) => e.type)).toEqual(["unknown"]);
    expect(seen).toEqual(r.events);
    // done() twice does not repeat the warning.
    expect(c.done().warnings).toHaveLength(1);
  });

  it("a throwing onEvent becomes a warning, and a resume that starts another thread is reported", () => {
    let mismatch = 0;
    const c = createCollector({
      expectedSession: "01A215DA-89E6-7CA3-B265-EF0573F3E8E4",
      onSessionMismatch: () => mismatch++,
      onEvent: () => {
        throw new Error("display broke");
      },
    });
    c.line(JSON.stringify({ type: "thread.started", thread_id: THREAD }));
    expect(mismatch).toBe(1);
    expect(c.done().warnings).toEqual(["onEvent callback threw: display broke"]);
    const same = createCollector({ expectedSession: THREAD.toUpperCase(), onSessionMismatch: () => mismatch++ });
    same.line(JSON.stringify({ type: "thread.started", thread_id: THREAD }));
    expect(mismatch).toBe(1);
  });

  it("redacts a non-JSON stdout line before clipping it to 200 characters", () => {
    const token = "ghp_k3Xq9Lm2Vb7Rt5Wz8Np4Hs6Dj1Fg0Ya2Ce4U";
    const c = createCollector();
    // The token starts at character 185: a clip first would keep its head, too short for any pattern.
    c.line(`${"note ".repeat(36)}GH_TOKEN=${token} and more text after it`);
    const warning = c.done().warnings.join("\n");
    expect(warning).toContain("skipped 1 non-JSON stdout line(s)");
    for (let i = 4; i + 8 <= token.length; i++) expect(warning).not.toContain(token.slice(i, i + 8));
  });
});
