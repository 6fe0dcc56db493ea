// Repeats of a cut value elsewhere in the text, and its pieces (src/redact/repeats.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("repeated values", () => {
  it("redacts a token assigned once and printed later", () => {
    const text = 'API_TOKEN="Zq7vN2kLp9XwR4tY"\nconsole.log("using Zq7vN2kLp9XwR4tY for the call");';
    const r = redact(text);
    expect(r.text).not.toContain("Zq7vN2kLp9XwR4tY");
    expect(r.kinds.secret).toBe(2);
  });

  it("redacts a password repeated unnamed on a command line", () => {
    const r = redact("DB_PASSWORD=Tr0ub4dor&3x\nmysql -u app --host db Tr0ub4dor&3x");
    expect(r.text).not.toContain("Tr0ub4dor&3x");
  });

  it("redacts pieces of a cut token written elsewhere", () => {
    const text = "+ A=t7sF5M5Kl1vtNL93TJ\n+ B=20yfFWwVaELegWqbe2\n+ export GITHUB_TOKEN=ghp_t7sF5M5Kl1vtNL93TJ20yfFWwVaELegWqbe2";
    const r = redact(text).text;
    expect(r).not.toContain("t7sF5M5Kl1vtNL93TJ");
    expect(r).not.toContain("20yfFWwVaELegWqbe2");
    expect(r).toContain("+ A=");
  });

  it("keeps words and short values that also occur in a cut value", () => {
    const text = 'password = "services-2024-Xq9!"\nThe services run on port 8080.';
    expect(redact(text).text).toContain("The services run on port 8080.");
  });

  it("keeps a public prefix that was one piece of a split key", () => {
    const text = 'const STRIPE_KEY = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";\nif (k.startsWith("sk_live_")) live();';
    expect(redact(text).text).toContain('k.startsWith("sk_live_")');
  });

  it("keeps prose that a cut value's words make up", () => {
    const text = "const hmac = createHmac('sha256', 'a secret');\n// Creates a key object containing a secret key.";
    expect(redact(text).text).toContain("containing a secret key");
  });

  it("keeps short runs of code that a cut value contains", () => {
    const text = 'API_TOKEN="Xq7vN2kLp9a-zA-Z0-9"\nconst ID_RE = /^[a-zA-Z0-9]+$/;';
    expect(redact(text).text).toContain("/^[a-zA-Z0-9]+$/");
  });

  it("changes nothing when nothing was cut", () => {
    const text = "const a = 'abcdefgh1234';\nconst b = 'abcdefgh1234';";
    expect(redact(text).text).toBe(text);
  });

  it("is idempotent", () => {
    const once = redact('token: "Hk29fLq0Wm3Zr8Tb"\nsend Hk29fLq0Wm3Zr8Tb').text;
    expect(redact(once).text).toBe(once);
  });
});
