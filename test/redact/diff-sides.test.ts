// One side of a diff (src/redact/diff-sides.ts): the lines a value's neighbours are read from.
import { describe, expect, it } from "vitest";
import { lineSign, sameSide } from "../../src/redact/diff-sides.js";

describe("sameSide", () => {
  const diff = "-old: 1\n+new: 2\n both: 3\n+key: 4";
  const at = diff.indexOf("key");

  it("drops the other side's lines", () => expect(sameSide(diff, 0, diff.length, at)).toBe("+new: 2\n both: 3\n+key: 4"));
  it("keeps every line beside a context line", () => expect(sameSide(diff, 0, diff.length, diff.indexOf("both"))).toBe(diff));
  it("keeps a one-line region whole", () => expect(sameSide(diff, 1, 7, 3)).toBe("old: 1"));

  it("leaves out a first line whose side is beyond reach", () => {
    const text = `+${"x".repeat(5000)} proof\n-key`;
    expect(sameSide(text, text.indexOf("proof"), text.length, text.length - 1)).toBe("-key");
  });

  it("reads nothing when the value's own side is beyond reach", () => {
    const text = `+${"x".repeat(5000)} key\n-proof`;
    const at = text.indexOf("key");
    expect(sameSide(text, at, text.length, at)).toBe("");
  });

  it("gives no sign for a line that starts beyond reach", () => {
    expect(lineSign(`+${"x".repeat(5000)}`, 5000)).toBeNull();
    expect(lineSign("a\n+b", 3)).toBe("+");
  });
});
