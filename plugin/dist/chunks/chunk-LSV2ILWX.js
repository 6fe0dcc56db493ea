import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/classify/match.ts
var SENTENCE_BREAK = /* @__PURE__ */ new Set([".", "!", "?", ";", ":", "\n", "\u3002", "\uFF01", "\uFF1F", "\uFF1B", "\uFF1A", "\uFF0C", ","]);
function isWordChar(c) {
  return c !== void 0 && (c >= "a" && c <= "z" || c >= "0" && c <= "9" || c === "_");
}
function isDigits(s) {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
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
function parseAtoms(words2) {
  return words2.split("-").join(" ").split(" ").filter(Boolean).map((w) => {
    if (w === "#") return { num: "major" };
    if (w === "#4xx") return { num: "status" };
    return w.endsWith("*") ? { word: w.slice(0, -1), stem: true } : { word: w, stem: false };
  });
}
function parseParts(source) {
  const body = source.startsWith("^") ? source.slice(1) : source;
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
  return parts;
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
  for (let a = 0; a < part.alts.length; a++) {
    const seq = part.alts[a];
    let j = 0;
    while (j < seq.length && atomMatches(seq[j], tokens[ti + j])) j++;
    if (j < seq.length) continue;
    const r = matchFrom(tokens, parts, pi + 1, ti + seq.length);
    if (r >= 0) return r;
  }
  return -1;
}
function isSimpleEntry(source) {
  const body = source.endsWith("*") ? source.slice(0, -1) : source;
  if (body.length === 0) return false;
  for (const c of body) if (!isWordChar(c) && c !== "'" && c !== "." && c !== "+") return false;
  return true;
}
function bucket(table2, key) {
  let b = table2.find(([k]) => k === key)?.[1];
  if (!b) table2.push([key, b = []]);
  return b;
}
function compileList(list, extra = []) {
  const m = {
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
    unlessAfterEn: [...list.unlessAfter?.en ?? []],
    unlessAfterZh: [...list.unlessAfter?.zh ?? []]
  };
  for (const source of list.en) {
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
var built = /* @__PURE__ */ new WeakMap();
function builtFor(m) {
  let b = built.get(m);
  if (!b) built.set(m, b = { parts: [] });
  return b;
}
function longest(best, m, b, indices, doc, i) {
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k];
    const source = m.entries[index];
    if (source.startsWith("^") && !doc.sentenceStart[i]) continue;
    const r = matchFrom(doc.tokens, b.parts[index] ??= parseParts(source), 0, i);
    if (r > best) best = r;
  }
  return best;
}
function startsWithAny(tok, stems) {
  for (let k = 0; k < stems.length; k++) if (tok.startsWith(stems[k])) return true;
  return false;
}
function accepted(m, text, english, at, len) {
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
  for (let k = 0; k < m.unlessAfterZh.length; k++) if (before.includes(m.unlessAfterZh[k])) return false;
  return true;
}
function findAll(m, doc) {
  const english = [];
  const { tokens, text } = doc;
  const b = builtFor(m);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? "";
    let best = m.words.includes(tok) || startsWithAny(tok, m.wordStems) ? i + 1 : -1;
    for (let k = 0; k < m.exact.length; k++) if (m.exact[k][0] === tok) best = longest(best, m, b, m.exact[k][1], doc, i);
    best = longest(best, m, b, m.numeric, doc, i);
    for (let k = 0; k < m.stems.length; k++) if (tok.startsWith(m.stems[k][0])) best = longest(best, m, b, m.stems[k][1], doc, i);
    if (best < 0) continue;
    const p1 = tokens[i - 1];
    const p2 = tokens[i - 2];
    if (p1 !== void 0 && m.unlessAfterEn.includes(p1) || p2 !== void 0 && m.unlessAfterEn.includes(p2)) continue;
    const s = doc.start[i] ?? 0;
    const e = doc.end[best - 1] ?? s;
    english.push({ start: s, end: e, text: text.slice(s, e) });
    i = best - 1;
  }
  const out = english.slice();
  for (let k = 0; k < m.zh.length; k++) {
    const w = m.zh[k];
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (accepted(m, text, english, at, w.length)) {
        out.push({ start: at, end: at + w.length, text: w });
        break;
      }
    }
  }
  const lead = text.length - text.trimStart().length;
  for (let k = 0; k < m.zhStart.length; k++) {
    const w = m.zhStart[k];
    if (text.startsWith(w, lead)) out.push({ start: lead, end: lead + w.length, text: w });
  }
  if (m.regexps.length > 0) {
    for (const re of b.regexps ??= m.regexps.map(([source, flags]) => new RegExp(source, flags))) {
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
  const kept = [];
  for (const x of out) if (kept.length === 0 || x.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(x);
  return kept;
}

// src/classify/features.ts
function normalWord(tok) {
  if (tok.length > 4 && tok.endsWith("ies")) return `${tok.slice(0, -3)}y`;
  if (tok.length > 3 && tok.endsWith("s") && !tok.endsWith("ss") && !tok.endsWith("us") && !tok.endsWith("'s")) return tok.slice(0, -1);
  return tok;
}
function addWords(tokens, out) {
  let prev = "";
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.includes(".") || tok.length > 24) {
      prev = "";
      continue;
    }
    const w = isDigits(tok) ? "#" : normalWord(tok);
    out.set(`w:${w}`, 1);
    if (prev) out.set(`w:${prev} ${w}`, 1);
    prev = w;
  }
}
function addChinese(prose, out) {
  let prev = "";
  for (let i = 0; i < prose.length; i++) {
    const ch = prose[i];
    if (!isCjk(ch)) {
      prev = "";
      continue;
    }
    out.set(`c:${ch}`, 1);
    if (prev) out.set(`c:${prev}${ch}`, 1);
    prev = ch;
  }
}
function features(a) {
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i < a.signals.length; i++) {
    const s = a.signals[i];
    out.set(`s:${s.id}`, (out.get(`s:${s.id}`) ?? 0) + s.weight);
  }
  addWords(a.tokens, out);
  addChinese(a.prose, out);
  out.set("x:bias", 1);
  return out;
}

