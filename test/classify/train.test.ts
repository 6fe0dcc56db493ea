// The shipped weights are what the training set produces, and the fitting itself learns what it is shown.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classify } from "../../src/classify/classify.js";
import { parseLabelled } from "../../src/classify/eval.js";
import { packWeights, predict, unpackWeights } from "../../src/classify/model.js";
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

describe("packed weights", () => {
  it("finds every name it was given, in any script, and nothing else", () => {
    const table = new Map<string, number[]>([
      ["w:a", [1, 0, -1]],
      ["w:ab", [0.5, 0.25, 0]],
      ["c:重构", [-2, 0, 2]],
      ["w:b", [0, 0.01, 0]],
      ["s:scope", [-1.5, 0, 3.27]],
    ]);
    const { names, weights } = packWeights(table);
    const w = unpackWeights(names, weights);
    for (const [name, ws] of table) expect(w.get(name), name).toEqual(ws);
    for (const missing of ["", "w:", "w:aa", "w:abc", "c:重", "x:bias", "w:c", "s:scope "]) expect(w.get(missing), missing).toBeUndefined();
    expect(unpackWeights("", "").get("w:a")).toBeUndefined();
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
