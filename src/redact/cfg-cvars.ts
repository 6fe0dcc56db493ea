// Game servers' console-variable files (Source and GoldSrc `server.cfg`, Quake-engine and Call of Duty configs):
// each line is `cvar "value"`, a name and a quoted value with only space between, no `=` or `:` that the
// assignment pass looks for. A password cvar (`rcon_password`, `sv_password`) holds the literal password.
import { LINE_PREFIX_SRC } from "./lines.js";
import { categorize, CODE_WORDS } from "./names.js";
import { cutRuleSecrets } from "./rule-cuts.js";
import { isPlaceholder, MARKER_PREFIX, words, type Tally } from "./values.js";

/** A whole line: the cvar, its quoted value, maybe a `//` comment (also as a diff or log line). */
const RULES = [
  {
    needle: /pass|pw/i,
    re: new RegExp(String.raw`(?<pre>^${LINE_PREFIX_SRC}(?:set[as]?[ \t]+)?(?<name>[A-Za-z_][\w.]{0,63})[ \t]+")(?<secret>[^"\s]{4,128})"[ \t]*(?:\/\/[^\n]*)?\r?$`, "gm"),
  },
];

/** A password, not a reference, a keyword, or the cvar's own name repeated as a label. */
function password(name: string, v: string): boolean {
  if (categorize(name) !== "password" || v.includes(MARKER_PREFIX) || /^[$%]/.test(v) || isPlaceholder(v)) return false;
  if (CODE_WORDS.has(v.toLowerCase())) return false;
  const nameWords = words(name);
  return !words(v).every((w) => nameWords.includes(w));
}

export function redactCvars(text: string, tally: Tally): string {
  return cutRuleSecrets(text, RULES, tally, ({ secret, groups }) => password(groups.name ?? "", secret));
}
