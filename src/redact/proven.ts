// Spans of a text proven to hold no secret, which the detectors never see (shield.ts): public-by-design values
// (publishable.ts, publishable-vendors.ts, public-keys.ts), ciphertext (ciphertext.ts, sops.ts, envelopes.ts,
// kms-blobs.ts), test bytes that count (counting-bytes.ts), one-time values a protocol sends to the browser
// (nonces.ts), SIP transaction ids (sip-ids.ts), minisign public keys (minisign-keys.ts), documented default credentials (dev-defaults.ts), base64 test
// payloads of record text (text-fixtures.ts), access-key ids alone (key-ids.ts), identifiers and digests in their
// documented format and place (formats.ts), and here text in disguise: a value spelled wholly in `\uXXXX` escapes of
// Chinese (UI strings in a .properties file), an algorithm's name under an algorithm setting, and a MIME text part in
// base64 whose decoded text the detectors find clean. Each finder is one bounded pass: linear in the input.
import { ciphertextSpans } from "./ciphertext.js";
import { countingByteSpans } from "./counting-bytes.js";
import { envelopeSpans } from "./envelopes.js";
import { type Line, linesOf } from "./lines.js";
import { formatSpans } from "./formats.js";
import { hl7DocumentSpans } from "./hl7.js";
import { keyIdSpans } from "./key-ids.js";
import { kmsBlobSpans } from "./kms-blobs.js";
import { nonceSpans } from "./nonces.js";
import { devDefaultSpans } from "./dev-defaults.js";
import { minisignKeySpans } from "./minisign-keys.js";
import { sipIdSpans } from "./sip-ids.js";
import { textFixtureSpans } from "./text-fixtures.js";
import { ALGORITHM_NAME_WORDS, ALGORITHM_NAMES } from "./proven-data.js";
import { publicKeySpans } from "./public-keys.js";
import { publishableSpans } from "./publishable.js";
import { publishableVendorSpans } from "./publishable-vendors.js";
import { referenceSpans } from "./references.js";
import { sopsDataKeySpans } from "./sops.js";
import { words } from "./values.js";

type Span = [number, number];

/** Runs of `\uXXXX` escapes; a run longer than the bound is cut, and its next piece fails the context test. */
const ESCAPES_RE = /(?:\\u[0-9a-fA-F]{4}){2,1024}/g;
/**
 * Chinese and its punctuation: CJK symbols, Extension A, Unified Ideographs, full-width forms. Not full-width letters
 * and digits (`\uff48\uff55\uff4e…` is "ｈｕｎ…"): those spell an ASCII password in disguise.
 */
const isFullWidthAlphanumeric = (code: number) => (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
const isCjk = (code: number) =>
  (code >= 0x3000 && code <= 0x303f) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef && !isFullWidthAlphanumeric(code));

/**
 * A value that is nothing but escaped Chinese (`login.password=\u5bc6\u7801`, "密码"): the escaped form of text the
 * detectors keep unescaped. Only the whole value, after `=`, `:` or a quote and up to a quote or the line's end, so
 * an escaped keyword with a password after it is still read.
 */
