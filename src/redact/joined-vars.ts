// A secret assembled from variables that each hold a piece (`const part1 = "…"; const part2 = "…";
// const APP_SECRET = part1 + part2;`), written so no single literal looks like the secret. When a secret-named
// assignment joins only variables, and each was given a literal shortly before, the joined pieces are judged as one
// value and every piece is cut.
import { joinedNames, JOIN_SHAPES } from "./joined-shapes.js";
import { LINE_PREFIX_SRC } from "./lines.js";
import { categorize } from "./names.js";
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

const IDENT = String.raw`[A-Za-z_$][\w$]{0,63}`;
/**
 * A declaration up to its `=` (modifiers, a type, Go's `:=`); what follows is matched against JOIN_SHAPES. A secret
 * word in the name is looked for first, so most lines of code fail fast; categorize decides.
 */
const DECLARED_RE = new RegExp(
  String.raw`^${LINE_PREFIX_SRC}(?:(?:const|let|var|val|final|static|string|String|auto|public|private|protected|internal|readonly|export|declare|pub|local|my|our)[ \t]+)*(?=[\w$]{0,63}?(?:pass|pw|secret|token|key|cred|auth|pepper|mnemonic|pat|certificate|dsn|honeycomb))(?<name>${IDENT})[ \t]*(?::[ \t]*\w{1,32}[ \t]*)?:?[:=][ \t]*(?<rest>[^\n]{1,400})$`,
  "gmi",
);
/**
 * A function or getter returning the join (`func partnerKey() string { return … }`, `def api_key(): return …`,
 * Kotlin's `fun apiKey() = …`, `get apiKey() { return … }`): its name names the value as a declaration's would.
 */
const RETURNED_RE = new RegExp(
  String.raw`^${LINE_PREFIX_SRC}(?:(?:public|private|protected|internal|static|export|async|override|pub)[ \t]+)*(?:func|def|fun|function|fn|get)[ \t]+(?=[\w$]{0,63}?(?:pass|pw|secret|token|key|cred|auth|pepper|mnemonic|pat))(?<name>${IDENT})[ \t]*\([^()\n]{0,80}\)[^{=:\n]{0,40}(?:\{[ \t]*return|:[ \t]*return|=)[ \t]+(?<rest>[^\n]{1,400})$`,
  "gmi",
);
/** How far before the join its pieces may be given. */
const REACH = 2000;
/** Joins looked at per text: each scans back REACH characters, so a cap keeps the pass linear on hostile input. */
const MAX_JOINS = 64;

/** The range of the literal last assigned to `name` in `before` (which starts at `offset`), or null. */
function pieceOf(before: string, offset: number, name: string): [number, number] | null {
  const re = new RegExp(String.raw`(?<![\w$])${name.replace(/\$/g, "\\$")}[ \t]*(?::[ \t]*\w{1,32}[ \t]*)?:?=[ \t]*(["'\x60])([^"'\x60\n\\]{2,256})\1`, "g");
  let found: [number, number] | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const start = offset + m.index + m[0].length - 1 - m[2]!.length;
    found = [start, start + m[2]!.length];
  }
  return found;
}

/** A piece of a generated key: 8+ key characters of both cases, with a digit or 12+ long; no words' gaps. */
export const generatedChunk = (piece: string): boolean =>
  /^[A-Za-z0-9_+\/=-]{8,256}$/.test(piece) && /[a-z]/.test(piece) && /[A-Z]/.test(piece) && (/\d/.test(piece) || piece.length >= 12);

/** Secret-named declarations and functions, with what follows their `=` or `return`. */
function* namedJoins(text: string): Generator<RegExpExecArray> {
  for (const re of [DECLARED_RE, RETURNED_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) yield m;
  }
}

export function redactJoinedVariables(text: string, tally: Tally): string {
  const cuts: [number, number][] = [];
  let joins = 0;
  for (const m of namedJoins(text)) {
    if (joins >= MAX_JOINS) break;
    const category = categorize(m.groups!.name!.replace(/^\$/, ""));
    if (category !== "secret" && category !== "password" && category !== "weak") continue;
    // A function's body may close on its line (`{ return a + b }`).
    const rest = m.groups!.rest!.replace(/[ \t]*;?[ \t]*\}?[ \t]*\r?$/, "");
    const shape = JOIN_SHAPES.map((re) => re.exec(rest)).find((j) => j !== null && j[0].length === rest.length);
    if (!shape) continue;
    joins++;
    const from = Math.max(0, m.index - REACH);
    const before = text.slice(from, m.index);
    const pieces = joinedNames(shape.groups!).map((name) => pieceOf(before, from, name));
    if (pieces.some((p) => p === null)) continue;
    const joined = pieces.map((p) => text.slice(p![0], p![1])).join("");
    if (joined.includes(MARKER_PREFIX) || isPlaceholder(joined) || !(looksRandom(joined) || /^[0-9a-f]{32,}$/i.test(joined))) continue;
    // A weak name (`ADYEN_KEY`, `cacheKey`) joins a key only from generated chunks, not a prefix and an id.
    if (category === "weak" && !pieces.every((p) => generatedChunk(text.slice(p![0], p![1])))) continue;
    cuts.push(...(pieces as [number, number][]));
  }
  return tally.cut(text, cuts, "secret");
}
