// A value continued on the next line: a shell line ending in `\` right after the value (no space before it) and
// the next line starting with no space joins the two into one word (`--token glrt-…\` then `JVHv…`). When a
// detector cut the first part, the continuation goes too. One linear regex over the detectors' output.
import { MARKER_PREFIX, type Tally } from "./values.js";

const CONTINUED_RE = /(\[REDACTED:[\w-]{1,40}\])(\\\r?\n)([A-Za-z0-9+/=_\-.~!@#$%^&*]{4,4096})/g;

export function redactContinued(text: string, tally: Tally): string {
  if (!text.includes("]\\")) return text;
  return text.replace(CONTINUED_RE, (_: string, marker: string, lineBreak: string, rest: string) => {
    return `${marker}${lineBreak}${tally.add(marker.slice(MARKER_PREFIX.length, -1), rest)}`;
  });
}
