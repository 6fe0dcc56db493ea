import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  classify,
  explain
} from "./chunk-BPNAVEWW.js";
import {
  parseVerbArgs,
  print,
  readAll
} from "./chunk-24YLMXXG.js";
import {
  loadConfig
} from "./chunk-2N2Y57GQ.js";
import "./chunk-O76QQAV3.js";
import {
  UsageError,
  findProjectRoot
} from "./chunk-5EGK72M7.js";
import "./chunk-X4VVDXC3.js";

// src/cli/classify.ts
import { createInterface } from "node:readline";
var USAGE = `Usage: codex-collab classify [--json] [TEXT]        (TEXT or stdin)
       codex-collab classify --jsonl < prompts.jsonl   (one {"prompt": "\u2026"} per line \u2192 one result per line)`;
async function classifyVerb(args, io) {
  const { values, positionals } = parseVerbArgs(args, { json: { type: "boolean" }, jsonl: { type: "boolean" }, help: { type: "boolean", short: "h" } }, USAGE);
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const options = loadConfig(findProjectRoot(io.cwd)).classify;
  if (values.jsonl) {
    let line = 0;
    for await (const raw of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
      line += 1;
      if (!raw.trim()) continue;
      let prompt;
      try {
        prompt = JSON.parse(raw).prompt;
      } catch (e) {
        throw new UsageError(`stdin line ${line}: not JSON (${e.message})`, USAGE);
      }
      if (typeof prompt !== "string") throw new UsageError(`stdin line ${line}: expected {"prompt": "<text>"}`, USAGE);
      io.stdout.write(`${JSON.stringify(classify(prompt, options))}
`);
    }
    return 0;
  }
  const text = positionals.length > 0 ? positionals.join(" ") : io.stdin.isTTY ? "" : await readAll(io.stdin);
  if (!text.trim()) throw new UsageError("nothing to classify: give TEXT or pipe it on stdin", USAGE);
  const result = classify(text, options);
  if (values.json) print(io.stdout, JSON.stringify(result, null, 2));
  else {
    print(io.stdout, explain(result));
    for (const s of result.signals) print(io.stdout, `  ${s.weight >= 0 ? "+" : ""}${s.weight}  ${s.id}: ${s.detail}`);
  }
  return 0;
}
export {
  classifyVerb
};
