// Unnamed generated secrets: a long run of key characters that nothing names (an argument, an array element, a
// header value, a word in a prompt). Judged by shape alone, so the test is strict: upper case, lower case and
// digits, frequent changes between them (identifiers change rarely: "parseJSONValue2"), not words, not hex (git
// SHAs, content hashes), not labelled as a hash or public key, and not base64 of readable text or JSON (fixtures).
import { encodedFileBlocks, isEncodedPublicData } from "./encoded.js";
import { publicBlocks } from "./key-bodies.js";
import { prefixLength } from "./lines.js";
import { categorize } from "./names.js";
import { isProtobufMessage } from "./protobuf.js";
import { isDataFilePath, isPublicByLabel, keptSpans } from "./public-values.js";
import { isMadeOfWords, isPlaceholder, isPublicIdentifier, looksRandom, type Tally } from "./values.js";

const MIN = 28;
// Shorter runs are matched too so base64 padding counts towards MIN and `user:password` in base64 is seen.
const TOKEN_RE = /[A-Za-z0-9+/_\-.~!$%&*@^]{12,65536}={0,2}/g;
/**
 * Labels that say the following value is a digest, a public key, inline data or an identifier: `sha256:`, a
 * certificate pin (`digest="SHA-256">`), a hashed known_hosts entry (`|1|salt|hash`), an ETag (or If-None-Match), a request or trace id
 * header (`x-amz-id-2`, `x-amz-cf-id`, `x-request-id`, S3's `HostId` and `x-amz-version-id`), a segment of an ARN.
 * Not a bare or session id: those can be credentials.
 */
const LABEL_BEFORE_RE =
  /(?:(?:sha(?:1|224|256|384|512)|md5)(?:[-:=][ \t]*["']?)|sha-(?:1|256|384|512)["']?>|pin-sha256=["']?|h1:|zh:|base64,|"[nxy]"[ \t]*:[ \t]*"|(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-[\w-]+|sk-[\w@.-]+)[ \t]+|pub(?:lic)?[_-]?key\w*["']?[ \t]*[:=][ \t]*["']?|(?:^|[\s+-])\|1\|(?:[A-Za-z0-9+/]{27}=\|)?|arn:[\w-]{1,32}:[^\s"'`,;|&=]{0,200}|(?:etag|if-(?:none-)?match|x-amz-id-\d|(?:request|trace|span|correlation|transaction|message|event|cf|run|build|job|commit|host|version)[-_]?id)["']?[ \t]*[:=][ \t]*(?:W\/)?["']?)$/i;

/** Share of neighbouring characters that switch class (lower, upper, digit, other). */
function switchRate(s: string): number {
  const cls = (c: string) => (c >= "a" && c <= "z" ? 0 : c >= "A" && c <= "Z" ? 1 : c >= "0" && c <= "9" ? 2 : 3);
  let switches = 0;
  for (let i = 1; i < s.length; i++) if (cls(s[i]!) !== cls(s[i - 1]!)) switches++;
  return switches / (s.length - 1);
}

/**
 * CamelCase identifiers with digits ("WebGL2RenderingContextOverloads", "convertIPv4MappedIPv6ToIPv4"): most of
 * their letters sit in humps of three or more letters holding a vowel. Random text breaks into short humps.
 */
export function isIdentifierOfWords(token: string): boolean {
  if (!/^[A-Za-z_][\w]*$/.test(token)) return false;
  const humps = token.match(/[A-Z]{2,}(?=[A-Z][a-z]|\d|_|$)|[A-Z]?[a-z]+|[A-Z]+|\d+/g) ?? [];
  // Five consonants in a row ("ekstpcm") are random letters; English words rarely have them ("lengths").
  const inWords = humps.filter((h) => h.length >= 3 && /[aeiouy]/i.test(h) && !/[^aeiouy\d]{5}/i.test(h)).reduce((n, h) => n + h.length, 0);
  return inWords / token.replace(/[\d_$]/g, "").length >= 0.7;
}

