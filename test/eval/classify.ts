// `npm run eval:classify [-- file.jsonl]`: accuracy, confusion matrix and mistakes on a labelled JSONL file; by
// default the held-out set (never fitted or tuned on), then one line each for the other sets.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { evaluate, formatReport, parseLabelled } from "../../src/classify/eval.js";

const DIR = "test/fixtures/classify";
const load = (file: string) => parseLabelled(readFileSync(resolve(file), "utf8"), file);
const line = (title: string, file: string) => {
  const e = evaluate(load(file));
  return `${title}: ${e.correct}/${e.total} = ${(e.accuracy * 100).toFixed(1)} %`;
};

const file = process.argv[2] ?? `${DIR}/heldout.jsonl`;
process.stdout.write(`${formatReport(evaluate(load(file)), file)}\n`);
if (!process.argv[2]) {
  process.stdout.write(
    [
      "",
      line("earlier corpus (other author and rubric; its mistakes guided train.jsonl additions, so not held out)", `${DIR}/corpus.jsonl`),
      line("earlier held-out (other author and rubric; same caveat)", `${DIR}/holdout.jsonl`),
      line("training set (fitted on; not a measure of accuracy)", `${DIR}/train.jsonl`),
      "",
    ].join("\n"),
  );
}
