import { describe, expect, it } from "vitest";
import { CharCounts, RunEnds } from "../../src/redact/runs.js";

/** A fixed pseudo-random sequence, so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const textOf = (rnd: () => number, n: number, alphabet: string) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join("");

/** Starts that mostly move forward, as names do in a pass, with some jumps back. */
function starts(rnd: () => number, n: number, count: number): number[] {
  const out: number[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    p = rnd() < 0.1 ? Math.floor(rnd() * n) : Math.min(n, p + Math.floor(rnd() * 6));
    out.push(p);
  }
  return out;
}

describe("RunEnds", () => {
  it("answers as a fresh bounded scan does", () => {
    for (const [seed, alphabet, max] of [[1, "ab ", 8], [2, "abcd=", 5], [3, "a", 16], [4, "ab,;)", 3]] as const) {
      const rnd = random(seed);
      const text = textOf(rnd, 400, alphabet);
      const ends = new RunEnds(text, new RegExp(`[^\\s,;)]{0,${max}}`, "y"), max);
      for (const from of starts(rnd, text.length, 2000)) {
        const limit = Math.min(text.length, from + max);
        let end = from;
        while (end < limit && !/[\s,;)]/.test(text[end]!)) end++;
        expect(ends.at(from), `from ${from}`).toBe(end);
      }
    }
  });
});

describe("CharCounts", () => {
  const entropy = (s: string) => {
    const counts = new Map<string, number>();
    for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    return [...counts.values()].reduce((h, n) => h - (n / s.length) * Math.log2(n / s.length), 0);
  };

  it("finds the entropy below a bound as a pass over the stretch does", () => {
    for (const [seed, alphabet] of [[1, "key="], [2, "abcdefghij"], [3, "aab"], [4, "password=XY12"]] as const) {
      const rnd = random(seed);
      const text = textOf(rnd, 600, alphabet);
      const counts = new CharCounts(text);
      for (const start of starts(rnd, text.length, 2000)) {
        const end = Math.min(text.length, start + Math.floor(rnd() * 80));
        const h = entropy(text.slice(start, end));
        if (end > start && Math.abs(h - 2) > 1e-6) expect(counts.entropyBelow(start, end, 2), `${start}-${end}`).toBe(h < 2);
      }
    }
  });

  it("gives no answer for a stretch holding half of a surrogate pair", () => {
    const text = "ab😀ab";
    expect(new CharCounts(text).entropyBelow(0, text.length, 8)).toBe(false);
  });
});
