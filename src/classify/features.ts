// What the model sees of a prompt: the rule signals (signals.ts) by name with their weight as value, the English
// words and word pairs of the prose, and Chinese characters and character pairs (Chinese has no spaces; a pair is
// roughly a word).
// Code and stack traces are left out of the words: their identifiers say nothing about the size of the task, and
// their presence is already a signal.
import { isCjk, isDigits } from "./match.js";
import type { Analysis } from "./signals.js";

/** Feature name → value. Names: `s:<signal>`, `w:<english word or pair>`, `c:<chinese characters>`, `x:bias`. */
export type Features = Map<string, number>;


/** "tests" → "test", "retries" → "retry", "fixed" stays: a plural is the same word, other endings may not be. */
function normalWord(tok: string): string {
  if (tok.length > 4 && tok.endsWith("ies")) return `${tok.slice(0, -3)}y`;
  if (tok.length > 3 && tok.endsWith("s") && !tok.endsWith("ss") && !tok.endsWith("us") && !tok.endsWith("'s")) return tok.slice(0, -1);
  return tok;
}

// Index loops: see match.ts findAll.
function addWords(tokens: readonly string[], out: Features): void {
  let prev = "";
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // Dotted tokens are file names, versions and hosts: counted as paths by the rules, noise as words.
    if (tok.includes(".") || tok.length > 24) {
      prev = "";
      continue;
    }
    const w = isDigits(tok) ? "#" : normalWord(tok);
    out.set(`w:${w}`, 1);
    if (prev) out.set(`w:${prev} ${w}`, 1);
    prev = w;
  }
}

function addChinese(prose: string, out: Features): void {
  let prev = "";
  // Code units: every CJK character counted here is in the Basic Multilingual Plane.
  for (let i = 0; i < prose.length; i++) {
    const ch = prose[i]!;
    if (!isCjk(ch)) {
      prev = "";
      continue;
    }
    out.set(`c:${ch}`, 1);
    if (prev) out.set(`c:${prev}${ch}`, 1);
    prev = ch;
  }
}

export function features(a: Analysis): Features {
  const out: Features = new Map();
  for (let i = 0; i < a.signals.length; i++) {
    const s = a.signals[i]!;
    out.set(`s:${s.id}`, (out.get(`s:${s.id}`) ?? 0) + s.weight);
  }
  addWords(a.tokens, out);
  addChinese(a.prose, out);
  out.set("x:bias", 1);
  return out;
}
