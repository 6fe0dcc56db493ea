import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: dotted values", () => {
  it("a generated password with dots is a literal, a member path of names is code", () => {
    expect(redact("      MINIO_ROOT_PASSWORD: Q.m1G.w1fgRPvjFipOs.zrgE").text).not.toContain("w1fgRPvjFipOs");
    const code = "password: settings.database.password\nsecret: config.auth.jwtSecret";
    expect(redact(code).text).toBe(code);
  });
});
