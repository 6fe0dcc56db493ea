// Public keys in base64 DER without their PEM lines (支付宝公钥 pasted into a config or a chat, `publicKey: "MIIB…"`):
// an X.509 SubjectPublicKeyInfo, SEQUENCE { AlgorithmIdentifier { a public-key algorithm's OID, … }, BIT STRING }.
// The header is read field by field: its stated lengths must add up (the outer SEQUENCE holds exactly the algorithm
// and the BIT STRING), the algorithm must be a public-key one, and the token must not run past the length the outer
// SEQUENCE states, so nothing can be appended inside it. The BIT STRING must hold the algorithm's key and nothing
// else (RSA's SEQUENCE of modulus and exponent, an EC point, a raw key of its size): any DER wraps any bytes, so a
// private key or a secret inside a public key's header would otherwise be kept. A token shorter than stated (a copy
// whose modulus lost bytes) is kept only as an RSA key that still opens its modulus, holds most of its stated
// length and ends with its exponent 65537, so a key's opening with something glued on is not taken for one. Private
// keys never take this shape: PKCS#8 and PKCS#1 open with an INTEGER version, an encrypted PKCS#8 with PBES2's OID
// and an OCTET STRING. Bounded regex and a fixed-size read, so linear in the input.
import { PUBLIC_KEY_ALGORITHM_OIDS, RAW_PUBLIC_KEY_BYTES } from "./proven-data.js";

type Span = [number, number];

/** A whole base64 token opening with a DER SEQUENCE (0x30 is `M`), at least 30 bytes. */
const DER_TOKEN_RE = /(?<![A-Za-z0-9+/_-])M[A-Za-z0-9+/]{39,8192}={0,2}(?![A-Za-z0-9+/_=-])/g;
const SEQUENCE = 0x30;
const OID = 0x06;
const BIT_STRING = 0x03;
const INTEGER = 0x02;
const RSA_ENCRYPTION = "2a864886f70d010101";
const RSA_ALGORITHMS = [RSA_ENCRYPTION, "2a864886f70d01010a"];
/** DSA and Diffie-Hellman: the key is one INTEGER. */
const INTEGER_KEY_ALGORITHMS = ["2a8648ce380401", "2a864886f70d010301"];
/** A copy shorter than stated keeps at least this share of it: lost bytes, not a header with something else after. */
const MIN_SHORTENED_SHARE = 0.75;
/** How an RSA public key's base64 ends, at each of the three alignments: its exponent 65537, DER 02 03 01 00 01. */
const RSA_EXPONENT_END_RE = /(?:AgMBAAE=?|IDAQAB|CAwEAAQ(?:==)?)$/;

/** A DER element's tag at `at`: its content's start and length, or null when the length is not DER's. */
function element(bytes: Buffer, at: number, tag: number): { start: number; length: number } | null {
  if (bytes[at] !== tag || at + 2 > bytes.length) return null;
  const first = bytes[at + 1]!;
  if (first < 0x80) return { start: at + 2, length: first };
  const size = first & 0x7f;
  if (size < 1 || size > 2 || at + 2 + size > bytes.length) return null;
  const length = size === 1 ? bytes[at + 2]! : bytes.readUInt16BE(at + 2);
  // DER's shortest form: a long length is at least 128, with no leading zero byte.
  return length < 0x80 || (size === 2 && length < 0x100) ? null : { start: at + 2 + size, length };
}

let algorithms: Set<string> | undefined;

/** Whether `bytes[start, end)` is an RSA public key: a SEQUENCE of exactly two INTEGERs, modulus and exponent. */
function isRsaKey(bytes: Buffer, start: number, end: number): boolean {
  const key = element(bytes, start, SEQUENCE);
  const modulus = key && element(bytes, key.start, INTEGER);
  const exponent = modulus && element(bytes, modulus.start + modulus.length, INTEGER);
  return !!exponent && key.start + key.length === end && exponent.start + exponent.length === end;
}

/** Whether `bytes[start, end)` is a key of algorithm `name`: its own shape, filling the BIT STRING exactly. */
function isKeyOf(name: string, bytes: Buffer, start: number, end: number): boolean {
  if (RSA_ALGORITHMS.includes(name)) return isRsaKey(bytes, start, end);
  if (INTEGER_KEY_ALGORITHMS.includes(name)) {
    const key = element(bytes, start, INTEGER);
    return !!key && key.start + key.length === end;
  }
  const raw = RAW_PUBLIC_KEY_BYTES[name];
  if (raw !== undefined) return end - start === raw;
  // An EC point (id-ecPublicKey, SM2): uncompressed 04 X Y, or compressed 02|03 X.
  const size = end - start;
  return (bytes[start] === 4 && size % 2 === 1 && size >= 41) || ((bytes[start] === 2 || bytes[start] === 3) && size % 2 === 0 && size >= 21);
}

/** A copy of an RSA key that lost bytes: it opens its modulus, keeps most of its length, ends with 65537. */
function isShortenedRsaKey(token: string, bytes: Buffer, keyStart: number, stated: number): boolean {
  const key = element(bytes, keyStart, SEQUENCE);
  const modulus = key && element(bytes, key.start, INTEGER);
  return !!modulus && modulus.length >= 64 && bytes.length >= stated * MIN_SHORTENED_SHARE && RSA_EXPONENT_END_RE.test(token);
}

/** Whether a base64 token opens with a SubjectPublicKeyInfo header and holds exactly what it states. */
export function isPublicKeyInfo(token: string): boolean {
  algorithms ??= new Set(PUBLIC_KEY_ALGORITHM_OIDS);
  const bytes = Buffer.from(token, "base64");
  const outer = element(bytes, 0, SEQUENCE);
  if (!outer || bytes.length > outer.start + outer.length) return false;
  const algorithm = element(bytes, outer.start, SEQUENCE);
  const oid = algorithm && element(bytes, algorithm.start, OID);
  if (!algorithm || !oid || oid.start + oid.length > algorithm.start + algorithm.length) return false;
  const name = bytes.subarray(oid.start, oid.start + oid.length).toString("hex");
  if (!algorithms.has(name)) return false;
  const key = element(bytes, algorithm.start + algorithm.length, BIT_STRING);
  const end = outer.start + outer.length;
  // The BIT STRING ends the SEQUENCE, and its first byte (unused bits) is 0: a key is whole bytes.
  if (!key || key.start + key.length !== end || key.start >= bytes.length || bytes[key.start] !== 0) return false;
  if (bytes.length === end) return isKeyOf(name, bytes, key.start + 1, end);
  return name === RSA_ENCRYPTION && isShortenedRsaKey(token, bytes, key.start + 1, end);
}

export function publicKeySpans(text: string): Span[] {
  if (!text.includes("M")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(DER_TOKEN_RE)) {
    if (isPublicKeyInfo(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
