import { describe, expect, it } from "vitest";
import { createCollector, type Collected } from "../../src/codex/collector.js";
import { buildResult, decideFailure, explainingLines, failureHint, HINTS, type EndFacts } from "../../src/codex/outcome.js";

const THREAD = "01a215da-89e6-7ca3-b265-ef0573f3e8e3";
const WARNING = 'WARNING: proceeding, even though we could not create PATH aliases: Refusing to create helper binaries under temporary dir "/tmp"';

function collected(...objs: object[]): Collected {
  const c = createCollector();
  for (const o of objs) c.line(JSON.stringify(o));
  return c.done();
}

const facts = (over: Partial<EndFacts>): EndFacts => ({
  collected: collected(),
  end: { exitCode: 0 },
  reason: null,
  stderrTail: "",
  bin: "codex",
  timeoutMs: 900_000,
  idleTimeoutMs: 300_000,
  ...over,
});

describe("decideFailure", () => {
  it("succeeds on exit 0 with turn.completed, fails without it", () => {
    expect(decideFailure(facts({ collected: collected({ type: "turn.completed" }) }))).toBeUndefined();
    expect(decideFailure(facts({ stderrTail: "x" }))?.message).toMatch(/no turn\.completed/);
  });

  it("a stop reason wins over what codex said", () => {
    const c = collected({ type: "turn.failed", error: { message: "boom" } });
    expect(decideFailure(facts({ collected: c, reason: "CANCELLED" }))?.code).toBe("CANCELLED");
    expect(decideFailure(facts({ collected: c, reason: "TIMEOUT", timeoutMs: 1500 }))?.message).toMatch(/1\.5 s/);
    expect(decideFailure(facts({ collected: c, reason: "IDLE_TIMEOUT" }))?.code).toBe("IDLE_TIMEOUT");
    expect(decideFailure(facts({ collected: c, reason: "SESSION_MISMATCH", sessionId: THREAD }))?.code).toBe("SESSION_NOT_FOUND");
    expect(decideFailure(facts({ end: { errorCode: "ENOENT" }, reason: "CANCELLED" }))?.code).toBe("CODEX_NOT_FOUND");
  });

  // The three failures below use codex 0.169.0's own words (measured against test/support/responses-server.ts).
  it("a 500 shows codex's explanation with the service hint, not an unrelated stderr warning", () => {
    const msg = "We’re currently experiencing high demand, which may cause temporary errors.";
    const f = decideFailure(facts({ collected: collected({ type: "error", message: msg }, { type: "turn.failed", error: { message: msg } }), end: { exitCode: 1 }, stderrTail: WARNING }));
    expect(f?.code).toBe("CODEX_FAILED");
    expect(f?.message).toBe(msg);
    expect(f?.hint).toBe(HINTS.service);
  });

  it("a 429 says rate limit: retry later", () => {
    const msg = "exceeded retry limit, last status: 429 Too Many Requests";
    const f = decideFailure(facts({ collected: collected({ type: "turn.failed", error: { message: msg } }), end: { exitCode: 1 }, stderrTail: WARNING }));
    expect(f?.message).toBe(msg);
    expect(f?.hint).toBe(HINTS.rateLimit);
  });

  it("response.failed shows the server's message with the stream hint", () => {
    const msg = "stream disconnected before completion: the model fell over";
    const f = decideFailure(facts({ collected: collected({ type: "turn.failed", error: { message: msg } }), end: { exitCode: 1 } }));
    expect(f?.message).toBe(msg);
    expect(f?.hint).toBe(HINTS.stream);
  });

  it("a crash without events shows the stderr lines that explain it, and auth lines become CODEX_AUTH", () => {
    const f = decideFailure(facts({ end: { exitCode: 2 }, stderrTail: `${WARNING}\nERROR: unexpected status 502 Bad Gateway\nsome trailing note` }));
    expect(f?.message).toMatch(/exited with code 2/);
    expect(f?.message).toMatch(/502 Bad Gateway/);
    expect(f?.message).not.toMatch(/PATH aliases/);
    expect(f?.hint).toBe(HINTS.service);
    expect(decideFailure(facts({ end: { exitCode: 1 }, stderrTail: "Error: not logged in" }))?.code).toBe("CODEX_AUTH");
    expect(decideFailure(facts({ end: { exitCode: 1 }, stderrTail: "Error: no rollout found for thread", sessionId: THREAD }))?.code).toBe("SESSION_NOT_FOUND");
    expect(decideFailure(facts({ end: { signal: "SIGKILL" } }))?.message).toMatch(/killed by SIGKILL/);
  });
});

describe("failure hints and explaining lines", () => {
  it("recognises the causes and leaves others alone", () => {
    expect(failureHint("Rate limit reached for gpt-5")).toBe(HINTS.rateLimit);
    expect(failureHint("unexpected status 503 Service Unavailable")).toBe(HINTS.service);
    expect(failureHint("stream disconnected before completion: x")).toBe(HINTS.stream);
    expect(failureHint("the sandbox refused")).toBeUndefined();
  });

  it("falls back to the plain tail when no line explains anything", () => {
    expect(explainingLines("a\nb\n\nc", 2)).toBe("b\nc");
    expect(explainingLines(`${WARNING}\nError: disk full\nbye`)).toBe("Error: disk full");
  });
});

describe("buildResult", () => {
  it("is the documented contract, with the typed failure non-enumerable", () => {
    const c = collected({ type: "thread.started", thread_id: THREAD }, { type: "item.completed", item: { id: "m", type: "agent_message", text: "hi" } });
    const ok = buildResult(c, undefined);
    expect(Object.keys(ok)).toEqual(["success", "SESSION_ID", "agent_messages", "last_message", "usage", "warnings"]);
    const failure = decideFailure(facts({ collected: c, reason: "SESSION_MISMATCH", sessionId: THREAD }));
    const bad = buildResult(c, failure, { returnAllMessages: true, sessionMismatch: true });
    expect(bad.SESSION_ID).toBeNull();
    expect(bad.all_messages).toEqual([]);
    expect(bad.failure).toBe(failure);
    expect(JSON.parse(JSON.stringify(bad)).failure).toBeUndefined();
  });
});