// src/classify/weights.generated.ts
var FEATURE_NAMES = "c:\u4E00\nc:\u4E00\u4E0B\nc:\u4E00\u4E2A\nc:\u4E00\u5957\nc:\u4E00\u6210\nc:\u4E00\u76F4\nc:\u4E00\u8D77\nc:\u4E07\nc:\u4E09\nc:\u4E09\u4E2A\nc:\u4E0A\nc:\u4E0A\u4E00\nc:\u4E0A\u4F20\nc:\u4E0A\u7EBF\nc:\u4E0B\nc:\u4E0B\u5355\nc:\u4E0B\u6B21\nc:\u4E0D\nc:\u4E0D\u505C\nc:\u4E0D\u53D8\nc:\u4E0D\u540C\nc:\u4E0D\u662F\nc:\u4E0D\u7528\nc:\u4E14\nc:\u4E1A\nc:\u4E24\nc:\u4E2A\nc:\u4E2A\u4EBA\nc:\u4E2A\u5730\nc:\u4E2A\u63A5\nc:\u4E2A\u6587\nc:\u4E2A\u670D\nc:\u4E2A\u6D4B\nc:\u4E2A\u8DEF\nc:\u4E2D\nc:\u4E3A\nc:\u4E48\nc:\u4E49\nc:\u4E4B\nc:\u4E4B\u540E\nc:\u4E4B\u95F4\nc:\u4E5F\nc:\u4E5F\u8981\nc:\u4E86\nc:\u4E86\u89E3\nc:\u4E8B\nc:\u4E8B\u4EF6\nc:\u4E8E\nc:\u4EA4\nc:\u4EBA\nc:\u4EC0\nc:\u4EC0\u4E48\nc:\u4ECE\nc:\u4ED8\u56DE\nc:\u4EE3\nc:\u4EE3\u7801\nc:\u4EE5\nc:\u4EEC\nc:\u4EF6\nc:\u4EF6\u91CC\nc:\u4EFB\nc:\u4EFB\u52A1\nc:\u4F1A\nc:\u4F1A\u91CD\nc:\u4F20\nc:\u4F20\u611F\nc:\u4F46\nc:\u4F46\u4E0D\nc:\u4F4F\nc:\u4F53\nc:\u4F53\u91CD\nc:\u4F5C\nc:\u4F7F\nc:\u4F7F\u7528\nc:\u4F8B\nc:\u4F9B\nc:\u4FA7\nc:\u4FA7\u8FB9\nc:\u4FDD\nc:\u4FDD\u5B58\nc:\u4FDD\u6301\nc:\u4FDD\u7559\nc:\u4FE1\nc:\u4FEE\u4E00\nc:\u4FEE\u590D\nc:\u4FEE\u6539\nc:\u5019\nc:\u503C\nc:\u505C\nc:\u50A8\nc:\u50CF\nc:\u5143\nc:\u5143\u6D4B\nc:\u5148\nc:\u5149\nc:\u5165\nc:\u5168\nc:\u5168\u90E8\nc:\u5171\nc:\u5173\nc:\u5177\u51FD\nc:\u5185\nc:\u5185\u5B58\nc:\u5199\nc:\u5199\u4E2A\nc:\u5199\u5355\nc:\u5199\u6D4B\nc:\u51B2\nc:\u51B2\u7A81\nc:\u51B3\nc:\u51B5\nc:\u51C6\nc:\u51E0\nc:\u51E0\u4E2A\nc:\u51FA\nc:\u51FD\nc:\u51FD\u6570\nc:\u5206\nc:\u5206\u949F\nc:\u5206\u9875\nc:\u5207\nc:\u5207\u6362\nc:\u5212\nc:\u5217\nc:\u5217\u51FA\nc:\u5217\u8868\nc:\u521A\nc:\u521A\u624D\nc:\u5220\nc:\u5220\u6389\nc:\u5220\u9664\nc:\u5224\nc:\u5224\u65AD\nc:\u522B\nc:\u522B\u5B57\nc:\u5230\nc:\u5236\nc:\u524D\nc:\u524D\u7AEF\nc:\u529F\nc:\u529F\u80FD\nc:\u52A0\nc:\u52A0\u4E00\nc:\u52A0\u4E0A\nc:\u52A0\u4E2A\nc:\u52A0\u5206\nc:\u52A0\u8F7D\nc:\u52A1\nc:\u52A8\nc:\u5305\nc:\u5305\u62EC\nc:\u5316\nc:\u533A\nc:\u5347\nc:\u5347\u7EA7\nc:\u5353\nc:\u5355\nc:\u5355\u5143\nc:\u5355\u6D4B\nc:\u5355\u91CC\nc:\u539F\nc:\u539F\u751F\nc:\u53C2\nc:\u53C2\u6570\nc:\u53CA\nc:\u53D1\nc:\u53D1\u5E03\nc:\u53D8\nc:\u53D8\u91CF\nc:\u53E3\nc:\u53E3\u548C\nc:\u53E3\u8FD4\nc:\u53E3\u90FD\nc:\u53EF\nc:\u53EF\u4EE5\nc:\u53F0\nc:\u53F7\nc:\u5408\nc:\u5408\u5E76\nc:\u540C\nc:\u540C\u4E00\nc:\u540C\u6B65\nc:\u540D\nc:\u540E\nc:\u540E\u53F0\nc:\u540E\u7AEF\nc:\u5417\nc:\u5427\nc:\u544A\nc:\u5458\nc:\u5468\nc:\u547D\nc:\u547D\u540D\nc:\u548C\nc:\u54EA\nc:\u54EA\u4E2A\nc:\u5668\nc:\u5668\u52A0\nc:\u56DE\nc:\u56DE\u586B\nc:\u56DE\u6EDA\nc:\u56DE\u8C03\nc:\u56E2\nc:\u56E2\u961F\nc:\u56FA\nc:\u56FA\u4EF6\nc:\u56FD\nc:\u56FD\u9645\nc:\u56FE\nc:\u56FE\u7247\nc:\u5728\nc:\u5728\u4E00\nc:\u5728\u7EBF\nc:\u5730\nc:\u5730\u533A\nc:\u5730\u65B9\nc:\u574F\nc:\u578B\nc:\u57DF\nc:\u57FA\nc:\u57FA\u4E8E\nc:\u5883\nc:\u5883\u53D8\nc:\u589E\nc:\u5904\nc:\u5904\u7406\nc:\u5907\nc:\u590D\nc:\u591A\nc:\u591A\u4E2A\nc:\u591A\u5E01\nc:\u5927\nc:\u5929\nc:\u592A\nc:\u5931\nc:\u5931\u8D25\nc:\u5957\nc:\u597D\nc:\u5B50\nc:\u5B57\nc:\u5B57\u6BB5\nc:\u5B58\nc:\u5B58\u4E00\nc:\u5B58\u50A8\nc:\u5B58\u5728\nc:\u5B66\nc:\u5B66\u751F\nc:\u5B89\nc:\u5B89\u5353\nc:\u5B9A\nc:\u5B9A\u4E49\nc:\u5B9E\nc:\u5B9E\u65F6\nc:\u5B9E\u73B0\nc:\u5BA1\nc:\u5BA1\u8BA1\nc:\u5BA2\nc:\u5BA2\u6237\nc:\u5BB6\nc:\u5BB9\nc:\u5BC6\nc:\u5BF9\nc:\u5BF9\u8D26\nc:\u5BFC\nc:\u5BFC\u5165\nc:\u5C0F\nc:\u5C0F\u65F6\nc:\u5C31\nc:\u5C42\nc:\u5C55\nc:\u5D4C\nc:\u5D4C\u5957\nc:\u5DEE\nc:\u5DF2\nc:\u5DF2\u7ECF\nc:\u5E01\nc:\u5E01\u79CD\nc:\u5E26\nc:\u5E26\u4E0A\nc:\u5E2E\nc:\u5E2E\u5FD9\nc:\u5E2E\u6211\nc:\u5E38\nc:\u5E76\nc:\u5E76\u4E14\nc:\u5E8F\nc:\u5E93\nc:\u5E93\u5B58\nc:\u5E94\nc:\u5E94\u8BE5\nc:\u5EA6\nc:\u5EFA\nc:\u5F00\nc:\u5F00\u542F\nc:\u5F02\nc:\u5F02\u6B65\nc:\u5F0F\u5316\nc:\u5F15\nc:\u5F15\u5165\nc:\u5F20\nc:\u5F39\nc:\u5F55\nc:\u5F84\nc:\u5FD9\nc:\u6001\nc:\u600E\nc:\u600E\u4E48\nc:\u603B\nc:\u6062\nc:\u6062\u590D\nc:\u606F\nc:\u60C5\nc:\u60C5\u51B5\nc:\u60F3\nc:\u611F\nc:\u611F\u5668\nc:\u6162\nc:\u620F\nc:\u6210\nc:\u6210\u4E00\nc:\u6210\u591A\nc:\u6211\nc:\u6211\u4EEC\nc:\u6237\nc:\u6240\u6709\nc:\u624D\nc:\u6253\nc:\u6253\u5F00\nc:\u6263\nc:\u6267\nc:\u627E\nc:\u628A\nc:\u628A\u73B0\nc:\u62A5\nc:\u62A5\u8868\nc:\u62BD\nc:\u62C6\nc:\u62C6\u6210\nc:\u62C9\nc:\u62D6\nc:\u62E9\nc:\u62EC\nc:\u62FC\nc:\u6301\nc:\u6301\u4E00\nc:\u6301\u79BB\nc:\u6302\nc:\u6309\nc:\u6309\u94AE\nc:\u6362\nc:\u6362\u6210\nc:\u636E\nc:\u636E\u52A0\nc:\u636E\u5E93\nc:\u6389\nc:\u63A5\nc:\u63A5\u5165\nc:\u63A5\u53E3\nc:\u63A7\nc:\u63A8\nc:\u63A8\u9001\nc:\u63D0\nc:\u63D0\u4EA4\nc:\u63D0\u4F9B\nc:\u63D0\u793A\nc:\u63D2\nc:\u641C\nc:\u641C\u7D22\nc:\u64A4\nc:\u64A4\u9500\nc:\u652F\nc:\u652F\u6301\nc:\u6539\nc:\u6539\u6210\nc:\u6539\u7528\nc:\u6570\nc:\u6570\u4ECE\nc:\u6570\u636E\nc:\u6570\u662F\nc:\u6574\nc:\u6574\u4E2A\nc:\u6574\u4F53\nc:\u6587\nc:\u6587\u4EF6\nc:\u65AD\nc:\u65AD\u70B9\nc:\u65B0\nc:\u65B9\nc:\u65E0\nc:\u65E5\u671F\nc:\u65F6\nc:\u65F6\u5019\nc:\u65F6\u533A\nc:\u65F6\u95F4\nc:\u662F\nc:\u662F\u600E\nc:\u663E\nc:\u663E\u793A\nc:\u66F4\nc:\u66F4\u65B0\nc:\u6700\nc:\u6700\u591A\nc:\u6709\nc:\u6709\u7684\nc:\u670D\nc:\u670D\u52A1\nc:\u671F\u65F6\nc:\u672C\nc:\u673A\nc:\u6761\nc:\u6765\nc:\u6784\nc:\u6784\u5EFA\nc:\u679C\nc:\u67D3\nc:\u67E5\nc:\u6807\nc:\u680F\nc:\u6821\nc:\u6821\u9A8C\nc:\u683C\nc:\u683C\u5F0F\nc:\u6846\nc:\u6863\nc:\u68C0\u67E5\nc:\u6A21\nc:\u6A21\u5757\nc:\u6B21\nc:\u6B3E\nc:\u6B63\nc:\u6B65\nc:\u6BB5\nc:\u6BCF\nc:\u6BCF\u4E2A\nc:\u6BCF\u5929\nc:\u6BCF\u7B14\nc:\u6BD4\nc:\u6BD4\u4F8B\nc:\u6C34\nc:\u6C42\nc:\u6CA1\nc:\u6CA1\u6709\nc:\u6CD5\nc:\u6CE8\nc:\u6CE8\u5165\nc:\u6D3B\nc:\u6D41\nc:\u6D41\u6C34\nc:\u6D4B\nc:\u6D4B\u8BD5\nc:\u6D88\nc:\u6D88\u606F\nc:\u6D89\nc:\u6D89\u53CA\nc:\u6E05\nc:\u6E32\nc:\u6E32\u67D3\nc:\u6E38\nc:\u6E38\u620F\nc:\u6E90\nc:\u6EAF\nc:\u6ED1\nc:\u6EDA\nc:\u70B9\nc:\u70B9\u7EED\nc:\u7247\nc:\u7248\nc:\u72B6\nc:\u72B6\u6001\nc:\u72EC\nc:\u73AF\nc:\u73AF\u5883\nc:\u73B0\nc:\u73B0\u5728\nc:\u73B0\u6709\nc:\u7406\nc:\u751F\nc:\u751F\u6210\nc:\u7528\nc:\u7528\u4E86\nc:\u7528\u4F8B\nc:\u7528\u6237\nc:\u7528\u73B0\nc:\u7528\u7684\nc:\u7531\nc:\u7559\nc:\u7565\nc:\u767B\nc:\u767D\nc:\u7684\nc:\u7684\u4FEE\nc:\u7684\u60C5\nc:\u7684\u63A5\nc:\u7684\u65F6\nc:\u7684\u6743\nc:\u7684\u7528\nc:\u7684\u8001\nc:\u7684\u8868\nc:\u7684\u95EE\nc:\u76D6\nc:\u76EE\nc:\u76EE\u524D\nc:\u76F4\nc:\u76F4\u63A5\nc:\u770B\nc:\u77E5\nc:\u7801\nc:\u786E\nc:\u786E\u8BA4\nc:\u793A\nc:\u7981\nc:\u7981\u7528\nc:\u79BB\nc:\u79BB\u7EBF\nc:\u79D2\nc:\u79FB\nc:\u79FB\u52A8\nc:\u7A0B\nc:\u7A7A\nc:\u7A81\nc:\u7A97\nc:\u7AD9\nc:\u7AEF\nc:\u7AEF\u4ECE\nc:\u7AEF\u7528\nc:\u7AEF\u90FD\nc:\u7B14\nc:\u7B49\nc:\u7B97\nc:\u7BA1\nc:\u7BA1\u7406\nc:\u7C7B\nc:\u7C7B\u578B\nc:\u7CFB\nc:\u7CFB\u7EDF\nc:\u7D22\nc:\u7EA6\nc:\u7EA7\nc:\u7EA7\u5230\nc:\u7EBF\nc:\u7EBF\u4E0A\nc:\u7EC3\nc:\u7EC4\nc:\u7EC4\u4EF6\nc:\u7ED3\nc:\u7ED3\u679C\nc:\u7ED9\nc:\u7EDF\u4E00\nc:\u7EE7\nc:\u7EE7\u7EED\nc:\u7EED\nc:\u7F13\nc:\u7F13\u5B58\nc:\u7F16\nc:\u7F16\u8F91\nc:\u7F29\nc:\u7F3A\nc:\u7F6E\nc:\u7F6E\u9875\nc:\u8001\nc:\u800C\nc:\u8054\nc:\u80FD\nc:\u80FD\u505C\nc:\u811A\nc:\u811A\u672C\nc:\u81EA\nc:\u81EA\u52A8\nc:\u8272\nc:\u83DC\nc:\u83DC\u5355\nc:\u884C\nc:\u884C\u4E3A\nc:\u8865\nc:\u8868\nc:\u8868\u5355\nc:\u8868\u5DF2\nc:\u8868\u652F\nc:\u8868\u683C\nc:\u8868\u91CC\nc:\u8868\u9875\nc:\u8981\nc:\u8981\u505A\nc:\u8981\u6539\nc:\u8981\u6709\nc:\u8981\u80FD\nc:\u8986\nc:\u8986\u76D6\nc:\u89C6\nc:\u89D2\nc:\u89D2\u8272\nc:\u89E3\nc:\u89E3\u4E00\nc:\u89E3\u51B3\nc:\u8B66\nc:\u8BA2\nc:\u8BA2\u5355\nc:\u8BA4\nc:\u8BB0\nc:\u8BB0\u4F4F\nc:\u8BB0\u5F55\nc:\u8BBE\nc:\u8BBE\u7F6E\nc:\u8BBE\u8BA1\nc:\u8BC4\nc:\u8BD5\nc:\u8BD5\u7528\nc:\u8BE5\nc:\u8BEF\nc:\u8BF4\nc:\u8BF7\nc:\u8BF7\u6C42\nc:\u8BFB\nc:\u8C03\nc:\u8C03\u5230\nc:\u8D25\nc:\u8D25\u8981\nc:\u8D26\nc:\u8D26\u6237\nc:\u8D44\u6E90\nc:\u8D44\u91D1\nc:\u8D77\nc:\u8D85\nc:\u8D85\u65F6\nc:\u8DD1\u4E00\nc:\u8DEF\nc:\u8DEF\u5F84\nc:\u8DEF\u7531\nc:\u8DF3\nc:\u8DF3\u8FC7\nc:\u8EAB\nc:\u8F6C\nc:\u8F7D\nc:\u8F91\nc:\u8F91\u5668\nc:\u8F93\nc:\u8F93\u5165\nc:\u8F93\u51FA\nc:\u8FB9\nc:\u8FB9\u680F\nc:\u8FC1\nc:\u8FC1\u5230\nc:\u8FC1\u79FB\nc:\u8FC7\nc:\u8FC7\u671F\nc:\u8FD4\nc:\u8FD4\u56DE\nc:\u8FD8\nc:\u8FD8\u6709\nc:\u8FD8\u8981\nc:\u8FD9\nc:\u8FD9\u4E00\nc:\u8FD9\u4E2A\nc:\u8FDB\nc:\u8FDE\nc:\u8FFD\nc:\u9000\nc:\u9000\u907F\nc:\u9001\nc:\u9009\nc:\u9009\u62E9\nc:\u901A\nc:\u901A\u8FC7\nc:\u903B\nc:\u903B\u8F91\nc:\u904D\nc:\u907F\nc:\u90A3\nc:\u90AE\nc:\u90AE\u4EF6\nc:\u90AE\u7BB1\nc:\u90E8\nc:\u90E8\u6539\nc:\u90FD\nc:\u90FD\u4F1A\nc:\u90FD\u6539\nc:\u90FD\u8981\nc:\u914D\nc:\u914D\u7F6E\nc:\u91CA\nc:\u91CC\nc:\u91CC\u7684\nc:\u91CD\nc:\u91CD\u505A\nc:\u91CD\u5199\nc:\u91CD\u590D\nc:\u91CD\u6784\nc:\u91CD\u8BD5\nc:\u91CF\nc:\u91D1\nc:\u949F\nc:\u94AE\nc:\u94F6\nc:\u94FE\nc:\u94FE\u63A5\nc:\u9500\nc:\u9519\nc:\u9519\u522B\nc:\u9519\u8BEF\nc:\u952E\nc:\u957F\nc:\u95EA\nc:\u95EA\u9000\nc:\u95EE\nc:\u95EE\u9898\nc:\u95F4\u4ECE\nc:\u961F\nc:\u961F\u5217\nc:\u9632\nc:\u9636\nc:\u9636\u6BB5\nc:\u963F\nc:\u9644\nc:\u9645\nc:\u9645\u5316\nc:\u9650\nc:\u9664\nc:\u9700\nc:\u9700\u8981\nc:\u9762\nc:\u9875\nc:\u9875\u52A0\nc:\u9875\u7684\nc:\u9875\u9762\nc:\u9879\nc:\u9879\u76EE\nc:\u987A\nc:\u9884\nc:\u9891\nc:\u9898\nc:\u989D\nc:\u9A8C\nc:\u9A8C\u7B7E\nc:\u9AD8\nc:\u9ED8\nc:\u9ED8\u8BA4\ns:artifact\ns:bug\ns:change\ns:crossCutting\ns:errorLog\ns:feature\ns:files\ns:length\ns:operation\ns:performance\ns:question\ns:risk\ns:scope\ns:steps\ns:system\ns:tests\ns:trivial\ns:tweak\nw:#\nw:# #\nw:# and\nw:# attempt\nw:# endpoint\nw:# line\nw:# minute\nw:# node\nw:# redi\nw:# screen\nw:# to\nw:# vue\nw:# when\nw:# with\nw:2h\nw:300m\nw:3s\nw:50m\nw:5s\nw:a\nw:a #\nw:a b\nw:a clear\nw:a confirmation\nw:a double\nw:a job\nw:a new\nw:a read\nw:a simple\nw:a small\nw:a unit\nw:about\nw:about #\nw:accept\nw:accepting\nw:account\nw:across\nw:across the\nw:action\nw:ad\nw:ad hoc\nw:add\nw:add a\nw:add an\nw:add keyboard\nw:add multi\nw:add one\nw:add retry\nw:add test\nw:add the\nw:address\nw:admin\nw:after\nw:after a\nw:against the\nw:all\nw:already\nw:amount\nw:an\nw:an admin\nw:an audit\nw:analytic\nw:and\nw:and a\nw:and add\nw:and an\nw:and fix\nw:and from\nw:and handle\nw:and implement\nw:and keep\nw:and reconciliation\nw:and show\nw:and test\nw:and the\nw:and update\nw:and use\nw:android\nw:android and\nw:android app\nw:angular\nw:angular #\nw:anything\nw:api\nw:api and\nw:api key\nw:api with\nw:apollo\nw:app\nw:app from\nw:app router\nw:app to\nw:app with\nw:apply\nw:approval\nw:are\nw:are the\nw:as\nw:asking\nw:asset\nw:assign\nw:assignment\nw:async\nw:at\nw:at least\nw:at the\nw:attempt\nw:audit\nw:audit log\nw:auth\nw:aws\nw:back\nw:backend\nw:backfill\nw:background\nw:backoff\nw:banner\nw:based\nw:be\nw:because\nw:before\nw:behaviour\nw:behaviour change\nw:between\nw:between our\nw:between them\nw:big\nw:block\nw:body\nw:bom\nw:both\nw:break\nw:break the\nw:bucket\nw:build\nw:build a\nw:build the\nw:built\nw:bus\nw:but\nw:but not\nw:button\nw:button in\nw:button on\nw:by\nw:by the\nw:c\nw:c++\nw:cache\nw:call\nw:call site\nw:can\nw:can you\nw:cancel\nw:cannot\nw:cannot invoke\nw:capture\nw:card\nw:case\nw:celery\nw:chain\nw:change\nw:change the\nw:charge\nw:chart\nw:check on\nw:check the\nw:checkout\nw:checkpoint\nw:ci\nw:class\nw:clear\nw:cli\nw:client\nw:cluster\nw:code\nw:codebase\nw:column\nw:commit\nw:component\nw:configurable\nw:confirmation\nw:conflict\nw:conflict resolution\nw:connection\nw:constant\nw:context\nw:contract\nw:controller\nw:convert\nw:convert the\nw:count\nw:cover\nw:cpu\nw:crashe\nw:crashe on\nw:crdt\nw:create\nw:created\nw:csv\nw:currency\nw:current\nw:currently\nw:cursor\nw:custom\nw:customer\nw:cutover\nw:dashboard\nw:data\nw:database\nw:date\nw:day\nw:db\nw:db and\nw:dead\nw:debug\nw:decimal\nw:default\nw:delete\nw:delivery\nw:deploy\nw:deprecated\nw:desktop\nw:detail\nw:detect\nw:detected\nw:device\nw:difference\nw:difference between\nw:directly\nw:disable\nw:disable the\nw:disconnect\nw:display\nw:django\nw:do\nw:do we\nw:doc\nw:docker\nw:dockerfile\nw:doe\nw:doe thi\nw:doesn't\nw:domain\nw:don't\nw:double\nw:down\nw:downtime\nw:drop\nw:dropdown\nw:duplicate\nw:during\nw:during the\nw:e\nw:each\nw:editor\nw:elasticsearch\nw:electron\nw:email\nw:encoding\nw:encrypt\nw:encryption\nw:end\nw:end to\nw:endpoint\nw:endpoint to\nw:endpoint with\nw:enforced\nw:enforced in\nw:engine\nw:enterprise\nw:enterprise customer\nw:env\nw:envelope\nw:environment\nw:epoch\nw:error\nw:error message\nw:etl\nw:event\nw:every\nw:everything\nw:excel\nw:exception\nw:exception main\nw:exchange\nw:exist\nw:existing\nw:existing row\nw:expected\nw:experiment\nw:explain\nw:exponential\nw:exponential backoff\nw:export to\nw:expose\nw:express\nw:fail\nw:failed\nw:fake\nw:fatal\nw:fatal exception\nw:feature\nw:feed\nw:fft\nw:field to\nw:file\nw:file with\nw:filter\nw:filter by\nw:find\nw:firmware\nw:first\nw:fix\nw:fix it\nw:fix the\nw:flag\nw:flaky\nw:flask\nw:flow\nw:flutter\nw:flutter app\nw:footer\nw:for\nw:for #\nw:for a\nw:for all\nw:for enterprise\nw:for the\nw:force\nw:form\nw:format\nw:found\nw:free\nw:from\nw:from #\nw:from rest\nw:from the\nw:frontend\nw:function\nw:fx\nw:game\nw:get\nw:getting\nw:getting thi\nw:git\nw:github\nw:go\nw:godot\nw:goe\nw:goe to\nw:good\nw:grafana\nw:grafana panel\nw:graphql\nw:grid\nw:group\nw:handle\nw:handle the\nw:handler\nw:handling\nw:handling for\nw:happen\nw:hard\nw:hardcoded\nw:has\nw:has no\nw:have\nw:have to\nw:header\nw:healthcheck\nw:helmet\nw:helper\nw:heroku\nw:histogram\nw:hmac\nw:hmac sha256\nw:hoc\nw:homegrown\nw:hook\nw:how\nw:how do\nw:http\nw:http client\nw:i\nw:i need\nw:i want\nw:id\nw:identical\nw:if\nw:image\nw:implement\nw:implement a\nw:import\nw:in\nw:in #\nw:in ci\nw:in src\nw:in the\nw:including\nw:increase\nw:increase the\nw:index\nw:init\nw:input\nw:install\nw:instead\nw:instead of\nw:into\nw:into a\nw:into the\nw:introduce\nw:invalidate\nw:invoke\nw:ios\nw:is\nw:is down\nw:is null\nw:isn't\nw:it\nw:it in\nw:it into\nw:it on\nw:it to\nw:it with\nw:it's\nw:item\nw:its\nw:its own\nw:java\nw:jest\nw:job\nw:js\nw:json\nw:just\nw:jwt\nw:kafka\nw:keep\nw:key\nw:key #\nw:key and\nw:keyboard\nw:keycloak\nw:keyerror\nw:kotlin\nw:last\nw:layout\nw:leak\nw:least\nw:left\nw:legacy\nw:let's\nw:level\nw:lib\nw:limit\nw:line\nw:line #\nw:link\nw:link to\nw:lint\nw:linux\nw:list\nw:listing\nw:listing the\nw:live\nw:load\nw:loader\nw:loading\nw:local\nw:locale\nw:lock\nw:locking\nw:locking and\nw:log\nw:log the\nw:logging\nw:logic\nw:login\nw:look\nw:loop\nw:loss\nw:lot\nw:lot of\nw:lru\nw:mac\nw:main\nw:make\nw:make it\nw:make our\nw:make the\nw:makefile\nw:manager\nw:map\nw:mark\nw:match\nw:match the\nw:max\nw:max #\nw:me\nw:me what\nw:mean\nw:memory\nw:menu\nw:merge\nw:message\nw:method\nw:metric\nw:microservice\nw:middleware\nw:migrate\nw:migration\nw:migration api\nw:min\nw:minute\nw:minute and\nw:missing\nw:mobile\nw:mobile app\nw:mode\nw:model\nw:module\nw:money\nw:monolith\nw:month\nw:monthly\nw:more\nw:move\nw:move to\nw:multi\nw:must\nw:mutation\nw:my\nw:mysql\nw:n\nw:name\nw:native\nw:native app\nw:navigation\nw:need\nw:need a\nw:need to\nw:nested\nw:network\nw:never\nw:new\nw:next\nw:nginx\nw:nightly\nw:no\nw:no behaviour\nw:node\nw:node #\nw:node_module\nw:not\nw:nothing\nw:notification\nw:now\nw:npm\nw:null\nw:number\nw:o\nw:of\nw:of #\nw:of our\nw:of the\nw:off\nw:offline\nw:oidc\nw:ok\nw:old\nw:old one\nw:on\nw:on a\nw:on every\nw:on the\nw:one\nw:online\nw:only\nw:onto\nw:onto it\nw:open\nw:opengl\nw:optimistic\nw:option\nw:or\nw:order\nw:order and\nw:orm\nw:other\nw:our\nw:our #\nw:out\nw:output\nw:own\nw:p99\nw:package\nw:page\nw:pagination\nw:parallel\nw:parser\nw:pass\nw:path\nw:payload\nw:payment\nw:payout\nw:pdf\nw:pending\nw:per\nw:per user\nw:permission\nw:pick\nw:pin\nw:pinia\nw:pipeline\nw:place that\nw:plan\nw:plan and\nw:platform\nw:please\nw:please fix\nw:pls\nw:plugin\nw:plus\nw:plus a\nw:plus the\nw:point\nw:policy\nw:policy and\nw:polling\nw:port\nw:port the\nw:position\nw:postgre\nw:presence\nw:price\nw:pricing\nw:primary\nw:product\nw:profile\nw:project\nw:prometheus\nw:properly\nw:provider\nw:provider and\nw:provisioning\nw:public\nw:push\nw:pydantic\nw:python\nw:python #\nw:pytorch\nw:qos\nw:query\nw:queue\nw:quote\nw:rabbitmq\nw:rate\nw:react\nw:react native\nw:read\nw:read only\nw:reading\nw:readme\nw:real\nw:real time\nw:rebuild\nw:rebuild the\nw:reconciliation\nw:reconnect\nw:redi\nw:redo\nw:redo the\nw:redux\nw:refactor\nw:refactor the\nw:region\nw:release\nw:remember\nw:remove\nw:remove the\nw:rename\nw:rename the\nw:renderer\nw:replace\nw:replace our\nw:replace the\nw:replacing\nw:replacing the\nw:report\nw:repository\nw:request\nw:reset\nw:resolution\nw:resource\nw:response\nw:rest\nw:rest to\nw:restore\nw:result\nw:resume\nw:retry\nw:retry #\nw:retry after\nw:retry on\nw:retry with\nw:return\nw:return #\nw:rework\nw:rework the\nw:rewrite\nw:rewrite the\nw:right\nw:right now\nw:ring\nw:router\nw:row\nw:rule\nw:rule per\nw:run\nw:run on\nw:run the\nw:running\nw:s3\nw:same\nw:saml\nw:sandboxed\nw:save\nw:saved\nw:say\nw:scale\nw:schema\nw:scim\nw:screen\nw:script\nw:script that\nw:search\nw:second\nw:section\nw:security\nw:see\nw:seed\nw:select\nw:send\nw:sensor\nw:sentry\nw:sequence\nw:server\nw:server side\nw:service\nw:service with\nw:session\nw:set\nw:set up\nw:setting\nw:sha256\nw:shard\nw:shard the\nw:shared\nw:shipping\nw:should\nw:should be\nw:show\nw:show a\nw:show it\nw:show the\nw:sidebar\nw:sign\nw:signature\nw:signed\nw:signed url\nw:simple\nw:since\nw:single\nw:site\nw:size\nw:skip\nw:slim\nw:slow\nw:small\nw:snapshot\nw:snapshot test\nw:so\nw:so the\nw:some\nw:sorting\nw:source\nw:split\nw:split the\nw:spring\nw:spring boot\nw:sql\nw:sqlite\nw:src\nw:sso\nw:sso saml\nw:stack\nw:start\nw:state\nw:statement\nw:status\nw:stay\nw:step\nw:still work\nw:stm32\nw:stop\nw:store\nw:stored\nw:streaming\nw:strict\nw:string\nw:string in\nw:stripe\nw:student\nw:submit\nw:support\nw:sure the\nw:sync\nw:system\nw:table\nw:table and\nw:table by\nw:table with\nw:take\nw:task\nw:team\nw:tell\nw:tell me\nw:template\nw:terraform\nw:test\nw:test for\nw:test must\nw:test that\nw:test the\nw:test using\nw:test with\nw:that\nw:that read\nw:that's\nw:the\nw:the #\nw:the analytic\nw:the app\nw:the backend\nw:the code\nw:the component\nw:the config\nw:the csv\nw:the current\nw:the dashboard\nw:the data\nw:the database\nw:the db\nw:the desktop\nw:the difference\nw:the editor\nw:the existing\nw:the file\nw:the flaky\nw:the frontend\nw:the game\nw:the image\nw:the invoice\nw:the last\nw:the log\nw:the login\nw:the main\nw:the migration\nw:the mobile\nw:the new\nw:the old\nw:the open\nw:the order\nw:the output\nw:the page\nw:the primary\nw:the product\nw:the profile\nw:the report\nw:the request\nw:the same\nw:the search\nw:the server\nw:the sidebar\nw:the sync\nw:the table\nw:the three\nw:the training\nw:the two\nw:the ui\nw:the user\nw:the webhook\nw:the whole\nw:the worker\nw:their\nw:their own\nw:them\nw:then\nw:there's\nw:there's a\nw:they\nw:thi\nw:three\nw:through\nw:time\nw:timeout\nw:timer\nw:timestamp\nw:timezone\nw:to\nw:to #\nw:to a\nw:to an\nw:to aws\nw:to end\nw:to graphql\nw:to our\nw:to the\nw:to understand\nw:to vue\nw:toast\nw:toggle\nw:tool\nw:tracking\nw:trading\nw:training\nw:transaction\nw:ttl\nw:two\nw:type\nw:typed\nw:typescript\nw:ui\nw:understand\nw:undo\nw:unit\nw:unit test\nw:unity\nw:up\nw:up the\nw:up to\nw:update\nw:update the\nw:updated\nw:upgrade\nw:upgrade from\nw:url\nw:use\nw:use it\nw:used\nw:user\nw:user id\nw:user order\nw:using\nw:using the\nw:utc\nw:utf\nw:utf #\nw:util\nw:v1\nw:v2\nw:validate\nw:validation\nw:validation to\nw:value\nw:var\nw:variable\nw:version\nw:versioned\nw:via\nw:view\nw:vite\nw:vue\nw:vue #\nw:vulkan\nw:want to\nw:warehouse\nw:warning\nw:way\nw:we\nw:we need\nw:we're\nw:web\nw:webhook\nw:webhook handler\nw:what\nw:what are\nw:what doe\nw:what's\nw:what's the\nw:when\nw:when a\nw:when i\nw:when the\nw:where\nw:while\nw:whole\nw:window\nw:with\nw:with #\nw:with a\nw:with backoff\nw:with exponential\nw:with test\nw:with the\nw:without\nw:work\nw:worker\nw:workflow\nw:working\nw:write\nw:write a\nw:yaml\nw:year\nw:yet\nw:you\nw:zustand\nx:bias";
var FEATURE_WEIGHTS = "HQAGAN3/AwAWAOf/GQD5/+3////7/wUAAAAEAPz/9v8MAP7//v8EAP7////6/wcA+v8GAAAA/P8NAPj/+v8LAPv//P8FAP//AAANAPT/CgD6//3/AwAeAN//AAD7/wUA/f8FAP7/DgD9//X////9/wUA/f8KAPn/AwD8/wIAAQADAPz/DAD5//r//P8IAPz////7/wUA+f8BAAYAGgACAOT/AQAEAPv//f8GAP3/AwD5/wQAAgAGAPj//f/9/wYACAD4/wAABQD9//7//f8HAPz/BgAGAPT/GADv//n/BQD7/wAA9v8KAP///v8FAP3/+P8GAAIA+/8HAP7/+/8FAAEACAATAOX/CAD6//7/+v/6/wsA+P/7/w0ABgD2/wQABwD///r////9/wQAEQD0//v/EQD0//v/9P/t/x8ABAD8/wEAAwD3/wYAAwD3/wYAAQAJAPb/BgD5/wEA9v8CAAcABwAAAPn//P8DAAEA/P8DAAEABwADAPb//v8GAPz//f8IAPv//v/9/wYAAwAEAPn/AwAFAPj/+P8PAPr/BQD3/wQABwD4/wEA///6/wcA/v/+/wQA/v/+/wQABgD4/wMA//8EAPz//v8GAPz//v8GAPz/9v8OAPz/AQAEAPv/+/8EAAEA+/8GAP///v/+/wQA9/8OAPv/BgD6////BQD5/wIA//8HAPn////7/wUA+//+/wcA///7/wYA/v8FAPz/CAD4/wAACAD4////BgD///v////6/wgA5P8MABAA4v8VAAkA+f/2/xEA///9/wUA+P8KAP7//v8FAP3/9/8JAAAA+f8HAAAA+v8IAP7//f8GAP3/+v8HAAAA+/8RAPT//f/7/wgA/f/7/wgA///7/wcADAD1////AAD6/wcA//8HAPv//P8HAPz/+f8LAP3/+/8JAPz/+/8JAPz/7P8IAAwA/f8KAPn/BAAAAPv//f/8/wcA/f///wQACQD4//7//P8PAPX/AAAEAP3//v8MAPb/CgD7//v/CQD7//v/BAAHAPX/CgD5//3/+v8OAPj/AAAHAPn/AAAHAPn/BAD8/wAAAQD8/wMA3f/3/ysA+/8BAAQA/f8MAPf/+P8KAP//+/8FAP//+/8CAAIA7/87ANf/FgDz//f/+v8BAAUAAQAEAPz///8HAPr/+v8IAP//+v/6/wwA9v8TAPf//v/4/wkA///8/wUA/v/5/wgAAAD7/wYA7P/5/xsA7//2/xsA/P8GAP7/+//3/w4ACAD4/wAA+v8IAP7/AAAGAPr/+f8EAAMA/P///wUA/f8FAP///f8FAP/////+/wQA9v8PAPv//v8EAP7/+f8MAPv//f8FAP7/9v8UAPb///8FAPz///8FAPz/AAD8/wQAAQAKAPb/AQAIAPb//f/7/wgA/P8HAP3/BQD8////BgD7/wAA/v/y/xEA///8/wUA/f/3/wwA/v8KAPj/6f8OAAkA/f/9/wUA9v8GAAUABgD8//7/EQD5//b/BAD8/wEA/v8JAPn/AwD7/wIABQD7/wAABgD8//7/8v8LAAMABwACAPf/DAD6//r/9f8KAAEA/f8HAPz/DQD2//z/AAD9/wQACgD8//r/AwD8/wEACwD6//z/CwD6//z/AwD3/wYAAAD6/wcAAAD2/woAAAD4/wgA8f8ZAPb/+v8LAPv/9P8LAAEAAAAFAPv////4/wkA+v8AAAYA///9/wQA/f8FAP7/+f8DAAMA7/8QAAEA9f/7/xAA///7/wYA///7/wYA/P8HAP3//f8FAP7//v8GAPz/+////wUA+//8/wkA/f8EAP7//P8MAPj/6f8IAA8A///3/woAAAD8/wQAAAD8/wQA+/8FAAAA/P8KAPr/+v8IAP7/+f8IAP//+/8DAAIACgD8//v//P8IAPv/CgD7//z/AAAEAPz/5f8VAAYA+f8IAP/////7/wYA+P8LAPz/+v8CAAQA+f8CAAUA/P8EAP///P8GAP7/BwD7//3/BQD7/wAA/P/3/wwA///4/wkAAAD8/wUA//8EAPz///8FAPv//f/5/wkA/f/6/wkAAQD8/wQA/v/+/wQAAQD8/wMAAwD3/wcAAAD8/wUA+P8LAP3/+f8HAAAACQAAAPf/CQD9//r/DAD///X//f8EAP//+f8GAAEA/P8LAPn//P8LAPn//f8EAP//AQADAPz/AwD7/wIAAQD8/wMAAAD8/wQA+f8OAPn//v8IAPv//v8NAPX//f8EAP//AQAGAPn/AgACAPz/9P8MAAEA/P8HAP7/AgABAPz/+v/7/woAAAD8/wQACQD5////BgD7//7///8KAPb/9/8DAAYA+/8HAP7//v/9/wQAAAD8/wQAAAD8/wUA//8EAP3/9v/6/xAA+P/9/wsA+f8GAAEA/P8HAP3/9v8CAAgA+v8HAP///f8EAP//9v8BAAkACAD7//7/BwD7//7/AAD6/wcA/f8GAP3//f8GAP3/7//5/xgACwD1////DAD1////BgD8//7//v/6/wgA/v/9/wYA/P8JAPv//P8BAAMA/v8EAP7//f8FAP7/+v8GAAAACQD+//n/BgD5/wEA6/8BABQA/f8EAP//BQADAPj/9v8OAPz//f8FAP7/+//9/wgAAAD9/wQA+v8JAP3/AwASAOv/AAD9/wQA+/8RAPT//v8LAPf///8EAP3/+v8NAPr//P8MAPj///8JAPj//v8HAPv//f8EAP/////8/wUA/v/+/wQA9f8DAAgA///8/wUA/v/8/wYA/v8FAP3/9v8MAP7/BAAJAPT/BAD3/wUACAD0/wMA8/8DAAkA+v8GAAAA/P8DAAEABQD7/wAA7/8XAPr//f/8/wcA9P8UAPj/AAD9/wQACAD5/wAAAAD7/wUABgAKAPD/BwD///r///8EAPz/AAAFAPv//v/5/wkA9/8HAAMA9/8HAAMAAwAIAPX/AwAIAPX/+//+/wcA+P/9/woABQAEAPf/BgDz/wcA+f///wcA9/8OAPv/BQD9//7/8/8DAAkA+v8HAAAA/f/4/wsA/v/4/woA/v/+/wQAAwAIAPX/AgAHAPf//P8QAPT//f8GAP3/+P8ZAO7/AAAFAPz/9v8KAAAA/P8EAP///f8SAPH///8HAPn////+/wQACQD6//3/AwANAPD/BgD8//7/+/8NAPj/+/8NAPj//f8MAPf//f8NAPb//v8IAPr//f8KAPn//P8CAAIA/f8LAPj/+//4/w0A/P/7/wkACgD8//r//P8EAAEAAgD3/wcABwAAAPr/9/8OAPv/9f8TAPj/+f8JAP7/9/8JAAEA/P8AAAQA9v8MAP7//f///wQA/v8GAPz/9////wsA+P8IAAAA+/8OAPf//v8GAPz//P8NAPf//f8FAP7//v8FAP7/+v8HAAAA//8FAP3/+v8PAPf/AAD6/wYA/P8BAAMA+//7/woA+P8MAPz/9f8DAAgA+f8IAP//AAD9/wQAAAD9/wQABQD7/wAAAgD8/wMAAAD9/wQA/f8LAPj//f8KAPn/+/8HAP3/AwD8/wEAAQADAPz//v8EAP7//v/4/woABQD5/wIAAAD9/wQA/v8ZAOn/BwARAOj/8//5/xQA8f/5/xYA///9/wQA///9/wQA/P8JAPz//P8AAAQA/P8AAAQA/P8BAAMA/P8BAAMA+P8AAAkA+P/7/w0ABAD9////AgAFAPj/9f8HAAQA/f8GAP3/9/8KAP//AwD7/wIA9v8AAAoA9v8AAAoA///4/wgA+/8IAP3//P8HAP3/+v8JAP7////9/wQA/P8KAPr/+P/8/wsA9P8DAAkA+f8JAP7/9v/+/wwABgD8//7/BAD8/wAA9v8JAAEAAAAGAPr/AQD7/wQAAQD8/wMA+/8FAAAA+f8HAAAA//8GAPv//v/8/wYAIQD5/+b/BgD9//3/DAD0/wAA/f8EAAAAAAAGAPn/AAAGAPr/+/8GAP//AAD7/wYAAAD7/wUA///+/wQAAQD5/wYA/P8CAAIA/f8FAP7/7P8YAPz/9/8KAP7/AQAHAPj//v///wQACQDy/wUAAwABAPz/AwAEAPn/9/8VAPT//v8GAPz//v8GAPz//v/8/wcA/v/9/wUABAD8////CAAEAPT/AAAIAPj//v/6/wkACQD3/////f/7/wgA/v8EAP7/AAD9/wQA9/8EAAUAAAD8/wQA/P/9/wcA//8GAPv/AAAEAPz/AwD7/wEABwABAPj//v/9/wQA+v8BAAUA6f8YAP//8P8RAP//AwD0/wkA///5/wcA9v8IAAIABwD7//3/7//y/x8A7//5/xgACgDn/w8A///6/wYA+////wYAAgADAPv/AgAEAPr/8P8PAAAA9/8JAAAAFgD5//H/AAAFAPz/AwAEAPn/AwAEAPn/AAAOAPL/9/8JAAAA9/8JAAAA/P8EAAAA/f8GAP3/+f8IAP////8EAP7/8v8OAAAA/f8EAP7////6/wYA/f8HAPz////8/wUA8P8FAAsA///+/wQA/P8IAPz//P8IAPz/+/8DAAIA/P8DAAEAAgAFAPr//v8GAPz//v8GAPz/9v8WAPT//f8JAPr/8/8NAAEA5/8TAAYA//8FAPz////9/wQA//8EAP3//f8IAPv/AAD8/wQA//8EAP7/6/8FABAAAAD5/wcA+/8GAP//AAAHAPn////3/woAAQD5/wYAAQD5/wYAAAAGAPr/BQAGAPX/AAAGAPr/BwD3/wIABgD8//7////7/wYABAD8/wEA+f/9/woA/P/9/wcACwACAPT/8P8MAAMA+f8MAPv/+f8AAAcA/P8AAAMA/f8FAP7/AAD6/wYA///9/wQABgAQAOr/BwD3/wIABgD7//7/9/8KAAAABQD8/////f8KAPn//f8KAPn/9f8TAPj/BwD+//v/BAD///7/+f8IAP//AAD8/wUA9v/8/w4A9////woAAAAEAPz/AAD9/wQA/f8FAP3/AAAFAPv/AQAFAPr/BQD6/wEA+/8BAAQA+v8HAP//AQD8/wMA9v8NAP3/+P8JAP//BwD5/wAA+/8FAAAA+v8IAP//+/8KAPv//f8IAPv/+v8HAAAA/P8DAAEA/f8EAP///v8GAPz//v8GAPz/AwDz/woA+//4/w0ACAD8//z/9v8PAPr/BwAAAPn///8HAPr///8HAPr//f/7/wgA///8/wQAAAD7/wUAFwD8/+3/BAD9/wAAEQD9//L//v8IAPv/AQAFAPr/AAD6/wYA8/8RAPz//f8HAP3//P8AAAMABwACAPf//f8EAP//+v8AAAcA/v/+/wQA/v8EAP7//v8EAP7/BQD9//7//f8HAP3/BQD9//7/+/8JAPz//P8FAP////8EAP3/+P/0/xQA+////wYA+P/+/woABQD6/wEA+f8JAP///P/9/wcA9P8HAAUA9v8HAAMABAD8////DQACAPH/EQD8//P/9f8QAPz/AAAKAPf//P/2/w4A/f8LAPj//P8LAPr//P8FAP//AAAEAPz/BwD0/wUA/f8KAPn/BAAJAPT/AAD9/wQABQD9//7/BQD+//3///8OAPP/+/8HAP7/AQD8/wMA9/8JAAAA+/8EAAAA/f8HAPz//P8HAP7//P8HAP7////7/wcA/v/7/wYACwD8//r/CwDy/wQAAAD7/wUA///9/wQA+v8IAP//+v8IAP//8f/9/xIA+v8LAPr/AAD4/wgAAAD4/wgA9f8TAPf/+v8OAPj/BAD9////BAD8/wAA+v8NAPn/+/8VAPD//f8GAP3//f8FAP7//P8GAP7/+/8GAP//+/8FAP//BQD9//7////8/wUA/v8FAPz////+/wQABgD0/wYA9/8KAP//BAD9/wAABwD5////BwD+//v/BwD+//v/3f9EAN//5/8gAPj/AwATAOr/wv/d/2EA4v89AOH/4P8ZAAcACQAKAO3/nP9HABwAz/8iAA8A4P8gAAAAxP8TACgA2v/i/0QAx//3/0IAyf/t/0oA4f/1/yoAGAAvALn/sf8uACEA2P8cAAwAFQD3//T/BwD5/wAADQDq/wkA/f8IAPv/AAD3/wkA7v8jAO7/+f8JAP//BAD+//7//v8EAP7//f/8/wcACQDv/wgAAAD8/wQA/P8HAP3/BAABAPv/+P8MAPz////8/wUABAD6/wIAAwD7/wIABAD+//7/9/8RAPj/+/8KAPv//P/9/wcA/f8FAP7/+f8IAP7/BQD6/wEA/v/+/wQAAAD1/wwAAAAHAPr///8GAPv/AQADAPz/GQDp//7/+P/9/wsA9/8BAAgA//8GAPv/+v8JAP3//P/6/woA///w/xEA///8/wQA/P8KAPr/+P8SAPb/AAAGAPr/EgAOAN//IAD+/+L//v8GAPz/+P8LAP3////8/wQAEQDx//////8EAP3//v8GAPz/AwADAPr///8EAP3/+v8IAP//9P8EAAgA9v8JAAEA///9/wQA9v8JAAEADAD6//v/BgD7/wAA+v8UAPH/+/8HAP7/AAD8/wQAAAD8/wQAuP8ZAC8AAwAEAPr/9v8LAAAA/f/7/wgA+////wYA/v/9/wUA///5/wgAAAD7/wUAAAD1/wsA///7/wYA+v8RAPb/+P8LAP3/7P8XAP3/BwD///r//v8LAPf/AwAJAPT/+/8IAP3/CAAAAPj/8P/9/xMA8P/9/xMABgD6////6/8cAPn/+P8QAPj/BwAAAPn////0/wwA/v/8/wYA1P8HACQA/v/5/wkA+v/8/woA///8/wUA///7/wYA/v/2/wwAAAD6/wYADQD5//r/CwD9//n/BQAGAPX/EQD0//z//v8JAPr///8EAP7/AAD6/wYAAADv/xEACQAAAPj/AAD9/wQACAD2/wIA/f8KAPr/9v8AAAoA9/8SAPf/+f8BAAYA8v/6/xQA+/8HAP7/9/8CAAcAAAD8/wQABAD5/wMA9/8QAPj/+v8HAAAA/f/2/w0ABwD3/wMA/P8JAPv/+//3/w4A/P8KAPn/AAAGAPv/DgD0//7/AAD8/wUA///7/wUA/v8HAPv///8EAPz//P8KAPn//v8FAP7/+f/8/wwA+P/0/xQA///4/wgAAwAFAPn////2/woAAAD8/wQAAAD5/wcA///4/wgA/P/9/wcA+/8PAPb//P8GAP7///8SAO//CgD4//3/+v8JAP3/+/8CAAMAAAD8/wQAAgD6/wQA///8/wQA9f8MAP//AQAHAPj/AAAGAPv/EQDn/wgADAD5//v/CQD6//3//v8GAPz///8EAP3/AAD8/wUA+f8EAAMAFQDv//z/+//5/wwA///7/wYAIADp//f/GgD3/+//AAD7/wUAAQANAPL//v/+/wQAAAAHAPn//P8NAPb//P8DAAEA9v8VAPX/+/8FAAAA+v8KAPz/+/8GAP//+f/7/wwA/f8EAP//AwD2/wcA///4/wkA/P8OAPb/DQD4//r/9P8hAOv/BAAAAPz/+f8IAP//AADv/xEAAAD2/woA+/8GAP//CwD4//3//f8FAP7////6/wcA//8FAPz/+P8MAPv//v/8/wYA//8GAPv/+/8JAPv//v8GAPz//v8FAP7//v8FAP7/AAD6/wYA//8JAPj////6/wYA+v8HAAAAAQD6/wUA/v/2/wwA/f/+/wQA/f/9/wYA/v/2/wwA+v/y/xQA///6/wYA7v8EAA4A6v/+/xgA+P/1/xMAAQAGAPn//P8FAP//CwD2/////f8EAP//BgD1/wUAAAD8/wQA/f8EAP7/EAACAO7/CAD9//v//v/6/wgAAAAEAPz/DQD4//v//v/8/wYA/v8EAP7/+P8KAP7/BAD9///////7/wYABQD8//7/BAD9//////8IAPn/EwD3//X/EwD3//X/+v8HAP///v8FAP3/+//3/w4ABQD3/wQA///9/wUAAAAHAPn/BwD8//3/AwAHAPX/EwDy//v/BQD8////+v8PAPf/+v/u/xkAEgD5//X/BAABAPv//P8DAAEAAAD8/wUA+P8NAPr/+P8UAPT/+/8FAP/////4/wgA///4/wgABgD9//3////6/wcA+////wYA/v/5/wgA/P8GAP7/+P8PAPr/BgD7////+P/+/woA//8EAP3/BQD3/wMAAAD8/wUA+/8OAPf////8/wUA/v8FAP3/AAD8/wQAAAD8/wQA///3/wkA///5/wkA///5/wkABgAJAPH/AAD4/wgA/f8HAPv/9v8OAPv/+v8ZAO3/BQD9//7//v/9/wUA/f/8/wcA7v/q/ygA+//2/w8A+f8EAAMA+f8RAPb//f8GAP3/+////wYA/v8FAPz/AwD7/wIA+P/+/woA//8HAPn///8EAP3/DQD4//v///8EAP3///8EAP3//v8GAPz///8FAPv//P/+/wYA9v8OAPz/9P8XAPT//P8HAP7/+/8IAP3//f8GAP3//v/5/wkA/v/9/wUA/P8EAAAAAAAHAPn/BQAJAPH/+/8KAPv/+f8JAP7/+v8IAP7//v8IAPv/+v/+/wcABgD9//3/9v8VAPX/6P8XAAEA+P8NAPv/CwD4//3/DQD1/////f8GAP3//P8AAAQABAACAPr//v8FAP3/BgD8//7/BgD9//7/+/8FAAAABgADAPf/AAD8/wQA///5/wkA7/8LAAYA+v8OAPj/+/8aAOv/+/8TAPH//P8LAPn/BgD8//3/9//8/w4ADAD4//3//v/9/wUAAAANAPP/9f8CAAkA+f8TAPX/AAD7/wUA+//9/wgABAACAPv/+P8UAPT/+/8OAPf/BQD///z//P8GAP3//f///wQA/P/8/wcA+/8KAPr/+/8LAPr/CgD7//z/AQAFAPr///8GAPv//v/8/wcAAQADAPv/AAD7/wUA9v8DAAcA/f8EAP///v8GAPz/+//9/wcAAAD8/wQABgD+//3//f8HAPz/AwD3/wYA/P/4/wwA/v/7/wcAAQD1/wsAAAD6/wYAAAAIAPj/9/8QAPr/DQD0/////f8OAPT/4//7/yIA/v8GAPz//v8FAP3//v8FAP3/AAAGAPr////4/wkA9v8PAPv/DAD3//7/AgD7/wMADAD5//v/BAD+//7/DwD3//r/BQD+//3//f8EAP7/AwAIAPT//v/+/wQA9v8RAPn/9/8PAPr/7P8KAAoA+f8KAP3/DQD6//n/LgDs/+b/+v8DAAMA//8FAPz/BQD///z/9f8UAPf/9//0/xUADAD2//3/DAD2//3/BQAFAPb///8FAPz/BwD9//z/BQD1/wYABgABAPn/BgABAPn/7P/9/xcA/P8AAAQA/f/7/wgA/P/x/xQA+v8HAP////8EAP3/9/8MAP7/CQABAPb//P8FAP////8EAP3/CAD6////EQAKAOX///8HAPn//P8GAP///v8IAPr/BwAJAPH/AAAEAPz/CwD8//n///8EAP3////9/wQA///8/wQA///5/wgABQD9//7//v/3/wsABAD+//7/+f8QAPf/GADs//3/BwD///r/BwD9//z/+P8HAAEAEQD///D/AAAEAPz//v/5/wgA+P8NAPv/9////woA+v8HAP///P///wUABQD7/wAA/v8MAPb/+P8JAP7/AAD9/wQABgD8//7/9v8IAAIAAAD8/wQA/f8FAP7/+v8SAPT//v8IAPn/AQAVAOr/AwAFAPj/EgDz//r/DwD0//7/BgD6/wAAAwD6/wMA//8PAPL//v8GAPz//v8GAPz//v/0/w4A9v8QAPr/+/8HAP7/9v8DAAcACQDz/wUAAAAGAPv//f8EAP7/AwD4/wUA///5/wgA/f8ZAOv/AgADAPv////y/xAA/P8CAAIA//8NAPP/CgD+//j//f8KAPr//P8CAAIA/v/8/wUA/v/8/wUA+P8KAP7/AAD8/wUA/v8SAPD//f8IAPv/AAAIAPn/+//+/wcABQAAAPv/BAD+//7//v/6/wgABwAAAPn/BAAIAPT////0/w0ABAD3/wUAAgAEAPr//f8GAPz/FADy//r/CgD7//z/BQD5/wIA+P/7/w0A9v8QAPr/BwD6////BAD6/wIABAD+//7///8IAPr////8/wUA/v8JAPn/+P/6/w4AHQACAOH/AAAEAP3//f8FAP7/+v8KAPz///8EAP3/EQD1//r/+/8FAAAA/f/8/wcA/P/5/wsA/P/6/woA8/8bAPL////3/woA+//5/wwAAAD9/wQA+/8KAPr/CAD4/wAA5//t/ywAAAD9/wQA/f/6/wkA+//8/wkA///x/xAACwD8//n////8/wYABgD9//z/AwAFAPj/BgD3/wMA/P///wUA9/8KAP7/AAD7/wUA/v8KAPj/BgD7/wAA+f8TAPX///8LAPb/AAD4/wgA/v/5/wkA/f8IAPv/BAD+//7//P///wQA+v8MAPr/AAAIAPj/BgACAPj/CwD7//r/DQD4//v/EQD0//v/AwAEAPn//v/1/w0ACgD+//f/CAD6//7///8EAP3/+P/8/wwAAAD9/wQABQD8////AQADAPz/AAD8/wQA//8HAPr/BQDz/wcAAADw/xAA/f/9/wYAGQD1//L/AgD7/wQA///7/wYA+P8GAAIABgAJAPH//P8GAP//CADx/wcADwD4//n//v/y/xAAAwACAPv////8/wUAAAD5/wgAAgDz/wsA+//9/wgABAD///3/BwACAPf/+/8FAAAA/f/+/wYAAAD8/wQA/v/8/wYABwD6////7f/q/ykAAAD4/wkACQADAPT/+/8GAP///v/2/wwAAAD4/wgAAgABAPz/8P8qAOX/+P8QAPj//v/5/wkA/v8IAPn//v8EAP///P8GAP//+v8OAPn/AQD6/wUA+v8GAAAA/v/+/wUA/v8LAPf/6f/0/yMA+v8LAPz/9v8AAAoAAAAFAPv/+/8IAP3/AAD4/wgA/f/u/xYA//8HAPn/AAD1/wwAAAD6/wYABAD4/wQA+v8HAP//+P8LAP3/+f8MAPv/+//0/xEA8/8HAAYA/P8BAAQA/v8FAP3/AAD8/wQAAAD7/wUAAAD8/wQA///3/woABgD0/wYA/P/8/wgA/P8GAP3/+v8AAAUA/v/3/wsA///9/wQA///3/woAAgD6/wQA9/8FAAQA+/8AAAQA/P8HAP3///8HAPr//v/4/woAAAD6/wYAAAD8/wQA///4/wkABwD///v/BQD7/wAA/f8KAPn////5/wgA/v/9/wUA/P8DAAEAAwD8/wEA/P8AAAQAAAD3/wkA///7/wYABgD9//3/+v8WAPD/+v/4/w4AAQD7/wMA9v8RAPn/AAAIAPj///8FAPz/BgD7/////f/1/w4A/v/3/wsAAAD4/wgAAAD8/wQA///0/w4A+f8JAP7/+P8EAAQA9P/8/xAA9f/5/xIA/P/6/woA+P8QAPj/+f8QAPf//v/4/wkA/f///wQA7P8dAPf/CQD4////CwD2////CAD9//v/BwD+//v//v///wQACQDy/wUA///6/wcA+//9/wgA/v/2/wwA/v/4/woA9/8PAPn//P8FAP//9v8YAPL//v8EAP//AAD2/woA/f8EAP//+P8BAAcA/P/4/wsA/v/8/wYA+/8LAPr/+//6/wsA9f8QAPv/AQAGAPn/BQD9//7/+/8KAPv/+/8GAP7/+P8FAAMAAwALAPL/+f8LAPz//v8LAPf//v8LAPf/8//+/w8A8//1/xgABwD9//z//v8FAP3//v8EAP7/+v/8/wsA9v/1/xUA/P8CAAIAAAD7/wYABAAFAPj/+f8GAAEADAD///X/AAD6/wYA/P8FAP7/9f8CAAkA///+/wQAAADy/w4A/f8LAPj//f8HAPz/BwD7//7/AAAFAPz/AAD9/wQA///4/woA+/8GAP////8MAPX//f8GAP3/8/8NAAAADAD1//////8EAP3/AQD6/wUAAAAIAPj/BgD9//3///8HAPr/+v8VAPH/+////wcA//8GAPv/+/8HAP7/+P8LAP3//f8GAPz/9P///w4AAAD8/wQAAwD1/wcACQD9//n//v8FAP3/+v8UAPL//v8FAP3/+//5/wwA+//6/wsA/v8GAPz//P8IAPz/DgD///P/CAD8//3/7f8jAO//9v8PAPv//v8GAPz//P8JAPv/+v8KAPv/BwD8//3/BwAHAPP/AAD4/wgAAAD6/wYA//8GAPv/8v8WAPj////3/woA///8/wQABQABAPr/DQD2//3/CQD///j/BAAIAPT/AQADAPz/CAD6////CAD6////CgDv/wYA+/8HAP3//v/+/wQAAAAEAPz///8GAPv/8P8LAAUA8/8BAAwAAAD8/wUAAAD8/wUACAD2/wIACQD4//7/6P8xAOf/9f/6/xEA///+/wQABQD7////AgD8/wIA8/8LAAIAAAD8/wQAAgADAPv/9P8PAP3/AgAIAPf//v8EAP7/BQD8////DgD///P/+P8KAP7//v/9/wUAAADx/w8ABAD///3/BgD5/wIABwD9//z/DgD1//3//f/5/woA//8KAPb/+v/4/w4A/v8EAP7/+P///wkA9P/0/xgA5/8ZAAAAAAAKAPf////9/wQA///6/wcA/P8CAAEA/f8GAP3/AQD8/wMACgD6//z/CgD6//z/+f8KAP3/AAAJAPf/EwAZANT/CgAIAO7//v8LAPj/CQD6//3//P8HAP7/+/8HAP7//P8OAPb/CQALAO3//v8EAP7/BAD9////CQAaAN3/9v8IAAIAAAD7/wUA8f8DAAwA+v/+/wgADQD2//3///8EAP7/+v///wgA/f8FAP7//v/3/wsA9f8OAP7//P8AAAQA+P/7/w0A/P///wQA///5/wgABAD9/////v8GAPz//f8RAPP/BQD+//3/DQD1////+f8FAAMA+/8DAAEA/v8EAP7///8EAP3/BAD9////AwACAPr/+/8LAPr//v8JAPn/FQADAOj//f/8/wcA/v8IAPr////9/wQABADw/wwAAgACAPz//P8HAP3//P8KAPr/AgD6/wQA/v8EAP///f8EAP7//f8HAP3/BAD9////9v///wsA9P8OAP7//v/9/wUA+v8KAPv/+f8DAAMA+v8MAPr///8HAPr//P8KAPv/BQAEAPf/+P8FAAMA+P8BAAcA//8FAPz/+v/1/xEA/v8JAPn//v/8/wYA///6/wcA8v8JAAUA+v8BAAUABwD2/wQABAD2/wYA//8GAPv/BAAFAPj//f8GAP7/AQD8/wIA8/8GAAcADgDy/wAA/P8HAP3//P8GAP7//v8FAP3/AADu/xIAHgDi/wEA/P8BAAIA/v8FAP3/8v/6/xQAAAD8/wUA/v/9/wYA/f/3/wwA3f8xAPL/BgD6/////f/9/wYACAABAPf//v8EAP7/+v/2/xAA///3/woA///9/wQA/P8IAPz/AAAJAPf/+f8IAP//AAD8/wUA9/8QAPj//P8FAP7/6f8XAAAA9/8AAAkABgD6////BgD+//v/EwDx//z/EwDx//z//v/7/wcA/f8JAPr//v8EAP7//P/8/wcA/P8SAPL/AAAOAPH//P/8/wgA9f/y/xgA/f/+/wUA/P8FAP7/DAAEAPD/BgAFAPX//v/z/w4A5v8XAAMAAAAFAPv//v8IAPr/9v8SAPj//v8FAP3//f8HAPz/BQD8//7/BQD8//7/EAD+//H/AAD6/wYAAQD5/wcA/P8HAP3//v8IAPv///8EAP7/+//8/wkACQAJAO7//v8EAP7///8KAPf/AAD8/wQAAwD6/wMA+/8HAP3//f/8/wcA/f/3/wwA/P/4/wwA+//9/wgABgD+//z////5/wcABgD+//z//v/3/wsABwD0/wQA/f/9/wYA///7/wYA///6/wcABQD9//7/AgAEAPr/KgDq/+3/CwD9//n/DgD1//3/CwD6//v/CwD6//v/4/8qAPP/+f8KAPz/+/8GAAAA9f8QAPv/BwD8//3/9f8NAP7/+v/1/xEA+v8NAPn/7////xIABQD7////AQAEAPv/+f8JAP////8EAP3/+/8OAPb/+f8JAP3/9f8EAAcA9f8AAAsA7/8gAPH//v/7/wYA///5/wcAAgAMAPL/BQAGAPX/+/8LAPr//f/+/wYACwD8//n/CwABAPP//P/8/wcAkQCz/7z/";

