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
