import { describe, expect, it } from "vitest";
import { emptyState, type PendingEdit } from "../../src/state/schema.js";
import { keepForRetry, MAX_REVIEW_ATTEMPTS, retryDelayMs } from "../../src/worker/worker.js";

const edit = (path: string, over: Partial<PendingEdit> = {}): PendingEdit => ({ path, hash: `h-${path}`, at: "2026-01-01T00:00:00.000Z", tool: "Edit", claudeSessionId: "s1", ...over });

describe("a failed review's edits", () => {
  it("are kept with a growing backoff, and dropped after the last attempt; other edits are untouched", () => {
    const state = { ...emptyState(), pendingEdits: [edit("a.ts"), edit("b.ts"), edit("other.ts")] };
    const taken = state.pendingEdits.slice(0, 2);
    const now = Date.parse("2026-01-01T00:10:00.000Z");
    expect(keepForRetry(state, taken, "codex failed: 500", now)).toBe(0);
    expect(state.pendingEdits[0]).toMatchObject({ attempts: 1, retryAt: new Date(now + 30_000).toISOString(), lastError: "codex failed: 500" });
    expect(state.pendingEdits[2]?.attempts).toBeUndefined();
    expect(retryDelayMs(2)).toBe(120_000);
    for (let k = 2; k < MAX_REVIEW_ATTEMPTS; k++) keepForRetry(state, state.pendingEdits.slice(0, 2), "again", now);
    expect(state.pendingEdits[0]?.attempts).toBe(MAX_REVIEW_ATTEMPTS - 1);
    expect(keepForRetry(state, state.pendingEdits.slice(0, 2), "again", now)).toBe(2);
    expect(state.pendingEdits.map((e) => e.path)).toEqual(["other.ts"]);
  });
});
