// Ciphertext kept by its structure (src/redact/ciphertext.ts), each beside a secret in the same position that must
// still go.
import { describe, expect, it } from "vitest";
import { isBinaryBase64 } from "../../src/redact/ciphertext.js";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";

/** `n` bytes that look random, in base64: what a wrapped data key or a Jasypt ciphertext decodes to. */
const random = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + seed * 17 + ((i * i) % 251)) % 256)).toString("base64");
const DATA_KEY = random(184, 2);
const JASYPT = random(48, 1);

const sopsFile = (enc: string, tail = "    mac: ENC[AES256_GCM,data:qXKQE//vxGo1uBocdc7V8Dz=,iv:h0cd0sMa8u5uNetH6rktEE==,tag:ExZ3a+AWkhzA9cfbHCXuOc==,type:str]\n    version: 3.8.1\n") =>
  `db_password: ENC[AES256_GCM,data:LVh8cVI8Inxgf1jOtbxH5gmSBQB=,iv:qDA9NGdR3v5izU9Fj2FT70xWNn8NO5n1pWrujU+63Fb=,tag:4N8Fbc+9A3AOJHoHm1a8ZG==,type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:111122223333:key/42e03d47-cebf-44c3-a9e5-4b2ffcbd3f7d\n          enc: ${enc}\n${tail}`;

const sopsJson = (enc: string, mac = '"mac": "ENC[AES256_GCM,data:qXKQE//vxGo1uBocdc7V8Dz=,iv:h0cd0sMa8u5uNetH6rktEE==,tag:ExZ3a+AWkhzA9cfbHCXuOc==,type:str]",') =>
  `{\n  "db_password": "ENC[AES256_GCM,data:LVh8cVI8Inxgf1jOtbxH5gmSBQB=,iv:qDA9NGdR3v5izU9Fj2FT70xWNn8NO5n1pWrujU+63Fb=,tag:4N8Fbc+9A3AOJHoHm1a8ZG==,type:str]",\n  "sops": {\n    "kms": [{ "arn": "arn:aws:kms:eu-west-1:111122223333:key/42e03d47", "enc": "${enc}" }],\n    ${mac}\n    "version": "3.8.1"\n  }\n}`;

const kept: [string, string][] = [
  ["a SOPS file's KMS-wrapped data key", sopsFile(DATA_KEY)],
  ["the same in a diff", sopsFile(DATA_KEY).replace(/^/gm, "+")],
  ["a SOPS JSON file's data key", sopsJson(DATA_KEY)],
  ["a Pulumi secure value", "config:\n  app:dbPassword:\n    secure: v1:fAc9Moi2BbylKKfD:wQFrwNUuWi+wHracWSSYSz4LK6AYApjJf3luF2lvbrM+\n"],
  ["a Pulumi secure value in JSON", '{ "app:dbPassword": { "secure": "v1:Ux0J+rrtTrmOMgLZ:neu0huAjNWvAt640IMffmq3Emoxjr6mySwg5MWxRO8AN" } }'],
  ["a Travis secure value of a 2048-bit RSA block", `env:\n  global:\n    - secure: "${random(256, 7)}"\n`],
  ["a Travis secure value of a 4096-bit RSA block under a deploy key", `deploy:\n  provider: pypi\n  password:\n    secure: ${random(512, 8)}\n`],
  ["a Jasypt ENC() value", `spring:\n  datasource:\n    password: ENC(${JASYPT})\n`],
  ["a Jasypt ENC() value not in whole blocks (a copy cut short)", `    password: ENC(${random(33, 4)})\n`],
];

const redacted: [string, string, string][] = [
  ["a binary enc: value outside SOPS's own metadata block", `sops:\n    kms:\n        - enc: ${DATA_KEY}\n`, DATA_KEY.slice(0, 40)],
  ["an enc: value after the SOPS block ends", `${sopsFile(DATA_KEY)}backup:\n    enc: ${random(184, 3)}\n`, random(184, 3).slice(0, 40)],
  ["a JSON enc value in a sops object without SOPS's mac", sopsJson(DATA_KEY, ""), DATA_KEY.slice(0, 40)],
  ["base64 of text the size of an RSA block under secure:", `    - secure: "${Buffer.from("DEPLOY_TOKEN=Tr0ub4dor&3 ".repeat(11).slice(0, 256)).toString("base64")}"`, "REVQTE9ZX1RPS0VO"],
  ["random bytes one short of an RSA block under secure:", `    - secure: "${random(255, 7)}"`, random(255, 7).slice(0, 40)],
  ["an RSA block's worth with a stray padding character", `    - secure: "${random(256, 7).replace(/=+$/, "")}="`, random(256, 7).slice(0, 40)],
  ["a token glued to a Travis secure value", `    - secure: "${random(256, 7)},ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"`, "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"],
  ["a plain token on the + side beside a Travis secure value", `-    - secure: "${random(256, 7)}"\n+    - DEPLOY_TOKEN=ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT`, "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"],
  ["a look-alike secure: key (Cyrillic е)", `    - sеcure: "${random(256, 7)}"`, random(256, 7).slice(0, 40)],
  ["a plain password under secure:", "config:\n  app:dbPassword:\n    secure: Hunter2!xyzQ\n", "Hunter2!xyzQ"],
  ["base64 of a password inside ENC()", `password: ENC(${Buffer.from("secretPassword12345678!!").toString("base64")})`, Buffer.from("secretPassword12345678!!").toString("base64").slice(0, 16)],
  ["Jasypt's own password next to a ciphertext", `password: ENC(${JASYPT})\njasypt.encryptor.password: Xk9#mP2qLw7`, "Xk9#mP2qLw7"],
  ["a token glued after a Jasypt value", `password: ENC(${random(33, 4)})ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT`, "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"],
  ["a password on the + side beside a Jasypt value", `-password: ENC(${random(33, 4)})\n+password: Xk9#mP2qLw7\n`, "Xk9#mP2qLw7"],
  ["words inside ENC(), which decode to binary too", "password: ENC(correcthorsebatterystaple)", "correcthorsebatterystaple"],
  ["a word password inside ENC() under a dotted name", "db.password=ENC(MySecretPassword123)", "MySecretPassword123"],
  ["a look-alike ENC( (Cyrillic Е)", `password: ЕNC(${random(33, 4)})`, random(33, 4).slice(0, 20)],
  ["a password glued to a Pulumi ciphertext", "    secure: v1:fAc9Moi2BbylKKfD:wQFrwNUuWi+wHracWSSYSz4LK6AYApjJf3luF2lvbrM+Xk9#mP2qLw7\n", "Xk9#mP2qLw7"],
];

describe("ciphertext proven by its structure stays", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secrets in the same positions still go", () => {
  for (const [name, text, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});

describe("isBinaryBase64", () => {
  it("takes random bytes, not base64 of text", () => {
    expect(isBinaryBase64(JASYPT, 16)).toBe(true);
    expect(isBinaryBase64(Buffer.from("correct horse battery staple, twice over").toString("base64"), 16)).toBe(false);
    expect(isBinaryBase64(random(8, 1), 16)).toBe(false);
  });
});

describe("linear on 1 MB of near Travis values", () => {
  const inputs: Record<string, string> = {
    "one run after secure:": `secure: "${"A".repeat(MB)}"`,
    "secure keys glued": fill("secure:secure:"),
    "values on lines": fill(`- secure: "${random(256, 7)}"\n`),
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
