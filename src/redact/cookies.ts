// Cookie and Set-Cookie headers: a cookie value that looks generated is a session credential whatever the cookie
// is called ("sid", "__Host-session", "_app_key"); attributes (Path, Expires…) and readable values stay.
import { looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/**
 * The header name, then the rest of its line (bounded), where the cookies are; the name may stand in a name/value
 * object (a HAR or Postman header: `{"name":"cookie","value":"sid=…"}`).
 */
const COOKIE_LINE_RE = /(?<![\w-])(?:set-)?cookie["']?(?:[ \t]{0,8},[ \t]{0,8}["']value["'])?[ \t]{0,8}[:=][ \t]{0,8}["']?([^\n]{1,8192})/gi;
const PAIR_RE = /(^|;[ \t]*)([\w.$!#%&*+^|~-]{1,128})=("?)([^;\s",]{8,4096})\3/g;
const ATTRIBUTES = new Set(["path", "domain", "expires", "max-age", "samesite", "priority", "partitioned"]);

export function redactCookies(text: string, tally: Tally): string {
  if (!/cookie/i.test(text)) return text;
  return text.replace(COOKIE_LINE_RE, (line: string, cookies: string) => {
    const head = line.slice(0, line.length - cookies.length);
    const kept = cookies.replace(PAIR_RE, (pair: string, sep: string, name: string, q: string, value: string) =>
      ATTRIBUTES.has(name.toLowerCase()) || value.includes(MARKER_PREFIX) || !looksRandom(value) ? pair : `${sep}${name}=${q}${tally.add("cookie", value)}${q}`,
    );
    return head + kept;
  });
}
