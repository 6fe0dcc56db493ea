// WordPress's authentication keys and salts in wp-config.php: `define( 'AUTH_KEY', '…' )` and its seven siblings hold
// 64 characters from the whole printable range, so a run such as `***` or `...` inside one is part of the value, not
// a mask (the general placeholder check would keep it). The shipped placeholder "put your unique phrase here" stays.
import type { Tally } from "./values.js";

const SALT_RE = /(?<pre>define\([ \t]*(?<nq>["'])(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)\k<nq>[ \t]*,[ \t]*(?<q>["']))(?<value>[^"'\n]{64})\k<q>/g;
/** Generated: many different characters, and no phrase of words. */
const generated = (v: string) => new Set(v).size >= 24 && !/\b(?:put|your|unique|phrase|here)\b/i.test(v);

export function redactWordPressSalts(text: string, tally: Tally): string {
  if (!text.includes("define")) return text;
  return text.replace(SALT_RE, (match: string, ...args: unknown[]) => {
    const g = args[args.length - 1] as Record<string, string>;
    return generated(g.value!) ? `${g.pre}${tally.add("secret", g.value!)}${g.q}` : match;
  });
}
