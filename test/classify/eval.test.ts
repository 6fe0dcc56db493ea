import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, formatReport, parseLabelled } from "../../src/classify/eval.js";

const ITEMS = parseLabelled(
  [
    JSON.stringify({ prompt: "fix the typo in README", level: "simple" }),
    "",
    JSON.stringify({ prompt: "重构整个支付模块，注意并发安全", level: "complex" }),
    JSON.stringify({ prompt: "thanks!", level: "complex" }),
  ].join("\n"),
);

describe("parseLabelled", () => {
  it("skips blank lines", () => {
    expect(ITEMS.map((i) => i.level)).toEqual(["simple", "complex", "complex"]);
  });

  it("names the line of a bad entry", () => {
    expect(() => parseLabelled('{"prompt":"a","level":"simple"}\n{nope', "x.jsonl")).toThrow(/^x\.jsonl:2: not valid JSON/);
    expect(() => parseLabelled('{"prompt":"a","level":"hard"}', "x.jsonl")).toThrow(/^x\.jsonl:1: expected/);
  });
});

describe("evaluate", () => {
  it("counts accuracy, the confusion matrix and the mistakes", () => {
    const e = evaluate(ITEMS);
    expect(e).toMatchObject({ total: 3, correct: 2 });
    expect(e.accuracy).toBeCloseTo(2 / 3);
    expect(e.confusion.complex).toEqual({ simple: 1, medium: 0, complex: 1 });
    expect(e.confusion.simple).toEqual({ simple: 1, medium: 0, complex: 0 });
    expect(e.mistakes).toEqual([{ prompt: "thanks!", expected: "complex", actual: "simple", explanation: expect.stringMatching(/^simple \(score \d\): no signals$/) }]);
  });

  it("passes options through", () => {
    expect(evaluate(ITEMS, { complexThreshold: 1000, mediumThreshold: 999 }).correct).toBe(1);
  });

  it("an empty set has accuracy 0", () => {
    expect(evaluate([]).accuracy).toBe(0);
  });

  it("formats the report with the matrix and the mistakes", () => {
    const text = formatReport(evaluate(ITEMS), "demo");
    expect(text).toContain("demo: 2/3 correct, accuracy 66.7 %");
    expect(text).toMatch(/^complex\s+1\s+0\s+1$/m);
    expect(text).toContain("- expected complex, got simple: thanks!");
  });
});

describe("eval entry", () => {
  it("reads the JSONL file given as argument and prints the report", () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-classify-eval-"));
    try {
      const file = join(dir, "set.jsonl");
      writeFileSync(file, `${JSON.stringify({ prompt: "谢谢", level: "medium" })}\n`);
      const out = join(dir, "classify.mjs");
      execFileSync("npx", ["esbuild", "test/eval/classify.ts", "--bundle", "--platform=node", "--format=esm", `--outfile=${out}`, "--log-level=warning"], {
        timeout: 30_000,
      });
      const report = execFileSync(process.execPath, [out, file], { encoding: "utf8", timeout: 30_000 });
      expect(report).toContain("0/1 correct, accuracy 0.0 %");
      expect(report).toContain("- expected medium, got simple: 谢谢");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