/** Base64 whose decoded bytes are readable text with spaces, or JSON: a test fixture, not a key. */
function decodesToText(s: string): boolean {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s) || s.length % 4 === 1) return false;
  const decoded = Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return false;
  // Lines of a MIME body or an e-mail fixture keep their line breaks.
  return /^\s*[[{]/.test(decoded) || (/ /.test(decoded) && /^[A-Za-z0-9\s,.!?'":;()-]+$/.test(decoded));
}

/** Base64 of `user:password` (a Basic credential, a registry auth) whose password is not a word: secret at any length. */
export function decodesToCredential(s: string): boolean {
  if (s.length > 512 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return false;
  const m = /^[\w.@+-]{1,64}:([\x21-\x7e]{4,128})$/.exec(Buffer.from(s, "base64").toString("latin1"));
  return m !== null && !isMadeOfWords(m[1]!) && !isPlaceholder(m[1]!);
}

/** A JSON member that holds a credential, in decoded base64 (a Kubernetes `.dockerconfigjson`, a registry auth). */
const CREDENTIAL_MEMBER_RE = /"(?:password|passwd|auth|token|secret|identitytoken|registrytoken|api_?key)"\s*:\s*"[^"\s]{4,}"/i;

/** Any string member of a JSON text: its name and value. */
const MEMBER_RE = /"([\w.-]{1,64})"\s*:\s*"([^"\s]{8,})"/g;

/** Base64 of JSON that holds a credential (an OAuth client's `client_secret`, a registry auth): secret at any length. */
function decodesToCredentialJson(s: string): boolean {
  if (s.length > 16384 || !s.startsWith("ey") || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return false;
  const json = Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
  if (CREDENTIAL_MEMBER_RE.test(json)) return true;
  for (const m of json.matchAll(MEMBER_RE)) {
    const category = categorize(m[1]!);
    if ((category === "password" || category === "secret") && !isPlaceholder(m[2]!) && !isMadeOfWords(m[2]!)) return true;
  }
  return false;
}

/**
 * Hex of printable text that looks generated or like a password (`pin_hex: 4844…`, `psk_hex: 5175…` for
 * "Quartz!4156ti4"): the encoded secret, not a digest, whose 12 or more random bytes are almost never all printable.
 */
function decodesToRandomText(s: string): boolean {
  if (s.length < 24 || s.length > 512 || s.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(s)) return false;
  const decoded = Buffer.from(s, "hex").toString("latin1");
  if (!/^[\x21-\x7e]+$/.test(decoded)) return false;
  return looksRandom(decoded) || (/[A-Za-z]/.test(decoded) && /[^A-Za-z]/.test(decoded) && !isMadeOfWords(decoded) && !isPlaceholder(decoded));
}

export function isUnnamedSecret(token: string, min = MIN): boolean {
  // Most tokens are too short or of one case, and then only a decoded credential counts: looked at before the
  // costlier public-data checks, which cannot make such a token secret.
  const shaped = token.length >= min && /[a-z]/.test(token) && /[A-Z]/.test(token);
  if (!shaped && !decodesToCredential(token) && !decodesToCredentialJson(token) && !decodesToRandomText(token)) return false;
  if (isEncodedPublicData(token) || isPlaceholder(token) || isPublicIdentifier(token)) return false;
  if (decodesToCredential(token) || decodesToCredentialJson(token) || decodesToRandomText(token)) return true;
  if (token.length < min || !/[a-z]/.test(token) || !/[A-Z]/.test(token)) return false;
  // Without digits only a long run that switches case often (random letters, not CamelCase words) qualifies.
  if (!/[0-9]/.test(token) && (token.length < 32 || switchRate(token) < 0.4)) return false;
  // Hex after a short prefix: Twilio SIDs (AC…), Ethereum addresses (0x…), upper-case digests.
  if (/^(?:[A-Z]{1,4}|0x)?[0-9a-f]+$/.test(token) || /^[0-9A-F]+$/.test(token)) return false;
  if (/^(?:sha(?:1|224|256|384|512)|md5)-/i.test(token)) return false;
  if (switchRate(token) < 0.3 || isMadeOfWords(token) || isIdentifierOfWords(token)) return false;
  // A path of words and numbers ("/allOf/2/items/0/properties/foo_items_0"): no segment of it is random.
  const segments = token.split(/[/._-]+/);
  if (segments.length > 1 && segments.every((p) => p.length < 8 || /^[0-9a-f]+$/i.test(p) || isMadeOfWords(p) || isIdentifierOfWords(p))) return false;
  // Percent-encoded text ("http%3A%2F%2Flocalhost%3A3000%2Fcallback") is words once decoded, also when encoded
  // twice ("hello%2520world%2526x%253Dy": `%25` is an encoded `%`).
  if (/%[0-9A-F]{2}/i.test(token) && isMadeOfWords(token.replace(/%(?:25)*[0-9A-F]{2}/gi, " "))) return false;
  return !decodesToText(token) && !isProtobufMessage(token);
}

const IDENT_PATH_RE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
const FILE_EXT_RE = /\.(?:[cm]?[jt]sx?|d\.ts|css|map|json|html?|png|svg|jpe?g|gif|webp|woff2?|md|ya?ml|txt|wasm)$/;

/**
 * Code and paths that happen to mix cases and digits: a URL path ("//github.com/…/issues/12936"), a file name
 * ("chunks/index.B7x9kQ2d.js"), a member access or call ("types.isUint8ClampedArray("), an assignment target.
 * A path of identifiers counts as code only when none of its segments switches case like random text.
 */
function isCodeOrPath(token: string, before: string, after: string): boolean {
  if (token.startsWith("//") || FILE_EXT_RE.test(token) || isDataFilePath(token)) return true;
  if (!IDENT_PATH_RE.test(token)) return false;
  if (before === "." || after.startsWith("(") || /^\s*=[^=]/.test(after)) return true;
  return token.includes(".") && token.split(".").every((seg) => seg.length < 8 || switchRate(seg) < 0.45);
}

/**
 * minisign and signify public keys: the argument of `minisign -P`, and the line under an "untrusted comment: …
 * public key" line of a .pub file. Their secret keys are marked "secret key" and stay redacted.
 */
function isSigningPublicKey(text: string, offset: number): boolean {
  // Bounded look-back: the current line's last 200 characters and, if it starts within them, the line before.
  const before = text.slice(Math.max(0, offset - 400), offset);
  const nl = before.lastIndexOf("\n");
  if (/\bminisign\b[^\n]{0,160}[ \t]-P[ \t]+['"]?$/.test(before.slice(Math.max(nl + 1, before.length - 200)))) return true;
  if (nl === -1 || before.length - nl > 200) return false;
  return /untrusted comment:[^\n]*\bpublic key\b[^\n]*$/i.test(before.slice(Math.max(0, nl - 200), nl));
}

/** Where a value stands alone, shorter random tokens count: a line of its own, a command-line flag's argument. */
const SHORT_MIN = 20;
const FLAG_BEFORE_RE = /(?:^|[ \t])--?[A-Za-z][\w-]{0,30}(?:=|[ \t]+)$/;

function standsAlone(text: string, offset: number, length: number): boolean {
  const before = text.slice(Math.max(0, offset - 64), offset);
  if (FLAG_BEFORE_RE.test(before)) return true;
  const nl = before.lastIndexOf("\n");
  if (nl === -1 && offset > 64) return false;
  const lead = before.slice(nl + 1);
  const end = text.indexOf("\n", offset + length);
  const trail = text.slice(offset + length, end === -1 ? Math.min(text.length, offset + length + 64) : Math.min(end, offset + length + 64));
  return prefixLength(lead) === lead.length && /^[ \t\r]*$/.test(trail) && (end !== -1 || offset + length + 64 >= text.length);
}

/** Whether an offset lies in one of `ranges`, for offsets asked in increasing order: linear over a whole text. */
export function rangeTest(ranges: [number, number][]): (offset: number) => boolean {
  ranges.sort((a, b) => a[0] - b[0]);
  let i = 0;
  let reach = -1;
  return (offset) => {
    // Ranges starting before the offset have been passed; the furthest end among them decides.
    while (i < ranges.length && ranges[i]![0] <= offset) reach = Math.max(reach, ranges[i++]![1]);
    return offset < reach;
  };
}

export function redactUnnamed(text: string, tally: Tally): string {
  if (text.length < 12) return text;
  const signing = /minisign|untrusted comment/.test(text);
  const inBlock = rangeTest([...publicBlocks(text), ...encodedFileBlocks(text), ...keptSpans(text)]);
  return text.replace(TOKEN_RE, (token: string, offset: number) => {
    const min = token.length >= SHORT_MIN && token.length < MIN && standsAlone(text, offset, token.length) ? SHORT_MIN : MIN;
    if (!isUnnamedSecret(token, min)) return token;
    if (inBlock(offset)) return token;
    if (text[offset - 1] === "[" && token.startsWith("REDACTED")) return token;
    // A regex character class ("[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]") is code.
    if (text[offset - 1] === "[" && text[offset + token.length] === "]" && /[A-Za-z0-9]-[A-Za-z0-9]/.test(token)) return token;
    if (LABEL_BEFORE_RE.test(text.slice(Math.max(0, offset - 40), offset)) || (signing && isSigningPublicKey(text, offset))) return token;
    if (isPublicByLabel(token, text.slice(Math.max(0, offset - 80), offset))) return token;
    if (isCodeOrPath(token, text[offset - 1] ?? "", text.slice(offset + token.length, offset + token.length + 3))) return token;
    return tally.add("secret", token);
  });
}
