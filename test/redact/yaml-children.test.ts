// Children of a YAML key named for a secret (src/redact/yaml-children.ts), and ENC(…) around readable text.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: a secret-named YAML key holding a map", () => {
  it("a strong literal among its children, whichever child holds it", () => {
    const out = redact("dbPassword:\n  cipher: aes\n  plain: Hunter2!xyz9\nother: 1\n").text;
    expect(out).not.toContain("Hunter2!xyz9");
    expect(out).toContain("cipher: aes");
  });

  it("keeps settings and schema children", () => {
    const text = "dbPassword:\n  required: true\n  minLength: 12\n  algorithm: argon2id\npassword:\n  type: string\n  pattern: ^(?=.*[A-Z]).{12,}$\n  example: S3cret!pw9\n";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: Jasypt ENC(…) around readable text", () => {
  it("a password wrapped in ENC() without being encrypted", () => {
    expect(redact("spring:\n  datasource:\n    password: ENC(Hunter2!xyz)\n").text).not.toContain("Hunter2!xyz");
  });

  it("keeps ENC() ciphertext", () => {
    const text = "password: ENC(nrmZtkF7T0kjG/VodDvBw93Ct8EgjCA+)\n";
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: a generated key under a parent that names its owner", () => {
  it("OctoPrint's api.key and a framework's app.key", () => {
    expect(redact("api:\n  key: A966A505D32578395FDFD7D423BCE427\nserver:\n  firstRun: false\n").text).not.toContain("A966A505D325");
    expect(redact("app:\n  key: base64:Zq3vN8xK2mLp9wRt4VbQ7yHs1JcFd6Eg0UiOa5Tn=\n  name: shop\n").text).not.toContain("Zq3vN8xK2m");
  });

  it("keeps cache and sort keys, paths and words under api", () => {
    const text = "cache:\n  key: 9f86d081884c7d659a2feaa0c55ad015\nsort:\n  key: name\napi:\n  key: /etc/octoprint/api.key\n  version: 2\napi:\n  enabled: true\n";
    expect(redact(text).text).toBe(text);
  });
});
