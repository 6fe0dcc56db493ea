// A user and its password written as a pair in prose (src/redact/pairs.ts), and pairs that are no credentials.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const secrets: [string, string, string][] = [
  ["README default login", "Log in with the demo account `admin` / `Rk8!vQ2zLp` after seeding.", "Rk8!vQ2zLp"],
  ["Chinese note, root slash", "测试机 10.1.2.3 root/Hs7#wQ1xMz 可以直接登", "Hs7#wQ1xMz"],
  ["Chinese account words", "数据库账号 dbadmin:Yq4$nT8kPw，只读", "Yq4$nT8kPw"],
  ["stock user, colon", "the box is still sa:Bt6%rM2qXz until Friday", "Bt6%rM2qXz"],
];

const ordinary: [string, string][] = [
  ["image tag", "image: postgres:16-alpine"],
  ["path", "see admin/settings and root/usr for details"],
  ["digest label", "pull image sha256:0f3a9c1b2d4e for the user"],
  ["URL fragment near 'user'", "const input = 'x://user:pass@example.test/a?b#frag/a?b%23'"],
  ["chown user:group", "sudo chown -R admin:staff2024 /srv/app"],
  ["passwd record", "deploy:x:1001:1001::/home/deploy:/bin/bash"],
];

describe("user/password pairs in prose", () => {
  for (const [name, text, secret] of secrets) {
    it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
  }
  for (const [name, text] of ordinary) {
    it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  }
});

describe("redact: pairs in Markdown", () => {
  it("a user in emphasis and a password in inline code, before a full stop", () => {
    const text = "If SSO is down, log in to the router at https://192.168.0.1 with **admin** / `Velvet%6898xx6`.";
    const out = redact(text).text;
    expect(out).not.toContain("Velvet%6898xx6");
    expect(out).toContain("**admin** / `");
  });

  it("keeps emphasised paths and words", () => {
    const text = "See **docs** / `guide.md`. Log in with _your_ account / **SSO**.";
    expect(redact(text).text).toBe(text);
  });
});
