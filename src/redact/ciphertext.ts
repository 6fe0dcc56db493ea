// Ciphertext whose key lives elsewhere, kept only where its structure proves encryption (SOPS files: sops.ts): Pulumi
// `secure: v1:<nonce>:<ciphertext>` values, Travis CI `secure:` values of exactly one RSA block, Jasypt `ENC(…)`
// values of binary base64, Spring Cloud Config `{cipher}` values and Magento's `<version>:3:<base64>` values. Base64 that decodes to readable text (a password someone wrapped by hand) is never kept,
// nor is anything beside the ciphertext: a password next to it is still a password. Bounded regexes, so linear in
// the input.
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

/**
 * Pulumi stack config secrets: `secure: v1:` then the 12-byte AES-GCM nonce (16 base64 characters) and the
 * ciphertext with its tag (at least 16 bytes), as YAML or JSON. Pulumi takes only its own ciphertext there.
 */
const PULUMI_SECURE_RE = /(?<![\w$])(["']?)secure\1[ \t]*:[ \t]*(["']?)(v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{22,8192}={0,2})\2(?=[ \t]*(?:[,}\r\n]|$))/dg;

/**
 * Travis CI's `secure:` values (`travis encrypt`): PKCS#1 RSA ciphertext under the repository's public key, whose
 * private key only Travis holds. Ciphertext is exactly one block of the modulus (1024 to 4096 bits) in strict base64
 * (4 characters per 3 bytes, padded): a value of any other length is not what Travis decrypts and stays judged.
 */
const TRAVIS_SECURE_RE = /(?<![\w$])(["']?)secure\1[ \t]*:[ \t]*(["']?)([A-Za-z0-9+/]{170,684}={0,2})\2(?=[ \t]*(?:[,}\r\n]|$))/dg;
/** RSA modulus sizes in bytes: 1024, 2048, 3072 and 4096 bits. */
const RSA_BLOCK_BYTES = [128, 256, 384, 512];

function isRsaBlock(base64: string): boolean {
  const bytes = Math.floor((base64.replace(/=+$/, "").length * 3) / 4);
  return RSA_BLOCK_BYTES.includes(bytes) && base64.length === Math.ceil(bytes / 3) * 4 && isBinaryBase64(base64, bytes);
}

/**
 * Jasypt's `ENC(…)`: base64 of salt (and IV) and cipher blocks, at least 16 bytes, random. Whole blocks are not
 * required: jasypt decrypts every ENC() value at startup, so a value it cannot decrypt (a copy cut short, a mock)
 * is no working plaintext either. Base64 of text inside ENC() is someone's plaintext and stays redactable.
 */
const JASYPT_RE = /(?<![\w$])ENC\(([A-Za-z0-9+/]{22,8192}={0,2})\)/g;
const JASYPT_MIN_BYTES = 16;

/** Words inside ENC() ("correcthorsebatterystaple") decode to binary too, but are a password, not its ciphertext. */
const isJasyptCiphertext = (base64: string) => isBinaryBase64(base64, JASYPT_MIN_BYTES) && !isMadeOfWords(base64);

/** Hex of bytes mostly outside printable ASCII, as `isBinaryBase64` for base64. */
function isBinaryHex(value: string, minBytes: number): boolean {
  return value.length % 2 === 0 && isBinaryBase64(Buffer.from(value, "hex").toString("base64"), minBytes);
}

/**
 * Spring Cloud Config's `{cipher}` values (an optional `{key:…}` names the key). With a symmetric key the config
 * server writes hex of a 16-byte IV and whole AES blocks (so 32 hex per block, at least two); with an RSA key,
 * base64 of the wrapped key and the data, more than one 128-byte RSA block. Either decodes to random bytes; hex or
 * base64 of text after `{cipher}` is someone's plaintext and stays judged.
 */
const SPRING_CIPHER_RE = /(?<![\w$])\{cipher\}(?:\{key:[\w.-]{1,64}\})?(?:([0-9a-f]{64,8192})|([A-Za-z0-9+/]{176,8192}={0,2}))(?![\w+/=])/g;
const AES_HEX_BLOCK = 32;
const RSA_MIN_BYTES = 130;

function isSpringCiphertext(hex: string | undefined, base64: string | undefined): boolean {
  if (hex !== undefined) return hex.length % AES_HEX_BLOCK === 0 && isBinaryHex(hex, hex.length / 2);
  return isBinaryBase64(base64!, RSA_MIN_BYTES) && !isMadeOfWords(base64!);
}

/**
 * Magento's encrypted config values (`Magento\Framework\Encryption\Encryptor`): `<key version>:3:` then base64 of
 * a 12-byte ChaCha20-Poly1305 nonce, the ciphertext and its 16-byte tag, so more than 28 bytes, and random.
 */
const MAGENTO_RE = /(?<![\w$.:/+=-])\d{1,3}:3:([A-Za-z0-9+/]{40,8192}={0,2})(?![\w+/=:])/g;
const MAGENTO_MIN_BYTES = 29;

const isMagentoCiphertext = (base64: string) => isBinaryBase64(base64, MAGENTO_MIN_BYTES) && !isMadeOfWords(base64);

export function ciphertextSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (text.includes("v1:")) for (const m of text.matchAll(PULUMI_SECURE_RE)) spans.push(m.indices![3]!);
  if (text.includes("secure")) for (const m of text.matchAll(TRAVIS_SECURE_RE)) if (isRsaBlock(m[3]!)) spans.push(m.indices![3]!);
  if (text.includes("ENC(")) {
    for (const m of text.matchAll(JASYPT_RE)) if (isJasyptCiphertext(m[1]!)) spans.push([m.index, m.index + m[0].length]);
  }
  if (text.includes("{cipher}")) {
    for (const m of text.matchAll(SPRING_CIPHER_RE)) if (isSpringCiphertext(m[1], m[2])) spans.push([m.index, m.index + m[0].length]);
  }
  if (text.includes(":3:")) for (const m of text.matchAll(MAGENTO_RE)) if (isMagentoCiphertext(m[1]!)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
