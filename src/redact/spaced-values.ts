// An environment value that is a placeholder followed on its line by one more token that is plainly a password
// (`DB_PASSWORD=changeme Xk9#mP2q…`): the real value pasted beside the template's. Prose after a value is common,
// so only a lone last token that is no word, path, command, comment, variable or `key=value` counts
// (`PGPASSWORD=changeme psql`, `… # set this` stay). One sticky regex over the rest of one line: bounded.
import { hasPasswordSymbols, isMadeOfWords, isPlaceholder, looksRandom } from "./values.js";

const TAIL_RE = /[ \t]+([^\s#$=`'"][^\s=`'"]{7,127})[ \t]*(?:\r?\n|$)/y;

/** The span of such a password after the value at [start, end), or null. */
export function spacedPassword(text: string, start: number, end: number): [number, number] | null {
  if (!isPlaceholder(text.slice(start, end))) return null;
  TAIL_RE.lastIndex = end;
  const m = TAIL_RE.exec(text);
  if (m === null) return null;
  const token = m[1]!;
  if (isMadeOfWords(token) || !(hasPasswordSymbols(token) || looksRandom(token))) return null;
  const at = end + m[0].indexOf(token);
  return [at, at + token.length];
}
