// Base64 or hex whose bytes count by a fixed step (00 01 02 … 1f, the test key of RFC test vectors and fixtures):
// two bytes determine the whole value, so it holds no secret whatever it is named (`encodedKey`, `TEST_KEY`). Only
// an exact encoding is read (what decodes is what is written, nothing skipped), and a value of at least 16 bytes,
// so a short "123456…" typed as a password is never taken for one. Bytes that are all letters or digits are a typed
// password encoded (base64 of "abcdefghijklmnop" in a Kubernetes Secret), and a step of 0 is no count: a repeated
// pair of hex digits ("1212…", "abab…") is how a password is typed. Bounded regexes, so linear in the input.

type Span = [number, number];

/** A whole base64 or base64url token (no `+/` and `-_` mixed; the decoder checks), 16 to 1,024 bytes. */
const BASE64_TOKEN_RE = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{22,1368}={0,2}(?![A-Za-z0-9+/_=-])/g;
/** A whole hex token, one case, 16 to 1,024 bytes. */
const HEX_TOKEN_RE = /(?<![A-Za-z0-9+/_-])(?:[0-9a-f]{32,2048}|[0-9A-F]{32,2048})(?![A-Za-z0-9+/_=-])/g;
const MIN_BYTES = 16;

/** The bytes a hex token spells (the regex admits only whole pairs of one case). */
function hexBytes(token: string): Buffer | null {
  return token.length % 2 === 0 ? Buffer.from(token, "hex") : null;
}

/** The bytes a base64 token spells, or null when re-encoding them does not give the token back. */
function base64Bytes(token: string): Buffer | null {
  const url = /[-_]/.test(token);
  if (url && /[+/=]/.test(token)) return null;
  // Most tokens are no count, which their first bytes show without decoding the rest or encoding again.
  if (!stepsEvenly(leadBytes(token))) return null;
  const bytes = Buffer.from(token, url ? "base64url" : "base64");
  if (!isCountingBytes(bytes)) return null;
  const again = bytes.toString(url ? "base64url" : "base64");
  return again === token || (!url && again.replace(/=+$/, "") === token) ? bytes : null;
}

const SEXTETS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The first four bytes that a token of base64 or base64url characters spells (its first six characters). */
function leadBytes(token: string): number[] {
  const v = (i: number) => (token[i] === "-" ? 62 : token[i] === "_" ? 63 : SEXTETS.indexOf(token[i]!));
  return [(v(0) << 2) | (v(1) >> 4), ((v(1) & 15) << 4) | (v(2) >> 2), ((v(2) & 3) << 6) | v(3), (v(4) << 2) | (v(5) >> 4)];
}

/** Whether each byte follows the one before it by the same step (mod 256), which is not 0. */
function stepsEvenly(bytes: ArrayLike<number>): boolean {
  const step = (bytes[1]! - bytes[0]! + 256) % 256;
  if (step === 0) return false;
  for (let i = 2; i < bytes.length; i++) if ((bytes[i]! - bytes[i - 1]! + 256) % 256 !== step) return false;
  return true;
}

/** ASCII letters and digits: bytes that spell a word someone typed. */
const isTyped = (bytes: Buffer) => bytes.every((b) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/** Whether every byte follows the one before it by the same step (mod 256, not 0), and they are not typed. */
export function isCountingBytes(bytes: Buffer): boolean {
  return bytes.length >= MIN_BYTES && stepsEvenly(bytes) && !isTyped(bytes);
}

function countingTokens(text: string, re: RegExp, decode: (token: string) => Buffer | null, spans: Span[]): void {
  for (const m of text.matchAll(re)) {
    const bytes = decode(m[0]);
    if (bytes && isCountingBytes(bytes)) spans.push([m.index, m.index + m[0].length]);
  }
}

/** Every whole base64 or hex token of `text` that spells counting bytes. */
export function countingByteSpans(text: string): Span[] {
  const spans: Span[] = [];
  countingTokens(text, HEX_TOKEN_RE, hexBytes, spans);
  countingTokens(text, BASE64_TOKEN_RE, base64Bytes, spans);
  return spans;
}
