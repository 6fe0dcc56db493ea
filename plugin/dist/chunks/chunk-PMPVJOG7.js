import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/classify/match.ts
var SENTENCE_BREAK = /* @__PURE__ */ new Set([".", "!", "?", ";", ":", "\n", "\u3002", "\uFF01", "\uFF1F", "\uFF1B", "\uFF1A", "\uFF0C", ","]);
function isWordChar(c) {
  return c !== void 0 && (c >= "a" && c <= "z" || c >= "0" && c <= "9" || c === "_");
}
function isDigits(s) {
  if (s.length === 0) return false;
  for (const c of s) if (c < "0" || c > "9") return false;
  return true;
}
function isCjk(c) {
  const code = c.charCodeAt(0);
  return code >= 13312 && code <= 19903 || code >= 19968 && code <= 40959 || code >= 63744 && code <= 64255;
}
function makeDoc(text) {
  const tokens = [];
  const start = [];
  const end = [];
  const sentenceStart = [];
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
function parseAtoms(words) {
  return words.split("-").join(" ").split(" ").filter(Boolean).map((w) => {
    if (w === "#") return { num: "major" };
    if (w === "#4xx") return { num: "status" };
    return w.endsWith("*") ? { word: w.slice(0, -1), stem: true } : { word: w, stem: false };
  });
}
function parseEntry(source) {
  const anchored = source.startsWith("^");
  const body = anchored ? source.slice(1) : source;
  const parts = [];
  const pieces = [];
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
  return { parts, anchored };
}
function isNumber(tok, kind) {
  if (kind === "status") return tok.length === 3 && (tok[0] === "4" || tok[0] === "5") && isDigits(tok);
  return isDigits(tok.startsWith("v") ? tok.slice(1) : tok);
}
function atomMatches(atom, tok) {
  if (tok === void 0) return false;
  if ("num" in atom) return isNumber(tok, atom.num);
  return atom.stem ? tok.startsWith(atom.word) : tok === atom.word;
}
function matchFrom(tokens, parts, pi, ti) {
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
function isSimpleEntry(source) {
  const body = source.endsWith("*") ? source.slice(0, -1) : source;
  if (body.length === 0) return false;
  for (const c of body) if (!isWordChar(c) && c !== "'" && c !== "." && c !== "+") return false;
  return true;
}
function compileList(list, extra = []) {
  const m = {
    words: /* @__PURE__ */ new Set(),
    wordStems: [],
    exact: /* @__PURE__ */ new Map(),
    stems: /* @__PURE__ */ new Map(),
    numeric: [],
    zh: [],
    zhStart: [],
    regexps: [],
    literals: [],
    unlessAfterEn: new Set(list.unlessAfter?.en ?? []),
    unlessAfterZh: list.unlessAfter?.zh ?? []
  };
  for (const source of list.en) {
    if (isSimpleEntry(source)) {
      if (source.endsWith("*")) m.wordStems.push(source.slice(0, -1));
      else m.words.add(source);
      continue;
    }
    const entry = parseEntry(source);
    const first = entry.parts[0];
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
function findAll(m, doc) {
  const out = [];
  const { tokens, text } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? "";
    let best = m.words.has(tok) || m.wordStems.some((stem) => tok.startsWith(stem)) ? i + 1 : -1;
    const candidates = [...m.exact.get(tok) ?? [], ...m.numeric];
    for (const s2 of m.stems.get(tok[0] ?? "") ?? []) if (tok.startsWith(s2.stem)) candidates.push(s2.entry);
    for (const entry of candidates) {
      if (entry.anchored && !doc.sentenceStart[i]) continue;
      const r = matchFrom(tokens, entry.parts, 0, i);
      if (r > best) best = r;
    }
    if (best < 0) continue;
    const before = [tokens[i - 1], tokens[i - 2]];
    if (before.some((b) => b !== void 0 && m.unlessAfterEn.has(b))) continue;
    const s = doc.start[i] ?? 0;
    const e = doc.end[best - 1] ?? s;
    out.push({ start: s, end: e, text: text.slice(s, e) });
    i = best - 1;
  }
  const english = out.slice();
  const accept = (at, len) => {
    let lo = 0;
    let hi = english.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
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
  const kept = [];
  for (const x of out) if (kept.length === 0 || x.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(x);
  return kept;
}
function hydrateMatcher(d) {
  const e = (i) => d.entries[i];
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
    unlessAfterZh: d.unlessAfterZh
  };
}

export {
  isWordChar,
  isDigits,
  isCjk,
  makeDoc,
  compileList,
  findAll,
  hydrateMatcher
};
