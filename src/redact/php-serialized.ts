// Values in PHP's serialize() format, which WordPress and other PHP apps store in database options and dump into
// SQL: `s:4:"pass";s:16:"…";`, often with escaped quotes inside an SQL string. The name and its value are two
// separate strings, so no assignment rule pairs them: a string under a secret name is cut here.
import { categorize } from "./names.js";
import { acceptStrong } from "./prose.js";
import { isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

/** `s:<n>:"name";s:<n>:"value";`, the quotes escaped or not (the backslash comes from an SQL or JSON string). */
const PAIR_RE = /s:\d{1,4}:(\\?)"([A-Za-z_][\w-]{0,63})\1";s:\d{1,5}:\1"([^"\\\n]{1,512})\1";/dg;

function accepted(value: string, password: boolean): boolean {
  if (value.includes(MARKER_PREFIX) || isPlaceholder(value) || /\s/.test(value)) return false;
  return password ? value.length >= 6 : acceptStrong(value, "token");
}

export function redactPhpSerialized(text: string, tally: Tally): string {
  if (!text.includes(";s:")) return text;
  const cuts: [number, number, string][] = [];
  PAIR_RE.lastIndex = 0;
  for (let m = PAIR_RE.exec(text); m; m = PAIR_RE.exec(text)) {
    // The value may itself be the next pair's name (`s:4:"user";s:4:"pass";s:6:"…";`): resume after this name.
    PAIR_RE.lastIndex = m.indices![2]![1];
    const category = categorize(m[2]!);
    if ((category === "password" || category === "secret") && accepted(m[3]!, category === "password")) cuts.push([...m.indices![3]!, category]);
  }
  return tally.cut(text, cuts, "password");
}
