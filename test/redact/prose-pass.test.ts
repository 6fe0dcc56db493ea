// "pass" as a noun for a password (src/redact/prose-pass.ts), and a qualifier that stops at "is" (prose.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const secrets: [string, string][] = [
  ["router admin pass for … is", "- Luis: new router admin pass for the studio is Maple=kestrel764"],
  ["the pass is", "Jamie: the pass is Tulip+kestrel120 (rotate Friday)"],
  ["wifi pass:", 'guest wifi pass: "Kx9#mq2!zz"'],
  ["vpn pass was", "the vpn pass was Qw7!rTz9pL."],
  ["password for … is with = inside", "password for the studio is Maple=kestrel764"],
];

const ordinary: string[] = [
  "all the tests pass is what CI checks",
  "my pass is expired, renew it at the front desk",
  "the pass is `sessionToken` from the store",
  "the pass is in 1Password under Studio",
  "the boarding pass is attached",
  "password for the studio is in the vault",
];

describe("redact: pass as a noun in notes", () => {
  for (const [name, text] of secrets) {
    it(`cuts: ${name}`, () => {
      const out = redact(text).text;
      expect(out).toMatch(/\[REDACTED:password\]/);
      expect(out).not.toMatch(/kestrel\d|Kx9#|Qw7!/);
      expect(redact(out).text).toBe(out);
    });
  }
  for (const text of ordinary) it(`keeps: ${text}`, () => expect(redact(text).text).toBe(text));
  it("stays linear on 1 MB of near-misses", () => {
    for (const unit of ["admin pass for a b c d ", "the pass is "]) {
      const start = Date.now();
      redact(unit.repeat(Math.ceil(1_000_000 / unit.length)));
      expect(Date.now() - start).toBeLessThan(6000);
    }
  });
});
