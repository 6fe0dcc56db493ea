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
 * A phrase entry. Shipped as its source text and parsed the first time a prompt reaches its bucket: a prompt
 * reaches a handful of the ~150, and parsing all of them is part of what a hook pays at start.
 */
interface Entry {
  source: string;
  anchored: boolean;
  parts?: Part[];
}

export interface Matcher {
  /** One-word entries, kept as plain strings: building the matchers is part of every hook run. */
  words: Set<string>;
  wordStems: string[];
  /** Phrase entries by their first word. */
  exact: Map<string, Entry[]>;
  /** Phrase entries whose first atom is a stem, bucketed by the stem's first character. */
  stems: Map<string, { stem: string; entry: Entry }[]>;
  /** Entries whose first atom is a number. */
  numeric: Entry[];
  zh: string[];
  zhStart: string[];
  regexps: RegExp[];
  /** User-supplied words: literal, bounded by non-word characters. */
  literals: string[];
  unlessAfterEn: Set<string>;
  unlessAfterZh: readonly string[];
}

const SENTENCE_BREAK = new Set([".", "!", "?", ";", ":", "\n", "。", "！", "？", "；", "：", "，", ","]);

/** [a-z0-9_]: the text is lower case wherever this is used. */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c === "_");
}

export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (c < "0" || c > "9") return false;
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

function parseEntry(source: string): Entry {
  return { source, anchored: source.startsWith("^"), parts: parseParts(source) };
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
  for (const seq of part.alts) {
    if (seq.every((atom, j) => atomMatches(atom, tokens[ti + j]))) {
      const r = matchFrom(tokens, parts, pi + 1, ti + seq.length);
      if (r >= 0) return r;
    }
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

export function compileList(list: WordList, extra: readonly string[] = []): Matcher {
  const m: Matcher = {
    words: new Set(),
    wordStems: [],
    exact: new Map(),
    stems: new Map(),
    numeric: [],
    zh: [],
    zhStart: [],
    regexps: [],
    literals: [],
    unlessAfterEn: new Set(list.unlessAfter?.en ?? []),
    unlessAfterZh: list.unlessAfter?.zh ?? [],
  };
  for (const source of list.en) {
    // Most entries are one word or stem: registered without parsing, which matters at cold start.
    if (isSimpleEntry(source)) {
      if (source.endsWith("*")) m.wordStems.push(source.slice(0, -1));
      else m.words.add(source);
      continue;
    }
    const entry = parseEntry(source);
    const first = entry.parts![0];
    if (!first || "gap" in first) throw new Error(`word list entry must start with a word: ${source}`);
    for (const seq of first.alts) {
      const atom = seq[0];
      if (!atom) throw new Error(`word list entry must not start with an optional part: ${source}`);
      if ("num" in atom) m.numeric.push(entry);
      else if (atom.stem) {
        const key = atom.word[0] ?? "";
        const bucket = m.stems.get(key) ?? [];
        if (!bucket.some((b) => b.entry === entry && b.stem === atom.word)) bucket.push({ stem: atom.word, entry });
        m.stems.set(key, bucket);
      } else {
        const bucket = m.exact.get(atom.word) ?? [];
        if (!bucket.includes(entry)) bucket.push(entry);
        m.exact.set(atom.word, bucket);
      }
    }
  }
  for (const z of list.zh) {
    if (typeof z !== "string") m.regexps.push(new RegExp(z.source, z.flags.includes("g") ? z.flags : `${z.flags}g`));
    else if (z.startsWith("^")) m.zhStart.push(z.slice(1));
    else m.zh.push(z);
  }
  for (const w of extra) {
    const t = w.trim().toLowerCase();
    if (t) m.literals.push(t);
  }
  return m;
}

/** The end of entry's match at token i if it ends after best, else best. */
function longer(best: number, entry: Entry, doc: Doc, i: number): number {
  if (entry.anchored && !doc.sentenceStart[i]) return best;
  const r = matchFrom(doc.tokens, (entry.parts ??= parseParts(entry.source)), 0, i);
  return r > best ? r : best;
}

/**
 * Matches leftmost first and never overlapping, like one regular-expression scan: at one position
 * the longest match wins ("debug" hides the "bug" inside it). Chinese words, regular expressions and
 * literals contribute their first accepted occurrence.
 */
export function findAll(m: Matcher, doc: Doc): Match[] {
  const out: Match[] = [];
  const { tokens, text } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? "";
    let best = m.words.has(tok) || m.wordStems.some((stem) => tok.startsWith(stem)) ? i + 1 : -1;
    // No candidate array or closure per token: this loop runs for every token of every list on every prompt.
    const exact = m.exact.get(tok);
    if (exact) for (const entry of exact) best = longer(best, entry, doc, i);
    for (const entry of m.numeric) best = longer(best, entry, doc, i);
    const stems = m.stems.get(tok[0] ?? "");
    if (stems) for (const s of stems) if (tok.startsWith(s.stem)) best = longer(best, s.entry, doc, i);
    if (best < 0) continue;
    if (m.unlessAfterEn.size > 0 && [tokens[i - 1], tokens[i - 2]].some((b) => b !== undefined && m.unlessAfterEn.has(b))) continue;
    const s = doc.start[i] ?? 0;
    const e = doc.end[best - 1] ?? s;
    out.push({ start: s, end: e, text: text.slice(s, e) });
    i = best - 1;
  }
  const english = out.slice();
  // First occurrence that neither sits inside an English match nor follows an excluded word in the
  // same clause.
  const accept = (at: number, len: number) => {
    // English matches are sorted and disjoint: only the last one starting before this occurrence
    // ends can overlap it.
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
    return !m.unlessAfterZh.some((w) => before.includes(w));
  };
  for (const w of m.zh) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (accept(at, w.length)) {
        out.push({ start: at, end: at + w.length, text: w });
        break;
      }
    }
  }
  const lead = text.length - text.trimStart().length;
  for (const w of m.zhStart) if (text.startsWith(w, lead)) out.push({ start: lead, end: lead + w.length, text: w });
  for (const re of m.regexps) {
    re.lastIndex = 0;
    for (let r = re.exec(text); r; r = re.exec(text)) {
      if (r[0] === "") {
        re.lastIndex++;
        continue;
      }
      if (accept(r.index, r[0].length)) {
        out.push({ start: r.index, end: r.index + r[0].length, text: r[0] });
        break;
      }
    }
  }
  for (const w of m.literals) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const boundedLeft = !isWordChar(text[at - 1]);
      const boundedRight = !isWordChar(text[at + w.length]);
      if (boundedLeft && boundedRight && accept(at, w.length)) {
        out.push({ start: at, end: at + w.length, text: w });
        break;
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const x of out) if (kept.length === 0 || x.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(x);
  return kept;
}

