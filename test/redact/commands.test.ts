import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: credentials in code lines", () => {
  it("a C #define naming a password or key", () => {
    const out = redact('#define WIFI_SSID "office"\n#define WIFI_PASSWORD "Lantern*3239Goi"\n#define API_KEY L"k9Qw-2mZx7Lp"\n').text;
    expect(out).toContain('"office"');
    expect(out).not.toContain("Lantern*3239Goi");
    expect(out).not.toContain("k9Qw-2mZx7Lp");
  });

  it("keeps a #define of an ordinary or placeholder value", () => {
    const text = '#define PASSWORD_MAX_LEN "64"\n#define TOKEN_HEADER "Authorization"\n#define DB_PASSWORD "changeme"\n';
    expect(redact(text).text).toBe(text);
  });

  it("user:password literals being base64-encoded for a Basic header", () => {
    for (const line of [
      'conn.setRequestProperty("Authorization", "Basic " + "release-bot:11bac6c65d8e92505eede2aec3beb1d326".bytes.encodeBase64().toString())',
      'headers: { Authorization: `Basic ${btoa("deploy:Tq8!vR2#mLx9")}` }',
      'auth = base64.b64encode(b"svc-report:Hz4@pW7$kNc1").decode()',
      'String enc = Base64.getEncoder().encodeToString("admin:Qz7#Lm2@Vx9k".getBytes());',
    ]) {
      const secret = /:([^"'`:]+)["'`]/.exec(line.slice(line.search(/"[\w.@+-]+:|`[\w.@+-]+:|b"[\w.@+-]+:/)))![1]!;
      expect(redact(line).text, line).not.toContain(secret);
    }
  });

  it("keeps a host:port or a format string that is encoded", () => {
    const text = 'const token = btoa("localhost:8080");\nconst s = base64.b64encode(f"{user}:{password}".encode())';
    expect(redact(text).text).toBe(text);
  });
});
