// Secrets set by hand under a secret's name (src/redact/hand-secrets.ts, used by assignments.ts and config
// directives in commands.ts): a password with a number and a symbol, or a passphrase of real words and a number.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

describe("redact: hand-set secrets under secret names, in any config grammar", () => {
  it("cuts a symbol-and-number password or a word passphrase under a secret, token or key name", () => {
    for (const [text, secret] of [
      ["[radius]\nshared_secret = Maple10*galaxy", "Maple10*galaxy"],
      ["auth:\n  jwt_secret: 'orchid-meadow-copper-harbor46'", "orchid-meadow-copper-harbor46"],
      ['    credentialSecret: "orchid-glacier-amber-falcon68",', "orchid-glacier-amber-falcon68"],
      ["+static-auth-secret=Harbor7!lantern", "Harbor7!lantern"],
      ["gitlab_rails['api_key'] = \"Maple10*galaxy\"", "Maple10*galaxy"],
      ["bind_password Maple10*galaxy", "Maple10*galaxy"],
      ["    private_key quartz-lantern-meadow-thistle42;", "quartz-lantern-meadow-thistle42"],
    ]) expect(once(text!)).not.toContain(secret);
  });

  it("keeps resource names, references, placeholders, sentences and translated messages", () => {
    for (const text of [
      "existingSecret: mysql-secret-01",
      "tlsSecret: tls-cert-2024",
      "secretName: redis-cluster-prod-01",
      "api_key: ${API_KEY}",
      'token: "Enter-your-token"',
      "session_secret = change-me",
      '"Unknown_keyword_token_1435": "未知的关键字。是否是指“{0}”?"',
      "jwt_secret: secret-from-vault-2024",
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of secret assignments and of one long value", () => {
    for (const text of [fill("secret: Ab1!\n"), fill("shared_secret a-bb-cc1 "), `token: ${fill("word-")}42`]) {
      const t0 = performance.now();
      once(text);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  });
});