/** A Matcher as plain JSON, so the built-in word lists can ship compiled (see precompiled.generated.ts). */
export interface MatcherData {
  words: string[];
  wordStems: string[];
  /** Phrase entries' sources, referred to by index: one entry can sit in several buckets. */
  entries: string[];
  exact: [string, number[]][];
  stems: [string, [string, number][]][];
  numeric: number[];
  zh: string[];
  zhStart: string[];
  regexps: [string, string][];
  literals: string[];
  unlessAfterEn: string[];
  unlessAfterZh: string[];
}

export function serializeMatcher(m: Matcher): MatcherData {
  const index = new Map<Entry, number>();
  const entries: Entry[] = [];
  const ref = (e: Entry): number => {
    let i = index.get(e);
    if (i === undefined) {
      i = entries.length;
      entries.push(e);
      index.set(e, i);
    }
    return i;
  };
  return {
    words: [...m.words],
    wordStems: m.wordStems,
    exact: [...m.exact].map(([k, bucket]) => [k, bucket.map(ref)]),
    stems: [...m.stems].map(([k, bucket]) => [k, bucket.map((b): [string, number] => [b.stem, ref(b.entry)])]),
    numeric: m.numeric.map(ref),
    entries: entries.map((e) => e.source),
    zh: m.zh,
    zhStart: m.zhStart,
    regexps: m.regexps.map((r): [string, string] => [r.source, r.flags]),
    literals: m.literals,
    unlessAfterEn: [...m.unlessAfterEn],
    unlessAfterZh: [...m.unlessAfterZh],
  };
}

/** The Matcher `serializeMatcher` was given: the same words, buckets, shared entries and regular expressions. */
export function hydrateMatcher(d: MatcherData): Matcher {
  const entries = d.entries.map((source): Entry => ({ source, anchored: source.startsWith("^") }));
  const e = (i: number): Entry => entries[i]!;
  return {
    words: new Set(d.words),
    wordStems: d.wordStems,
    exact: new Map(d.exact.map(([k, bucket]) => [k, bucket.map(e)])),
    stems: new Map(d.stems.map(([k, bucket]) => [k, bucket.map(([stem, i]) => ({ stem, entry: e(i) }))])),
    numeric: d.numeric.map(e),
    zh: d.zh,
    zhStart: d.zhStart,
    regexps: d.regexps.map(([source, flags]) => new RegExp(source, flags)),
    literals: d.literals,
    unlessAfterEn: new Set(d.unlessAfterEn),
    unlessAfterZh: d.unlessAfterZh,
  };
}
