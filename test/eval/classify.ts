// `npm run eval:classify [-- file.jsonl]`: accuracy, confusion matrix and mistakes on a labelled JSONL file.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { evaluate, formatReport, parseLabelled } from "../../src/classify/eval.js";

const file = resolve(process.argv[2] ?? "test/fixtures/classify/corpus.jsonl");
const items = parseLabelled(readFileSync(file, "utf8"), file);
process.stdout.write(`${formatReport(evaluate(items), file)}\n`);
