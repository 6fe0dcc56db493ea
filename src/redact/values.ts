// Judging a candidate value: is it a placeholder or reference (keep it), and does it look random like a key?
// Values reaching these functions are bounded (at most a few KiB), so per-value work is constant.
import { COMMON_BIGRAMS } from "./bigrams.js";
import { isPublicByDesign } from "./public-values.js";

export const MARKER_PREFIX = "[REDACTED:";

function marker(kind: string): string {
  return `${MARKER_PREFIX}${kind}]`;
}

/** Counts replacements per kind while the rules run, and keeps the values cut so their repeats can go too. */
export class Tally {
  count = 0;
  readonly kinds: Record<string, number> = {};
  /** Each value replaced, as detectors report it, with the kind it was cut as (see repeats.ts). */
  readonly values = new Map<string, string>();
  add(kind: string, ...values: string[]): string {
    this.count++;
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
    for (const v of values) if (!this.values.has(v)) this.values.set(v, kind);
    return marker(kind);
  }

  /**
   * `text` with every range in `cuts` replaced by one marker of its own kind (a third element) or else of `kind`, in
   * text order; a range starting inside one already cut is dropped. For detectors that collect ranges before they
   * replace.
   */
  cut(text: string, cuts: [number, number, string?][], kind: string): string {
    if (cuts.length === 0) return text;
    cuts.sort((a, b) => a[0] - b[0]);
    let out = "";
    let last = 0;
    for (const [start, end, own] of cuts) {
      if (start < last) continue;
      out += text.slice(last, start) + this.add(own ?? kind, text.slice(start, end));
      last = end;
    }
    return out + text.slice(last);
  }
}

const PLACEHOLDER_WORDS = new Set([
  "changeme",
  "changeit",
  "password",
  "passwd",
  "secret",
  "token",
  "apikey",
  "key",
  "example",
  "sample",
  "placeholder",
  "redacted",
  "dummy",
  "fake",
  "test",
  "todo",
  "tbd",
  "none",
  "null",
  "nil",
  "undefined",
  "true",
  "false",
  "foo",
  "bar",
  "baz",
  "foobar",
  "string",
  "required",
  "optional",
  "notset",
  "unset",
  "empty",
  "default",
  "secretkey",
  "accesstoken",
  "xxx",
  // What a test calls the value it sends on purpose: the wrong password, an invalid token.
  "wrong",
  "incorrect",
  "invalid",
  "bogus",
]);

/**
 * The instruction a template gives for the value ("generate-with-openssl-rand-hex-32", "set-me", "fill_in_later"):
 * a verb, a word that only an instruction puts there, and then nothing or words naming what to put (a phrase such
 * as "use-the-force-luke" is someone's passphrase).
 */
const INSTRUCTION_RE = /^(?:generate|set|fill|put|use|add|create)[-_ .](?:with|me|this|it|in|your|a|an|the|using|via|from|by|own|real|later)(?:[-_ .](.{1,80}))?$/i;
const INSTRUCTION_OBJECTS = new Set([
  "me", "later", "here", "own", "real", "your", "a", "an", "the", "one", "new", "random", "strong", "long", "secure", "unique",
  "value", "values", "string", "key", "secret", "password", "token", "openssl", "rand", "hex", "base64", "pwgen", "uuidgen",
  "uuid", "bytes", "chars", "characters", "bit", "bits", "generated", "generator", "in", "with", "of", "at", "least",
]);

function isInstruction(t: string): boolean {
  const m = INSTRUCTION_RE.exec(t);
  return m !== null && (m[1] === undefined || m[1].toLowerCase().split(/[-_ .]/).every((w) => INSTRUCTION_OBJECTS.has(w) || /^\d{1,4}$/.test(w)));
}

/**
 * A note left where the value goes ("TODO-set-in-vault", "to-be-filled"): words after the note's word (random
 * letters are a value), and after "to be" a participle ("to-be-or-not-to-be" is someone's passphrase).
 */
