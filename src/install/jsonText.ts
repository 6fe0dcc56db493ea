// Text-level JSON editing: a strict parser that keeps every value's offsets, and edits that splice only
// the bytes that must change. Rewriting through JSON.stringify would reformat the user's whole file;
// splicing keeps their layout, so uninstall can give back the exact bytes they had.

export type JsonNode = JsonObject | JsonArray | JsonScalar;

export interface JsonObject {
  kind: "object";
  start: number;
  end: number;
  props: JsonProp[];
}

export interface JsonProp {
  key: string;
  keyStart: number;
  value: JsonNode;
}

export interface JsonArray {
  kind: "array";
  start: number;
  end: number;
  items: JsonNode[];
}

export interface JsonScalar {
  kind: "string" | "number" | "boolean" | "null";
  start: number;
  end: number;
}

export class JsonSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

const WS = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses strict JSON (RFC 8259, as JSON.parse accepts it); a leading BOM is skipped. */
export function parseJson(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const skipWs = (): void => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const fail = (what: string): never => {
    if (i >= text.length) throw new JsonSyntaxError(`unexpected end of input, expected ${what}`, i);
    throw new JsonSyntaxError(`unexpected ${JSON.stringify(text[i])}, expected ${what}`, i);
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) throw new JsonSyntaxError("unterminated string", start);
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) throw new JsonSyntaxError("control character in string", i);
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new JsonSyntaxError("bad \\u escape in string", i);
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) throw new JsonSyntaxError("bad escape in string", i);
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const parseValue = (): JsonNode => {
    skipWs();
    const start = i;
    const c = text[i];
    if (c === "{") {
      i++;
      const props: JsonProp[] = [];
      skipWs();
      if (text[i] === "}") {
        i++;
        return { kind: "object", start, end: i, props };
      }
      for (;;) {
        skipWs();
        if (text[i] !== '"') fail("a property name in double quotes");
        const keyStart = i;
        const key = parseString();
        skipWs();
        if (text[i] !== ":") fail('":" after the property name');
        i++;
        const value = parseValue();
        props.push({ key, keyStart, value });
        skipWs();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return { kind: "object", start, end: i, props };
        }
        fail('"," or "}"');
      }
    }
    if (c === "[") {
      i++;
      const items: JsonNode[] = [];
      skipWs();
      if (text[i] === "]") {
        i++;
        return { kind: "array", start, end: i, items };
      }
      for (;;) {
        items.push(parseValue());
        skipWs();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return { kind: "array", start, end: i, items };
        }
        fail('"," or "]"');
      }
    }
    if (c === '"') {
      parseString();
      return { kind: "string", start, end: i };
    }
    for (const [word, kind] of [
      ["true", "boolean"],
      ["false", "boolean"],
      ["null", "null"],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { kind, start, end: i };
      }
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(text);
    if (num) {
      i += num[0].length;
      return { kind: "number", start, end: i };
    }
    return fail("a value");
  };

  const root = parseValue();
  skipWs();
  if (i < text.length) fail("the end of the document");
  return root;
}

/** 1-based line and column (in characters) of a string offset, as editors show them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf("\n") + 1, 0);
  const line = before.split("\n").length;
  return { line, column: Array.from(before.slice(lineStart)).length + 1 };
}

export function nodeValue(text: string, node: JsonNode): unknown {
  return JSON.parse(text.slice(node.start, node.end));
}

export function findProp(obj: JsonObject, key: string): JsonProp | undefined {
  // JSON.parse (and so Claude Code) keeps the last duplicate key.
  for (let k = obj.props.length - 1; k >= 0; k--) if (obj.props[k]!.key === key) return obj.props[k];
  return undefined;
}

export interface Style {
  /** One level of indentation as the file uses it ("  ", "    ", "\t"). */
  indent: string;
  eol: string;
}

export function detectStyle(text: string): Style {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const m = /\n([ \t]+)\S/.exec(text);
  return { indent: m ? m[1]! : "  ", eol };
}

/** Whitespace at the start of the line that holds `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** True when `offset` is the first non-blank character of its line. */
function startsLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, offset));
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

/** JSON for `value`, laid out in the file's style, continuing at indentation `base`. */
export function render(value: unknown, base: string, style: Style): string {
  return JSON.stringify(value, null, style.indent).split("\n").join(style.eol + base);
}

interface Member {
  /** Where the member's text starts (a property's key, or an array item). */
  start: number;
  end: number;
}

function members(container: JsonObject | JsonArray): Member[] {
  return container.kind === "object"
    ? container.props.map((p) => ({ start: p.keyStart, end: p.value.end }))
    : container.items.map((n) => ({ start: n.start, end: n.end }));
}

/** Appends a member (`"key": value` or an array item) after the container's last one, matching its layout. */
function appendMember(text: string, container: JsonObject | JsonArray, memberText: (base: string) => string, style: Style): string {
  const list = members(container);
  const last = list[list.length - 1];
  if (last === undefined) {
    const outer = lineIndent(text, container.start);
    const inner = outer + style.indent;
    return splice(text, container.start + 1, container.end - 1, style.eol + inner + memberText(inner) + style.eol + outer);
  }
  if (!startsLine(text, last.start)) {
    // Members written on one line: stay on that line.
    return splice(text, last.end, last.end, ", " + memberText(lineIndent(text, last.start)));
  }
  const base = lineIndent(text, last.start);
  return splice(text, last.end, last.end, "," + style.eol + base + memberText(base));
}

/** Removes member `index`, with the separator and line break that belong to it. */
function removeMember(text: string, container: JsonObject | JsonArray, index: number): string {
  const list = members(container);
  if (list.length === 1) return splice(text, container.start + 1, container.end - 1, "");
  const here = list[index]!;
  const next = list[index + 1];
  if (next !== undefined) return splice(text, here.start, next.start, "");
  return splice(text, list[index - 1]!.end, here.end, "");
}

export function addProperty(text: string, obj: JsonObject, key: string, value: unknown, style: Style): string {
  return appendMember(text, obj, (base) => `${JSON.stringify(key)}: ${render(value, base, style)}`, style);
}

export function removeProperty(text: string, obj: JsonObject, key: string): string {
  const index = obj.props.findLastIndex((p) => p.key === key);
  return index < 0 ? text : removeMember(text, obj, index);
}

export function appendItem(text: string, arr: JsonArray, value: unknown, style: Style): string {
  return appendMember(text, arr, (base) => render(value, base, style), style);
}

export function removeItem(text: string, arr: JsonArray, index: number): string {
  return removeMember(text, arr, index);
}

export function replaceNode(text: string, node: JsonNode, value: unknown, style: Style): string {
  return splice(text, node.start, node.end, render(value, lineIndent(text, node.start), style));
}
