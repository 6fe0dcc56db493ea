// Credentials in SQL seed rows and account statements (src/redact/sql.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: SQL", () => {
  it("cells of password, hash and key columns in inserted rows", () => {
    const text = [
      "INSERT INTO users (email, role, password_plain, api_key) VALUES",
      "  ('admin@acme.io', 'admin', 'Fjord%2975Kestrel', '7e0b697a3feae76deef7b2db47885d542dbb1dc2'),",
      "  ('ops@acme.io', 'ops', 'it''s-Qx8!v2', NULL);",
      "INSERT INTO `accounts` (`name`, `password_hash`) VALUES ('root', '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW');",
    ].join("\n");
    const out = redact(text).text;
    for (const s of ["Fjord%2975Kestrel", "7e0b697a3feae76deef7b2db47885d542dbb1dc2", "Qx8!v2", "R9h/cIPz0gi"]) expect(out).not.toContain(s);
    expect(out).toContain("'admin@acme.io', 'admin'");
    expect(out).toContain("('root', '");
  });

  it("rows of a diff, the next line marked", () => {
    const diff = " INSERT INTO users (email, password) VALUES\n+  ('a@acme.io', 'Garnet%3223Zephyr');";
    expect(redact(diff).text).not.toContain("Garnet%3223Zephyr");
  });

  it("keeps rows of tables without secret columns, and placeholders", () => {
    const text = [
      "INSERT INTO tenants (id, name, plan) VALUES",
      "  ('085450f0-a2cb-4e95-a709-240b50b0fca1', 'Acme GmbH', 'pro');",
      "INSERT INTO users (email, password) VALUES ('dev@acme.io', 'changeme'), ('ci@acme.io', '${CI_PASSWORD}');",
      "INSERT INTO api_keys (token_prefix, token_expires_at) VALUES ('ak_live', '2026-01-01');",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("every row of a long seed INSERT", () => {
    const rows = Array.from({ length: 300 }, (_, i) => `(${i}, 'user${i}', 'Pw${String(i).padStart(4, "0")}xQz!')`);
    const out = redact(`INSERT INTO users (id, name, password) VALUES\n${rows.join(",\n")};`).text;
    expect(out).not.toContain("xQz!");
    expect(out).toContain("'user299'");
  });

  it("account statements: IDENTIFIED BY and PASSWORD", () => {
    expect(redact("ALTER USER 'root'@'%' IDENTIFIED BY '3J529J#OV3x5U3.d';").text).not.toContain("3J529J#OV3x5U3.d");
    expect(redact("CREATE USER 'app'@'%' IDENTIFIED WITH mysql_native_password BY 'Lm3^zQ8vRt';").text).not.toContain("Lm3^zQ8vRt");
    expect(redact("CREATE USER scott IDENTIFIED BY Tiger2024x;").text).not.toContain("Tiger2024x");
    expect(redact("ALTER ROLE app WITH LOGIN ENCRYPTED PASSWORD 'Vq4!nR8sKt';").text).not.toContain("Vq4!nR8sKt");
    const kept = "GRANT SELECT ON db.* TO 'app'@'%' IDENTIFIED BY PASSWORD;\nCREATE USER u IDENTIFIED BY '${DB_PASS}';";
    expect(redact(kept).text).toBe(kept);
  });
});

describe("redact: account statements in MySQL's history file", () => {
  it("cuts IDENTIFIED BY where ~/.mysql_history writes spaces as \\040", () => {
    const text = "_HiStOrY_V2_\nshow\\040databases;\nALTER\\040USER\\040'metabase'@'%'\\040IDENTIFIED\\040BY\\040'd9ACKKQEfrwnKnpY0f0H';\nCREATE\\040USER\\040'app'@'%'\\040IDENTIFIED\\040WITH\\040mysql_native_password\\040BY\\040'Qx81mPz0rT';\nflush\\040privileges;";
    const out = redact(text).text;
    expect(out).not.toContain("d9ACKKQEfrwn");
    expect(out).not.toContain("Qx81mPz0rT");
    expect(out).toContain("show\\040databases;");
    expect(redact(out).text).toBe(out);
  });

  it("keeps other history lines and an empty password", () => {
    const text = "_HiStOrY_V2_\nselect\\040*\\040from\\040users\\040where\\040identified\\040=\\0401;\nALTER\\040USER\\040'metabase'@'%'\\040IDENTIFIED\\040BY\\040'';";
    expect(redact(text).text).toBe(text);
  });

  it("stays linear on 1 MB of escaped spaces", () => {
    const t0 = performance.now();
    redact("IDENTIFIED" + "\\040".repeat(250_000) + "BY");
    redact("ALTER\\040USER " + "x\\040PASSWORD".repeat(80_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
