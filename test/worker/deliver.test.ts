import { describe, expect, it } from "vitest";
import { formatForClaude, hasUndelivered, reviewRunning, stopDecision, takeUndelivered } from "../../src/worker/deliver.js";
import { emptyState, type Finding, type ReviewRecord, type StateFile } from "../../src/state/schema.js";

function finding(severity: Finding["severity"], title: string, file = "src/a.ts", line: number | null = 3): Finding {
  return { severity, file, line_start: line, line_end: line, title, explanation: `why ${title}`, suggested_fix: `fix ${title}`, confidence: 0.9 };
}

function review(id: string, findings: Finding[], extra: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    id,
    sessionName: "s1",
    claudeSessionId: "s1",
    diffHash: `h-${id}`,
    files: ["src/a.ts"],
    status: "done",
    startedAt: "2026-01-01T00:00:00.000Z",
    finishedAt: `2026-01-01T00:00:0${id.length}.000Z`,
    findings,
    ...extra,
  };
}

function state(...reviews: ReviewRecord[]): StateFile {
  return { ...emptyState(), reviews };
}

describe("takeUndelivered", () => {
  it("hands out each finished review once, and only the session's own", () => {
    const s = state(review("r1", [finding("nit", "n")]), review("r2", [finding("must-fix", "m")], { claudeSessionId: "other" }));
    expect(hasUndelivered(s, "s1")).toBe(true);
    const first = takeUndelivered(s, "s1", new Date());
    expect(first.map((r) => r.id)).toEqual(["r1"]);
    expect(takeUndelivered(s, "s1", new Date())).toEqual([]);
    expect(hasUndelivered(s, "s1")).toBe(false);
    expect(hasUndelivered(s, "other")).toBe(true);
  });

  it("marks clean reviews delivered without returning them, and ignores running ones", () => {
    const s = state(review("r1", []), review("r2", [finding("nit", "n")], { status: "running", finishedAt: undefined }));
    expect(takeUndelivered(s, "s1", new Date())).toEqual([]);
    expect(s.reviews[0]?.deliveredAt).toBeDefined();
    expect(s.reviews[1]?.deliveredAt).toBeUndefined();
    expect(reviewRunning(s, "s1")).toBe(true);
  });
});

describe("formatForClaude", () => {
  it("puts must-fix first, caps the lines and points at the details", () => {
    const text = formatForClaude([review("r1", [finding("nit", "tiny"), finding("should-fix", "meh"), finding("must-fix", "SQL injection", "db.ts", 9)])], 2);
    const lines = text.split("\n");
    expect(lines[0]).toContain("1 must-fix, 1 should-fix, 1 nit");
    expect(lines[1]).toContain("[must-fix] db.ts:9 SQL injection");
    expect(lines[2]).toContain("[should-fix]");
    expect(text).not.toContain("tiny");
    expect(text).toContain("… 1 more.");
    expect(text).toContain("codex-collab reviews show r1");
  });
});

describe("stopDecision", () => {
  it("blocks on unaddressed must-fix findings of the latest review", () => {
    const d = stopDecision(state(review("r1", [finding("must-fix", "leak")])), "s1", 5);
    expect(d.block).toBe(true);
    expect(d.reviewId).toBe("r1");
    expect(d.reason).toContain("leak");
  });

  it("does not block twice for the same review or the same finding set", () => {
    expect(stopDecision(state(review("r1", [finding("must-fix", "leak")], { stopBlockedAt: "x" })), "s1", 5).block).toBe(false);
    const again = state(review("r1", [finding("must-fix", "leak")], { stopBlockedAt: "x" }), review("r22", [finding("must-fix", "leak")]));
    expect(stopDecision(again, "s1", 5).block).toBe(false);
    const fresh = state(review("r1", [finding("must-fix", "leak")], { stopBlockedAt: "x" }), review("r22", [finding("must-fix", "overflow")]));
    expect(stopDecision(fresh, "s1", 5).block).toBe(true);
  });

  it("lets a later clean review supersede earlier must-fix findings", () => {
    expect(stopDecision(state(review("r1", [finding("must-fix", "leak")]), review("r22", [finding("nit", "x")])), "s1", 5).block).toBe(false);
  });

  it("ignores other sessions' reviews and non-blocking severities", () => {
    expect(stopDecision(state(review("r1", [finding("must-fix", "leak")], { claudeSessionId: "other" })), "s1", 5).block).toBe(false);
    expect(stopDecision(state(review("r1", [finding("should-fix", "meh")])), "s1", 5).block).toBe(false);
  });
});
