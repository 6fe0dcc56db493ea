// Text in disguise kept by src/redact/proven.ts (escaped Chinese, algorithm names, MIME text parts), each beside a
// secret in the same position that must still go; and the rule that a kept span is a whole value.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { provenSpans } from "../../src/redact/proven.js";

const mime = (type: string, body: string) =>
  `MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="b1"\n\n--b1\nContent-Type: ${type}; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n${Buffer.from(body).toString("base64").replace(/.{76}/g, "$&\n")}\n--b1--\n`;
const WELCOME = "Hi there,\r\n\r\nWelcome to Acme! Your account is ready. If you did not sign up, you can ignore this email.\r\n\r\n— The Acme team\r\n";
const RESET = "Hi there,\r\n\r\nYour temporary password: Xk9#mP2qLw7Tn4\r\nPlease change it after you sign in.\r\n\r\n— The Acme team\r\n";
/** A body short enough for one line of base64, which the detectors read as text, not as a key body. */
const SHORT_RESET = "your password is Xk9pQ7zLm2\n";
const NESTED = `${WELCOME}\r\n${mime("text/plain", SHORT_RESET)}`;
/** 120 bytes that look random, as a key body would. */
const RANDOM = Buffer.from(Array.from({ length: 120 }, (_, i) => (i * 131 + 7 + ((i * i) % 251)) % 256)).toString("latin1");

const kept: [string, string][] = [
  ["escaped Chinese in a .properties file", "login.username=\\u7528\\u6237\\u540d\nlogin.password=\\u5bc6\\u7801\nlogin.password.invalid=\\u7528\\u6237\\u540d\\u6216\\u5bc6\\u7801\\u9519\\u8bef\n"],
  ["escaped Chinese in JSON", '{ "password": "\\u5bc6\\u7801\\uff1a" }'],
  ["an algorithm's name under a password-hashing block", "password_hashing:\n  algorithm: argon2id\n  memory_kib: 65536\n"],
  ["a JWT algorithm setting", 'jwt_secret_alg = "HS256"'],
  ["a MIME text part in base64", mime("text/plain", WELCOME)],
];

const redacted: [string, string, string][] = [
  ["a password after escaped Chinese", "login.password=\\u5bc6\\u7801Xk9#mP2q", "Xk9#mP2q"],
  ["a password in escaped ASCII", "db.password=\\u0058\\u006b\\u0039\\u0023\\u006d\\u0050\\u0032\\u0071", "\\u0058\\u006b\\u0039"],
  ["a password in escaped full-width letters and digits", "db.password=\\uff38\\uff4b\\uff19\\uff4d\\uff30\\uff12\\uff51\\uff2c\\uff57\\uff17", "\\uff38\\uff4b\\uff19"],
  ["a password under an algorithm name", "password_hashing:\n  algorithm: Xk9#mP2qLw7\n", "Xk9#mP2qLw7"],
  ["an algorithm's name glued to a password", "password_hashing:\n  algorithm: argon2id$Xk9#mP2qLw7\n", "Xk9#mP2qLw7"],
  ["a MIME text part that holds a password", mime("text/plain", RESET), Buffer.from(RESET).toString("base64").slice(32, 72)],
  ["a MIME part of binary data", mime("application/octet-stream", RANDOM), Buffer.from(RANDOM, "latin1").toString("base64").slice(0, 40)],
  // Node's base64 decoder stops at the first `=`: the line after a padded one was never decoded, so never judged.
  [
    "a key on the line after a MIME part's padded last line",
    `Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n${Buffer.from("Hi team").toString("base64")}\nwJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8kLm3Np2\n`,
    "wJalrXUtnFEMI/K7MDENG",
  ],
  // The detectors do not read base64 text, so a part inside a part would look clean with a password in it.
  ["a MIME part nested in a MIME text part", mime("text/plain", NESTED), Buffer.from(NESTED).toString("base64").slice(76, 152)],
];

describe("text in disguise stays", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secrets in the same positions still go", () => {
  for (const [name, text, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});

describe("provenSpans", () => {
  const clean = () => true;
  it("keeps only whole values: nothing glued before or after a span", () => {
    expect(provenSpans("key=phc_JnZwSGORe7y5hQ40dHfPSSx9ajyeS2PUF9Zy5O8NgZz", clean)).toHaveLength(1);
    expect(provenSpans("key=x.phc_JnZwSGORe7y5hQ40dHfPSSx9ajyeS2PUF9Zy5O8NgZz", clean)).toHaveLength(0);
    expect(provenSpans("secure: v1:fAc9Moi2BbylKKfD:wQFrwNUuWi+wHracWSSYSz4LK6AYApjJf3luF2lvbrM+", clean)).toHaveLength(1);
  });

  it("asks isClean about a MIME part's decoded text", () => {
    expect(provenSpans(mime("text/plain", WELCOME), () => false)).toHaveLength(0);
  });
});
