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

/** One word, then a generated token ending the value: a passphrase's generated half (`hello Xk9mP2qLw7Tn4Rb8`). */
const WORD_THEN_TOKEN_RE = /^[ \t]*[A-Za-z]{2,24}[ \t]+([^\s#$=`'"]{12,128})[ \t]*\r?$/;

/**
 * The generated word of a two-word value under a password name (`MINIO_ROOT_PASSWORD: hello Xk9mP2qLw7Tn4Rb8`), or
 * null. A sentence (`see the vault`) has more words and no generated one, so it stays.
 */
export function wordThenPassword(text: string, start: number, end: number): [number, number] | null {
  const m = WORD_THEN_TOKEN_RE.exec(text.slice(start, end));
  if (m === null) return null;
  const token = m[1]!;
  if (!/\d/.test(token) || !/[A-Za-z]/.test(token) || isMadeOfWords(token) || isPlaceholder(token) || !looksRandom(token)) return null;
  const at = start + m[0].lastIndexOf(token);
  return [at, at + token.length];
}
