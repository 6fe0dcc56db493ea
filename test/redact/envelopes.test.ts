// Ciphertext kept by its format's envelope (src/redact/envelopes.ts): Jenkins secrets, systemd credentials, Rails
// encrypted credentials files. Each beside, inside or glued to a secret that must still go, on both diff sides.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const bytes = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + seed * 17 + ((i * i) % 251)) % 256));
const u32be = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const u32le = (n: number) => Buffer.from([n & 255, (n >>> 8) & 255, (n >>> 16) & 255, n >>> 24]);
const PASSWORD = "Xk9#mP2qLw7Tn4";
const TOKEN = "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT";

/** hudson.util.Secret's payload: version 1, IV length, data length, IV, data. */
const jenkins = (version = 1, iv = 16, data = 32, extra = 0) =>
  `{${Buffer.concat([Buffer.from([version]), u32be(iv), u32be(data), bytes(iv + data + extra, 3)]).toString("base64")}}`;
const JENKINS = jenkins();
/** A password wrapped by hand in Jenkins' header, IV and data of the stated lengths: no ciphertext. */
const jenkinsText = `{${Buffer.concat([Buffer.from([1]), u32be(16), u32be(32), Buffer.from("hunter2hunter2huMyS3cretPassw0rd!MyS3cretPassw0r")]).toString("base64")}}`;

const HOST_AND_TPM2 = "93a894094874449090caf2fc93cab553";
const NULL_KEY = "058469daf6f54324800549da0f8ea2fb";
/** systemd's encrypted credential: key id, sizes (32, 1, 12, 16), IV and padding, then ciphertext and tag. */
const credential = (id = HOST_AND_TPM2, iv = 12) =>
  Buffer.concat([Buffer.from(id, "hex"), u32le(32), u32le(1), u32le(iv), u32le(16), bytes(16 + 120, 5)]).toString("base64");
const pretty = (b64: string, sign = "") =>
  `${sign}SetCredentialEncrypted=db-password: \\\n${b64.match(/.{1,64}/g)!.map((l) => `${sign}        ${l}`).join(" \\\n")}\n`;
const CREDENTIAL = credential();
const credentialText = Buffer.concat([Buffer.from(HOST_AND_TPM2, "hex"), u32le(32), u32le(1), u32le(12), u32le(16), Buffer.alloc(16), Buffer.from("db_password=Tr0ub4dor&3 ".repeat(5))]).toString("base64");

const b64 = (n: number, seed: number) => bytes(n, seed).toString("base64");
const RAILS = `${b64(150, 7)}--${b64(12, 8)}--${b64(16, 9)}`;
const railsDiff = (path: string, sign = "+") =>
  `diff --git a/${path} b/${path}\nindex 5be46f9..0c1d2e3 100644\n--- a/${path}\n+++ b/${path}\n@@ -1 +1 @@\n${sign}${RAILS}\n`;

const kept: [string, string][] = [
  ["a Jenkins secret in credentials.xml", `  <password>${JENKINS}</password>\n`],
  ["a Jenkins secret in a diff, both sides", `-  <password>${jenkins(1, 16, 48)}</password>\n+  <password>${JENKINS}</password>\n`],
  ["a systemd credential written by --pretty", `[Service]\n${pretty(CREDENTIAL)}`],
  ["a systemd credential on one line", `SetCredentialEncrypted=token: ${CREDENTIAL}\n`],
  ["a systemd credential added in a diff", pretty(CREDENTIAL, "+")],
  ["a Rails credentials file", RAILS],
  ["a Rails credentials file in its diff", railsDiff("config/credentials/production.yml.enc")],
  ["a Rails credentials file under the command that printed it", `$ cat config/credentials.yml.enc\n${RAILS}\n`],
];

