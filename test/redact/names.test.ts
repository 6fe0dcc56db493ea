import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

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

describe("redact: session cookies and key lists named by their vendor", () => {
  it("cuts Bilibili's bili_jct and Baidu's BDUSS in a scraper's cookie dict", () => {
    const text = 'cookies = {\n    "bili_jct": "2114b20e760b35a294ceb5d09c32209a",\n    "BDUSS": "VZaVdGN0J5bTZ4cm1DQkx0dmVHQWJvS0F5S2RxVWZ4bnR0",\n    "DedeUserID": "577325227",\n}';
    const out = redact(text).text;
    expect(out).not.toContain("2114b20e760b");
    expect(out).not.toContain("VZaVdGN0J5bTZ4");
    expect(out).toContain('"DedeUserID": "577325227"');
    expect(redact(out).text).toBe(out);
  });

  it("cuts Strapi's APP_KEYS list", () => {
    const out = redact("APP_KEYS=0lcDqmH0+WDBDqYOeIA7Jk==,DZEunS41tIi44k0bGqtuy5==").text;
    expect(out).toBe("APP_KEYS=[REDACTED:secret]");
  });

  it("keeps Strapi's template values and references, and a word under bili_jct", () => {
    const kept = ['APP_KEYS="toBeModified1,toBeModified2"', "APP_KEYS=key1,key2", "  app: { keys: env.array('APP_KEYS') },", "bili_jct: csrf"];
    for (const text of kept) expect(redact(text).text, text).toBe(text);
  });
});

describe("redact: glued password names of kamctlrc and FreePBX, and named pieces of a split key", () => {
  it("cuts DBRWPW / DBROPW / AMPDBPASS values and key pieces named part, half, head or tail", () => {
    for (const [text, secret] of [
      ['DBRWUSER="kamailio"\nDBRWPW="Pkzwv8cHn~D9fi*v4W"', "Pkzwv8cHn~D9fi*v4W"],
      ['+DBRWPW="RKLXAhYmHEUnBciLDp"', "RKLXAhYmHEUnBciLDp"],
      ["DBROPW=kamailioro7Q", "kamailioro7Q"],
      ["$amp_conf['AMPDBPASS'] = '580d87138f8281a76b3933789a03ca91';", "580d87138f8281a76b3933789a03ca91"],
      ["hmac:\n  key_part_a: 6127f442b1b68f4741b5657e\n  key_part_b: 21a2a68cce940c02cde9fecc", "21a2a68cce940c02cde9fecc"],
      ["12:A_KEY_HEAD=IcrSFctwMpA8Da42\n13:A_KEY_TAIL=rn489BXE7AF1sqCE", "rn489BXE7AF1sqCE"],
    ]) {
      const out = redact(text!).text;
      expect(out).not.toContain(secret);
      expect(out).toMatch(/\[REDACTED:(?:password|secret)\]/);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps other glued words, digests under key names and piece names with words", () => {
    for (const text of [
      'DBENGINE=MYSQL\nDBHOST=db-sip.internal\nDBRWUSER="kamailio"',
      "$amp_conf['AMPDBHOST'] = 'localhost';",
      "cache_key: 6127f442b1b68f4741b5657e",
      "key_a: 6127f442b1b68f4741b5657e",
      "KEY_HEAD=main",
      "SPW=1 NPW=2",
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of pw names", () => {
    const t0 = performance.now();
    redact(fill("DBRWPW="));
    redact(fill("a_pw b"));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("redact: names glued into one word and names about passwords", () => {
  const once = (text: string) => {
    const out = redact(text).text;
    expect(redact(out).text).toBe(out);
    expect(markersWhole(out)).toBe(true);
    return out;
  };

  it("a short password word ending a glued name is a password; a secret word inside one takes a generated value", () => {
    for (const [text, secret] of [
      ["$cfg['Servers'][$i]['controlpass'] = 'y3HDD2yNE!ar53';", "y3HDD2yNE!ar53"],
      ["relaypass = Maple10*galaxy", "Maple10*galaxy"],
      ["+icesecretwrite=z2MO5pgqV1GoRSsCdtvE", "z2MO5pgqV1GoRSsCdtvE"],
      ["'passwordsalt' => 'q8Zr2LmWx0Tn5VbKp3Hc7Ys',", "q8Zr2LmWx0Tn5VbKp3Hc7Ys"],
    ]) expect(once(text!)).not.toContain(secret);
  });

  it("keeps words under glued names, English words ending in pass, and settings about passwords", () => {
    for (const text of [
      "controlpass = pma_control",
      "renderpass = main_pass",
      "compass = north_east",
      "icesecretwrite = enabled",
      "secretary = Maple10*galaxy",
      '$wgPasswordSender = "wiki@acme.io";',
      "PASSWORD_COMPLEXITY = lower,upper,digit",
      "password_history = 5",
      "password_attempts: 3",
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of glued names", () => {
    for (const text of [fill("controlpass="), fill("xsecretx "), `${fill("a")}pass = x`]) {
      const t0 = performance.now();
      once(text);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  });
});

describe("redact: an admin, write or master qualifier written after the key", () => {
  const HEX = "3f9a2c7b1e8d4f6a0b5c9e2d7f1a3b8c";
  it("cuts the key even where the name also says search", () => {
    for (const text of [`ALGOLIA_SEARCH_KEY_ADMIN=${HEX}`, `algolia.search.key.admin=${HEX}`, `search_key_write: "${HEX}"`, `API_KEY_MASTER=${HEX}`]) {
      const out = redact(text).text;
      expect(out, text).not.toContain(HEX.slice(8, 24));
      expect(markersWhole(out)).toBe(true);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps a key administrator's name or role, and other qualifiers' digests", () => {
    const kept = [
      'key_admin = "arn:aws:iam::123456789012:role/KeyAdmin"',
      "KEY_ADMIN=alice",
      "key_master: true",
      `cache_key_write=${HEX}`,
      `DB_ADMIN=${HEX}`,
      `key_admin_url=https://keys.example.com/admin`,
    ];
    for (const text of kept) expect(redact(text).text, text).toBe(text);
  });

  it("stays fast on 1 MB of key-admin names", () => {
    const text = fill(`A_KEY_ADMIN=${HEX}\nkey.write=x `);
    const started = Date.now();
    const out = redact(text).text;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(out).not.toContain(HEX);
    expect(markersWhole(out)).toBe(true);
  });
});
