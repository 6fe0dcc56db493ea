// A password pasted after a placeholder env value (src/redact/spaced-values.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

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
