// Shopify Storefront public tokens (src/redact/publishable.ts) and jwt.io's sample token after a diff marker: kept
// only where the structure proves them; Admin tokens, glued secrets and the other diff side still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const TOKEN = "08322da4b0e4f6fb34cf6add040eed3a";
const OTHER = "7c1e9a4b2d8f6e3a5b0c9d7e1f2a3b4c";
const client = (token = TOKEN, domain = "domain: '{{ shop.permanent_domain }}', ") => `<script>\n  window.storefrontClient = { ${domain}publicAccessToken: '${token}' };\n</script>`;
const JWTIO =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

const kept: [string, string][] = [
  ["a storefront client config", client()],
  ["a createStorefrontApiClient call over lines", `const client = createStorefrontApiClient({\n  storeDomain: 'acme.myshopify.com',\n  apiVersion: '2025-01',\n  publicAccessToken: '${TOKEN}',\n});`],
  ["the storefront header", `curl -H 'X-Shopify-Storefront-Access-Token: ${TOKEN}' https://acme.myshopify.com/api/2025-01/graphql.json`],
  ["the config added in a diff", client().replace(/^/gm, "+")],
  ["jwt.io's token on an added diff line", `+Example token from jwt.io:\n+${JWTIO}`],
  ["jwt.io's token on a removed diff line", `-${JWTIO}`],
];

const redacted: [string, string, string][] = [
  ["an Admin API token in the storefront header", "X-Shopify-Storefront-Access-Token: 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", OTHER],
  ["an Admin token in the client config", client(`shpat_${OTHER}`), OTHER],
  ["a private storefront token header", `Shopify-Storefront-Private-Token: ${OTHER}`, OTHER],
  ["a token under publicAccessToken outside a storefront client", `const cfg = { domain: 'x', publicAccessToken: '${OTHER}' };`, OTHER],
  ["a storefront config without the shop's domain", client(OTHER, ""), OTHER],
  ["a secret glued to the token", client(`${TOKEN},${OTHER}`), OTHER],
  ["a token glued to a password after the quote", `${client()}x\nconst adminToken = '${OTHER}';`, OTHER],
  ["the domain on the other diff side", `-window.storefrontClient = { domain: 'a',\n+window.storefrontClient = {\n+  publicAccessToken: '${OTHER}' };`, OTHER],
  ["a look-alike header name (Cyrillic о)", `X-Shopify-Storefrоnt-Access-Token: ${OTHER}\napi_token=${OTHER}`, OTHER],
  ["a look-alike publicAccessToken (Cyrillic с)", `window.storefrontClient = { domain: 'a', publicAссessToken: '${OTHER}' };\napi_token=${OTHER}`, OTHER],
  ["a JWT with jwt.io's head and another signature after a diff marker", `+${JWTIO.slice(0, -43)}nqu8E_5aJo0m5zGQgRMdeondYaoWfF80xlGDNrPOwuQ`, "nqu8E_5aJo0m5zGQgRMdeondYaoWfF80xlGDNrPOwuQ"],
  // Not kept when more is glued on: the whole run is judged (and here cut as a JWT).
  ["jwt.io's token with a segment glued on after a diff marker", `+${JWTIO}.Xk9mP2qLw7Tn4Rb8Vc1Y`, "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
];

describe("proven storefront tokens and jwt.io's token stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secrets in the same positions still go", () => {
  for (const [name, text, secret] of redacted) {
    it(`redacts: ${name}`, () => {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
      expect(out).not.toMatch(/\[REDACTED:[^\]\n]*$/m);
    });
  }
});

describe("linear on 1 MB of near storefront configs", () => {
  const inputs: Record<string, string> = {
    "openers without tokens": fill("storefront={"),
    "openers and tokens": fill(`storefrontClient = { domain: 'a', publicAccessToken: '${TOKEN}', `),
    "nested braces": `storefront = ${fill("{")}`,
    "header names": fill("X-Shopify-Storefront-Access-Token: "),
    "diff-marked near tokens": fill(`+${JWTIO.slice(0, 60)}\n`),
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
