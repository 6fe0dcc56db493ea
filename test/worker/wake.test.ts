// The wake loop's rules (pure), and the waiter on a real store in a temp project: one waiter per session, the user's
// prompt first, no wake for should-fix, stale or rejected findings, and a wake recorded exactly once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as z from "zod/mini";
import { afterEach, describe, expect, it } from "vitest";
import { Config } from "../../src/config/schema.js";
import { emptyState, type Finding, type ReviewRecord, type StateFile } from "../../src/state/schema.js";
import { openStore } from "../../src/state/store.js";
import { findingId } from "../../src/worker/fingerprint.js";
import { waitAndWake, waiterDeadlineMs, WAKE_HOOK_TIMEOUT_SECONDS } from "../../src/worker/waiter.js";
import { applyWake, formatWake, WAKE_MARK, wakeStep, type WakeInput } from "../../src/worker/wake.js";

const SID = "s1";
const f = (severity: Finding["severity"], title: string, line = 3): Finding => ({
  severity,
  file: "src/a.ts",
  line_start: line,
  line_end: line,
  title,
  explanation: "why",
  suggested_fix: `fix ${title}`,
  confidence: 0.9,
});
const review = (id: string, findings: Finding[], over: Partial<ReviewRecord> = {}): ReviewRecord => ({
  id,
  sessionName: SID,
  claudeSessionId: SID,
  origin: "auto",
  diffHash: id,
  files: ["src/a.ts"],
  status: "done",
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:01:00.000Z",
  findings,
  contentHashes: { "src/a.ts": "v1" },
  ...over,
});
const input = (over: Partial<WakeInput> = {}): WakeInput => ({ claudeSessionId: SID, since: "2026-01-01T00:00:00.000Z", pendingEdits: 0, rounds: 2, now: () => "v1", ...over });
const withReviews = (...reviews: ReviewRecord[]): StateFile => ({ ...emptyState(), reviews });

describe("wakeStep", () => {
  it("waits while the session's edits are pending or its review runs", () => {
    expect(wakeStep(withReviews(), input({ pendingEdits: 3 }))).toEqual({ kind: "wait" });
    expect(wakeStep(withReviews(review("r1", [], { status: "running" })), input())).toEqual({ kind: "wait" });
  });

  it("wakes for live must-fix findings only; should-fix and nit wait for the next hook", () => {
    expect(wakeStep(withReviews(review("r1", [f("should-fix", "meh"), f("nit", "n")])), input())).toMatchObject({ kind: "done" });
    const step = wakeStep(withReviews(review("r1", [f("must-fix", "bug"), f("nit", "n")])), input());
    expect(step).toMatchObject({ kind: "wake", reviewIds: ["r1"], capped: false });
    expect(step.kind === "wake" && step.findings.map((x) => x.title)).toEqual(["bug"]);
  });

  it("never wakes for another session's review, a hand-run one, a delivered one, or a stale or rejected finding", () => {
    expect(wakeStep(withReviews(review("r1", [f("must-fix", "bug")], { claudeSessionId: "other" })), input()).kind).toBe("done");
    expect(wakeStep(withReviews(review("r1", [f("must-fix", "bug")], { origin: "manual" })), input()).kind).toBe("done");
    expect(wakeStep(withReviews(review("r1", [f("must-fix", "bug")], { deliveredAt: "x" })), input()).kind).toBe("done");
    expect(wakeStep(withReviews(review("r1", [f("must-fix", "bug")])), input({ now: () => "v2" })).kind).toBe("done");
    const rejected = withReviews(review("r1", [f("must-fix", "bug")]));
    rejected.wake = { [SID]: { rounds: 0, rejected: { [findingId(f("must-fix", "bug"))]: "intended" } } };
    expect(wakeStep(rejected, input()).kind).toBe("done");
  });

  it("the user's prompt after the waiter started takes precedence", () => {
    const s = withReviews(review("r1", [f("must-fix", "bug")]));
    s.wake = { [SID]: { rounds: 0, rejected: {}, userPromptAt: "2026-01-01T00:00:05.000Z" } };
    expect(wakeStep(s, input())).toMatchObject({ kind: "done", reason: expect.stringMatching(/user prompted/) });
    expect(wakeStep(s, input({ since: "2026-01-01T00:00:06.000Z" })).kind).toBe("wake");
  });

  it("counts rounds, and past review.wakeRounds wakes once more to stop, then never again", () => {
    const s = withReviews(review("r1", [f("must-fix", "bug")]));
    const step = wakeStep(s, input({ rounds: 1 }));
    if (step.kind !== "wake") throw new Error("expected a wake");
    applyWake(s, SID, step, new Date("2026-01-01T00:02:00.000Z"));
    expect(s.wake?.[SID]?.rounds).toBe(1);
    expect(s.reviews[0]).toMatchObject({ wokenAt: "2026-01-01T00:02:00.000Z", stopBlockedAt: "2026-01-01T00:02:00.000Z" });
    expect(wakeStep(s, input({ rounds: 1 })).kind).toBe("done");
    s.reviews.push(review("r2", [f("must-fix", "other bug", 9)]));
    const capped = wakeStep(s, input({ rounds: 1 }));
    expect(capped).toMatchObject({ kind: "wake", capped: true });
    if (capped.kind !== "wake") throw new Error("expected a wake");
    applyWake(s, SID, capped, new Date());
    expect(s.wake?.[SID]).toMatchObject({ rounds: 1, stopReason: expect.stringMatching(/round cap/), open: ["src/a.ts:9 other bug"] });
    s.reviews.push(review("r3", [f("must-fix", "third", 12)]));
    expect(wakeStep(s, input({ rounds: 1 }))).toMatchObject({ kind: "done", reason: expect.stringMatching(/stopped/) });
  });
});

