// A generated value asked about as a credential (src/redact/credential-questions.ts), and hashes, commits and ids
// asked about in chat that stay.
import { describe, expect, it } from "vitest";
import { redactCredentialQuestions } from "../../src/redact/credential-questions.js";
import { redact } from "../../src/redact/index.js";
import { Tally } from "../../src/redact/values.js";
import { fill } from "../support/text.js";

describe("redact: a value asked about as a credential", () => {
  it("English and Chinese validity questions naming a key, a token or an API", () => {
    const cases: [string, string][] = [
      ["found this in an old runbook next to the partner API section, is it still valid? 156ff976f9d6fde2b58f4f01d09923f9b22dffcd", "156ff976f9d6fde2"],
      ["is this token still valid: Xk9mQ2wL7pR4vN8tB3cY6hJ1", "Xk9mQ2wL7pR4vN8t"],
      ["这个 API 密钥还有效吗 3f9a2c7e1b8d4a6f0c5e9b2d7a1f3c84", "3f9a2c7e1b8d4a6f"],
    ];
    for (const [text, secret] of cases) {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
      expect(out.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/);
    }
  });

  it("keeps bare hex, commits, digests, request ids and colours asked about", () => {
    const texts = [
      "is it still valid? 156ff976f9d6fde2b58f4f01d09923f9b22dffcd",
      "is this commit still valid? 156ff976f9d6fde2b58f4f01d09923f9b22dffcd",
      "is the sha256 still valid for the API tarball? e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "the API returned request id 0a1b2c3d4e5f60718293a4b5c6d7e8f9, is it still valid?",
      "is the API colour #ff8800 still valid?",
      "is my API key still valid? I rotated it yesterday.",
      "这个提交还有效吗 156ff976f9d6fde2b58f4f01d09923f9b22dffcd",
    ];
    for (const text of texts) expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of near-misses", () => {
    for (const unit of ["is this API key still valid? ", "still valid token ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78"]) {
      const started = Date.now();
      expect(redactCredentialQuestions(fill(unit), new Tally()).length).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });
});
