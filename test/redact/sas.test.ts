// SAS %let literals under a secret's name (src/redact/sas.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const PASSWORD = "Xk9#mP2qLw7Tn4";

describe("SAS %let", () => {
  it("redacts a literal password, bare, quoted or in %str()", () => {
    for (const text of [`%let dbpass = ${PASSWORD};`, `%let dbpass=${PASSWORD};`, `%let db_password = "${PASSWORD}";`, `%let pw = %str(${PASSWORD});`]) {
      expect(redact(text).text, text).not.toContain(PASSWORD);
    }
    expect(redact("%let dbpass = Tr0ub4dor3;").text).not.toContain("Tr0ub4dor3");
    // The reference stays (references.ts); its literal goes.
    const out = redact(`%let dbpass = ${PASSWORD};\nlibname x oracle user=scott password="&dbpass";`).text;
    expect(out).not.toContain(PASSWORD);
    expect(out).toContain('password="&dbpass"');
  });

  it("redacts SAS's encoded passwords, which SAS accepts as the password", () => {
    expect(redact("%let dbpass = {SAS002}1D57933958C580064BD3DCA81A33DFB2;").text).not.toContain("1D57933958C580064BD3DCA81A33DFB2");
  });

  it("keeps a value read from elsewhere and names that are no secret's", () => {
    for (const text of ["%let dbpass = %sysget(DB_PASS);", "%let pw = &other;", "%let dbpass = changeme;", "%let outdir = /data/reports/2024;", "%let user = scott;"]) {
      expect(redact(text).text, text).toBe(text);
    }
  });
});
