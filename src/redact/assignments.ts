// Values assigned to secret-looking names, in .env, YAML, JSON, TOML/INI, properties, code, CLI flags, URL
// queries and XML. A single regex finds the secret words; everything else is bounded scanning around each hit,
// so the pass is linear. The name decides how suspicious a value is; the surrounding syntax decides whether an
// unquoted value is a literal (.env, YAML) or code (a variable, a call, a type annotation) that must stay.
import { isIdentifierOfWords } from "./entropy.js";
import { isHandSetSecret } from "./hand-secrets.js";
import { LINE_PREFIX_SRC } from "./lines.js";
import { isRandomLetterRun } from "./letter-passwords.js";
import { keptTest } from "./public-values.js";
import { CharCounts, RunEnds } from "./runs.js";
import { unmarked } from "./shield.js";
import { spacedPassword, wordThenPassword } from "./spaced-values.js";
import { isDigestValue, isIdentifierShaped, isProse, isServiceKeyConstant, UUID_RE } from "./value-shapes.js";
import { isVendorWeakName, VENDOR_KEYWORD_SRC } from "./vendor-names.js";
import { type Category, categorize, CODE_WORDS, DIGEST_WORDS, hasOnlyShortPasswordWord, namesPiece, NON_SECRET_KEY_QUALIFIERS } from "./names.js";
import { APP_PASSWORD_RE, hasPasswordSymbols, inResourceName, isMadeOfWords, isPassphrase, isPlaceholder, isPublicIdentifier, looksGenerated, looksRandom, MARKER_PREFIX, words, type Tally } from "./values.js";

/**
 * A word that may make a name secret; the vendor words stand for names listed in vendor-names.ts. A `pw` ending a
 * name is a glued short form (ROOTPW, kamctlrc's DBRWPW).
 */
const KEYWORD_RE = new RegExp(`pass(?:word|wd|phrase)?|pwd|pw(?![a-z])|psk|secret|token|credential|creds|auth|key|pat|mnemonic|login|account|pepper|salt|pin|${VENDOR_KEYWORD_SRC}`, "gi");
const MAX_NAME = 128;
/**
 * A `key=value` pair and a space right before a name, on its line; not code's keyword arguments (`secure=False,`),
 * whose values end in a comma or hold brackets and quotes.
 */
const KEY_VALUE_BEFORE_RE = /(?:^|[ \t])[A-Za-z_][\w.-]{0,63}=[^\s=,;()[\]{}"']{1,128}[ \t]+$/;
const MAX_VALUE = 4096;
/** Unquoted value characters: code ends a value at whitespace and punctuation, shell (env) at whitespace only. */
const INLINE_RUN_RE = new RegExp(`[^\\s,;)}\\]"'\`]{0,${MAX_VALUE}}`, "y");
const ENV_RUN_RE = new RegExp(`[^\\s\`]{0,${MAX_VALUE}}`, "y");
/** The entropy in bits per character below which looksRandom (values.ts) rejects a value. */
const RANDOM_BITS = 3;
/** An unquoted inline value longer than a UUID or a passphrase is kept unless it looks random (see decide). */
const MAX_SHAPED = 48;

interface Scans {
  inline: RunEnds;
  env: RunEnds;
  counts: CharCounts;
}

function isIdentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

type Context = "line" | "env" | "query" | "connection" | "flag" | "quoted-header" | "npmrc" | "inline";

interface Value {
  start: number;
  end: number;
  quoted: boolean;
}

/**
 * Before a name that starts a line: a diff marker or log prefix, a shell or Dockerfile keyword, a YAML list dash, or
 * the namespace of a Pulumi stack's config key (`app:dbPassword: …`, `aws:secretKey: …`).
 */
const LINE_START_RE = new RegExp(`^${LINE_PREFIX_SRC}(?:(?:export|set|setx|declare|local|readonly|ENV|ARG)[ \\t]+|-[ \\t]+|[a-z][\\w-]{0,63}:)?["']?$`);

/** Where the name sits decides whether an unquoted value is a literal. */
function contextOf(text: string, start: number, flag: boolean): Context {
  if (flag) return "flag";
  const before = text.charCodeAt(start - 1);
  if (before === 63 /* ? */ || before === 38 /* & */) return "query";
  if (before === 59 /* ; */) return "connection";
  if (before === 58 /* : */ && text.charCodeAt(start - 2) === 47 /* / */) return "npmrc";
  // Look back at most 64 characters for the line start (lastIndexOf could scan a long line once per name).
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 64 && text[lineStart - 1] !== "\n") lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== "\n") return "inline";
  const prefix = text.slice(lineStart, start);
  return LINE_START_RE.test(prefix) ? "line" : "inline";
}

