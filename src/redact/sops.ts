// SOPS-encrypted files: the data key in the `sops` metadata (YAML or JSON), wrapped by KMS, GCP KMS, Azure Key Vault
// or PGP, whose key never is in the text. Kept only in SOPS's own metadata block, proven by what sops writes there
// and nowhere else: the `version:` with the file's `mac: ENC[AES256_GCM,…]`, or with `lastmodified:` and values in
// SOPS's full envelope grammar beside it (`ENC[AES256_GCM,data:…,iv:<32 bytes>,tag:<16 bytes>,type:str]`). In a diff
// every piece of evidence must be on the data key's own side or in context. The value must be binary base64: text
// there is someone's plaintext. One pass over each block and each line, bounded regexes, so linear in the input.
import { isBinaryBase64 } from "./ciphertext.js";

type Span = [number, number];
/** A diff side: `+`, `-`, or "" for context and plain text. */
type Side = "+" | "-" | "";

const sideOf = (line: string): Side => (line[0] === "+" || line[0] === "-" ? line[0] : "");

const SOPS_KEY_RE = /^([+\- ]?[ \t]*)sops:[ \t]*$/gm;
const LEAD_RE = /^[+\- ]?[ \t]*/;
const ENC_LINE_RE = /^[+\- ]?[ \t]*(?:-[ \t]+)?enc:[ \t]*(\S+)[ \t]*$/;
const MAC_LINE_RE = /^[+\- ]?[ \t]*mac:[ \t]*ENC\[AES256_GCM,/;
const VERSION_LINE_RE = /^[+\- ]?[ \t]*version:[ \t]*["']?\d+\.\d+/;
const LASTMODIFIED_LINE_RE = /^[+\- ]?[ \t]*lastmodified:[ \t]*["']?\d{4}-\d\d-\d\dT\d\d:\d\d/;
/**
 * A value as sops encrypts it: AES-256-GCM with a 32-byte IV (43 characters and one `=`) and a 16-byte tag (22 and
 * `==`), and one of the types sops records. Nothing else fits between its brackets.
 */
const SOPS_VALUE_RE = /ENC\[AES256_GCM,data:[A-Za-z0-9+\/]{0,65536}={0,2},iv:[A-Za-z0-9+\/]{43}=,tag:[A-Za-z0-9+\/]{22}==,type:(?:str|int|float|bool|bytes|comment)\]/;
/** A wrapped data key: a KMS ciphertext blob is over 100 bytes, an RSA-wrapped one 256. */
const WRAPPED_KEY_MIN_BYTES = 64;

/** What sops writes, seen per diff side. */
interface Seen {
  mac: Set<Side>;
  version: Set<Side>;
  lastmodified: Set<Side>;
  values: Set<Side>;
}

/** Whether the evidence holds for one side: each piece on that side or in context. */
function provenOn(seen: Seen, side: Side): boolean {
  const has = (pieces: Set<Side>) => pieces.has(side) || pieces.has("");
  return has(seen.version) && (has(seen.mac) || (has(seen.lastmodified) && has(seen.values)));
}

/** A context line is in both versions of the file: it is a data key when either version proves SOPS. */
const proven = (seen: Seen, side: Side) => (side === "" ? (["", "+", "-"] as Side[]).some((s) => provenOn(seen, s)) : provenOn(seen, side));

/** The sides on which a line holds a value in SOPS's envelope grammar. */
function valueSides(text: string): Set<Side> {
  const sides = new Set<Side>();
  if (!text.includes("ENC[AES256_GCM,")) return sides;
  for (const line of text.split("\n")) if (line.includes("ENC[AES256_GCM,") && SOPS_VALUE_RE.test(line)) sides.add(sideOf(line));
  return sides;
}

/** The `enc:` values of a SOPS YAML file's metadata block (the lines indented deeper than `sops:`). */
function sopsDataKeys(text: string): Span[] {
  if (!text.includes("sops:")) return [];
  const values = valueSides(text);
  const spans: Span[] = [];
  SOPS_KEY_RE.lastIndex = 0;
  for (let m = SOPS_KEY_RE.exec(text); m; m = SOPS_KEY_RE.exec(text)) {
    const indent = m[1]!.length;
    const keys: { span: Span; side: Side }[] = [];
    const seen: Seen = { mac: new Set(), version: new Set(), lastmodified: new Set(), values };
    let pos = m.index + m[0].length + 1;
    while (pos < text.length) {
      const nl = text.indexOf("\n", pos);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(pos, end).replace(/\r$/, "");
      if (/^[+\- ]?[ \t]*$/.test(line) || LEAD_RE.exec(line)![0].length <= indent) break;
      const side = sideOf(line);
      const enc = ENC_LINE_RE.exec(line);
      if (enc && isBinaryBase64(enc[1]!, WRAPPED_KEY_MIN_BYTES)) {
        const at = pos + line.lastIndexOf(enc[1]!);
        keys.push({ span: [at, at + enc[1]!.length], side });
      }
      if (MAC_LINE_RE.test(line)) seen.mac.add(side);
      if (VERSION_LINE_RE.test(line)) seen.version.add(side);
      if (LASTMODIFIED_LINE_RE.test(line)) seen.lastmodified.add(side);
      pos = end + 1;
    }
    for (const key of keys) if (proven(seen, key.side)) spans.push(key.span);
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

/** The data keys of every SOPS file's metadata in `text`, YAML or JSON. */
export function sopsDataKeySpans(text: string): Span[] {
  return [...sopsDataKeys(text), ...sopsJsonDataKeys(text)];
}