function escapedChinese(text: string): Span[] {
  if (!text.includes("\\u")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(ESCAPES_RE)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (!/(?:[=:][ \t]*["']?|["'])$/.test(before) || !/^(?:["']|[ \t]*(?:\r?\n|$))/.test(after)) continue;
    const codes = m[0].split("\\u").slice(1).map((h) => parseInt(h, 16));
    if (codes.every(isCjk)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const ALGORITHM_SETTING_RE = /(?<![\w$.-])([A-Za-z_][\w.-]{0,40})["']?[ \t]*[:=][ \t]*(["']?)([A-Za-z0-9_-]{2,32})\2(?=[ \t]*(?:[,;}#\r\n]|$))/dg;
let algorithmWords: Set<string> | undefined;
let algorithmNames: Set<string> | undefined;

/** `algorithm: argon2id`, `hash_algorithm = "sha256"`: a known algorithm's name under an algorithm setting. */
function algorithmSettings(text: string): Span[] {
  if (!/alg|kdf|hasher|cipher|digest/i.test(text)) return [];
  algorithmWords ??= new Set(ALGORITHM_NAME_WORDS);
  algorithmNames ??= new Set(ALGORITHM_NAMES);
  const spans: Span[] = [];
  for (const m of text.matchAll(ALGORITHM_SETTING_RE)) {
    if (algorithmWords.has(words(m[1]!).pop() ?? "") && algorithmNames.has(m[3]!.toLowerCase())) spans.push(m.indices![3]!);
  }
  return spans;
}

const BASE64_LINE_RE = /^[A-Za-z0-9+/]{4,998}={0,2}$/;
const TRANSFER_BASE64_RE = /^Content-Transfer-Encoding:[ \t]*base64[ \t]*$/i;
const TEXT_TYPE_RE = /^Content-Type:[ \t]*text\/[\w.+-]+/i;
const TRANSFER_BASE64_ANYWHERE_RE = /Content-Transfer-Encoding:[ \t]*base64/i;
/** Decoded text may hold tabs and line breaks, nothing else below a space. */
const CONTROL_RE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/**
 * The decoded text of a base64 body, or null when it is not UTF-8 text. Node's decoder stops at the first `=` and
 * skips stray characters, so the body must be exactly the encoding of what was decoded: a line after a padded one
 * would otherwise be kept unread. Decoded text that declares base64 parts of its own is not judged (null): the
 * detectors do not read base64 text, so a password inside it would look clean.
 */
function decodedText(body: Line[]): string | null {
  const base64 = body.map((l) => l.content).join("");
  const bytes = Buffer.from(base64, "base64");
  if (bytes.toString("base64") !== base64) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return CONTROL_RE.test(text) || TRANSFER_BASE64_ANYWHERE_RE.test(text) ? null : text;
  } catch {
    return null;
  }
}

/**
 * The base64 body of a MIME part declared `text/*` with `Content-Transfer-Encoding: base64`, when its decoded text is
 * UTF-8 that `isClean` (the whole redactor) leaves unchanged. A mail that says "your password is …" stays redacted.
 */
function mimeTextBodies(text: string, isClean: (decoded: string) => boolean): Span[] {
  if (!TRANSFER_BASE64_ANYWHERE_RE.test(text)) return [];
  const spans: Span[] = [];
  let headers = { base64: false, textType: false };
  let body: Line[] | undefined;
  const flush = () => {
    const decoded = body && body.length > 0 ? decodedText(body) : null;
    if (decoded !== null && isClean(decoded)) spans.push([body![0]!.contentStart, body![body!.length - 1]!.end]);
    body = undefined;
  };
  for (const line of linesOf(text)) {
    const c = line.content;
    if (body !== undefined) {
      if (BASE64_LINE_RE.test(c)) {
        body.push(line);
        continue;
      }
      flush();
    }
    if (c === "") {
      // The blank line ends a part's headers: its body follows when they declared base64 text.
      if (headers.base64 && headers.textType) body = [];
      headers = { base64: false, textType: false };
      continue;
    }
    headers.base64 ||= TRANSFER_BASE64_RE.test(c);
    headers.textType ||= TEXT_TYPE_RE.test(c);
  }
  flush();
  return spans;
}

/** What may stand right before a kept value: the delimiters of a value, never more of a token. */
const OPENS_VALUE_RE = /[\s"'`=:([{,>]/;
/**
 * What may follow it: its end (a space, the text's end, a closing tag), or closing punctuation (a few quotes, commas,
 * brackets, then a space, the end or a sentence's full stop), or Chinese punctuation before more Chinese or a space
 * (`key 是 <value>，放在…`), never a value glued on by punctuation (`phc_…,Tr0ub4dor`, `phc_…，Tr0ub4dor`).
 */
const VALUE_END_RE = /^(?:$|\s|<\/|["'`,;)\]}]["'`,;)\]}>]{0,3}(?:$|\s|<\/|\.(?:\s|$))|[，。；、）！？](?:$|\s|[^\x00-\x7f]))/;
/** A query parameter's value (`?client-id=…&currency=USD`), which `&` ends; elsewhere `&` is part of a value. */
const QUERY_PARAMETER_RE = /[?&#][\w.~-]{1,64}=$/;
/**
 * A separator after a value rather than a name, in one token (`ansible_password=timber-pepper-22:<span>`): the
 * span would be the end of that value, which the detectors must read whole.
 */
const AFTER_VALUE_RE = /[=:][^\s"'`,;({[&?#=:]{0,128}[=:]$/;

/** A diff's `+` or `-` at a line's start: nothing of a token stands before the span on its line. */
const isDiffMarker = (text: string, at: number) => (text[at] === "+" || text[at] === "-") && (at === 0 || text[at - 1] === "\n");

/**
 * Whether a span is a whole value, delimited on both sides: a proven shape that is only part of a longer token says
 * nothing about the rest of it, and its marker would change how the detectors read that token (`Bearer
 * phc_…&Tr0ub4dor` is one credential to the header's pattern, which takes no `$` of a marker). A quoted value ends
 * at its closing quote, whatever follows it.
 */
function standsApart(text: string, [start, end]: Span): boolean {
  const before = start === 0 ? "" : text[start - 1]!;
  if (start > 0 && !OPENS_VALUE_RE.test(before) && !isDiffMarker(text, start - 1)) return false;
  const lead = text.slice(Math.max(0, start - 160), start);
  const inQuery = QUERY_PARAMETER_RE.test(lead);
  if (!inQuery && AFTER_VALUE_RE.test(lead)) return false;
  if (/["'`]/.test(before) && text[end] === before) return true;
  if (VALUE_END_RE.test(text.slice(end, end + 8))) return true;
  return text[end] === "&" && inQuery;
}

/** Encodings whose bytes prove them: counting test bytes, KMS ciphertext blobs, public keys in DER. */
const encodedSpans = (text: string): Span[] => [...countingByteSpans(text), ...kmsBlobSpans(text), ...publicKeySpans(text), ...minisignKeySpans(text)];

/**
 * Every span of `text` proven public, encrypted or a reference (references.ts); `isClean` redacts decoded text or a
 * command to see that it holds nothing.
 */
export function provenSpans(text: string, isClean: (decoded: string) => boolean): Span[] {
  const spans = [...publishableSpans(text), ...publishableVendorSpans(text), ...ciphertextSpans(text), ...sopsDataKeySpans(text), ...envelopeSpans(text), ...nonceSpans(text), ...sipIdSpans(text), ...devDefaultSpans(text), ...formatSpans(text), ...escapedChinese(text), ...algorithmSettings(text), ...mimeTextBodies(text, isClean), ...referenceSpans(text, isClean), ...keyIdSpans(text, isClean), ...textFixtureSpans(text, isClean), ...encodedSpans(text)];
  // HL7 fields are delimited by their own grammar (`^`, `|`), which hl7.ts checks.
  return [...spans.filter((span) => standsApart(text, span)), ...hl7DocumentSpans(text)];
}
