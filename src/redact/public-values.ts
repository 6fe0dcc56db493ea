// Values that look generated but hold no secret, recognised by their format or by the label they stand under:
// ids that providers publish (Stripe object ids, Mapbox `pk.` tokens, reCAPTCHA site keys, YouTube playlists),
// encrypted values (SOPS `ENC[…]`, SealedSecret `encryptedData`), source-map `mappings`, paths of data files and
// constants named as test fixtures. Each rule needs a format that a provider's secret does not share, or a label
// that a secret is never filed under; all are bounded regexes or single passes, so linear in the input.
import { CREDENTIAL_WORDS, DATA_FILE_EXTENSIONS, STRIPE_OBJECT_PREFIXES, TEST_DATA_WORDS } from "./public-data.js";

/** Mapbox public tokens: `pk.` and a JWT-like body whose payload starts `{"u":"`; secret ones are `sk.`/`tk.`. */
const MAPBOX_PUBLIC_RE = /^pk\.eyJ1Ijoi[A-Za-z0-9_-]{4,400}\.[A-Za-z0-9_-]{10,100}$/;
/** YouTube playlist ids: a kind prefix (uploads, liked, mix…) and 10–40 id characters. */
const PLAYLIST_ID_RE = /^(?:PL|UU|LL|FL|OL|RD)[A-Za-z0-9_-]{10,40}$/;
const PLAYLIST_LABEL_RE = /(?:playlist(?:[-_]?id)?["']?[ \t]*[:=][ \t]*["']?|[?&]list=)$/i;
/**
 * A captcha site key (reCAPTCHA, hCaptcha, Turnstile) is embedded in every page that shows the widget: `sitekey`,
 * `data-sitekey`, `siteKey`, `SITE_KEY`, but not the end of another word (`website_key`).
 */
const SITE_KEY_LABEL_RE = /(?:(?<![A-Za-z0-9])(?:site|Site|SITE)|(?<=[a-z])Site)[-_]?(?:key|Key|KEY)["']?[ \t]*[:=][ \t]*["'`]?$/;
/** `NAME = "`, `name: '`, `"name": "` right before a literal: the name it is assigned to. */
const ASSIGNED_NAME_RE = /([A-Za-z_$][\w$]{0,63})["']?[ \t]*(?::=|[:=])[ \t]*["'`]$/;

let stripeIdRe: RegExp | undefined;
let dataFileRe: RegExp | undefined;
let testWords: Set<string> | undefined;
let credentialWords: Set<string> | undefined;

/**
 * Public by design: Stripe object ids (`evt_…`, `pi_…`, `cus_…`; not a client secret `pi_…_secret_…`, whose extra
 * underscores the shape excludes) and Mapbox public tokens.
 */
export function isPublicByDesign(value: string): boolean {
  // Built on first use, not at import: the hooks import this module.
  stripeIdRe ??= new RegExp(`^(?:${STRIPE_OBJECT_PREFIXES.join("|")})_[A-Za-z0-9]{14,34}$|^cs_(?:test|live)_[A-Za-z0-9]{20,80}$`);
  return stripeIdRe.test(value) || MAPBOX_PUBLIC_RE.test(value);
}

/** A path or file name ending in a data or media file's extension: `exports/2026/part-00000.parquet`. */
export function isDataFilePath(token: string): boolean {
  dataFileRe ??= new RegExp(`[^./][.](?:${DATA_FILE_EXTENSIONS.join("|")})$`, "i");
  return dataFileRe.test(token);
}

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/** `FIXTURE_33 = "`, `samplePayload: '`: a literal assigned to a name of test data that names no credential. */
function isTestDataName(before: string): boolean {
  const m = ASSIGNED_NAME_RE.exec(before);
  if (!m) return false;
  testWords ??= new Set(TEST_DATA_WORDS);
  credentialWords ??= new Set(CREDENTIAL_WORDS);
  const ws = nameWords(m[1]!);
  return ws.some((w) => testWords!.has(w)) && !ws.some((w) => credentialWords!.has(w) || /(?:key|token|secret|passw)/.test(w));
}

/** `token` is public given the text before it (its line, at most the last 80 characters). */
export function isPublicByLabel(token: string, before: string): boolean {
  if (SITE_KEY_LABEL_RE.test(before)) return true;
  if (PLAYLIST_ID_RE.test(token) && PLAYLIST_LABEL_RE.test(before)) return true;
  return isTestDataName(before);
}

/** SOPS: every value of an encrypted file is `ENC[<cipher>,data:…,iv:…,tag:…,type:…]`, base64 ciphertext throughout. */
const SOPS_VALUE_RE = /ENC\[[A-Z0-9_]{3,20},data:[A-Za-z0-9+/=]{0,1048576},iv:[A-Za-z0-9+/=]{0,128},tag:[A-Za-z0-9+/=]{0,128},type:[a-z]{1,10}\]/g;
/** A source map's VLQ `mappings` string: base64 digits, commas and semicolons only. */
const MAPPINGS_RE = /"mappings"[ \t]*:[ \t]*"[A-Za-z0-9+/,;]{0,16777216}"/g;

function matchRanges(text: string, re: RegExp, needle: string): [number, number][] {
  if (!text.includes(needle)) return [];
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** Base64 of at least 64 bytes whose bytes are mostly outside printable ASCII: ciphertext, not an encoded password. */
function isBinaryBase64(value: string): boolean {
  if (value.length < 88 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const bytes = Buffer.from(value, "base64");
  let printable = 0;
  for (const b of bytes) if (b >= 0x20 && b < 0x7f) printable++;
  return printable / bytes.length < 0.6;
}

const ENCRYPTED_DATA_RE = /^([+\- ]?[ \t]*)encryptedData:[ \t]*$/gm;
const SEALED_ENTRY_RE = /^[+\- ]?[ \t]*[\w.-]{1,253}:[ \t]*(\S+)[ \t]*$/;

/**
 * Values of a SealedSecret's `encryptedData` block: encrypted to the cluster controller's public key, decryptable
 * only inside the cluster. Only base64 that decodes to binary counts, so a plain password (or base64 text) written
 * there by mistake is still a secret.
 */
function sealedValues(text: string): [number, number][] {
  if (!text.includes("encryptedData:")) return [];
  const ranges: [number, number][] = [];
  ENCRYPTED_DATA_RE.lastIndex = 0;
  for (let m = ENCRYPTED_DATA_RE.exec(text); m; m = ENCRYPTED_DATA_RE.exec(text)) {
    const indent = m[1]!.length;
    let pos = m.index + m[0].length + 1;
    // The block: the lines indented deeper than `encryptedData:`.
    while (pos < text.length) {
      const nl = text.indexOf("\n", pos);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(pos, end).replace(/\r$/, "");
      if (/^[+\- ]?[ \t]*$/.test(line)) break;
      if (/^[+\- ]?[ \t]*/.exec(line)![0].length <= indent) break;
      const entry = SEALED_ENTRY_RE.exec(line);
      if (entry && isBinaryBase64(entry[1]!)) {
        const at = pos + line.lastIndexOf(entry[1]!);
        ranges.push([at, at + entry[1]!.length]);
      }
      pos = end + 1;
    }
    ENCRYPTED_DATA_RE.lastIndex = Math.max(ENCRYPTED_DATA_RE.lastIndex, pos);
  }
  return ranges;
}

const ENCRYPTED_DATA_JSON_RE = /"encryptedData"[ \t]*:[ \t]*\{[^{}]{0,1048576}\}/g;
const JSON_MEMBER_RE = /"[\w.-]{1,253}"[ \t]*:[ \t]*"([A-Za-z0-9+/=]{88,1048576})"/g;

/** The same in a SealedSecret written as JSON: `"encryptedData": { "password": "AgB…" }`. */
function sealedJsonValues(text: string): [number, number][] {
  if (!text.includes('"encryptedData"')) return [];
  const ranges: [number, number][] = [];
  for (const block of text.matchAll(ENCRYPTED_DATA_JSON_RE)) {
    for (const m of block[0].matchAll(JSON_MEMBER_RE)) {
      if (!isBinaryBase64(m[1]!)) continue;
      const at = block.index + m.index + m[0].length - 1 - m[1]!.length;
      ranges.push([at, at + m[1]!.length]);
    }
  }
  return ranges;
}

/** Ranges of encrypted values and source-map mappings: no detector redacts inside them. */
export function keptSpans(text: string): [number, number][] {
  return [
    ...matchRanges(text, SOPS_VALUE_RE, "ENC["),
    ...matchRanges(text, MAPPINGS_RE, '"mappings"'),
    ...sealedValues(text),
    ...sealedJsonValues(text),
  ];
}

/** Whether an offset lies in one of `text`'s kept spans, asked in any order (binary search over the spans). */
export function keptTest(text: string): (offset: number) => boolean {
  const spans = keptSpans(text).sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return () => false;
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]![0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    // Spans do not overlap (each kind matches disjoint text), so the last one starting before the offset decides.
    return spans[lo]![0] <= offset && offset < spans[lo]![1];
  };
}
