// `npm run train:classify`: fits the classifier on test/fixtures/classify/train.jsonl and writes
// src/classify/weights.generated.ts. `-- --cv '[{…}, …]'` instead compares fitting options: 5-fold cross-validated
// accuracy on the training set, accuracy on the development sets, and the size of the weights file. These are the
// only numbers used to choose the options (the held-out set is for `npm run eval:classify`).
import { readFileSync, writeFileSync } from "node:fs";
import { crossValidate, evaluateFitted, featurizeAll } from "../../src/classify/cv.js";
import { parseLabelled } from "../../src/classify/eval.js";
import { fit, FIT_DEFAULTS, GENERATED_WEIGHTS_PATH, weightsSource, type FitOptions } from "../../src/classify/train.js";

const DIR = "test/fixtures/classify";
const load = (name: string) => parseLabelled(readFileSync(`${DIR}/${name}`, "utf8"), name);
const train = featurizeAll(load("train.jsonl"));

if (process.argv.includes("--cv")) {
  const dev = featurizeAll([...load("corpus.jsonl"), ...load("holdout.jsonl")]);
  const grid: Partial<FitOptions>[] = JSON.parse(process.argv[process.argv.indexOf("--cv") + 1] ?? "[{}]");
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  for (const o of grid) {
    const w = fit(train.items, o, train.feats);
    const bytes = Buffer.byteLength(weightsSource(w));
    console.log(
      `${JSON.stringify({ ...FIT_DEFAULTS, ...o })}: interleaved ${pct(crossValidate(train, o).accuracy)}, ` +
        `blocked ${pct(crossValidate(train, o, 5, true).accuracy)}, development ${pct(evaluateFitted(w, dev).accuracy)}, ` +
        `${w.size} features, ${(bytes / 1024).toFixed(1)} KB`,
    );
  }
} else {
  const w = fit(train.items, {}, train.feats);
  writeFileSync(GENERATED_WEIGHTS_PATH, weightsSource(w));
  console.log(`${GENERATED_WEIGHTS_PATH}: ${w.size} features from ${train.items.length} prompts`);
}