const NOTE_RE = /^(?:(?:todo|tbd|fixme)[-_ .:]+|to[-_ .]be[-_ .])([A-Za-z]+)(?:[-_ .][A-Za-z]+){0,6}$/i;
const PARTICIPLE_RE = /^(?:[a-z]{2,}ed|set|done|given|made|put|chosen|written|known)$/i;

function isNote(t: string): boolean {
  const m = NOTE_RE.exec(t);
  if (m === null || !isMadeOfWords(t)) return false;
  return !/^to[-_ .]be/i.test(t) || PARTICIPLE_RE.test(m[1]!);
}
/**
 * A deploy tool's token for a value it substitutes (`@@DB_PASSWORD@@`, `[[DB_PASSWORD]]`, Symfony's
 * `%env(DB_PASSWORD)%`): its grammar around a name made of words.
 */
const SUBSTITUTION_RE = /^(?:@@([A-Za-z_][\w.-]{0,64})@@|\[\[ ?([A-Za-z_][\w.-]{0,64}) ?\]\]|%env\((?:[a-z]{1,16}:){0,3}([A-Za-z_]\w{0,64})\)%)$/;

function isSubstitution(t: string): boolean {
  const m = SUBSTITUTION_RE.exec(t);
  if (m === null) return false;
  const name = m[1] ?? m[2] ?? m[3]!;
  // Digits glued to a word end a person's password ("[[Monkey123]]", "@@Dragon99@@"), not a variable's name.
  return isMadeOfWords(name) && !/[A-Za-z]\d{2,}$/.test(name);
}

/** A file's path (`/run/secrets/db_password`, `~/.config/app/token`): where the value is read from. */
const FILE_PATH_RE = /^(?:~|\.{1,2})?\/(?:[\w.-]{1,64}\/){1,16}[\w.-]{1,64}$/;

/** A path of two segments or more, each made of words: a generated value is no segment of it. */
function isFilePath(t: string): boolean {
  return FILE_PATH_RE.test(t) && t.split("/").every((segment) => isMadeOfWords(segment) && !looksRandom(segment));
}

/** Nothing but stock words joined ("test-token", "dummy_secret", "fake.api.key"): a word may hold no secret. */
function isStockWords(t: string): boolean {
  const parts = t.toLowerCase().split(/[-_ .]/);
  return parts.length >= 2 && parts.length <= 6 && parts.every((p) => PLACEHOLDER_WORDS.has(p));
}

/**
 * Credentials published in AWS's documentation as examples: public constants copied into docs and tests, never
 * valid keys, so keeping them leaks nothing.
 */
const DOCUMENTED_EXAMPLE_KEYS = new Set([
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "AKIAI44QH8DHBEXAMPLE",
  "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
]);

