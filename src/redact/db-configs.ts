// Passwords in the files of database servers, caches and poolers, where a position, not a name, says password:
// Redis Sentinel's `sentinel auth-pass <master> <password>` and `sentinel sentinel-pass <password>`, a Redis ACL
// user's `>password`, a PgBouncer auth_file (userlist.txt) line `"user" "password"`, and a memcached SASL password
// file line `user@realm:password`. Also as diff lines.
import { cutRuleSecrets } from "./rule-cuts.js";
import { hasPasswordSymbols, isMadeOfWords, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** A diff line's mark and indentation. */
const LEAD = String.raw`^[+\- ]?[ \t]*`;

const RULES: readonly { needle: RegExp; re: RegExp; strict?: boolean }[] = [
  { needle: /sentinel/, re: new RegExp(String.raw`(?<pre>${LEAD}sentinel[ \t]+(?:auth-pass[ \t]+[\w.-]{1,128}|sentinel-pass)[ \t]+)(?<q>["']?)(?<secret>[^\s"']{1,256})\k<q>[ \t]*\r?$`, "gm") },
  // `user app on >pw ~* +@all` (users.acl, redis.conf) and `ACL SETUSER app on >pw`; `<pw` removes one, `#` is a hash.
  { needle: /\buser\b|setuser/i, re: new RegExp(String.raw`(?<pre>(?:${LEAD}user|\bACL[ \t]+SETUSER)[ \t]+[\w.-]{1,128}(?:[ \t]+[^\s>]{1,64}){0,6}?[ \t]+>)(?<secret>[^\s]{1,256})`, "gmi") },
  // Only a generated or symbol-bearing value: two quoted words on a line are common elsewhere.
  { needle: /"[ \t]+"/, re: new RegExp(String.raw`(?<pre>${LEAD}"[\w.@-]{1,64}"[ \t]+")(?<secret>[^"\s]{8,256})"[ \t]*\r?$`, "gm"), strict: true },
  { needle: /@[\w.-]{1,253}:/, re: new RegExp(String.raw`(?<pre>${LEAD}[\w.-]{1,64}@[\w.-]{1,253}:)(?<secret>[^\s:/@]{8,256})[ \t]*\r?$`, "gm"), strict: true },
];

function password(v: string, strict: boolean): boolean {
  if (v.length < 4 || v.includes(MARKER_PREFIX) || /^[$%]/.test(v) || isPlaceholder(v)) return false;
  if (strict) return looksRandom(v) || (hasPasswordSymbols(v) && /[A-Za-z]/.test(v));
  return !isMadeOfWords(v) || hasPasswordSymbols(v) || /\d/.test(v);
}

export function redactDbConfigs(text: string, tally: Tally): string {
  return cutRuleSecrets(text, RULES, tally, ({ secret }, rule) => password(secret, rule.strict ?? false));
}
