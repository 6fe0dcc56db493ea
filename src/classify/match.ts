// Word-list matching without regular expressions on the hot path. The hook runs in a fresh process
// for every prompt, and V8 compiles each regular expression when it first runs and again to machine
// code when it runs a second time; big alternations, or small ones run per token or per line, cost
// milliseconds that way. Token lookups, indexOf and character loops cost microseconds.
//
// English entries are patterns over lower-case tokens:
//   word     the token itself            refactor*  any token starting with "refactor"
//   a b      consecutive tokens          (a|b c|)   one of the alternatives; an empty one makes it optional
//   ..N      up to N tokens of any kind  #          a major version number (6, v6; not 1.7.2)
//   #4xx     an HTTP error status        ^          (leading) the entry must start a sentence
// Hyphens count as spaces ("log-in" is "log in"). Chinese entries are substrings, or small regular
// expressions where a substring is not precise enough.

export interface WordList {
  en: readonly string[];
  zh: readonly (string | RegExp)[];
  /** A match directly after one of these words does not count ("the existing service"). */
  unlessAfter?: { en: readonly string[]; zh: readonly string[] };
}

export interface Doc {
  /** The lower-case text everything is matched against. */
  text: string;
  tokens: string[];
  start: number[];
  end: number[];
  /** Token i begins a sentence or clause. */
  sentenceStart: boolean[];
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

type Atom = { word: string; stem: boolean } | { num: "major" | "status" };
type Part = { gap: number } | { alts: Atom[][] };

/**
 * A compiled word list, as plain arrays: it ships as JSON in precompiled.generated.ts, and loading a list is part
 * of that JSON.parse, with no Set or Map to build (a hook classifies one prompt; ~100 small hash tables cost it
 * more memory than the lookups they would save). Lists are short: a lookup is a scan.
 */
export interface Matcher {
  /** One-word entries. */
  words: string[];
  wordStems: string[];
  /** Phrase entries' sources, parsed the first time a prompt reaches one (see entryParts). */
  entries: string[];
  /** First word → the phrase entries (indices into `entries`) starting with it. */
  exact: [string, number[]][];
  /** First stem → the phrase entries starting with it. */
  stems: [string, number[]][];
  /** Phrase entries whose first atom is a number. */
  numeric: number[];
  zh: string[];
  zhStart: string[];
  /** Chinese patterns too fine for a substring: [source, flags], compiled on first use. */
  regexps: [string, string][];
  /** User-supplied words: literal, bounded by non-word characters. */
  literals: string[];
  unlessAfterEn: string[];
  unlessAfterZh: string[];
}

const SENTENCE_BREAK = new Set([".", "!", "?", ";", ":", "\n", "。", "！", "？", "；", "：", "，", ","]);

/** [a-z0-9_]: the text is lower case wherever this is used. */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c === "_");
}

export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function isCjk(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Tokens are runs of [a-z0-9_] joined by ' . + ("doesn't", "node.js", "n+1") with trailing +
 * ("c++"); everything else separates them.
 */
export function makeDoc(text: string): Doc {
  const tokens: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const sentenceStart: boolean[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text[i])) {
      i++;
      continue;
    }
    let j = i;
    while (isWordChar(text[j])) j++;
    while ((text[j] === "'" || text[j] === "." || text[j] === "+") && isWordChar(text[j + 1])) {
      j++;
      while (isWordChar(text[j])) j++;
    }
    while (text[j] === "+") j++;
    let brk = tokens.length === 0;
    for (let k = prevEnd; !brk && k < i; k++) brk = SENTENCE_BREAK.has(text[k] ?? "");
    tokens.push(text.slice(i, j));
    start.push(i);
    end.push(j);
    sentenceStart.push(brk);
    prevEnd = j;
    i = j;
  }
  return { text, tokens, start, end, sentenceStart };
}

function parseAtoms(words: string): Atom[] {
  return words
    .split("-")
    .join(" ")
    .split(" ")
    .filter(Boolean)
    .map((w): Atom => {
      if (w === "#") return { num: "major" };
      if (w === "#4xx") return { num: "status" };
      return w.endsWith("*") ? { word: w.slice(0, -1), stem: true } : { word: w, stem: false };
    });
}

