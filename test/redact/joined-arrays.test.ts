// A secret kept as a list of its pieces and joined later (src/redact/joined-arrays.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const secrets: [string, string, string[]][] = [
  ["PHP implode under a licence constant", "<?php\n$parts = ['vrWNCJmNM2mGwRR1', 'f1X3aEv0q4SVB2Su'];\ndefine('PLUGIN_PRO_LICENSE', implode('', $parts));", ["vrWNCJmNM2mGwRR1", "f1X3aEv0q4SVB2Su"]],
  ["JS parts.join('')", 'const parts = ["Qx7vLm2pZa9K", "Tw4rY8uIo2Pe"];\nexport const STRIPE_KEY = parts.join("");', ["Qx7vLm2pZa9K", "Tw4rY8uIo2Pe"]],
  ["Python \"\".join", 'chunks = ["Hn3kWq9ZpL2v", "Rt6yUi1OpA5s"]\nAPI_TOKEN = "".join(chunks)', ["Hn3kWq9ZpL2v", "Rt6yUi1OpA5s"]],
  ["a list named for the key", "api_key_parts = ['mejYTOWpdOZlIDc', 'reVl1UaXlxhGLaw']", ["mejYTOWpdOZlIDc", "reVl1UaXlxhGLaw"]],
  ["a YAML list in a diff", ' api_key_parts:\n-  - "mejYTOWpdOZlIDc"\n-  - "reVl1UaXlxhGLaw"\n+  - "j9lmL2yAn-mFSUm"\n+  - "uPCiycNfLcTdZX6"', ["mejYTOWpdOZlIDc", "j9lmL2yAn-mFSUm"]],
];

const ordinary: [string, string][] = [
  ["a list of words joined", "$parts = ['hello', 'world'];\ndefine('GREETING_KEY', implode('', $parts));"],
  ["route pieces joined under an ordinary name", 'const segs = ["UserProfile", "EditView"];\nconst routeKey = segs.join("");'],
  ["a YAML list of names under a secret key", "secret_names:\n  - DATABASE_URL\n  - StripeWebhook\n  - sentry-dsn"],
  ["a list of class names", "api_key_classes = ['ApiKeyManager', 'TokenRotator']"],
];

describe("redact: a secret's pieces kept in a list and joined", () => {
  for (const [name, text, pieces] of secrets) {
    it(`cuts: ${name}`, () => {
      const out = redact(text).text;
      for (const p of pieces) expect(out).not.toContain(p);
      expect(redact(out).text).toBe(out);
    });
  }
  for (const [name, text] of ordinary) {
    it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  }
  it("stays linear on 1 MB of near-misses", () => {
    for (const unit of ["$p = ['Ab3dE7fGhQ2m', 'Xy9zW8vU7tS6'];\n", "api_key_parts:\n  - Ab3dE7fGhQ2m\n", "x = ['a', "]) {
      const start = Date.now();
      redact(unit.repeat(Math.ceil(1_000_000 / unit.length)));
      expect(Date.now() - start).toBeLessThan(6000);
    }
  });
});
