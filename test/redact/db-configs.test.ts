// Passwords placed by position in database server, cache and pooler files (src/redact/db-configs.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const secrets: [string, string, string][] = [
  ["Sentinel auth-pass", "sentinel monitor main 10.0.0.5 6379 2\nsentinel auth-pass main Kq8vN2x=Rz5mLp3T", "Rz5mLp3T"],
  ["Sentinel auth-pass in a diff", "+sentinel auth-pass cache-main HGHcxwPlwT2=xpH6aN44", "HGHcxwPl"],
  ["sentinel-pass", "sentinel sentinel-pass Ts9!wQe4rTy", "Ts9!wQe4rTy"],
  ["Redis ACL user", "user app on >Wq7#pLm2vX9z ~cache:* +@read", "Wq7#pLm2vX9z"],
  ["ACL SETUSER", "ACL SETUSER worker on >r8TqZ2mWk4 +@all", "r8TqZ2mWk4"],
  ["PgBouncer userlist", '"settle_app" "RNeEO6uszbV#hnZw99d5"\n"readonly" "ADlnLTjqs.ZEaO88"', "ADlnLTjqs.ZEaO88"],
  ["memcached SASL password file", "cacheuser@media-cache:VKbzTg04t=CRWy78", "VKbzTg04t=CRWy78"],
];

const ordinary: [string, string][] = [
  ["Sentinel directives", "sentinel monitor main 10.0.0.5 6379 2\nsentinel down-after-milliseconds main 5000\nsentinel auth-pass main ${REDIS_PASSWORD}"],
  ["an ACL user without a password", "user default on nopass ~* +@all\nuser reader on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +@read"],
  ["two quoted words", '"en" "English"\n"version" "1.2.3-beta"\n"homepage" "https://example.com"'],
  ["an scp target", "deploy@web-01:releases\ngit@github.com:org/repo.git"],
];

describe("redact: passwords in database server and pooler files", () => {
  for (const [name, text, secret] of secrets) {
    it(`cuts: ${name}`, () => {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(out).toMatch(/\[REDACTED:password\]/);
      expect(redact(out).text).toBe(out);
    });
  }
  for (const [name, text] of ordinary) {
    it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  }
  it("stays linear on 1 MB of near-misses", () => {
    for (const unit of ["sentinel auth-pass ", "user a on b c d e f g ", '"a" "', "a@b:"]) {
      const start = Date.now();
      redact(unit.repeat(Math.ceil(1_000_000 / unit.length)));
      expect(Date.now() - start).toBeLessThan(4000);
    }
  });
});
