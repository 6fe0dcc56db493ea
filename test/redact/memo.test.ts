// src/redact/memo.ts: a remembered check answers as the check, and arguments that join to the same text stay apart.
import { describe, expect, it } from "vitest";
import { memoized } from "../../src/redact/memo.js";

describe("memoized checks", () => {
  it("calls the check once per distinct arguments", () => {
    const seen: string[] = [];
    const check = memoized((a: string, b: string) => (seen.push(`${a}|${b}`), a.length > b.length));
    expect([check("ab", "c"), check("ab", "c"), check("a", "bc"), check("1:a", "b"), check("1", ":ab"), check("", "")]).toEqual([true, true, false, true, false, false]);
    expect(seen).toEqual(["ab|c", "a|bc", "1:a|b", "1|:ab", "|"]);
  });
});
