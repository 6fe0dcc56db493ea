// What an assigned value's shape says about it, apart from its name and syntax (used by assignments.ts): an
// identifier, a sentence, a digest or UUID, a service's hex key.
import { isIdentifierOfWords } from "./entropy.js";
import { APP_PASSWORD_RE, areRandomLetters, isWordLike, words } from "./values.js";

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An identifier a programmer would write: words with at most a short number ("parent2", "userToken"). */
export function isIdentifierShaped(value: string): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(value)) return false;
  // Mixed case that does not split into words ("FoHOkNIUaDsNFp39") is generated, not an identifier.
  if (/[a-z]/.test(value) && /[A-Z]/.test(value) && !isIdentifierOfWords(value)) return false;
  // Nor is a run of letters whose pairs no language spells ("iYiljQdkQpbeenDiftHI" splits into humps all the same).
  if (areRandomLetters(value.replace(/[^A-Za-z]/g, ""))) return false;
  return words(value.replace(/\$/g, "")).every((w) => /^[a-z]+\d{0,3}$/.test(w) && isWordLike(w));
}

/** A quoted value that reads as a sentence (a UI label, an error message) rather than a credential. */
export function isProse(value: string): boolean {
  if (APP_PASSWORD_RE.test(value)) return false;
  // Chinese UI text ("密码长度不能少于 12 位") has no spaces between words.
  // A password may hold Chinese characters among generated ASCII ("9BQi密码12A9Ünïcødé966"): no spaces, letters and digits.
  if ((value.match(/\p{Script=Han}/gu) ?? []).length >= 2) return !(/^\S+$/.test(value) && /[A-Za-z]/.test(value) && (value.match(/\d/g) ?? []).length >= 3 && (value.match(/[A-Za-z0-9]/g) ?? []).length >= 8);
  return /\s/.test(value) && /^[\p{L}][\p{L}\p{M}'’,.!?:;()\- ]*$/u.test(value) && value.split(/\s+/).length >= 2;
}

/** Hex of a digest or commit (a prefix such as "Linux-node-20-" allowed), or a UUID. */
export function isDigestValue(value: string): boolean {
  return /^(?:[A-Za-z0-9._-]*[-_.:])?[0-9a-f]{7,128}$/i.test(value) || UUID_RE.test(value);
}

/**
 * `GEOCODER_KEY = "<32 hex>"`: a constant naming a service's key, holding hex of random bytes (a key is 16 or 32
 * bytes; a digest is 20, 32 or 64 and is named for what it hashes, which DIGEST_WORDS and the non-secret qualifiers
 * already catch). Snake case of one service word (an upper-case constant may qualify it: STEAM_WEB_KEY): a camelCase variable such as `cacheKey` holds a computed value,
 * and `row_key`, `cache_key` are caught as non-secret qualifiers first (Home Assistant's `openweathermap_key:`).
 */
export function isServiceKeyConstant(name: string, value: string): boolean {
  // Either case: C and C++ headers write the hex upper-case (`#define STEAM_WEB_KEY "FC05…"`).
  return /^(?:[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*){0,2}_KEY|[a-z][a-z0-9]*_key)$/.test(name) && /^(?:[0-9a-f]{32}|[0-9a-f]{64}|[0-9A-F]{32}|[0-9A-F]{64})$/.test(value) && new Set(value).size >= 10;
}
