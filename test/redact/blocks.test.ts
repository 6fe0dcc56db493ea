// Generated values in blocks named for secrets (src/redact/blocks.ts), and such blocks holding references.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const secrets: [string, string, string][] = [
  ["HCL tokens block", 'acl {\n  tokens {\n    default = "5f0b8c2e-91d4-4a7e-b3c6-0e2f4a6b8c1d"\n  }\n}', "5f0b8c2e-91d4-4a7e-b3c6-0e2f4a6b8c1d"],
  ["YAML api_keys map", "api_keys:\n  staging: Jq7xW2pN9vK4mR8tZ3\n  prod: Lp5sD8kF2hG6jQ1wE9\nregion: eu", "Lp5sD8kF2hG6jQ1wE9"],
];

const ordinary: [string, string][] = [
  ["compose secrets with files", "secrets:\n  db_password:\n    file: ./secrets/db_password.txt\n"],
  ["Actions secrets references", "secrets:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n"],
  ["map after the block ends", "secrets:\n  enabled: true\nbuild:\n  cache: 9f8e7d6c5b4a39281706f5e4d3c2b1a0\n"],
];

describe("blocks named for secrets", () => {
  for (const [name, text, secret] of secrets) {
    it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
  }
  for (const [name, text] of ordinary) {
    it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  }
});

describe("redact: INI sections of secrets", () => {
  it("CouchDB's [admins] section before the server hashes it", () => {
    const out = redact("[couchdb]\nsingle_node=true\n\n[admins]\nadmin = q_SX%+RHi-s3uGykiG\n").text;
    expect(out).not.toContain("q_SX%+RHi");
    expect(out).toContain("single_node=true");
  });

  it("keeps hashed admins and the next section's ids", () => {
    const text = "[admins]\nadmin = -pbkdf2-4f0e3f4c2b8a,9d1c2b3a4e5f,10\n[couchdb]\nuuid = 7f3c9a1e2b7d4e8fa6c29d1b3e7f5a4c\n";
    expect(redact(text).text).toBe(text);
  });
});
