// Scores a redactor on the issue-12 corpus (test/fixtures/redact/corpus): a secret case leaks when any 8-character
// run of a listed secret part (or the whole part, if shorter) survives; an ordinary case is a false positive when
// redaction changes it at all. Shared by `npm run bench:redact` and test/redact/corpus.test.ts.
import { readFileSync } from "node:fs";

export interface SecretCase {
  id: string;
  shape: string;
  category: string;
  channel: string;
  text: string;
  secrets: string[];
}
export interface OrdinaryCase {
  id: string;
  shape: string;
  category: string;
  channel: string;
  text: string;
}
export interface CorpusPart {
  part: "tune" | "heldout";
  secrets: SecretCase[];
  ordinary: OrdinaryCase[];
}

/**
 * Later batches of tuning shapes, tuning data whatever their hash: "x2-…", "x3-…" and "x4-…" ids, and the first five
 * held-out parts, each measured and then given to the tuners once a newer held-out part existed (see the corpus
 * README).
 * The held-out part is one file.
 */
const TUNE_EXTRA = ["tune-extra.json", "tune-heldout1.json", "tune-extra2.json", "tune-heldout2.json", "tune-heldout3.json", "tune-heldout4.json", "tune-heldout5.json", "tune-heldout6.json", "tune-heldout7.json", "tune-heldout8.json", "tune-heldout9.json", "tune-heldout10.json", "tune-heldout11.json", "tune-heldout12.json", "tune-heldout13.json", "tune-extra3.json", "tune-extra4.json"];

export function loadPart(part: "tune" | "heldout", root = "test/fixtures/redact/corpus"): CorpusPart {
  const base = JSON.parse(readFileSync(`${root}/${part}.json`, "utf8")) as CorpusPart;
  if (part === "heldout") return base;
  for (const file of TUNE_EXTRA) {
    const extra = JSON.parse(readFileSync(`${root}/${file}`, "utf8")) as CorpusPart;
    base.secrets.push(...extra.secrets);
    base.ordinary.push(...extra.ordinary);
  }
  return base;
}

const WINDOW = 8;

/** The first surviving piece of a secret part, or undefined when none survives. */
export function survivor(output: string, secret: string): string | undefined {
  if (secret.length <= WINDOW) return output.includes(secret) ? secret : undefined;
  for (let i = 0; i + WINDOW <= secret.length; i++) {
    const piece = secret.slice(i, i + WINDOW);
    if (output.includes(piece)) return piece;
  }
  return undefined;
}

export interface Score {
  secretCases: number;
  leaks: SecretCase[];
  ordinaryCases: number;
  falsePositives: { case: OrdinaryCase; output: string }[];
  bytes: number;
  ms: number;
}

export async function score(part: CorpusPart, redactText: (text: string) => string | Promise<string>): Promise<Score> {
  const leaks: SecretCase[] = [];
  const falsePositives: Score["falsePositives"] = [];
  let bytes = 0;
  let ms = 0;
  const run = async (text: string) => {
    bytes += Buffer.byteLength(text);
    const t0 = performance.now();
    const out = await redactText(text);
    ms += performance.now() - t0;
    return out;
  };
  for (const c of part.secrets) {
    const out = await run(c.text);
    if (c.secrets.some((s) => survivor(out, s) !== undefined)) leaks.push(c);
  }
  for (const c of part.ordinary) {
    const out = await run(c.text);
    if (out !== c.text) falsePositives.push({ case: c, output: out });
  }
  return { secretCases: part.secrets.length, leaks, ordinaryCases: part.ordinary.length, falsePositives, bytes, ms };
}

export const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(2)} %`;

export function summary(name: string, s: Score): string {
  return `${name}: leaks ${s.leaks.length}/${s.secretCases} (${pct(s.leaks.length, s.secretCases)}), false positives ${s.falsePositives.length}/${s.ordinaryCases} (${pct(s.falsePositives.length, s.ordinaryCases)}), ${((s.ms / s.bytes) * 1024).toFixed(3)} ms/KB`;
}
