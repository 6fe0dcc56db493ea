// Public keys in base64 DER kept by their SubjectPublicKeyInfo header (src/redact/public-keys.ts). Private keys in
// the same encoding, and secrets beside, inside or glued to a public key, must still go, on both diff sides.
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
const ed = generateKeyPairSync("ed25519");
const RSA_PUB = rsa.publicKey.export({ type: "spki", format: "der" }).toString("base64");
const EC_PUB = ec.publicKey.export({ type: "spki", format: "der" }).toString("base64");
const ED_PUB = ed.publicKey.export({ type: "spki", format: "der" }).toString("base64");
const RSA_PKCS8 = rsa.privateKey.export({ type: "pkcs8", format: "der" }).toString("base64");
const RSA_PKCS1 = rsa.privateKey.export({ type: "pkcs1", format: "der" }).toString("base64");
const EC_SEC1 = ec.privateKey.export({ type: "sec1", format: "der" }).toString("base64");
const ED_PKCS8 = ed.privateKey.export({ type: "pkcs8", format: "der" }).toString("base64");
const ENCRYPTED_PKCS8 = ec.privateKey.export({ type: "pkcs8", format: "der", cipher: "aes-256-cbc", passphrase: "x" }).toString("base64");
const PASSWORD = "Xk9#mP2qLw7Tn4";
const RANDOM = Buffer.from(Array.from({ length: 48 }, (_, i) => (i * 131 + 51 + ((i * i) % 251)) % 256)).toString("base64");
const TOKEN = "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT";
const fence = (body: string) => `这个支付宝公钥是不是放错地方了？验签一直失败：\n\`\`\`\n${body}\n\`\`\`\n`;
const yaml = (name: string, value: string, sign = "") => `${sign}  ${name}: ${value}\n`;
/** The DER of an RSA public key with one length byte changed: its lengths no longer add up. */
const misCounted = Buffer.from(RSA_PUB, "base64");
misCounted[3] = misCounted[3]! + 1;
const MISCOUNTED = misCounted.toString("base64");
/** DER with `content` as the key of a SubjectPublicKeyInfo of algorithm `algorithm` (hex): a header around any bytes. */
const derLength = (n: number) => (n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 255]);
const tlv = (tag: number, content: Buffer) => Buffer.concat([Buffer.from([tag, ...derLength(content.length)]), content]);
const wrapped = (algorithm: string, content: Buffer) =>
  tlv(0x30, Buffer.concat([Buffer.from(algorithm, "hex"), tlv(0x03, Buffer.concat([Buffer.from([0]), content]))])).toString("base64");
const RSA_ALGORITHM = "300d06092a864886f70d0101010500";
const EC_ALGORITHM = "301306072a8648ce3d020106082a8648ce3d030107";
const der = (b64: string) => Buffer.from(b64, "base64");
const RSA_IN_HEADER = wrapped(RSA_ALGORITHM, der(RSA_PKCS1));
const ED_IN_HEADER = wrapped(EC_ALGORITHM, der(ED_PKCS8));
/** An RSA key's opening, a secret's bytes, then the exponent's ending: the shape of a copy that lost bytes. */
const SHORTENED_SECRET = `${RSA_PUB.slice(0, 44)}${RANDOM}AgMBAAE=`;
const withBytes = (b64: string, extra: string) => Buffer.concat([Buffer.from(b64, "base64"), Buffer.from(extra)]).toString("base64");

const kept: [string, string][] = [
  ["an RSA public key in a chat's code fence", fence(RSA_PUB)],
  ["an RSA public key whose modulus lost bytes", fence(`${RSA_PUB.slice(0, 100)}${RSA_PUB.slice(148)}`)],
  ["an EC public key in YAML", `alipay:\n${yaml("alipay_public_key", EC_PUB)}`],
  ["an Ed25519 public key under a verify key's name", `const verifyKey = "${ED_PUB}";`],
  ["a public key replaced in a diff, both sides", `${yaml("publicKey", EC_PUB, "-")}${yaml("publicKey", RSA_PUB, "+")}`],
];

