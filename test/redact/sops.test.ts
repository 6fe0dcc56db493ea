// SOPS data keys kept by the metadata sops writes (src/redact/sops.ts): `mac:` or `lastmodified:` with values in
// SOPS's envelope grammar, on the key's own diff side. Secrets in the same positions must still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";

/** `n` bytes that look random, in base64: what a KMS-wrapped data key decodes to. */
const random = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + seed * 17 + ((i * i) % 251)) % 256)).toString("base64");
const KEY = random(150, 5);
const OTHER_KEY = random(150, 6);
const VALUE = "ENC[AES256_GCM,data:zG2gKQ7A0cKOEQpWBO6sKRTQ,iv:Ogom6F0+5ZSToWOtGE83R2w5YuTr4ZR+MHYHtM3jmWU=,tag:z79c4S+rIxcS0Y82k7R5Vw==,type:str]";
const OTHER_VALUE = VALUE.replace("zG2g", "mh5V");

/** A SOPS YAML file as sops writes it without a `mac:` line in view: a value, then the metadata block. */
const sopsFile = (enc: string, value = VALUE, tail = '    lastmodified: "2026-11-20T09:12:44Z"\n    version: 3.9.1\n') =>
  `db_password: ${value}\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-north-1:136964586644:key/2910ce36-31c4-458f-b438-2ffa2ce09471\n          enc: ${enc}\n${tail}`;

const diff = (oldLines: string, newLines: string) =>
  `--- a/secrets/prod.yaml\n+++ b/secrets/prod.yaml\n@@ -1,7 +1,7 @@\n-db_password: ${oldLines}\n+db_password: ${newLines}\n sops:\n     kms:\n`;

const kept: [string, string][] = [
  ["a data key beside values in SOPS's grammar and lastmodified", sopsFile(KEY)],
  ["a rotated data key in a diff, each side with its own value", `${diff(VALUE, OTHER_VALUE)}-          enc: ${KEY}\n+          enc: ${OTHER_KEY}\n     lastmodified: "2026-11-20T09:12:44Z"\n     version: 3.9.1\n`],
  ["an added file in a diff", sopsFile(KEY).replace(/^/gm, "+").replace(/\+$/, "")],
];

const redacted: [string, string, string][] = [
  ["a data key whose file holds no value in SOPS's grammar", sopsFile(KEY, "hunter2-plain-yaml"), KEY.slice(0, 40)],
  ["a data key beside an ENC[] with a 12-byte IV (not what sops writes)", sopsFile(KEY, VALUE.replace("Ogom6F0+5ZSToWOtGE83R2w5YuTr4ZR+MHYHtM3jmWU=", "Ogom6F0+5ZSToWOt")), KEY.slice(0, 40)],
  ["a data key without lastmodified or mac", sopsFile(KEY, VALUE, "    version: 3.9.1\n"), KEY.slice(0, 40)],
  ["a look-alike ENC (Cyrillic Е) as the only value", sopsFile(KEY, VALUE.replace("ENC", "ЕNC")), KEY.slice(0, 40)],
  ["base64 of text as the data key", sopsFile(Buffer.from("db_password=Tr0ub4dor&3 and the rest of the plain text env file, " .repeat(2)).toString("base64")), "Tr0ub4dor"],
  ["a password on the line after the block", `${sopsFile(KEY)}db_admin_password: Xk9#mP2qLw7zR\n`, "Xk9#mP2qLw7zR"],
  ["a token glued to the data key", sopsFile(`${KEY},ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT`), "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"],
  ["a data key with a value glued on by punctuation, which is then no key", sopsFile(`${KEY},Xk9#mP2qLw7zR`), KEY.slice(0, 40)],
  ["an added data key whose only SOPS value is on the removed side", `${diff(VALUE, "plain-value")}+          enc: ${KEY}\n     lastmodified: "2026-11-20T09:12:44Z"\n     version: 3.9.1\n`, KEY.slice(0, 40)],
  ["a removed data key whose lastmodified is only on the added side", `${diff(VALUE, OTHER_VALUE)}-          enc: ${KEY}\n+    lastmodified: "2026-11-20T09:12:44Z"\n     version: 3.9.1\n`, KEY.slice(0, 40)],
  ["a plain password in the file beside a kept data key", sopsFile(KEY).replace("db_password", "api_token: ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT\ndb_password"), "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"],
];

describe("SOPS data keys proven by sops's own metadata stay", () => {
  for (const [name, text] of kept) {
    it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  }
});

describe("secrets in the same positions still go", () => {
  for (const [name, text, secret] of redacted) {
    it(`redacts: ${name}`, () => {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
    });
  }
});

describe("linear on 1 MB of near-SOPS text", () => {
  const inputs: Record<string, string> = {
    "one line of open envelopes": fill("ENC[AES256_GCM,data:AAAA"),
    "an envelope with a run of data": `a: ENC[AES256_GCM,data:${"A".repeat(MB)}`,
    "nested sops blocks": fill("sops:\n  sops:\n    lastmodified: 2026-01-01T00:00\n"),
    "values on lines": fill(`k: ${VALUE}\n`),
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
