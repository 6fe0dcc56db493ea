// Passwords with no digit right after a password keyword (letter-passwords.ts): mixed-case letters that are no
// words, or letters with password symbols between them.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { isLetterPassword } from "../../src/redact/letter-passwords.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

describe("redact: letter passwords after a password keyword", () => {
  it("cuts Chinese and English hand-overs", () => {
    for (const [text, secret] of [
      ["账号 gm_admin，密码 YC!JN^oMMTGKDJ，先别外发", "YC!JN^oMMTGKDJ"],
      ["联通 SIP 中继，注册密码：EVLNwkBmysHufV（运营商给的，勿改）", "EVLNwkBmysHufV"],
      ["the trunk password is qTrvLmXkwBzeH, don't change it", "qTrvLmXkwBzeH"],
    ]) {
      const out = once(text!);
      expect(out).not.toContain(secret);
      expect(out).toContain("[REDACTED:password]");
    }
  });

  it("keeps words, camel case, one symbol and non-password keywords", () => {
    for (const text of [
      "密码 JavaScript，先别外发",
      "the password is HelloWorldAgain, ok",
      "密码 Hello!World，先别外发",
      "token: QwErTyUiOpAs",
      "密码：changeme",
    ]) expect(redact(text).text).toBe(text);
    expect(isLetterPassword("EVLNwkBmysHufV", "token")).toBe(false);
    expect(isLetterPassword("EVLNwkBmysHufV", "密码")).toBe(true);
  });

  it("stays linear on 1 MB of keyword and letters", () => {
    const t0 = performance.now();
    redact(fill("密码 EVLNwkBmys!H^ufV，"));
    redact(fill("password ab!c"));
    expect(performance.now() - t0).toBeLessThan(10000);
  });
});

describe("redact: a generated key of letters only after a colon", () => {
  const KEY = "HtYwQmKfZpRxLnVbGsJdCeUaTiOkWy";
  it("cuts it under a secret name (Alibaba's accessKeySecret), not read as a type name", () => {
    for (const text of [`accessKeySecret: ${KEY}`, `  accessKeySecret: ${KEY}\n  accessKeyId: LTAI5tExampleId`, `api_secret: ${KEY.slice(0, 20)}`]) {
      const out = redact(text).text;
      expect(out, text).not.toContain(KEY.slice(0, 16));
      expect(out).toContain("[REDACTED:");
      expect(markersWhole(out)).toBe(true);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps type names and words after a colon", () => {
    const kept = ["password: PasswordHash", "accessKeySecret: SecretString", "token: HttpAuthorizationCredentials", "api_key: XMLHttpRequestHandler", "secret: Optional"];
    for (const text of kept) expect(redact(text).text, text).toBe(text);
  });

  it("stays fast on 1 MB of letter keys and type names", () => {
    const text = fill(`secret: ${KEY}\npassword: PasswordHash\n`);
    const started = Date.now();
    const out = redact(text).text;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(out).not.toContain(KEY);
    expect(markersWhole(out)).toBe(true);
  });
});
