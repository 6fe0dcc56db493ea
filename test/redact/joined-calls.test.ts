import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";

const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));
const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  return out;
};
const HEAD = "07843fa57a5482d8cfcc4f5c";
const TAIL = "76c1b582e1e8ad785cb9db27";

describe("redact: a secret joined by a format of its pieces", () => {
  it("cuts the pieces given to Sprintf, String.format, % and .format", () => {
    for (const [decl, join] of <[string, string][]>[
      ["var (\n\tkeyHead = \"%H\"\n\tkeyTail = \"%T\"\n)", 'func partnerKey() string { return fmt.Sprintf("%s%s", keyHead, keyTail) }'],
      ['head = "%H"\ntail = "%T"', 'def api_key(): return "%s%s" % (head, tail)'],
      ['head = "%H"\ntail = "%T"', 'API_SECRET = "{}{}".format(head, tail)'],
      ['String a = "%H";\nString b = "%T";', 'String apiToken = String.format("%s%s", a, b);'],
      ['val a = "%H"\nval b = "%T"', 'fun apiKey() = String.format("%s%s", a, b)'],
      ['var a = "%H";\nvar b = "%T";', 'var apiKey = string.Format("{0}{1}", a, b);'],
      ['$a = "%H";\n$b = "%T";', '$apiKey = sprintf("%s%s", $a, $b);'],
      ['const a = "%H";\nconst b = "%T";', "function apiToken() { return a + b; }"],
    ]) {
      const out = once(`${decl.replace("%H", HEAD).replace("%T", TAIL)}\n${join}`);
      expect(out).not.toContain(HEAD.slice(0, 8));
      expect(out).not.toContain(TAIL.slice(0, 8));
      expect(out).toContain(join);
    }
  });

  it("keeps formats of words, formats under other names and formats with text between the pieces", () => {
    for (const text of [
      'first = "Hello"\nsecond = "World"\nfunc greetingKey() string { return fmt.Sprintf("%s%s", first, second) }',
      `head = "${HEAD}"\ntail = "${TAIL}"\nfunc label() string { return fmt.Sprintf("%s%s", head, tail) }`,
      `head = "${HEAD}"\ntail = "${TAIL}"\nAPI_KEY = "%s-%s" % (head, tail)`,
      'def cache_key(): return "%s%s" % (user, page)',
    ]) {
      expect(redact(text).text).toBe(text);
    }
  });
});

describe("redact: a list of pieces joined by a call", () => {
  it("cuts Kotlin's listOf(…).joinToString(\"\") and Java's Stream.of(…).collect(Collectors.joining())", () => {
    for (const text of [
      'object Keys {\n    val server = listOf("xlCdCwrae5Y0", "1LfSRgbCy9VE", "8Beh6iCvtvne").joinToString("")\n}',
      'val k = arrayOf(\n    "xlCdCwrae5Y0",\n    "1LfSRgbCy9VE",\n    "8Beh6iCvtvne",\n).joinToString(separator = "")',
      'String k = Stream.of("xlCdCwrae5Y0", "1LfSRgbCy9VE", "8Beh6iCvtvne").collect(Collectors.joining());',
    ]) {
      const out = once(text);
      for (const p of ["xlCdCwrae5Y0", "1LfSRgbCy9VE", "8Beh6iCvtvne"]) expect(out).not.toContain(p);
    }
  });

  it("cuts a named list joined later, its pieces indented on their own lines", () => {
    const text = '_PARTS = [\n    "6VesD5r9h2",\n    "fhLUA9bSto",\n    "ajzeHvTDNe",\n    "J3GhgTSoQ6",\n]\nVENDOR_KEY = "".join(_PARTS)';
    const out = once(text);
    for (const p of ["6VesD5r9h2", "fhLUA9bSto", "ajzeHvTDNe", "J3GhgTSoQ6"]) expect(out).not.toContain(p);
  });

  it("keeps lists of words, lists joined with a separator and indented lists of words", () => {
    for (const text of [
      'val labels = listOf("alpha", "beta", "gamma").joinToString(", ")',
      'val tags = listOf("release", "build", "deploy").joinToString("")',
      'val ids = listOf("xlCdCwrae5Y0", "1LfSRgbCy9VE").joinToString(",")',
      'NAMES = [\n    "alpha",\n    "beta",\n]\nLABEL = "".join(NAMES)',
    ]) {
      expect(redact(text).text).toBe(text);
    }
  });

  it("completes on 1 MB of list openers, format calls and returning functions", () => {
    expect(redact(fill('listOf("abcdefgh", ')).text.length).toBeGreaterThan(0);
    expect(redact(fill('x = "abcdefgh"\nfunc apiKey() string { return fmt.Sprintf("%s%s", x, x) }\n')).text.length).toBeGreaterThan(0);
    expect(redact(`func apiKey() ${fill("(")}`).text.length).toBeGreaterThan(0);
  });
});
