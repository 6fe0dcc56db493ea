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

describe("redact: every common way of joining a secret's pieces", () => {
  const pieces = (decl: (name: string, value: string) => string, join: string) => `${decl("p1", "8Xk2V7rq3flYA8kP")}\n${decl("p2", "PDCORQGVODJbqFyV")}\n${join}`;
  it("cuts the pieces of a concatenation, an interpolation or a join in each language", () => {
    const cases = [
      pieces((n, v) => `    private static final String ${n.toUpperCase()} = "${v}";`, "    public static final String API_KEY = P1 + P2;"),
      pieces((n, v) => `${n} := "${v}"`, "apiKey := p1 + p2"),
      pieces((n, v) => `${n} := "${v}"`, 'apiKey := strings.Join([]string{p1, p2}, "")'),
      pieces((n, v) => `$${n} = '${v}';`, "$apiKey = $p1 . $p2;"),
      pieces((n, v) => `local ${n} = "${v}"`, "local api_key = p1 .. p2"),
      pieces((n, v) => `${n.toUpperCase()} = "${v}"`, 'API_KEY = f"{P1}{P2}"'),
      pieces((n, v) => `${n.toUpperCase()} = "${v}"`, 'API_KEY = "".join([P1, P2])'),
      pieces((n, v) => `const ${n} = "${v}";`, "const apiKey = `${p1}${p2}`;"),
      pieces((n, v) => `const ${n} = "${v}";`, 'const apiKey = [p1, p2].join("");'),
      pieces((n, v) => `string ${n} = "${v}";`, "string apiKey = String.Concat(p1, p2);"),
      pieces((n, v) => `let ${n} = "${v}";`, 'let api_key = format!("{}{}", p1, p2);'),
      pieces((n, v) => `${n.toUpperCase()} = "${v}"`, 'API_KEY = "#{P1}#{P2}"'),
    ];
    for (const text of cases) {
      const out = redact(text).text;
      expect(out, text).not.toContain("8Xk2V7rq");
      expect(out, text).not.toContain("PDCORQGV");
      expect(redact(out).text).toBe(out);
    }
  });

  it("cuts generated chunks joined under a weak key name (ADYEN_KEY), in a file and a diff", () => {
    const code = "const k1 = 'm7aICwGaLHXX';\nconst k2 = 'LKAuLi9Qcmik';\nexport const ADYEN_KEY = k1 + k2;";
    for (const text of [code, code.replace(/^/gm, "-")]) {
      const out = redact(text).text;
      expect(out).not.toContain("m7aICwGaLHXX");
      expect(out).not.toContain("LKAuLi9Qcmik");
      expect(redact(out).text).toBe(out);
    }
  });

  it("keeps a weak-named join of a prefix and an id", () => {
    const text = "const ns = 'sessions:v2:';\nconst id = 'Ab3dE7fGhQ2m';\nconst cacheKey = ns + id;";
    expect(redact(text).text).toBe(text);
  });

  it("keeps joins of words, of non-secret names and of expressions", () => {
    const text = [
      'const scheme = "https";',
      'const host = "api.example.com";',
      "const API_TOKEN_URL = scheme + host;",
      "const tokenHeader = `${scheme}${host}`;",
      "const apiKey = config.key + suffix;",
      'API_KEY = "".join([scheme, host])',
      'const p1 = "8Xk2V7rq3flYA8kP";\nconst p2 = "PDCORQGVODJbqFyV";\nconst cacheId = p1 + p2;',
      "const apiKey = p1 + p2 + computeSuffix();",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });
});
