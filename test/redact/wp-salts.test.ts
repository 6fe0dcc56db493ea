import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: WordPress keys and salts", () => {
  it("a salt whose generated characters include a run of stars, on a removed diff line too", () => {
    const salt = "VU.e!InTjTLXo6b=d-0p%sL+QHZO3gOnFV0=j-***PDVJ4zVsw#-lLZ2jv!063XI";
    for (const text of [`define( 'AUTH_KEY',         '${salt}' );`, `-define( 'NONCE_SALT', '${salt}' );`]) {
      const out = redact(text).text;
      expect(out).not.toContain("VU.e!InT");
      expect(out).not.toContain("lLZ2jv!0");
    }
  });

  it("keeps the shipped placeholder and masked values", () => {
    for (const text of ["define( 'AUTH_KEY',         'put your unique phrase here' );", `define('NONCE_SALT', '${"x".repeat(64)}');`, `define('LOGGED_IN_KEY', '${"*".repeat(64)}');`])
      expect(redact(text).text).toBe(text);
  });
});
