// A secret sent in halves in chat (src/redact/split-prose.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

describe("redact: a value sent in labelled pieces", () => {
  it("English and Chinese halves and parts", () => {
    const cases: [string, string[]][] = [
      ["first half is Kd8mW3xQp7LzR2vN and the second half is c4TbH9jYs6FgA1eU — no space.", ["Kd8mW3xQ", "c4TbH9jY"]],
      ["part 1: Rm5nQ2kWx8Lp\npart 2: T3vZg7DcJ4hY", ["Rm5nQ2kW", "T3vZg7Dc"]],
      ["key 分两段发：\n前半段 Zp4kW8nQx2LmR7tV\n后半段 d5CbH9jYs3FgK6uA\n拼起来就行。", ["Zp4kW8nQ", "d5CbH9jY"]],
      ["第一段：Vx3pK8mQz5NwR2tC，第二段：j7HbF4sLd9GyU6eA", ["Vx3pK8mQ", "j7HbF4sL"]],
    ];
    for (const [text, pieces] of cases) {
      const out = redact(text).text;
      for (const p of pieces) expect(out).not.toContain(p);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps halves of words, numbers and one labelled value alone", () => {
    const text = [
      "The first half is onboarding and the second half is a workshop.",
      "Part 1: introduction. Part 2: deployment.",
      "前半段 讲架构，后半段 讲部署。",
      "first half of 2024 revenue: 12000000, second half: 15000000",
      "the second part is v2.3.1-beta",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("cuts the rest of a value whose first piece an earlier detector cut", () => {
    const text = "密钥太长微信发不全，分两段：\n前半段：aadc5e89f9a67fbb4b64\n后半段：02501d17df9b22da236d\n拼起来就行";
    const out = redact(text).text;
    expect(out).not.toContain("aadc5e89");
    expect(out).not.toContain("02501d17");
    expect(redact(out).text).toBe(out);
    expect(redact("first half: [REDACTED:secret]\nsecond half: 3b2c9d1e7f").text).not.toContain("3b2c9d1e7f");
  });

  it("keeps words beside a cut piece", () => {
    const text = "first half: [REDACTED:secret]\nsecond half: building";
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of labels", () => {
    expect(redact(fill("first half: [REDACTED:secret] second half: ab12cd34 ")).text.length).toBeGreaterThan(0);
    expect(redact(fill("first half is ab12cd34 second half 前半段 ")).text.length).toBeGreaterThan(0);
  });
});
