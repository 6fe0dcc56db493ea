// Postfix map lists under a password's parameter (src/redact/postfix.ts): a password written into the list, or as
// a static table's name, goes; file-backed tables stay.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const PASSWORD = "Xk9#mP2qLw7Tn4";

describe("Postfix map lists", () => {
  it("keeps file-backed tables and references", () => {
    for (const text of [
      "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd, lmdb:$config_directory/relay_passwd\n",
      "smtp_sasl_password_maps = $relay_password_maps\n",
      "transport_maps = hash:/etc/postfix/transport, relay\n",
    ]) expect(redact(text).text).toBe(text);
  });

  it("redacts a password listed after a table, by space or comma", () => {
    for (const sep of [", ", " "]) {
      const out = redact(`smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd${sep}${PASSWORD}\n`).text;
      expect(out).toContain("hash:/etc/postfix/sasl_passwd");
      expect(out).not.toContain(PASSWORD);
    }
    // Glued by a comma alone, the assignment rule takes the whole value.
    expect(redact(`smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd,${PASSWORD}\n`).text).not.toContain(PASSWORD);
    expect(redact("+smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd, hunter22\n").text).not.toContain("hunter22");
  });

  it("redacts a static table's value, alone or in a list", () => {
    expect(redact(`smtp_sasl_password_maps = static:relay:${PASSWORD}`).text).not.toContain(PASSWORD);
    expect(redact(`smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd, static:${PASSWORD}`).text).not.toContain(PASSWORD);
  });

  it("a generated segment in a table's path is no file someone named", () => {
    expect(redact("smtp_sasl_password_maps = hash:/etc/postfix/Xk9mP2qLw7vRtZb").text).not.toContain("Xk9mP2qLw7vRtZb");
  });
});
