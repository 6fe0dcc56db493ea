// The one line after every real run: what left the machine and what it cost. Values are never shown, only counts.
import type { Usage } from "../state/schema.js";
import type { CostEstimate } from "./usage.js";
import { formatUsage } from "./usage.js";

export interface Receipt {
  /** Files whose content (a diff) the prompt carried. */
  files: number;
  /** Bytes of the prompt as sent (after redaction and budgeting). */
  bytes: number;
  /** Values replaced by [REDACTED:…] before sending. */
  redactions: number;
  usage: Usage;
  costUsd: number;
  /** The model the estimate priced, and the date of its prices. */
  model: string;
  pricesDate: string;
}

export function receiptOf(r: { files: number; bytes: number; redactions: number; usage: Usage; cost: CostEstimate }): Receipt {
  return { files: r.files, bytes: r.bytes, redactions: r.redactions, usage: r.usage, costUsd: r.cost.usd, model: r.cost.model, pricesDate: r.cost.date };
}

function size(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(2)} MB` : n >= 1000 ? `${(n / 1000).toFixed(1)} kB` : `${n} B`;
}

/** "sent 3 files, 41.2 kB, 2 values redacted · 12,345 in (10,000 cached) / 456 out tokens, ~$0.021 (estimate, gpt-5.5 prices of 2026-06)" */
export function formatReceipt(r: Receipt): string {
  const files = `${r.files} file${r.files === 1 ? "" : "s"}`;
  const redacted = `${r.redactions} value${r.redactions === 1 ? "" : "s"} redacted`;
  const usage = formatUsage({ ...r.usage, costUsd: r.costUsd }).replace("(estimate)", `(estimate, ${r.model} prices of ${r.pricesDate})`);
  return `sent ${files}, ${size(r.bytes)}, ${redacted} · ${usage}`;
}
