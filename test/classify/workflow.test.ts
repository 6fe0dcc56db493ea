import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classify, type ClassifyResult } from "../../src/classify/classify.js";
import { detectLocale, guidance } from "../../src/classify/workflow.js";

const SIMPLE = classify("fix the typo in README");
const MEDIUM = classify("add pagination to GET /orders (limit/offset) and update the tests");
const COMPLEX = classify("把整个支付模块重构一下，注意并发安全，涉及 src/pay/a.ts、src/pay/b.ts、src/order/c.ts");

describe("guidance", () => {
  it("the fixtures have the levels the tests rely on", () => {
    expect([SIMPLE.level, MEDIUM.level, COMPLEX.level]).toEqual(["simple", "medium", "complex"]);
  });

  it("simple: one short line, no Codex commands", () => {
    for (const locale of ["en", "zh"] as const) {
      const g = guidance(SIMPLE, locale);
      expect(g.length).toBeLessThanOrEqual(80);
      expect(g).not.toContain("/codex-");
    }
    expect(guidance(SIMPLE, "en")).toMatch(/simple/);
    expect(guidance(SIMPLE, "zh")).toMatch(/简单/);
  });

  it("medium: analyze first, implement, then review; no prototype", () => {
    for (const locale of ["en", "zh"] as const) {
      const g = guidance(MEDIUM, locale);
      expect(g.indexOf("/codex-analyze")).toBeGreaterThan(-1);
      expect(g.indexOf("/codex-review")).toBeGreaterThan(g.indexOf("/codex-analyze"));
      expect(g).not.toContain("/codex-prototype");
      expect(g).toContain(`${MEDIUM.score}`);
      expect(g.length).toBeLessThanOrEqual(300);
    }
    expect(guidance(MEDIUM, "en")).toMatch(/^codex-collab: medium task \(score \d+: feature add/);
    expect(guidance(MEDIUM, "zh")).toMatch(/中等任务/);
  });

  it("complex: the 7 stages in order, with the top signals", () => {
    for (const locale of ["en", "zh"] as const) {
      const g = guidance(COMPLEX, locale);
      const order = ["/codex-analyze", "/codex-ask", "/codex-prototype", "/codex-review"].map((c) => g.indexOf(c));
      expect(order.every((i) => i > -1)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(g.lastIndexOf("/codex-review")).toBeGreaterThan(g.indexOf("/codex-review")); // a final review
      expect(g).toContain("7");
      expect(g).toContain("重构");
      expect(g.length).toBeLessThanOrEqual(420);
    }
    expect(guidance(COMPLEX, "en")).toMatch(/complex task/);
    expect(guidance(COMPLEX, "zh")).toMatch(/复杂任务/);
  });

  it("stays within budget whatever the signal details are", () => {
    const long = "x".repeat(500);
    const worst: ClassifyResult = {
      level: "complex",
      score: 99,
      signals: [],
      reasons: [1, 2, 3, 4, 5].map((i) => ({ id: `signal${i}`, weight: 10 - i, detail: `${long}, ${long}, ${long}` })),
    };
    expect(guidance(worst, "en").length).toBeLessThanOrEqual(420);
    expect(guidance(worst, "zh").length).toBeLessThanOrEqual(300);
    expect(guidance(worst, "en")).not.toContain("signal4");
  });
});

describe("detectLocale", () => {
  it("Chinese prose is zh, including mixed prompts written mostly in Chinese", () => {
    expect(detectLocale("把 README 里的 typo 改一下")).toBe("zh");
    expect(detectLocale("帮我 fix 一下这个 bug")).toBe("zh");
    expect(detectLocale("重构支付模块")).toBe("zh");
  });

  it("English prose is en, even with a stray Chinese word", () => {
    expect(detectLocale("Refactor the payment module and keep the public API unchanged, see 支付")).toBe("en");
    expect(detectLocale("hello")).toBe("en");
    expect(detectLocale("")).toBe("en");
  });

  it("ignores code: Chinese comments in a paste do not make an English request zh", () => {
    expect(detectLocale("```ts\n// 计算订单总价，包括折扣和运费\nconst total = 1\n```\nplease fix this")).toBe("en");
    expect(detectLocale("```ts\nconst total = computeOrderTotal(items, discounts)\n```\n这段代码有问题，帮我修一下")).toBe("zh");
  });
});

describe("hot path", () => {
  it("what the hook runs of src/classify imports nothing at runtime but its own modules and generated data", () => {
    const own = ["classify", "features", "lists", "match", "model", "signals", "structure", "workflow"];
    const allowed = new Set([...own, "precompiled.generated", "weights.generated"].map((m) => `./${m}.js`));
    for (const f of own) {
      const src = readFileSync(new URL(`../../src/classify/${f}.ts`, import.meta.url), "utf8");
      const runtime = [...src.matchAll(/^import (?!type )[^;]*from "([^"]+)"/gm)].map((m) => m[1]);
      expect(runtime.filter((m) => !allowed.has(m!)), f).toEqual([]);
    }
  });
});
