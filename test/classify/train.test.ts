// The shipped weights are what the training set produces, and the fitting itself learns what it is shown.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classify } from "../../src/classify/classify.js";
import { parseLabelled } from "../../src/classify/eval.js";
import { predict, unpackWeights } from "../../src/classify/model.js";
import { featurize, fit, GENERATED_WEIGHTS_PATH, weightsSource } from "../../src/classify/train.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("train", () => {
  it("weights.generated.ts is what train.jsonl produces (else run npm run train:classify)", () => {
    const items = parseLabelled(readFileSync(join(ROOT, "test/fixtures/classify/train.jsonl"), "utf8"));
    expect(readFileSync(join(ROOT, GENERATED_WEIGHTS_PATH), "utf8")).toBe(weightsSource(fit(items)));
  });

  it("learns a word it is shown and ships it as a table the model reads back", () => {
    const items = [
      ...["zorp the widget", "zorp it", "please zorp"].map((prompt) => ({ prompt, level: "complex" as const })),
      ...["blip the widget", "blip it", "please blip"].map((prompt) => ({ prompt, level: "simple" as const })),
    ];
    const source = weightsSource(fit(items, { minCount: 1 }));
    const constant = (name: string) => JSON.parse(new RegExp(`${name} = (".*");`).exec(source)![1]!) as string;
    const w = unpackWeights(constant("FEATURE_NAMES"), constant("FEATURE_WEIGHTS"));
    expect(predict(featurize("zorp zorp"), w).level).toBe("complex");
    expect(predict(featurize("blip blip"), w).level).toBe("simple");
    expect(w.get("w:zorp")![2]).toBeGreaterThan(0);
  });
});

describe("user extensibility", () => {
  it("extra scope and risk words move a prompt up through the rule signals the model weighs", () => {
    const text = "tidy up the frobnicator in the orders code";
    const plain = classify(text);
    const extended = classify(text, { extraScopeWords: ["frobnicator"], extraRiskWords: ["orders"] });
    expect(extended.signals.map((s) => s.id)).toEqual(expect.arrayContaining(["scope", "risk"]));
    expect(extended.score).toBeGreaterThan(plain.score);
    expect(extended.level).not.toBe("simple");
    expect(extended.reasons.map((r) => r.id)).toEqual(expect.arrayContaining(["scope"]));
  });
});
