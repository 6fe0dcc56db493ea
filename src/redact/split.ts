// A token split across concatenated string literals ("sk_live_ab" + "cd…", Python's implicit ("ab" "cd"), shell
// "ab""cd", ["ab", "cd"].join("")): the pieces are joined and judged with the rest of the line in front, as if
// written in one literal; when the joined value would be redacted, the whole chain is.
import { LINE_PREFIX_SRC } from "./lines.js";

const LITERAL_RE = /(["'`])([^"'`\s\\]{3,256})\1/y;
/** Between two pieces: `+`, adjacency, a line break (a `\\` continuation, diff or log prefix allowed), or a comma inside `[…].join("")`. */
const JOIN_RE = new RegExp(String.raw`[ \t]*(?:\+[ \t]*)?(?:\\[ \t]*)?(?:\r?\n${LINE_PREFIX_SRC}(?:\+[ \t]*)?)?`, "y");
const COMMA_RE = new RegExp(String.raw`[ \t]*,[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?`, "y");
const JOIN_CALL_RE = /[ \t]*\][ \t]*\.join\([ \t]*(["'])\1[ \t]*\)/y;
const QUOTE_RE = /["'`]/g;
const DIGEST_PIECE_RE = /^(?:sha(?:1|224|256|384|512)|md5|nonce)-/i;

interface Chain {
  start: number;
  end: number;
  pieces: string[];
  quote: string;
}

function chainAt(text: string, start: number, sep: RegExp): Chain | null {
  const pieces: string[] = [];
  let pos = start;
  let end = start;
  let quote = "";
  while (pieces.length < 16) {
    LITERAL_RE.lastIndex = pos;
    const lit = LITERAL_RE.exec(text);
    if (!lit) break;
    quote ||= lit[1]!;
    pieces.push(lit[2]!);
    end = LITERAL_RE.lastIndex;
    sep.lastIndex = end;
    const s = sep.exec(text);
    if (!s || s[0] === "" && sep === COMMA_RE) break;
    pos = sep.lastIndex;
    if (pos === end && !/["'`]/.test(text[pos] ?? "")) break;
  }
  return pieces.length >= 2 ? { start, end, pieces, quote } : null;
}

/** `judge(lineBefore, joined)` returns the kind when the joined value, in that line, is a secret. */
export function redactSplitLiterals(text: string, judge: (lineBefore: string, joined: string) => string | null, add: (kind: string) => string): string {
  if (!/["'`][ \t]*(?:\+|["'`]|,|\r?\n)/.test(text)) return text;
  let out = "";
  let last = 0;
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m; m = QUOTE_RE.exec(text)) {
    if (m.index < last) continue;
    let chain = chainAt(text, m.index, JOIN_RE);
    if (chain === null && text[m.index - 1] === "[") {
      const listed = chainAt(text, m.index, COMMA_RE);
      JOIN_CALL_RE.lastIndex = listed?.end ?? 0;
      if (listed && JOIN_CALL_RE.test(text)) chain = listed;
    }
    if (chain === null) continue;
    QUOTE_RE.lastIndex = chain.end;
    // Space-separated digests and nonces ("'self' 'sha256-…'" in a CSP) are a list of values, not one split value.
    if (chain.pieces.some((p) => DIGEST_PIECE_RE.test(p))) continue;
    const before = text.slice(Math.max(0, chain.start - 200), chain.start);
    const kind = judge(before.slice(before.lastIndexOf("\n") + 1), chain.pieces.join(""));
    if (kind === null) continue;
    out += `${text.slice(last, chain.start)}${chain.quote}${add(kind)}${chain.quote}`;
    last = chain.end;
  }
  return out + text.slice(last);
}
