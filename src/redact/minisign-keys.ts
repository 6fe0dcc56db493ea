// minisign and signify public keys (`RWQ…`, what a README prints for verifying downloads): base64 of exactly 42
// bytes, the signature algorithm `Ed`, an 8-byte key id and a 32-byte Ed25519 public key. Only a verifier's key
// takes that size: a minisign or signify secret key is a longer blob (minisign 158 bytes with its KDF and checksum,
// signify 104), so a secret key body never matches, whatever the text calls it. The 32 bytes could carry any
// 32-byte value, so the text must also say what the token is: its line (or the line before, minisign's `untrusted
// comment: minisign public key …`) names minisign or signify and a public key (or minisign's `-P` flag), and says
// nothing of a secret or private key, not even inside a name. The whole token only, delimited, so nothing is glued to
// it. Bounded regexes, so linear in the input.

type Span = [number, number];

/** 42 bytes in base64, unpadded, opening with `Ed` (`RW` then one of `Q`–`T`). */
const KEY_RE = /(?<![A-Za-z0-9+/_-])RW[Q-T][A-Za-z0-9+/]{53}(?![A-Za-z0-9+/_=-])/g;
const KEY_BYTES = 42;
const TOOL_RE = /\b(?:minisign|signify)\b/i;
const PUBLIC_RE = /\bpublic[ \t_-]?key\b|\bpubkey\b|(?:^|\s)-P[ \t]+$/i;
/** Also inside a name (`SIGNING_SECRET_SEED`, `signingPrivateSeed`): a variable so named holds no verifier's key. */
const SECRET_RE = /secret|private|seckey|私钥|密钥/i;
/** How far back the context is read: the token's line and the one before it. */
const CONTEXT_REACH = 512;

/** The token's line up to it, and the line before. */
function contextOf(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - CONTEXT_REACH), at);
  const lineStart = before.lastIndexOf("\n");
  return before.slice(before.lastIndexOf("\n", lineStart - 1) + 1);
}

export function minisignKeySpans(text: string): Span[] {
  if (!text.includes("RW") || !TOOL_RE.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(KEY_RE)) {
    const bytes = Buffer.from(m[0], "base64");
    if (bytes.length !== KEY_BYTES || bytes.toString("latin1", 0, 2) !== "Ed") continue;
    const context = contextOf(text, m.index);
    if (TOOL_RE.test(context) && PUBLIC_RE.test(context) && !SECRET_RE.test(context)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
