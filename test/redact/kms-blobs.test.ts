// AWS KMS ciphertext blobs kept by their header (src/redact/kms-blobs.ts). Each beside, inside or glued to a secret
// that must still go, on both diff sides, and in look-alike characters.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const bytes = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + seed * 17 + ((i * i) % 251)) % 256));
const u32be = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const PASSWORD = "Xk9#mP2qLw7Tn4";
const TOKEN = "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT";

/** KMS's layout: header, backing key id, a version byte, 16 more bytes, the CMS length, then the CMS itself. */
const cms = (n: number) => Buffer.concat([Buffer.from([0x30, n - 2]), bytes(n - 2, 9)]);
const layout = (version = [1, 2, 2], cmsBytes = 100, extra = Buffer.alloc(0)) =>
  Buffer.concat([Buffer.from([...version, 0, 0x78]), bytes(32, 4), Buffer.from([1]), bytes(16, 5), u32be(cmsBytes), cms(cmsBytes), extra]).toString("base64");
const BLOB = layout();
/** A blob whose body after the header is opaque (a copy whose layout is not KMS's current one). */
const OPAQUE = Buffer.concat([Buffer.from([1, 1, 1, 0, 0x78]), bytes(135, 6)]).toString("base64");
const json = (value: string, sign = "") => `${sign}  "dbPasswordCiphertext": "${value}",\n`;

const kept: [string, string][] = [
  ["a blob under a password's name in JSON", `{\n${json(BLOB)}  "kmsKeyAlias": "alias/app"\n}`],
  ["an opaque blob after the header", json(OPAQUE)],
  ["aws kms encrypt's output", `{\n    "CiphertextBlob": "${BLOB}",\n    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"\n}`],
  ["a blob in YAML", `secrets:\n  DB_PASSWORD: ${layout([1, 2, 1], 120)}\n`],
  ["a blob changed in a diff, both sides", `${json(layout([1, 2, 2], 110), "-")}${json(BLOB, "+")}`],
];

/** A header, binary bytes, then a password in ASCII or UTF-16 amid them: binary enough, but text inside. */
const amid = (encoding: BufferEncoding) =>
  Buffer.concat([Buffer.from([1, 1, 1, 0, 0x78]), bytes(60, 7), Buffer.from(`password=${PASSWORD}`, encoding), bytes(60, 8)]).toString("base64");
const text = Buffer.from(`password=${PASSWORD} and more text to fill a blob up to its length, ${"plain words ".repeat(10)}`);
const redacted: [string, string, string][] = [
  ["a password glued by a comma", json(`${BLOB},${PASSWORD}`), PASSWORD],
  ["a token glued without punctuation", json(`${BLOB}${TOKEN}`), TOKEN],
  ["bytes appended past the stated CMS length", json(layout([1, 2, 2], 100, bytes(24, 8))), layout([1, 2, 2], 100, bytes(24, 8)).slice(40, 80)],
  ["base64 text after the header", json(Buffer.concat([Buffer.from([1, 2, 2, 0, 0x78]), text]).toString("base64")), Buffer.concat([Buffer.from([1, 2, 2, 0, 0x78]), text]).toString("base64").slice(40, 80)],
  ["a password amid binary bytes", json(amid("latin1")), amid("latin1").slice(80, 120)],
  ["a UTF-16 password amid binary bytes", json(amid("utf16le")), amid("utf16le").slice(80, 120)],
  ["another format version", json(layout([2, 2, 2])), layout([2, 2, 2]).slice(40, 80)],
  ["a password on the other diff side", `${json(BLOB, "-")}+  "dbPassword": "${PASSWORD}",\n`, PASSWORD],
  ["a password on the minus side", `-  "dbPassword": "${PASSWORD}",\n${json(BLOB, "+")}`, PASSWORD],
  ["a password on the line after", `${json(BLOB)}  "dbPassword": "${PASSWORD}"\n`, PASSWORD],
  ["a Cyrillic А glued between a blob and a token", json(`${BLOB}А${TOKEN}`), TOKEN],
  ["full-width letters spelling the header", json(`ＡＱＩＣＡＨｈ${BLOB.slice(7)}`), BLOB.slice(40, 80)],
];

