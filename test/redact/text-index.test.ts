// The remembered look-ups of src/redact/text-index.ts must answer as the plain searches they replace, whatever
// order the positions come in: a stale answer would move a call's argument end or miss a diff line's side.
import { describe, expect, it } from "vitest";
import { LINE_BACK, TextIndex } from "../../src/redact/text-index.js";

/** Seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The bounded walk back that lineStart replaces. */
function plainLineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < LINE_BACK && text[i - 1] !== "\n") i--;
  return i === 0 || text[i - 1] === "\n" ? i : -1;
}

describe("text index", () => {
  it("answers as indexOf and the bounded walk back, for increasing, repeated and decreasing positions", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      // Lines around LINE_BACK long, so starts fall on both sides of the bound.
      const text = Array.from({ length: 1200 }, () => (next() < 0.004 ? "\n" : next() < 0.01 ? "," : "a")).join("");
      const index = new TextIndex(text);
      const got: number[][] = [];
      const want: number[][] = [];
      let at = 0;
      for (let q = 0; q < 300; q++) {
        at = next() < 0.9 ? Math.min(text.length, at + Math.floor(next() * 40)) : Math.floor(next() * text.length);
        got.push([at, index.lineStart(at), index.indexOf(",", at), index.indexOf("\n", at)]);
        want.push([at, plainLineStart(text, at), text.indexOf(",", at), text.indexOf("\n", at)]);
      }
      expect({ seed, got }).toEqual({ seed, got: want });
    }
  });
});
