// Secrets in sentences and comments, English and Chinese: "# old prod password was …", "the token we used was …",
// "密码是…，", "密钥：…" (full-width colon), "使用的密码为：…". A keyword, then either a separator (is/was/:/=/是/为/：)
// and the value right after it ("strong"), or, within the next few words on the line, a value that looks
// generated ("weak"). Values must be ASCII, hold a letter and a digit or symbol, and be neither code (paths, calls,
// member access, `${…}`) nor a placeholder; sentences about passwords stay as they are.
import { isIdentifierOfWords } from "./entropy.js";
import { prefixLength } from "./lines.js";
import { isLetterPassword } from "./letter-passwords.js";
import { bracketedBefore } from "./prose-brackets.js";
import { isNumberedWord } from "./numbered-words.js";
import { memoized } from "./memo.js";
import { NUMBERED_FILE_EXTENSIONS } from "./public-data.js";
import { keptTest } from "./public-values.js";
import { startsWithKeptParameter, unmarked } from "./shield.js";
import { areRandomLetters, hasPasswordSymbols, inResourceName, isMadeOfWords, isPassphrase, isPlaceholder, isPublicIdentifier, looksRandom, MARKER_PREFIX, startsWithMarkedValue, type Tally } from "./values.js";

const KEYWORD_RE =
  /(?<![A-Za-z0-9_])(?:pass(?:word|wd|[ -]?phrase|code)?s?|pwd|pw|[a-z]{0,12}_?secret|[a-z]{0,12}token|api[ _-]?key|access[ _-]?key|credentials?|creds|auth|log(?:ged)?[ -]?in|sign(?:ed)?[ -]?in|requirepass|masterauth|wi-?fi|wlan)(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])key(?=[ \t]*(?:是|为|為|：))|(?<![A-Za-z0-9_])(?:root|admin|administrator)(?=[ \t]+(?:on|for|at|of)[ \t])|密码|口令|密钥|秘钥|私钥|令牌|凭证|凭据|授权码|万能码|万能密码|通用密码|登录/gi;
/**
 * An account named with where it lives ("root on the build box (10.0.0.4): …", "admin for staging: …"): a
 * keyword only with that qualifier and a value with password symbols or a generated look.
 */
const ACCOUNT_RE = /^(?:root|admin|administrator)$/i;
/** "auth" also names a setting ("auth: oauth2"): a value after it must not be words or an identifier. */
const AMBIGUOUS_RE = /^auth$/i;
/** "log in with admin:…": an action, never followed by the value itself; only a generated-looking value nearby counts. */
const ACTION_RE = /^(?:log|sign|登录)/i;
/**
 * A short qualifier between keyword and separator: "password for the NAS:", "passphrase of the release signing key:",
 * "token for staging is", MySQL's "password is generated for root@localhost:". An `=` glued to a word is no
 * separator: in "for the studio is Maple=kestrel764" it is the value's own. Bounded words without separators, so matching stays linear.
 */
const QUALIFIER_RE = /(?:[ \t]+(?:is|was|has[ \t]+been))?(?:[ \t]+(?:generated|created|set|reset))?[ \t]+(?:for|of|on|to|at|in)(?:[ \t]+[^\s:：=]{1,32}){1,5}(?:[ \t]*[:：]|[ \t]+=|[ \t]+(?:is|was))[ \t]*/y;
/**
 * Separator between keyword and value; whitespace alone also separates ("password hunter2", "密码 …", "密码我改成 …"),
 * and so does handing it over ("appsecret 发给你了：…", "密钥如下：…").
 */
