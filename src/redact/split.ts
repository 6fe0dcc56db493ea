// A token split across concatenated string literals ("sk_live_ab" + "cd…", Python's implicit ("ab" "cd"), shell
// "ab""cd", ["ab", "cd"].join(""), Kotlin's listOf("ab", "cd").joinToString(""), a list joined later by name (`parts = [...]` … `"".join(parts)`), a builder's
// `.append("ab").append("cd")`): the pieces are joined and judged with the line that names them in front, as if
// written in one literal; when the joined value would be redacted, the whole chain is.
import { LINE_PREFIX_SRC } from "./lines.js";
import { categorize } from "./names.js";

const LITERAL_RE = /(["'`])([^"'`\s\\]{3,256})\1/y;
/**
 * Between two pieces: a concatenation operator (`+`; SQL's `||`; PHP's and Perl's `.`; Lua's `..`; VB's `&`;
 * Haskell's `++` and `<>`; D's `~`), adjacency, a line break (a `\\` continuation, diff or log prefix allowed), or a
 * comma inside `[…].join("")`.
 */
const JOIN_RE = new RegExp(String.raw`[ \t]*(?:(?:\+\+?|\|\||\.\.?|&|<>|~)[ \t]*)?(?:\\[ \t]*)?(?:\r?\n${LINE_PREFIX_SRC}(?:(?:\+\+?|\|\||\.\.?|&|<>|~)[ \t]*)?)?`, "y");
const COMMA_RE = new RegExp(String.raw`[ \t]*,[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?`, "y");
/** `].join("")` after a list's last piece, maybe reversed first (`].reverse().join("")`). */
const JOIN_CALL_RE = new RegExp(String.raw`[ \t]*,?[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?\][ \t]*(\.reverse\(\)[ \t]*)?\.join\([ \t]*(["'])\2[ \t]*\)`, "y");
/** Between builder pieces: `").append("`, across lines too. */
const APPEND_RE = new RegExp(String.raw`[ \t]*\)[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?[ \t]*\.(?:append|concat)\([ \t]*`, "y");
/** A list opening before its first piece: `[`, maybe a line break, or a builder's first `.append(`. */
const LIST_OPEN_RE = new RegExp(String.raw`\[[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`);
const APPEND_OPEN_RE = /\.(?:append|concat)\([ \t]*$/;
/**
 * Calls that concatenate their arguments: `String.join("", "ab", "cd")`, C#'s `string.Concat("ab", "cd")`, Go's
 * `fmt.Sprintf("%s%s", "ab", "cd")` (a format of nothing but the pieces), Rust's `concat!("ab", "cd")`, SQL's
 * `CONCAT('ab', 'cd')`.
 */
const CONCAT_OPEN_RE = new RegExp(
  String.raw`(?:\bString\.join\([ \t]*(["'])\1[ \t]*,|\b[Ss]tring\.Concat\(|\b(?:concat|CONCAT)!?\(|\b[Ss]printf\([ \t]*(["'])(?:%[sv]){2,8}\2[ \t]*,)[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`,
);
/** A list built by a call (Kotlin's `listOf(`, Java's `List.of(`, `Arrays.asList(`, `Stream.of(`) before its first piece. */
const CALL_LIST_OPEN_RE = new RegExp(String.raw`\b(?:listOf|arrayOf|mutableListOf|arrayListOf|List\.of|Arrays\.asList|Stream\.of)\([ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`);
/**
 * That list's close and its join with nothing between the pieces: Kotlin's `.joinToString("")` (its default
 * separator is ", "), Java's `.collect(Collectors.joining())` (default "").
 */
const CALL_LIST_JOIN_RE = new RegExp(
  String.raw`[ \t]*,?[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?\)[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?\.(?:joinToString\([ \t]*(?:separator[ \t]*=[ \t]*)?(["'])\1[ \t]*\)|collect\([ \t]*Collectors\.joining\([ \t]*(?:(["'])\2)?[ \t]*\)[ \t]*\))`,
  "y",
);
/** Python's `"".join([` before the list (or `"".join(reversed([`). */
const JOIN_OPEN_RE = new RegExp(String.raw`(["'])\1\.join\([ \t]*(reversed\([ \t]*)?\[[ \t]*(?:\r?\n${LINE_PREFIX_SRC})?$`);
/** `name = [` on the line a list opens: the name a later join refers to. */
const LIST_NAME_RE = /([A-Za-z_$][\w$]{0,63})[ \t]*(?::[^=\n]{0,40})?=[ \t]*\[[ \t]*$/;
/** How far after a named list its join may come. */
const JOIN_REACH = 2000;
const QUOTE_RE = /["'`]/g;
const DIGEST_PIECE_RE = /^(?:sha(?:1|224|256|384|512)|md5|nonce)-/i;

interface Chain {
  start: number;
  end: number;
  pieces: string[];
  quote: string;
  /** Joined by a call (`.join("")`, `.append`, `String.join`), not by `+` or adjacency. */
  explicit?: boolean;
}

/** The character before `at`, past whitespace and a diff marker at a line start (at most 80 characters back). */
function charBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 80) {
    const c = text[i - 1]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || ((c === "+" || c === "-") && (i === 1 || text[i - 2] === "\n"))) i--;
    else return c;
  }
  return "";
}

/**
 * Whether the separator `sep` found at `at` runs from a removed diff line to an added one or back: the two sides are
 * two versions of the text, never one expression (`-  "k": "<old>"` then `+  "k": "<new>"` is no `+` join).
 */
function crossesDiffSides(text: string, at: number, sep: string): boolean {
  const nl = sep.indexOf("\n");
  if (nl === -1) return false;
  const next = sep[nl + 1];
  const side = text[text.lastIndexOf("\n", at - 1) + 1];
  return (side === "-" && next === "+") || (side === "+" && next === "-");
}

const explicit = (chain: Chain | null): Chain | null => (chain === null ? null : { ...chain, explicit: true });

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
    if (!s || s[0] === "" && sep === COMMA_RE || crossesDiffSides(text, end, s[0])) break;
    pos = sep.lastIndex;
    if (pos === end && !/["'`]/.test(text[pos] ?? "")) break;
  }
  return pieces.length >= 2 ? { start, end, pieces, quote } : null;
}

/**
 * `parts = [...]` joined further on (`"".join(parts)`, `parts.join("")`, `strings.Join(parts, "")`): the text before
 * that join on its line (`API_TOKEN = `), or null when the list is not joined nearby.
 */
function joinedLater(text: string, head: string, from: number): string | null {
  // The list's opening line: the `[` may be followed by a line break and the first piece's indentation.
  const open = head.slice(0, head.lastIndexOf("[") + 1);
  const name = LIST_NAME_RE.exec(open.slice(open.lastIndexOf("\n") + 1))?.[1];
  if (name === undefined) return null;
  const reach = text.slice(from, from + JOIN_REACH);
  const join = new RegExp(String.raw`(?:(["'])\1\.join\([ \t]*${name.replace(/\$/g, "\\$")}[ \t]*\)|${name.replace(/\$/g, "\\$")}\.join\([ \t]*(["'])\2[ \t]*\)|\bJoin\([ \t]*${name.replace(/\$/g, "\\$")}[ \t]*,)`).exec(reach);
  if (!join) return null;
  const lineStart = reach.lastIndexOf("\n", join.index) + 1;
  return reach.slice(lineStart, join.index);
}

/**
 * The line in front of a chain; when it is only a continuation (`.append(`, the indentation after a `[`), a secret
 * name on one of the few lines above (`private static String password() {`) stands in for it.
 */
function namingLine(before: string): string {
  const lines = before.split("\n");
  const last = lines[lines.length - 1]!;
  // Only a continuation line (indentation, a diff marker, `.append(`) defers to the lines above.
  if (!/^[+\- ]?[ \t]*(?:\.(?:append|concat)\([ \t]*)?$/.test(last)) return last;
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 4); i--) {
    const name = lines[i]!.match(/[A-Za-z_$][\w$]*/g)?.find((id) => categorize(id) !== null);
    if (name !== undefined) return `${name} = `;
  }
  return last;
}

/** `judge(lineBefore, joined)` returns the kind when the joined value, in that line, is a secret. */
export function redactSplitLiterals(text: string, judge: (lineBefore: string, joined: string) => string | null, add: (kind: string, ...values: string[]) => string): string {
  if (!/["'`][ \t]*(?:\+|["'`]|,|\)|\r?\n|\|\||\.|&|<>|~)/.test(text)) return text;
  let out = "";
  let last = 0;
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m; m = QUOTE_RE.exec(text)) {
    if (m.index < last) continue;
    let chain = chainAt(text, m.index, JOIN_RE);
    let lineBefore: string | null = null;
    // Only a list, a builder or a concatenating call opens right before a quote; the look-back regexes run only
    // when the text just before holds such an opener (they would otherwise be tried at every quote).
    const head = chain === null && /[[(,]/.test(charBefore(text, m.index)) ? text.slice(Math.max(0, m.index - 80), m.index) : "";
    if (head.includes("[") && LIST_OPEN_RE.test(head)) {
      const listed = chainAt(text, m.index, COMMA_RE);
      JOIN_CALL_RE.lastIndex = listed?.end ?? 0;
      const call = listed ? JOIN_CALL_RE.exec(text) : null;
      const open = listed && !call ? JOIN_OPEN_RE.exec(head) : null;
      // A reversed list is joined last piece first.
      if (listed && (call?.[1] !== undefined || open?.[2] !== undefined)) listed.pieces.reverse();
      if (listed && (call || open)) chain = explicit(listed);
      else if (listed) {
        lineBefore = joinedLater(text, head, listed.end);
        if (lineBefore !== null) chain = explicit(listed);
      }
    }
    if (chain === null && /[Oo]f\(|asList\(/.test(head) && CALL_LIST_OPEN_RE.test(head)) {
      const listed = chainAt(text, m.index, COMMA_RE);
      CALL_LIST_JOIN_RE.lastIndex = listed?.end ?? 0;
      if (listed && CALL_LIST_JOIN_RE.test(text)) chain = explicit(listed);
    }
    if (chain === null && /append\(|concat\(/.test(head) && APPEND_OPEN_RE.test(head)) chain = explicit(chainAt(text, m.index, APPEND_RE));
    if (chain === null && /join\(|[Cc]oncat!?\(|CONCAT\(|printf\(/.test(head) && CONCAT_OPEN_RE.test(head)) chain = explicit(chainAt(text, m.index, COMMA_RE));
    if (chain === null) continue;
    QUOTE_RE.lastIndex = chain.end;
    // Space-separated digests and nonces ("'self' 'sha256-…'" in a CSP) are a list of values, not one split value.
    if (chain.pieces.some((p) => DIGEST_PIECE_RE.test(p))) continue;
    const before = text.slice(Math.max(0, chain.start - 200), chain.start);
    const joined = chain.pieces.join("");
    // A value deliberately cut into pieces and joined back is judged as a secret's value when its line names none.
    const kind = judge(lineBefore ?? namingLine(before), joined) ?? (chain.explicit ? judge("secret = ", joined) : null);
    if (kind === null) continue;
    // Only the joined value is reported: a piece alone may be a public prefix ("sk_live_", "https://") that repeats
    // elsewhere; pieces shaped like generated text are still found within the joined value (see repeats.ts).
    out += `${text.slice(last, chain.start)}${chain.quote}${add(kind, joined)}${chain.quote}`;
    last = chain.end;
  }
  return out + text.slice(last);
}
