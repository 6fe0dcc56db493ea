// Public keys in base64 DER without their PEM lines (支付宝公钥 pasted into a config or a chat, `publicKey: "MIIB…"`):
// an X.509 SubjectPublicKeyInfo, SEQUENCE { AlgorithmIdentifier { a public-key algorithm's OID, … }, BIT STRING }.
// The header is read field by field: its stated lengths must add up (the outer SEQUENCE holds exactly the algorithm
// and the BIT STRING), the algorithm must be a public-key one, and the token must not run past the length the outer
// SEQUENCE states, so nothing can be appended inside it. A copy cut short is still only public-key bytes. Private
// keys never take this shape: PKCS#8 and PKCS#1 open with an INTEGER version, an encrypted PKCS#8 with PBES2's OID
// and an OCTET STRING. Bounded regex and a fixed-size read, so linear in the input.
import { PUBLIC_KEY_ALGORITHM_OIDS } from "./proven-data.js";

type Span = [number, number];

/** A whole base64 token opening with a DER SEQUENCE (0x30 is `M`), at least 30 bytes. */
const DER_TOKEN_RE = /(?<![A-Za-z0-9+/_-])M[A-Za-z0-9+/]{39,8192}={0,2}(?![A-Za-z0-9+/_=-])/g;
const SEQUENCE = 0x30;
const OID = 0x06;
const BIT_STRING = 0x03;

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

/** Whether `bytes` open with a SubjectPublicKeyInfo header and stay within the length it states. */
export function isPublicKeyInfo(bytes: Buffer): boolean {
  algorithms ??= new Set(PUBLIC_KEY_ALGORITHM_OIDS);
  const outer = element(bytes, 0, SEQUENCE);
  if (!outer || bytes.length > outer.start + outer.length) return false;
  const algorithm = element(bytes, outer.start, SEQUENCE);
  const oid = algorithm && element(bytes, algorithm.start, OID);
  if (!algorithm || !oid || oid.start + oid.length > algorithm.start + algorithm.length) return false;
  if (!algorithms.has(bytes.subarray(oid.start, oid.start + oid.length).toString("hex"))) return false;
  const key = element(bytes, algorithm.start + algorithm.length, BIT_STRING);
  // The BIT STRING ends the SEQUENCE, and its first byte (unused bits) is 0: a key is whole bytes.
  return !!key && key.start + key.length === outer.start + outer.length && key.start < bytes.length && bytes[key.start] === 0;
}

export function publicKeySpans(text: string): Span[] {
  if (!text.includes("M")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(DER_TOKEN_RE)) {
    if (isPublicKeyInfo(Buffer.from(m[0], "base64"))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
