// A known product named with a number before a word (src/redact/numbered-words.ts) is a name to prose's loose
// reading, the mirror of "Password1": "API keys live in 1Password". A value after a separator, a random word, a
// number before any other word (how passwords are made), or a secret glued to the name, on either diff side or in
// look-alike characters, must still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { isNumberedWord } from "../../src/redact/numbered-words.js";
import { fill } from "../support/text.js";

const PASSWORD = "Xk9#mP2qLw7Tn4";
const POLICY = "Never commit credentials. API keys live in 1Password and are injected at deploy time.";

describe("a number glued before a word", () => {
  for (const word of ["1Password", "3scale", "7zip", "37signals"]) it(`is a name: ${word}`, () => expect(isNumberedWord(word)).toBe(true));
  for (const value of ["1Kqzvbnrt", "12Xqzvbn", "1234Password", "1Pass9word", "Password1x", "1Раssword", "7Dragonfly", "12Sunshine", "1Wordpress"]) {
    it(`is not: ${value}`, () => expect(isNumberedWord(value)).toBe(false));
  }
});

const kept: [string, string][] = [
  ["a policy naming a password manager", `# Secrets policy\n\n${POLICY}\n`],
  ["the policy added in a diff", `+${POLICY}\n`],
  ["a token stored in a vault app", "The deploy token lives in 1Password under Shared/CI."],
];

const redacted: [string, string, string][] = [
  ["a numbered word after a colon", "credentials: 1Password", "1Password"],
  ["a numbered word after is", "my password is 1Sunshine", "1Sunshine"],
  ["a random word after a number", "Never commit credentials. API keys live in 1Kqzvbnrt and rotate.", "1Kqzvbnrt"],
  ["a password glued by a colon", "Never commit credentials. API keys live in 1Password:Xk9mP2qLw7Tn4 now.", "Xk9mP2qLw7Tn4"],
  ["a value in the next sentence", "Here are the credentials. Xk9#mP2qLw7Tn4", PASSWORD],
  ["a password on the other diff side", `-${POLICY}\n+The admin password: ${PASSWORD}\n`, PASSWORD],
  ["a password on the minus side", `-The admin password: ${PASSWORD}\n+${POLICY}\n`, PASSWORD],
  ["a password on the line after", `${POLICY}\nThe admin password: ${PASSWORD}\n`, PASSWORD],
  ["a number before a word, after a verb", "Password changed to 7Dragonfly yesterday", "7Dragonfly"],
  ["a number before a word, after a clause", "the password I use is 12Sunshine for everything", "12Sunshine"],
  ["a number before a word, in brackets", "my password (99Problems) was leaked", "99Problems"],
  ["a number before a word, on the plus side", `+The db password we share 3Butterfly please rotate\n`, "3Butterfly"],
  ["a Cyrillic Р opening a generated value after a number", "Never commit credentials. API keys live in 1Рassword9Kq2Xm7 today.", "assword9Kq2Xm7"],
];

describe("prose naming a product with a number stays", () => {
  for (const [name, t] of kept) it(`keeps: ${name}`, () => expect(redact(t).text).toBe(t));
});

describe("values near the keyword still go", () => {
  for (const [name, t, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(t).text).not.toContain(secret));
});

describe("numbered words and their neighbours, redacted twice", () => {
  const all = [...kept.map(([, t]) => t), ...redacted.map(([, t]) => t)].join("\n");
  const once = redact(all);
  it("is idempotent", () => expect(redact(once.text).text).toBe(once.text));
  it("leaves whole markers", () => expect(once.text.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/));
});

describe("linear on 1 MB of numbered words", () => {
  const inputs: Record<string, string> = {
    "credentials and numbered words": fill("credentials 1Password "),
    "one token of digits and letters": fill("1Password"),
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
