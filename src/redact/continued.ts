// A value continued on the next line: a shell line ending in `\` right after the value (no space before it) and
// the next line starting with no space joins the two into one word (`--token glrt-…\` then `JVHv…`). When a
// detector cut the first part, the continuation goes too. Also a value split by one space to dodge a CI log's
// masking (`DEPLOY_TOKEN=ghp_sNVS… ODFfAG9A…`): a random run alone after a cut value, up to the line's end.
// One linear regex each over the detectors' output.
import { looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

const CONTINUED_RE = /(\[REDACTED:[\w-]{1,40}\])(\\\r?\n)([A-Za-z0-9+/=_\-.~!@#$%^&*]{4,4096})/g;

/**
 * A quoted string continued on the next line whose first part a detector cut together with the `\` ending its
 * line (`"X-Api-Key: …\` then `…"`): the rest up to the closing quote is the same value.
 */
const QUOTED_REST_RE = /(["'])([^"'\n]{0,200}\[REDACTED:[\w-]{1,40}\])(\\?\r?\n)([A-Za-z0-9+/=_\-.~!@#$%^&*]{8,4096})(?=\1)/g;

/** The rest after one space: mixed case and digits, ending its line, so a following word or `key=value` stays. */
const SPLIT_RE = /(\[REDACTED:[\w-]{1,40}\]) ([A-Za-z0-9_-]{12,256})(?=[ \t]*\r?$)/gm;

export function redactContinued(text: string, tally: Tally): string {
  text = text.replace(SPLIT_RE, (m: string, marker: string, rest: string) =>
    looksRandom(rest) && /[a-z]/.test(rest) && /[A-Z]/.test(rest) && /\d/.test(rest) ? `${marker} ${tally.add(marker.slice(MARKER_PREFIX.length, -1), rest)}` : m);
  text = text.replace(QUOTED_REST_RE, (m: string, quote: string, head: string, lineBreak: string, rest: string) =>
    /\d/.test(rest) && /[A-Za-z]/.test(rest) ? `${quote}${head}${lineBreak}${tally.add(head.slice(head.lastIndexOf(MARKER_PREFIX) + MARKER_PREFIX.length, -1), rest)}` : m);
  if (!text.includes("]\\")) return text;
  return text.replace(CONTINUED_RE, (_: string, marker: string, lineBreak: string, rest: string) => {
    return `${marker}${lineBreak}${tally.add(marker.slice(MARKER_PREFIX.length, -1), rest)}`;
  });
}
