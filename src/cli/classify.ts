import { createInterface } from "node:readline";
import { classify, explain } from "../classify/classify.js";
import { loadConfig } from "../config/load.js";
import { UsageError } from "../errors.js";
import { findProjectRoot } from "../project.js";
import { parseVerbArgs, print, readAll, type Io } from "./io.js";

const USAGE = `Usage: codex-collab classify [--json] [TEXT]        (TEXT or stdin)
       codex-collab classify --jsonl < prompts.jsonl   (one {"prompt": "…"} per line → one result per line)`;

export async function classifyVerb(args: string[], io: Io): Promise<number> {
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
      let prompt: unknown;
      try {
        prompt = (JSON.parse(raw) as { prompt?: unknown }).prompt;
      } catch (e) {
        throw new UsageError(`stdin line ${line}: not JSON (${(e as Error).message})`, USAGE);
      }
      if (typeof prompt !== "string") throw new UsageError(`stdin line ${line}: expected {"prompt": "<text>"}`, USAGE);
      io.stdout.write(`${JSON.stringify(classify(prompt, options))}\n`);
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
