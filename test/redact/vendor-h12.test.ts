// Twelfth-part vendor classes: WordPress application passwords (app-passwords.ts), CI XML variables (commands.ts),
// vendor SDK clients given their secret (call-names.ts), with near misses and 1 MB adversarial inputs.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { markersWhole } from "../support/markers.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

describe("redact: WordPress application passwords", () => {
  it("six mixed groups of four, alone or as a login's password", () => {
    for (const [text, secret] of [
      ['curl --user "editor:nqfT E9iC vGIC z0B6 zasH 2mHk" https://example.com/wp-json/wp/v2/posts', "vGIC z0B6"],
      ["WP_APP_PASSWORD=K323 dlSQ Us2k KMwC G4gI kkeC\n", "Us2k KMwC"],
      ["Authorization: use ab12 CDef 9xYz QQ7k mn0P zz9A as the password", "9xYz QQ7k"],
    ]) {
      const out = once(text!);
      expect(out).not.toContain(secret);
      expect(out).toContain("[REDACTED:password]");
    }
  });

  it("keeps hex columns, words and fewer groups", () => {
    for (const text of [
      "ABCD 1234 EFGH 5678 IJKL 9012",
      "this that with from have been more",
      "dead beef cafe babe f00d 1234",
      "nqfT E9iC vGIC z0B6 zasH",
      "Time Zone Name City Code Area",
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of groups", () => {
    const t0 = performance.now();
    redact("aB1c ".repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("redact: CI XML variables with the name as an attribute", () => {
  it("GoCD environment variables and Ant-style params", () => {
    for (const [text, secret] of [
      ['<variable name="DEPLOY_PASSWORD"><value>FGJeV3e9F^5fzhm3</value></variable>', "FGJeV3e9F^5fzhm3"],
      ['<param name="db.password">\n  <value>Wq8!rTz0pLm</value>\n</param>', "Wq8!rTz0pLm"],
    ]) expect(once(text!)).not.toContain(secret);
  });

  it("keeps non-secret variables and secret names holding words", () => {
    for (const text of [
      '<variable name="DEPLOY_USER"><value>deployer</value></variable>',
      '<variable name="PASSWORD_POLICY_URL"><value>https://example.com/policy</value></variable>',
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of unclosed elements", () => {
    const t0 = performance.now();
    redact('<variable name="X_PASSWORD" a="b"><value>'.repeat(25_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("redact: vendor SDK clients given their secret", () => {
  it("JPush's Python client: the master secret", () => {
    const out = once('_jpush = jpush.JPush("a1f0f591c79d7cc68dfe805a", "5182f472550b1ca46fd24bc4")');
    expect(out).not.toContain("5182f472");
  });

  it("keeps a non-random second argument", () => {
    const text = 'jpush.JPush(app_key, "0000000000000000000000")';
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: cipher keys and Chinese vendor keys by name", () => {
  it("SM4/AES keys and a key under a data-API vendor's name", () => {
    for (const [text, secret] of [
      ['private static final String SM4_KEY_HEX = "D95C3F036A3F2A3BE728EAE0DC376CD0";', "D95C3F03"],
      ['AES_KEY = "9f1c2e7a4b8d0366a1e5c7f9b2d4e6a8"', "9f1c2e7a"],
      ["juhe.bankcard.key=69f8b2568ba39a5a8e23f503e83508f8\n", "69f8b256"],
    ]) expect(once(text!)).not.toContain(secret);
  });

  it("keeps cache keys and non-vendor hex keys that name a digest", () => {
    for (const text of ["juhe.sms.tpl-id=970689\n", "aes.key.length=32\n", 'CACHE_KEY = "9f1c2e7a4b8d0366a1e5c7f9b2d4e6a8"']) {
      expect(redact(text).text).toBe(text);
    }
  });
});
