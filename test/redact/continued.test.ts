// A cut value continued on the next line after a shell `\` (src/redact/continued.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: values continued after a backslash", () => {
  it("the continuation of a cut token goes too", () => {
    const text = "gitlab-runner register --non-interactive \\\n  --token glrt-snHGklmH9OIhTekznLmBfOlO\\\nJVHv4Q1a3RVgbK1MKAq96PR7 \\\n  --executor docker";
    const out = redact(text).text;
    expect(out).not.toContain("JVHv4Q1a3RVgbK1MKAq96PR7");
    expect(out).toContain("  --executor docker");
    expect(redact(out).text).toBe(out);
  });

  it("keeps the next argument of a continued command line", () => {
    const text = "curl -H \"Authorization: Bearer Zq7vN2kLp9XwR4tYb8Hk29fLq0Wm3Zr8\" \\\n  --url https://api.example.com";
    expect(redact(text).text).toContain("\\\n  --url https://api.example.com");
  });
});

describe("redact: a value split by one space to dodge masking", () => {
  it("the random rest after a cut value, up to the line's end", () => {
    const out = redact("2026-11-30T10:02:11Z DEPLOY_TOKEN=ghp_sNVSRilqPIH3w2CC1D ODFfAG9AiTUIpbj4Bt\n").text;
    expect(out).not.toContain("ODFfAG9AiTUI");
  });

  it("keeps words and settings after a cut value", () => {
    const out = redact("password: Hunter2!xyz see-docs\ntoken=Zx8kQ2mLp9wRt4Vb done_for_today\n").text;
    expect(out).toContain(" see-docs");
    expect(out).toContain(" done_for_today");
  });
});
