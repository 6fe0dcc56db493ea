// Values written as escapes or decoded from base64 at startup (src/redact/decoded.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const uEsc = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
const xEsc = (s: string) => [...s].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("");
const b64 = (s: string) => Buffer.from(s).toString("base64");
const KEY = "Qk7mZ2pL9xVr4NcQ8wYh";
const PW = "OHv*WXaYZ3ajiIKA++";

describe("redact: escaped values", () => {
  it("cuts \\u, \\u{} and \\x escapes of a generated value in JS, Rust, shell and Python", () => {
    const texts = [
      `var _0x1f = "${uEsc(KEY)}";`,
      `let key = "${[...KEY].map((c) => `\\u{${c.charCodeAt(0).toString(16)}}`).join("")}";`,
      `TOKEN=$(printf '${xEsc(KEY)}')`,
      `secret = b"${xEsc(KEY)}"`,
    ];
    for (const text of texts) {
      const out = redact(text).text;
      expect(out).toContain("[REDACTED:");
      expect(out).not.toContain(text.slice(text.indexOf("\\"), text.indexOf("\\") + 12));
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps escaped words, i18n text, control characters and short runs", () => {
    const text = [
      `const greeting = "${uEsc("HelloWorldAgain")}";`,
      'const zh = "\\u4f60\\u597d\\u4e16\\u754c\\u6b22\\u8fce\\u4f7f\\u7528\\u672c\\u8f6f\\u4ef6\\u7684";',
      'const ctrl = "\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a\\x0b\\x0c";',
      'const range = /[\\u0041-\\u005a\\u0061-\\u007a]/;',
      `printf '${xEsc("ab12")}'`,
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });
});

describe("redact: base64 decoded at startup", () => {
  it("cuts base64 of a password decoded in Python, JS, PHP, Java, Go and shell", () => {
    const enc = b64(PW);
    const texts = [
      `_PW = base64.b64decode("${enc}").decode()`,
      `const pw = atob("${enc}");`,
      `const pw = Buffer.from("${enc}", "base64").toString();`,
      `$pw = base64_decode('${enc}');`,
      `String pw = new String(Base64.getDecoder().decode("${enc}"));`,
      `pw, _ := base64.StdEncoding.DecodeString("${enc}")`,
      `export DB_PASS=$(echo '${enc}' | base64 -d)`,
    ];
    for (const text of texts) {
      const out = redact(text).text;
      expect(out).not.toContain(enc.slice(0, 8));
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps base64 of words, prose, binary data and public identifiers", () => {
    const text = [
      `msg = base64.b64decode("${b64("Hello world, this is a test")}")`,
      `const word = atob("${b64("placeholder")}");`,
      `const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk", "base64");`,
      `host = base64.b64decode("${b64("api.example.com")}")`,
      `echo '${b64("username")}' | base64 -d`,
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of escapes and decode calls", () => {
    expect(redact(fill("\\u0041\\x41\\u{41}")).text.length).toBeGreaterThan(0);
    expect(redact(fill("\\u0041\\u0042\\u0043\\u0044\\u0045\\u0046\\u0047\\u0048\\u0049\\u004a\\u004b ")).text.length).toBeGreaterThan(0);
    expect(redact(fill('b64decode("QUJDREVGR0g=") atob(\'')).text.length).toBeGreaterThan(0);
    expect(redact(fill("echo QUJDREVGR0hJ | base64 -d; ")).text.length).toBeGreaterThan(0);
  });
});
