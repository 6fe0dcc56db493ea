// Documents in HL7 v2 ED fields (src/redact/hl7.ts): kept only when the declared subtype and the magic number agree.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const RANDOM = "Q+MsXS+0oWhYIWdkascy+SYeIdzfvTpeSFRevueNqJXnQxWtKlAKtIbSvWiUe831X4l8Rn2PPqH0IuuPPBJM6wUWKVUDaMWp";
const PDF = `JVBERi0xLjQK${RANDOM}`;
const MSH = "MSH|^~\\&|LAB|MEDLINK|EHR|MEDLINK|20261127101500||ORU^R01|8537003439|P|2.5.1";
const obx = (field: string) => `${MSH}\nOBX|1|ED|PDF^Report||${field}||||||F`;

describe("redact: HL7 encapsulated documents", () => {
  it("keeps a PDF in an ED field, in a file, a diff and a log", () => {
    for (const text of [obx(`^application^pdf^Base64^${PDF}`), `+${obx(`^application^pdf^Base64^${PDF}`).replace("\n", "\n+")}`, `  ⎿  2→OBX|1|ED|PDF^Report||^application^pdf^Base64^${PDF}||||||F`]) {
      const out = redact(text);
      expect(out.text).toBe(text);
      expect(redact(out.text).text).toBe(out.text);
    }
  });

  it("keeps a PNG declared as image/png", () => {
    const png = `iVBORw0KGgoAAAANSUhEUgAA${RANDOM}`;
    expect(redact(obx(`^image^png^Base64^${png}`)).text).toContain(png);
  });

  it("judges random bytes, a subtype that disagrees with the bytes, and non-canonical base64", () => {
    const cases = [`^application^pdf^Base64^${RANDOM}`, `^image^png^Base64^${PDF}`, `^application^octet-stream^Base64^${PDF}`, `^application^pdf^Base64^${PDF}=`];
    for (const field of cases) expect(redact(obx(field)).text).not.toContain("Q+MsXS+0oWhYIWdk");
  });

  it("still reads a secret glued after the kept value or in the next field", () => {
    const glued = redact(obx(`^application^pdf^Base64^${PDF}.password=Tr0ub4dor%3Zx9`)).text;
    expect(glued).not.toContain("Tr0ub4dor%3Zx9");
    expect(redact(`${obx(`^application^pdf^Base64^${PDF}`)}\npassword=Tr0ub4dor%3Zx9`).text).not.toContain("Tr0ub4dor%3Zx9");
    const aws = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8kLm3Np2";
    expect(redact(`${obx(`^application^pdf^Base64^${PDF}`)}\naws_secret_access_key=${aws}`).text).not.toContain(aws);
  });

  it("look-alike letters in the encoding word are not the ED grammar", () => {
    expect(redact(obx(`^application^pdf^Bаse64^${PDF}`)).text).not.toContain("Q+MsXS+0oWhYIWdk");
  });

  it("a 1 MB adversarial field stays fast and whole markers", () => {
    const big = `|^application^pdf^Base64^JVBERi0x${"A".repeat(1_000_000)}`;
    const t0 = performance.now();
    const out = redact(big).text;
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(out).not.toMatch(/\[REDACTED:[^\]]*$/);
    const many = "|^application^pdf^Base64^JVBERi0xLjQK".repeat(30_000);
    const t1 = performance.now();
    redact(many);
    expect(performance.now() - t1).toBeLessThan(5000);
  });
});
