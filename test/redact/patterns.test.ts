import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

describe("redact: provider formats", () => {
  it("a NuGet API key, as a nuget.config apikeys entry", () => {
    const key = "oy2z0zvlea040sjbatbkarcnrnqms2sfijjav6f81rsom3";
    const r = redact(`<apikeys>\n  <add key="https://www.nuget.org/api/v2/package" value="${key}" />\n</apikeys>`);
    expect(r.text).not.toContain(key.slice(3));
    expect(r.kinds["nuget-key"]).toBe(1);
  });
});

describe("redact: webhook URLs and nested values", () => {
  it("a Teams incoming webhook keeps its host, loses its path after IncomingWebhook/", () => {
    const url = "https://acme.webhook.office.com/webhookb2/bfdc01f4-bc09-41ee-a058-dee9dff8de26@b69c3f4b-9f66-4047-8993-806c4d6e791a/IncomingWebhook/4560445567f5139b56df143bb28deac8/3e534fc7-ec93-4e72-86b5-0c3f035a0cdc/V24obfGDiS7GFKXQQ5h7NMLhvlMOiQR58RGNOmA2do0PR";
    const out = redact(`TEAMS_WEBHOOK_URL=${url}`).text;
    expect(out).toContain("acme.webhook.office.com/webhookb2/");
    expect(out).not.toContain("obfGDiS7GFKXQQ5h7");
  });

  it('a secret-named key holding { "value": … } (Spring actuator env, ARM parameters)', () => {
    const env = '{\n  "spring.datasource.url": { "value": "jdbc:postgresql://pg:5432/app" },\n  "spring.datasource.password": { "value": "Maple_4449j6I" }\n}';
    const out = redact(env).text;
    expect(out).toContain("jdbc:postgresql://pg:5432/app");
    expect(out).not.toContain("Maple_4449j6I");
    const arm = '"parameters": {\n  "adminPassword": {\n    "value": "Tq8!vR2#mLx9"\n  },\n  "adminUsername": { "value": "azureuser" }\n}';
    expect(redact(arm).text).not.toContain("Tq8!vR2#mLx9");
    expect(redact(arm).text).toContain("azureuser");
  });
});

describe("redact: documentation shapes of provider tokens", () => {
  it("a provider prefix on a placeholder stays; a real token with the prefix goes", () => {
    const example = '{ "slack_token": "xoxb-your-token", "github_token": "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" }';
    expect(redact(example).text).toBe(example);
    const real = "SLACK=xoxb-2345678901-2345678901234-Xk9aB3dE7fGhQ2mN5pR8sT1v\nGH=ghp_Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0aB3d";
    const out = redact(real).text;
    expect(out).not.toContain("Xk9aB3dE7fGhQ2mN5pR8sT1v");
    expect(out).not.toContain("W4yZ6cJ0aB3d");
  });

  it("a default password that repeats the user name stays; another password for that user goes", () => {
    const docs = "`DATABASE_URL` to a local database, e.g. `postgres://postgres:postgres@localhost:5432/app_test`";
    expect(redact(docs).text).toBe(docs);
    expect(redact("amqp://guest:guest@localhost:5672/").text).toBe("amqp://guest:guest@localhost:5672/");
    expect(redact("postgres://postgres:S3cr3tpw@db:5432/app").text).not.toContain("S3cr3tpw");
    // A generated user name repeated as the password is not let through.
    expect(redact("postgres://Xk9aB3dE7fGh:Xk9aB3dE7fGh@db:5432/app").text).toContain(":[REDACTED:url-password]@");
    expect(redact("app:app-Xk9aB3dE@db.internal:5432/x").text).not.toContain("Xk9aB3dE");
  });
});

describe("redact: command-line users", () => {
  it("a user cut to a marker is not read as user:password on a second pass", () => {
    const once = redact("docker login -u cn-north-4@QK7VXWMZ2RPN4TLA8CDE -p 81664941996922753c75054e9ee943311ff2fd7d3cfa2fdd18af4fb01f0ef0ea swr.example").text;
    expect(once).not.toContain("81664941996922753c");
    expect(redact(once).text).toBe(once);
  });

  it("a marker anywhere in the user, not only at its start, is no user:password", () => {
    const text = "curl -u password=[REDACTED:secret] https://example.com";
    expect(redact(text).text).toBe(text);
  });

  it("the password after a user already cut to a whole marker goes; the marker stays whole, a second pass changes nothing", () => {
    for (const [text, want] of [
      ["curl -u [REDACTED:password]:Zx9!kQ2mWp4rTy https://api.example", "curl -u [REDACTED:password]:[REDACTED:password] https://api.example"],
      ['curl --user="[REDACTED:secret]:Zx9!kQ2mWp4rTy" https://api.example', 'curl --user="[REDACTED:secret]:[REDACTED:password]" https://api.example'],
      ["java -jar jenkins-cli.jar -auth [REDACTED:password]:11a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7 who-am-i", "java -jar jenkins-cli.jar -auth [REDACTED:password]:[REDACTED:password] who-am-i"],
    ]) {
      const once = redact(text!);
      expect(once.text).toBe(want);
      expect(redact(once.text)).toMatchObject({ text: once.text, count: 0 });
    }
  });

  it("keeps a whole-marker user without a password, a plain user, and a marker inside a longer user", () => {
    for (const text of ["curl -u [REDACTED:password] https://api.example", "curl -u [REDACTED:password]: https://api.example", "curl -u deploy https://api.example", "curl -u x[REDACTED:secret]:abc https://api.example"]) {
      expect(redact(text).text).toBe(text);
    }
  });
});

