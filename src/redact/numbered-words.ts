// A short number glued before one English-looking word ("1Password", "3scale", "7zip"): the way product names are
// spelled. Prose's loose reading (a value near a keyword, no separator) already spares a word with the number after
// it ("Password1"); this is its mirror. Only English letter pairs count as a word, so "1Kqzvbnrt" stays a value.
import { COMMON_BIGRAMS } from "./bigrams.js";

const NUMBERED_WORD_RE = /^\d{1,3}([A-Z]?[a-z]{3,24})$/;
/** Letter pairs outside English's common ones a word may hold ("sw" of "password", "dp" of "wordpress"). */
const MAX_UNCOMMON_PAIRS = 1;

let commonBigrams: Set<string> | undefined;

export function isNumberedWord(value: string): boolean {
  const word = NUMBERED_WORD_RE.exec(value)?.[1]?.toLowerCase();
  if (word === undefined) return false;
  commonBigrams ??= new Set(COMMON_BIGRAMS.split(/\s+/));
  let uncommon = 0;
  for (let i = 0; i + 1 < word.length; i++) if (!commonBigrams.has(word.slice(i, i + 2))) uncommon++;
  return uncommon <= MAX_UNCOMMON_PAIRS;
}
