// A multinomial logistic regression over the features of features.ts: one weight per feature and level, the level
// with the largest sum wins, and the features that pushed hardest towards it are the explanation. The weights are
// fitted by train.ts on test/fixtures/classify/train.jsonl and shipped in weights.generated.ts as two strings: the
// sorted feature names, one per line, and their weights as little-endian int16 in base64. Loading them is a scan
// for line starts and a base64 decode (JSON with an array per feature cost a hook ~10 ms); a prompt's ~50 features
// are then found by binary search in the names' text itself.
import type { Features } from "./features.js";
import { FEATURE_NAMES, FEATURE_WEIGHTS } from "./weights.generated.js";

export const LEVELS = ["simple", "medium", "complex"] as const;
export type Level = (typeof LEVELS)[number];

/** Weights are stored as integers in units of 1/WEIGHT_UNIT, which keeps the generated file small. */
export const WEIGHT_UNIT = 100;

/** Feature → [simple, medium, complex] weight. A Map while training; the packed table when shipped. */
export interface WeightTable {
  get(feature: string): readonly number[] | undefined;
}

/** Names sorted by UTF-16 code units (JavaScript's default sort and `<`), so binary search finds them. */
export function packWeights(w: ReadonlyMap<string, readonly number[]>): { names: string; weights: string } {
  const names = [...w.keys()].sort();
  const buf = Buffer.alloc(names.length * 6);
  names.forEach((n, i) => w.get(n)!.forEach((x, k) => buf.writeInt16LE(Math.round(x * WEIGHT_UNIT), (i * 3 + k) * 2)));
  return { names: names.join("\n"), weights: buf.toString("base64") };
}

/** Where each name starts in `names`, and one past the last: the names are never split into ~5,000 strings. */
function lineStarts(names: string): Int32Array {
  let count = names ? 1 : 0;
  for (let i = names.indexOf("\n"); i >= 0; i = names.indexOf("\n", i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let k = 0;
  if (names) starts[k++] = 0;
  for (let i = names.indexOf("\n"); i >= 0; i = names.indexOf("\n", i + 1)) starts[k++] = i + 1;
  starts[count] = names.length + 1;
  return starts;
}

/** names[from, to) compared with `key` by UTF-16 code units, as `<` compares strings. */
function compareAt(names: string, from: number, to: number, key: string): number {
  const n = Math.min(to - from, key.length);
  for (let i = 0; i < n; i++) {
    const d = names.charCodeAt(from + i) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return to - from - key.length;
}

export function unpackWeights(names: string, weights: string): WeightTable {
  const starts = lineStarts(names);
  const buf = Buffer.from(weights, "base64");
  return {
    get(feature) {
      let [lo, hi] = [0, starts.length - 2];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = compareAt(names, starts[mid]!, starts[mid + 1]! - 1, feature);
        if (c === 0) return [0, 1, 2].map((j) => buf.readInt16LE((mid * 3 + j) * 2) / WEIGHT_UNIT);
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
  };
}

let table: WeightTable | undefined;

export function builtInWeights(): WeightTable {
  return (table ??= unpackWeights(FEATURE_NAMES, FEATURE_WEIGHTS));
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
  // forEach rather than for-of: no entry array per feature in a process too short-lived for the JIT.
  f.forEach((value, feature) => {
    const fw = w.get(feature);
    if (!fw) return;
    for (let k = 0; k < LEVELS.length; k++) logits[k]! += value * fw[k]!;
    known.push({ feature, value, w: fw });
  });
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
