// Build tool: the numbers the fitting options are chosen by. k-fold cross-validation on the training prompts, and
// accuracy on the development sets of a model fitted on all of them. Never given the held-out sets: those are
// measured once, by `npm run eval:classify`, with the shipped weights.
import { oneLine } from "../text.js";
import type { Evaluation, LabelledPrompt } from "./eval.js";
import type { Features } from "./features.js";
import { predict, type WeightTable } from "./model.js";
import { featurize, fit, type FitOptions } from "./train.js";

export interface Featurized {
  items: readonly LabelledPrompt[];
  feats: readonly Features[];
}

export function featurizeAll(items: readonly LabelledPrompt[]): Featurized {
  return { items, feats: items.map((i) => featurize(i.prompt)) };
}

function emptyEvaluation(): Evaluation {
  const row = () => ({ simple: 0, medium: 0, complex: 0 });
  return { total: 0, correct: 0, accuracy: 0, confusion: { simple: row(), medium: row(), complex: row() }, mistakes: [] };
}

/** Adds the predictions of `w` on the selected prompts to `e`; explanations name the three strongest features. */
function score(e: Evaluation, set: Featurized, w: WeightTable, select: (i: number) => boolean): void {
  set.items.forEach((item, i) => {
    if (!select(i)) return;
    const p = predict(set.feats[i]!, w);
    e.total++;
    e.confusion[item.level][p.level]++;
    if (p.level === item.level) e.correct++;
    else {
      const top = p.contributions.slice(0, 3).map((c) => `${c.feature} ${c.push > 0 ? "+" : ""}${c.push.toFixed(2)}`);
      e.mistakes.push({ prompt: oneLine(item.prompt), expected: item.level, actual: p.level, explanation: `${p.level}: ${top.join(", ")}` });
    }
  });
  e.accuracy = e.total ? e.correct / e.total : 0;
}

/**
 * Each prompt predicted by a model fitted on the other folds. Interleaved folds (i mod k) sample the whole file;
 * blocked folds are contiguous, and the file was written in batches by style, topic and language, so a blocked fold
 * is closer to prompts from a different author.
 */
export function crossValidate(set: Featurized, options: Partial<FitOptions> = {}, folds = 5, blocked = false): Evaluation {
  const n = set.items.length;
  const foldOf = (i: number) => (blocked ? Math.floor((i * folds) / n) : i % folds);
  const e = emptyEvaluation();
  for (let k = 0; k < folds; k++) {
    const train = [...Array(n).keys()].filter((i) => foldOf(i) !== k);
    const w = fit(train.map((i) => set.items[i]!), options, train.map((i) => set.feats[i]!));
    score(e, set, w, (i) => foldOf(i) === k);
  }
  return e;
}

/** Accuracy of weights fitted on all the training prompts, on another labelled set. */
export function evaluateFitted(w: WeightTable, set: Featurized): Evaluation {
  const e = emptyEvaluation();
  score(e, set, w, () => true);
  return e;
}
