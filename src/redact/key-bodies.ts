// Key material without its header: a diff hunk from the middle of an edited PEM or OpenSSH key, a paste that
// lost its BEGIN line, a cut that fell inside the block. A run of at least two full-width base64 lines of the
// same length (64 for PEM, 70 for OpenSSH, 76 for MIME) holding mixed case and digits is taken for key material,
// with the shorter tail line that ends it. Bodies inside public blocks (certificates, public keys, PGP public
// keys and signatures) are left alone; so are the header fields of those blocks.
import { isEncodedPublicData } from "./encoded.js";
import { type Line, linesOf } from "./lines.js";
import type { Tally } from "./values.js";

const FULL_LINE_RE = /^[A-Za-z0-9+/]{60,80}$/;
/**
 * The body's last line, maybe closing the string literal that holds the body: Go's and JS's backtick, a quote, a
 * Python triple quote, C++'s `)"`, Rust's `"#`, Lua's `]]`, then a statement's `;`, `,` or `)`. Only the base64 is cut.
 */
const TAIL_LINE_RE = /^([A-Za-z0-9+/]{1,80}={0,2})(?:(?:["'`]{1,3}|\)"|"#{1,3}|\]\])[ \t]*[;,)]{0,3})?$/;
const BEGIN_RE = /-----BEGIN ([A-Z0-9 ]{1,40})-----/;
const END_RE = /-----END [A-Z0-9 ]{1,40}-----/;

const looksMixed = (s: string) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);

export function redactKeyBodies(text: string, tally: Tally): string {
  // A run of 60 key characters, tried from each run's start only: one pass, not up to 60 steps per character.
  if (!/(?:^|[^A-Za-z0-9+/])[A-Za-z0-9+/]{60}/.test(text)) return text;
  const cuts: [number, number][] = [];
  let inPublic = false;
  let run: Line[] = [];
  /** Short lines after the full-width run (the end of the body), at most until the next other line. */
  let tail: number | undefined;
  const flush = () => {
    const full = run;
    const end = tail;
    run = [];
    tail = undefined;
    // A file's base64 (a mail attachment, an inlined asset) says what it is in its first bytes; PEM text is read whole.
    if (full.length < 2 || isEncodedPublicData(full.map((l) => l.content).join(""))) return;
    const width = full[0]!.content.length;
    if (!full.every((l) => l.content.length === width) || !looksMixed(full.map((l) => l.content).join(""))) return;
    cuts.push([full[0]!.contentStart, end ?? full[full.length - 1]!.end]);
  };
  for (const line of linesOf(text)) {
    const c = line.content;
    // On the whole line: a diff marker's dash and a BEGIN line's first dash are the same character.
    const begin = BEGIN_RE.exec(text.slice(line.start, line.end));
    if (begin) {
      flush();
      inPublic = !begin[1]!.includes("PRIVATE");
      continue;
    }
    if (END_RE.test(text.slice(line.start, line.end))) {
      flush();
      inPublic = false;
      continue;
    }
    if (inPublic) continue;
    if (FULL_LINE_RE.test(c) && tail === undefined && (run.length === 0 || run[0]!.content.length === c.length)) {
      run.push(line);
      continue;
    }
    const tailBody = run.length >= 2 ? TAIL_LINE_RE.exec(c)?.[1] : undefined;
    if (tailBody !== undefined && tailBody.length <= run[0]!.content.length) {
      tail = line.contentStart + tailBody.length;
      continue;
    }
    flush();
    if (FULL_LINE_RE.test(c)) run.push(line);
  }
  flush();
  return tally.cut(text, cuts, "private-key");
}

const PUBLIC_BEGIN_RE = /-----BEGIN ([A-Z0-9 ]{1,40})-----/g;

/** Ranges of public PEM/PGP blocks (certificates, public keys, signatures), which hold no secret. */
export function publicBlocks(text: string): [number, number][] {
  if (!text.includes("-----BEGIN ")) return [];
  const ranges: [number, number][] = [];
  const missing = new Set<string>();
  PUBLIC_BEGIN_RE.lastIndex = 0;
  for (let m = PUBLIC_BEGIN_RE.exec(text); m; m = PUBLIC_BEGIN_RE.exec(text)) {
    const label = m[1]!;
    if (label.includes("PRIVATE") || missing.has(label)) continue;
    const end = text.indexOf(`-----END ${label}-----`, m.index);
    // An END that is absent now is absent for every later BEGIN with that label: remember, stay linear.
    if (end === -1) {
      missing.add(label);
      continue;
    }
    ranges.push([m.index, end]);
    PUBLIC_BEGIN_RE.lastIndex = end;
  }
  return ranges;
}
