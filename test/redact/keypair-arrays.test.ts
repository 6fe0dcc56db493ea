import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

/** 64 (or n) bytes from a fixed linear congruential sequence: random-looking, reproducible. */
const bytes = (n: number, seed = 7) => Array.from({ length: n }, (_, i) => (seed * 97 + i * i * 131 + i * 53) % 256);
const json = (n: number, seed?: number) => `[${bytes(n, seed).join(",")}]`;

describe("redact: keypairs written as byte arrays", () => {
  it("a Solana id.json alone, as a diff line, and given to a constructor or a key name", () => {
    for (const text of [json(64), `${json(64)}\n`, `+${json(64)}`, `const payer = Keypair.fromSecretKey(Uint8Array.from(${json(64, 3)}));`, `SOLANA_PRIVATE_KEY=${json(64, 5)}`, `const signer = nacl.sign.keyPair.fromSeed(new Uint8Array(${json(32, 9)}));`]) {
      const out = redact(text).text;
      expect(out).toContain("[REDACTED:private-key]");
      expect(out).not.toMatch(/\d+,\d+,\d+,\d+,\d+/);
    }
  });

  it("keeps byte tables in code, other lengths, bytes counting up or repeated, and 32 bytes alone", () => {
    for (const text of [
      `const expected = ${json(64)};`,
      `[${Array.from({ length: 64 }, (_, i) => i).join(",")}]`,
      `[${Array(64).fill(0).join(",")}]`,
      json(63),
      json(65),
      json(32),
      `const table = ${json(32)};`,
      `digest: ${json(32)}`,
    ])
      expect(redact(text).text).toBe(text);
  });
});
