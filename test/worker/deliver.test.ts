import { describe, expect, it } from "vitest";
import { belongsTo, formatForClaude, hasUndelivered, parseRejections, reviewRunning, stopDecision, takeUndelivered } from "../../src/worker/deliver.js";
import { findingId } from "../../src/worker/fingerprint.js";
import { emptyState, type Finding, type ReviewRecord, type StateFile } from "../../src/state/schema.js";

function finding(severity: Finding["severity"], title: string, file = "src/a.ts", line: number | null = 3): Finding {
  return { severity, file, line_start: line, line_end: line, title, explanation: `why ${title}`, suggested_fix: `fix ${title}`, confidence: 0.9 };
}

function review(id: string, findings: Finding[], extra: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    id,
    sessionName: "s1",
    claudeSessionId: "s1",
    origin: "auto",
    diffHash: `h-${id}`,
    files: ["src/a.ts"],
    status: "done",
    startedAt: "2026-01-01T00:00:00.000Z",
    finishedAt: `2026-01-01T00:00:0${id.length}.000Z`,
    findings,
    ...extra,
  };
}

/** Every file unchanged since its review (records without contentHashes are never stale anyway). */
const UNCHANGED = () => "same";

function state(...reviews: ReviewRecord[]): StateFile {
  return { ...emptyState(), reviews };
}

describe("takeUndelivered", () => {
  it("hands out each finished review once, and only the session's own", () => {
    const s = state(review("r1", [finding("nit", "n")]), review("r2", [finding("must-fix", "m")], { claudeSessionId: "other" }));
    expect(hasUndelivered(s, "s1")).toBe(true);
    const first = takeUndelivered(s, "s1", new Date(), UNCHANGED);
    expect(first.map((r) => r.id)).toEqual(["r1"]);
    expect(takeUndelivered(s, "s1", new Date(), UNCHANGED)).toEqual([]);
    expect(hasUndelivered(s, "s1")).toBe(false);
    expect(hasUndelivered(s, "other")).toBe(true);
  });

  it("marks clean reviews delivered without returning them, and ignores running ones", () => {
    const s = state(review("r1", []), review("r2", [finding("nit", "n")], { status: "running", finishedAt: undefined }));
    expect(takeUndelivered(s, "s1", new Date(), UNCHANGED)).toEqual([]);
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
    const d = stopDecision(state(review("r1", [finding("must-fix", "leak")])), "s1", 5, UNCHANGED);
    expect(d.block).toBe(true);
    expect(d.reviewId).toBe("r1");
    expect(d.reason).toContain("leak");
  });

  it("does not block twice for the same review or the same finding set", () => {
    expect(stopDecision(state(review("r1", [finding("must-fix", "leak")], { stopBlockedAt: "x" })), "s1", 5, UNCHANGED).block).toBe(false);
    const again = state(review("r1", [finding("must-fix", "leak")], { stopBlockedAt: "x" }), review("r22", [finding("must-fix", "leak")]));
    expect(stopDecision(again, "s1", 5, UNCHANGED).block).toBe(false);
    const fresh = state(review("r1", [finding("must-fix", "leak")], { stopBlockedAt: "x" }), review("r22", [finding("must-fix", "overflow")]));
    expect(stopDecision(fresh, "s1", 5, UNCHANGED).block).toBe(true);
  });

  it("lets a later clean review supersede earlier must-fix findings", () => {
    expect(stopDecision(state(review("r1", [finding("must-fix", "leak")]), review("r22", [finding("nit", "x")])), "s1", 5, UNCHANGED).block).toBe(false);
  });

  it("ignores other sessions' reviews and non-blocking severities", () => {
    expect(stopDecision(state(review("r1", [finding("must-fix", "leak")], { claudeSessionId: "other" })), "s1", 5, UNCHANGED).block).toBe(false);
    expect(stopDecision(state(review("r1", [finding("should-fix", "meh")])), "s1", 5, UNCHANGED).block).toBe(false);
  });
});

describe("owner-only delivery", () => {
  it("a hand-run review without a session reaches no Claude session, not even one without an id", () => {
    const manual = review("r1", [finding("must-fix", "old code")], { claudeSessionId: undefined, origin: "manual" });
    const s = state(manual);
    expect(belongsTo(manual, "s1")).toBe(false);
    expect(belongsTo(manual, undefined)).toBe(false);
    expect(hasUndelivered(s, "s1")).toBe(false);
    expect(takeUndelivered(s, "s1", new Date(), UNCHANGED)).toEqual([]);
    expect(stopDecision(s, "s1", 5, UNCHANGED).block).toBe(false);
    expect(stopDecision(s, undefined, 5, UNCHANGED).block).toBe(false);
  });

  it("the worker's review of edits recorded without a session goes back to hooks without one, and only to them", () => {
    const auto = review("r1", [finding("must-fix", "m")], { claudeSessionId: undefined, origin: "auto" });
    expect(belongsTo(auto, undefined)).toBe(true);
    expect(belongsTo(auto, "s1")).toBe(false);
  });

  it("a review that a session ran itself belongs to that session only", () => {
    const asked = review("r1", [finding("must-fix", "m")], { origin: "manual" });
    expect(belongsTo(asked, "s1")).toBe(true);
    expect(belongsTo(asked, "s2")).toBe(false);
  });
});

describe("stale findings", () => {
  const hashes = { "src/a.ts": "reviewed-a", "src/b.ts": "reviewed-b" };
  const r = () => review("r1", [finding("must-fix", "in a", "src/a.ts"), finding("should-fix", "in b", "src/b.ts")], { files: ["src/a.ts", "src/b.ts"], contentHashes: hashes });

  it("a finding whose file changed since the review is neither injected nor blocks", () => {
    const now = (p: string) => (p === "src/a.ts" ? "edited-since" : (hashes as Record<string, string>)[p] ?? null);
    const s = state(r());
    expect(stopDecision(s, "s1", 5, now).block).toBe(false);
    const [delivered] = takeUndelivered(s, "s1", new Date(), now);
    expect(delivered?.findings.map((f) => f.title)).toEqual(["in b"]);
  });

  it("a finding about a deleted file is stale; unchanged files keep their findings", () => {
    const gone = (p: string) => (p === "src/a.ts" ? null : (hashes as Record<string, string>)[p] ?? null);
    expect(stopDecision(state(r()), "s1", 5, gone).block).toBe(false);
    const same = (p: string) => (hashes as Record<string, string>)[p] ?? null;
    expect(stopDecision(state(r()), "s1", 5, same).block).toBe(true);
  });
});

describe("rejections", () => {
  it("parses `codex-collab-reject <id>: <reason>` lines and ignores ones without a reason", () => {
    const id = findingId(finding("must-fix", "leak"));
    const text = `Fixed the rest.\ncodex-collab-reject ${id}: the value is a public test key\ncodex-collab-reject 0123abcd:\nCODEX-COLLAB-REJECT ABCDEF01：数据来自常量`;
    expect(parseRejections(text)).toEqual([
      { id, reason: "the value is a public test key" },
      { id: "abcdef01", reason: "数据来自常量" },
    ]);
  });

  it("a rejected must-fix neither blocks nor is delivered again", () => {
    const f = finding("must-fix", "leak");
    const s = state(review("r1", [f, finding("nit", "n")]));
    s.wake = { s1: { rounds: 0, rejected: { [findingId(f)]: "test key" } } };
    expect(stopDecision(s, "s1", 5, UNCHANGED).block).toBe(false);
    expect(takeUndelivered(s, "s1", new Date(), UNCHANGED)[0]?.findings.map((x) => x.title)).toEqual(["n"]);
  });
});
