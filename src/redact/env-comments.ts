// A comment after a password-named setting that hands over another environment's value: `MINIO_ROOT_PASSWORD: x #
// prod: Xk9mP2qLw7Tn4Rb8`, `DB_PASSWORD=dev # real one: …`. The setting holds a dev value; the comment labels a
// second value with the environment it is for. Only a value that is no words, path or placeholder is cut. One bounded
// regex anchored at line starts: linear in the input.
import { categorize } from "./names.js";
import { isMadeOfWords, isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

/** Words naming the environment a value is for. */
const ENV_WORDS = ["prod", "production", "prd", "staging", "stage", "stg", "live", "real"];
/** What a comment may call the value after the environment word: `prod one`, `production password`. */
const VALUE_NOUNS = ["one", "value", "password", "pass", "pw", "secret", "key", "token"];

const SETTING_RE = new RegExp(
  String.raw`^([+\- ]?[ \t]*(?:export[ \t]+)?)([A-Za-z_][\w.-]{0,80})(["']?[ \t]*[:=][ \t]*[^\n#]{0,256}?[ \t](?:#|\/\/)[ \t]*` +
    String.raw`(?:${ENV_WORDS.join("|")})(?:[ \t]+(?:${VALUE_NOUNS.join("|")}))?[ \t]*(?::|=|is|->)[ \t]*)` +
    String.raw`(["'\x60]?)([^\s"'\x60,;]{6,128})\4`,
  "gim",
);

/** A value that could be a password: not a word or a dotted/slashed name, a placeholder, a reference or a marker. */
function isHandedValue(value: string): boolean {
  if (value.startsWith(MARKER_PREFIX) || value.startsWith("$") || value.includes("{") || isPlaceholder(value)) return false;
  return !isMadeOfWords(value);
}

export function redactEnvComments(text: string, tally: Tally): string {
  if (!/#|\/\//.test(text) || !new RegExp(ENV_WORDS.join("|"), "i").test(text)) return text;
  return text.replace(SETTING_RE, (whole, lead: string, name: string, middle: string, quote: string, value: string) => {
    const category = categorize(name);
    if ((category !== "password" && category !== "secret") || !isHandedValue(value)) return whole;
    return `${lead}${name}${middle}${quote}${tally.add(category === "password" ? "password" : "secret", value)}${quote}`;
  });
}
