// Credentials passed as positional arguments: `new NetworkCredential("u", "…")`, `DriverManager.getConnection(url,
// "sa", "…")`, `ftp.login("u", "…")`, `new PDO($dsn, 'u', '…')` and PHP's `PDO->__construct(…)` in a stack trace,
// `smtp.PlainAuth("", "u", "…", host)`, and SDK clients given an id and a key (`algoliasearch("APPID", "<key>")`).
// Named arguments (`password=…`) are assignments, handled there. One regex finds calls; the argument list is
// scanned with a bound, so the pass stays linear.
import { CREDENTIAL_CALL_RE, FILL_IN_RE, INPUT_CALL_RE, KEY_CALLS, NIM_DB_IMPORT_RE, PAIR_CALL_RE, PASSWORD_ONLY_CALL_RE, SECRET_FIELD_RE } from "./call-names.js";
import { categorize } from "./names.js";
import { areGeneratedLetters } from "./prose.js";
import { TextIndex } from "./text-index.js";
import { APP_PASSWORD_RE, hasPasswordSymbols, isMadeOfWords, isPassphrase, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** A callee, with PHP/Python constructor spelling (`PDO->__construct`, `Cls.__init__`) and static factories. */
/** Scala and C# type arguments may stand before the parenthesis: `Transactor.fromDriverManager[IO](…)`. */
/** JavaMail's static `Transport.send(msg, user, password)` is named with its class: any other `send` is no login. */
/** Ruby and Elixir call without parentheses (`req.basic_auth "u", "…"`): the arguments run to the line's end. */
const CALL_RE = /(?<![\w$])(?<callee>Transport\.send|[A-Za-z_$][\w$]{0,63})(?:(?:->|::|\.)(?:__construct|__init__|create|new|of|start))?(?:\[[\w., ]{1,40}\]|<[\w., ]{1,40}>)?(?:[ \t]*\(|(?<bare>[ \t]+)(?=["':]))/g;
/**
 * A user and a password given as a tuple or list to an auth option: requests' `auth=("svc", "…")`, Ruby's
 * `basic_auth: ["u", "…"]`, PHP's `'auth' => ['u', '…']`.
 */
const TUPLE_RE = /(?<![\w$])(?:auth|basic_?auth|http_?auth|credentials?|creds)["']?[ \t]*(?:=>|=|:)[ \t]*([([])/gi;
const MAX_ARGS = 600;

interface Arg {
  start: number;
  end: number;
  literal: boolean;
}

/** The diff marker (`+` or `-`) of the line holding `at`, looked for at most LINE_BACK characters back; "" for none. */
function diffSide(index: TextIndex, at: number): string {
  const start = index.lineStart(at);
  const c = start === -1 ? "" : index.text[start];
  return c === "+" || c === "-" ? c : "";
}

/** Whether `ch` occurs in text[from, limit). */
const occursBefore = (index: TextIndex, ch: string, from: number, limit: number) => {
  const at = index.indexOf(ch, from);
  return at !== -1 && at < limit;
};

/**
 * Splits the argument list at top-level commas, up to the closing `close` and within a bound; null when unclosed
 * (unless inside a nested bracket, see below).
 * In a diff, the lines of the other side (`+` lines under a `-` call) belong to another version and are skipped.
 */
function argumentsAt(index: TextIndex, from: number, close = ")"): Arg[] | null {
  const text = index.text;
  const args: Arg[] = [];
  const limit = Math.min(text.length, from + MAX_ARGS);
  // An argument ends at a `,` or the close: with neither ahead, the scan below would end in null, and skipping it
  // keeps 150,000 `login("` on one line from scanning 600 characters each.
  const endsWithText = close === "\n" && limit === text.length;
  if (!endsWithText && !occursBefore(index, ",", from, limit) && !occursBefore(index, close, from, limit)) return null;
  const other = { "+": "-", "-": "+" }[diffSide(index, from)];
  let depth = 0;
  let argStart = from;
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === "\n" && other !== undefined && text[i + 1] === other) {
      const nl = text.indexOf("\n", i + 1);
      i = nl === -1 || nl > limit ? limit : nl - 1;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < limit && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      if (text[j] !== c) return null;
      i = j;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
    else if ((c === "," || c === close) && depth === 0) {
      args.push(argument(text, argStart, i));
      if (c === close) return args;
      argStart = i + 1;
    }
  }
  // Arguments running to the line's end end with the text too.
  if (close === "\n" && limit === text.length && depth === 0) return [...args, argument(text, argStart, limit)];
  // A hunk or a paste may end inside a later argument (an options object): the arguments before it are whole.
  return depth > 0 && args.length > 0 ? args : null;
}

/**
 * One argument; a literal when it is a single quoted string (C#'s `@"…"`, Python's `b"…"` allowed), maybe converted
 * in place (`"…".toCharArray()`, `'…'.encode()`), maybe on a diff line of its own (`+    "…");`).
 */
function argument(text: string, start: number, end: number): Arg {
  const m = /^\s*(?:(?<=\n)[+-])?\s*(?:@|[bru])?(["'`])((?:\\.|(?!\1)[^\\\n])*)\1(?:\.\w{1,32}\(\))?\s*$/.exec(text.slice(start, end));
  if (!m) return { start, end, literal: false };
  const at = start + m[0].indexOf(m[1]!) + 1;
  return { start: at, end: at + m[2]!.length, literal: true };
}

/** A password as people and generators write them; not a user, a host, a URL, an e-mail or a path. */
export function passwordLike(v: string): boolean {
  if (APP_PASSWORD_RE.test(v)) return true;
  if (v.length < 6 || v.length > 128 || /\s/.test(v) || isPlaceholder(v) || v.includes(MARKER_PREFIX)) return false;
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(v) || /^[a-z][\w+.-]*:/i.test(v) || /^[./~\\]/.test(v)) return false;
  if (isPassphrase(v)) return true;
  // A mail app password written without its spaces ("fjssmkulvsyoooen"), a generated key of letters only.
  if (/^[A-Za-z]+$/.test(v)) return areGeneratedLetters(v);
  if (!/[A-Za-z]/.test(v) || !/[^A-Za-z]/.test(v)) return false;
  // Words count when they end in a number, as people's passwords do ("Summer2024"), not a version ("chat-v2.1"),
  // or when a number and a symbol join them ("Maple10*galaxy"), which no name or setting holds.
  return !isMadeOfWords(v) || (/[A-Za-z]{3,}\d{2,}$/.test(v) && v.length <= 20) || hasPasswordSymbols(v);
}

const keyLike = (v: string) => !isPlaceholder(v) && !v.includes(MARKER_PREFIX) && (/^[0-9a-f]{16,128}$/i.test(v) || looksRandom(v));

/** Literals right after an argument naming a secret (`Context.SECURITY_CREDENTIALS`, `"password"`, `DB_PASSWORD`). */
function pairedSecrets(text: string, args: Arg[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    const name = /([A-Za-z_][\w]*)["'`]?\s*$/.exec(text.slice(args[i - 1]!.start, args[i - 1]!.end))?.[1];
    const category = name === undefined ? null : categorize(name);
    if (a.literal && (category === "password" || category === "secret") && passwordLike(text.slice(a.start, a.end))) found.push([a.start, a.end]);
  }
  return found;
}

/** The literals of one call that are its credentials: the password after a user, or the key at its SDK's index. */
function callSecrets(text: string, callee: string, args: Arg[]): [number, number][] {
  if (PAIR_CALL_RE.test(callee)) return pairedSecrets(text, args);
  const keyIndex = KEY_CALLS.get(callee.toLowerCase());
  const found: [number, number][] = [];
  for (let i = keyIndex === 0 ? 0 : 1; i < args.length; i++) {
    const a = args[i]!;
    if (!a.literal) continue;
    const value = text.slice(a.start, a.end);
    // The user (or the SDK's app id) comes first; the secret is a later literal. Once one is found, a later
    // generated literal is a key too (`authorize_account("production", keyId, key)`).
    const secret = keyIndex !== undefined ? i === keyIndex && keyLike(value) : found.length === 0 ? passwordLike(value) : keyLike(value);
    if (secret) found.push([a.start, a.end]);
  }
  return found;
}

/**
 * UI tests typing into a field named for a secret: `page.fill("#password", "…")`, and `cy.get("#password").type("…")`
 * or `find_element(By.ID, "password").send_keys("…")`, where the field is named earlier on the line; Capybara's
 * `fill_in "Password", with: "…"`.
 */
function typedSecrets(index: TextIndex): [number, number][] {
  const text = index.text;
  const found: [number, number][] = [];
  INPUT_CALL_RE.lastIndex = 0;
  for (let m = INPUT_CALL_RE.exec(text); m; m = INPUT_CALL_RE.exec(text)) {
    const args = argumentsAt(index, INPUT_CALL_RE.lastIndex);
    const value = args?.[args.length - 1];
    if (!args || args.length > 2 || !value?.literal || !passwordLike(text.slice(value.start, value.end))) continue;
    // The line before the call, at most 160 characters back (a bounded look-back keeps the pass linear).
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const field = args.length === 2 ? text.slice(args[0]!.start, args[0]!.end) : before.slice(before.lastIndexOf("\n") + 1);
    if (SECRET_FIELD_RE.test(field)) found.push([value.start, value.end]);
  }
  FILL_IN_RE.lastIndex = 0;
  for (let m = FILL_IN_RE.exec(text); m; m = FILL_IN_RE.exec(text)) {
    const { field, value } = m.groups!;
    const start = m.index + m[0].length - 1 - value!.length;
    if (SECRET_FIELD_RE.test(field!) && passwordLike(value!)) found.push([start, start + value!.length]);
  }
  return found;
}

export function redactCredentialArguments(text: string, tally: Tally): string {
  const cuts: [number, number][] = [];
  const index = new TextIndex(text);
  const nimDb = text.includes("db_") && NIM_DB_IMPORT_RE.test(text);
  CALL_RE.lastIndex = 0;
  for (let m = CALL_RE.exec(text); m; m = CALL_RE.exec(text)) {
    const callee = m.groups!.callee!;
    const login = CREDENTIAL_CALL_RE.test(callee) || (nimDb && callee === "open");
    if (!KEY_CALLS.has(callee.toLowerCase()) && !PAIR_CALL_RE.test(callee) && !login && !PASSWORD_ONLY_CALL_RE.test(callee)) continue;
    const args = argumentsAt(index, CALL_RE.lastIndex, m.groups!.bare === undefined ? ")" : "\n");
    // A server SDK given only its key (`new LDClient("sdk-…")`) has one argument.
    if (args !== null && (args.length >= 2 || KEY_CALLS.get(callee.toLowerCase()) === 0)) cuts.push(...callSecrets(text, callee, args));
    const only = args?.length === 1 && PASSWORD_ONLY_CALL_RE.test(callee) ? args[0]! : undefined;
    if (only?.literal && passwordLike(text.slice(only.start, only.end))) cuts.push([only.start, only.end]);
  }
  TUPLE_RE.lastIndex = 0;
  for (let m = TUPLE_RE.exec(text); m; m = TUPLE_RE.exec(text)) {
    const args = argumentsAt(index, TUPLE_RE.lastIndex, m[1] === "(" ? ")" : "]");
    const secret = args?.length === 2 && args[0]!.literal && args[1]!.literal ? args[1] : undefined;
    if (secret && passwordLike(text.slice(secret.start, secret.end))) cuts.push([secret.start, secret.end]);
  }
  cuts.push(...typedSecrets(index));
  // A call inside another's arguments is found after it: cut() puts the ranges in text order.
  return tally.cut(text, cuts, "password");
}