const redacted: [string, string, string][] = [
  ["a password glued after a Jenkins secret", `<password>${JENKINS}${PASSWORD}</password>`, PASSWORD],
  ["a password inside braces of Jenkins' shape", `<password>{AQAAABAAAAAQ${Buffer.from(PASSWORD).toString("base64")}}</password>`, Buffer.from(PASSWORD).toString("base64")],
  ["more bytes than the Jenkins header states", `<password>${jenkins(1, 16, 32, 24)}</password>`, jenkins(1, 16, 32, 24).slice(20, 60)],
  ["text in a Jenkins envelope of the right lengths", `<password>${jenkinsText}</password>`, jenkinsText.slice(16, 60)],
  ["text in a systemd credential's envelope", `SetCredentialEncrypted=db: ${credentialText}\n`, credentialText.slice(70, 110)],
  ["a Jenkins payload of another version", `<password>${jenkins(2)}</password>`, jenkins(2).slice(20, 60)],
  ["a Jenkins payload with an 8-byte IV", `<password>${jenkins(1, 8, 32)}</password>`, jenkins(1, 8, 32).slice(20, 50)],
  ["full-width braces around a Jenkins payload", `<password>｛${JENKINS.slice(1, -1)}｝</password>`, JENKINS.slice(20, 50)],
  ["a password on the + side beside a kept Jenkins secret", `-  <password>${JENKINS}</password>\n+  <password>${PASSWORD}</password>\n`, PASSWORD],
  ["a systemd credential under the null key", pretty(credential(NULL_KEY)), credential(NULL_KEY).slice(70, 110)],
  ["a systemd header with other sizes", pretty(credential(HOST_AND_TPM2, 16)), credential(HOST_AND_TPM2, 16).slice(70, 110)],
  ["a password on the line after a systemd credential", `${pretty(CREDENTIAL)}Environment=DB_PASSWORD=${PASSWORD}\n`, PASSWORD],
  ["a password glued to a systemd credential's last piece", pretty(`${CREDENTIAL}${PASSWORD}`), PASSWORD],
  ["a key continued from the other diff side", `${pretty(CREDENTIAL, "-").replace(/\n$/, " \\\n")}+        ${TOKEN}\n`, TOKEN],
  ["a token continued after the padded last piece", `${pretty(CREDENTIAL).replace(/\n$/, " \\\n")}        ${TOKEN}\n`, TOKEN],
  ["Rails' encrypted session cookie", `Cookie: _shop_session=${RAILS}`, RAILS.slice(20, 60)],
  ["the envelope alone in a prompt", `my session cookie is\n${RAILS}\nis it still valid?`, RAILS.slice(20, 60)],
  ["the envelope in a diff of another file", railsDiff("config/session.txt"), RAILS.slice(20, 60)],
  ["a token glued to the envelope", `${RAILS}${TOKEN}`, TOKEN],
  ["a token glued to the envelope in its diff", railsDiff("config/credentials.yml.enc").replace(RAILS, `${RAILS}${TOKEN}`), TOKEN],
  ["an envelope with a 16-byte IV", `${b64(150, 7)}--${b64(16, 8)}--${b64(16, 9)}`, b64(150, 7).slice(20, 60)],
];

describe("ciphertext in its format's envelope stays", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secrets in, beside or glued to an envelope still go", () => {
  for (const [name, text, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});

describe("linear on 1 MB of near-envelopes", () => {
  const inputs: Record<string, string> = {
    "Jenkins braces that never close": fill("{AQAAABAAAAAQAAAAAAAAAAAAAAAA"),
    "systemd heads continued forever": `SetCredentialEncrypted=a: \\\n${fill("        AAAA \\\n")}`,
    "systemd heads on every line": fill("SetCredentialEncrypted=a:AAAA\n"),
    "one base64 line of -- runs": fill("AAAAAAAAAAAAAAAA--"),
    "Rails-shaped lines": fill(`${RAILS}\n`),
  };
  for (const [name, text] of Object.entries(inputs)) it(`completes on ${name}`, () => expect(redact(text).text.length).toBeGreaterThan(0));
});
