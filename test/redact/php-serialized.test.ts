// Secret-named strings in PHP's serialize() format (src/redact/php-serialized.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(out).not.toMatch(/\[REDACTED:(?![\w-]{1,40}\])/);
  return out;
};

describe("redact: PHP serialized options", () => {
  it("cuts a password or key stored under its name, quotes escaped in SQL or not", () => {
    const sql = "INSERT INTO `wp_options` VALUES (7,'wp_mail_smtp','a:1:{s:4:\\\"smtp\\\";a:3:{s:4:\\\"host\\\";s:14:\\\"smtp.gmail.com\\\";s:4:\\\"user\\\";s:4:\\\"pass\\\";s:4:\\\"pass\\\";s:16:\\\"kqzvmrtplwxnhdgb\\\";}}','yes');";
    const out = once(sql);
    expect(out).not.toContain("kqzvmrtplwxnhdgb");
    expect(out).toContain("smtp.gmail.com");
    const plain = 'a:2:{s:7:"api_key";s:32:"Zq7vN2kLp9XwR4tY8cMb5GdHx3Jf6Ws1";s:7:"enabled";b:1;}';
    expect(once(plain)).not.toContain("Zq7vN2kLp9XwR4tY");
  });

  it("keeps other options, empty or placeholder secrets and words under key names", () => {
    const text = [
      'a:3:{s:4:"host";s:14:"smtp.gmail.com";s:4:"user";s:17:"orders@bakery.com";s:4:"pass";s:0:"";}',
      'a:1:{s:8:"password";s:8:"changeme";}',
      'a:1:{s:9:"cache_key";s:12:"homepage_top";}',
      'a:1:{s:7:"api_key";s:13:"your-api-here";}',
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of serialized pairs", () => {
    expect(redact(fill('s:4:"pass";s:4:"pass";')).text.length).toBeGreaterThan(0);
    expect(redact(fill('s:4:\\"pass\\";s:9:\\"')).text.length).toBeGreaterThan(0);
  });
});
