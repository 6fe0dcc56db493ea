// Media file names near a credential word (src/redact/prose.ts): the digit of `.m3u8` is the format's.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: media file names in prose", () => {
  it("keeps a word-named playlist or media file after a credential word, in a commit and its paths", () => {
    const commit = "    Rotate credentials in master.m3u8\n\ndiff --git a/media/promo/master.m3u8 b/media/promo/master.m3u8";
    for (const text of [commit, "password is master.m3u8", "token in intro-video.mp4"]) expect(redact(text).text).toBe(text);
  });

  it("still cuts a password with digits of its own, glued to or beside the file name", () => {
    const cases: [string, string][] = [
      ["the token is k9Xq2Lm8.m3u8", "k9Xq2Lm8"],
      ["rotate token in seg_a9f3k2.m3u8", "a9f3k2"],
      ["Rotate credentials in master.m3u8Tr0ub4dor9", "Tr0ub4dor9"],
      ["Rotate credentials in master.m3u8,Tr0ub4dor9", "Tr0ub4dor9"],
      ["password: master.m3u8 Tr0ub4dor9", "Tr0ub4dor9"],
      ["-password: master.m3u8\n+password: Tr0ub4dor9", "Tr0ub4dor9"],
    ];
    for (const [text, secret] of cases) {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
    }
  });

  it("a 1 MB input of file names stays fast", () => {
    const t0 = performance.now();
    redact("password in master.m3u8 ".repeat(40_000));
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
