// `npm run eval:classify [-- file.jsonl]`: accuracy, confusion matrix and mistakes on a labelled JSONL file; by
// default the held-out set (never fitted or tuned on), the second and third held-out sets' matrices, the three
// together, then one line each for the other sets.
// `-- --cv`: what tuning may look at instead, without reading the held-out files: 5-fold cross-validation on the
// training set (interleaved and blocked folds) with the default fitting options, and the development sets.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { crossValidate, evaluateFitted, featurizeAll } from "../../src/classify/cv.js";
import { evaluate, formatReport, parseLabelled, type Evaluation } from "../../src/classify/eval.js";
import { fit } from "../../src/classify/train.js";

const DIR = "test/fixtures/classify";
const load = (file: string) => parseLabelled(readFileSync(resolve(file), "utf8"), file);
const summary = (title: string, e: Evaluation) => `${title}: ${e.correct}/${e.total} = ${(e.accuracy * 100).toFixed(1)} %`;
const line = (title: string, file: string) => summary(title, evaluate(load(file)));
const matrix = (e: Evaluation, title: string) => formatReport({ ...e, mistakes: [] }, title);

if (process.argv.includes("--cv")) {
  const train = featurizeAll(load(`${DIR}/train.jsonl`));
  const dev = featurizeAll([...load(`${DIR}/corpus.jsonl`), ...load(`${DIR}/holdout.jsonl`)]);
  const verbose = process.argv.includes("--mistakes");
  const show = (e: Evaluation, title: string) => (verbose ? formatReport(e, title) : matrix(e, title));
  process.stdout.write(
    [
      show(crossValidate(train), "train.jsonl, 5-fold cross-validation (interleaved folds)"),
      "",
      matrix(crossValidate(train, {}, 5, true), "train.jsonl, 5-fold cross-validation (blocked folds)"),
      "",
      show(evaluateFitted(fit(train.items, {}, train.feats), dev), "development sets (corpus.jsonl + holdout.jsonl), fitted on train.jsonl"),
      "",
    ].join("\n"),
  );
} else {
  const file = process.argv[2] ?? `${DIR}/heldout.jsonl`;
  const first = evaluate(load(file));
  process.stdout.write(`${formatReport(first, file)}\n`);
  if (!process.argv[2]) {
    const second = evaluate(load(`${DIR}/heldout2.jsonl`));
    const third = evaluate(load(`${DIR}/heldout3.jsonl`));
    const correct = first.correct + second.correct + third.correct;
    const total = first.total + second.total + third.total;
    process.stdout.write(
      [
        "",
        // The second and third held-out sets: their matrices only, never their prompts, so they stay unseen.
        matrix(second, `${DIR}/heldout2.jsonl (second held-out set, other author)`),
        "",
        matrix(third, `${DIR}/heldout3.jsonl (third held-out set, a third author)`),
        "",
        `all three held-out sets: ${correct}/${total} = ${((correct / total) * 100).toFixed(1)} %`,
        "",
        line("earlier corpus (other author and rubric; its mistakes guided train.jsonl additions, so not held out)", `${DIR}/corpus.jsonl`),
        line("earlier held-out (other author and rubric; same caveat)", `${DIR}/holdout.jsonl`),
        line("training set (fitted on; not a measure of accuracy)", `${DIR}/train.jsonl`),
        "",
      ].join("\n"),
    );
  }
}
