// An access key and its secret under bare two-letter names, as SDK samples of Baidu BCE, Qiniu or Huawei OBS write
// them (`ak := "…"`, `sk := "…"`). `sk` alone is also a sort key or a Stripe prefix, so the secret counts only where
// `ak` is assigned in the same text, and only when it looks generated. Two linear regex passes. Likewise a bare
// "key" right after a user name in one object is that user's API key (Kaggle's and BrowserStack's
// `{"username": "…", "key": "…"}`), also JSON-escaped inside a notebook or a string.
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** `ak = `, `AK: `, `"ak" => `, `ak := ` — an assignment to the access key's two-letter name. */
const AK_RE = /(?<![\w$.-])["']?ak["']?[ \t]*(?::=|=>|[:=])/i;
const SK_RE = /(?<pre>(?<![\w$.-])["']?sk["']?[ \t]*(?::=|=>|[:=])[ \t]*(?<q>["'`]?))(?<value>[A-Za-z0-9+/=_-]{16,256})\k<q>(?![\w+/=-])/gi;

const generated = (v: string) => !isPlaceholder(v) && !v.includes(MARKER_PREFIX) && (/^[0-9a-f]{16,}$/i.test(v) || looksRandom(v));

export function redactKeyPairs(text: string, tally: Tally): string {
  if (!AK_RE.test(text)) return text;
  return text.replace(SK_RE, (match: string, ...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string>;
    if (!generated(groups.value!)) return match;
    return `${groups.pre}${tally.add("secret", groups.value!)}${match.slice(groups.pre!.length + groups.value!.length)}`;
  });
}

/** A quote, maybe escaped (`\"` inside a JSON string). */
const Q = String.raw`\\?["']`;
const USER_KEY_RE = new RegExp(
  String.raw`(?<pre>${Q}(?:user(?:_?name)?|login)${Q}[ \t]*:[ \t]*${Q}[^"'\\\n]{1,64}${Q}[ \t]*,[ \t]*${Q}key${Q}[ \t]*:[ \t]*${Q})(?<value>[A-Za-z0-9+/=_-]{16,256})(?=${Q})`,
  "gi",
);

export function redactUserKeys(text: string, tally: Tally): string {
  if (!/key/i.test(text)) return text;
  return text.replace(USER_KEY_RE, (match: string, ...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string>;
    return generated(groups.value!) ? `${groups.pre}${tally.add("secret", groups.value!)}` : match;
  });
}
