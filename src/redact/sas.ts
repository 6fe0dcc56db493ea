// SAS macro variables named for a secret and set to a literal: `%let dbpass = Tr0ub4dor3;` (a `%str(…)` quoting
// function around it is still the literal). A macro call (`%sysget(DB_PASS)`), a reference (`&other`) or a
// placeholder is where the value comes from, not the value. SAS's encoded passwords (`{SAS002}…`) are accepted as
// the password itself, so they go too. One bounded regex: linear.
import { categorize } from "./names.js";
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

const LET_RE = /(%let[ \t]+([A-Za-z_]\w{0,31})[ \t]*=[ \t]*)([^;\n]{1,256});/gi;
/** Macro quoting functions, which pass their argument through as text. */
const QUOTING_RE = /^(%(?:str|nrstr|quote|nrquote|bquote|nrbquote)\([ \t]*)(.*?)([ \t]*\))$/i;

/** The literal of a %let value as [offset, literal], or null when the value is computed or referenced. */
function literalOf(value: string): [number, string] | null {
  const quoted = QUOTING_RE.exec(value);
  const [at, literal] = quoted ? [quoted[1]!.length, quoted[2]!] : [0, value];
  if (/^[%&]/.test(literal) || literal.includes(MARKER_PREFIX) || isPlaceholder(literal.replace(/^(["'])(.*)\1$/, "$2"))) return null;
  return [at, literal];
}

export function redactSasLets(text: string, tally: Tally): string {
  if (!/%let/i.test(text)) return text;
  return text.replace(LET_RE, (match: string, lead: string, name: string, raw: string) => {
    const category = categorize(name);
    const value = raw.trimEnd();
    const literal = category === null ? null : literalOf(value);
    if (literal === null || (category === "weak" && !looksRandom(literal[1])) || literal[1].length < 4) return match;
    const [at, secret] = literal;
    return `${lead}${value.slice(0, at)}${tally.add("password", secret)}${value.slice(at + secret.length)}${raw.slice(value.length)};`;
  });
}
