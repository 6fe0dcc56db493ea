// Usage and its estimated cost: the shipped price table (data, with its date), the config's override, the cost cap
// on automatic reviews, and the validation of the new config keys.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { Config } from "../../src/config/schema.js";
import { reviewPolicy } from "../../src/worker/worker.js";
import { emptyState, type ReviewRecord, type StateFile } from "../../src/state/schema.js";
import shipped from "../../src/workflow/prices.json" with { type: "json" };
import { estimateCost, priceTable, projectUsage, reviewsCost } from "../../src/workflow/usage.js";

const usage = (input: number, cached: number, output: number) => ({ input_tokens: input, cached_input_tokens: cached, output_tokens: output, reasoning_output_tokens: 0 });

describe("price table", () => {
  it("ships dated prices with its default model in the table", () => {
    expect(shipped.date).toMatch(/^\d{4}-\d{2}/);
    expect(Object.keys(shipped.models)).toContain(shipped.defaultModel);
    for (const p of Object.values(shipped.models)) expect(p.cachedInput).toBeLessThanOrEqual(p.input);
  });

  it("prices cached input at the cached rate; an unknown model is priced as the default and says so", () => {
    const table = priceTable(z.parse(Config, {}));
    const price = shipped.models[shipped.defaultModel as keyof typeof shipped.models];
    const known = estimateCost(usage(1_000_000, 250_000, 10_000), shipped.defaultModel, table);
    expect(known.usd).toBeCloseTo((750_000 * price.input + 250_000 * price.cachedInput + 10_000 * price.output) / 1e6, 9);
    expect(known).toMatchObject({ known: true, model: shipped.defaultModel, date: shipped.date });
    const unknown = estimateCost(usage(1_000_000, 250_000, 10_000), "some-future-model", table);
    expect(unknown).toMatchObject({ known: false, model: shipped.defaultModel, usd: known.usd });
  });

  it("the config's prices extend and override the shipped ones, with their own date", () => {
    const config = z.parse(Config, { context: { prices: { "gpt-5": { input: 2, cachedInput: 1, output: 4 }, mine: { input: 0, cachedInput: 0, output: 1 } }, pricesDate: "2026-11-30" } });
    const table = priceTable(config);
    expect(table.date).toBe("2026-11-30");
    expect(estimateCost(usage(1_000_000, 0, 0), "gpt-5", table).usd).toBe(2);
    expect(estimateCost(usage(0, 0, 1_000_000), "mine", table).usd).toBe(1);
  });

  it("rejects invalid budgets and prices", () => {
    for (const bad of [
      { context: { threadBudgetTokens: 100 } },
      { context: { threadBudgetTokens: 1.5e5 + 0.5 } },
      { context: { prices: { m: { input: -1, cachedInput: 0, output: 0 } } } },
      { context: { prices: { m: { input: 1 } } } },
      { review: { maxCostPerSession: -1 } },
    ]) {
      expect(z.safeParse(Config, bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("usage totals and the automatic-review cost cap", () => {
  function review(id: string, u: ReturnType<typeof usage>): ReviewRecord {
    return { id, sessionName: "t", claudeSessionId: "s1", diffHash: id, files: ["a.ts"], status: "done", startedAt: "2026-01-01T00:00:00.000Z", findings: [], usage: u };
  }

  it("adds sessions up for the project", () => {
    const state: StateFile = emptyState();
    const session = (name: string, costUsd: number) => ({ name, threadId: null, createdAt: "", updatedAt: "", turns: 2, usage: usage(100, 10, 5), stage: 0, history: [], costUsd });
    state.sessions = { a: session("a", 0.5), b: session("b", 0.25) };
    expect(projectUsage(state)).toEqual({ input_tokens: 200, cached_input_tokens: 20, output_tokens: 10, turns: 4, costUsd: 0.75 });
  });

  it("stops automatic reviews once their estimated cost reaches review.maxCostPerSession", () => {
    const state: StateFile = { ...emptyState(), reviews: [review("r1", usage(400_000, 0, 20_000)), review("r2", usage(400_000, 0, 20_000))] };
    const now = Date.parse("2026-01-02T00:00:00.000Z");
    const cfg = (maxCostPerSession: number) => z.parse(Config, { review: { mode: "always", minIntervalSeconds: 0, maxCostPerSession } });
    const spent = reviewsCost(state.reviews, cfg(1));
    expect(spent).toBeGreaterThan(0);
    expect(reviewPolicy(state, cfg(spent), "s1", now)).toMatchObject({ run: false, skip: expect.stringMatching(/^cost budget used \(~\$[\d.]+ of \$[\d.]+, estimate\)$/) });
    expect(reviewPolicy(state, cfg(spent + 0.01), "s1", now)).toEqual({ run: true });
  });
});
