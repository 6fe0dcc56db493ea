// A secret kept as a list of its pieces, joined later: `$parts = ['…', '…']; define('X_LICENSE', implode('', $parts));`
// (PHP), `const parts = [...]; const API_KEY = parts.join('')` (JS), `"".join(parts)` (Python), and a YAML list
// under a secret-named key (`api_key_parts:` then `- "…"` lines, joined by the program that reads it). Every piece
// must be a generated chunk and the whole must look random, so a list of words, ids or names stays.
import { generatedChunk } from "./joined-vars.js";
import { LINE_PREFIX_SRC } from "./lines.js";
import { categorize } from "./names.js";
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

const IDENT = String.raw`\$?[A-Za-z_][\w]{0,63}`;
const ITEM = String.raw`(?:'[^'\n]{2,256}'|"[^"\n]{2,256}")`;
/** An array literal of 2–16 quoted strings given to a variable on one line. */
const ARRAY_RE = new RegExp(
  String.raw`^${LINE_PREFIX_SRC}(?:(?:const|let|var|my|our|final|static|private|public)[ \t]+)*(?<name>${IDENT})[ \t]*(?::[^=\n]{1,40})?=[ \t]*(?:array\(|\[|\()[ \t]*(?<items>${ITEM}(?:[ \t]*,[ \t]*${ITEM}){1,15})[ \t]*,?[ \t]*[\])]`,
  "gm",
);
const ITEM_RE = /(["'])([^"'\n]{2,256})\1/g;
/** How far after the list its join may come, and how many lists are followed per text (linear on hostile input). */
const REACH = 2000;
const MAX_ARRAYS = 64;

const quote = (name: string) => name.replace(/\$/g, "\\$");
/** The joins of `name` into one string, with no separator. */
const joinOf = (name: string) => {
  const n = quote(name);
  const empty = String.raw`(?:''|"")`;
  return new RegExp(
    String.raw`(?:implode|join)\([ \t]*${empty}[ \t]*,[ \t]*${n}[ \t]*\)|(?<![\w$])${n}\.join\([ \t]*${empty}?[ \t]*\)|${empty}\.join\([ \t]*${n}[ \t]*\)|strings\.Join\([ \t]*${n}[ \t]*,[ \t]*""[ \t]*\)|String\.join\([ \t]*""[ \t]*,[ \t]*${n}[ \t]*\)`,
  );
};
/** A name that says the whole is a key: a secret or password word, a weak key word, or a licence. */
const keyName = (name: string) => {
  const c = categorize(name.replace(/^\$/, ""));
  return c === "secret" || c === "password" || c === "weak" || /licen[cs]e/i.test(name);
};
/** The names on a join's line: identifiers and quoted constants (`define('X_LICENSE', …)`). */
const namesOn = (line: string) => line.match(/[A-Za-z_$][\w$]{2,63}/g) ?? [];

function piecesJoin(values: string[]): boolean {
  const joined = values.join("");
  return values.length >= 2 && values.every(generatedChunk) && !joined.includes(MARKER_PREFIX) && !isPlaceholder(joined) && looksRandom(joined);
}

function arrayCuts(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  if (!/=[ \t]*(?:array\(|\[|\()[ \t]*["']/.test(text)) return cuts;
  let arrays = 0;
  ARRAY_RE.lastIndex = 0;
  for (let m = ARRAY_RE.exec(text); m && arrays < MAX_ARRAYS; m = ARRAY_RE.exec(text)) {
    arrays++;
    const name = m.groups!.name!;
    const itemsAt = m.index + m[0].lastIndexOf(m.groups!.items!);
    const items = [...m.groups!.items!.matchAll(ITEM_RE)].map((i) => [itemsAt + i.index! + 1, i[2]!] as const);
    if (!piecesJoin(items.map(([, v]) => v))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + REACH);
    const join = joinOf(name).exec(after);
    if (!keyName(name) && !join) continue;
    const lineStart = join ? after.lastIndexOf("\n", join.index) + 1 : 0;
    const lineEnd = join ? (after.indexOf("\n", join.index) + 1 || after.length + 1) - 1 : 0;
    if (!keyName(name) && !namesOn(after.slice(lineStart, lineEnd)).some(keyName)) continue;
    for (const [at, v] of items) cuts.push([at, at + v.length]);
  }
  return cuts;
}

const LIST_PARENT_RE = /^[+\- ]?([ \t]*)["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*:[ \t]*\r?$/;
const LIST_ITEM_RE = /^[+\- ]?([ \t]*)-[ \t]+(["']?)([A-Za-z0-9_+/=-]{8,256})\2[ \t]*\r?$/;
const MAX_ITEMS = 16;

/** The items of a YAML list under a secret-named key, each line's offset kept. */
function yamlCuts(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  if (!/:[ \t]*\r?\n[+\- ]?[ \t]*-[ \t]/.test(text)) return cuts;
  const lines = text.split("\n");
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  for (let i = 0; i < lines.length; i++) {
    const parent = LIST_PARENT_RE.exec(lines[i]!);
    const category = parent ? categorize(parent[2]!) : null;
    if (!parent || (category !== "secret" && category !== "password")) continue;
    const items: [number, string][] = [];
    for (let j = i + 1; j < lines.length && items.length < MAX_ITEMS; j++) {
      const item = LIST_ITEM_RE.exec(lines[j]!);
      if (!item || item[1]!.length < parent[1]!.length) break;
      items.push([starts[j]! + lines[j]!.indexOf(item[3]!, item[1]!.length + 1), item[3]!]);
    }
    if (piecesJoin(items.map(([, v]) => v))) for (const [at, v] of items) cuts.push([at, at + v.length]);
  }
  return cuts;
}

export function redactJoinedArrays(text: string, tally: Tally): string {
  return tally.cut(text, [...arrayCuts(text), ...yamlCuts(text)], "secret");
}
