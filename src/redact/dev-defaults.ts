// A server's documented default credential under the variable that sets it (`MINIO_ROOT_PASSWORD: minioadmin` in a
// local compose file): the value is printed in the vendor's own documentation, so writing it down discloses nothing,
// and reviews of dev setups are full of it. Only the exact default, whole (quoted or bare up to the line's end, or in a
// quoted shell argument up to its closing quote), under its own variable name (dev-default-data.ts): any other value
// under the name is judged as usual, and so is the default under any other name. Bounded regex, so linear in the input.
import { DOCUMENTED_DEFAULTS } from "./dev-default-data.js";

type Span = [number, number];

/**
 * `NAME: value`, `NAME=value`, `- NAME=value`, `"NAME": "value"` whole on its line (groups 2 and 4), or a quoted
 * shell argument `-e "NAME=value"` closed right after the value (groups 2 and 5).
 */
const SETTING_RE =
  /(?<![\w$.-])(["']?)([A-Z][A-Z0-9_]{2,63})(?:\1[ \t]*[:=][ \t]*(["']?)([\w.-]{1,64})\3(?=[ \t]*[,;]?[ \t]*(?:#[^\r\n]*)?(?:\r?\n|$))|=([\w.-]{1,64})\1(?=[\s,;]|$))/dg;

export function devDefaultSpans(text: string): Span[] {
  if (!Object.keys(DOCUMENTED_DEFAULTS).some((name) => text.includes(name))) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(SETTING_RE)) {
    const name = m[2]!;
    if (!Object.hasOwn(DOCUMENTED_DEFAULTS, name)) continue;
    // The argument form only when a quote closes it: a bare `NAME=value more` may be one value with a space.
    const at = m[4] !== undefined ? 4 : m[1] !== "" ? 5 : undefined;
    if (at !== undefined && m[at] === DOCUMENTED_DEFAULTS[name]) spans.push(m.indices![at]!);
  }
  return spans;
}
