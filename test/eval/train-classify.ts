// `npm run train:classify`: fits the classifier on test/fixtures/classify/train.jsonl and writes
// src/classify/weights.generated.ts. `-- --cv` instead prints 5-fold cross-validated accuracy on the training
// set, the only number used to choose the fitting options (the held-out set is for `npm run eval:classify`).
import { readFileSync, writeFileSync } from "node:fs";
import { parseLabelled } from "../../src/classify/eval.js";
import { predict } from "../../src/classify/model.js";
import { featurize, fit, FIT_DEFAULTS, GENERATED_WEIGHTS_PATH, weightsSource, type FitOptions } from "../../src/classify/train.js";

const TRAIN = "test/fixtures/classify/train.jsonl";
const items = parseLabelled(readFileSync(TRAIN, "utf8"), TRAIN);
const feats = items.map((i) => featurize(i.prompt));

/** Blocked folds are contiguous: the file was written in batches by topic and language, so a block is a shifted sample. */
function crossValidate(o: Partial<FitOptions>, blocked: boolean, folds = 5): number {
  let correct = 0;
  for (let k = 0; k < folds; k++) {
    const inFold = (i: number) => (blocked ? Math.floor((i * folds) / items.length) : i % folds) === k;
    const trainIdx = items.map((_, i) => i).filter((i) => !inFold(i));
    const w = fit(trainIdx.map((i) => items[i]!), o, trainIdx.map((i) => feats[i]!));
    items.forEach((it, i) => {
      if (inFold(i) && predict(feats[i]!, w).level === it.level) correct++;
    });
  }
  return correct / items.length;
}

if (process.argv.includes("--cv")) {
  const grid: Partial<FitOptions>[] = JSON.parse(process.argv[process.argv.indexOf("--cv") + 1] ?? "[{}]");
  for (const o of grid) {
    const pct = (b: boolean) => `${(crossValidate(o, b) * 100).toFixed(1)} %`;
    console.log(`${JSON.stringify({ ...FIT_DEFAULTS, ...o })}: interleaved ${pct(false)}, blocked ${pct(true)}`);
  }
} else {
  const w = fit(items, {}, feats);
  writeFileSync(GENERATED_WEIGHTS_PATH, weightsSource(w));
  console.log(`${GENERATED_WEIGHTS_PATH}: ${w.size} features from ${items.length} prompts`);
}
