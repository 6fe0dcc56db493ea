// Postfix lookup tables under a parameter named for a password (`smtp_sasl_password_maps = hash:/etc/postfix/x`):
// the value lists tables, so an item that is no table is the password itself written into the list, and a
// `static:` table's name is its value (`static:relay:…`). File-backed tables stay (references.ts keeps them); an
// inline table (`inline:{ … }`) is read by the other detectors. One bounded regex a line: linear.
import { categorize } from "./names.js";
import { isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

const MAPS_RE = /^([+\- ]?[ \t]*([a-z][a-z0-9_]{0,64}_maps)[ \t]*=[ \t]*)([^\n{}]{1,2048})$/gm;
/** A table's `type:` (hash:, proxy:mysql:); `static:` names its value instead of a file. */
const TABLE_RE = /^(?:proxy:)?[a-z]{2,16}:/;
const STATIC_RE = /^static:/;

/** The value an item of the list holds, as [offset within the item, value], or null when it is a table. */
function literalOf(item: string): [number, string] | null {
  if (STATIC_RE.test(item)) return [7, item.slice(7)];
  return TABLE_RE.test(item) ? null : [0, item];
}

export function redactPostfixMaps(text: string, tally: Tally): string {
  if (!text.includes("_maps")) return text;
  return text.replace(MAPS_RE, (line: string, lead: string, name: string, value: string) => {
    const category = categorize(name);
    if (category !== "password" && category !== "secret") return line;
    const out = value.replace(/[^\s,]+/g, (item) => {
      const literal = literalOf(item);
      if (literal === null || literal[1].includes(MARKER_PREFIX) || isPlaceholder(literal[1])) return item;
      return item.slice(0, literal[0]) + tally.add("password", literal[1]);
    });
    return lead + out;
  });
}