// src/classify/model.ts
var LEVELS = ["simple", "medium", "complex"];
var WEIGHT_UNIT = 100;
function lineStarts(names) {
  let count = names ? 1 : 0;
  for (let i = names.indexOf("\n"); i >= 0; i = names.indexOf("\n", i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let k = 0;
  if (names) starts[k++] = 0;
  for (let i = names.indexOf("\n"); i >= 0; i = names.indexOf("\n", i + 1)) starts[k++] = i + 1;
  starts[count] = names.length + 1;
  return starts;
}
function compareAt(names, from, to, key) {
  const n = Math.min(to - from, key.length);
  for (let i = 0; i < n; i++) {
    const d = names.charCodeAt(from + i) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return to - from - key.length;
}
function unpackWeights(names, weights) {
  const starts = lineStarts(names);
  const buf = Buffer.from(weights, "base64");
  return {
    get(feature) {
      let [lo, hi] = [0, starts.length - 2];
      while (lo <= hi) {
        const mid = lo + hi >> 1;
        const c = compareAt(names, starts[mid], starts[mid + 1] - 1, feature);
        if (c === 0) return [0, 1, 2].map((j) => buf.readInt16LE((mid * 3 + j) * 2) / WEIGHT_UNIT);
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return void 0;
    }
  };
}
var table;
function builtInWeights() {
  return table ??= unpackWeights(FEATURE_NAMES, FEATURE_WEIGHTS);
}
function predict(f, w = builtInWeights(), shift = [0, 0, 0]) {
  const logits = [...shift];
  const known = [];
  f.forEach((value, feature) => {
    const fw = w.get(feature);
    if (!fw) return;
    for (let k = 0; k < LEVELS.length; k++) logits[k] += value * fw[k];
    known.push({ feature, value, w: fw });
  });
  const order = [0, 1, 2].sort((a, b) => logits[b] - logits[a]);
  const [best, second] = [order[0], order[1]];
  const max = logits[best];
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  const contributions = known.map(({ feature, value, w: fw }) => ({ feature, value, push: value * (fw[best] - fw[second]) })).filter((c) => c.push !== 0).sort((a, b) => Math.abs(b.push) - Math.abs(a.push));
  return { level: LEVELS[best], probabilities: exps.map((e) => e / sum), contributions };
}

// src/classify/precompiled.generated.ts
var PRECOMPILED = `{"scope":{"words":[],"wordStems":["refactor","architect","rearchitect","migrat","redesign","rewrit","overhaul","restructur","monolith","microservice","shard","replatform","decoupl","modularis","modulariz","rework","reimplement"],"entries":["re architect*","micro service*","re platform*","re implement*","(upgrad*|mov*|switch*|port*|go*) ..8 from ..4 to"],"exact":[["re",[0,2,3]],["micro",[1]]],"stems":[["upgrad",[4]],["mov",[4]],["switch",[4]],["port",[4]],["go",[4]]],"numeric":[],"zh":["\u91CD\u6784","\u67B6\u6784","\u8FC1\u79FB","\u8FC1\u5230","\u8FC1\u81F3","\u91CD\u65B0\u8BBE\u8BA1","\u91CD\u5199","\u91CD\u505A","\u6539\u9020","\u89E3\u8026","\u62C6\u5206","\u5355\u4F53","\u5FAE\u670D\u52A1","\u5206\u5E93\u5206\u8868","\u5206\u7247","\u6A21\u5757\u5316"],"zhStart":[],"regexps":[["\u4ECE[^\uFF0C\u3002,\\\\n]{1,30}(?:\u5347\u7EA7\u5230|\u5347\u5230|\u6362\u5230|\u5207\u5230|\u5207\u6362\u5230|\u8F6C\u5230|\u8F6C\u6210|\u6362\u6210)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"shift":{"words":[],"wordStems":[],"entries":["replac* ..6 with","replaced by","switch* ..4 to","port* ..3 to","convert* ..5 to","upgrad* ..4 to #","extract* ..8 into","split* ..8 into","split* ..4 out"],"exact":[["replaced",[1]]],"stems":[["replac",[0]],["switch",[2]],["port",[3]],["convert",[4]],["upgrad",[5]],["extract",[6]],["split",[7,8]]],"numeric":[],"zh":["\u66FF\u6362","\u6362\u6210","\u6362\u6389","\u8FC1","\u62C6\u51FA","\u62C6\u6210","\u62BD\u6210","\u62BD\u51FA","\u62BD\u79BB","\u5347\u5230","\u6539\u5199\u6210"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"cross":{"words":["whole","entire","across","everywhere","codebase","monorepo","globally","throughout"],"wordStems":[],"entries":["code base","codebase-wide","project-wide","app-wide","system-wide","every ..2 (endpoint|endpoints|service|services|file|files|module|modules|component|components|query|querys|api|apis|route|routes|page|pages|table|tables|package|packages|handler|handlers|controller|controllers|model|models|screen|screens|operation|operations|request|requests|call|calls|caller|callers)","all ..3 (endpoints|services|files|modules|components|queries|apis|routes|pages|tables|packages|repos|handlers|controllers|models|screens|callers|usages|operations|tests|clients|apps)"],"exact":[["code",[0]],["codebase",[1]],["project",[2]],["app",[3]],["system",[4]],["every",[5]],["all",[6]]],"stems":[],"numeric":[],"zh":["\u6574\u4E2A","\u5168\u90E8","\u6240\u6709","\u5168\u5C40","\u5168\u7AD9","\u5168\u91CF","\u5404\u4E2A","\u6BCF\u4E2A","\u9010\u4E2A","\u5168\u9879\u76EE","\u5168\u9762","\u7EDF\u4E00"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"featureStrong":{"words":["introduce","develop"],"wordStems":["implement","design","integrat"],"entries":["build (a|an|the|our|new|out)","set up"],"exact":[["build",[0]],["set",[1]]],"stems":[],"numeric":[],"zh":["\u5B9E\u73B0","\u8BBE\u8BA1","\u642D\u5EFA","\u5F00\u53D1","\u96C6\u6210","\u63A5\u5165"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"feature":{"words":["add","adding","write","create","support","i18n","localisation","localization","enable","allow"],"wordStems":["internationalis","internationaliz"],"entries":[],"exact":[],"stems":[],"numeric":[],"zh":["\u65B0\u589E","\u65B0\u5EFA","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u652F\u6301","\u589E\u52A0","\u6DFB\u52A0","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u56FD\u9645\u5316","\u591A\u8BED\u8A00"],"zhStart":[],"regexps":[["\u7ED9[^\uFF0C\u3002,\uFF1B;\\\\n]{1,24}?\u52A0","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"systemNoun":{"words":["system","subsystem","platform","framework","engine","pipeline","infrastructure","scheduler","gateway","protocol","layer"],"wordStems":[],"entries":["(service|services|module|modules|sdk|sdks|queue|queues|worker|workers)"],"exact":[["service",[0]],["services",[0]],["module",[0]],["modules",[0]],["sdk",[0]],["sdks",[0]],["queue",[0]],["queues",[0]],["worker",[0]],["workers",[0]]],"stems":[],"numeric":[],"zh":["\u7CFB\u7EDF","\u6A21\u5757","\u5E73\u53F0","\u6846\u67B6","\u5F15\u64CE","\u4E2D\u95F4\u4EF6","\u961F\u5217","\u8C03\u5EA6","\u7F51\u5173","\u534F\u8BAE","\u65B9\u6848"],"zhStart":[],"regexps":[["\u670D\u52A1(?!\u7AEF|\u5668)","g"]],"literals":[],"unlessAfterEn":["existing","current"],"unlessAfterZh":["\u73B0\u6709","\u5DF2\u6709","\u73B0\u5728"]},"artifact":{"words":["cron","middleware","cache","caching","class","classes","validation"],"wordStems":[],"entries":["(endpoint|endpoints|api|apis|route|routes|page|pages|screen|screens|component|components|command|commands|flag|flags|option|options|field|fields|column|columns|table|tables|form|forms)","(button|buttons|toggle|toggles|script|scripts|job|jobs|webhook|webhooks|handler|handlers|plugin|plugins|workflow|workflows|dialog|dialogs|modal|modals|shortcut|shortcuts|function|functions)"],"exact":[["endpoint",[0]],["endpoints",[0]],["api",[0]],["apis",[0]],["route",[0]],["routes",[0]],["page",[0]],["pages",[0]],["screen",[0]],["screens",[0]],["component",[0]],["components",[0]],["command",[0]],["commands",[0]],["flag",[0]],["flags",[0]],["option",[0]],["options",[0]],["field",[0]],["fields",[0]],["column",[0]],["columns",[0]],["table",[0]],["tables",[0]],["form",[0]],["forms",[0]],["button",[1]],["buttons",[1]],["toggle",[1]],["toggles",[1]],["script",[1]],["scripts",[1]],["job",[1]],["jobs",[1]],["webhook",[1]],["webhooks",[1]],["handler",[1]],["handlers",[1]],["plugin",[1]],["plugins",[1]],["workflow",[1]],["workflows",[1]],["dialog",[1]],["dialogs",[1]],["modal",[1]],["modals",[1]],["shortcut",[1]],["shortcuts",[1]],["function",[1]],["functions",[1]]],"stems":[],"numeric":[],"zh":["\u63A5\u53E3","\u9875\u9762","\u7EC4\u4EF6","\u547D\u4EE4","\u53C2\u6570","\u5B57\u6BB5","\u8868\u5355","\u6309\u94AE","\u5F00\u5173","\u811A\u672C","\u4EFB\u52A1","\u7F13\u5B58","\u63D2\u4EF6","\u529F\u80FD","\u5DE5\u4F5C\u6D41","\u5F39\u7A97","\u6821\u9A8C","\u51FD\u6570","\u7C7B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"modify":{"words":["change","update","modify","make","adjust","tweak","improve","handle","remove","delete","rename","cleanup","persist","show","expose","use","raise","split","move","moving","extract","keep","switch","upgrade"],"wordStems":["fix","convert","replace"],"entries":["clean up"],"exact":[["clean",[0]]],"stems":[],"numeric":[],"zh":["\u4FEE","\u6539","\u5199","\u5220","\u53BB\u6389","\u8C03\u6574","\u5904\u7406","\u6362","\u8865","\u52A0","\u505A","\u8C03\u5927","\u8C03\u5C0F","\u62C6","\u62BD","\u8FC1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"bug":{"words":["bug","bugs","broken","break","breaks","fail","fails","failing","failure","hang","hangs","flaky","sometimes","randomly","regression","wrong","incorrect","investigate","debug"],"wordStems":["crash","freez","intermittent","leak","diagnos","reproduc"],"entries":["doesn't work","doesnt work","not working","stopped working","blank screen","find out why","root cause","(keep|keeps) (growing|failing|crashing)","(return|returns) (a|an|) (#4xx|error|errors)","internal server error"],"exact":[["doesn't",[0]],["doesnt",[1]],["not",[2]],["stopped",[3]],["blank",[4]],["find",[5]],["root",[6]],["keep",[7]],["keeps",[7]],["return",[8]],["returns",[8]],["internal",[9]]],"stems":[],"numeric":[],"zh":["bug","\u62A5\u9519","\u51FA\u9519","\u5931\u8D25","\u6302\u4E86","\u4F1A\u6302","\u5D29\u6E83","\u5361\u6B7B","\u767D\u5C4F","\u4E71\u7801","\u6B7B\u5FAA\u73AF","\u4E0D\u751F\u6548","\u4E0D\u5DE5\u4F5C","\u6CA1\u53CD\u5E94","\u5076\u5C14","\u6709\u65F6\u5019","\u65F6\u4E0D\u65F6","\u6CC4\u6F0F","\u6CC4\u9732","\u6392\u67E5","\u5B9A\u4F4D","\u539F\u56E0","\u590D\u73B0","\u5F02\u5E38","\u4E0D\u5BF9","\u6709\u95EE\u9898","\u51FA\u95EE\u9898"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"performance":{"words":["performance","perf","latency","throughput","bottleneck","bottlenecks","profile","profiling","n+1","memory","cpu","faster","laggy","lag","oom"],"wordStems":["slow","optimis","optimiz","jank"],"entries":["(p90|p95|p99|p999)","speed up","under (heavy|) load","high load","load test*"],"exact":[["p90",[0]],["p95",[0]],["p99",[0]],["p999",[0]],["speed",[1]],["under",[2]],["high",[3]],["load",[4]]],"stems":[],"numeric":[],"zh":["\u6162","\u5F88\u5361","\u5361\u987F","\u592A\u5361","\u6709\u70B9\u5361","\u6027\u80FD","\u5EF6\u8FDF","\u8017\u65F6","\u4F18\u5316","\u74F6\u9888","\u5185\u5B58","\u541E\u5410","\u52A0\u901F","\u63D0\u901F","\u9AD8\u5E76\u53D1","\u538B\u6D4B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"tests":{"words":["test","tests","spec","specs","coverage","e2e"],"wordStems":[],"entries":["unit (test|tests)","integration (test|tests)","test (case|cases)"],"exact":[["unit",[0]],["integration",[1]],["test",[2]]],"stems":[],"numeric":[],"zh":["\u6D4B\u8BD5","\u5355\u6D4B","\u7528\u4F8B","\u8986\u76D6\u7387"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"trivial":{"words":["typo","typos","spelling","rename","renaming","bump","docstring","docstrings","jsdoc","wording","label","prettier","whitespace","readme","license","changelog","gitignore","copyright","env.example","console.log"],"wordStems":["misspell","reformat","indent"],"entries":["add (a|an|) (comment|comments)","(comment|comments) (above|on|for|explaining|to)","code (comment|comments)","copy text","(lint|eslint|tsc|type) (error|errors|warning|warnings|issue|issues)","format (the|this|) (file|code)","unused (import|imports|variable|variables|code)","commented-out","dead code","log message","log level","print statement","print statements","debug (log|logs|print|prints|output)"],"exact":[["add",[0]],["comment",[1]],["comments",[1]],["code",[2]],["copy",[3]],["lint",[4]],["eslint",[4]],["tsc",[4]],["type",[4]],["format",[5]],["unused",[6]],["commented",[7]],["dead",[8]],["log",[9,10]],["print",[11,12]],["debug",[13]]],"stems":[],"numeric":[],"zh":["\u9519\u522B\u5B57","\u62FC\u5199","\u91CD\u547D\u540D","\u6539\u540D","\u6587\u6848","\u6CE8\u91CA","\u683C\u5F0F\u5316","\u7248\u672C\u53F7","\u65E5\u5FD7\u7EA7\u522B","\u7AEF\u53E3\u53F7","\u7F29\u8FDB","\u7A7A\u683C","\u6CA1\u7528\u7684","\u65E0\u7528\u7684","\u591A\u4F59\u7684","\u8C03\u8BD5\u65E5\u5FD7","\u6253\u5370\u8BED\u53E5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"operation":{"words":[],"wordStems":[],"entries":["^run","^execute","^commit","^push","^print","^show me","^list","^open","^check (the|) (status|version|branch)"],"exact":[["run",[0]],["execute",[1]],["commit",[2]],["push",[3]],["print",[4]],["show",[5]],["list",[6]],["open",[7]],["check",[8]]],"stems":[],"numeric":[],"zh":[],"zhStart":["\u8DD1\u4E00\u4E0B","\u8DD1\u4E0B","\u8FD0\u884C","\u6267\u884C","\u63D0\u4EA4","\u63A8\u9001","\u5E2E\u6211\u770B\u4E0B\u5F53\u524D","\u770B\u4E0B\u5F53\u524D"],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"sequence":{"words":["first","firstly","then","next","afterwards","finally","lastly","additionally","plus"],"wordStems":[],"entries":["after that","as well"],"exact":[["after",[0]],["as",[1]]],"stems":[],"numeric":[],"zh":["\u9996\u5148","\u7136\u540E","\u63A5\u7740","\u5176\u6B21","\u6700\u540E","\u540C\u65F6","\u987A\u4FBF","\u53E6\u5916","\u5E76\u4E14","\u8FD8\u8981","\u4EE5\u53CA"],"zhStart":[],"regexps":[["\u518D(?!\u6B21|\u89C1|\u8BF4)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"explainOnly":{"words":[],"wordStems":[],"entries":["just explain","only explain","(don't|dont) (change|modify)","do not change","no code (change|changes)","without changing"],"exact":[["just",[0]],["only",[1]],["don't",[2]],["dont",[2]],["do",[3]],["no",[4]],["without",[5]]],"stems":[],"numeric":[],"zh":["\u53EA\u89E3\u91CA","\u4E0D\u8981\u6539","\u522B\u6539","\u5148\u522B\u6539","\u4E0D\u7528\u6539","\u4E0D\u8981\u52A8"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"questionEn":{"words":[],"wordStems":[],"entries":["^(what|what's|whats|why|how|where|when|which|who|whose|is|are|was|were|does|do|did|could|should|would|will|has|have)","^any idea","^quick question","^(explain|describe|summarise|summarize)","^tell me","^walk me through","^help me understand","^can you (explain|tell)"],"exact":[["what",[0]],["what's",[0]],["whats",[0]],["why",[0]],["how",[0]],["where",[0]],["when",[0]],["which",[0]],["who",[0]],["whose",[0]],["is",[0]],["are",[0]],["was",[0]],["were",[0]],["does",[0]],["do",[0]],["did",[0]],["could",[0]],["should",[0]],["would",[0]],["will",[0]],["has",[0]],["have",[0]],["any",[1]],["quick",[2]],["explain",[3]],["describe",[3]],["summarise",[3]],["summarize",[3]],["tell",[4]],["walk",[5]],["help",[6]],["can",[7]]],"stems":[],"numeric":[],"zh":[],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"imperative":{"words":[],"wordStems":[],"entries":["^(fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","(and|then|please|pls|plz) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","^(can|could|would) you (please|) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","^(let's|we need to|we should|i want you to|i need you to|help me) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)"],"exact":[["fix",[0]],["implement",[0]],["add",[0]],["change",[0]],["update",[0]],["refactor",[0]],["migrate",[0]],["make",[0]],["write",[0]],["create",[0]],["build",[0]],["remove",[0]],["delete",[0]],["rename",[0]],["replace",[0]],["convert",[0]],["move",[0]],["split",[0]],["extract",[0]],["upgrade",[0]],["bump",[0]],["set",[0]],["optimise",[0]],["optimize",[0]],["improve",[0]],["handle",[0]],["rewrite",[0]],["redesign",[0]],["integrate",[0]],["debug",[0]],["investigate",[0]],["diagnose",[0]],["profile",[0]],["look",[0]],["figure",[0]],["find",[0]],["track",[0]],["and",[1]],["then",[1]],["please",[1]],["pls",[1]],["plz",[1]],["can",[2]],["could",[2]],["would",[2]],["let's",[3]],["we",[3]],["i",[3]],["help",[3]]],"stems":[],"numeric":[],"zh":["\u4FEE\u590D","\u4FEE\u4E00\u4E0B","\u4FEE\u6389","\u4FEE\u597D","\u4FEE\u4E0B","\u6539\u4E00\u4E0B","\u6539\u6389","\u6539\u597D","\u52A0\u4E0A","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u5B9E\u73B0","\u91CD\u6784","\u8FC1\u79FB","\u4F18\u5316\u4E00\u4E0B","\u5904\u7406\u4E00\u4E0B","\u8865\u4E0A","\u8865\u4E00\u4E0B","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u65B0\u589E","\u6392\u67E5","fix"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"advice":{"words":["tradeoff","tradeoffs"],"wordStems":[],"entries":["how should (we|i)","(what's|what is) the best (way|approach)","best approach","would you recommend","pros and cons","trade-off","trade-offs"],"exact":[["how",[0]],["what's",[1]],["what",[1]],["best",[2]],["would",[3]],["pros",[4]],["trade",[5,6]]],"stems":[],"numeric":[],"zh":["\u600E\u4E48\u8BBE\u8BA1","\u600E\u4E48\u67B6\u6784","\u600E\u4E48\u62C6\u5206","\u600E\u4E48\u89C4\u5212","\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5982\u4F55\u8BBE\u8BA1","\u5982\u4F55\u67B6\u6784","\u5982\u4F55\u62C6\u5206","\u5982\u4F55\u89C4\u5212","\u5982\u4F55\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5E94\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u5E94\u8BE5\u600E\u4E48\u67B6\u6784","\u5E94\u8BE5\u600E\u4E48\u62C6\u5206","\u5E94\u8BE5\u600E\u4E48\u89C4\u5212","\u5E94\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u8BE5\u600E\u4E48\u67B6\u6784","\u8BE5\u600E\u4E48\u62C6\u5206","\u8BE5\u600E\u4E48\u89C4\u5212","\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u6709\u4EC0\u4E48\u65B9\u6848","\u4EC0\u4E48\u65B9\u6848","\u6700\u4F73\u5B9E\u8DF5","\u5229\u5F0A","\u4F18\u7F3A\u70B9"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:auth":{"words":["auth","authn","authz","oauth","oauth2","oidc","openid","sso","saml","jwt","jwts","login","logins","signin","signon","password","passwords","credential","credentials","mfa","2fa","totp"],"wordStems":["authenticat","authoris","authoriz"],"entries":["log-in","sign-in","sign-on","session-based"],"exact":[["log",[0]],["sign",[1,2]],["session",[3]]],"stems":[],"numeric":[],"zh":["\u8BA4\u8BC1","\u9274\u6743","\u6388\u6743","\u767B\u5F55","\u767B\u9646","\u5355\u70B9\u767B\u5F55","\u5BC6\u7801","\u51ED\u8BC1","\u4EE4\u724C","\u4F1A\u8BDD"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:security":{"words":["security","secure","insecure","xss","csrf","ssrf","injection","secret","secrets","pii","gdpr"],"wordStems":["vulnerab","exploit","sanitiz","attack","audit"],"entries":["cve #","api key","api keys"],"exact":[["cve",[0]],["api",[1,2]]],"stems":[],"numeric":[],"zh":["\u5B89\u5168","\u6F0F\u6D1E","\u6CE8\u5165","\u8D8A\u6743","\u8131\u654F","\u654F\u611F\u4FE1\u606F","\u653B\u51FB","\u9690\u79C1","\u5BA1\u8BA1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:crypto":{"words":["hashing","hmac","signature","signatures","signing","tls","ssl","certificate","certificates","argon2","bcrypt","md5","sha1","sha256","sha384","sha512"],"wordStems":["encrypt","decrypt","crypto","cipher"],"entries":["key exchange","sha #"],"exact":[["key",[0]],["sha",[1]]],"stems":[],"numeric":[],"zh":["\u52A0\u5BC6","\u89E3\u5BC6","\u7B7E\u540D","\u54C8\u5E0C","\u8BC1\u4E66","\u5BC6\u94A5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:access":{"words":["permission","permissions","rbac","abac","acl","acls","privilege","privileges","tenant","tenants"],"wordStems":["multitenan"],"entries":["access control","role-based","multi-tenan*"],"exact":[["access",[0]],["role",[1]],["multi",[2]]],"stems":[],"numeric":[],"zh":["\u6743\u9650","\u8D8A\u6743","\u79DF\u6237","\u8BBF\u95EE\u63A7\u5236"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:concurrency":{"words":["lock","locks","locking","distributed"],"wordStems":["concurren","deadlock","mutex","atomic","threadsafe","multithread","idempoten"],"entries":["race condition","race conditions","thread-safe*","multi-thread*","exactly-once","at-least-once","double-charg*"],"exact":[["race",[0,1]],["thread",[2]],["multi",[3]],["exactly",[4]],["at",[5]],["double",[6]]],"stems":[],"numeric":[],"zh":["\u5E76\u53D1","\u7ADE\u6001","\u7ADE\u4E89\u6761\u4EF6","\u6B7B\u9501","\u9501","\u539F\u5B50","\u7EBF\u7A0B\u5B89\u5168","\u591A\u7EBF\u7A0B","\u5206\u5E03\u5F0F","\u5E42\u7B49","\u591A\u5B9E\u4F8B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:money":{"words":["payment","payments","billing","invoicing","checkout","charge","charges","charged","charging","refund","refunds","stripe","paypal","subscription","subscriptions","wallet","wallets","ledger","3dsecure"],"wordStems":[],"entries":["3d secure","3-d secure","3-dsecure"],"exact":[["3d",[0]],["3",[1,2]]],"stems":[],"numeric":[],"zh":["\u652F\u4ED8","\u4ED8\u6B3E","\u6263\u6B3E","\u9000\u6B3E","\u8BA1\u8D39","\u8D26\u5355","\u7ED3\u7B97","\u4F59\u989D","\u94B1\u5305","\u8BA2\u9605","\u6536\u6B3E","\u5BF9\u8D26"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:data":{"words":["transaction","transactions","transactional","consistency","downtime","rollback","rollout","rollouts","failover"],"wordStems":["backfill"],"entries":["data loss","zero-downtime","existing data","production data","existing (users|customers|accounts|records)","roll back","backward-compatib*","backwards-compatib*","high availability","fault-toleran*","disaster recovery"],"exact":[["data",[0]],["zero",[1]],["existing",[2,4]],["production",[3]],["roll",[5]],["backward",[6]],["backwards",[7]],["high",[8]],["fault",[9]],["disaster",[10]]],"stems":[],"numeric":[],"zh":["\u4E8B\u52A1","\u4E00\u81F4\u6027","\u6570\u636E\u4E22\u5931","\u4E22\u6570\u636E","\u505C\u673A","\u56DE\u6EDA","\u5B58\u91CF","\u5386\u53F2\u6570\u636E","\u517C\u5BB9","\u8001\u6570\u636E","\u8001\u7528\u6237","\u8001\u8D26\u53F7","\u7070\u5EA6","\u9AD8\u53EF\u7528","\u5BB9\u707E","\u6545\u969C\u8F6C\u79FB"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:distributed":{"words":["realtime","websocket","websockets","offline","crdt","crdts","rabbitmq","kafka","nats","pubsub","deadletter","saga","sagas"],"wordStems":["synchronis","synchroniz","replicat"],"entries":["real-time","conflict resolution","eventual consisten*","eventually consisten*","message (queue|queues|broker|brokers|bus|buses)","pub sub","dead-letter","event-driven","event sourcing"],"exact":[["real",[0]],["conflict",[1]],["eventual",[2]],["eventually",[3]],["message",[4]],["pub",[5]],["dead",[6]],["event",[7,8]]],"stems":[],"numeric":[],"zh":["\u5B9E\u65F6","\u957F\u8FDE\u63A5","\u79BB\u7EBF","\u534F\u540C","\u51B2\u7A81\u89E3\u51B3","\u6D88\u606F\u961F\u5217","\u6B7B\u4FE1","\u4E8B\u4EF6\u9A71\u52A8","\u6570\u636E\u540C\u6B65","\u53CC\u5411\u540C\u6B65","\u6700\u7EC8\u4E00\u81F4"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]}}`;

// src/classify/structure.ts
var SLASH_COMMAND = /^\/[A-Za-z][\w:.-]*(?:\s|$)/;
var TRACE_PREFIXES = ["Traceback (most recent call last)", "goroutine ", "Caused by:", "panic:", "Exception in thread"];
var ERROR_WORDS = /* @__PURE__ */ new Set(["ERROR", "FATAL", "ENOENT", "EACCES", "ECONNREFUSED", "EADDRINUSE", "ETIMEDOUT"]);
function isAsciiWordChar(c) {
  return c !== void 0 && (isWordChar(c) || c >= "A" && c <= "Z");
}
function endsWithLineNumber(t) {
  const body = t.endsWith(")") ? t.slice(0, -1) : t;
  const colon = body.lastIndexOf(":");
  return colon >= 0 && isDigits(body.slice(colon + 1));
}
function isTraceLine(line) {
  const t = line.trim();
  if (t.startsWith("at ")) return endsWithLineNumber(t) || t.endsWith("(native)") || t.endsWith("(<anonymous>)");
  if (t.startsWith('File "')) {
    const at = t.indexOf('", line ');
    return at >= 0 && isDigits(t.slice(at + 8).split(",")[0] ?? "");
  }
  return TRACE_PREFIXES.some((p) => t.startsWith(p));
}
function isErrorLine(line) {
  for (let colon = line.indexOf(":"); colon >= 0; colon = line.indexOf(":", colon + 1)) {
    let s = colon;
    while (isAsciiWordChar(line[s - 1])) s--;
    const word = line.slice(s, colon);
    if (!word || s > 0 && line[s - 1] !== " " && line[s - 1] !== "	") continue;
    const first = word[0] ?? "";
    const named = word.length > 5 && (word.endsWith("Error") || word.endsWith("Exception"));
    if (first >= "A" && first <= "Z" && named) return true;
    if (ERROR_WORDS.has(word)) return true;
    if (word.startsWith("TS") && isDigits(word.slice(2)) && line.slice(Math.max(0, s - 6), s) === "error ") return true;
  }
  return false;
}
var FILE_EXTENSIONS = new Set(
  "ts tsx js jsx mjs cjs py go rs java kt kts swift rb php cs c h cc cpp hpp scala ex exs erl dart lua vue svelte astro json jsonc yml yaml toml ini md mdx sql prisma graphql gql proto css scss sass less html htm xml sh bash zsh ps1 tf gradle conf cfg lock".split(" ")
);
var FRAMEWORK_JS = new Set(
  "node next nuxt vue react express three d3 chart moment nest ember backbone angular socket.io".split(" ").map((n) => `${n}.js`)
);
var PATH_ROOTS = /* @__PURE__ */ new Set([
  "src",
  "lib",
  "app",
  "apps",
  "test",
  "tests",
  "spec",
  "server",
  "client",
  "web",
  "mobile",
  "packages",
  "cmd",
  "internal",
  "pkg",
  "scripts",
  "config",
  "docs",
  "components",
  "pages",
  "api",
  "services",
  "modules",
  "frontend",
  "backend",
  "infra"
]);
function split(text) {
  const kept = [];
  let traceLines = 0;
  let errorLines = 0;
  let codeLines = 0;
  let inFence = false;
  for (const line of text.split("\n")) {
    const isFence = line.trimStart().startsWith("```");
    if (isFence) {
      inFence = !inFence;
      continue;
    }
    if (isTraceLine(line)) {
      traceLines++;
      continue;
    }
    if (isErrorLine(line)) errorLines++;
    if (inFence) codeLines += 1 + Math.floor(line.length / 120);
    else kept.push(line);
  }
  return { prose: kept.join("\n").toLowerCase(), traceLines, errorLines, codeLines };
}
var PATH_CHARS = /* @__PURE__ */ new Set([..."abcdefghijklmnopqrstuvwxyz0123456789_.-/*"]);
function countPaths(prose) {
  const named = [];
  let files = 0;
  for (let i = 0; i < prose.length; ) {
    if (!PATH_CHARS.has(prose[i] ?? "")) {
      i++;
      continue;
    }
    let j = i;
    while (PATH_CHARS.has(prose[j] ?? "")) j++;
    const run = prose.slice(i, j);
    i = j;
    let end = run.length;
    while (end > 0 && (run[end - 1] === "." || run[end - 1] === "-")) end--;
    let tok = run.slice(0, end);
    if (tok.length < 3 || tok.length > 256 || tok.startsWith("/") || tok.startsWith("http")) continue;
    if (named.includes(tok)) continue;
    const isGlob = tok.includes("*");
    tok = stripDirectorySuffix(tok);
    const segs = tok.split("/");
    const base = segs[segs.length - 1] ?? "";
    let weight = 0;
    const dot = base.lastIndexOf(".");
    if (dot > 0 && FILE_EXTENSIONS.has(base.slice(dot + 1)) && !isGlob) {
      if (segs.length === 1 && FRAMEWORK_JS.has(base)) continue;
      weight = 1;
    } else if (isGlob || run.endsWith("/") || segs.length > 1 && PATH_ROOTS.has(segs[0] ?? "")) {
      weight = 2;
    }
    if (weight === 0) continue;
    named.push(run);
    files += weight;
  }
  return { files, named };
}
function stripDirectorySuffix(tok) {
  if (tok.endsWith("/")) return tok.slice(0, -1);
  const slash = tok.lastIndexOf("/");
  const tail = tok.slice(slash + 1);
  if (slash < 0 || !tail.startsWith("*")) return tok;
  let k = 0;
  while (tail[k] === "*") k++;
  const rest = tail.slice(k);
  return rest === "" || rest.startsWith(".") && [...rest.slice(1)].every((c) => isAsciiWordChar(c)) ? tok.slice(0, slash) : tok;
}
var CHINESE_NUMERALS = /* @__PURE__ */ new Set([..."\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341"]);
function countListItems(prose) {
  let n = 0;
  for (const line of prose.split("\n")) {
    const t = line.trimStart();
    let k = 0;
    if (isDigits(t.slice(0, 1))) {
      k = isDigits(t.slice(1, 2)) ? 2 : 1;
      if (!".)\u3001".includes(t[k] ?? "x")) continue;
      k++;
    } else if ("-*\u2022".includes(t[0] ?? "x")) k = 1;
    else if (CHINESE_NUMERALS.has(t[0] ?? "") && "\u3001.".includes(t[1] ?? "x")) k = 2;
    else continue;
    if (t.slice(k).trim()) n++;
  }
  return n;
}
function lengthUnits(prose) {
  let cjk = 0;
  let words2 = 0;
  let inWord = false;
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i];
    const wordChar = isWordChar(c) || c === "'" || c === "-";
    if (wordChar && !inWord) words2++;
    inWord = wordChar;
    if (!wordChar && isCjk(c)) cjk++;
  }
  return words2 + Math.round(cjk * 0.8);
}

// src/classify/signals.ts
var QUESTION_ZH_START = ["\u4E3A\u4EC0\u4E48", "\u4E3A\u5565", "\u600E\u4E48", "\u5982\u4F55", "\u4EC0\u4E48", "\u89E3\u91CA", "\u8BB2\u8BB2", "\u4ECB\u7ECD", "\u8BF4\u8BF4", "\u8BF7\u95EE", "\u603B\u7ED3"];
var QUESTION_ZH_ANYWHERE = [
  "\u662F\u4EC0\u4E48",
  "\u4EC0\u4E48\u610F\u601D",
  "\u5E72\u4EC0\u4E48",
  "\u5E72\u561B",
  "\u505A\u4EC0\u4E48\u7684",
  "\u4EC0\u4E48\u533A\u522B",
  "\u7684\u533A\u522B",
  "\u600E\u4E48\u5DE5\u4F5C",
  "\u600E\u4E48\u56DE\u4E8B",
  "\u600E\u6837",
  "\u600E\u4E48\u6837",
  "\u5728\u54EA",
  "\u54EA\u91CC",
  "\u662F\u5426",
  "\u6709\u6CA1\u6709",
  "\u591A\u5C11",
  "\u4EC0\u4E48\u65F6\u5019\u8BE5",
  "\u539F\u7406",
  "\u8BB2\u8BB2",
  "\u8BB2\u4E00\u4E0B",
  "\u4ECB\u7ECD\u4E00\u4E0B",
  "\u8BF4\u8BF4",
  "\u603B\u7ED3",
  "\u6982\u62EC",
  "\u89E3\u91CA"
];
var QUESTION_END = /* @__PURE__ */ new Set(["\u5417", "\u5462", "\uFF1F", "?"]);
var VERSION_BUMP = new RegExp("(?:^|[^a-z])(?:to|->|\u6539\u6210|\u6539\u4E3A|\u5347\u7EA7\u5230|\u5347\u5230|bump \\S+ to) ?v?\\d+\\.\\d+\\.\\d+\\b");
var TWEAK = new RegExp(
  `\\b(?:change|set|raise|lower|increase|decrease|make|update)\\b[^.\\n]{0,60}\\bfrom ['"\u201C]?[\\w.-]{1,20}['"\u201D]? to ['"\u201C]?\\S{1,20}|\u6539\u6210|\u6539\u4E3A|\u8C03\u6210|\u8C03\u5230|\u8BBE\u4E3A|\u8BBE\u7F6E\u4E3A`
);
var MAX_SCAN_CHARS = 2e4;
var defaults;
var extraCache = /* @__PURE__ */ new Map();
function compiled(extraScope, extraRisk) {
  if (extraScope.length === 0 && extraRisk.length === 0) return defaults ??= build([], []);
  const key = JSON.stringify([extraScope, extraRisk]);
  let c = extraCache.get(key);
  if (!c) {
    if (extraCache.size > 16) extraCache.clear();
    c = build(extraScope, extraRisk);
    extraCache.set(key, c);
  }
  return c;
}
var precompiled;
function lists() {
  return precompiled ??= JSON.parse(PRECOMPILED);
}
function builtIn(key, extra = []) {
  const m = lists()[key];
  if (!m) throw new Error(`word list ${key} is missing from precompiled.generated.ts: run npm run gen:classify`);
  const literals = extra.map((w) => w.trim().toLowerCase()).filter(Boolean);
  return literals.length ? { ...m, literals: [...m.literals, ...literals] } : m;
}
function build(extraScope, extraRisk) {
  const built2 = /* @__PURE__ */ new Map();
  let risk;
  return {
    get(name) {
      let m = built2.get(name);
      if (!m) {
        m = builtIn(name, name === "scope" ? extraScope : []);
        built2.set(name, m);
      }
      return m;
    },
    risk() {
      if (!risk) {
        const names = Object.keys(lists()).filter((k) => k.startsWith("risk:"));
        risk = names.map((k) => ({ name: k.slice(5), m: builtIn(k) }));
        if (extraRisk.some((w) => w.trim())) risk.push({ name: "custom", m: compileList({ en: [], zh: [] }, extraRisk) });
      }
      return risk;
    }
  };
}
function words(found) {
  const out = [];
  for (const m of found) {
    const ws = m.text.split("\n").join(" ").split("	").join(" ").split(" ").filter(Boolean);
    const flat = ws.join(" ");
    const w = ws.length > 3 ? `${ws[0]} \u2026 ${ws[ws.length - 1]}` : flat.length > 6 && [...flat].some(isCjk) ? `${flat.slice(0, 1)}\u2026${flat.slice(-1)}` : flat;
    if (!out.includes(w)) out.push(w);
  }
  return out;
}
function find(m, doc) {
  return words(findAll(m, doc));
}
function detail(words2) {
  return words2.slice(0, 3).join(", ");
}
function isQuestion(doc, c) {
  const only = find(c.get("explainOnly"), doc)[0];
  if (only) return { question: true, advice: false, cue: only };
  let cue = find(c.get("questionEn"), doc)[0] ?? "";
  if (!cue) {
    const trimmed = doc.text.trim();
    let at = Infinity;
    for (const w of QUESTION_ZH_START) if (trimmed.startsWith(w)) [at, cue] = [0, w];
    for (const w of QUESTION_ZH_ANYWHERE) {
      const i = trimmed.indexOf(w);
      if (i >= 0 && i < at) [at, cue] = [i, w];
    }
    const last = trimmed.slice(-1);
    if (!cue && QUESTION_END.has(last)) cue = last;
  }
  if (!cue) return { question: false, advice: false, cue: "" };
  const imperative = findAll(c.get("imperative"), doc).length > 0;
  const advice = find(c.get("advice"), doc)[0];
  return { question: !imperative, advice: advice !== void 0, cue: advice ?? cue };
}
function ruleSignals(text, opts = {}) {
  const trimmed = (text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text).trim();
  const signals = [];
  if (!trimmed) return { signals, prose: "", tokens: [] };
  const slash = SLASH_COMMAND.exec(trimmed);
  if (slash) return { signals, prose: "", tokens: [], slashCommand: slash[0].trim() };
  const c = compiled(opts.extraScopeWords ?? [], opts.extraRiskWords ?? []);
  const { prose, traceLines, errorLines, codeLines } = split(trimmed);
  const doc = makeDoc(prose);
  const add = (id, weight, d) => {
    if (weight !== 0) signals.push({ id, weight, detail: d });
  };
  const scopeMatches = findAll(c.get("scope"), doc);
  const scope = words(scopeMatches);
  const shift = words(findAll(c.get("shift"), doc).filter((m) => !scopeMatches.some((s) => s.start <= m.start && m.start < s.end)));
  const scopeWords = [...scope, ...shift];
  if (scopeWords.length) add("scope", (scope.length ? 3 : 2) + (scopeWords.length > 1 ? 1 : 0), detail(scopeWords));
  const risks = [];
  for (const r of c.risk()) {
    const first = find(r.m, doc)[0];
    if (first) risks.push(first);
  }
  if (risks.length) add("risk", Math.min(6, 2 * risks.length), detail(risks));
  const cross = find(c.get("cross"), doc);
  if (cross.length) add("crossCutting", 2, detail(cross));
  const strong = find(c.get("featureStrong"), doc);
  const feature = strong.length ? strong : find(c.get("feature"), doc);
  if (feature.length) add("feature", strong.length ? 3 : 2, detail(feature));
  const modify = find(c.get("modify"), doc);
  if (modify.length) add("change", 1, detail(modify));
  if (feature.length || scopeWords.length) {
    const systemNoun = find(c.get("systemNoun"), doc);
    const artifact = systemNoun.length ? [] : find(c.get("artifact"), doc);
    if (systemNoun.length) add("system", 2, detail(systemNoun));
    else if (artifact.length && feature.length) add("artifact", 1, detail(artifact));
  }
  const { files, named } = countPaths(prose);
  if (files >= 2) add("files", files >= 5 ? 3 : files >= 3 ? 2 : 1, `${named.length} ${named.length === 1 ? "path" : "paths"} named`);
  const items = countListItems(prose);
  const seq = find(c.get("sequence"), doc);
  let parts = 0;
  for (let i = 0; i < prose.length; i++) {
    const ch = prose[i];
    if (ch === "," || ch === "\uFF0C" || ch === "\u3001" || ch === ";" || ch === "\uFF1B") parts++;
  }
  const listWeight = Math.max(items >= 2 ? Math.min(3, items - 1) : 0, parts >= 6 ? 2 : parts >= 3 ? 1 : 0);
  const stepWeight = Math.min(3, listWeight + (seq.length >= 3 ? 2 : seq.length >= 2 ? 1 : 0));
  if (stepWeight) {
    const what = items >= 2 ? `${items} list items` : seq.length >= 2 ? `steps ${detail(seq)}` : `${parts + 1} parts`;
    add("steps", stepWeight, what);
  }
  if (traceLines >= 2) add("errorLog", 2, `stack trace (${traceLines} frames)`);
  else if (traceLines + errorLines > 0) add("errorLog", 1, "error message");
  if (codeLines >= 15) add("code", codeLines >= 60 ? 2 : 1, `${codeLines} lines of code pasted`);
  const bug = find(c.get("bug"), doc);
  if (bug.length) add("bug", 2, detail(bug));
  const perf = find(c.get("performance"), doc);
  if (perf.length) add("performance", 2, detail(perf));
  const tests = find(c.get("tests"), doc);
  if (tests.length) add("tests", 1, detail(tests));
  const units = lengthUnits(prose);
  const longWeight = text.length > MAX_SCAN_CHARS ? 3 : units >= 60 ? 3 : units >= 30 ? 2 : units >= 12 ? 1 : 0;
  const lengthDetail = text.length > MAX_SCAN_CHARS ? `${text.length} chars (first ${MAX_SCAN_CHARS} scanned)` : `~${units} words`;
  if (longWeight) add("length", longWeight, lengthDetail);
  const trivial = find(c.get("trivial"), doc);
  if (trivial.length) add("trivial", -3, detail(trivial));
  else if (VERSION_BUMP.test(prose)) add("trivial", -3, "version bump");
  const tweak = TWEAK.exec(prose);
  if (tweak && !scope.length) add("tweak", -2, tweak[0].length > 24 ? `${tweak[0].slice(0, 24)}\u2026` : tweak[0]);
  const lead = prose.length - prose.trimStart().length;
  const op = findAll(c.get("operation"), doc).find((m) => m.start === lead);
  if (op) add("operation", -2, op.text);
  const q = isQuestion(doc, c);
  if (q.question) add("question", q.advice ? -2 : -5, q.cue);
  return { signals, prose, tokens: doc.tokens };
}

// src/classify/classify.ts
var DEFAULT_THRESHOLDS = { mediumThreshold: 3, complexThreshold: 7 };
var THRESHOLD_STEP = 0.5;
var MAX_REASONS = 5;
function reason(feature, push, signals) {
  const weight = Math.round(push * 100) / 100;
  const [kind, name = ""] = [feature.slice(0, 1), feature.slice(2)];
  if (kind === "s") return { id: name, weight, detail: signals.find((s) => s.id === name)?.detail ?? "" };
  if (kind === "w" || kind === "c") return { id: "word", weight, detail: name === "#" ? "a number" : name };
  return void 0;
}
function classify(text, opts = {}) {
  const a = ruleSignals(text, opts);
  if (a.slashCommand !== void 0) {
    const s = { id: "slashCommand", weight: 0, detail: a.slashCommand };
    return { level: "simple", score: 0, signals: [s], reasons: [s] };
  }
  if (!a.prose.trim() && a.signals.length === 0) return { level: "simple", score: 0, signals: [], reasons: [] };
  const shift = [
    0,
    -THRESHOLD_STEP * ((opts.mediumThreshold ?? DEFAULT_THRESHOLDS.mediumThreshold) - DEFAULT_THRESHOLDS.mediumThreshold),
    -THRESHOLD_STEP * ((opts.complexThreshold ?? DEFAULT_THRESHOLDS.complexThreshold) - DEFAULT_THRESHOLDS.complexThreshold)
  ];
  const p = predict(features(a), void 0, shift);
  const reasons = [];
  for (const c of p.contributions) {
    const r = reason(c.feature, c.push, a.signals);
    if (r && r.weight !== 0) reasons.push(r);
    if (reasons.length === MAX_REASONS) break;
  }
  const score = Math.round(10 * (p.probabilities[1] * 0.5 + p.probabilities[2]));
  return { level: p.level, score, signals: a.signals, reasons };
}
var SELF_DESCRIBED = /* @__PURE__ */ new Set(["files", "steps", "length", "errorLog", "code", "word", "slashCommand"]);
function reasonText(s) {
  return SELF_DESCRIBED.has(s.id) ? s.detail : `${s.id} ${s.detail}`.trim();
}
function explain(result) {
  const parts = result.reasons.map((s) => s.id === "slashCommand" ? s.detail : `${reasonText(s)} ${s.weight > 0 ? "+" : ""}${s.weight}`);
  return `${result.level} (score ${result.score}): ${parts.length ? parts.join(", ") : "no signals"}`;
}

export {
  isCjk,
  classify,
  explain
};
