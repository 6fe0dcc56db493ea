// Vendor shape rules (src/redact/vendor-rules.ts): credential headers given literals, cloud-testing access keys,
// ZooKeeper digest logins and Zapier hook keys, with near misses, idempotence and 1 MB adversarial inputs.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const cut = (text: string, secret: string) => {
  const out = redact(text).text;
  expect(out).not.toContain(secret);
  expect(redact(out).text).toBe(out);
  expect(out).toMatch(/\[REDACTED:[\w-]+\]/);
};
const linear = (text: string) => {
  const t0 = performance.now();
  redact(text);
  expect(performance.now() - t0).toBeLessThan(5000);
};

describe("redact: vendor shape rules", () => {
  it("a literal given to a credential header setter", () => {
    cut('.header("Authorization", "69ce3967-2e0a-49fb-9393-36d04cc55817");', "69ce3967-2e0a");
    cut('xhr.setRequestHeader("X-Api-Key", "Zq8rT0pLm3VxW9kYb2Nc");', "Zq8rT0pLm3VxW9kYb2Nc");
  });

  it("keeps header names, variables and words", () => {
    for (const text of ['.header("Authorization", token)', '.header("Content-Type", "application/json-patch+json")', '.header("X-Api-Key", "your-api-key-goes-here")']) {
      expect(redact(text).text).toBe(text);
    }
  });

  it("cloud-testing vendors' access keys", () => {
    cut("exports.config = { user: 'qa', key: 'ba92269b-1ec8-40b0-f9f9-99b3bac7c4b2', services: ['sauce'] };", "ba92269b-1ec8");
    cut("browserstack: { user: 'qa', accessKey: 'x7QkP2mZr9TbWv4NcLd8' }", "x7QkP2mZr9TbWv4NcLd8");
    const text = "exports.config = { key: 'chrome-latest-desktop', services: ['sauce'] };";
    expect(redact(text).text).toBe(text);
  });

  it("ZooKeeper digest logins, not image digests", () => {
    cut("reg-center:\n  digest: elasticjob:Qju2r0Tcx_lFfGm9\n", "Qju2r0Tcx_lFfGm9");
    cut("addauth digest admin:Zk2pass9word", "Zk2pass9word");
    for (const text of ["digest: sha256:4f2a9b0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e", "digest: admin:password"]) {
      expect(redact(text).text).toBe(text);
    }
  });

  it("Zapier hook keys, not numbered examples", () => {
    cut("const ZAP_URL = 'https://hooks.zapier.com/hooks/catch/70803757/WwyuuveUlPG5/';", "WwyuuveUlPG5");
    const text = "POST https://hooks.zapier.com/hooks/catch/123456/abcdef/";
    expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of near matches", () => {
    linear('.header("Authorization", "'.repeat(40_000));
    linear("sauce key: 'aaaa-".repeat(60_000));
    linear("digest: a:digest: b:".repeat(50_000));
    linear("hooks.zapier.com/hooks/catch/1/".repeat(30_000));
  });
});
