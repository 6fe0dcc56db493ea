// Task classifier for the UserPromptSubmit hook: the rule signals (signals.ts) and the prompt's words go into a
// small linear model (model.ts) fitted on labelled prompts; the features that pushed the winning level ahead of
// the runner-up are the explanation. Pure, and well under a millisecond per prompt.
import { features } from "./features.js";
import { predict, type Level } from "./model.js";
import { ruleSignals, type ExtraWords, type Signal } from "./signals.js";

export type { Level } from "./model.js";
export type { Signal } from "./signals.js";
export { MAX_SCAN_CHARS } from "./signals.js";

export interface ClassifyResult {
  level: Level;
  /** Expected size from 0 (surely simple) through 5 (medium) to 10 (surely complex). */
  score: number;
  /** What the rules found in the prompt. */
  signals: Signal[];
  /** The features that decided the level, strongest first; weight is how far each moved it ahead of the runner-up. */
  reasons: Signal[];
}

/** Same keys and meaning as the `classify` section of `.claude/codex-collab.json`. */
export interface ClassifyOptions extends ExtraWords {
  mediumThreshold?: number;
  complexThreshold?: number;
}

export const DEFAULT_THRESHOLDS = { mediumThreshold: 3, complexThreshold: 7 } as const;

/** Each threshold point above its default takes this much from that level's sum in the model (below adds it). */
export const THRESHOLD_STEP = 0.5;

const MAX_REASONS = 5;

/** The features named in an explanation: the constant term says nothing about the prompt. */
function reason(feature: string, push: number, signals: readonly Signal[]): Signal | undefined {
  const weight = Math.round(push * 100) / 100;
  const [kind, name = ""] = [feature.slice(0, 1), feature.slice(2)];
  if (kind === "s") return { id: name, weight, detail: signals.find((s) => s.id === name)?.detail ?? "" };
  if (kind === "w" || kind === "c") return { id: "word", weight, detail: name === "#" ? "a number" : name };
  return undefined;
}

export function classify(text: string, opts: ClassifyOptions = {}): ClassifyResult {
  const a = ruleSignals(text, opts);
  if (a.slashCommand !== undefined) {
    const s = { id: "slashCommand", weight: 0, detail: a.slashCommand };
    return { level: "simple", score: 0, signals: [s], reasons: [s] };
  }
  if (!a.prose.trim() && a.signals.length === 0) return { level: "simple", score: 0, signals: [], reasons: [] };
  const shift = [
    0,
    -THRESHOLD_STEP * ((opts.mediumThreshold ?? DEFAULT_THRESHOLDS.mediumThreshold) - DEFAULT_THRESHOLDS.mediumThreshold),
    -THRESHOLD_STEP * ((opts.complexThreshold ?? DEFAULT_THRESHOLDS.complexThreshold) - DEFAULT_THRESHOLDS.complexThreshold),
  ];
  const p = predict(features(a), undefined, shift);
  const reasons: Signal[] = [];
  for (const c of p.contributions) {
    const r = reason(c.feature, c.push, a.signals);
    if (r && r.weight !== 0) reasons.push(r);
    if (reasons.length === MAX_REASONS) break;
  }
  const score = Math.round(10 * (p.probabilities[1]! * 0.5 + p.probabilities[2]!));
  return { level: p.level, score, signals: a.signals, reasons };
}

const SELF_DESCRIBED = new Set(["files", "steps", "length", "errorLog", "code", "word", "slashCommand"]);

/** One reason as shown to people: "scope 重构", "retry", "4 paths named". */
export function reasonText(s: Signal): string {
  return SELF_DESCRIBED.has(s.id) ? s.detail : `${s.id} ${s.detail}`.trim();
}

/** One line for humans: "complex (score 9): scope 重构 +1.3, 支付 +0.8, 4 paths named +0.6, question 吗 -0.4". */
export function explain(result: ClassifyResult): string {
  const parts = result.reasons.map((s) => (s.id === "slashCommand" ? s.detail : `${reasonText(s)} ${s.weight > 0 ? "+" : ""}${s.weight}`));
  return `${result.level} (score ${result.score}): ${parts.length ? parts.join(", ") : "no signals"}`;
}
