import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const HEX128 = "5f0c".repeat(4) + "94eeaa334f611507e46ece0308342260e9d2af0cbc6643bde5c0610251f892c857893a7a9b4b8f4986556247b68104581ff42c9556e6";

describe("redact: names that a vendor chose for a credential", () => {
  it("cuts Rails key bases (gitlab-secrets.json, secrets.yml, credentials)", () => {
    const cases = [
      `{\n  "gitlab_rails": {\n    "db_key_base": "${HEX128}",\n    "otp_key_base": "${HEX128}"\n  }\n}`,
      `production:\n  otp_key_base: ${HEX128}`,
      `ENCRYPTED_SETTINGS_KEY_BASE=${HEX128}`,
    ];
    for (const text of cases) {
      const out = redact(text);
      expect(out.text, text).not.toContain(HEX128.slice(20, 40));
      expect(redact(out.text).text).toBe(out.text);
    }
  });

  it("cuts Steam's Web API publisher key", () => {
    const text = 'STEAM_PUBLISHER_KEY = "1F44F63008D8041BC0B1D097864B4D9C"';
    expect(redact(text).text).toBe('STEAM_PUBLISHER_KEY = "[REDACTED:secret]"');
    expect(redact('  "publisherKey": "6A41CBFA897201D5E44914C614E42693",').text).not.toContain("6A41CBFA");
  });

  it("cuts Teleport's join token under token_name", () => {
    const text = "teleport:\n  join_params:\n    method: token\n    token_name: 8bdf0a8fffd2b558da503f98e7e7235f\n";
    const out = redact(text).text;
    expect(out).toContain("token_name: [REDACTED:secret]");
    expect(redact(out).text).toBe(out);
  });

  it("keeps look-alikes: a key base URL, a publisher name, a token's name", () => {
    const kept = [
      "key_base_url: https://keys.example.com/v1",
      "publisher: Valve\npublisher_key_name: steam-partner",
      "token_name: ci-deploy-bot",
      "    token_name: github_actions",
      'database:\n  key_base: "users"',
      "PUBLISHER_KEY_PATH=/etc/steam/publisher.key",
    ];
    for (const text of kept) expect(redact(text).text, text).toBe(text);
  });
});
