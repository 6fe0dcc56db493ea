// A bare `key = "…"` where the text names Kuaidi100 (vendor-context-keys.ts), whose sample code names its key so.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

describe("redact: Kuaidi100's bare key", () => {
  it("cuts key = \"…\" in a text that names Kuaidi100, as code or diff lines", () => {
    for (const [text, secret] of [
      ['# 快递100 实时查询\nCUSTOMER = "E834C5BE70C3866E2EFF6F8AE66E6923"\nKEY = "YDmXPGVm4Rjn"', "YDmXPGVm4Rjn"],
      ['+++ b/tracking/kd100.py\n+key = "owhz3NFcft6L"', "owhz3NFcft6L"],
      ['// kuaidi100 poll\nprivate static final String key = "Ab12Cd34Ef56";', "Ab12Cd34Ef56"],
    ]) {
      const out = once(text!);
      expect(out).not.toContain(secret);
      expect(out).toContain("[REDACTED:api-token]");
    }
  });

  it("keeps key = \"…\" elsewhere, and words or placeholders under Kuaidi100", () => {
    for (const text of [
      'KEY = "YDmXPGVm4Rjn"',
      '# 快递100\nKEY = "shunfeng"',
      '# 快递100\nKEY = "your_key_here"',
      '# 快递100\nKEY = "XXXXXXXXXXXX"',
      '# 快递100\nparam = json.dumps({"com": "shunfeng", "num": "SF3781243863016"})',
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of key lines", () => {
    const t0 = performance.now();
    redact("快递100\n" + fill('key = "ab\n'));
    redact("kd100\n" + fill(" ".repeat(64) + "key"));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
