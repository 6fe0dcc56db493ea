// A server's documented default credential under the variable that sets it (`MINIO_ROOT_PASSWORD: minioadmin` in a
// local compose file): the value is printed in the vendor's own documentation, so writing it down discloses
// nothing, and reviews of dev setups are full of it. Only the exact default, whole (quoted or bare, up to the line's
// end or a closing quote), under its own variable name (dev-default-data.ts): any other value under the name is
// judged as usual, and so is the default under any other name. Bounded regex, so linear in the input.
import { DOCUMENTED_DEFAULTS } from "./dev-default-data.js";

type Span = [number, number];

/** `NAME: value`, `NAME=value`, `- NAME=value`, `"NAME": "value"`, the value whole on its line. */
const SETTING_RE = /(?<![\w$.-])["']?([A-Z][A-Z0-9_]{2,63})["']?[ \t]*[:=][ \t]*(["']?)([\w.-]{1,64})\2(?=[ \t]*[,;]?[ \t]*(?:#[^\r\n]*)?(?:\r?\n|$))/dg;

export function devDefaultSpans(text: string): Span[] {
  if (!Object.keys(DOCUMENTED_DEFAULTS).some((name) => text.includes(name))) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(SETTING_RE)) {
    if (Object.hasOwn(DOCUMENTED_DEFAULTS, m[1]!) && DOCUMENTED_DEFAULTS[m[1]!] === m[3]) spans.push(m.indices![3]!);
  }
  return spans;
}