describe("KMS ciphertext blobs stay", () => {
  for (const [name, t] of kept) it(`keeps: ${name}`, () => expect(redact(t).text).toBe(t));
});

describe("secrets in, beside or glued to a KMS blob still go", () => {
  for (const [name, t, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(t).text).not.toContain(secret));
});

describe("KMS blobs and their neighbours, redacted twice", () => {
  const all = [...kept.map(([, t]) => t), ...redacted.map(([, t]) => t)].join("\n");
  const once = redact(all);
  it("is idempotent", () => expect(redact(once.text).text).toBe(once.text));
  it("leaves whole markers", () => expect(once.text.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/));
});

describe("linear on 1 MB of near-blobs", () => {
  const inputs: Record<string, string> = {
    "one token of repeated headers": fill("AQICAHhAAAAAAAAA"),
    "blobs on lines": fill(`"k": "${BLOB}",\n`),
    "headers broken by spaces": fill("AQICAHh "),
    "a header and a run cut by equals signs": fill(`AQICAHh${"A".repeat(140)}=`),
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});

/** `aws kms encrypt … --query CiphertextBlob --output text` and the line it printed (here a blob cut short). */
const cli = (output: string, flags = "--query CiphertextBlob --output text") =>
  `$ aws kms encrypt --key-id alias/app --plaintext fileb://note.txt ${flags}\n${output}\n`;
const SHORT = Buffer.concat([Buffer.from([1, 2, 2, 0, 0x78]), bytes(80, 11)]).toString("base64");
const SHORT_TEXT = Buffer.concat([Buffer.from([1, 2, 2, 0, 0x78]), Buffer.from(`password=${PASSWORD} `.repeat(4))]).toString("base64");

describe("the CLI's printed CiphertextBlob stays, whatever its length", () => {
  it("keeps a short blob under the command", () => expect(redact(cli(SHORT)).text).toBe(cli(SHORT)));
  it("keeps a whole blob under the command", () => expect(redact(cli(BLOB)).text).toBe(cli(BLOB)));
  it("keeps it in a prompt", () => expect(redact(`Is this safe to commit?\n\n${cli(SHORT)}`).text).toBe(`Is this safe to commit?\n\n${cli(SHORT)}`));
  const redactedCli: [string, string, string][] = [
    ["text after the header", cli(SHORT_TEXT), SHORT_TEXT.slice(20, 60)],
    ["a token on the output line", cli(TOKEN), TOKEN],
    ["a token glued to the blob", cli(`${SHORT}.${TOKEN}`), TOKEN],
    ["a blob printed as JSON with a password beside", cli(`${SHORT} password=${PASSWORD}`), PASSWORD],
    ["a short blob without the query", cli(SHORT, "--output text"), SHORT.slice(20, 60)],
    ["a password on the next line", `${cli(SHORT)}db_password=${PASSWORD}\n`, PASSWORD],
    ["key bytes appended past the blob's stated length", cli(layout([1, 2, 2], 100, bytes(32, 13))), layout([1, 2, 2], 100, bytes(32, 13)).slice(-40)],
  ];
  for (const [name, t, secret] of redactedCli) {
    it(`redacts: ${name}`, () => {
      const out = redact(t).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
      expect(out.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/);
    });
  }
  it("completes on 1 MB of commands and outputs", () => {
    const start = performance.now();
    expect(redact(fill(cli(SHORT))).text.length).toBeGreaterThan(0);
    expect(redact(`aws kms encrypt ${fill("--query CiphertextBlob ")}`).text.length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(8000);
  });
});
