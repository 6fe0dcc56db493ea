import { describe, expect, it } from "vitest";
import { parseEventLine } from "../../src/codex/events.js";
import { formatHeartbeat, formatProgress, unwrapShell, verdictLine } from "../../src/codex/progress.js";

const fmt = (line: string, ms = 0) => {
  const ev = parseEventLine(line);
  if (!ev) throw new Error(`not an event: ${line}`);
  return formatProgress(ev, ms);
};

describe("formatProgress", () => {
  it("prefixes whole elapsed seconds", () => {
    expect(fmt('{"type":"turn.started"}', 12_900)).toBe("[12s] working");
  });

  it("describes thinking, commands and file reads", () => {
    expect(fmt('{"type":"item.completed","item":{"id":"r","type":"reasoning","text":"hmm"}}', 12_000)).toBe("[12s] thinking");
    expect(
      fmt('{"type":"item.started","item":{"id":"c","type":"command_execution","command":"/bin/bash -lc \'rg foo\'","status":"in_progress"}}', 15_000),
    ).toBe("[15s] running: rg foo");
    expect(
      fmt('{"type":"item.started","item":{"id":"c","type":"command_execution","command":"/bin/bash -lc \'sed -n 1,80p src/a.ts\'"}}', 40_000),
    ).toBe("[40s] reading files: sed -n 1,80p src/a.ts");
  });

  it("reports reconnects as progress and failures with their message", () => {
    expect(fmt('{"type":"error","message":"Reconnecting... 2/5 (stream closed)"}', 41_000)).toBe("[41s] reconnecting 2/5");
    expect(fmt('{"type":"turn.failed","error":{"message":"boom"}}', 1000)).toBe("[1s] failed: boom");
  });

  it("ends with the token counts", () => {
    expect(fmt('{"type":"turn.completed","usage":{"input_tokens":1200,"cached_input_tokens":200,"output_tokens":345}}', 60_000)).toBe(
      "[60s] done, tokens: 1200 in (200 cached), 345 out",
    );
  });

  it("reports only failed command completions and skips unknown events", () => {
    expect(fmt('{"type":"item.completed","item":{"id":"c","type":"command_execution","command":"ls","exit_code":0}}')).toBeNull();
    expect(fmt('{"type":"item.completed","item":{"id":"c","type":"command_execution","command":"false","exit_code":1}}')).toBe(
      "[0s] command exited 1: false",
    );
    expect(fmt('{"type":"brand.new"}')).toBeNull();
    expect(fmt('{"type":"item.completed","item":{"id":"x","type":"brand_new_item"}}')).toBeNull();
  });

  it("clips long messages to one short line", () => {
    const line = fmt(JSON.stringify({ type: "item.completed", item: { id: "m", type: "agent_message", text: `a\nb ${"x".repeat(300)}` } }));
    expect(line?.startsWith("[0s] message: a b x")).toBe(true);
    expect(line!.length).toBeLessThan(120);
  });
});

describe("unwrapShell", () => {
  it("strips codex's shell wrapper only", () => {
    expect(unwrapShell("/bin/bash -lc 'git status'")).toBe("git status");
    expect(unwrapShell("/bin/zsh -lc \"ls -la\"")).toBe("ls -la");
    expect(unwrapShell("git status")).toBe("git status");
  });
});

describe("verdictLine and formatHeartbeat", () => {
  it("shows a review document's verdict and counts, and leaves prose alone", () => {
    const doc = { verdict: "approve", summary: "", findings: [{ severity: "nit" }, { severity: "nit" }, { severity: "should-fix" }] };
    expect(verdictLine(JSON.stringify(doc))).toBe("review: approve, 3 findings (2 nit, 1 should-fix)");
    expect(verdictLine('{"verdict":"comment","findings":[]}')).toBe("review: comment, 0 findings");
    expect(verdictLine("The verdict: looks fine")).toBeNull();
    expect(verdictLine('{"verdict": 3}')).toBeNull();
    expect(verdictLine('{"verdict": "approve"')).toBeNull();
    expect(fmt(JSON.stringify({ type: "item.completed", item: { id: "m", type: "agent_message", text: JSON.stringify(doc) } }), 9_000)).toBe(
      "[9s] review: approve, 3 findings (2 nit, 1 should-fix)",
    );
  });

  it("says what codex did last and how long ago", () => {
    expect(formatHeartbeat(30_500, { line: "thinking", atMs: 1_000 })).toBe("[30s] still working; last: thinking, 29s ago");
    expect(formatHeartbeat(15_000, null)).toBe("[15s] still working");
  });
});