/**
 * A type annotation between a name and its `=`: Python and pydantic `db_password: str = "…"`, TypeScript, Kotlin and
 * Swift `password: String = "…"`, Rust `const SECRET: &str = "…"` / `&'static str`, `Optional[str]`, `str | None`.
 * Code always spaces the `=`, which keeps a YAML value holding `=` (`password: abc=def`) whole.
 */
const TYPED_RE =
  /^[ \t]*:[ \t]*(?:&(?:'\w{1,16}[ \t]+)?(?:mut[ \t]+)?)?[A-Za-z_][\w.:]{0,40}(?:<[^<>=\n]{0,40}>|\[[^[\]=\n]{0,40}\])?[!?]?(?:[ \t]*\|[ \t]*[A-Za-z_][\w.]{0,20}){0,3}[ \t]+(?==(?![=>~]))/;

/** Parses `[quote][sep]value` after a name ending at `pos`; null when what follows is not an assignment. */
function parseValue(text: string, nameStart: number, pos: number, context: Context, scans: Scans): Value | null {
  const openQuote = text[nameStart - 1];
  let p = pos;
  p += TYPED_RE.exec(text.slice(p, p + 128))?.[0].length ?? 0;
  if ((openQuote === '"' || openQuote === "'") && text[p] === openQuote) {
    p++;
    if (text[nameStart - 2] === "[" && text[p] === "]") p++;
  }
  if (openQuote === "<" && text[p] === ">") return xmlValue(text, p + 1, text.slice(nameStart, pos));
  const spaceStart = p;
  while (p - spaceStart < 16 && (text[p] === " " || text[p] === "\t")) p++;
  const spaced = p > spaceStart;
  const c = text[p];
  const n = text[p + 1];
  let sep = 0;
  if (c === ":" && n === "=") sep = 2;
  else if (c === "=" && n === ">") sep = 2;
  else if (c === "=" && n !== "=" && n !== "~") sep = 1;
  // Makefile's conditional assignment: `API_KEY ?= …`.
  else if (c === "?" && n === "=") sep = 2;
  else if (c === ":" && n !== ":") sep = 1;
  // `--password hunter2`: a flag takes its value after whitespace.
  else if (context === "flag" && spaced && c !== undefined && c !== "-" && c !== "\n" && c !== "\r") sep = 0;
  else return null;
  p += sep;
  const afterSep = p;
  while (p - afterSep < 64 && (text[p] === " " || text[p] === "\t")) p++;
  if (/^[bBrRuU]{1,2}["']/.test(text.slice(p, p + 3))) p += /^[bBrRuU]{2}/.test(text.slice(p, p + 2)) ? 2 : 1;
  const q = text[p];
  if (q === '"' || q === "'" || q === "`") {
    const close = closingQuote(text, p + 1, q);
    if (close === -1) return null;
    // The shell joins a quoted piece and what is glued after it into one word (`PASS="changeme"Xk9#…`); a comma
    // separates entries (supervisor's `environment=A="x",B="1"`).
    if (context === "env" && /[^\s;|&()<>`,]/.test(text[close + 1] ?? " ")) return { start: p + 1, end: scans.env.at(close + 1), quoted: false };
    return { start: p + 1, end: close, quoted: true };
  }
  return unquotedValue(text, p, context, openQuote, scans);
}

function closingQuote(text: string, from: number, quote: string): number {
  const limit = Math.min(text.length, from + MAX_VALUE);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    // YAML and SQL double a single quote inside a single-quoted value (`'tCjj''x'`): the value goes on.
    else if (ch === quote && quote === "'" && text[i + 1] === "'" && i > from) i++;
    else if (ch === quote) return i;
    else if (ch === "\n") return -1;
  }
  return -1;
}

/** `<password>value</password>` on one line; the value may not contain markup. */
function xmlValue(text: string, from: number, tag: string): Value | null {
  const limit = Math.min(text.length, from + 1024);
  let close = from;
  while (close < limit && text[close] !== "<" && text[close] !== "\n") close++;
  return text.startsWith(`</${tag}>`, close) ? { start: from, end: close, quoted: true } : null;
}

function unquotedValue(text: string, from: number, context: Context, openQuote: string | undefined, scans: Scans): Value | null {
  const limit = Math.min(text.length, from + MAX_VALUE);
  let end = from;
  if (context === "query") {
    while (end < limit && !/[&;#\s"'<>]/.test(text[end]!)) end++;
  } else if (context === "connection") {
    // ODBC quotes a value holding `;` in braces: PWD={a;b}.
    if (text[from] === "{") {
      const close = text.indexOf("}", from);
      if (close !== -1 && close < limit && !text.slice(from, close).includes("\n")) return { start: from + 1, end: close, quoted: true };
    }
    // Server=…;Password=…; — passwords may hold anything but the separator and the enclosing quotes.
    while (end < limit && !/[;"'\r\n]/.test(text[end]!)) end++;
  } else if (context === "env") {
    // Shell semantics: `PGPASSWORD=… psql` — the value ends at whitespace, or at the backtick closing inline code
    // in Markdown (`export TOKEN=<token>`).
    end = scans.env.at(from);
  } else if (context === "quoted-header") {
    while (end < limit && text[end] !== openQuote && text[end] !== "\n") end++;
  } else if (context === "line" || context === "npmrc") {
    while (end < limit && text[end] !== "\n" && text[end] !== "\r") end++;
    const raw = text.slice(from, end);
    const comment = /[ \t](?:#|\/\/)/.exec(raw);
    let value = (comment ? raw.slice(0, comment.index) : raw).trimEnd();
    if (/[,;]$/.test(value)) value = value.slice(0, -1);
    end = from + value.length;
  } else {
    end = scans.inline.at(from);
  }
  // An unquoted app password keeps its spaces (`SMTP_PASS=abcd efgh ijkl mnop`): the three groups after the first.
  if (end - from === 4 && /^[a-z]{4}$/.test(text.slice(from, end))) {
    APP_PASSWORD_TAIL_RE.lastIndex = end;
    if (APP_PASSWORD_TAIL_RE.test(text)) end = APP_PASSWORD_TAIL_RE.lastIndex;
  }
  return end > from ? { start: from, end, quoted: false } : null;
}

const APP_PASSWORD_TAIL_RE = /(?: [a-z]{4}){3}(?=[ \t]*(?:[\r\n#]|$))/y;

/**
 * `secret = Buffer.from("…", "hex")`, `api_key = String::from("…")`, `jwtKey = []byte("…")`: a literal wrapped in a
 * call or a conversion is the value.
 * Look-ups such as `os.getenv("API_KEY")` pass their literal on too; it is a name, made of words, and stays.
 */
function literalArgument(text: string, v: Value): Value | null {
  if (v.quoted) return null;
  // Go converts in place: `var jwtKey = []byte("…")` (the value's run stops at the `]`).
  const open = GO_CONVERSION_RE.test(text.slice(v.start, v.start + 8)) ? text.indexOf("(", v.start) + 1 : /^[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)*\($/.test(text.slice(v.start, v.end)) ? v.end : -1;
  const q = text[open];
  if (open === -1 || (q !== '"' && q !== "'" && q !== "`")) return null;
  const close = closingQuote(text, open + 1, q);
  return close === -1 ? null : { start: open + 1, end: close, quoted: true };
}

const GO_CONVERSION_RE = /^\[\](?:byte|rune)\(/;

interface Syntax {
  context: Context;
  sepIsColon: boolean;
  /** `name = value` with a space before `=`: code style (Python, JS), or an INI file. */
  spacedEquals: boolean;
  /** The value is followed by `,` or `;`: a line of code or a literal in code. */
  codeTerminated: boolean;
}

/** Unquoted text that is code: a call, an index, an object, a variable, a member path, a YAML alias or tag. */
function isCodeValue(marked: string, name: string, syntax: Syntax): boolean {
  const value = unmarked(marked);
  // `$` marks code only as a sigil or interpolation ($var, ${…}, $(…)); "Tr0ub4dor$99" is a password.
  if (/[([{<]|^\$|\$[{(A-Za-z_]|->|::/.test(value)) return true;
  if (/^[*&!@%|>]/.test(value)) return true;
  // GraphQL and TypeScript types too: `password: String!`, `pin: Int?`.
  if (CODE_WORDS.has(value.toLowerCase().replace(/[!?]$/, ""))) return true;
  if (syntax.sepIsColon && /^(?:String|Int|Float|Boolean|ID|Date|DateTime|JSON|Upload)[!?]$/.test(value)) return true;
  // A member path is made of names; "Q.m1G.w1fgRPvjFipOs.zrgE" and Vault's `s.dnbqUDWQYiNeGyLMOLdVazOu` are generated.
  // In a properties file (`signing.password=wusun474.JZ07`) a dotted value with digits is the literal itself.
  const propertiesName = name.includes(".") && !/^(?:self|this|cls|that)\./.test(name) && !syntax.spacedEquals;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return !(propertiesName && /\d/.test(value)) && value.split(".").every((seg) => seg.length <= 3 || isMadeOfWords(seg) || isIdentifierOfWords(seg));
  if (!/^[A-Za-z_$][\w$]*$/.test(value)) return false;
  // "password: Password" in a type annotation; "password = user_password" assigning a variable.
  if (syntax.sepIsColon && /^[A-Z][A-Za-z]*$/.test(value) && !/^[A-Z]+$/.test(value) && !isRandomLetterRun(value)) return true;
  if (words(value).some((w) => words(name).includes(w))) return true;
  if (syntax.codeTerminated) return true;
  // `password = pw` in Python or JS; but `spring.datasource.password = hunter22` is a properties file.
  const codeName = !name.includes(".") || /^(?:self|this|cls|that)\./.test(name);
  return syntax.spacedEquals && codeName && !/^[A-Z0-9_]+$/.test(name) && isIdentifierShaped(value);
}

/** Last words of weak names whose hex is a token, not a digest; admin/write/master end only `…_KEY_ADMIN` names (names.ts). */
const TOKEN_LAST_WORDS = new Set(["login", "auth", "admin", "write", "master"]);
function decide(category: Category, name: string, raw: string, v: Value, syntax: Syntax): boolean {
  const value = raw.trim();
  if (value.startsWith(MARKER_PREFIX) || isPlaceholder(value)) return false;
  if (category === "uuid-secret") return UUID_RE.test(value);
  // A version ("pbkdf2-password": "1.2.1" in package.json) names a release, not a secret.
  if (/^[~^<>=v]*\d+(?:\.\d+)+(?:[-+][\w.-]+)?$/.test(value)) return false;
  // An address-shaped value is public unless its name says password or secret: hCaptcha's secret is `0x` and 40 hex,
  // the shape of an Ethereum address, and nobody names an address a secret.
  const addressNamedSecret = /^0x[0-9a-fA-F]{40}$/.test(value) && (category === "password" || words(name).includes("secret"));
  if (isPublicIdentifier(value) && !addressNamedSecret) return false;
  // A quoted environment-variable name holding the secret (Jenkins' passwordVariable: 'NEXUS_PASS') is a reference.
  if (v.quoted && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) && categorize(value) !== null) return false;
  // A "key" may name a digest (a cache key); a "login" or an "auth" holding hex is a token (sonar.login, SENTRY_AUTH),
  // and so is a vendor's token field (Teleport's token_name).
  // A piece of a split key (key_part_a: <hex>) is no digest either.
  const digestNamed = (category === "weak" && !TOKEN_LAST_WORDS.has(words(name).pop()!) && !isVendorWeakName(words(name)) && !isServiceKeyConstant(name, value) && !namesPiece(name)) || words(name).some((w) => DIGEST_WORDS.has(w));
  if (isDigestValue(value) && digestNamed) return false;
  // A label naming the field ("password": "Password", CHALLENGE_PASSWORD: "challengePassword").
  const nameWords = words(name);
  const valueWords = words(value);
  if (valueWords.every((w) => nameWords.includes(w))) return false;
  if (isMadeOfWords(value) && valueWords.some((w) => nameWords.includes(w) && categorize(w) !== null)) return false;
  // A passphrase under a password name is a literal even where a dotted path or words would read as code.
  if (category === "password" && isPassphrase(value)) return true;
  if (syntax.context === "env" && !v.quoted) {
    // A logger's mark for a masked value (`smtp.password=[PROTECTED]`) is one word in brackets.
    if (/^[[<(][A-Za-z _-]{1,32}[\]>)]$/.test(value)) return false;
    if (category === "weak") return looksRandom(value) || looksGenerated(value);
    return value.length >= 4 && !CODE_WORDS.has(value.toLowerCase()) && !/^[A-Za-z_$][\w$.]*\(.*\)$/.test(value);
  }
  // PASS/FAIL, "pass": "pass_stmt": with only a short word in the name, a value made of words is not a password.
  if (category === "password" && hasOnlyShortPasswordWord(name) && isMadeOfWords(value) && !hasPasswordSymbols(value)) return false;
  // Jasypt's ENC(…) around readable text (not base64 ciphertext: punctuation, or words) is a password someone
  // meant to encrypt.
  // Nothing follows ENC(…) in a Jasypt value: a tail glued after it is a literal, not a call's code.
  if (/^ENC\([^()\s]{4,256}\)[^\s()]/.test(value)) return category !== "weak";
  if (/^ENC\([^()\s]{4,256}\)$/.test(value)) return category !== "weak" && (/[^A-Za-z0-9+/=]/.test(value.slice(4, -1)) || isMadeOfWords(value.slice(4, -1)));
  // In `Server=…;Password=…;` everything up to the separator is the literal, `$` and all.
  if (!v.quoted && syntax.context !== "connection" && isCodeValue(value, name, syntax)) return false;
  if (category === "weak") return looksRandom(value) || looksGenerated(value);
  // Generated tokens are long and never contain spaces ("italic #A3AAB2" is a style, "#AB0909" a colour).
  if (category === "secret" && (value.length < 8 || /\s/.test(value))) return false;
  if (category === "password" && value.length < 4) return false;
  // "--username and --password options": a flag followed by a plain word is prose about the flag.
  if (syntax.context === "flag" && /^[a-z]+$/.test(value)) return false;
  if (v.quoted) {
    if (isProse(value) && !/passphrase|mnemonic/i.test(name)) return false;
  } else {
    if (/\s/.test(value) && !(category === "password" && APP_PASSWORD_RE.test(value))) return false;
    if (syntax.context === "inline" && !looksRandom(value)) return false;
  }
  // Tokens and keys are generated; words ("include", "same-origin", "?NonExpressionParenEnd") are settings, unless
  // they are a password or passphrase someone set by hand.
  return !(category === "secret" && isMadeOfWords(value) && !isHandSetSecret(value));
}

/**
 * decide() memoised on what it reads (of the value's position, only whether it is quoted): overlapping candidates
 * (`api_key=abc&api_key=…` over 64 KB) hand it the same 4 KB value thousands of times.
 */
function memoDecide(): typeof decide {
  const decided = new Map<string, boolean>();
  return (category, name, raw, v, syntax) => {
    const key = [category, name, v.quoted, syntax.context, syntax.sepIsColon, syntax.spacedEquals, syntax.codeTerminated, raw].join("\n");
    let secret = decided.get(key);
    if (secret === undefined) decided.set(key, (secret = decide(category, name, raw, v, syntax)));
    return secret;
  };
}

function kindOf(category: Category, name: string, value: string): string {
  const ws = words(name);
  if (/^[A-Za-z0-9/+=]{40}$/.test(value) && (ws.includes("aws") || (ws.includes("secret") && ws.includes("access")))) return "aws-secret-key";
  return category === "password" ? "password" : "secret";
}

export function redactAssignments(text: string, tally: Tally): string {
  let out = "";
  let last = 0;
  // Encrypted values (a SealedSecret's `password: AgB…`) are kept whatever their name.
  const kept = keptTest(text);
  const decideOnce = memoDecide();
  const scans: Scans = { inline: new RunEnds(text, INLINE_RUN_RE, MAX_VALUE), env: new RunEnds(text, ENV_RUN_RE, MAX_VALUE), counts: new CharCounts(text) };
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(text); m; m = KEYWORD_RE.exec(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < MAX_NAME && isIdentChar(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && end - start <= MAX_NAME && isIdentChar(text.charCodeAt(end))) end++;
    if (end - start > MAX_NAME || (start > 0 && isIdentChar(text.charCodeAt(start - 1)))) {
      // Not a name but a long run (base64, minified code): skip the whole run once.
      while (end < text.length && isIdentChar(text.charCodeAt(end))) end++;
      KEYWORD_RE.lastIndex = end;
      continue;
    }
    KEYWORD_RE.lastIndex = end;
    if (start < last) continue;
    let nameStart = start;
    while (text[nameStart] === "-" || text[nameStart] === ".") nameStart++;
    let nameEnd = end;
    while (nameEnd > nameStart && (text[nameEnd - 1] === "-" || text[nameEnd - 1] === ".")) nameEnd--;
    const name = text.slice(nameStart, nameEnd);
    // In a connection string ("…;UID=app;PWD=…;") PWD is the password, not the working directory.
    // Nor as a quoted key (`"pwd"=>"…"` in a Rails log, `{"pwd": …}`): the working directory is an unquoted name.
    const quotedKey = (text[start - 1] === '"' || text[start - 1] === "'") && text[nameEnd] === text[start - 1];
    const category = (text[start - 1] === ";" || quotedKey) && /^pwd$/i.test(name) ? "password" : categorize(name);
    if (category === null) continue;
    if (inResourceName(text, start)) continue;
    // "public key: age1…", "cache key = …": the qualifier is the word before.
    const before = /([A-Za-z0-9]+)[ \t]+$/.exec(text.slice(Math.max(0, start - 24), start));
    if (category === "weak" && before && NON_SECRET_KEY_QUALIFIERS.has(before[1]!.toLowerCase())) continue;
    const flag = nameStart - start >= 2 && text[start] === "-" && text[start + 1] === "-";
    let context = contextOf(text, start, flag);
    const openQuote = text[start - 1];
    // A name inside a string (its quote is not closed after it) is only an assignment as a header
    // ("X-Api-Key: …" in curl -H or a header list) or as `name=value` (a query or connection string).
    if ((openQuote === '"' || openQuote === "'") && text[nameEnd] !== openQuote) {
      if (text.startsWith(": ", nameEnd)) context = "quoted-header";
      // "POSTGRES_PASSWORD=…" as a docker -e argument is an environment entry: the value runs to the closing quote.
      else if (text[nameEnd] === "=") context = /^[A-Z][A-Z0-9_]*$/.test(name) ? "quoted-header" : "query";
      else continue;
    }
    // `NAME=value` with an upper-case name and no space: .env files and shell, never code.
    if ((context === "line" || context === "inline") && text[nameEnd] === "=" && text[nameEnd + 1] !== "=" && /^[A-Z][A-Z0-9_]*$/.test(name)) {
      context = "env";
    }
    // A line of space-separated `key=value` pairs (an Ansible inventory host, logfmt): values end at whitespace.
    if (context === "inline" && text[nameEnd] === "=" && text[nameEnd + 1] !== "=" && KEY_VALUE_BEFORE_RE.test(text.slice(Math.max(0, start - 96), start))) {
      context = "env";
    }
    const parsed = parseValue(text, start, nameEnd, context, scans);
    if (parsed === null) continue;
    const found = literalArgument(text, parsed) ?? parsed;
    const tail = found.quoted ? null : context === "env" ? spacedPassword(text, found.start, found.end)
      : category === "password" && context === "line" ? wordThenPassword(text, found.start, found.end) : null;
    const v = tail ? { start: tail[0], end: tail[1], quoted: false } : found;
    const raw = text.slice(v.start, v.end);
    // Such values are kept unless they look random: a quick exact reject for names packed into one (`key=key=…`).
    const randomOnly = category === "weak" || (context === "inline" && !v.quoted && raw.length > MAX_SHAPED);
    if (randomOnly && raw.trim().length === raw.length && scans.counts.entropyBelow(v.start, v.end, RANDOM_BITS)) continue;
    if (kept(v.start + raw.length - raw.trimStart().length)) continue;
    const after = text.slice(nameEnd, nameEnd + 20);
    const typed = TYPED_RE.test(text.slice(nameEnd, nameEnd + 128));
    const syntax: Syntax = {
      context,
      sepIsColon: !typed && /^["']?[ \t]*:(?!=)/.test(after),
      spacedEquals: typed || /^["']?[ \t]+=/.test(after),
      codeTerminated: /^[ \t]*[,;]/.test(text.slice(v.end, v.end + 20)),
    };
    if (!decideOnce(category, name, raw, v, syntax)) continue;
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    out += text.slice(last, v.start + lead) + tally.add(kindOf(category, name, raw.trim()), raw.trim());
    last = v.end - trail;
    KEYWORD_RE.lastIndex = Math.max(end, last);
  }
  return out + text.slice(last);
}
