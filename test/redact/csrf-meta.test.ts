// A page's CSRF meta tag (src/redact/nonces.ts): the whole tag in its framework's form, nothing glued on.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const TOKEN = "Iltx4KDQapTapgyl6unYOngcC3RxmBuLTj1KEsJ1";

describe("redact: CSRF meta tags", () => {
  it("keeps the token of a csrf-token, _csrf or csrf_token meta tag, either attribute first", () => {
    for (const text of [`<meta name="csrf-token" content="${TOKEN}">`, `<meta content='${TOKEN}' name='_csrf' />`, `+    <meta name="csrf_token" content="${TOKEN}"/>`]) {
      expect(redact(text).text).toBe(text);
      expect(redact(redact(text).text).text).toBe(text);
    }
  });

  it("still cuts a secret glued to the token, beside it in the tag, on the next line, or under another name", () => {
    const stripe = "sk_live_51HqLyjWDarjtT1zdp7dcXYZabcdEFGH";
    const cases: [string, string][] = [
      [`<meta name="csrf-token" content="${TOKEN},Tr0ub4dor&3x">`, "Tr0ub4dor&3x"],
      [`<meta name="csrf-token" content="${TOKEN}" data-k="${stripe}">`, stripe],
      [`<meta name="csrf-token" content="${TOKEN}">\n<meta name="stripe-key" content="${stripe}">`, stripe],
      [`<meta name="api-token" content="${TOKEN}">`, TOKEN],
      [`<meta name="csrf\u2010token" content="${TOKEN}">`, TOKEN],
      [`-<meta name="csrf-token" content="x">\n+<meta name="api-token" content="${TOKEN}">`, TOKEN],
    ];
    for (const [text, secret] of cases) {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(out).not.toMatch(/\[REDACTED:[^\]]*(?:"|$)/);
    }
  });

  it("a 1 MB adversarial input stays fast", () => {
    const t0 = performance.now();
    redact(`<meta name="csrf-token" content="${"A".repeat(300)}`.repeat(3000));
    redact(`<meta content="${"A".repeat(1_000_000)}`);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
