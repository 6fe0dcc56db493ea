// minisign / signify public keys kept by their size and the text naming them (src/redact/minisign-keys.ts); a
// secret key body, a key-sized token called secret, or a secret beside a public key still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const bytes = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + seed * 17 + ((i * i) % 251)) % 256));
const blob = (n: number, seed: number) => Buffer.concat([Buffer.from("Ed"), bytes(n - 2, seed)]).toString("base64");
const KEY = blob(42, 3);
/** A minisign secret key: `Ed`, the scrypt and checksum algorithm names, then its 154 bytes. */
const SECRET_KEY = Buffer.concat([Buffer.from("EdScB2"), bytes(152, 5)]).toString("base64");
const TOKEN = "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT";

const kept: [string, string][] = [
  ["a README's minisign public key", `Verify the download with this minisign public key: ${KEY}`],
  ["minisign.pub", `untrusted comment: minisign public key 5A4D6E1F0B2C3D4E\n${KEY}\n`],
  ["a verify command's -P flag", `minisign -Vm release.tar.gz -P ${KEY}`],
  ["a signify key in a diff", `+untrusted comment: signify public key\n+${KEY}`],
];

const redacted: [string, string, string][] = [
  ["a minisign secret key body", `untrusted comment: minisign encrypted secret key\n${SECRET_KEY}`, SECRET_KEY.slice(10, 40)],
  ["a secret key body called a public key", `minisign public key: ${SECRET_KEY}`, SECRET_KEY.slice(10, 40)],
  ["a key-sized token called a secret key", `untrusted comment: minisign secret key\n${KEY}`, KEY],
  ["a key-sized token under a secret-named variable", `# minisign public key below\nSIGNING_SECRET_SEED=${KEY}`, KEY],
  ["a key-sized token under a camelCase private name", `minisign public key: signingPrivateSeed = "${KEY}"`, KEY],
  ["a key-sized token with no minisign named", `public key: ${KEY}`, KEY],
  ["a token glued to the key", `minisign public key: ${KEY}.${TOKEN}`, TOKEN],
  ["a token beside the key", `minisign public key: ${KEY}\ngithub token: ${TOKEN}`, TOKEN],
];

describe("minisign public keys stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secret keys and secrets beside a public key still go", () => {
  for (const [name, text, secret] of redacted) {
    it(`redacts: ${name}`, () => {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(markersWhole(out)).toBe(true);
      expect(redact(out).text).toBe(out);
    });
  }
});

describe("linear on 1 MB of near-keys", () => {
  const inputs = {
    "keys on lines": fill(`minisign public key: ${KEY}\n`),
    "one long line of keys": `minisign public key ${fill(`${KEY} `)}`,
    "keys without a newline in reach": fill(`RWQ${"A".repeat(60)} `),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(name, () => {
      const t0 = performance.now();
      expect(redact(text).text.length).toBeGreaterThan(MB / 4);
      expect(performance.now() - t0).toBeLessThan(10_000);
    });
  }
});
