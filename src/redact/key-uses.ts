// Keys that no name announces but whose use does: `const K = "<64 hex>"` later given to `hmac(K, body)`, `_KEY =
// bytes.fromhex("…")` given to `AESGCM(_KEY)`, a literal passed straight to `createHmac("sha256", "…")`, a constant
// sent as a bearer token or an API-key header. Calls and uses are found with one regex each and arguments read with a
// bound; the assignments of the names they use are found with another regex over the text: linear passes.
import { KEY_USE_CALLS, SIGNER_CALLEE_RE, SIGNER_KEY_ARG_RE, VENDOR_KEY_CALLS } from "./call-names.js";
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/**
 * A callee path (`crypto.createHmac`, `OpenSSL::HMAC.hexdigest`) and its opening parenthesis; a method chained on a
 * call's result or on a line of its own (`…).SignedString(key)`, `    .signWith(key)`) counts by its own name.
 */
const CALL_RE = /(?:(?<![\w$.])|(?<=[\s)]\.))((?:[A-Za-z_$][\w$]{0,40}(?:\.|::)){0,3}[A-Za-z_$][\w$]{0,40})[ \t]*\(/g;
/**
 * One argument: a name, maybe converted on the way (`K.getBytes(UTF_8)`, `K.encode()`, `Buffer.from(K, "hex")`,
 * `[]byte(K)`, Rust's `&K`), or a literal maybe wrapped in one call (`bytes.fromhex("…")`, Go's `[]byte("…")`, Rust's
 * `hex!("…")`, `b"…"`).
 */
const ARG_NAME_RE = /^\s*(?:(?:\[\])?[A-Za-z_$][\w$.]{0,40}!?\(\s*)?[&*]?([A-Za-z_$][\w$]{0,63})(?:\.\w{1,24}\([\w.$]{0,40}\))?\s*(?:,[^()]{0,40})?\)?\s*$/;
const ARG_LITERAL_RE = /^\s*(?:(?:\[\])?[A-Za-z_$][\w$.]{0,40}!?\([ \t]*)?[bBrRuU]?(["'`])([^"'`\n]{16,512})\1/;
/**
 * `NAME = "…"`, `const NAME: string = "…"`, `NAME := "…"`, `NAME = bytes.fromhex("…")`, `byte[] NAME = "…".getBytes()`,
 * a fallback after a look-up (`const NAME = process.env.K ?? "…"`), Go's `NAME, _ := hex.DecodeString("…")` and Rust's
 * `const NAME: [u8; 32] = hex!("…")`.
 */
const ASSIGN_RE = /(?<![\w$.])([A-Za-z_$][\w$]{0,63})(?:,[ \t]*_)?[ \t]*(?::[ \t]*[\w.[\]<>|; ]{1,40})?[ \t]*:?=[ \t]*(?:[\w$.[\]"']{1,60}[ \t]*(?:\?\?|\|\|)[ \t]*)?(?:(?:\[\])?[A-Za-z_$][\w$.]{0,40}!?\([ \t]*)?[bBrRuU]?(["'`])([^"'`\n]{16,512})\2/g;
const MAX_ARGS = 400;
/**
 * A name used as a credential outside a call: a bearer token built from it (`"Bearer " + K`, `` `Bearer ${K}` ``,
 * `f"Bearer {K}"`), the value of an API-key or token header (`{"X-Api-Key": K}`, `headers["Authorization"] = K`),
 * or interpolated into a URL's key or token parameter (Trello's `?key=${KEY}&token=${TOKEN}`, `"&key=" + KEY`).
 */
const CREDENTIAL_USE_RE =
  /(?:Bearer|Token)[ \t]*(?:["'`][ \t]*\+[ \t]*|\$\{|\{)([A-Za-z_$][\w$]{0,63})|["'](?:x-)?(?:api[-_]?key|auth[-_]?token|access[-_]?token|authorization)["'][ \t]*\]?[ \t]*[:=][ \t]*([A-Za-z_$][\w$]{0,63})(?![\w$.(])|[?&](?:key|api_?key|apikey|token|access_?token)=(?:["'`][ \t]*\+[ \t]*|\$\{|\{)([A-Za-z_$][\w$]{0,63})(?=[}"'`\s+&]|$)/gi;

/** Hex of random bytes: most bytes differ and they do not count up (RFC test keys are 0x0b repeated or 0x01…0x19). */
function isRandomHex(v: string, min = 32): boolean {
  if (v.length < min || v.length % 2 !== 0) return false;
  const bytes = Buffer.from(v, "hex");
  const steps = new Set(bytes.subarray(1).map((b, i) => (b - bytes[i]! + 256) % 256));
  return new Set(bytes).size * 2 >= bytes.length && steps.size > 2;
}

function keyShaped(v: string, minHex = 32): boolean {
  if (isPlaceholder(v) || v.includes(MARKER_PREFIX)) return false;
  return /^[0-9a-f]+$/i.test(v) ? isRandomHex(v, minHex) : looksRandom(v);
}

/** The ranges of a call's top-level arguments, split at commas, within a bound; strings are skipped whole. */
function argumentsAt(text: string, from: number): [number, number][] {
  const args: [number, number][] = [];
  const limit = Math.min(text.length, from + MAX_ARGS);
  let depth = 0;
  let start = from;
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === "`") {
      let close = i + 1;
      while (close < limit && text[close] !== c) close++;
      if (close >= limit) return args;
      i = close;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && depth-- === 0) return [...args, [start, i]];
    else if (c === "," && depth === 0) {
      args.push([start, i]);
      start = i + 1;
    }
  }
  return args;
}

/** The key argument of a call using one: a name to look up, or a literal's range. */
function keyArgument(text: string, args: [number, number][], indexes: readonly number[]): string | [number, number] | undefined {
  for (const i of indexes) {
    const [start, end] = args[i] ?? [0, 0];
    const arg = text.slice(start, end);
    const name = ARG_NAME_RE.exec(arg)?.[1];
    if (name !== undefined) return name;
    const literal = ARG_LITERAL_RE.exec(arg);
    if (literal) {
      const close = start + literal[0].length - 1;
      return [close - literal[2]!.length, close];
    }
  }
  return undefined;
}

/** The literal of a signer's named key argument (`key = "…".hexToByteArray()`), or undefined. */
function namedKeyArgument(text: string, args: [number, number][]): [number, number] | undefined {
  for (const [start, end] of args) {
    const name = SIGNER_KEY_ARG_RE.exec(text.slice(start, end));
    if (!name) continue;
    const literal = /^[bBrRuU]?(["'`])([^"'`\n]{16,512})\1/.exec(text.slice(start + name[0].length, end));
    if (!literal) return undefined;
    const open = start + name[0].length + literal[0].length - 1 - literal[2]!.length;
    return [open, open + literal[2]!.length];
  }
  return undefined;
}

/** A vendor's key may be shorter than a MAC key: JPush's master secret is 24 hex. */
const VENDOR_MIN_HEX = 16;

export function redactKeyUses(text: string, tally: Tally): string {
  const names = new Set<string>();
  const vendorNames = new Set<string>();
  const cuts: [number, number][] = [];
  CALL_RE.lastIndex = 0;
  for (let m = CALL_RE.exec(text); m; m = CALL_RE.exec(text)) {
    const path = m[1]!.toLowerCase().replace(/::/g, ".");
    const vendor = VENDOR_KEY_CALLS.get(path);
    const indexes = vendor ?? KEY_USE_CALLS.get(path) ?? KEY_USE_CALLS.get(path.split(".").slice(-2).join(".")) ?? KEY_USE_CALLS.get(path.split(".").pop()!);
    const signer = SIGNER_CALLEE_RE.test(path.split(".").pop()!);
    if (indexes === undefined && !signer) continue;
    const args = argumentsAt(text, CALL_RE.lastIndex);
    // Swift's and Kotlin's labels (`Hmac(key: "…")`) name the key argument wherever it stands.
    const key = (indexes && keyArgument(text, args, indexes)) ?? (signer ? namedKeyArgument(text, args) : undefined);
    if (typeof key === "string") (vendor ? vendorNames : names).add(key);
    else if (key !== undefined && keyShaped(text.slice(key[0], key[1]), vendor ? VENDOR_MIN_HEX : undefined)) cuts.push(key);
  }
  CREDENTIAL_USE_RE.lastIndex = 0;
  for (let m = CREDENTIAL_USE_RE.exec(text); m; m = CREDENTIAL_USE_RE.exec(text)) names.add((m[1] ?? m[2] ?? m[3])!);
  if (names.size === 0 && vendorNames.size === 0 && cuts.length === 0) return text;
  ASSIGN_RE.lastIndex = 0;
  for (let m = ASSIGN_RE.exec(text); m; m = ASSIGN_RE.exec(text)) {
    const vendor = vendorNames.has(m[1]!);
    if (!(vendor || names.has(m[1]!)) || !keyShaped(m[3]!, vendor ? VENDOR_MIN_HEX : undefined)) continue;
    const end = m.index + m[0].length - 1;
    cuts.push([end - m[3]!.length, end]);
  }
  return tally.cut(text, cuts, "secret");
}
