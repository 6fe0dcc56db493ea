// AWS KMS ciphertext blobs (`aws kms encrypt`'s CiphertextBlob, GenerateDataKey's wrapped key): base64 of a blob
// that opens with KMS's cleartext header (format version 1, then the header's own version bytes, a zero and 0x78)
// followed by the identifier of the backing key that can decrypt it. The key never leaves KMS, so the blob is no
// usable secret wherever it is stored and whatever it is named (`dbPasswordCiphertext`). The rest must be binary,
// as ciphertext is: base64 of text after the header is someone's plaintext, and so is a run of text amid binary
// (ASCII or UTF-16), which random ciphertext holds by chance in fewer than one blob in 10^4. Where the blob carries
// KMS's full layout (the length of its CMS EncryptedData at byte 54, the DER SEQUENCE at 58), that length must end
// it, so nothing can be appended inside the token. Bounded regex, so linear in the input.
import { isBinaryBase64 } from "./ciphertext.js";

type Span = [number, number];

/** The header's first five bytes in base64 (01, 01|02, 01|02, 00, 78) and the rest of a whole token. */
const KMS_BLOB_RE = /(?<![A-Za-z0-9+/_-])AQ[EI][BC]AH[g-j][A-Za-z0-9+/]{130,8192}={0,2}(?![A-Za-z0-9+/_=-])/g;
/** The smallest blob: header, key identifier and a short CMS EncryptedData; `aws kms encrypt` gives 140 bytes and up. */
const MIN_BYTES = 100;
/** Where KMS's layout states the length of the CMS EncryptedData that follows it. */
const CMS_LENGTH_AT = 54;
const CMS_AT = 58;
const DER_SEQUENCE = 0x30;

/** Sixteen printable ASCII bytes in a row, or eight UTF-16LE characters: text, not ciphertext. */
const TEXT_RUN_RE = /[\x20-\x7e]{16}|(?:[\x20-\x7e]\x00){8}/;

/** Whether the bytes fit a KMS blob: the header, no text, and the stated CMS length (when the CMS is there) ending it. */
export function isKmsBlob(bytes: Buffer): boolean {
  if (bytes.length < MIN_BYTES || bytes[0] !== 1 || bytes[3] !== 0 || bytes[4] !== 0x78) return false;
  if (TEXT_RUN_RE.test(bytes.toString("latin1"))) return false;
  if (![1, 2].includes(bytes[1]!) || ![1, 2].includes(bytes[2]!)) return false;
  const stated = bytes.readUInt32BE(CMS_LENGTH_AT);
  const layout = bytes[CMS_AT] === DER_SEQUENCE && stated > 0 && stated <= bytes.length;
  return !layout || CMS_AT + stated === bytes.length;
}

/**
 * The line `aws kms encrypt` (or `re-encrypt`, `generate-data-key…`) prints under `--query CiphertextBlob --output
 * text`: the CLI prints that field and nothing else, so the line is the blob whatever its length (a copy may be cut
 * short). It must still open with KMS's header and hold no text, so a line typed in after the command is not kept,
 * and where it carries KMS's layout it may not run past the length that states.
 */
const CLI_OUTPUT_RE = /aws[ \t]+kms[ \t]+(?:encrypt|re-encrypt|generate-data-key(?:-without-plaintext)?)[ \t][^\r\n]{0,1024}\r?\n(AQ[EI][BC]AH[g-j][A-Za-z0-9+/]{40,8192}={0,2})[ \t]*(?=\r?\n|$)/dg;
const CLI_QUERY_RE = /--query[ \t=]+["']?CiphertextBlob["']?(?=\s)/;
const CLI_TEXT_RE = /--output[ \t=]+text\b/;
/** Header, key identifier and some ciphertext: a shorter line is no blob. */
const MIN_CLI_BYTES = 48;

/** Whether bytes go on past the CMS length KMS's layout states: a copy may be cut short, never longer. */
function overrunsLayout(bytes: Buffer): boolean {
  if (bytes.length <= CMS_AT || bytes[CMS_AT] !== DER_SEQUENCE) return false;
  return CMS_AT + bytes.readUInt32BE(CMS_LENGTH_AT) < bytes.length;
}

function cliOutputSpans(text: string): Span[] {
  if (!text.includes("CiphertextBlob")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(CLI_OUTPUT_RE)) {
    const command = m[0].slice(0, m.indices![1]![0] - m.index);
    if (!CLI_QUERY_RE.test(command) || !CLI_TEXT_RE.test(command)) continue;
    const bytes = Buffer.from(m[1]!, "base64");
    if (bytes.length >= MIN_CLI_BYTES && bytes[3] === 0 && bytes[4] === 0x78 && !TEXT_RUN_RE.test(bytes.toString("latin1")) && !overrunsLayout(bytes)) spans.push(m.indices![1]!);
  }
  return spans;
}

export function kmsBlobSpans(text: string): Span[] {
  if (!/AQ[EI][BC]AH/.test(text)) return [];
  const spans: Span[] = cliOutputSpans(text);
  for (const m of text.matchAll(KMS_BLOB_RE)) {
    if (!isBinaryBase64(m[0], MIN_BYTES)) continue;
    if (isKmsBlob(Buffer.from(m[0], "base64"))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