function parseParts(source: string): Part[] {
  const body = source.startsWith("^") ? source.slice(1) : source;
  const parts: Part[] = [];
  const pieces: string[] = [];
  for (let i = 0; i < body.length; ) {
    if (body[i] === " ") i++;
    else {
      const stop = body[i] === "(" ? body.indexOf(")", i) + 1 : body.indexOf(" ", i);
      const j = stop <= 0 ? body.length : stop;
      pieces.push(body.slice(i, j));
      i = j;
    }
  }
  for (const piece of pieces) {
    if (piece.startsWith("..")) parts.push({ gap: Number(piece.slice(2)) });
    else if (piece.startsWith("(")) parts.push({ alts: piece.slice(1, -1).split("|").map(parseAtoms) });
    else for (const atom of parseAtoms(piece)) parts.push({ alts: [[atom]] });
  }
  return parts;
}

function isNumber(tok: string, kind: "major" | "status"): boolean {
  if (kind === "status") return tok.length === 3 && (tok[0] === "4" || tok[0] === "5") && isDigits(tok);
  return isDigits(tok.startsWith("v") ? tok.slice(1) : tok);
}

function atomMatches(atom: Atom, tok: string | undefined): boolean {
  if (tok === undefined) return false;
  if ("num" in atom) return isNumber(tok, atom.num);
  return atom.stem ? tok.startsWith(atom.word) : tok === atom.word;
}

/** Index of the token after the match of parts[pi..] starting at token ti, or -1. */
function matchFrom(tokens: readonly string[], parts: readonly Part[], pi: number, ti: number): number {
  const part = parts[pi];
  if (!part) return ti;
  if ("gap" in part) {
    for (let k = 0; k <= part.gap && ti + k <= tokens.length; k++) {
      const r = matchFrom(tokens, parts, pi + 1, ti + k);
      if (r >= 0) return r;
    }
    return -1;
  }
  for (let a = 0; a < part.alts.length; a++) {
    const seq = part.alts[a]!;
    let j = 0;
    while (j < seq.length && atomMatches(seq[j]!, tokens[ti + j])) j++;
    if (j < seq.length) continue;
    const r = matchFrom(tokens, parts, pi + 1, ti + seq.length);
    if (r >= 0) return r;
  }
  return -1;
}

/** One word or stem: [a-z0-9_'.+]+ with an optional trailing *. */
function isSimpleEntry(source: string): boolean {
  const body = source.endsWith("*") ? source.slice(0, -1) : source;
  if (body.length === 0) return false;
  for (const c of body) if (!isWordChar(c) && c !== "'" && c !== "." && c !== "+") return false;
  return true;
}

/** `bucket`'s index list for `key` in a [key, indices][] table, added when missing. */
function bucket(table: [string, number[]][], key: string): number[] {
  let b = table.find(([k]) => k === key)?.[1];
  if (!b) table.push([key, (b = [])]);
  return b;
}

export function compileList(list: WordList, extra: readonly string[] = []): Matcher {
  const m: Matcher = {
    words: [],
    wordStems: [],
    entries: [],
    exact: [],
    stems: [],
    numeric: [],
    zh: [],
    zhStart: [],
    regexps: [],
    literals: [],
    unlessAfterEn: [...(list.unlessAfter?.en ?? [])],
    unlessAfterZh: [...(list.unlessAfter?.zh ?? [])],
  };
  for (const source of list.en) {
    // Most entries are one word or stem.
    if (isSimpleEntry(source)) {
      if (source.endsWith("*")) m.wordStems.push(source.slice(0, -1));
      else if (!m.words.includes(source)) m.words.push(source);
      continue;
    }
    const first = parseParts(source)[0];
    if (!first || "gap" in first) throw new Error(`word list entry must start with a word: ${source}`);
    const index = m.entries.push(source) - 1;
    for (const seq of first.alts) {
      const atom = seq[0];
      if (!atom) throw new Error(`word list entry must not start with an optional part: ${source}`);
      const b = "num" in atom ? m.numeric : bucket(atom.stem ? m.stems : m.exact, atom.word);
      if (!b.includes(index)) b.push(index);
    }
  }
  for (const z of list.zh) {
    if (typeof z !== "string") m.regexps.push([z.source, z.flags.includes("g") ? z.flags : `${z.flags}g`]);
    else if (z.startsWith("^")) m.zhStart.push(z.slice(1));
    else m.zh.push(z);
  }
  for (const w of extra) {
    const t = w.trim().toLowerCase();
    if (t) m.literals.push(t);
  }
  return m;
}

/** What a matcher builds on first use: its phrase entries parsed, its regular expressions compiled. */
interface Built {
  parts: (Part[] | undefined)[];
  regexps?: RegExp[];
}

const built = new WeakMap<Matcher, Built>();

function builtFor(m: Matcher): Built {
  let b = built.get(m);
  if (!b) built.set(m, (b = { parts: [] }));
  return b;
}

