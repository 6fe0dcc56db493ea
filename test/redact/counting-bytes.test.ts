// Test bytes that count (src/redact/counting-bytes.ts): base64 or hex of 00 01 02 …, whatever its name. Each beside,
// inside or glued to a secret that must still go, on both diff sides, and in look-alike characters.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const counting = (n: number, first = 0, step = 1) => Buffer.from(Array.from({ length: n }, (_, i) => (first + i * step) % 256));
const random = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + seed * 17 + ((i * i) % 251)) % 256));
const B64 = counting(32).toString("base64");
const HEX = counting(16).toString("hex");
const RANDOM_B64 = random(32, 3).toString("base64");
const PASSWORD = "Xk9#mP2qLw7Tn4";
const TOKEN = "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT";
const diff = (minus: string, plus: string) =>
  `diff --git a/test/codec.test.ts b/test/codec.test.ts\n--- a/test/codec.test.ts\n+++ b/test/codec.test.ts\n@@ -1,2 +1,2 @@\n-${minus}\n+${plus}\n`;

const kept: [string, string][] = [
  ["a base64 fixture named encodedKey", `const encodedKey = "${B64}";`],
  ["the fixture in a diff, both sides", diff(`const encodedKey = "${B64}";`, `const encodedKey = "${counting(32, 0x20).toString("base64")}";`)],
  ["base64url without padding", `TEST_SIGNING_KEY=${counting(32).toString("base64url")}`],
  ["a step of 2 from 0x10", `secret_key: "${counting(24, 0x10, 2).toString("base64")}"`],
  ["RFC test-vector hex key", `const key = Buffer.from("${HEX}", "hex"); // RFC 5869 test case`],
  ["upper-case hex", `MASTER_KEY=${HEX.toUpperCase()}`],
  ["bytes that wrap past 0xff", `encryptionKey: ${counting(40, 0xf0).toString("base64")}`],
];

const redacted: [string, string, string][] = [
  ["a password glued by a colon, under a password's name", `password = "${B64}:${PASSWORD}"`, PASSWORD],
  ["a token glued by a comma", `const encodedKey = "${B64},${TOKEN}";`, TOKEN],
  ["a password glued without punctuation", `api_key: ${B64}${PASSWORD}`, PASSWORD],
  ["a query's secret after an ampersand", `KEY=${B64}&secret=Xk9mP2qLw7Tn4Zr8`, "Xk9mP2qLw7Tn4Zr8"],
  ["a random key glued without punctuation", `const encodedKey = "${B64.replace(/=+$/, "")}${RANDOM_B64}";`, RANDOM_B64.slice(0, 30)],
  ["counting bytes, then random ones", `const encodedKey = "${Buffer.concat([counting(16), random(16, 4)]).toString("base64")}";`, Buffer.concat([counting(16), random(16, 4)]).toString("base64").slice(24, 40)],
  ["a random key on the other diff side", diff(`const encodedKey = "${B64}";`, `const encodedKey = "${RANDOM_B64}";`), RANDOM_B64],
  ["a random key on the minus side", diff(`const encodedKey = "${RANDOM_B64}";`, `const encodedKey = "${B64}";`), RANDOM_B64],
  ["a password on the line after", `const encodedKey = "${B64}";\nconst password = "${PASSWORD}";`, PASSWORD],
  ["a token beside it on its line", `keys = ["${B64}", "${TOKEN}"]`, TOKEN],
  ["a short counting password", `password = "0123456789abcdef"`, "0123456789abcdef"],
  ["base64 of a typed alphabet in a Kubernetes Secret", `kind: Secret\ndata:\n  password: ${Buffer.from("abcdefghijklmnop").toString("base64")}\n`, Buffer.from("abcdefghijklmnop").toString("base64")],
  ["base64 of a backwards alphabet", `password = "${Buffer.from("ZYXWVUTSRQPONMLKJIH").toString("base64")}"`, Buffer.from("ZYXWVUTSRQPONMLKJIH").toString("base64")],
  ["a repeated pair of hex digits", `password=${"12".repeat(16)}`, "12".repeat(16)],
  ["a repeated pair of hex letters on the plus side", `+  password: ${"0f".repeat(16)}\n`, "0f".repeat(16)],
  ["a Cyrillic А glued between the fixture and a random key", `const encodedKey = "${B64.replace(/=+$/, "")}А${RANDOM_B64}";`, RANDOM_B64.slice(0, 30)],
  ["a Cyrillic А opening a random key beside the fixture", `const encodedKey = "${B64} А${RANDOM_B64}";`, RANDOM_B64.slice(0, 30)],
  ["a non-canonical last character", `const encodedKey = "${B64.replace(/h8=$/, "h9=")}";`, B64.slice(0, 30)],
  ["hex of an odd length after a counting run", `SECRET_KEY=${HEX}${random(8, 5).toString("hex")}f`, random(8, 5).toString("hex")],
];

describe("counting test bytes stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secrets in, beside or glued to counting bytes still go", () => {
  for (const [name, text, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});

describe("counting bytes and their neighbours, redacted twice", () => {
  const all = [...kept.map(([, t]) => t), ...redacted.map(([, t]) => t)].join("\n");
  const once = redact(all);
  it("is idempotent", () => expect(redact(once.text).text).toBe(once.text));
  it("leaves whole markers", () => expect(once.text.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED|\[REDACTED/));
});

describe("linear on 1 MB of near-counting bytes", () => {
  const inputs: Record<string, string> = {
    "one base64 token of counting bytes": fill(B64.replace(/=+$/, "")),
    "counting tokens separated by spaces": fill(`${B64} `),
    "one hex token": fill(HEX),
    "hex tokens on lines": fill(`k=${HEX}\n`),
    "base64 characters broken by equals signs": fill("AAECAwQFBgcICQoLDA0O="),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(text).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
