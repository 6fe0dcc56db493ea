import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: passwords answering a prompt", () => {
  it("cuts a typed or printed password after its prompt", () => {
    expect(redact("    Password for nfs/client01.corp.example.net@CORP.EXAMPLE.NET: O8KZ.%vI*0mgVe4q46Y2").text).not.toContain("O8KZ.%vI");
    expect(redact("Password for the [elastic] user successfully reset.\nNew value: 2yxzowgKJiLC70IdBxu9").text).not.toContain("2yxzowgK");
    expect(redact('spawn ssh admin@10.10.0.2\nexpect "password:"\nsend "Feilomi!2015xz\\r"').text).not.toContain("Feilomi!2015xz");
    expect(redact("Enter new password: Tq8!vR2#mLx9").text).not.toContain("Tq8!vR2#mLx9");
  });

  it("keeps prompts without an answer and commands sent after other prompts", () => {
    const text = [
      "Password for user@EXAMPLE.COM:",
      "New value: 42 (was 40)",
      "Password for admin: changed",
      'expect "login:"\nsend "admin-2026\\r"',
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });
});
