// A comment after a password-named setting that hands over another environment's value (env-comments.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const PW = "Xk9mP2qLw7Tn4Rb8";

describe("redact: another environment's value in a comment after a password setting", () => {
  it("cuts the value a comment labels prod, production, staging, live or real", () => {
    const cases = [
      `MINIO_ROOT_PASSWORD: x # prod: ${PW}`,
      `MINIO_ROOT_PASSWORD=changeme # production: ${PW}`,
      `DB_PASSWORD=dev # real one: ${PW}`,
      `password = "dev" # prod one: ${PW}`,
      `+  API_SECRET='x' // live: '${PW}'`,
      `services:\n  minio:\n    environment:\n      MINIO_ROOT_PASSWORD: minio123 # staging password = ${PW}\n`,
    ];
    for (const text of cases) {
      const out = redact(text).text;
      expect(out, text).not.toContain(PW);
      expect(markersWhole(out)).toBe(true);
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps words, references, URLs, placeholders and comments after other settings", () => {
    const kept = [
      "MINIO_ROOT_PASSWORD: x # prod: https://vault.example.com/prod",
      "MINIO_ROOT_PASSWORD: x # prod: ${PROD_PASSWORD}",
      "MINIO_ROOT_PASSWORD: x # prod: see-vault-entry",
      "MINIO_ROOT_PASSWORD: x # prod: <set-in-vault>",
      `LOG_LEVEL: debug # prod: ${PW}`,
      `DB_PASSWORD_FILE=/run/x # prod: ${PW}`,
      "MINIO_ROOT_PASSWORD: x # prod",
    ];
    for (const text of kept) expect(redact(text).text, text).toBe(text);
  });

  it("stays fast on 1 MB of commented settings", () => {
    for (const unit of [`DB_PASSWORD=dev # prod: ${PW}\n`, "DB_PASSWORD=dev ".repeat(20) + "# prod ", "password: # # # prod is "]) {
      const text = fill(unit);
      const started = Date.now();
      const out = redact(text).text;
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(out).not.toContain(PW);
      expect(markersWhole(out)).toBe(true);
    }
  });
});