/** Another tool's mark for a removed value: "[REDACTED]", "[FILTERED]", "[masked]", "<hidden>". */
const REDACTION_MARK_RE = /^[[<(](?:redacted|filtered|masked|hidden|removed|omitted|sensitive|secret)(?:[:=][^\]>)]*)?[\]>)]$/i;
/** Such a mark as a whole value: its closing quote, a separator, the line's end or the next `key=` (logfmt) follows. */
const MARKED_VALUE_RE = /^[[<(](?:redacted|filtered|masked|hidden|removed|omitted|sensitive)(?:[:=][^\]>)\n]{0,64})?[\]>)]["'`]?[ \t]*(?:[,;})\]\r\n]|$|[\w.-]{1,64}[=:])/i;

/** Whether `text` starts with another tool's mark standing for a whole value (`[REDACTED]"},…`): nothing to find. */
export function startsWithMarkedValue(text: string): boolean {
  return MARKED_VALUE_RE.test(text);
}

/**
 * Where a secret manager keeps the value, not the value: Vault (`vault:secret/data/db#password`), 1Password
 * (`op://vault/item/field`), vals (`ref+awssecrets://…`), AWS Secrets Manager and SSM ARNs, GCP Secret Manager
 * resource names, Azure Key Vault secret URLs, and the `scheme:` forms of external-secrets style operators.
 */
const SECRET_REFERENCE_RE =
  /^(?:vault:[\w/.-]|op:\/\/|ref\+[a-z0-9]+:\/\/|arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|(?:awssm|awsssm|gcpsm|azkv|akv|sops|doppler|infisical):\/?\/?[\w]|projects\/[\w-]+\/secrets\/[\w-]+|https:\/\/[\w-]+\.vault\.azure\.net\/secrets\/)/i;

/**
 * A generated password that happens to hold `%s` or `%d` ("F9Q~e-kg+K-x+iOP-C%s"): without its fields, still twelve
 * characters or more of all four classes and no space, which a format string ("%s:%s", "user-%d") never is.
 */
function generatedAround(t: string): boolean {
  const rest = t.replace(/%[sdr]/g, "");
  return rest.length >= 12 && !/\s/.test(rest) && /[a-z]/.test(rest) && /[A-Z]/.test(rest) && /\d/.test(rest) && /[^A-Za-z0-9]/.test(rest);
}

/**
 * Placeholders and references that must survive: `<your-key>`, `${ENV}`, `$VAR`, `%VAR%`, `{{ var }}`, `{var}`, `%s`,
 * `$(cmd)`, `#{ruby}`, `%(name)s`, runs of one character (`xxxx`, `****`), `...`, and stock words such as
 * "changeme", "your-api-key", "api-key-here", "example-token".
 */
export function isPlaceholder(value: string): boolean {
  if (value.length > JUDGED_MAX) return judgePlaceholder(value);
  const hit = judged.get(value);
  if (hit !== undefined) return hit;
  if (judged.size >= JUDGED_SIZE) judged.clear();
  const placeholder = judgePlaceholder(value);
  judged.set(value, placeholder);
  return placeholder;
}

/**
 * Candidate values are judged again by pass after pass (and again in the redaction of a decoded part): each is
 * judged once, the way names.ts categorizes names; bounded, cleared when full.
 */
const judged = new Map<string, boolean>();
const JUDGED_SIZE = 4096;
const JUDGED_MAX = 256;

function judgePlaceholder(value: string): boolean {
  const t = value.trim();
  if (t === "") return true;
  if (t.includes(MARKER_PREFIX) || DOCUMENTED_EXAMPLE_KEYS.has(t)) return true;
  if (REDACTION_MARK_RE.test(t) || SECRET_REFERENCE_RE.test(t)) return true;
  if (/^<[^<>]*>$/.test(t)) return true;
  // "<your" of "<your key>" (or "<你的微信" of "<你的微信 AppSecret>") cut at the space by a shell-style value.
  if (/^<\p{L}[^<>\s]*$/u.test(t)) return true;
  // Python's `%(name)s` only with its name and conversion: a bare `%(` also turns up in generated salts.
  if (/\$\{|\{\{|\$\(|#\{|%\([A-Za-z_]\w*\)[sdifr]/.test(t)) return true;
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(t) || /^%[A-Za-z_][A-Za-z0-9_]*%$/.test(t)) return true;
  // Format fields: f"{self.password}", "{password}", "{}:{}", "%s:%s".
  // A `%s` glued to letters or digits ("SSQP%sY2…") is part of a generated value, not a format field.
  if (/^\{[A-Za-z_][\w.]*\}$/.test(t) || /\{\d*\}/.test(t) || (/%[sdr](?![A-Za-z0-9])/.test(t) && !generatedAround(t))) return true;
  if (/^(.)\1*$/s.test(t) || t === "…") return true;
  // Chinese words stand for the value ("你的密钥", "在这里填写"): generated secrets are ASCII.
  if (/^[\p{Script=Han}，。、：（）【】 ]+$/u.test(t)) return true;
  if (/x{4,}|X{4,}|\*{3,}|\.{3}|…/.test(t)) return true;
  if (PLACEHOLDER_WORDS.has(t.toLowerCase().replace(/[-_ .]/g, "")) || isStockWords(t) || isInstruction(t) || isNote(t) || isSubstitution(t) || isFilePath(t)) return true;
  // Case matters after the word: "yourApiKey" is a placeholder, a random "yOUrfq7r…" is not.
  if (/^(?:[Yy]our|[Ii]nsert|[Ee]nter|[Rr]eplace|[Pp]aste)(?:[-_ .]|[A-Z])/.test(t) || /^(?:YOUR|INSERT|ENTER|REPLACE|PASTE)[-_ .]/.test(t)) return true;
  // "change-me-on-first-login": the instruction is the value.
  if (/(?:^|[-_ .])(?:here|placeholder|example|sample|dummy|fake|change[-_ .]?me)(?:$|[-_ .])/i.test(t)) return true;
  return false;
}

/**
 * Identifiers that are public by design though they look generated: an Ethereum address (a contract or account,
 * on-chain for anyone to read; private keys are 64 hex), an AWS ARN (names a resource, grants nothing), Stripe
 * object ids and Mapbox public tokens.
 */
export function isPublicIdentifier(value: string): boolean {
  return /^0x[0-9a-fA-F]{40}$/.test(value) || /^arn:aws[\w-]*:[\w-]+:/.test(value) || isPublicByDesign(value);
}

/** A keyword at `at` that is a segment of an ARN or URN ("arn:aws:secretsmanager:…:secret:prod/db") names a resource. */
export function inResourceName(text: string, at: number): boolean {
  return text[at - 1] === ":" && /(?:arn|urn):[^\s"'`]{0,80}$/.test(text.slice(Math.max(0, at - 96), at));
}

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Lower-case words of an identifier: snake, kebab, dotted and camel case ("parseJSONValue" → parse, json, value). */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_.\-]+/)
    .filter((w) => w !== "")
    .map((w) => w.toLowerCase());
}

let commonBigrams: Set<string> | undefined;
const RANDOM_LETTERS_MIN = 12;
/** Share of uncommon pairs from which a run of letters is random: words stay under it (~0.05 on average). */
const UNCOMMON_PAIRS_SHARE = 0.35;

/**
 * A long run of one-case letters that no language of code would spell: most of its letter pairs are uncommon in
 * English ("iylyovepkebvydah" 0.47, "authentication" 0). Random 16-letter runs pass ~90 % of the time.
 */
export function areRandomLetters(letters: string): boolean {
  // Random runs use most of the alphabet; "xxxxxxxxxxxxxxxx" is a placeholder.
  if (letters.length < RANDOM_LETTERS_MIN || new Set(letters.toLowerCase()).size * 2 < letters.length) return false;
  commonBigrams ??= new Set(COMMON_BIGRAMS.split(/\s+/));
  const lower = letters.toLowerCase();
  let uncommon = 0;
  for (let i = 0; i + 1 < lower.length; i++) if (!commonBigrams.has(lower.slice(i, i + 2))) uncommon++;
  return uncommon / (lower.length - 1) >= UNCOMMON_PAIRS_SHARE;
}

/**
 * Words and numbers glued the way people make a password ("Summer2024Acme", "CompanyPassword2024ABC"): a word of
 * four letters or more, every run of three or more letters made of common letter pairs, and at most one short run
 * ("My", an acronym). Random keys break into many short runs or uncommon pairs ("4iulJDYotNznTk").
 */
export function isWordsAndNumbers(value: string): boolean {
  commonBigrams ??= new Set(COMMON_BIGRAMS.split(/\s+/));
  const runs = value.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z]+/).filter((r) => r !== "");
  const isShort = (r: string) => r.length < 3 || (r.length <= 4 && r === r.toUpperCase());
  const long = runs.filter((r) => !isShort(r)).map((r) => r.toLowerCase());
  const common = (r: string) => {
    let uncommon = 0;
    for (let i = 0; i + 1 < r.length; i++) if (!commonBigrams!.has(r.slice(i, i + 2))) uncommon++;
    return uncommon * 3 <= r.length - 1;
  };
  return runs.length - long.length <= 1 && long.some((r) => r.length >= 4) && long.every(common);
}

/**
 * A piece of text as people write it: lower, UPPER, Capitalised, or camel case of real-length words
 * ("InterpolationInJSX"), maybe with a short number. Random letters ("qwXzTbnMk") split into tiny "words".
 */
export function isWordLike(piece: string): boolean {
  if (/^\d{1,4}$/.test(piece)) return true;
  const m = /^([A-Za-z]+)\d{0,3}$/.exec(piece);
  if (!m) return false;
  const letters = m[1]!;
  if (letters === letters.toLowerCase() || letters === letters.toUpperCase()) return !areRandomLetters(letters);
  if (/^[A-Z][a-z]+$/.test(letters)) return true;
  const parts = letters.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(" ");
  // Random mixed case also splits into camel humps ("iYiljQdkQpbeenDiftHI"); its letter pairs give it away.
  return parts.length * 3 <= letters.length && parts.every((w) => /^(?:[A-Z]?[a-z]+|[A-Z]+)$/.test(w)) && !areRandomLetters(letters);
}

/** True when every alphanumeric piece of `value` is word-like: "app_settings_v2", "Access-Control-Max-Age". */
export function isMadeOfWords(value: string): boolean {
  return value.split(/[^A-Za-z0-9]+/).every((p) => p === "" || isWordLike(p));
}

/**
 * Words joined by separators and ending in a number ("meadow_walnut_cobalt61", "pepper.zephyr.quartz94"), or with
 * the number glued to an earlier word of four letters or more ("Copper1577.quill", "maple42-orbit"): the passphrase
 * shapes password managers and people produce. Only meaningful where a keyword names a password, since outside one
 * it is also the shape of a member path or a package name. An algorithm's short name ("sha256.digest") is no word.
 */
export function isPassphrase(value: string): boolean {
  if (value.length > 48) return false;
  return /^[A-Za-z]{2,}(?:[-_.][A-Za-z]{2,}){1,5}[-_.]?\d{2,4}$/.test(value) || GLUED_NUMBER_PASSPHRASE_RE.test(value);
}

/** The number glued to a word mid-passphrase; a type or an encoding with its width ("base64.encode", "int32.max") is code. */
const GLUED_NUMBER_PASSPHRASE_RE = /^(?:[A-Za-z]{2,}[-_.]){0,4}(?!(?:base|int|uint|float|ascii|latin|bits)\d)[A-Za-z]{4,}\d{2,4}(?:[-_.][A-Za-z]{2,}){1,5}$/i;

/** Mail app passwords (Google's "abcd efgh ijkl mnop") are four random groups of letters with spaces between. */
export const APP_PASSWORD_RE = /^[a-z]{4}(?: [a-z]{4}){3}$/;

/**
 * A number and a symbol that never joins names ("Maple10*galaxy", "qaz123!@#919"): a person's password even when
 * its letters are words. Separators of names, paths, hosts and versions (`-_./:@`) do not count.
 */
export function hasPasswordSymbols(value: string): boolean {
  return /\d/.test(value) && /[!#$%^&*+=~?]/.test(value) && !/\s/.test(value);
}

/**
 * Generated from every printable character (WordPress salts, Django's SECRET_KEY): the brackets, commas and
 * quotes-free punctuation that looksRandom takes for code are part of the value. Long, all four classes, several
 * symbols, high entropy.
 */
export function looksGenerated(value: string): boolean {
  if (value.length < 32 || value.length > 512 || /["'`\\\n\t]|^ | $/.test(value)) return false;
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/\d/.test(value)) return false;
  return value.replace(/[A-Za-z0-9]/g, "").length >= 4 && entropy(value) >= 4.5 && !isMadeOfWords(value);
}

/**
 * True for strings shaped like generated keys: at least 16 characters, no whitespace or code punctuation, mixed
 * character classes, high Shannon entropy, and not just words joined by punctuation.
 */
export function looksRandom(value: string): boolean {
  if (value.length < 16 || value.length > 4096 || /[\s()[\]{}<>,;'"`]/.test(value)) return false;
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  if (classes < 2) return false;
  if (entropy(value) < 3) return false;
  return !isMadeOfWords(value);
}
