// Public keys in base64 DER without their PEM lines (支付宝公钥 pasted into a config or a chat, `publicKey: "MIIB…"`):
// an X.509 SubjectPublicKeyInfo, SEQUENCE { AlgorithmIdentifier { a public-key algorithm's OID, … }, BIT STRING }.
// The header is read field by field: its stated lengths must add up (the outer SEQUENCE holds exactly the algorithm
// and the BIT STRING), the algorithm must be a public-key one, and the token must not run past the length the outer
// SEQUENCE states, so nothing can be appended inside it. A token shorter than stated (a copy whose modulus lost or
// gained bytes) is kept only as an RSA key that still ends with its exponent 65537, so a key's opening with
// something glued on is not taken for one. Private
// keys never take this shape: PKCS#8 and PKCS#1 open with an INTEGER version, an encrypted PKCS#8 with PBES2's OID
// and an OCTET STRING. Bounded regex and a fixed-size read, so linear in the input.
import { PUBLIC_KEY_ALGORITHM_OIDS } from "./proven-data.js";

type Span = [number, number];

/** A whole base64 token opening with a DER SEQUENCE (0x30 is `M`), at least 30 bytes. */
const DER_TOKEN_RE = /(?<![A-Za-z0-9+/_-])M[A-Za-z0-9+/]{39,8192}={0,2}(?![A-Za-z0-9+/_=-])/g;
const SEQUENCE = 0x30;
const OID = 0x06;
const BIT_STRING = 0x03;
const RSA_ENCRYPTION = "2a864886f70d010101";
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
  // The BIT STRING ends the SEQUENCE, and its first byte (unused bits) is 0: a key is whole bytes.
  if (!key || key.start + key.length !== outer.start + outer.length || key.start >= bytes.length || bytes[key.start] !== 0) return false;
  return bytes.length === outer.start + outer.length || (name === RSA_ENCRYPTION && RSA_EXPONENT_END_RE.test(token));
}

export function publicKeySpans(text: string): Span[] {
  if (!text.includes("M")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(DER_TOKEN_RE)) {
    if (isPublicKeyInfo(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