const SEPARATOR_RE =
  /["']?(?:[ \t]*(?:is(?:[ \t]+(?:now|still))?(?:[ \t]+set[ \t]+to)?|was(?:[ \t]+set[ \t]+to)?|are|were|set[ \t]+to|[:=：＝]|=>|->|是|为|為|(?:(?:我|已经?|刚)[ \t]*)?(?:改成|改为|换成|设成|设为|设置成|设置为|重置为|重置成)|(?:(?:我|已经?|刚)[ \t]*)?(?:发给你|发你|给你|贴在这里?|放在这里?)了?|如下|[，,][ \t]*(?:the[ \t]+)?(?:new[ \t]+one[ \t]+is|新的?(?:值|一个)?(?:是|为)|现在(?:的)?(?:是|为))))+[ \t]*|[ \t]+/y;
const VALUE_RE = /([“"'‘「『【`]?)([\x21-\x7e]{1,128})/y;
const STOP = /[\s"'`“”‘’「」『』【】，。；、：（）,;)\]}>|]/;
const WEAK_WINDOW = 48;
const WEAK_TOKEN_RE = /[A-Za-z0-9!#$%&*+\-./@^_~]{8,128}/g;
/** A weak token's first 8 characters: one starting within the window lies in its first WEAK_WINDOW + 7. */
const WEAK_HEAD_RE = /[A-Za-z0-9!#$%&*+\-./@^_~]{8}/;
const ESCAPED_REST_RE = /^(?:\\"[A-Za-z0-9!#$%&*+\-./@^_~]{1,128}){1,4}(?=\\")/;
/** "… as the", "作为": the keyword names the value written before it. */
const CONNECTOR_RE = /(?:[ \t]as(?:[ \t]+[a-z]{1,4}){0,2}|作为|当作|设为|设置为)[ \t]*$/i;
const VALUE_BEFORE_RE =
  /(?:^|[\s"'“‘「(（把用以])([\x21\x23-\x26\x28-\x7e]{6,128})["'”’」]?[ \t]*(?:[ \t]as(?:[ \t]+(?:the|my|your|a|new|our|its)){0,2}|作为|当作|设为|设置为)[ \t]*$/i;
/** A user (or a Wi-Fi network), a slash or colon, then the password: "admin / …", "deploy:…", `"Guest" / …`. */
const PAIR_RE = /[A-Za-z0-9._@-]{1,64}["'”’]?[ \t]*[/:][ \t]*([\x21-\x7e]{4,128})/y;
/** A Wi-Fi network is named with its password as a pair ("wifi is "Guest" / …"); the name alone is no secret. */
const WIFI_RE = /^(?:wi-?fi|wlan)$/i;

/** A value that is code, a path or a reference rather than a literal. */
function isCodeish(marked: string): boolean {
  const v = unmarked(marked);
  // A colour ("Token: #d8dee9" in a syntax theme) is not a secret either.
  if (/[()[\]{}<>\\]|\$[{(]|^\$[A-Za-z_]|^#[0-9a-f]{3,8}$/i.test(v) || /^\.{0,2}\//.test(v)) return true;
  // Member access ("config.password") is made of words; "GFqHVoC.nwg_87" is not.
  return /^[A-Za-z_][\w]*(?:[.?]+[A-Za-z_]\w*)+$/.test(v) && v.split(/[.?]+/).every((seg) => seg.length <= 3 || isMadeOfWords(seg) || isIdentifierOfWords(seg));
}

/**
 * A secret word with a prefix is a keyword as one word (`appsecret`, `CORPSECRET`, `AppSecret`); an identifier of
 * several words (`cacheBustToken`, `buildToken`) names its value in code, where assignments judge it.
 */
function isKeywordWord(keyword: string): boolean {
  const prefix = /^(.+?)(?:secret|token)$/i.exec(keyword)?.[1];
  if (prefix === undefined) return true;
  // A snake_case field written in a sentence ("app_secret 7211…，"): one lower-case word and its underscore.
  if (/^[a-z]+_$/.test(prefix)) return keyword === keyword.toLowerCase();
  return /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(prefix) && (keyword === keyword.toLowerCase() || keyword === keyword.toUpperCase() || /^[A-Z][a-z]+[A-Z][a-z]+$/.test(keyword));
}

function trimValue(raw: string): string {
  // One search, not a test per character: STOP matches single UTF-16 units, so the first match is the first stop.
  const stop = raw.search(STOP);
  const end = stop === -1 ? raw.length : stop;
  // Sentence punctuation after the value: "was hunter2." / "is P@ss!," keep inner punctuation.
  return raw.slice(0, end).replace(/[.,:;!?]+$/, (p) => (/[.,:;]/.test(p) ? "" : p));
}

/**
 * An unquoted value that ends its line runs to the end of it, separators and all (MySQL's generated passwords hold
 * `;`, `,` and `<`): the value cut at the first of them otherwise, or with no closing punctuation.
 */
function lineEndToken(text: string, start: number, value: string, quote: string): string {
  if (quote !== "") return value;
  const token = /^[\x21-\x7e]{1,128}(?=[ \t]*(?:\r?\n|$))/.exec(text.slice(start, start + 130))?.[0];
  return token !== undefined && token.startsWith(value) && !/[.,;:!?)\]}>"'`]$/.test(token) ? token : value;
}

/**
 * Generated keys and passwords can be letters only: long, mixed case, not words; or one case and no words in it (QQ
 * Mail's 16-letter SMTP authorisation codes, a Gmail app password without its spaces): consonant runs, not English.
 */
export function areGeneratedLetters(v: string): boolean {
  if (v.length >= 16 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /^[A-Za-z]+$/.test(v) && !isMadeOfWords(v)) return true;
  return v.length >= 12 && /^(?:[a-z]+|[A-Z]+)$/.test(v) && (!isIdentifierOfWords(v) || areRandomLetters(v));
}

let numberedExtensionRe: RegExp | undefined;
function isMediaFileName(v: string): boolean {
  const stem = v.replace((numberedExtensionRe ??= new RegExp(`\\.(?:${NUMBERED_FILE_EXTENSIONS.join("|")})$`)), "");
  return stem !== v && /^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(stem) && isMadeOfWords(stem);
}

export function acceptStrong(v: string, keyword: string): boolean {
  if (areGeneratedLetters(v)) return !isPlaceholder(v);
  if (v.length < 6 || !/[A-Za-z]/.test(v) || !/[^A-Za-z]/.test(v)) {
    // Passphrases are words joined by separators: "correct-horse-battery-staple".
    return /^pass[ -]?(?:phrase|code)/i.test(keyword) && v.length >= 12 && /^[A-Za-z]+(?:[-_.][A-Za-z0-9]+){2,}$/.test(v);
  }
  if (isPassphrase(v)) return true;
  if (v.includes(MARKER_PREFIX.slice(1)) || isPlaceholder(v) || isCodeish(v) || isPublicIdentifier(v)) return false;
  // Grammar in RFC comments: "token = 1*tchar".
  if (/^\d*\*\d*[A-Za-z]/.test(v)) return false;
  // A media file's name whose only digits are its extension's ("master.m3u8"; "hunter22.mp4" is judged as usual).
  if (isMediaFileName(v)) return false;
  // Words with a digit ("hunter22", "Blue.Sky.42") are passwords; paths and file names ("v2/config.yaml") are not.
  if (isMadeOfWords(v)) return (/[0-9]/.test(v) && v.length <= 20 && !/\//.test(v) && !/\.[a-z]{2,5}$/i.test(v)) || (/^pass[ -]?(?:phrase|code)/i.test(keyword) && v.length >= 12);
  return true;
}

/** A token opening a backtick or quote span with no space in it: the whole span is the value (`a1=b2+c3`). */
function quotedSpan(window: string, at: number): string | undefined {
  const q = window[at - 1];
  // An escaped quote (`\"` in JSON-escaped code) is left to the escaped-value handling below.
  if ((q !== "`" && q !== "'" && q !== '"') || window[at - 2] === "\\") return undefined;
  const close = window.indexOf(q, at);
  const span = close === -1 ? "" : window.slice(at, close);
  return span.length >= 8 && /^[\x21-\x5b\x5d-\x7e]+$/.test(span) ? span : undefined;
}

/** A value near a keyword that looks made: letters and digits, not words, an identifier, code or a placeholder. */
export function acceptWeak(v: string): boolean {
  return /[A-Za-z]/.test(v) && /[0-9]/.test(v) && !isMadeOfWords(v) && !isMediaFileName(v) && !isNumberedWord(v) && !isPublicIdentifier(v) && !isIdentifierOfWords(v) && !isPlaceholder(v) && !isCodeish(v) && !v.includes("REDACTED");
}

/** Where the first generated-looking value after `keyword` lies in `window`, the text after it; null for none. */
function weakValueIn(keyword: string, window: string, accept: (v: string) => boolean): [number, number] | null {
  WEAK_TOKEN_RE.lastIndex = 0;
  const action = ACTION_RE.test(keyword);
  for (let w = WEAK_TOKEN_RE.exec(window); w && w.index < WEAK_WINDOW; w = WEAK_TOKEN_RE.exec(window)) {
    // After "log in with", only the password of a user:password or user / password pair (not an app id).
    // Or after "as <user> with" ("log in as `admin` with `…`").
    if (action && !/(?::|[ \t]\/[ \t]?|[ \t]as[ \t]+[`'"]?[\w.@-]{1,64}[`'"]?[ \t]+(?:with|using)[ \t]+[`'"]?)$/.test(window.slice(0, w.index))) continue;
    // "(key id: k_87vptp)", "fingerprint abc…": a value labelled as an identifier or a digest.
    if (/(?:\bid|\bids|fingerprint|hash|digest)[ \t]*[:=#]?[ \t]*$/i.test(window.slice(0, w.index))) continue;
    const value = quotedSpan(window, w.index) ?? w[0].replace(/[.,:;]+$/, "");
    // Escaped JSON ("{\"password\":\"ab\"cd\"}"): an escaped quote with more of the value after it is inside it.
    const rest = value === w[0] ? (ESCAPED_REST_RE.exec(window.slice(w.index + value.length))?.[0] ?? "") : "";
    if (accept(value + rest.replace(/\\"/g, ""))) return [w.index, w.index + value.length + rest.length];
  }
  return null;
}

/** A URL query's rest, up to where the URL ends; bounded, so each kept parameter reads at most this much. */
const QUERY_REST_RE = /^[^\s"'`<>#]{0,2048}/;

/** The spans of the parameter values after `start` in a URL query (`&lang=ru_RU&s=…`) that `strong` accepts. */
function strongParameters(text: string, start: number, strong: (value: string) => boolean): [number, number][] {
  const rest = QUERY_REST_RE.exec(text.slice(start, start + 2048))![0];
  const cuts: [number, number][] = [];
  for (const p of rest.matchAll(/&[\w.~-]{1,64}=([^&]+)/dg)) {
    const [from, to] = p.indices![1]!;
    if (strong(p[1]!)) cuts.push([start + from, start + to]);
  }
  return cuts;
}

export function redactProse(text: string, tally: Tally): string {
  const cuts: [number, number][] = [];
  const strongValue = memoized(acceptStrong);
  const weakValue = memoized(acceptWeak);
  // Repeated keywords see the same window again (1 MB of `password=`): it is searched once.
  const weakIn = memoized((keyword: string, window: string) => weakValueIn(keyword, window, weakValue));
  const kept = keptTest(text);
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(text); m; m = KEYWORD_RE.exec(text)) {
    if (!isKeywordWord(m[0])) continue;
    // "aws-access-key-id" inside an earlier detector's marker is not a keyword.
    const behind = text.slice(Math.max(0, m.index - 48), m.index);
    if (behind.lastIndexOf(MARKER_PREFIX) > behind.lastIndexOf("]")) continue;
    const after = m.index + m[0].length;
    if (inResourceName(text, m.index)) continue;
    // A URL path segment ("/oauth2/v2/auth?client_id=…") or a file name ("k8s/secret.yaml") is no label.
    if ((text[m.index - 1] === "/" && /[/?#&]/.test(text[after] ?? "")) || /^\.[A-Za-z]/.test(text.slice(after, after + 2))) continue;
    SEPARATOR_RE.lastIndex = after;
    const sep = SEPARATOR_RE.exec(text);
    // A snake_case field with `=` or `:` after it is an assignment, judged by assignments.ts; in a sentence it is
    // followed by a space or a word ("app_secret 7211…", "client_secret 是 …").
    if (/_secret$/i.test(m[0]) && sep && /[:=]/.test(sep[0])) continue;
    // "pass"/"passes" is mostly a verb ("tests pass"): a value only after an explicit `=` or `:` ("smtp pass = …").
    if (/^pass(?:es)?$/i.test(m[0]) && !(m[0].length === 4 && sep && /^["']?[ \t]*[:=：][ \t]*$/.test(sep[0]))) continue;
    const ambiguous = AMBIGUOUS_RE.test(m[0]);
    let sepLength = sep?.[0].length;
    // A separator of words only ("is") may begin a qualifier: "password is generated for root@localhost: …".
    let qualified = false;
    if (sepLength === undefined || /^[ \t]+(?:(?:is|was)[ \t]+)?$/.test(sep![0])) {
      QUALIFIER_RE.lastIndex = after;
      const q = QUALIFIER_RE.exec(text);
      if (q) sepLength = q[0].length;
      qualified = q !== null;
    }
    // "密码「…」", "万能码『…』": an opening bracket right after the keyword sets the value apart.
    if (sepLength === undefined && /[「『【]/.test(text[after] ?? "")) sepLength = 0;
    const account = ACCOUNT_RE.test(m[0]);
    if (account && !qualified) continue;
    if (sepLength !== undefined && !ACTION_RE.test(m[0])) {
      VALUE_RE.lastIndex = after + sepLength;
      const v = VALUE_RE.exec(text);
      if (v) {
        const value = trimValue(v[2]!);
        const start = after + sepLength + v[1]!.length;
        // `"x-api-key":"[REDACTED]"`: a logger masked this value; the next member (a request id) is not it.
        if (startsWithMarkedValue(text.slice(start, start + 80))) continue;
        // `?apikey=<kept>&lang=ru_RU`: a query parameter proven public ends at its `&`. The parameters after it are
        // then no longer cut with it, so each is judged on its own (`&s=<secret>` still goes).
        if (/[?&]/.test(text[m.index - 1] ?? "") && startsWithKeptParameter(text.slice(start, start + 80))) {
          cuts.push(...strongParameters(text, start, (p) => strongValue(p, m![0])));
          continue;
        }
        // A quoted value right after "password is" is deliberate even when it is one word ("swordfish"); a
        // capitalised word is a label or a translation ("Passwort"). Not for "token"/"credentials": settings words.
        const closed = v[1] !== "" && STOP.test(text[start + value.length] ?? "") && /["'”’」』`]/.test(text[start + value.length] ?? "");
        const quotedWord = closed && /^(?:pass\w|pw)|密码|口令/i.test(m[0]) && value.length >= 6 && /^[a-z]+$/.test(value) && !isPlaceholder(value);
        // In 「…」, 『…』 or 【…】 a value is set apart on purpose: mixed-case letters that are not words are enough.
        const bracketed = closed && /[」』】]/.test(text[start + value.length]!) && value.length >= 8 && /[a-z]/.test(value) && /[A-Z]/.test(value) && !isMadeOfWords(value) && !isPlaceholder(value);
        const strong = (strongValue(value, m[0]) || isLetterPassword(value, m[0])) && !(ambiguous && (isMadeOfWords(value) || isIdentifierOfWords(value))) && !WIFI_RE.test(m[0]) && (!account || hasPasswordSymbols(value) || looksRandom(value));
        if (strong || quotedWord || bracketed) {
          const end = start + lineEndToken(text, start, value, v[1]!).length;
          cuts.push([start, end]);
          KEYWORD_RE.lastIndex = end;
          continue;
        }
        // "credentials are admin / …", "creds: deploy:…": a user, then the password.
        PAIR_RE.lastIndex = start;
        const pair = /^cred/i.test(m[0]) || WIFI_RE.test(m[0]) ? PAIR_RE.exec(text) : null;
        const second = pair ? trimValue(pair[1]!) : "";
        // A Wi-Fi password is often words and digits ("harbor-saffron-9119"): after a network name, any that has both.
        const wifi = WIFI_RE.test(m[0]);
        const wifiPassword = second.length >= 8 && /[A-Za-z]/.test(second) && ((second.match(/\d/g) ?? []).length >= 3 || (/\d/.test(second) && !isMadeOfWords(second))) && !isPlaceholder(second) && !isCodeish(second);
        if (pair && (wifi ? wifiPassword : strongValue(second, "password"))) {
          const at = PAIR_RE.lastIndex - pair[1]!.length;
          cuts.push([at, at + second.length]);
          KEYWORD_RE.lastIndex = at + second.length;
          continue;
        }
      }
    }
    // A word glued to "secret" or "token" (`AppSecret`) may be a type name (`GeneratedSecret<…>`): only a value right
    // after a separator counts for it, not one further on.
    if (/^[a-z]+_?(?:secret|token)$/i.test(m[0]) && !/^(?:secret|token)$/i.test(m[0])) continue;
    // "key" and an account name are keywords only with the value right after them.
    if (account || /^key$/i.test(m[0])) continue;
    if (WIFI_RE.test(m[0])) continue;
    // The value before the keyword: "use Xq7… as the password", "用 Xq7… 作为密码".
    const base = Math.max(0, m.index - 160);
    const lead = CONNECTOR_RE.test(text.slice(Math.max(0, m.index - 24), m.index)) ? VALUE_BEFORE_RE.exec(text.slice(base, m.index)) : null;
    // Stricter than after the keyword: "use sha256 as the token hash" names an algorithm.
    if (lead && !ACTION_RE.test(m[0]) && strongValue(lead[1]!, m[0]) && !isMadeOfWords(lead[1]!)) {
      const at = base + lead.index + lead[0].indexOf(lead[1]!);
      cuts.push([at, at + lead[1]!.length]);
    }
    // "【…】为新的 API 密钥": a bracketed value the sentence then names.
    const named = lead ? null : bracketedBefore(text, m.index);
    if (named && !ACTION_RE.test(m[0]) && strongValue(text.slice(...named), m[0]) && !isMadeOfWords(text.slice(...named))) cuts.push(named);
    // Values must start within the window; a long one may run past it. Bounded slice: linear in the input.
    const ahead = text.slice(after, after + WEAK_WINDOW + 128);
    const window = ahead.slice(0, (ahead.indexOf("\n") + 1 || ahead.length + 1) - 1);
    // Without a token starting within WEAK_WINDOW the loop below ends at once: skip searching the window's tail
    // (1 MB of `login("` is 150,000 windows of runs too short to be tokens).
    if (!WEAK_HEAD_RE.test(window.slice(0, WEAK_WINDOW + 7))) continue;
    const weak = weakIn(m[0], window);
    if (weak) cuts.push([after + weak[0], after + weak[1]]);
  }
  return tally.cut(text, cuts.filter(([start]) => !kept(start)), "password");
}

/** A table's |---| row (org-mode's |---+---| too): one character class, so matching is linear. */
const SEPARATOR_ROW_RE = /^\|?[ \t]*:?-[-:+| \t]*$/;
const HEADER_CELL_RE = /^(?:pass(?:word|wd|phrase|code)?|pwd|pw|secret|token|api[ _-]?key|credentials?|密码|口令|密钥|秘钥|令牌)$/i;

/** Markdown tables with a password/secret/token column: every non-placeholder cell of that column below the header. */
export function redactTableColumns(text: string, tally: Tally): string {
  if (!text.includes("|")) return text;
  const lines = text.split("\n");
  let columns: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const bar = prefixLength(line);
    if (line[bar] !== "|") {
      columns = [];
      continue;
    }
    const cells = line.slice(bar + 1).split("|");
    // A header is the row above the |---| separator: a "password" cell further down is a key, not a column name.
    const next = lines[i + 1];
    const separated = next !== undefined && SEPARATOR_ROW_RE.test(next.slice(prefixLength(next)));
    const header = separated ? cells.flatMap((c, k) => (HEADER_CELL_RE.test(c.trim()) ? [k] : [])) : [];
    if (separated) {
      columns = header;
      continue;
    }
    if (columns.length === 0 || /^[\s|:-]*$/.test(line.slice(bar))) continue;
    for (const k of columns) {
      const v = cells[k]?.trim();
      if (v && v.length >= 4 && !isPlaceholder(v) && !v.includes(MARKER_PREFIX)) cells[k] = cells[k]!.replace(v, tally.add("password", v));
    }
    lines[i] = `${line.slice(0, bar + 1)}${cells.join("|")}`;
  }
  return lines.join("\n");
}

const COMMENT_NAMES_SECRET_RE =
  /(?:\/\/|#|--|\/\*)[^\n]{0,80}?\b(?:(?:admin|api|secret|private|access|master|write|server)[ _-]?(?:key|token)|secret|password|credentials?)\b/i;
const QUOTED_RE = /(["'])([A-Za-z0-9+/=_.~-]{16,512})\1/g;

/** `client("…", "…"); // admin key`: a trailing comment that names a secret marks the generated literals on its line. */
export function redactCommentedLiterals(text: string, tally: Tally): string {
  if (!/\/\/|#|--|\/\*/.test(text)) return text;
  return text
    .split("\n")
    .map((line) => {
      const comment = COMMENT_NAMES_SECRET_RE.exec(line);
      if (!comment) return line;
      const code = line.slice(0, comment.index);
      const kept = code.replace(QUOTED_RE, (m, q: string, v: string) =>
        /[0-9]/.test(v) && /[a-z]/i.test(v) && !isMadeOfWords(v) && !v.includes("REDACTED") ? `${q}${tally.add("secret", v)}${q}` : m,
      );
      return kept + line.slice(comment.index);
    })
    .join("\n");
}

const QUESTION_RE =
  /(?:pass(?:word|wd|phrase|code)|pwd|pw|secret|token|api[ _-]?key|密码|口令|密钥|秘钥|令牌)[^\n]{0,60}[?？][ \t]*$/i;
/** "服务器 root 密码发你了", "here's the vpn password:", "password below": the next message is the password. */
const ANNOUNCE_RE =
  /(?:pass(?:word|wd|phrase|code)|pwd|pw|密码|口令|密钥|秘钥)[^\n]{0,40}(?:发(?:给)?你了?|给你|如下|在下面|见下|[:：]|\bbelow\b)[ \t]*$|(?:here(?:'s| is)|sending|sent)[^\n]{0,24}(?:pass(?:word|wd|phrase|code)|pwd|pw)\b/i;
/** A chat speaker before the answer: "[10:03] bob: ", "李四：", "<bob> ". */
const SPEAKER_RE = /^(?:\[[^\]\n]{1,32}\][ \t]*)?(?:<[^>\n]{1,32}>|[^\s:：]{1,32}[:：])[ \t]*/;
/** A speaker's header on a line of its own, as chat apps copy it: "张伟 14:02", "Bob  10:03 AM". */
const SPEAKER_LINE_RE = /^[^\s:：]{1,32}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?[ \t]*$/i;

/** Blank lines allowed between the announcing line and the password. */
const MAX_BLANK = 2;
/** A `docker compose` log's service column ("jenkins  | "), before the usual line prefix. */
const SERVICE_COLUMN_RE = /^[\w.-]{1,40}[ \t]*\|[ \t]?/;

function chatPrefix(line: string): number {
  const service = SERVICE_COLUMN_RE.exec(line)?.[0].length ?? 0;
  return service + prefixLength(line.slice(service));
}

/**
 * A chat log: "what's the vpn pw again?" or "root 密码发你了", then an answer that is one password-like word, on the
 * next line or after the next speaker's header.
 */
export function redactChatAnswers(text: string, tally: Tally): string {
  if (!/[?？:：]|密码|口令|密钥|秘钥|below|here|sen[dt]/i.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    // A service printing it leaves a blank line or two between (Jenkins' initial admin password).
    let a = i - 1;
    while (a > 0 && i - a <= MAX_BLANK && lines[a]!.slice(chatPrefix(lines[a]!)).trim() === "") a--;
    let asked = lines[a]!;
    if (SPEAKER_LINE_RE.test(asked.trim()) && a >= 1) asked = lines[a - 1]!;
    const content = asked.slice(chatPrefix(asked));
    if (!QUESTION_RE.test(content) && !ANNOUNCE_RE.test(content)) continue;
    const line = lines[i]!;
    const head = chatPrefix(line);
    const speaker = SPEAKER_RE.exec(line.slice(head));
    const start = head + (speaker?.[0].length ?? 0);
    const answer = line.slice(start).trim();
    if (!/^[\x21-\x7e]{6,128}$/.test(answer) || !acceptStrong(answer, "password")) continue;
    lines[i] = `${line.slice(0, start)}${line.slice(start).replace(answer, tally.add("password", answer))}`;
  }
  return lines.join("\n");
}