const redacted: [string, string, string][] = [
  ["a PKCS#8 RSA private key", fence(RSA_PKCS8), RSA_PKCS8.slice(100, 160)],
  ["a PKCS#1 RSA private key", yaml("app_private_key", RSA_PKCS1), RSA_PKCS1.slice(100, 160)],
  ["a SEC1 EC private key", yaml("privateKey", EC_SEC1), EC_SEC1.slice(40, 80)],
  ["a PKCS#8 Ed25519 private key", yaml("signing_key", ED_PKCS8), ED_PKCS8.slice(16)],
  ["an encrypted PKCS#8 key", yaml("private_key", ENCRYPTED_PKCS8), ENCRYPTED_PKCS8.slice(100, 160)],
  ["a secret's bytes appended past the stated length", fence(withBytes(RSA_PUB, PASSWORD)), withBytes(RSA_PUB, PASSWORD).slice(-24)],
  ["a key's opening with a random key glued on", fence(`${RSA_PUB.slice(0, 100)}${RANDOM}`), RANDOM.slice(0, 40)],
  ["an EC key's opening with a random key glued on", fence(`${EC_PUB.slice(0, 48)}${RANDOM}`), RANDOM.slice(0, 40)],
  ["a PKCS#1 private key inside an RSA public key's header", fence(RSA_IN_HEADER), RSA_IN_HEADER.slice(100, 160)],
  ["a PKCS#8 private key inside an EC public key's header", yaml("signing_key", ED_IN_HEADER), ED_IN_HEADER.slice(40)],
  ["a secret between a shortened RSA key's opening and its exponent", fence(SHORTENED_SECRET), SHORTENED_SECRET.slice(44, 100)],
  ["lengths that do not add up", yaml("private_key", MISCOUNTED), MISCOUNTED.slice(100, 160)],
  ["a password glued by a comma", yaml("key", `${RSA_PUB},${PASSWORD}`), PASSWORD],
  ["a token glued without punctuation", fence(`${RSA_PUB}${TOKEN}`), TOKEN],
  ["a private key on the other diff side", `${yaml("alipay_public_key", RSA_PUB, "-")}${yaml("app_private_key", RSA_PKCS8, "+")}`, RSA_PKCS8.slice(100, 160)],
  ["a private key on the minus side", `${yaml("app_private_key", RSA_PKCS8, "-")}${yaml("alipay_public_key", RSA_PUB, "+")}`, RSA_PKCS8.slice(100, 160)],
  ["a private key on the line after", `${yaml("alipay_public_key", RSA_PUB)}${yaml("app_private_key", RSA_PKCS8)}`, RSA_PKCS8.slice(100, 160)],
  ["a Cyrillic А glued between a public and a private key", fence(`${RSA_PUB}А${RSA_PKCS8}`), RSA_PKCS8.slice(100, 160)],
  ["full-width letters opening a private key", yaml("private_key", `ＭＩＩＢ${RSA_PKCS8.slice(4)}`), RSA_PKCS8.slice(100, 160)],
];

describe("public keys in base64 DER stay", () => {
  for (const [name, t] of kept) it(`keeps: ${name}`, () => expect(redact(t).text).toBe(t));
});

describe("private keys, and secrets in, beside or glued to a public key, still go", () => {
  for (const [name, t, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(t).text).not.toContain(secret));
});

describe("public keys and their neighbours, redacted twice", () => {
  const all = [...kept.map(([, t]) => t), ...redacted.map(([, t]) => t)].join("\n");
  const once = redact(all);
  it("is idempotent", () => expect(redact(once.text).text).toBe(once.text));
  it("leaves whole markers", () => expect(once.text.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/));
});

describe("linear on 1 MB of near-public-keys", () => {
  const inputs: Record<string, string> = {
    "one token of repeated headers": fill(RSA_PUB.slice(0, 44)),
    "public keys on lines": fill(`${RSA_PUB}\n`),
    "headers broken by spaces": fill(`${RSA_PUB.slice(0, 48)} `),
    "M-tokens cut by equals signs": fill(`M${"A".repeat(60)}=`),
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
