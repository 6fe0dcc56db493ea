import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { Config } from "../../src/config/schema.js";
import { reviewPolicy } from "../../src/worker/worker.js";
import type { ReviewRecord, StateFile } from "../../src/state/schema.js";
import { emptyState } from "../../src/state/schema.js";
import { budgetUsed, NO_CLAUDE_SESSION, summarize } from "../../src/state/summary.js";

function review(id: string, over: Partial<ReviewRecord>): ReviewRecord {
  return { id, sessionName: "task", diffHash: id, files: ["a.ts"], status: "done", startedAt: "2026-01-01T00:00:00.000Z", findings: [], ...over };
}

const usage = (input: number, output: number) => ({ input_tokens: input, cached_input_tokens: 0, output_tokens: output, reasoning_output_tokens: 0 });

function crafted(): StateFile {
  return {
    ...emptyState(),
    classifications: { s1: { level: "complex", score: 9, at: "2026-01-01T00:00:00.000Z" } },
    reviews: [
      review("r1", { claudeSessionId: "s1", usage: usage(5000, 1000), startedAt: "2026-01-01T00:01:00.000Z" }),
      review("r2", { claudeSessionId: "s1", status: "failed", usage: usage(300, 0), error: "boom", startedAt: "2026-01-01T00:02:00.000Z" }),
      review("r3", { claudeSessionId: "s1", status: "running", startedAt: "2026-01-01T00:03:00.000Z" }),
      review("r4", { claudeSessionId: "s2", status: "skipped", skipReason: "no diff", startedAt: "2026-01-01T00:00:30.000Z" }),
    ],
  };
}

describe("budgetUsed", () => {
  it("counts done reviews, and tokens of done and failed ones, per Claude session", () => {
    expect(budgetUsed(crafted(), "s1")).toEqual({ reviews: 1, tokens: 6300 });
    expect(budgetUsed(crafted(), "s2")).toEqual({ reviews: 0, tokens: 0 });
    expect(budgetUsed(crafted(), NO_CLAUDE_SESSION)).toEqual({ reviews: 0, tokens: 0 });
  });

  it("agrees with the review worker's policy on when a budget is used up", () => {
    const state = crafted();
    const now = Date.parse("2026-01-02T00:00:00.000Z");
    const cfg = (review: Record<string, number>) => z.parse(Config, { review: { mode: "always", minIntervalSeconds: 0, ...review } });
    const used = budgetUsed(state, "s1");
    expect(reviewPolicy(state, cfg({ maxReviewsPerSession: used.reviews }), "s1", now)).toMatchObject({ run: false, skip: expect.stringContaining("review budget") });
    expect(reviewPolicy(state, cfg({ maxReviewsPerSession: used.reviews + 1 }), "s1", now)).toEqual({ run: true });
    expect(reviewPolicy(state, cfg({ maxTokensPerSession: used.tokens }), "s1", now)).toMatchObject({ run: false, skip: expect.stringContaining(`${used.tokens}`) });
    expect(reviewPolicy(state, cfg({ maxTokensPerSession: used.tokens + 1 }), "s1", now)).toEqual({ run: true });
  });
});

describe("summarize", () => {
  it("orders reviews newest first, counts findings only from what was recorded, and reports the worker as given", () => {
    const state = crafted();
    state.reviews[0]!.findings = [
      { severity: "must-fix", file: "a.ts", line_start: 1, line_end: 1, title: "t", explanation: "e", suggested_fix: "f", confidence: 0.9 },
      { severity: "nit", file: "a.ts", line_start: 2, line_end: 2, title: "t", explanation: "e", suggested_fix: "f", confidence: 0.5 },
    ];
    state.worker = { pid: 1, startedAt: "2026-01-01T00:00:00.000Z", heartbeatAt: "2026-01-01T00:00:05.000Z" };
    const s = summarize(state, z.parse(Config, {}), { workerAlive: false });
    expect(s.reviews.map((r) => r.id)).toEqual(["r3", "r2", "r1", "r4"]);
    expect(s.reviews.find((r) => r.id === "r1")!.findings).toEqual({ "must-fix": 1, "should-fix": 0, nit: 1 });
    expect(s.reviews.find((r) => r.id === "r2")!.reason).toBe("boom");
    expect(s.worker).toEqual({ status: "dead", pid: 1, heartbeatAt: "2026-01-01T00:00:05.000Z" });
    expect(summarize(state, z.parse(Config, {}), { workerAlive: true }).worker.status).toBe("running");
    expect(summarize(emptyState(), z.parse(Config, {}), { workerAlive: false }).worker).toEqual({ status: "idle" });
  });

  it("lists every Claude session seen, latest activity first, edits without one under the shared key", () => {
    const state = crafted();
    state.pendingEdits = [{ path: "b.ts", hash: "h", at: "2026-01-01T00:09:00.000Z", tool: "Write" }];
    const s = summarize(state, z.parse(Config, { review: { maxReviewsPerSession: 3, maxTokensPerSession: 7000 } }), { workerAlive: false });
    expect(s.claudeSessions.map((c) => c.id)).toEqual([NO_CLAUDE_SESSION, "s1", "s2"]);
    expect(s.claudeSessions[1]).toEqual({
      id: "s1",
      classification: { level: "complex", score: 9, at: "2026-01-01T00:00:00.000Z" },
      reviews: { used: 1, max: 3 },
      tokens: { used: 6300, max: 7000 },
      pendingEdits: 0,
      lastActivity: "2026-01-01T00:03:00.000Z",
    });
    expect(s.claudeSessions[0]).toMatchObject({ pendingEdits: 1, classification: null });
  });

  it("shows a running review, edits kept for a retry, and each session's wake loop", () => {
    const state = crafted();
    state.pendingEdits = [{ path: "b.ts", hash: "h", at: "2026-01-01T00:09:00.000Z", tool: "Write", claudeSessionId: "s1", attempts: 1, retryAt: "2026-01-01T00:10:00.000Z", lastError: "HTTP 500" }];
    state.wake = {
      s1: { rounds: 1, rejected: { abcdef01: "intended" }, waiter: { pid: 4242, since: "2026-01-01T00:09:00.000Z" } },
      s2: { rounds: 2, rejected: {}, stoppedAt: "x", stopReason: "round cap reached (2 rounds)", open: ["a.ts:3 bug"] },
    };
    const s = summarize(state, z.parse(Config, {}), { workerAlive: true, pidAlive: (pid) => pid === 4242 });
    expect(s.reviewRunning).toBe(true);
    expect(s.retrying).toEqual({ edits: 1, attempts: 1, nextAt: "2026-01-01T00:10:00.000Z", lastError: "HTTP 500" });
    expect(s.wake).toBe(true);
    const by = Object.fromEntries(s.claudeSessions.map((c) => [c.id, c.wake]));
    expect(by.s1).toEqual({ scheduled: true, rounds: 1, maxRounds: 2, rejected: 1 });
    expect(by.s2).toEqual({ scheduled: false, rounds: 2, maxRounds: 2, stopped: "round cap reached (2 rounds)", open: ["a.ts:3 bug"], rejected: 0 });
    expect(summarize(state, z.parse(Config, {}), { workerAlive: true, pidAlive: () => false }).claudeSessions.find((c) => c.id === "s1")?.wake?.scheduled).toBe(false);
  });
});
