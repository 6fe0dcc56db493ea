import { describe, expect, it } from "vitest";
import { fenceData } from "../../src/templates/fence.js";

describe("fenceData", () => {
  it("wraps the value between matching open and close lines", () => {
    const out = fenceData("diff", "+a\n+b");
    const m = /^<<<DATA diff ([0-9a-f]{12})>>>\n\+a\n\+b\n<<<END DATA diff \1>>>$/.exec(out);
    expect(m).not.toBeNull();
  });

  it("joins a list one item per line and keeps an empty value empty", () => {
    expect(fenceData("files", ["a.ts", "b.ts"])).toMatch(/>>>\na\.ts\nb\.ts\n<<<END/);
    expect(fenceData("files", [])).toMatch(/^<<<DATA files [0-9a-f]{12}>>>\n<<<END DATA files [0-9a-f]{12}>>>$/);
  });

  it("refuses labels that could break the fence line", () => {
    expect(() => fenceData("a b", "v")).toThrow(/invalid data section label/);
    expect(() => fenceData("a>>>\nb", "v")).toThrow(/invalid data section label/);
    expect(() => fenceData("", "v")).toThrow(/invalid data section label/);
  });
});
