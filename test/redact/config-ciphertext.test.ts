// Spring Cloud Config `{cipher}` values and Magento's encrypted config values (src/redact/ciphertext.ts): kept only as
// whole ciphertext of a plausible length that decodes to random bytes; plaintext in the envelope and secrets beside
// it still go.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const HEX = "55f71baa977e7349cfd0195c09dfc20718123a1a74059026fb21458c813e25881645def6c254ee0a9245fe8442da6942";
const RSA = randomBytes(300).toString("base64");
const MAGENTO = "Dm1IrGDSiBZMwY4JzI145AK12zD8P/V2d4BBFnodU/wXws7jIKWxBOcACpFKXL+W";
const PASSWORD = "Xk9#mP2qLw7zR";
const spring = (value: string) => `spring:\n  datasource:\n    password: '${value}'\n`;
const magento = (value: string) => `core_config_data has this value for payment/adyen/api_key: ${value} — how does Magento decrypt it?`;
const hexOf = (s: string) => Buffer.from(s).toString("hex");

const kept: [string, string][] = [
  ["a {cipher} value in hex of an IV and AES blocks", spring(`{cipher}${HEX}`)],
  ["a {cipher} value naming its key", spring(`{cipher}{key:prod}${HEX}`)],
  ["an RSA {cipher} value in base64", `spring.datasource.password={cipher}${RSA}`],
  ["a {cipher} value in a diff", `-    password: '{cipher}${HEX.slice(32)}${HEX.slice(0, 32)}'\n+    password: '{cipher}${HEX}'`],
  ["a Magento value", magento(`0:3:${MAGENTO}`)],
  ["a Magento value under a later key version", `UPDATE core_config_data SET value = '12:3:${MAGENTO}' WHERE path = 'payment/key';`],
];

const redacted: [string, string, string][] = [
  ["hex of a password after {cipher}", spring(`{cipher}${hexOf("correct-horse-battery-staple-2024")}`), hexOf("correct-horse-battery-staple-2024")],
  ["hex of a password of whole blocks", spring(`{cipher}${hexOf("P@ssw0rd-prod-db-2024-Xk9mP2qLw7")}`), hexOf("P@ssw0rd-prod-db-2024-Xk9mP2qLw7")],
  ["a hex secret of no whole block", spring(`{cipher}${HEX.slice(0, 80)}`), HEX.slice(0, 80)],
  ["a password glued to the ciphertext", spring(`{cipher}${HEX},${PASSWORD}`), PASSWORD],
  ["a password after the ciphertext on the line", `db.password={cipher}${HEX}\ndb.admin.password=${PASSWORD}`, PASSWORD],
  ["base64 of text after {cipher}", spring(`{cipher}${Buffer.from("my database password is hunter2 and it's long enough to pass ".repeat(3)).toString("base64")}`), "hunter2"],
  ["a look-alike {cipher} (Cyrillic с)", spring(`{сipher}${HEX}`), HEX],
  ["base64 of text in Magento's format", magento(`0:3:${Buffer.from("the adyen api key is AQE1hmfxK4").toString("base64")}`), Buffer.from("the adyen api key is AQE1hmfxK4").toString("base64")],
  ["a Magento value cut into a longer token", magento(`x=0:3:${MAGENTO}`), MAGENTO],
  ["a password glued to a Magento value", magento(`0:3:${MAGENTO}:${PASSWORD}`), PASSWORD],
  ["a Magento value under a look-alike version digit", magento(`０:3:${MAGENTO}`), MAGENTO],
];

describe("config ciphertext stays", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("plaintext in the envelope and secrets beside it still go", () => {
  for (const [name, text, secret] of redacted) {
    it(`redacts: ${name}`, () => {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
      expect(out).not.toMatch(/\[REDACTED:[^\]\n]*$/m);
    });
  }
});

describe("linear on 1 MB of near config ciphertext", () => {
  const inputs: Record<string, string> = {
    "{cipher} and a hex run too long": `{cipher}${fill("a1")}`,
    "repeated {cipher} prefixes": fill("{cipher}{key:a}"),
    "{cipher} and hex glued to letters": fill(`{cipher}${HEX}z`),
    "Magento prefixes": fill("0:3:"),
    "a Magento run too long": `0:3:${fill("Dm1IrGDS")}`,
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