describe("redact: a secret key's first characters quoted with an ellipsis", () => {
  it("the piece of a Mapbox or GitHub key in chat", () => {
    for (const [text, piece] of [
      ["[10:03] sara: sk.8o9PGzhuL7… nvm", "8o9PGzhuL7"],
      ["the token starts with ghp_x7Qk2mZ9... and expires", "x7Qk2mZ9"],
    ]) expect(redact(text!).text).not.toContain(piece);
  });

  it("keeps prefixes alone, words and publishable keys", () => {
    for (const text of ["see sk_test_... for details", "run npm_install... later", "pk.eyJ1Ijoi… is the public token"]) expect(redact(text).text).toBe(text);
  });
});

describe("redact: Authorization headers with a vendor's own scheme", () => {
  it("cuts a generated credential after any scheme word (Opsgenie GenieKey, Statuspage OAuth)", () => {
    const key = "62478c06-7a77-6741-366e-307c807b84ed";
    const out = redact(`curl -H 'Authorization: GenieKey ${key}' https://api.opsgenie.com/v2/heartbeats/x/ping`).text;
    expect(out).not.toContain("62478c06");
    expect(out).toContain("Authorization: GenieKey ");
    expect(redact(`-H "Authorization: OAuth f9e1c9d3-4806-f651-0f92-eddcc1529aae"`).text).not.toContain("f9e1c9d3");
  });

  it("keeps prose and code after an unknown scheme word", () => {
    const text = "Authorization: required for every endpoint\nauthorization = self.headers.get('Authorization')";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: WooCommerce and Asana key formats", () => {
  it("a WooCommerce consumer key and secret, and an Asana personal access token", () => {
    const woo = redact("$woocommerce = new Automattic\\WooCommerce\\Client(\n    'https://shop.example.co.uk',\n    'ck_99d02ac84ee487446beaf0df84ec8422b7aac08a',\n    'cs_5feac53e155a25c6529a438a6666d4c689cb7e1b',\n);").text;
    expect(woo).not.toContain("99d02ac84ee4");
    expect(woo).not.toContain("5feac53e155a");
    expect(woo).toContain("https://shop.example.co.uk");
    expect(redact('asana.Client.access_token("2/9262089480796652/5565505182737590:c0f29c5e2c64fea3df11d5383a85d529")').text).not.toContain("c0f29c5e2c64");
  });

  it("keeps Stripe checkout ids, longer hex and short numeric paths", () => {
    const text = "session cs_live_a1b2c3d4e5f6 ck_size cs_test_b1Zx9 path 1/2/3:4 v 2/1234567890/1234567890:abc ck_99d02ac84ee487446beaf0df84ec8422b7aac08a99";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: EasyPost API keys", () => {
  it("cuts production and test keys without a name", () => {
    const key = "EZAK10e6593e0dde9754604b93913c6c5e263f07df956570e630878ba3";
    const text = `var client = easypost.New("${key}")\nconst c = new EasyPostClient('EZTK${key.slice(4)}');`;
    const out = redact(text).text;
    expect(out).toBe('var client = easypost.New("[REDACTED:api-token]")\nconst c = new EasyPostClient(\'[REDACTED:api-token]\');');
    expect(redact(out).text).toBe(out);
  });

  it("keeps names and short hex after the prefix", () => {
    const text = 'EZAKEasyPostClient EZTKTestKeyName EZAK_PREFIX = "EZAK"\nid = "EZAK0123abcd"';
    expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of prefixes", () => {
    const t0 = performance.now();
    redact("EZAK0123456789abcdef".repeat(52_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("redact: SignalWire project tokens", () => {
  it("cuts PT and 48 hex digits, keeping the project id", () => {
    const text = 'new RestClient("dc7928fe-3666-4aad-ac62-54f70a8cdc02", "PT06c8645c682ca4d4e78682bab3cdcc421e19ddb61d15e169", { signalwireSpaceUrl: "x.signalwire.com" })';
    const out = redact(text).text;
    expect(out).toContain('"[REDACTED:api-token]"');
    expect(out).toContain("dc7928fe-3666-4aad-ac62-54f70a8cdc02");
    expect(redact(out).text).toBe(out);
  });

  it("keeps other lengths and glued runs", () => {
    for (const text of ["PT06c8645c682ca4d4e78682bab3cdcc42", "XPT06c8645c682ca4d4e78682bab3cdcc421e19ddb61d15e169", "PT30M duration"]) {
      expect(redact(text).text).toBe(text);
    }
  });

  it("stays linear on 1 MB of near-misses", () => {
    const t0 = performance.now();
    redact(fill("PT0123456789abcdef "));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("redact: Omise secret keys", () => {
  it("cuts test and live secret keys, also as curl's -u user, and keeps the public pkey_", () => {
    const text = 'curl https://api.omise.co/charges -u skey_test_5xq2m8ktz4r7p1wn9yb: -d "amount=100000"\nOmise.secret_api_key = "skey_5xq2m8ktz4r7p1wn9yb"\nOmise.setPublicKey("pkey_test_5xq2m8ktz4r7p1wn9yb");';
    const out = redact(text).text;
    expect(out).toBe('curl https://api.omise.co/charges -u [REDACTED:api-token]: -d "amount=100000"\nOmise.secret_api_key = "[REDACTED:api-token]"\nOmise.setPublicKey("pkey_test_5xq2m8ktz4r7p1wn9yb");');
    expect(redact(out).text).toBe(out);
  });

  it("keeps identifiers that start with skey_", () => {
    const text = "const skey_buffer_size = 1024;\nskey_lookup_table_for_users(x);";
    expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of prefixes", () => {
    const t0 = performance.now();
    redact("skey_test_5xq2m8k".repeat(62_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("redact: Flutterwave secret keys", () => {
  it("redacts the secret key wherever it stands, even where the public key goes", () => {
    const hex = "5486b0b46d09ae23156c4cae01c5f3e3";
    const text = `use FLWSECK_TEST-${hex}-X for the API\nFlutterwaveCheckout({ public_key: "FLWSECK-${hex}-X" });`;
    expect(redact(text).text).toBe("use [REDACTED:api-token] for the API\nFlutterwaveCheckout({ public_key: \"[REDACTED:api-token]\" });");
  });

  it("keeps the public key and words that begin like the prefix", () => {
    const text = 'FlutterwaveCheckout({ public_key: "FLWPUBK-5486b0b46d09ae23156c4cae01c5f3e3-X" });\nconst FLWSECK_TEST_MODE = true;';
    expect(redact(text).text).toBe(text);
  });

  it("is linear on 1 MB of prefixes", () => {
    expect(redact(fill("FLWSECK-5486b0b46d09ae23")).text.length).toBeGreaterThan(0);
  });
});

describe("redact: Digest authorization (HTTP, SIP)", () => {
  const RESPONSE = "6629fae49393a05397450978507c4ef1";
  it("cuts the response and keeps the username, realm, nonce and uri", () => {
    const cases = [
      `Authorization: Digest username="alice", realm="sip.example.com", nonce="4f2a9c8b7d6e5f40", uri="sip:bob@example.com", response="${RESPONSE}"`,
      `Proxy-Authorization: Digest username="1001",realm="asterisk",nonce="5e8b1d2c",uri="sip:100@10.0.0.1",response="${RESPONSE}",algorithm=MD5,cnonce="0a4f113b",qop=auth,nc=00000001`,
    ];
    for (const text of cases) {
      const out = redact(text).text;
      expect(out, text).not.toContain(RESPONSE);
      expect(out).toMatch(/username="(?:alice|1001)"/);
      expect(out).toMatch(/nonce="(?:4f2a9c8b7d6e5f40|5e8b1d2c)"/);
      expect(out).toMatch(/realm="(?:sip\.example\.com|asterisk)"/);
      expect(markersWhole(out)).toBe(true);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps a challenge's nonce, other parameters and a Digest header without a response", () => {
    const kept = [
      `WWW-Authenticate: Digest realm="x", nonce="${RESPONSE}"`,
      `Authorization: Digest username="alice", response_time="${RESPONSE}"`,
      'Authorization: Digest username="alice", realm="example.com", nonce="4f2a9c8b7d6e5f40", uri="/"',
    ];
    for (const text of kept) expect(redact(text).text, text).toBe(text);
  });

  it("stays fast on 1 MB of Digest headers", () => {
    for (const unit of [`Authorization: Digest username="a", response="${RESPONSE}"\n`, 'Authorization: Digest username="a", nonce="b", ']) {
      const text = fill(unit);
      const started = Date.now();
      const out = redact(text).text;
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(out).not.toContain(RESPONSE);
      expect(markersWhole(out)).toBe(true);
    }
  });
});
