// `npm run bench:classify`: the classifier runs on every prompt, so its cost is measured here
// rather than asserted in unit tests.
import { readFileSync } from "node:fs";
import { classify } from "../../src/classify/classify.js";
import { parseLabelled } from "../../src/classify/eval.js";

const prompts = parseLabelled(readFileSync("test/fixtures/classify/train.jsonl", "utf8")).map((i) => i.prompt);

function perCall(inputs: readonly string[], rounds: number): number {
  for (const p of inputs) classify(p); // warm-up: compile the word lists and JIT the scan
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const p of inputs) classify(p);
  return (performance.now() - t0) / (rounds * inputs.length);
}

const huge = [
  "lorem ipsum dolor sit amet ".repeat(40_000),
  "a".repeat(1 << 20),
  `src/${"a/".repeat(1 << 19)}x.ts`,
  "    at f (src/a.ts:1:1)\n".repeat(1 << 16),
];
const cold = performance.now();
classify("把整个支付模块重构一下");
const first = performance.now() - cold;

console.log(`first call (loads the word lists and the weights): ${first.toFixed(2)} ms`);
console.log(`corpus prompts (${prompts.length}): ${(perCall(prompts, 50) * 1000).toFixed(0)} µs per prompt`);
console.log(`1 MB prompts (${huge.length} shapes): ${perCall(huge, 5).toFixed(2)} ms per prompt`);
