// Private key blocks. After each BEGIN line the key body is walked forward while it looks like key material, and
// the block ends at the matching END line or, for a block cut short (a truncated diff, a pasted fragment), at the
// last key line. Walking instead of searching for END keeps the work linear and never swallows the unrelated
// text between a fragment and some later key's END line.
import { LINE_PREFIX_SRC, prefixLength } from "./lines.js";
import type { Tally } from "./values.js";

/**
 * Private keys, and blocks of secret key material by other names: NATS `USER NKEY SEED`, `… SECRET KEY`, and
 * OpenVPN's shared `Static key V1` (tls-auth, tls-crypt, secret), hex lines.
 */
const BEGIN_RE = /-----BEGIN ((?:[A-Z0-9]{1,20} ){0,3}(?:PRIVATE KEY(?: BLOCK)?|SEED|SECRET KEY)|OpenVPN Static key V1)-----/g;
/** How far a block may reach; a 16384-bit RSA key in PEM is about 12 KiB. */
const MAX_BLOCK = 64 * 1024;
const MAX_LINE = 4096;
/** A key line: base64 or a PEM header field, optionally after a diff marker and indentation. */
const BODY_LINE_RE = new RegExp(String.raw`^${LINE_PREFIX_SRC}(?:[A-Za-z0-9+/=]+|(?:Proc-Type|DEK-Info|Comment|Version|Hash):.*)?[ \t]*\r?$`);
/** The body on the header's own line, with escaped newlines (JSON) or none (one long base64 run). */
const INLINE_BODY_RE = /(?:\\n|\\r|[A-Za-z0-9+/=]){1,65536}/y;
/** The same with spaces, accepted only when the END line follows (newlines flattened to spaces). */
const SPACED_BODY_RE = /[ \t]?(?:\\n|\\r|[A-Za-z0-9+/= ]){1,65536}/y;

function blockEnd(text: string, bodyStart: number, label: string): number {
  const endLine = `-----END ${label}-----`;
  SPACED_BODY_RE.lastIndex = bodyStart;
  if (SPACED_BODY_RE.test(text) && text.startsWith(endLine, SPACED_BODY_RE.lastIndex)) return SPACED_BODY_RE.lastIndex + endLine.length;
  INLINE_BODY_RE.lastIndex = bodyStart;
  if (INLINE_BODY_RE.test(text)) {
    const e = INLINE_BODY_RE.lastIndex;
    return text.startsWith(endLine, e) ? e + endLine.length : e;
  }
  const afterHeader = /^[ \t]*\r?\n/.exec(text.slice(bodyStart, bodyStart + 64));
  if (!afterHeader) return bodyStart;
  let end = bodyStart;
  let lineStart = bodyStart + afterHeader[0].length;
  while (lineStart < text.length && lineStart - bodyStart < MAX_BLOCK) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LINE + 1));
    // The prefix pattern may take the first dash of an END line for a diff marker: look from the line start.
    const endAt = line.indexOf(endLine);
    if (endAt !== -1 && endAt <= prefixLength(line)) return lineStart + endAt + endLine.length;
    if (line.length > MAX_LINE || !BODY_LINE_RE.test(line)) break;
    if (line.slice(prefixLength(line)).trim() !== "") end = lineEnd;
    lineStart = lineEnd + 1;
  }
  return end;
}

export function redactPrivateKeys(text: string, tally: Tally): string {
  if (/PRIVATE KEY|SEED-----|SECRET KEY-----|Static key V1-----/.test(text)) {
    let out = "";
    let last = 0;
    BEGIN_RE.lastIndex = 0;
    for (let m = BEGIN_RE.exec(text); m; m = BEGIN_RE.exec(text)) {
      const bodyStart = m.index + m[0].length;
      const end = blockEnd(text, bodyStart, m[1]!);
      // A BEGIN line on its own (a constant in a parser, documentation) holds no key material.
      if (end === bodyStart) continue;
      out += text.slice(last, m.index) + tally.add("private-key");
      last = end;
      BEGIN_RE.lastIndex = end;
    }
    text = out + text.slice(last);
  }
  // PuTTY .ppk: the lines after "Private-Lines: N" are the key.
  if (text.includes("Private-Lines:")) {
    text = text.replace(
      /(Private-Lines:[ \t]*\d{1,4}[ \t]*\r?\n)(?:[+\- ]?[ \t]*[A-Za-z0-9+/=]{1,200}[ \t]*\r?\n){1,500}/g,
      (_, head: string) => `${head}${tally.add("private-key")}\n`,
    );
  }
  // NATS nkey seeds: `S`, the key type, then base32 (58 characters); public nkeys start with the type letter itself.
  if (/S[UAONCXP][A-Z2-7]{56}/.test(text)) {
    text = text.replace(/(?<![A-Za-z0-9])S[UAONCXP][A-Z2-7]{56}(?![A-Za-z0-9])/g, () => tally.add("private-key"));
  }
  if (text.includes("AGE-SECRET-KEY-")) {
    text = text.replace(/(?<![A-Za-z0-9-])AGE-SECRET-KEY-1[0-9A-Z]{58}(?![A-Za-z0-9])/g, () => tally.add("private-key"));
  }
  return text;
}
