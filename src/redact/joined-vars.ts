// A secret assembled from variables that each hold a piece (`const part1 = "…"; const part2 = "…";
// const APP_SECRET = part1 + part2;`), written so no single literal looks like the secret. The join may be `+`,
// PHP's `$a . $b`, or interpolation of nothing but the pieces: shell `"${P1}${P2}"` / `"$P1$P2"`, a JS template
// `` `${a}${b}` ``, a Python f-string `f"{a}{b}"`. When a secret-named
// assignment joins only variables, and each was given a literal shortly before, the joined pieces are judged as one
// value and every piece is cut.
import { LINE_PREFIX_SRC } from "./lines.js";
import { categorize } from "./names.js";
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

const IDENT = String.raw`[A-Za-z_$][\w$]{0,63}`;
const BARE = String.raw`[A-Za-z_][\w]{0,63}`;
/** The join of 2 to 8 variables: by an operator, or interpolated with nothing else in the string. */
const PARTS = [
  String.raw`${IDENT}(?:[ \t]*\+[ \t]*${IDENT}){1,7}`,
  String.raw`\$${BARE}(?:[ \t]*\.[ \t]*\$${BARE}){1,7}`,
  String.raw`(["\x60])(?:\$\{${BARE}\}|\$${BARE}(?![\w{])){2,8}\k<q1>`.replace("([", "(?<q1>["),
  String.raw`f(?<q2>["'])(?:\{${BARE}\}){2,8}\k<q2>`,
].join("|");
const JOINED_RE = new RegExp(
  String.raw`^${LINE_PREFIX_SRC}(?:(?:export|declare|readonly|const|let|var|val|final|static|string|String|auto)[ \t]+)*(?<name>${IDENT})[ \t]*(?::[ \t]*[\w&]{1,32}[ \t]*)?[:=][ \t]*(?<parts>${PARTS})[ \t]*;?[ \t]*\r?$`,
  "gm",
);
/** A variable interpolated in a string: `${name}`, `$name`, `{name}`. */
const INTERPOLATED_RE = new RegExp(String.raw`\$?\{(${BARE})\}|\$(${BARE})`, "g");
/** How far before the join its pieces may be given. */
const REACH = 2000;
/** Joins looked at per text: each scans back REACH characters, so a cap keeps the pass linear on hostile input. */
const MAX_JOINS = 64;

/** The range of the literal last assigned to `name` in `before` (which starts at `offset`), or null. */
function pieceOf(before: string, offset: number, name: string): [number, number] | null {
  const re = new RegExp(String.raw`(?<![\w$])${name.replace(/\$/g, "\\$")}[ \t]*(?::[ \t]*\w{1,32}[ \t]*)?=[ \t]*(["'\x60])([^"'\x60\n\\]{2,256})\1`, "g");
  let found: [number, number] | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const start = offset + m.index + m[0].length - 1 - m[2]!.length;
    found = [start, start + m[2]!.length];
  }
  return found;
}

/** `a + b` → a, b; `$a . $b` → $a, $b (PHP names keep their `$`); `"${A}$B"` → A, B; `f"{a}{b}"` → a, b. */
function partNames(parts: string): string[] {
  if (/^[A-Za-z_$]/.test(parts) && !/^f["']/.test(parts)) return parts.split(/[+.]/).map((p) => p.trim());
  return [...parts.matchAll(INTERPOLATED_RE)].map((m) => m[1] ?? m[2]!);
}

export function redactJoinedVariables(text: string, tally: Tally): string {
  if (!/\+|\$\{?[A-Za-z_]|\{[A-Za-z_]/.test(text)) return text;
  const cuts: [number, number][] = [];
  let joins = 0;
  JOINED_RE.lastIndex = 0;
  for (let m = JOINED_RE.exec(text); m && joins < MAX_JOINS; m = JOINED_RE.exec(text)) {
    const category = categorize(m.groups!.name!);
    if (category !== "secret" && category !== "password") continue;
    joins++;
    const from = Math.max(0, m.index - REACH);
    const before = text.slice(from, m.index);
    const pieces = partNames(m.groups!.parts!).map((p) => pieceOf(before, from, p));
    if (pieces.some((p) => p === null)) continue;
    const joined = pieces.map((p) => text.slice(p![0], p![1])).join("");
    if (joined.includes(MARKER_PREFIX) || isPlaceholder(joined) || !(looksRandom(joined) || /^[0-9a-f]{32,}$/i.test(joined))) continue;
    cuts.push(...(pieces as [number, number][]));
  }
  return tally.cut(text, cuts, "secret");
}
