// Twelfth-part vendor classes: WordPress application passwords (app-passwords.ts), CI XML variables (commands.ts),
// vendor SDK clients given their secret (call-names.ts), with near misses and 1 MB adversarial inputs.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(out).not.toMatch(/\[REDACTED:[a-z-]*(?!\])\W/);
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
