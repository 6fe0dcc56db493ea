// Passwords handed over after a password keyword that hold no digit: people and generators also make them of
// letters only ("EVLNwkBmysHufV", a carrier's SIP trunk password) or of letters and symbols ("YC!JN^oMMTGKDJ").
// Prose's general check wants a digit or 16 mixed-case letters, since shorter letter runs are mostly words; right
// after "密码" / "password" and its separator these shapes are no word.
import { areRandomLetters, isMadeOfWords, isPlaceholder } from "./values.js";

/** Keywords that name a password itself (not a token or a setting, whose values may be words). */
const PASSWORD_KEYWORD_RE = /^(?:pass(?:word|wd)s?|pwd|pw)$|密码|口令/i;
/** Symbols that never join names, paths or versions; one between letters on each side, twice or more. */
const INNER_SYMBOLS_RE = /[A-Za-z][!#$%^&*+=~]+(?=[A-Za-z])/g;

/** Mixed-case letters that do not split into words, or letters with password symbols between them. */
export function isLetterPassword(value: string, keyword: string): boolean {
  if (!PASSWORD_KEYWORD_RE.test(keyword) || value.length < 10 || value.length > 64 || isPlaceholder(value)) return false;
  if (/^[A-Za-z]+$/.test(value)) return /[a-z]/.test(value) && /[A-Z]/.test(value) && !isMadeOfWords(value);
  if (!/^[A-Za-z!#$%^&*+=~]+$/.test(value)) return false;
  return (value.match(INNER_SYMBOLS_RE)?.length ?? 0) >= 2;
}

/** Below this a capitalised run of letters may be a short type name; generated keys are longer. */
const LETTER_KEY_MIN = 16;

/**
 * A long run of mixed-case letters that splits into no words and whose letter pairs are uncommon: a generated key
 * without digits (Alibaba's accessKeySecret may be letters only), never a type name (`password: PasswordHash`).
 */
export function isRandomLetterRun(value: string): boolean {
  return value.length >= LETTER_KEY_MIN && /^[A-Za-z]+$/.test(value) && !isMadeOfWords(value) && areRandomLetters(value);
}
