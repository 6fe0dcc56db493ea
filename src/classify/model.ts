// A multinomial logistic regression over the features of features.ts: one weight per feature and level, the level
// with the largest sum wins, and the features that pushed hardest towards it are the explanation. The weights are
// fitted by train.ts on test/fixtures/classify/train.jsonl and shipped in weights.generated.ts as one JSON string,
// parsed on first use (well under a millisecond; no build step at hook start).
import type { Features } from "./features.js";
import { WEIGHTS } from "./weights.generated.js";

export const LEVELS = ["simple", "medium", "complex"] as const;
export type Level = (typeof LEVELS)[number];

/** Weights are stored as integers in units of 1/WEIGHT_UNIT, which keeps the generated file small. */
export const WEIGHT_UNIT = 100;

/** Feature → [simple, medium, complex] weight. */
export type WeightTable = Map<string, readonly number[]>;

let table: WeightTable | undefined;

export function parseWeights(json: string): WeightTable {
  const raw = JSON.parse(json) as Record<string, number[]>;
  const out: WeightTable = new Map();
  for (const [k, v] of Object.entries(raw)) out.set(k, v.map((x) => x / WEIGHT_UNIT));
  return out;
}

export function builtInWeights(): WeightTable {
  return (table ??= parseWeights(WEIGHTS));
}

export interface Contribution {
  feature: string;
  value: number;
  /** How far this feature moved the winning level ahead of the runner-up. */
  push: number;
}

export interface Prediction {
  level: Level;
  /** Probability of each level, in LEVELS order. */
  probabilities: number[];
  /** Every feature that counted, strongest push first. */
  contributions: Contribution[];
}

/** `shift` is added to the levels' sums: how configured thresholds make a level harder or easier to reach. */
export function predict(f: Features, w: WeightTable = builtInWeights(), shift: readonly number[] = [0, 0, 0]): Prediction {
  const logits = [...shift];
  const known: { feature: string; value: number; w: readonly number[] }[] = [];
  for (const [feature, value] of f) {
    const fw = w.get(feature);
    if (!fw) continue;
    for (let k = 0; k < LEVELS.length; k++) logits[k]! += value * fw[k]!;
    known.push({ feature, value, w: fw });
  }
  const order = [0, 1, 2].sort((a, b) => logits[b]! - logits[a]!);
  const [best, second] = [order[0]!, order[1]!];
  const max = logits[best]!;
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  const contributions = known
    .map(({ feature, value, w: fw }) => ({ feature, value, push: value * (fw[best]! - fw[second]!) }))
    .filter((c) => c.push !== 0)
    .sort((a, b) => Math.abs(b.push) - Math.abs(a.push));
  return { level: LEVELS[best]!, probabilities: exps.map((e) => e / sum), contributions };
}
