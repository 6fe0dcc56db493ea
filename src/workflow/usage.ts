// Usage and its estimated cost, per turn, session and project. Prices are data (prices.json, with the date they
// were taken), overridable and extendable in the config's `context.prices`; every figure is an estimate, because
// codex does not say which model answered and providers change prices.
import type { Config } from "../config/schema.js";
import type { ReviewRecord, Session, StateFile, Usage } from "../state/schema.js";
import shipped from "./prices.json" with { type: "json" };

export interface Price {
  /** USD per million tokens. */
  input: number;
  cachedInput: number;
  output: number;
}

export interface PriceTable {
  date: string;
  defaultModel: string;
  models: Record<string, Price>;
}

export interface CostEstimate {
  usd: number;
  /** The model whose prices were used. */
  model: string;
  /** False when the model is not in the table: then the default model's prices were used. */
  known: boolean;
  date: string;
}

export interface UsageTotals {
  input_tokens: number;
  cached_input_tokens: number;
  output_tokens: number;
  turns: number;
  /** Estimated USD. */
  costUsd: number;
}

/** The shipped table, with the config's prices over it. */
export function priceTable(config?: Pick<Config, "context">): PriceTable {
  const own = config?.context.prices ?? {};
  const overridden = Object.keys(own).length > 0;
  return {
    date: overridden && config?.context.pricesDate ? config.context.pricesDate : shipped.date,
    defaultModel: config?.context.model ?? shipped.defaultModel,
    models: { ...shipped.models, ...own },
  };
}

/** The model a turn is priced as: the one codex was told to use, else the configured or shipped default. */
export function pricedModel(config: Pick<Config, "context" | "codex"> | undefined, model?: string): string {
  return model ?? config?.codex.model ?? priceTable(config).defaultModel;
}

/** Cached input is part of codex's input_tokens, billed at the cached rate. */
export function estimateCost(usage: Partial<Usage> | null | undefined, model: string, table: PriceTable): CostEstimate {
  const known = Object.hasOwn(table.models, model);
  const price = (known ? table.models[model] : table.models[table.defaultModel]) ?? { input: 0, cachedInput: 0, output: 0 };
  const input = usage?.input_tokens ?? 0;
  const cached = Math.min(input, usage?.cached_input_tokens ?? 0);
  const output = usage?.output_tokens ?? 0;
  const usd = ((input - cached) * price.input + cached * price.cachedInput + output * price.output) / 1_000_000;
  return { usd, model: known ? model : table.defaultModel, known, date: table.date };
}

export function sessionUsage(s: Pick<Session, "usage" | "turns" | "costUsd">): UsageTotals {
  return {
    input_tokens: s.usage.input_tokens,
    cached_input_tokens: s.usage.cached_input_tokens,
    output_tokens: s.usage.output_tokens,
    turns: s.turns,
    costUsd: s.costUsd ?? 0,
  };
}

export function addUsage(a: UsageTotals, b: UsageTotals): UsageTotals {
  return {
    input_tokens: a.input_tokens + b.input_tokens,
    cached_input_tokens: a.cached_input_tokens + b.cached_input_tokens,
    output_tokens: a.output_tokens + b.output_tokens,
    turns: a.turns + b.turns,
    costUsd: a.costUsd + b.costUsd,
  };
}

export const NO_USAGE: UsageTotals = { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, turns: 0, costUsd: 0 };

/** Every session the state file keeps, added up. */
export function projectUsage(state: Pick<StateFile, "sessions">): UsageTotals {
  return Object.values(state.sessions).reduce((sum, s) => addUsage(sum, sessionUsage(s)), NO_USAGE);
}

export interface UsageReport {
  project: UsageTotals;
  sessions: (UsageTotals & { name: string })[];
  prices: { date: string; defaultModel: string; note: string };
}

/** What the status views (CLI, MCP) show about usage and cost. */
export function usageReport(state: Pick<StateFile, "sessions">, config: Pick<Config, "context" | "codex">): UsageReport {
  const table = priceTable(config);
  return {
    project: projectUsage(state),
    sessions: Object.values(state.sessions).map((s) => ({ name: s.name, ...sessionUsage(s) })),
    prices: { date: table.date, defaultModel: pricedModel(config), note: "estimate: codex does not report the model's price; override context.prices in the config" },
  };
}

/** "$0.0123" with enough digits to show small amounts. */
export function formatUsd(usd: number): string {
  if (usd === 0) return "$0";
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  if (usd < 10) return `$${usd.toFixed(3)}`;
  return `$${usd.toFixed(2)}`;
}

/** "12,345 in (10,000 cached) / 456 out tokens, ~$0.021 (estimate)". */
export function formatUsage(u: Pick<UsageTotals, "input_tokens" | "cached_input_tokens" | "output_tokens" | "costUsd">): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return `${n(u.input_tokens)} in (${n(u.cached_input_tokens)} cached) / ${n(u.output_tokens)} out tokens, ~${formatUsd(u.costUsd)} (estimate)`;
}

/** Estimated cost of reviews (the automatic-review cap per Claude session counts this). */
export function reviewsCost(reviews: readonly Pick<ReviewRecord, "usage">[], config: Pick<Config, "context" | "codex">): number {
  const table = priceTable(config);
  const model = pricedModel(config);
  return reviews.reduce((n, r) => n + estimateCost(r.usage, model, table).usd, 0);
}