describe("formatWake", () => {
  const step = { kind: "wake" as const, reviewIds: ["r1"], findings: [f("must-fix", "SQL built by concatenation", 4)], capped: false };
  it("is compact: mark, severity, file:line, title, fix, id, how to reject, where the details are", () => {
    const text = formatWake(step, "en", 0, 8);
    expect(text.startsWith(WAKE_MARK)).toBe(true);
    expect(text).toContain("not a message from the user");
    expect(text).toContain(`- [must-fix] src/a.ts:4 SQL built by concatenation — fix SQL built by concatenation (id ${findingId(step.findings[0]!)})`);
    expect(text).toContain("codex-collab-reject <id>: <reason>");
    expect(text).toContain("codex-collab reviews show r1");
    expect(text.split("\n")).toHaveLength(4);
  });

  it("speaks the prompt's language, and says when the loop stops", () => {
    const zh = formatWake(step, "zh", 0, 8);
    expect(zh.startsWith(WAKE_MARK)).toBe(true);
    expect(zh).toContain("不是用户的消息");
    expect(formatWake({ ...step, capped: true }, "en", 2, 8)).toMatch(/has run 2 rounds and stops here/);
  });
});

describe("waitAndWake on a real store", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const config = (review: Record<string, unknown> = {}) => z.parse(Config, { review: { mode: "always", ...review } });
  const fast = { sleep: () => new Promise<void>((r) => setTimeout(r, 5)), log: () => {}, now: () => "v1" };

  it("wakes once with the finding and records it; a second waiter finds nothing to wake for", async () => {
    root = mkdtempSync(join(tmpdir(), "cc-waiter-"));
    const store = openStore(root);
    store.update((s) => void s.reviews.push(review("r1", [f("must-fix", "bug")])));
    const first = await waitAndWake({ root, store, config: config(), claudeSessionId: SID, ...fast });
    expect("wake" in first && first.wake).toContain("src/a.ts:3 bug");
    const second = await waitAndWake({ root, store, config: config(), claudeSessionId: SID, ...fast });
    expect(second).toEqual({ skip: "no must-fix finding to wake for" });
    expect(store.read().wake?.[SID]).toMatchObject({ rounds: 1 });
    expect(store.read().wake?.[SID]?.waiter).toBeUndefined();
  });

  it("speaks the language of the user's prompt (as UserPromptSubmit recorded it); config.locale wins", async () => {
    root = mkdtempSync(join(tmpdir(), "cc-waiter-"));
    const store = openStore(root);
    store.update((s) => {
      s.reviews.push(review("r1", [f("must-fix", "bug")]));
      s.classifications[SID] = { level: "complex", score: 9, at: "2026-01-01T00:00:00.000Z", locale: "zh" };
    });
    const zh = await waitAndWake({ root, store, config: config(), claudeSessionId: SID, ...fast });
    expect("wake" in zh && zh.wake).toContain("不是用户的消息");
    store.update((s) => void s.reviews.push(review("r2", [f("must-fix", "other", 8)])));
    const en = await waitAndWake({ root, store, config: z.parse(Config, { locale: "en", review: { mode: "always" } }), claudeSessionId: SID, ...fast });
    expect("wake" in en && en.wake).toContain("not a message from the user");
  });

  it("waits for its own edit to be recorded by the PostToolUse hook beside it before deciding anything", async () => {
    root = mkdtempSync(join(tmpdir(), "cc-waiter-"));
    const store = openStore(root);
    // An earlier round's review, already woken: alone it would mean "nothing to wake for".
    store.update((s) => void s.reviews.push(review("r0", [f("must-fix", "old")], { wokenAt: "x" })));
    const own = { path: "src/a.ts", hash: "0123456789abcdef" };
    let polls = 0;
    const sleep = async () => {
      polls += 1;
      // The PostToolUse hook records the edit late; the worker then reviews it.
      if (polls === 5) store.update((s) => void s.pendingEdits.push({ ...own, at: new Date().toISOString(), tool: "Edit", claudeSessionId: SID }));
      if (polls === 8) store.update((s) => {
        s.pendingEdits = [];
        s.reviews.push(review("r1", [f("must-fix", "new bug", 7)]));
      });
      await new Promise<void>((r) => setTimeout(r, 5));
    };
    const result = await waitAndWake({ root, store, config: config(), claudeSessionId: SID, ...fast, sleep, ownEdits: [own] });
    expect("wake" in result && result.wake).toContain("src/a.ts:7 new bug");
  });

  it("only one waiter per session: a live one keeps the slot", async () => {
    root = mkdtempSync(join(tmpdir(), "cc-waiter-"));
    const store = openStore(root);
    // The test runner's parent is alive and is not us: it holds the slot.
    store.update((s) => void (s.wake = { [SID]: { rounds: 0, rejected: {}, waiter: { pid: process.ppid, since: new Date().toISOString() } } }));
    store.update((s) => void s.reviews.push(review("r1", [f("must-fix", "bug")])));
    expect(await waitAndWake({ root, store, config: config(), claudeSessionId: SID, ...fast })).toEqual({ skip: "another hook already waits for this session's review" });
    expect(store.read().reviews[0]?.wokenAt).toBeUndefined();
  });

  it("a user prompt while it waits ends the wait without a wake; the findings stay for the next hook", async () => {
    root = mkdtempSync(join(tmpdir(), "cc-waiter-"));
    const store = openStore(root);
    store.update((s) => void s.reviews.push(review("r1", [f("must-fix", "bug")], { status: "running" })));
    let polls = 0;
    const sleep = async () => {
      if (++polls === 3) store.update((s) => void Object.assign(s.wake![SID]!, { userPromptAt: new Date().toISOString() }));
      if (polls === 4) store.update((s) => void (s.reviews[0]!.status = "done"));
      await new Promise<void>((r) => setTimeout(r, 5));
    };
    const result = await waitAndWake({ root, store, config: config(), claudeSessionId: SID, ...fast, sleep });
    expect(result).toMatchObject({ skip: expect.stringMatching(/user prompted/) });
    const r = store.read().reviews[0]!;
    expect([r.wokenAt, r.deliveredAt]).toEqual([undefined, undefined]);
  });

  it("its deadline covers the debounce and a whole review, and stays under the hook's timeout", () => {
    expect(waiterDeadlineMs(config({ debounceSeconds: 20 }))).toBe((20 + 900 + 120) * 1000);
    expect(waiterDeadlineMs(z.parse(Config, { codex: { timeoutSeconds: 5000 } }))).toBe((WAKE_HOOK_TIMEOUT_SECONDS - 60) * 1000);
  });
});
