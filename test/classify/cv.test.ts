// Cross-validation predicts each prompt with a model that never saw it, and reports it like the held-out evaluation.
import { describe, expect, it } from "vitest";
import { crossValidate, evaluateFitted, featurizeAll } from "../../src/classify/cv.js";
import { fit } from "../../src/classify/train.js";

// Two made-up words, each always with its level: learnable from any four of the five folds.
const ITEMS = [
  ...["zorp the widget", "zorp it now", "please zorp", "zorp again", "zorp all of it"].map((prompt) => ({ prompt, level: "complex" as const })),
  ...["blip the widget", "blip it now", "please blip", "blip again", "blip all of it"].map((prompt) => ({ prompt, level: "simple" as const })),
];
const SET = featurizeAll(ITEMS);

describe("crossValidate", () => {
  it("predicts every prompt once, from the other folds", () => {
    const e = crossValidate(SET, { minCount: 1 });
    expect(e.total).toBe(ITEMS.length);
    expect(e.correct).toBe(ITEMS.length);
    expect(e.confusion.complex.complex + e.confusion.simple.simple).toBe(ITEMS.length);
  });

  it("blocked folds hold out contiguous runs: a word seen in no other fold cannot be learnt", () => {
    // Two folds: the first holds every zorp prompt, so its model has never seen "zorp".
    const e = crossValidate(SET, { minCount: 1 }, 2, true);
    expect(e.total).toBe(ITEMS.length);
    expect(e.correct).toBeLessThan(ITEMS.length);
    expect(e.mistakes[0]).toMatchObject({ expected: "complex", explanation: expect.stringMatching(/^(simple|medium): /) });
  });
});

describe("evaluateFitted", () => {
  it("scores weights fitted elsewhere on another set", () => {
    const w = fit(ITEMS, { minCount: 1 }, SET.feats);
    const e = evaluateFitted(w, featurizeAll([{ prompt: "zorp zorp", level: "complex" }, { prompt: "blip", level: "complex" }]));
    expect(e).toMatchObject({ total: 2, correct: 1, accuracy: 0.5 });
    expect(e.confusion.complex).toEqual({ simple: 1, medium: 0, complex: 1 });
  });
});
