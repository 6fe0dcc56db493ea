// Ciphertext whose key lives elsewhere, kept only where its structure proves encryption: the data keys in a SOPS
// file's `sops` metadata, YAML or JSON (wrapped by KMS, GCP KMS or Azure Key Vault), Pulumi `secure: v1:<nonce>:<ciphertext>`
// values and Jasypt `ENC(…)` values of binary base64. Base64 that decodes to readable text
// (a password someone wrapped by hand) is never kept, nor is anything beside the ciphertext: a password next to
// it is still a password. Bounded regexes and one pass over each `sops:` block, so linear in the input.
import { isMadeOfWords } from "./values.js";

type Span = [number, number];

/** Base64 (or base64url) of at least `minBytes` bytes that are mostly outside printable ASCII: random, not text. */
export function isBinaryBase64(value: string, minBytes: number): boolean {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  const bytes = Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  if (bytes.length < minBytes) return false;
  let printable = 0;
  for (const b of bytes) if (b >= 0x20 && b < 0x7f) printable++;
  return printable / bytes.length < 0.6;
}

const SOPS_KEY_RE = /^([+\- ]?[ \t]*)sops:[ \t]*$/gm;
const LEAD_RE = /^[+\- ]?[ \t]*/;
const ENC_LINE_RE = /^[+\- ]?[ \t]*(?:-[ \t]+)?enc:[ \t]*(\S+)[ \t]*$/;
/** A wrapped data key: a KMS ciphertext blob is over 100 bytes, an RSA-wrapped one 256. */
const WRAPPED_KEY_MIN_BYTES = 64;

/**
 * The `enc:` values of a SOPS file's metadata block: the file's data key, encrypted by a KMS key. The block must be
 * SOPS's own (it holds the file's `mac: ENC[…]` and the `version:`), and the value binary base64.
 */
function sopsDataKeys(text: string): Span[] {
  if (!text.includes("sops:")) return [];
  const spans: Span[] = [];
  SOPS_KEY_RE.lastIndex = 0;
  for (let m = SOPS_KEY_RE.exec(text); m; m = SOPS_KEY_RE.exec(text)) {
    const indent = m[1]!.length;
    const keys: Span[] = [];
    let mac = false;
    let version = false;
    let pos = m.index + m[0].length + 1;
    // The block: the lines indented deeper than `sops:`.
    while (pos < text.length) {
      const nl = text.indexOf("\n", pos);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(pos, end).replace(/\r$/, "");
      if (/^[+\- ]?[ \t]*$/.test(line) || LEAD_RE.exec(line)![0].length <= indent) break;
      const enc = ENC_LINE_RE.exec(line);
      if (enc && isBinaryBase64(enc[1]!, WRAPPED_KEY_MIN_BYTES)) {
        const at = pos + line.lastIndexOf(enc[1]!);
        keys.push([at, at + enc[1]!.length]);
      }
      mac ||= /^[+\- ]?[ \t]*mac:[ \t]*ENC\[AES256_GCM,/.test(line);
      version ||= /^[+\- ]?[ \t]*version:[ \t]*["']?\d+\.\d+/.test(line);
      pos = end + 1;
    }
    if (mac && version) spans.push(...keys);
    SOPS_KEY_RE.lastIndex = Math.max(SOPS_KEY_RE.lastIndex, pos);
  }
  return spans;
}

const SOPS_JSON_RE = /"sops"[ \t]*:[ \t]*\{/g;
const JSON_ENC_RE = /"enc"[ \t]*:[ \t]*"([A-Za-z0-9+/_=-]{1,16384})"/dg;
/** How far a JSON `sops` object's closing brace is looked for: its metadata is a few KB. */
const SOPS_JSON_REACH = 65536;

/** The same in a SOPS-encrypted JSON file: `"sops": { "kms": [{ "enc": "…" }], "mac": "ENC[…]", "version": "…" }`. */
function sopsJsonDataKeys(text: string): Span[] {
  if (!text.includes('"sops"')) return [];
  const spans: Span[] = [];
  SOPS_JSON_RE.lastIndex = 0;
  for (let m = SOPS_JSON_RE.exec(text); m; m = SOPS_JSON_RE.exec(text)) {
    const start = m.index + m[0].length;
    // The object's end by brace depth (its values are base64, ARNs and dates: no braces inside strings).
    let depth = 1;
    let end = start;
    while (end < text.length && end - start < SOPS_JSON_REACH && depth > 0) {
      const c = text[end++];
      if (c === "{") depth++;
      else if (c === "}") depth--;
    }
    // Whatever was scanned is not scanned again, closed or not: linear over the text.
    SOPS_JSON_RE.lastIndex = end;
    const block = text.slice(start, end);
    if (depth !== 0 || !/"mac"[ \t]*:[ \t]*"ENC\[AES256_GCM,/.test(block) || !/"version"[ \t]*:[ \t]*"\d+\.\d+/.test(block)) continue;
    for (const e of block.matchAll(JSON_ENC_RE)) {
      if (isBinaryBase64(e[1]!, WRAPPED_KEY_MIN_BYTES)) spans.push([start + e.indices![1]![0], start + e.indices![1]![1]]);
    }
  }
  return spans;
}

/**
 * Pulumi stack config secrets: `secure: v1:` then the 12-byte AES-GCM nonce (16 base64 characters) and the
 * ciphertext with its tag (at least 16 bytes), as YAML or JSON. Pulumi takes only its own ciphertext there.
 */
const PULUMI_SECURE_RE = /(?<![\w$])(["']?)secure\1[ \t]*:[ \t]*(["']?)(v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{22,8192}={0,2})\2(?=[ \t]*(?:[,}\r\n]|$))/dg;

/**
 * Jasypt's `ENC(…)`: base64 of salt (and IV) and cipher blocks, at least 16 bytes, random. Whole blocks are not
 * required: jasypt decrypts every ENC() value at startup, so a value it cannot decrypt (a copy cut short, a mock)
 * is no working plaintext either. Base64 of text inside ENC() is someone's plaintext and stays redactable.
 */
const JASYPT_RE = /(?<![\w$])ENC\(([A-Za-z0-9+/]{22,8192}={0,2})\)/g;
const JASYPT_MIN_BYTES = 16;

/** Words inside ENC() ("correcthorsebatterystaple") decode to binary too, but are a password, not its ciphertext. */
const isJasyptCiphertext = (base64: string) => isBinaryBase64(base64, JASYPT_MIN_BYTES) && !isMadeOfWords(base64);

export function ciphertextSpans(text: string): Span[] {
  const spans = [...sopsDataKeys(text), ...sopsJsonDataKeys(text)];
  if (text.includes("v1:")) for (const m of text.matchAll(PULUMI_SECURE_RE)) spans.push(m.indices![3]!);
  if (text.includes("ENC(")) {
    for (const m of text.matchAll(JASYPT_RE)) if (isJasyptCiphertext(m[1]!)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
