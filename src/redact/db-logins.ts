// Database logins written in a client's own statement syntax, where no name says "password": DB2's
// `CONNECT TO db USER u USING pw` (SQL, embedded SQL and the `db2` command line) and Teradata BTEQ's
// `.LOGON host/user,password;` (also without the dot, as JCL passes it).
import { hasPasswordSymbols, isMadeOfWords, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";
import { cutRuleSecrets } from "./rule-cuts.js";

const RULES: readonly { needle: RegExp; re: RegExp }[] = [
  {
    needle: /using/i,
    re: /(?<pre>\bconnect[ \t]+to[ \t]+\S{1,128}[ \t]+user[ \t]+\S{1,128}[ \t]+using[ \t]+)(?<q>['"]?)(?<secret>(?<=')[^'\n]{1,128}(?=')|(?<=")[^"\n]{1,128}(?=")|(?<!['"])[^\s'";:][^\s;]{0,127})\k<q>/gi,
  },
  { needle: /logon/i, re: /(?<pre>^[ \t]*\.?logon[ \t]+(?:[\w.-]{1,253}\/)?[\w$.-]{1,128},)(?<secret>[^\s;]{1,128})/gim },
];

/** A password, not a host variable (`:WS-DB-PASS`), reference or word. */
function credential(v: string): boolean {
  if (v.length < 4 || v.includes(MARKER_PREFIX) || /^[:$%?]/.test(v) || isPlaceholder(v)) return false;
  return !isMadeOfWords(v) || hasPasswordSymbols(v) || looksRandom(v) || /\d/.test(v);
}

export function redactDbLogins(text: string, tally: Tally): string {
  return cutRuleSecrets(text, RULES, tally, ({ secret }) => credential(secret));
}
