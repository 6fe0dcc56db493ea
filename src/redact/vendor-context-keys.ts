// Vendors whose documented sample code names the credential with a bare word (`key`): the name alone says nothing,
// the vendor named in the same text does. Kuaidi100 (快递100) signs each query as md5(param + key + customer), and
// its demos assign `key = "…"` beside `customer = "…"`.
import { isMadeOfWords, isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

interface ContextRule {
  /** The vendor named anywhere in the text (a comment, a path, an import). */
  vendor: RegExp;
  /** `name = "value"` / `name: "value"` with the vendor's bare credential name, on its own line. */
  re: RegExp;
}

const RULES: readonly ContextRule[] = [
  {
    vendor: /快递100|kuaidi100|kd100/i,
    re: /(?<pre>^[+\- ]?[ \t]*(?:(?:private|public|static|final|const|let|var|String)[ \t]+){0,4}["']?key["']?[ \t]*[:=][ \t]*(?<q>["']))(?<secret>[A-Za-z0-9]{8,64})\k<q>/gim,
  },
];

/** A generated key: letters and digits that do not read as words, not a placeholder. */
function generated(v: string): boolean {
  return /\d/.test(v) && /[A-Za-z]/.test(v) && !isMadeOfWords(v) && !isPlaceholder(v) && !v.includes(MARKER_PREFIX);
}

export function redactVendorContextKeys(text: string, tally: Tally): string {
  for (const rule of RULES) {
    if (!rule.vendor.test(text)) continue;
    text = text.replace(rule.re, (match: string, ...rest: unknown[]) => {
      const g = rest[rest.length - 1] as Record<string, string>;
      return generated(g.secret!) ? `${g.pre}${tally.add("api-token", g.secret!)}${g.q}` : match;
    });
  }
  return text;
}
