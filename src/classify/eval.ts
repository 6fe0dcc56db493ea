// Accuracy of the classifier on labelled prompts, for the corpus test and `npm run eval:classify`.
import { oneLine } from "../text.js";
import { classify, explain, type ClassifyOptions, type Level } from "./classify.js";

export const LEVELS: readonly Level[] = ["simple", "medium", "complex"];

export interface LabelledPrompt {
  prompt: string;
  level: Level;
}

export interface Mistake {
  prompt: string;
  expected: Level;
  actual: Level;
  explanation: string;
}

export interface Evaluation {
  total: number;
  correct: number;
  /** correct / total; 0 for an empty set. */
  accuracy: number;
  /** confusion[expected][actual] = count. */
  confusion: Record<Level, Record<Level, number>>;
  mistakes: Mistake[];
}

function isLevel(v: unknown): v is Level {
  return v === "simple" || v === "medium" || v === "complex";
}

/** Parses JSONL: one `{"prompt": "...", "level": "simple|medium|complex"}` per non-blank line. */
export function parseLabelled(jsonl: string, source = "input"): LabelledPrompt[] {
  const items: LabelledPrompt[] = [];
  jsonl.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      throw new Error(`${source}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    const o = v as { prompt?: unknown; level?: unknown };
    if (typeof o?.prompt !== "string" || !isLevel(o.level)) {
      throw new Error(`${source}:${i + 1}: expected {"prompt": string, "level": "simple"|"medium"|"complex"}`);
    }
    items.push({ prompt: o.prompt, level: o.level });
  });
  return items;
}

export function evaluate(items: readonly LabelledPrompt[], opts?: ClassifyOptions): Evaluation {
  const row = (): Record<Level, number> => ({ simple: 0, medium: 0, complex: 0 });
  const confusion: Record<Level, Record<Level, number>> = { simple: row(), medium: row(), complex: row() };
  const mistakes: Mistake[] = [];
  let correct = 0;
  for (const item of items) {
    const r = classify(item.prompt, opts);
    confusion[item.level][r.level]++;
    if (r.level === item.level) correct++;
    else mistakes.push({ prompt: item.prompt, expected: item.level, actual: r.level, explanation: explain(r) });
  }
  return { total: items.length, correct, accuracy: items.length ? correct / items.length : 0, confusion, mistakes };
}


export function formatReport(e: Evaluation, title = "classify"): string {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    `${title}: ${e.correct}/${e.total} correct, accuracy ${(e.accuracy * 100).toFixed(1)} %`,
    "",
    `expected \\ actual ${LEVELS.map((l) => pad(l, 8)).join("")}`,
    ...LEVELS.map((exp) => `${exp.padEnd(18)} ${LEVELS.map((act) => pad(e.confusion[exp][act], 8)).join("")}`),
  ];
  if (e.mistakes.length) {
    lines.push("", `misclassified (${e.mistakes.length}):`);
    for (const m of e.mistakes) {
      lines.push(`- expected ${m.expected}, got ${m.actual}: ${oneLine(m.prompt, 110)}`, `    ${m.explanation}`);
    }
  }
  return lines.join("\n");
}
