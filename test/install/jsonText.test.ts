import { describe, expect, it } from "vitest";
import { addProperty, appendItem, detectStyle, JsonSyntaxError, lineColumn, parseJson, removeItem, removeProperty, type JsonArray, type JsonObject } from "../../src/install/jsonText.js";

const VALID = [
  "{}",
  "[]",
  ' {"a": [1, -2.5e+3, 0, true, false, null, "x\\"y\\\\\\u00e9\\n"], "b": {"c": {}}} ',
  '"only a string"',
  "-0.0E-0",
  '{"a":1,"a":2}',
  '\t\r\n[ [ ] , { } ]\n',
  '{"€ key": "日本"}',
];

const INVALID = [
  "",
  " ",
  "{",
  '{"a":}',
  '{"a":1,}',
  "[1,]",
  "[1 2]",
  "{'a': 1}",
  '{"a" 1}',
  "01",
  "1.",
  ".5",
  "+1",
  "NaN",
  "tru",
  '"a\nb"',
  '"\\x"',
  '"\\u12g4"',
  '{"a":1} x',
  "// c\n{}",
  '{"a":1}/* c */',
  '"unterminated',
];

describe("parseJson", () => {
  it.each(VALID)("accepts what JSON.parse accepts: %j", (text) => {
    const node = parseJson(text);
    expect(JSON.parse(text.slice(node.start, node.end))).toEqual(JSON.parse(text));
  });

  it.each(INVALID)("rejects what JSON.parse rejects: %j", (text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(() => parseJson(text)).toThrow(JsonSyntaxError);
  });

  it("points at the offending character", () => {
    const text = '{\n  "a": 1,\n  "b": ]\n}';
    try {
      parseJson(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JsonSyntaxError);
      expect(lineColumn(text, (e as JsonSyntaxError).offset)).toEqual({ line: 3, column: 8 });
    }
  });

  it("counts columns in characters, not UTF-16 units", () => {
    expect(lineColumn('{"😀": x}', 7)).toEqual({ line: 1, column: 7 });
  });
});

describe("edits", () => {
  const style = detectStyle("{\n    \"x\": 1\n}");

  it("detects indentation and line ends", () => {
    expect(style).toEqual({ indent: "    ", eol: "\n" });
    expect(detectStyle('{\r\n\t"a": 1\r\n}')).toEqual({ indent: "\t", eol: "\r\n" });
    expect(detectStyle("{}")).toEqual({ indent: "  ", eol: "\n" });
  });

  it("adding then removing a property or an item gives back the same bytes", () => {
    for (const text of ["{}", '{"a":1}', '{\n    "a": [\n        1\n    ]\n}', '{ "a": [1, 2] }', "{\n}"]) {
      const s = detectStyle(text);
      const added = addProperty(text, parseJson(text) as JsonObject, "k", { v: [1] }, s);
      expect(JSON.parse(added)).toEqual({ ...JSON.parse(text), k: { v: [1] } });
      const back = removeProperty(added, parseJson(added) as JsonObject, "k");
      expect(back).toBe(text === "{\n}" ? "{}" : text);
    }
    const arrText = '{"a": [\n  1,\n  2\n]}';
    const arr = (parseJson(arrText) as JsonObject).props[0]!.value as JsonArray;
    const grown = appendItem(arrText, arr, { x: 1 }, detectStyle(arrText));
    expect(grown).toBe('{"a": [\n  1,\n  2,\n  {\n    "x": 1\n  }\n]}');
    const grownArr = (parseJson(grown) as JsonObject).props[0]!.value as JsonArray;
    expect(removeItem(grown, grownArr, 2)).toBe(arrText);
  });

  it("removes a middle member with its separator", () => {
    const text = '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}';
    expect(removeProperty(text, parseJson(text) as JsonObject, "b")).toBe('{\n  "a": 1,\n  "c": 3\n}');
  });
});
