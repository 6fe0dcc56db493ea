// The issue-12 corpus as a regression guard (the numbers themselves are reported by `npm run bench:redact`): false
// positives stay within 2 % on the tuning part, whose remaining leaks are the known ones, and the held-out part
// never gets worse than what was measured on it (it is not tuned on).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { loadPart, score } from "../bench/redact-score.js";

/**
 * Measured on the sixth held-out part (40 of 638 secret cases leak, 46 with the detector as it was when the part was
 * written); lower it when it improves, never raise it.
 */
const HELDOUT_LEAK_CEILING = 40;
/**
 * Measured the same way on the sixth held-out part: 28 of 261 ordinary cases changed (10.7 %; 36 before), far above the 2 % the
 * issue asks for; a ceiling so it cannot get worse unnoticed, to be lowered, never raised.
 */
const HELDOUT_FALSE_POSITIVE_CEILING = 28;
/**
 * Known tuning leaks, by shape, each with why it is left:
 * - amap-web-service-key: AMap's Web-service key is a bare 32-hex `amapKey` constant, the same shape and name as its
 *   JavaScript API key, which pages publish (the ordinary part keeps `pub-amap-js-key`); only a comment ("Web 服务")
 *   tells them apart. (Its signing secret `amapPrivateKey` is caught.)
 */
const KNOWN_TUNE_LEAKS = new Set<string>(["amap-web-service-key"]);

describe("redaction corpus", () => {
  it("tuning part: no leaks beyond the known ones, ≤ 2 % false positives", async () => {
    const s = await score(loadPart("tune"), (t) => redact(t).text);
    expect(s.leaks.map((c) => c.shape).filter((id) => !KNOWN_TUNE_LEAKS.has(id))).toEqual([]);
    expect(s.falsePositives.length / s.ordinaryCases).toBeLessThanOrEqual(0.02);
  });

  it("held-out part: leaks and false positives within the measured ceilings", async () => {
    const s = await score(loadPart("heldout"), (t) => redact(t).text);
    expect(s.leaks.length).toBeLessThanOrEqual(HELDOUT_LEAK_CEILING);
    expect(s.falsePositives.length).toBeLessThanOrEqual(HELDOUT_FALSE_POSITIVE_CEILING);
  });

  it("redacting twice changes nothing more", () => {
    const part = loadPart("tune");
    for (const c of [...part.secrets, ...part.ordinary]) {
      const once = redact(c.text).text;
      expect(redact(once).text, c.id).toBe(once);
    }
  });
});