/** The furthest end of a match at token i among the entries `indices`, if past best; else best. */
function longest(best: number, m: Matcher, b: Built, indices: readonly number[], doc: Doc, i: number): number {
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k]!;
    const source = m.entries[index]!;
    if (source.startsWith("^") && !doc.sentenceStart[i]) continue;
    const r = matchFrom(doc.tokens, (b.parts[index] ??= parseParts(source)), 0, i);
    if (r > best) best = r;
  }
  return best;
}

function startsWithAny(tok: string, stems: readonly string[]): boolean {
  for (let k = 0; k < stems.length; k++) if (tok.startsWith(stems[k]!)) return true;
  return false;
}

/** The first occurrence of an English-free, not-excluded match: see findAll. */
function accepted(m: Matcher, text: string, english: readonly Match[], at: number, len: number): boolean {
  // English matches are sorted and disjoint: only the last one starting before this occurrence ends can overlap it.
  let lo = 0;
  let hi = english.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((english[mid]?.start ?? 0) < at + len) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && (english[lo - 1]?.end ?? 0) > at) return false;
  if (m.unlessAfterZh.length === 0) return true;
  let from = at;
  while (from > 0 && at - from < 9 && !SENTENCE_BREAK.has(text[from - 1] ?? "")) from--;
  const before = text.slice(from, at);
  for (let k = 0; k < m.unlessAfterZh.length; k++) if (before.includes(m.unlessAfterZh[k]!)) return false;
  return true;
}

/**
 * Matches leftmost first and never overlapping, like one regular-expression scan: at one position
 * the longest match wins ("debug" hides the "bug" inside it). Chinese words, regular expressions and
 * literals contribute their first accepted occurrence.
 */
export function findAll(m: Matcher, doc: Doc): Match[] {
  const english: Match[] = [];
  const { tokens, text } = doc;
  const b = builtFor(m);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? "";
    let best = m.words.includes(tok) || startsWithAny(tok, m.wordStems) ? i + 1 : -1;
    // Index loops throughout: this runs for every token of every list, in a process too short-lived for the JIT,
    // and the interpreter allocates an iterator and a result object per step of a for-of.
    for (let k = 0; k < m.exact.length; k++) if (m.exact[k]![0] === tok) best = longest(best, m, b, m.exact[k]![1], doc, i);
    best = longest(best, m, b, m.numeric, doc, i);
    for (let k = 0; k < m.stems.length; k++) if (tok.startsWith(m.stems[k]![0])) best = longest(best, m, b, m.stems[k]![1], doc, i);
    if (best < 0) continue;
    const p1 = tokens[i - 1];
    const p2 = tokens[i - 2];
    if ((p1 !== undefined && m.unlessAfterEn.includes(p1)) || (p2 !== undefined && m.unlessAfterEn.includes(p2))) continue;
    const s = doc.start[i] ?? 0;
    const e = doc.end[best - 1] ?? s;
    english.push({ start: s, end: e, text: text.slice(s, e) });
    i = best - 1;
  }
  // Chinese words, regular expressions and literals contribute their first occurrence that neither sits inside an
  // English match nor follows an excluded word in the same clause.
  const out = english.slice();
  for (let k = 0; k < m.zh.length; k++) {
    const w = m.zh[k]!;
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (accepted(m, text, english, at, w.length)) {
        out.push({ start: at, end: at + w.length, text: w });
        break;
      }
    }
  }
  const lead = text.length - text.trimStart().length;
  for (let k = 0; k < m.zhStart.length; k++) {
    const w = m.zhStart[k]!;
    if (text.startsWith(w, lead)) out.push({ start: lead, end: lead + w.length, text: w });
  }
  if (m.regexps.length > 0) {
    for (const re of (b.regexps ??= m.regexps.map(([source, flags]) => new RegExp(source, flags)))) {
      re.lastIndex = 0;
      for (let r = re.exec(text); r; r = re.exec(text)) {
        if (r[0] === "") {
          re.lastIndex++;
          continue;
        }
        if (accepted(m, text, english, r.index, r[0].length)) {
          out.push({ start: r.index, end: r.index + r[0].length, text: r[0] });
          break;
        }
      }
    }
  }
  for (const w of m.literals) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + w.length]) && accepted(m, text, english, at, w.length)) {
        out.push({ start: at, end: at + w.length, text: w });
        break;
      }
    }
  }
  if (out.length === english.length) return english;
  out.sort((a, c) => a.start - c.start || c.end - a.end);
  const kept: Match[] = [];
  for (const x of out) if (kept.length === 0 || x.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(x);
  return kept;
}
