// A password pasted after a placeholder env value (src/redact/spaced-values.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { markersWhole } from "../support/markers.js";
import { fill } from "../support/text.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

describe("a password after a placeholder in an unquoted env value", () => {
  it("redacts a lone last token that is plainly a password", () => {
    for (const secret of ["Xk9#mP2qLw!7vRt$Zb", "Qm7Kx2Lp9RtV4bN8cW3z"]) {
      const out = redact(`DB_PASSWORD=changeme ${secret}\nNEXT=1\n`).text;
      expect(out).toContain("DB_PASSWORD=changeme ");
      expect(out).not.toContain(secret);
    }
  });

  it("keeps prose, commands, comments, variables and key=value pairs after the value", () => {
    for (const text of [
      "DB_PASSWORD=changeme # set this",
      "PGPASSWORD=changeme psql -h db",
      "DB_PASSWORD=changeme ./run.sh",
      "DB_PASSWORD=changeme $OTHER_VAR1234",
      "password=changeme user=bob",
      "DB_PASSWORD=changeme please-change-before-deploy",
      "DB_PASSWORD=changeme 2024-01-01T00:00:00Z",
    ]) expect(redact(text).text, text).toBe(text);
  });
});

describe("a word then a generated token under a password name", () => {
  it("cuts the generated word of a YAML or env two-word value and keeps the key", () => {
    for (const text of [
      "MINIO_ROOT_PASSWORD: hello Xk9mP2qLw7Tn4Rb8\n",
      "services:\n  minio:\n    environment:\n      MINIO_ROOT_PASSWORD: hello Xk9mP2qLw7Tn4Rb8\n",
      "DB_PASSWORD=correct Xk9mP2qLw7Tn4Rb8\n",
      "db_password: horse Xk9mP2qLw7Tn4Rb8\r\n",
    ]) {
      const out = once(text);
      expect(out, text).not.toContain("Xk9mP2qLw7Tn4Rb8");
      expect(out).toMatch(/PASSWORD[:=] ?|password: /);
    }
  });

  it("keeps sentences, words, paths and hex after a password name", () => {
    for (const text of [
      "password: see the vault\n",
      "password: use your SSO login\n",
      "password: hello world\n",
      "password: see README.md\n",
      "password: run ./scripts/make-secret.sh\n",
      "password: ask PasswordManagerAdmin\n",
    ]) expect(once(text), text).toBe(text);
  });

  it("stays linear on 1 MB", () => {
    const t0 = performance.now();
    once(fill("password: hello Xk9mP2qLw7Tn4Rb8\n"));
    once(fill("password: hello "));
    expect(performance.now() - t0).toBeLessThan(10000);
  });
});
