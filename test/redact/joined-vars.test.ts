import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

describe("redact: a secret joined from variables holding its pieces", () => {
  it("cuts every piece when a secret name joins them", () => {
    const text = '// 拆开写，防止被扫描\nconst part1 = "WWfd53c96yjba6Az";\nconst part2 = "UKKP0bqKVH8i2FPT";\nconst APP_SECRET = part1 + part2;';
    const out = redact(text).text;
    expect(out).not.toContain("WWfd53c9");
    expect(out).not.toContain("UKKP0bqK");
    expect(out).toContain("const APP_SECRET = part1 + part2;");
  });

  it("keeps joins under other names and joins of words", () => {
    const text = 'const host = "api.example.com";\nconst path = "/v1/users";\nconst url = host + path;\nconst prefix = "tok";\nconst suffix = "en_name";\nconst TOKEN_FIELD = prefix + suffix;';
    expect(redact(text).text).toBe(text);
  });
});
