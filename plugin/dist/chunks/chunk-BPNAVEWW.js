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
var FEATURE_NAMES = "c:\u4E00\nc:\u4E00\u4E0B\nc:\u4E00\u4E2A\nc:\u4E00\u5957\nc:\u4E00\u6210\nc:\u4E00\u6B21\nc:\u4E00\u7684\nc:\u4E00\u76F4\nc:\u4E00\u884C\nc:\u4E00\u8D77\nc:\u4E00\u904D\nc:\u4E07\nc:\u4E09\nc:\u4E09\u4E2A\nc:\u4E0A\nc:\u4E0A\u4F20\nc:\u4E0A\u7EBF\nc:\u4E0B\nc:\u4E0B\u62C9\nc:\u4E0B\u6B21\nc:\u4E0B\u8F7D\nc:\u4E0B\u8FD9\nc:\u4E0B\u9762\nc:\u4E0D\nc:\u4E0D\u505C\nc:\u4E0D\u53D8\nc:\u4E0D\u540C\nc:\u4E0D\u5BF9\nc:\u4E0D\u7528\nc:\u4E0D\u80FD\nc:\u4E14\nc:\u4E1A\nc:\u4E24\nc:\u4E2A\nc:\u4E2A\u4EBA\nc:\u4E2A\u5730\nc:\u4E2A\u62A5\nc:\u4E2A\u63A5\nc:\u4E2A\u6587\nc:\u4E2A\u670D\nc:\u4E2A\u6A21\nc:\u4E2A\u6D4B\nc:\u4E2A\u8DEF\nc:\u4E2A\u9875\nc:\u4E2D\nc:\u4E2D\u82F1\nc:\u4E32\nc:\u4E3A\nc:\u4E3B\nc:\u4E48\nc:\u4E48\u533A\nc:\u4E49\nc:\u4E4B\nc:\u4E4B\u95F4\nc:\u4E5F\nc:\u4E5F\u8981\nc:\u4E86\nc:\u4E86\u89E3\nc:\u4E8B\nc:\u4E8B\u4EF6\nc:\u4E8E\nc:\u4E94\nc:\u4EA4\nc:\u4EBA\nc:\u4EC0\nc:\u4EC0\u4E48\nc:\u4ECE\nc:\u4ED3\nc:\u4ED3\u5E93\nc:\u4ED8\nc:\u4ED8\u56DE\nc:\u4ED8\u5B9D\nc:\u4EE3\nc:\u4EE3\u7801\nc:\u4EE4\nc:\u4EE5\nc:\u4EEC\nc:\u4EEC\u8981\nc:\u4EF6\nc:\u4EF6\u91CC\nc:\u4EFB\u52A1\nc:\u4F1A\nc:\u4F1A\u91CD\nc:\u4F20\nc:\u4F20\u611F\nc:\u4F46\nc:\u4F46\u4E0D\nc:\u4F4D\nc:\u4F4D\u7F6E\nc:\u4F4F\nc:\u4F53\nc:\u4F53\u91CD\nc:\u4F5C\nc:\u4F5C\u4E3A\nc:\u4F8B\nc:\u4FA7\nc:\u4FA7\u8FB9\nc:\u4FDD\nc:\u4FDD\u5B58\nc:\u4FDD\u6301\nc:\u4FE1\nc:\u4FE1\u606F\nc:\u4FEE\u4E00\nc:\u4FEE\u590D\nc:\u4FEE\u6539\nc:\u5019\nc:\u505A\nc:\u505A\u4E00\nc:\u505C\nc:\u50A8\nc:\u50CF\nc:\u5143\nc:\u5143\u6D4B\nc:\u5149\nc:\u5165\nc:\u5168\nc:\u5168\u90E8\nc:\u5173\nc:\u5177\u51FD\nc:\u5185\nc:\u5185\u5B58\nc:\u518D\nc:\u518D\u5199\nc:\u518D\u52A0\nc:\u5199\nc:\u5199\u4E00\nc:\u5199\u4E2A\nc:\u5199\u5355\nc:\u5199\u6210\nc:\u5199\u6D4B\nc:\u5199\u7684\nc:\u5199\u9519\nc:\u51B2\nc:\u51B2\u7A81\nc:\u51B3\nc:\u51B5\nc:\u51C6\nc:\u51E0\nc:\u51E0\u4E2A\nc:\u51FA\nc:\u51FA\u7684\nc:\u51FD\nc:\u51FD\u6570\nc:\u5206\nc:\u5206\u533A\nc:\u5206\u8868\nc:\u5206\u949F\nc:\u5206\u9875\nc:\u5207\nc:\u5207\u6362\nc:\u5212\nc:\u5217\nc:\u5217\u8868\nc:\u521A\nc:\u521A\u624D\nc:\u5220\nc:\u5220\u6389\nc:\u5220\u9664\nc:\u5224\nc:\u5224\u65AD\nc:\u522B\nc:\u522B\u7684\nc:\u5230\nc:\u5230\u4E86\nc:\u5236\nc:\u524D\nc:\u524D\u7AEF\nc:\u529F\nc:\u529F\u80FD\nc:\u52A0\nc:\u52A0\u4E00\nc:\u52A0\u4E0A\nc:\u52A0\u4E2A\nc:\u52A0\u5206\nc:\u52A0\u65AD\nc:\u52A0\u8F7D\nc:\u52A0\u91CD\nc:\u52A1\nc:\u52A8\nc:\u5305\nc:\u5305\u62EC\nc:\u5316\nc:\u533A\nc:\u533A\u5206\nc:\u533A\u522B\nc:\u5347\nc:\u5347\u7EA7\nc:\u534F\nc:\u5353\nc:\u5355\nc:\u5355\u4F53\nc:\u5355\u5143\nc:\u5355\u6D4B\nc:\u5355\u91CC\nc:\u5356\nc:\u5386\nc:\u5386\u53F2\nc:\u538B\nc:\u539F\u6765\nc:\u53BB\nc:\u53C2\nc:\u53C2\u6570\nc:\u53CC\nc:\u53D1\nc:\u53D1\u9001\nc:\u53D6\nc:\u53D8\nc:\u53D8\u91CF\nc:\u53E3\nc:\u53E3\u52A0\nc:\u53E3\u8FD4\nc:\u53E3\u90FD\nc:\u53EA\nc:\u53EA\u6539\nc:\u53EA\u662F\nc:\u53EF\nc:\u53EF\u4EE5\nc:\u53F0\nc:\u53F2\nc:\u5408\nc:\u5408\u5E76\nc:\u540C\nc:\u540C\u4E00\nc:\u540C\u6B65\nc:\u540D\nc:\u540E\nc:\u540E\u540C\nc:\u540E\u7AEF\nc:\u5417\nc:\u5427\nc:\u544A\nc:\u5458\nc:\u5468\nc:\u547D\u540D\nc:\u548C\nc:\u548C\u6570\nc:\u548C\u73B0\nc:\u54C1\nc:\u54EA\nc:\u54EA\u4E2A\nc:\u5546\nc:\u5546\u54C1\nc:\u5565\nc:\u5668\nc:\u5668\u52A0\nc:\u56DB\nc:\u56DE\nc:\u56DE\u586B\nc:\u56DE\u6EDA\nc:\u56DE\u8C03\nc:\u56E2\nc:\u56E2\u961F\nc:\u56FA\nc:\u56FA\u4EF6\nc:\u56FD\nc:\u56FD\u9645\nc:\u56FE\nc:\u56FE\u7247\nc:\u5728\nc:\u5728\u4E00\nc:\u5728\u7EBF\nc:\u5730\nc:\u5730\u533A\nc:\u5730\u65B9\nc:\u574F\nc:\u5757\nc:\u578B\nc:\u57DF\nc:\u57DF\u540D\nc:\u57FA\nc:\u57FA\u4E8E\nc:\u5883\nc:\u5883\u53D8\nc:\u5904\nc:\u5904\u7406\nc:\u590D\nc:\u591A\nc:\u591A\u4E2A\nc:\u591A\u4EBA\nc:\u591A\u5E01\nc:\u591A\u6D3B\nc:\u5927\nc:\u5927\u6982\nc:\u5927\u91CF\nc:\u5929\nc:\u592A\nc:\u592A\u6162\nc:\u5931\nc:\u5931\u8D25\nc:\u5957\nc:\u597D\nc:\u5B50\nc:\u5B57\nc:\u5B57\u6BB5\nc:\u5B58\nc:\u5B58\u4E00\nc:\u5B58\u50A8\nc:\u5B58\u5728\nc:\u5B66\nc:\u5B66\u751F\nc:\u5B83\nc:\u5B89\nc:\u5B89\u5353\nc:\u5B8C\nc:\u5B9A\nc:\u5B9A\u4E49\nc:\u5B9D\nc:\u5B9E\nc:\u5B9E\u65F6\nc:\u5B9E\u73B0\nc:\u5BA2\nc:\u5BA2\u6237\nc:\u5BB6\nc:\u5BB9\nc:\u5BF9\nc:\u5BF9\u8D26\nc:\u5BFC\nc:\u5BFC\u5165\nc:\u5BFC\u51FA\nc:\u5C0F\nc:\u5C0F\u65F6\nc:\u5C31\nc:\u5C31\u8FD9\nc:\u5C55\nc:\u5C55\u793A\nc:\u5D4C\nc:\u5D4C\u5957\nc:\u5DEE\nc:\u5DF1\nc:\u5DF2\u7ECF\nc:\u5E01\nc:\u5E01\u79CD\nc:\u5E0C\nc:\u5E0C\u671B\nc:\u5E26\nc:\u5E26\u4E0A\nc:\u5E2E\nc:\u5E2E\u5FD9\nc:\u5E2E\u6211\nc:\u5E42\nc:\u5E42\u7B49\nc:\u5E73\nc:\u5E73\u53F0\nc:\u5E76\nc:\u5E76\u4E14\nc:\u5E76\u4FEE\nc:\u5E76\u6210\nc:\u5E8F\nc:\u5E93\nc:\u5E93\u5B58\nc:\u5E94\nc:\u5E94\u8BE5\nc:\u5E95\nc:\u5EA6\nc:\u5EFA\nc:\u5F00\nc:\u5F00\u53D1\nc:\u5F02\nc:\u5F02\u6B65\nc:\u5F0F\nc:\u5F15\nc:\u5F15\u5165\nc:\u5F20\nc:\u5F39\nc:\u5F55\u9875\nc:\u5F62\nc:\u5F84\nc:\u5FD9\nc:\u6001\nc:\u6001\u673A\nc:\u600E\nc:\u600E\u4E48\nc:\u601D\nc:\u603B\nc:\u6062\nc:\u6062\u590D\nc:\u606F\nc:\u606F\u961F\nc:\u60C5\nc:\u60C5\u51B5\nc:\u60F3\nc:\u610F\nc:\u610F\u601D\nc:\u611F\nc:\u611F\u5668\nc:\u6162\nc:\u620F\nc:\u6210\nc:\u6210\u51E0\nc:\u6210\u591A\nc:\u6210\u6309\nc:\u6210\u7EDF\nc:\u6210\u7EE9\nc:\u6211\nc:\u6211\u4EEC\nc:\u6211\u628A\nc:\u6237\nc:\u6237\u8868\nc:\u623F\nc:\u6240\nc:\u6240\u6709\nc:\u624D\nc:\u6253\nc:\u6253\u5F00\nc:\u6263\nc:\u6267\nc:\u6267\u884C\nc:\u6279\nc:\u627E\nc:\u628A\nc:\u628A\u5355\nc:\u628A\u73B0\nc:\u62A5\nc:\u62A5\u8868\nc:\u62BD\nc:\u62C6\nc:\u62C6\u6210\nc:\u62C9\nc:\u62D6\nc:\u62E9\nc:\u62EC\nc:\u62FC\nc:\u6301\nc:\u6301\u4E00\nc:\u6301\u4E0D\nc:\u6301\u79BB\nc:\u6302\nc:\u6302\u4E86\nc:\u6307\nc:\u6309\nc:\u6309\u7528\nc:\u6309\u94AE\nc:\u6362\nc:\u6362\u6210\nc:\u636E\nc:\u636E\u4E5F\nc:\u636E\u52A0\nc:\u636E\u5E93\nc:\u636E\u8FC1\nc:\u6389\nc:\u6389\u7684\nc:\u63A5\nc:\u63A5\u5165\nc:\u63A5\u53E3\nc:\u63A7\nc:\u63A8\nc:\u63A8\u9001\nc:\u63D0\nc:\u63D0\u4EA4\nc:\u63D0\u793A\nc:\u63D2\nc:\u641C\nc:\u641C\u7D22\nc:\u64A4\nc:\u64A4\u9500\nc:\u652F\u4ED8\nc:\u652F\u6301\nc:\u6539\nc:\u6539\u4E00\nc:\u6539\u6210\nc:\u6539\u7528\nc:\u653E\nc:\u6548\nc:\u6570\nc:\u6570\u4ECE\nc:\u6570\u636E\nc:\u6570\u662F\nc:\u6574\nc:\u6574\u4E2A\nc:\u6574\u4F53\nc:\u6587\nc:\u6587\u4EF6\nc:\u6587\u6848\nc:\u65AD\nc:\u65AD\u70B9\nc:\u65B0\nc:\u65B0\u589E\nc:\u65B0\u7684\nc:\u65B9\nc:\u65B9\u6848\nc:\u65E0\nc:\u65E5\nc:\u65E5\u671F\nc:\u65E7\nc:\u65F6\nc:\u65F6\u5019\nc:\u65F6\u533A\nc:\u65F6\u6539\nc:\u65F6\u95F4\nc:\u662F\nc:\u662F\u600E\nc:\u663E\nc:\u663E\u793A\nc:\u66F4\nc:\u66F4\u65B0\nc:\u6700\nc:\u6700\u591A\nc:\u6709\nc:\u6709\u4E00\nc:\u6709\u4EC0\nc:\u6709\u63A5\nc:\u6709\u7684\nc:\u670D\nc:\u670D\u52A1\nc:\u671B\nc:\u671F\u65F6\nc:\u671F\u95F4\nc:\u672C\u5730\nc:\u673A\nc:\u673A\u623F\nc:\u6761\nc:\u6765\nc:\u677F\nc:\u6784\nc:\u6784\u5EFA\nc:\u679C\nc:\u67D3\nc:\u67E5\nc:\u6807\nc:\u680F\nc:\u6821\nc:\u6821\u9A8C\nc:\u6837\nc:\u683C\nc:\u683C\u5F0F\nc:\u6846\nc:\u6863\nc:\u68C0\nc:\u68C0\u67E5\nc:\u6982\nc:\u6A21\nc:\u6A21\u677F\nc:\u6B21\nc:\u6B3E\nc:\u6B65\nc:\u6B7B\nc:\u6BB5\nc:\u6BCF\nc:\u6BCF\u4E2A\nc:\u6BD4\nc:\u6C42\nc:\u6CA1\nc:\u6CA1\u95EE\nc:\u6CD5\nc:\u6CE8\nc:\u6CE8\u91CA\nc:\u6D3B\nc:\u6D41\nc:\u6D41\u7A0B\nc:\u6D41\u91CF\nc:\u6D4B\nc:\u6D4B\u8BD5\nc:\u6D88\nc:\u6D88\u606F\nc:\u6E05\nc:\u6E32\nc:\u6E32\u67D3\nc:\u6E38\nc:\u6E38\u620F\nc:\u6E90\nc:\u6EAF\nc:\u6EDA\nc:\u70B9\nc:\u70B9\u7EED\nc:\u7247\nc:\u7248\nc:\u7248\u672C\nc:\u72B6\nc:\u72B6\u6001\nc:\u72EC\nc:\u73AF\nc:\u73AF\u5883\nc:\u73B0\nc:\u73B0\u5728\nc:\u73B0\u6709\nc:\u7406\nc:\u7406\u540E\nc:\u751F\nc:\u751F\u6210\nc:\u7528\nc:\u7528\u4E86\nc:\u7528\u6237\nc:\u7528\u73B0\nc:\u7528\u7684\nc:\u7565\nc:\u7565\u56FE\nc:\u767B\nc:\u767B\u5F55\nc:\u767D\nc:\u767D\u677F\nc:\u767E\nc:\u767E\u591A\nc:\u7684\nc:\u7684\u4FEE\nc:\u7684\u5730\nc:\u7684\u5C0F\nc:\u7684\u60C5\nc:\u7684\u65E5\nc:\u7684\u65F6\nc:\u7684\u662F\nc:\u7684\u6743\nc:\u7684\u7248\nc:\u7684\u7528\nc:\u7684\u8001\nc:\u7684\u9875\nc:\u76D6\nc:\u76EE\nc:\u76EE\u524D\nc:\u76F4\nc:\u76F4\u63A5\nc:\u76F8\nc:\u76F8\u5173\nc:\u770B\nc:\u770B\u4E0B\nc:\u771F\nc:\u77E5\nc:\u7801\nc:\u7801\u91CC\nc:\u786E\u8BA4\nc:\u793A\nc:\u7981\nc:\u7981\u7528\nc:\u79BB\nc:\u79BB\u7EBF\nc:\u79D2\nc:\u79FB\nc:\u79FB\u52A8\nc:\u79FB\u671F\nc:\u7A0B\nc:\u7A7A\nc:\u7A81\nc:\u7AD9\nc:\u7AEF\nc:\u7AEF\u4ECE\nc:\u7AEF\u53E3\nc:\u7AEF\u7528\nc:\u7AEF\u90FD\nc:\u7B49\nc:\u7B97\nc:\u7BA1\nc:\u7BA1\u7406\nc:\u7BB1\nc:\u7C7B\nc:\u7C7B\u578B\nc:\u7CFB\nc:\u7CFB\u7EDF\nc:\u7D22\nc:\u7EA6\nc:\u7EA7\nc:\u7EA7\u522B\nc:\u7EA7\u5230\nc:\u7EBF\nc:\u7EBF\u4E0A\nc:\u7EC3\nc:\u7ECF\nc:\u7ED3\nc:\u7ED3\u679C\nc:\u7ED9\nc:\u7EDF\nc:\u7EDF\u4E00\nc:\u7EE7\nc:\u7EE7\u7EED\nc:\u7EE9\nc:\u7EED\nc:\u7EED\u4F20\nc:\u7F13\nc:\u7F13\u5B58\nc:\u7F16\nc:\u7F16\u8F91\nc:\u7F29\nc:\u7F29\u7565\nc:\u7F3A\nc:\u7F51\nc:\u7F51\u540E\nc:\u7F6E\nc:\u8001\nc:\u8001\u9879\nc:\u800C\nc:\u8054\nc:\u8054\u7F51\nc:\u80FD\nc:\u80FD\u505C\nc:\u80FD\u51FA\nc:\u80FD\u6539\nc:\u811A\nc:\u811A\u672C\nc:\u81EA\nc:\u81EA\u52A8\nc:\u81EA\u5DF1\nc:\u8272\nc:\u82F1\nc:\u83DC\nc:\u83DC\u5355\nc:\u8425\nc:\u884C\nc:\u884C\u4E3A\nc:\u8865\nc:\u8865\u4E00\nc:\u8865\u5168\nc:\u8868\nc:\u8868\u52A0\nc:\u8868\u5355\nc:\u8868\u5DF2\nc:\u8868\u683C\nc:\u8868\u91CC\nc:\u88AB\nc:\u88C5\nc:\u8981\nc:\u8981\u505A\nc:\u8981\u5408\nc:\u8981\u6539\nc:\u8981\u6709\nc:\u8981\u80FD\nc:\u8981\u8FC1\nc:\u8986\nc:\u8986\u76D6\nc:\u89C6\nc:\u89D2\nc:\u89D2\u8272\nc:\u89E3\nc:\u89E3\u51B3\nc:\u8B66\nc:\u8B66\u544A\nc:\u8BA2\nc:\u8BA2\u5355\nc:\u8BA4\nc:\u8BA9\nc:\u8BAE\nc:\u8BB0\nc:\u8BB0\u4F4F\nc:\u8BB0\u5F55\nc:\u8BBE\nc:\u8BBE\u8BA1\nc:\u8BC1\nc:\u8BD5\nc:\u8BD5\u7528\nc:\u8BE5\nc:\u8BE5\u662F\nc:\u8BEF\nc:\u8BF4\nc:\u8BF7\nc:\u8BF7\u6C42\nc:\u8BFB\nc:\u8C03\nc:\u8C03\u5230\nc:\u8D25\nc:\u8D25\u91CD\nc:\u8D26\nc:\u8D26\u53F7\nc:\u8D26\u6237\nc:\u8D27\nc:\u8D44\u6E90\nc:\u8D77\nc:\u8D85\nc:\u8D85\u5356\nc:\u8D85\u65F6\nc:\u8D85\u8FC7\nc:\u8DD1\u4E00\nc:\u8DDF\nc:\u8DEF\nc:\u8DEF\u5F84\nc:\u8DF3\nc:\u8DF3\u8FC7\nc:\u8EAB\nc:\u8F6C\nc:\u8F7D\nc:\u8F91\nc:\u8F91\u5668\nc:\u8F93\nc:\u8F93\u5165\nc:\u8F93\u51FA\nc:\u8FB9\nc:\u8FB9\u680F\nc:\u8FC1\nc:\u8FC1\u5230\nc:\u8FC1\u79FB\nc:\u8FC7\nc:\u8FC7\u671F\nc:\u8FD0\nc:\u8FD4\nc:\u8FD4\u56DE\nc:\u8FD8\nc:\u8FD8\u6709\nc:\u8FD8\u8981\nc:\u8FD9\nc:\u8FD9\u4E00\nc:\u8FD9\u4E09\nc:\u8FD9\u4E2A\nc:\u8FD9\u6BB5\nc:\u8FDB\nc:\u8FDB\u5EA6\nc:\u8FDE\nc:\u8FDE\u7EED\nc:\u8FFD\nc:\u9000\nc:\u9000\u907F\nc:\u9009\nc:\u9009\u62E9\nc:\u901A\nc:\u901A\u8FC7\nc:\u903B\nc:\u903B\u8F91\nc:\u9047\nc:\u9047\u5230\nc:\u904D\nc:\u9053\nc:\u907F\nc:\u90A3\nc:\u90A3\u4E2A\nc:\u90AE\nc:\u90AE\u4EF6\nc:\u90AE\u7BB1\nc:\u90E8\nc:\u90E8\u6539\nc:\u90FD\nc:\u90FD\u4F1A\nc:\u90FD\u6539\nc:\u90FD\u8981\nc:\u914D\nc:\u914D\u7F6E\nc:\u91CA\nc:\u91CC\nc:\u91CC\u7684\nc:\u91CD\nc:\u91CD\u505A\nc:\u91CD\u5199\nc:\u91CD\u590D\nc:\u91CD\u6784\nc:\u91CD\u8BD5\nc:\u91CF\nc:\u91D1\nc:\u949F\nc:\u94AE\nc:\u94FE\nc:\u94FE\u63A5\nc:\u9500\nc:\u9519\nc:\u9519\u4E86\nc:\u9519\u8BEF\nc:\u952E\nc:\u95EA\nc:\u95EA\u9000\nc:\u95EE\nc:\u95EE\u9898\nc:\u95F4\nc:\u95F4\u4ECE\nc:\u961F\nc:\u961F\u5217\nc:\u9636\nc:\u9636\u6BB5\nc:\u963F\nc:\u9644\nc:\u9645\nc:\u9645\u5316\nc:\u964D\u7EA7\nc:\u9650\nc:\u9664\nc:\u969C\nc:\u9762\nc:\u9762\u52A0\nc:\u9875\nc:\u9875\u52A0\nc:\u9875\u7684\nc:\u9875\u9762\nc:\u9879\nc:\u9879\u76EE\nc:\u987A\nc:\u9884\nc:\u9898\nc:\u989D\nc:\u9A8C\nc:\u9A8C\u7B7E\nc:\u9A8C\u8BC1\nc:\u9AD8\nc:\u9ED8\nc:\u9ED8\u8BA4\ns:artifact\ns:bug\ns:change\ns:crossCutting\ns:errorLog\ns:feature\ns:files\ns:length\ns:operation\ns:performance\ns:question\ns:risk\ns:scope\ns:steps\ns:system\ns:tests\ns:trivial\ns:tweak\nw:#\nw:# #\nw:# and\nw:# attempt\nw:# day\nw:# endpoint\nw:# file\nw:# if\nw:# in\nw:# job\nw:# line\nw:# min\nw:# minute\nw:# not\nw:# of\nw:# on\nw:# per\nw:# place\nw:# redi\nw:# screen\nw:# second\nw:# tb\nw:# to\nw:# vue\nw:# when\nw:# with\nw:# year\nw:256x256\nw:2h\nw:300m\nw:3s\nw:3tb\nw:50m\nw:a\nw:a #\nw:a b\nw:a confirmation\nw:a double\nw:a job\nw:a lot\nw:a migration\nw:a new\nw:a one\nw:a plugin\nw:a simple\nw:a single\nw:a unit\nw:a user\nw:about\nw:about #\nw:above\nw:accept\nw:accepting\nw:access\nw:account\nw:across\nw:across the\nw:action\nw:ad\nw:ad hoc\nw:add\nw:add a\nw:add an\nw:add keyboard\nw:add one\nw:add retry\nw:add test\nw:add the\nw:admin\nw:after\nw:after #\nw:after a\nw:against\nw:against the\nw:all\nw:all our\nw:amount\nw:an\nw:an admin\nw:an audit\nw:an export\nw:analytic\nw:and\nw:and a\nw:and add\nw:and an\nw:and fix\nw:and from\nw:and handle\nw:and implement\nw:and ios\nw:and keep\nw:and no\nw:and reconciliation\nw:and replace\nw:and show\nw:and some\nw:and take\nw:and tell\nw:and test\nw:and the\nw:and update\nw:and use\nw:android\nw:android and\nw:android app\nw:angular\nw:angular #\nw:any\nw:anything\nw:api\nw:api and\nw:api key\nw:api return\nw:api with\nw:apollo\nw:app\nw:app from\nw:app router\nw:app should\nw:app with\nw:apply\nw:approval\nw:are\nw:are the\nw:arrow\nw:as\nw:asking\nw:asset\nw:assignment\nw:async\nw:at\nw:at least\nw:at the\nw:attempt\nw:audio\nw:audit\nw:audit log\nw:audit logging\nw:auditor\nw:auth\nw:available\nw:avatar\nw:aws\nw:b\nw:back\nw:backend\nw:backfill\nw:backoff\nw:backoff to\nw:backward\nw:bad\nw:bank\nw:banner\nw:bar\nw:based\nw:be\nw:be #\nw:because\nw:before\nw:before the\nw:behaviour\nw:behaviour change\nw:between\nw:between our\nw:between them\nw:big\nw:billing\nw:billion\nw:block\nw:body\nw:both\nw:break\nw:break the\nw:broken\nw:browser\nw:bucket\nw:bug\nw:build\nw:build a\nw:build the\nw:built\nw:bus\nw:but\nw:but not\nw:button\nw:button in\nw:button on\nw:button to\nw:by\nw:c\nw:c++\nw:cache\nw:cache the\nw:call\nw:can be\nw:can you\nw:can't\nw:cancel\nw:cannot\nw:capture\nw:card\nw:cart\nw:case\nw:celery\nw:cent\nw:chain\nw:change\nw:change in\nw:change the\nw:charge\nw:chart\nw:chat\nw:check\nw:check the\nw:checkout\nw:ci\nw:class\nw:clear\nw:cli\nw:click\nw:client\nw:close\nw:closing\nw:cluster\nw:code\nw:codebase\nw:color\nw:column\nw:come\nw:command\nw:comment\nw:commit\nw:commit message\nw:component\nw:component with\nw:config\nw:confirm\nw:confirmation\nw:conflict\nw:conflict resolution\nw:connection\nw:constant\nw:context\nw:contract\nw:convert\nw:convert the\nw:converted\nw:copy\nw:could\nw:count\nw:counter\nw:country\nw:cover\nw:crashe\nw:crdt\nw:create\nw:create the\nw:created\nw:csrf\nw:csv\nw:ctrl+z\nw:currency\nw:current\nw:currently\nw:cursor\nw:custom\nw:customer\nw:cutover\nw:dark\nw:dark mode\nw:dashboard\nw:data\nw:database\nw:dataset\nw:date\nw:day\nw:db\nw:dead\nw:debounce\nw:debug\nw:default\nw:define\nw:delete\nw:delivery\nw:dependency\nw:deploy\nw:deprecated\nw:design\nw:desktop\nw:desktop app\nw:detail\nw:detect\nw:dev\nw:device\nw:dialog\nw:difference\nw:difference between\nw:directly\nw:disable\nw:disable the\nw:disconnect\nw:distributed\nw:django\nw:do\nw:do we\nw:doc\nw:docker\nw:dockerfile\nw:doe\nw:doe thi\nw:doesn't\nw:domain\nw:don't\nw:done\nw:double\nw:download\nw:downtime\nw:drop\nw:dropdown\nw:duplicate\nw:during\nw:during the\nw:e\nw:edit\nw:editor\nw:elasticsearch\nw:electron\nw:email\nw:empty\nw:encoding\nw:encrypt\nw:end\nw:end to\nw:endpoint\nw:endpoint that\nw:endpoint to\nw:endpoint with\nw:enforced\nw:enforced in\nw:engine\nw:enterprise\nw:enterprise customer\nw:entire\nw:env\nw:envelope\nw:environment\nw:epoch\nw:error\nw:error message\nw:esc\nw:etl\nw:event\nw:every\nw:everything\nw:everything in\nw:everything to\nw:everywhere\nw:exactly\nw:example\nw:excel\nw:exception\nw:exception main\nw:exist\nw:existing\nw:existing row\nw:expected\nw:explain\nw:explaining\nw:export\nw:export to\nw:expose\nw:express\nw:extract\nw:fail\nw:failed\nw:failure\nw:fake\nw:fallback\nw:fatal\nw:fatal exception\nw:feature\nw:feed\nw:fft\nw:field\nw:field to\nw:file\nw:file in\nw:file with\nw:filter\nw:filter by\nw:find\nw:firmware\nw:fix\nw:fix it\nw:fix the\nw:fixed\nw:flaky\nw:flow\nw:flutter\nw:flutter app\nw:footer\nw:for #\nw:for a\nw:for each\nw:for enterprise\nw:for it\nw:for the\nw:force\nw:forever\nw:forgot\nw:forgot password\nw:form\nw:format\nw:format and\nw:found\nw:freerto\nw:from\nw:from #\nw:from a\nw:from postgre\nw:from rest\nw:from the\nw:frontend\nw:fulfilment\nw:function\nw:fx\nw:game\nw:get\nw:get post\nw:getting\nw:getting thi\nw:git\nw:github\nw:go\nw:godot\nw:goe\nw:goe to\nw:good\nw:grafana\nw:grafana panel\nw:graphql\nw:green\nw:grid\nw:grpc\nw:hand\nw:handle\nw:handler\nw:handler and\nw:handling\nw:handling for\nw:happen\nw:hard\nw:has\nw:has no\nw:has to\nw:hash\nw:have\nw:have a\nw:have to\nw:header\nw:health\nw:healthcheck\nw:helm\nw:helm chart\nw:helmet\nw:helper\nw:heroku\nw:histogram\nw:hmac\nw:hmac sha256\nw:hoc\nw:homegrown\nw:hook\nw:hot\nw:how\nw:http\nw:http client\nw:i\nw:i can\nw:i just\nw:i need\nw:i want\nw:i'm\nw:i18n\nw:id\nw:id and\nw:idempotent\nw:identical\nw:if\nw:ignore\nw:image\nw:image and\nw:implement\nw:implement a\nw:import\nw:in\nw:in #\nw:in a\nw:in ci\nw:in postgre\nw:in redi\nw:in the\nw:in util\nw:including\nw:increase\nw:increase the\nw:index\nw:init\nw:install\nw:instead\nw:instead of\nw:into\nw:into a\nw:into one\nw:into the\nw:introduce\nw:invalidate\nw:invalidate when\nw:ios\nw:is\nw:is it\nw:isn't\nw:it\nw:it and\nw:it can't\nw:it for\nw:it in\nw:it into\nw:it on\nw:it say\nw:it should\nw:it to\nw:it with\nw:it's\nw:it's a\nw:its\nw:its own\nw:jakarta\nw:java\nw:javax\nw:job\nw:jquery\nw:js\nw:json\nw:just\nw:just the\nw:just want\nw:jwt\nw:kafka\nw:keep\nw:keep the\nw:key\nw:key #\nw:key and\nw:keyboard\nw:keycloak\nw:keyerror\nw:last\nw:last #\nw:layout\nw:leaderboard\nw:leak\nw:least\nw:left\nw:legacy\nw:let's\nw:lib\nw:like\nw:like the\nw:limit\nw:line\nw:line #\nw:line in\nw:line into\nw:link\nw:link to\nw:lint\nw:linux\nw:list\nw:listing\nw:listing the\nw:live\nw:lms\nw:load\nw:loader\nw:loading\nw:local\nw:locale\nw:localstorage\nw:lock\nw:locking\nw:locking and\nw:lockout\nw:lodash\nw:log\nw:log the\nw:logging\nw:login\nw:look\nw:lot\nw:lot of\nw:lru\nw:mac\nw:made\nw:main\nw:make\nw:make it\nw:make our\nw:make the\nw:manager\nw:manifest\nw:map\nw:mark\nw:markdown\nw:match\nw:match the\nw:matching\nw:max\nw:max #\nw:max_retry\nw:me\nw:me what\nw:mean\nw:member\nw:memory\nw:menu\nw:merge\nw:merging\nw:message fix\nw:metric\nw:microservice\nw:middleware\nw:migrate\nw:migrate the\nw:migration\nw:migration and\nw:migration api\nw:min\nw:minute\nw:missing\nw:mobile\nw:mobile app\nw:mode\nw:model\nw:module\nw:money\nw:mongodb\nw:monolith\nw:month\nw:monthly\nw:more\nw:move\nw:move all\nw:move the\nw:ms\nw:multi\nw:multi region\nw:multi stage\nw:multi tenant\nw:must\nw:mutation\nw:my\nw:mysql\nw:n\nw:name\nw:native\nw:navigation\nw:need\nw:need a\nw:need an\nw:need to\nw:nested\nw:network\nw:never\nw:new\nw:next\nw:nginx\nw:nightly\nw:no behaviour\nw:node\nw:node #\nw:node_module\nw:not\nw:not #\nw:not asking\nw:note\nw:nothing\nw:notification\nw:now\nw:npm\nw:number\nw:of\nw:of existing\nw:off\nw:offline\nw:oidc\nw:ok\nw:old\nw:old one\nw:on\nw:on #\nw:on a\nw:on every\nw:on line\nw:on our\nw:on the\nw:once\nw:one\nw:online\nw:only\nw:only and\nw:onto\nw:onto it\nw:open\nw:open the\nw:opengl\nw:optimistic\nw:option\nw:order\nw:order and\nw:original\nw:orm\nw:ota\nw:other\nw:our\nw:our #\nw:out\nw:output\nw:override\nw:own\nw:p99\nw:package\nw:page\nw:pagination\nw:pagination to\nw:panda\nw:panel\nw:panic\nw:parallel\nw:parser\nw:password\nw:payload\nw:payment\nw:payment provider\nw:payment webhook\nw:payout\nw:pdf\nw:pending\nw:per\nw:per user\nw:permission\nw:pick\nw:pin\nw:pinia\nw:pipeline\nw:place\nw:place that\nw:plan\nw:plan and\nw:platform\nw:player\nw:please\nw:please fix\nw:pls\nw:plugin\nw:plugin system\nw:plus\nw:plus the\nw:point\nw:policy\nw:polling\nw:port\nw:port the\nw:position\nw:position when\nw:post\nw:postgre\nw:postgre #\nw:presence\nw:pricing\nw:primary\nw:product\nw:project\nw:prometheus\nw:properly\nw:provider and\nw:provisioning\nw:public\nw:public api\nw:push\nw:pydantic\nw:python\nw:python #\nw:pytorch\nw:qos\nw:query\nw:queue\nw:quote\nw:rabbitmq\nw:race\nw:range\nw:rate\nw:react\nw:react hook\nw:react native\nw:read\nw:read a\nw:read only\nw:reading\nw:real\nw:real time\nw:rebuild\nw:rebuild the\nw:receipt\nw:reconciliation\nw:reconciliation report\nw:reconnect\nw:redi\nw:redirect\nw:redo\nw:redo the\nw:redux\nw:refactor\nw:refactor the\nw:refund\nw:region\nw:release\nw:reload\nw:rely\nw:rely on\nw:remember\nw:remove\nw:remove the\nw:rename\nw:rename the\nw:renderer\nw:replace\nw:replace our\nw:replace the\nw:replacing\nw:replacing the\nw:report\nw:request\nw:request id\nw:resolution\nw:resource\nw:response\nw:rest\nw:rest grpc\nw:rest to\nw:restore\nw:result\nw:resume\nw:retry\nw:retry #\nw:retry after\nw:retry on\nw:retry with\nw:return\nw:return #\nw:revert\nw:rework\nw:rework the\nw:rewrite\nw:rewrite the\nw:right\nw:role\nw:rollback\nw:rolled\nw:rollout\nw:rounding\nw:route\nw:router\nw:row\nw:rule\nw:rule per\nw:run\nw:run on\nw:run the\nw:running\nw:s\nw:s3\nw:same\nw:saml\nw:sandboxed\nw:save\nw:saved\nw:saved in\nw:say\nw:scale\nw:scheduled\nw:scim\nw:screen\nw:script\nw:script and\nw:script that\nw:scroll\nw:search\nw:second\nw:security\nw:see\nw:seed\nw:select\nw:send\nw:sender\nw:sensor\nw:sentry\nw:sequence\nw:server\nw:server side\nw:service\nw:session\nw:set\nw:set the\nw:setting\nw:sha256\nw:shard\nw:shard the\nw:shared\nw:shipping\nw:should\nw:should be\nw:show\nw:show a\nw:show it\nw:show the\nw:shown\nw:shown in\nw:side\nw:sidebar\nw:sign\nw:sign in\nw:signature\nw:signed\nw:signed url\nw:simple\nw:simulation\nw:since\nw:single\nw:site\nw:size\nw:skip\nw:sleep\nw:slim\nw:slow\nw:small\nw:snapshot\nw:snapshot test\nw:so\nw:so it\nw:so it's\nw:so the\nw:some\nw:sort\nw:source\nw:split\nw:split the\nw:spring\nw:spring boot\nw:sql\nw:sqlite\nw:src\nw:src service\nw:sso\nw:sso saml\nw:stack\nw:stage\nw:startup\nw:state\nw:statement\nw:stay\nw:stdout\nw:step\nw:still\nw:stop\nw:storage\nw:store\nw:stored\nw:stream\nw:streaming\nw:strict mode\nw:string\nw:string in\nw:stripe\nw:student\nw:submit\nw:summary\nw:support\nw:switch\nw:switch the\nw:sync\nw:sync with\nw:system\nw:tab\nw:table\nw:table add\nw:table and\nw:table with\nw:take\nw:take the\nw:task\nw:tb\nw:team\nw:tell\nw:tell me\nw:template\nw:tenant\nw:terraform\nw:test\nw:test and\nw:test data\nw:test for\nw:test it\nw:test must\nw:test that\nw:test the\nw:test using\nw:test with\nw:that\nw:that read\nw:the\nw:the #\nw:the admin\nw:the analytic\nw:the app\nw:the backend\nw:the bank\nw:the button\nw:the cart\nw:the cli\nw:the code\nw:the config\nw:the current\nw:the dashboard\nw:the data\nw:the database\nw:the default\nw:the desktop\nw:the difference\nw:the editor\nw:the entire\nw:the existing\nw:the export\nw:the field\nw:the file\nw:the first\nw:the flaky\nw:the form\nw:the frontend\nw:the game\nw:the http\nw:the last\nw:the left\nw:the list\nw:the lms\nw:the log\nw:the login\nw:the main\nw:the migration\nw:the missing\nw:the mobile\nw:the monolith\nw:the new\nw:the old\nw:the open\nw:the order\nw:the output\nw:the page\nw:the payment\nw:the permission\nw:the primary\nw:the project\nw:the public\nw:the refund\nw:the report\nw:the request\nw:the same\nw:the search\nw:the server\nw:the setting\nw:the sidebar\nw:the simulation\nw:the site\nw:the state\nw:the sync\nw:the table\nw:the three\nw:the top\nw:the training\nw:the two\nw:the ui\nw:the url\nw:the user\nw:the web\nw:the whole\nw:the worker\nw:their\nw:their own\nw:them\nw:them and\nw:then\nw:there\nw:there's\nw:there's a\nw:they\nw:thi\nw:three\nw:thumbnail\nw:time\nw:time out\nw:time zone\nw:timeout\nw:timer\nw:timestamp\nw:timezone\nw:to\nw:to #\nw:to a\nw:to aws\nw:to end\nw:to graphql\nw:to our\nw:to postgre\nw:to the\nw:to understand\nw:to vue\nw:toast\nw:toggle\nw:token\nw:tolerance\nw:too\nw:tool\nw:top\nw:top of\nw:trace\nw:tracking\nw:trade\nw:training\nw:transaction\nw:ttl\nw:two\nw:type\nw:typed\nw:typescript\nw:typescript strict\nw:typo\nw:ui\nw:ui and\nw:understand\nw:undo\nw:unit\nw:unit test\nw:unity\nw:up\nw:up to\nw:update\nw:update the\nw:updated\nw:upgrade\nw:uptime\nw:url\nw:usage\nw:use\nw:use it\nw:used\nw:user\nw:user and\nw:user id\nw:user order\nw:using\nw:using the\nw:utc\nw:utf\nw:utf #\nw:util\nw:v1\nw:v2\nw:validate\nw:validate the\nw:validation\nw:value\nw:var\nw:version\nw:versioned\nw:via\nw:view\nw:vite\nw:vue\nw:vue #\nw:vulkan\nw:want\nw:want to\nw:warehouse\nw:warn\nw:warning\nw:way\nw:we\nw:we have\nw:we need\nw:we use\nw:we're\nw:web\nw:web app\nw:webhook\nw:webhook handler\nw:what\nw:what are\nw:what doe\nw:what's\nw:what's the\nw:when\nw:when a\nw:when an\nw:when i\nw:when the\nw:where\nw:which\nw:while\nw:while it's\nw:whole\nw:whole frontend\nw:why\nw:window\nw:with\nw:with #\nw:with a\nw:with backoff\nw:with no\nw:with retry\nw:with signed\nw:with test\nw:with the\nw:within\nw:without\nw:work\nw:worker\nw:workflow\nw:working\nw:working for\nw:write\nw:write a\nw:write the\nw:yaml\nw:year\nw:yes\nw:yet\nw:you\nw:zod\nw:zone\nw:zustand\nx:bias";
var FEATURE_WEIGHTS = "GQAIAN//CQASAOX/FgD3//P////8/wUA//8EAP3/+/8GAP//+/8FAAAA9f8MAP//CQD5//7/+f8IAP//AwD7/wIAAAD6/wYA8/8SAPr/+/8QAPX/9/8NAPz///8LAPb/BgD8////AwAnANb///8HAPr/+/8FAP//BQD///z//P8EAAAA+v8MAPr/CwAAAPX////9/wQA+v8QAPX/AgD8/wIABwD7//7/EAD0//v//f/8/wcA/f8GAP7/AAD5/wgA+v8BAAUADwAPAOP///8EAP3//v8EAP7/BwD5/wAAAwD8/wEA/v8KAPj//v/+/wQA//8FAPz/BwD5/wAABAD9////+/8CAAMA9/8KAAAA+/8CAAMACwD2////CgAFAPL//P8BAAIAHADx//P/CwD///b/BwD6////+P8HAAIA+v8EAAIA8/8MAAEA+////wYADgANAOX/BQD8////+v/6/wsA+f/7/wwABwD1/wQA/P8DAAAACgD9//n////9/wQAFwD1//T/FwD1//T/7P/p/ysA///8/wUA///9/wQABgD8//7/AgD8/wIABgD///r//v/5/wgA///4/wkA+/8FAAAAAAAMAPX/CgD3/wAAAAD8/wQA8P8GAAoA//8JAPj//P8CAAEAAQAEAPv//v8FAP7/+/8LAPr//v/9/wUAAgAEAPr/AwADAPr/AwABAPz//v8FAP3/+f8LAPz/AADy/w0ACAD3/wEABAD3/wUABgD///v/AgD8/wEA//8FAP3///8FAP3/9v8KAAAAAAAFAPz/+f8EAAMABAD6/wIABQD8////9P8OAP7/CwD4//3/AwD7/wMAAAAGAPr/8f8BAA4ABgD///v/+v///wgA/v/6/wgA+P8MAPz/CAD4/wAACQD3///////6/wcA5f8MAA8A4v8SAAwA+//2/w8A+P8KAP7//v8EAP7/+P8HAAEA+v8GAAAA+f8LAPz/+/8IAP7//P8FAP////8FAPz/AgACAPz//f8GAP3//P8FAAAACAD4/wAA+v8QAPf/BQD8/wAACQD6//3//P/8/wgA/f/7/wkA/v/6/wkACgD2////AAD7/wYA/f8GAP3/+v8IAP7/9v8NAP3/+/8FAAAA+/8IAP3/+/8IAP3/5v8TAAcA+/8FAAAA9v/6/xAA/P8LAPn/AwACAPv//P/+/wcA/f///wQABwD5/wAA+v8NAPn//P8LAPj/DgD4//r/DgD4//r/BAAHAPX/DAD3//3/+/8MAPn/AAAFAPv/AAAFAPv/DgD///P/BAD+//7/5//8/x4ACQABAPb//P8AAAQA9f8UAPj/9v8NAP3/+f8HAAAA+v8FAAIA5f9FANf/FQD0//f/+v8CAAQAAgAEAPv/AAAFAPv//v8FAP3/+v8IAP7/AAAEAP3/+v/4/w4A+f8MAPv//v/4/woA///8/wUA///4/wkA/v8HAPz/+P8HAAAADgD9//X/+v/z/xMA+P/0/xQACwD7//r//P8GAP7/+//3/w4A+//+/wcACAD4/wAA/P8GAP7/AAAEAPz/AAD9/wQA///8/wUA///9/wUA+/8GAP///f8EAP//BQD7/wAA/f8FAP7//f8FAP7/+P/6/w4A8/8PAP///f8EAP7/+/8GAP//8/8XAPb/+v8IAP7/+v8OAPj//v8FAP3///8FAPz////7/wYABgD///z/CAD+//v/BAD9////AwAHAPb///8KAPf////3/wsA///9/wUABQD4/wMAAwD7/wMABADv/w0A/f/7/wgABQD0/wcACwAEAPD/6v8RAAUA///8/wUA+f8EAAMACwD5//z/EQD3//j/BwD6//////8HAPr/AwD7/wIABQD9//7//v8FAP7/CwD9//j/AAD8/wQA+/8EAAEADgD7//f/DgD5//n/+/8DAAEA+/8GAP//CwD3//7/9/8IAAIA/v8GAPz/+/8DAAIADQD4//z/AAD9/wQABwD9//3/AQD8/wMACQD7//z/CQD7//z/AgD4/wYAAAD6/wYAAAD2/woAAAD5/wcA9f8XAPT/+/8JAPz/+f8IAP7/AAAEAPz//v/4/woA/f///wQA/v/9/wUACAD8//z/+v8CAAMA/v/+/wQA8f8OAAEAAQD7/wQACgD+//j////8/wUA///8/wUAAQAEAPz/+v8IAP7/+P8CAAYA+v/9/wkAAgAEAPr/4P8FABsA/f/5/wkA///5/wgAAAD8/wQA9v/7/w4A+v/9/wkAAAD9/wQAAAD8/wQA/P8DAAEA+P8PAPr//P8GAP7/9v8NAP3/+P8IAAAA+v8CAAQABwD8//z/+/8MAPr/CAD6//7/AAAFAPr/4/8TAAoA+f8IAP///v/6/wgA+/8JAPz//P8FAP//+v8GAAAABQD8/////P8EAAAA/P8GAP7///8FAP3/CAD4/wAABwD6////BgD///r/AADx/w8A///5/wkAAAD6/wcA+//7/woA/P/7/woAAQD8/wQA/f/8/wcA///9/wQAAAD8/wQA+v8OAPf/+f8IAP//BAADAPn/EQD9//P/CAD+//r/DAABAPP/BwD7//7/+v8DAAMA+/8DAAIA+/8KAPz/+/8KAPz//P8EAAAABwD5/wAABQD4/wMAAQD8/wIAAAD8/wQABgD7////BgD+//z/+v8LAPz//v8GAP3//P8RAPT//f8EAAAA//8LAPf//P8AAAMA/P8AAAMABQD+//3/BQD5/wEA7v8OAAQA/f8FAP7/+f8IAAAA///9/wQABgD+//z/9v/5/xIA///5/wkABQD+//3/BQD7////+/8DAAIA//8KAPj/+v8CAAQA+P8JAAAA/P8FAP/////9/wQA///9/wQACAD7//3/+//7/woA+f/+/wkA+v8DAAMA/P8IAP3/DwD8//X//v8EAP7/+/8GAP///f8EAAAA9f8EAAcA/f8GAP3/BgD7////BgD7////CAD4///////8/wUA/v8FAP7//v8FAP7//P/1/w8AAAD8/wQACAD5////CgD2////CwD4//3/CAD4////CAD4/////v/6/wgA/v/9/wUA+v8LAPv/+/8BAAQADQADAPD/+/8JAPz/+/8GAP//+v8EAAIA+/8FAAAA+f8IAP//FAD5//L/CgD3/wAABAABAPv/8f8BAA4AAAD8/wMA+P/9/wsA/P/+/wcA/P/+/wcACwD///f//v8FAPz//v8EAP///P/8/wgAAAD9/wQAAAD9/wQA/f/8/wcA+f8KAP7/BQAKAPH/+//+/wcA///9/wQA//8KAPf//v8IAPr/+v8IAP7/8v8KAAQA+v8MAPr///8GAPr//v8FAP3//P8GAP7////8/wUA/f///wQA8v8FAAgA///8/wUA/P8FAP/////9/wQA+v8JAP3//P8GAP7/CwD+//f/8v8QAP7//f/+/wUABwADAPb/DAD2//7/EwD0//n/+f8DAAQA///9/wQA+/8FAAAA+f8GAAEACwD+//f/BQD8/////P8DAAEA9P8VAPf//f/6/wkA9P8RAPv/AAD7/wUABgD5/wAAAQD7/wQABwANAOz/CwD+//j//v8LAPf////6/wgA+P8GAAIA+P8GAAIABAAIAPX/BAAIAPX/BgD8//7/+P8AAAgACwD5//z/BAAAAP3/BADw/wwA+v///wcA+/8MAPn//f8EAP//AQAJAPb/BwD8//7/+f8DAAQA/P8EAAAA+P/2/xIA+v/2/xAA/f/+/wQA//8OAPP/AgAJAPX/+/8FAAAA/P8MAPj//v8HAPv/AgATAOr/AAAGAPr/DgD6//j/DQD4//z/BgD9//3/+P8IAAAABgD7/////v8EAP//BwABAPj/+P8WAPH/AAAGAPr//P///wUADAD7//n/CAD6//7/CwD///b/BAD9/////v8KAPj//v8KAPj//v8LAPf//P8KAPn/BAAGAPX//P8LAPn/BAD6/wMA///9/wUADgD8//b////6/wcA/P8LAPn/+v/7/wsA/P/9/wcABgD+//z/CAD9//r/AAD8/wQA+v8GAAEA9//8/wwA+P/9/wsABQD///z///8HAPr/+/8HAP//9f8RAPr/+v8JAP7/+f8IAAAA+/8AAAUA+f8IAAAABQD9//7///8FAP3/9/8DAAYA+P8MAPz/DAD5//v/+f8QAPf//v8FAPz/+/8OAPf//f8GAP7/+/8EAAEA/f8FAP7/AAD9/wQA9v8KAAAA/f8FAP7/+P8QAPj/AAD6/wYACAD1/wQA/P8DAAEAAAAHAPr/9/8FAAQA+v8KAPz/BAD8/wEA/P8MAPj/AgAHAPf/BAD+//7/AwD8/wEAAwABAPz/BQD8////9v/4/xIABAD3/wUAAAD8/wQABAD8/////f8RAPL/BAANAO//+P/5/w8A9//5/xAA+/8HAP7/+/8AAAUA+/8AAAUA+v8DAAMA+/8BAAQA+f8AAAgA+f/7/wwAAQAEAPv/9v8EAAYA/v8HAPv/+v8HAAAADADz/wEACwD1/wAA9f8EAAcA9f8EAAcA///5/wgA/v8GAPz/AQAEAPz/9f8JAAIA/f///wQA+/8JAP3/+//4/w0A/P/+/wYA9f8JAAIA+f8IAP///f///wQABQD9//7//v8HAPz///8JAPj/AAD7/wQA/P8GAP7/+P8JAP//BwABAPj/CAD///n//v/7/wcA///6/wcA///8/wQA/v/+/wQAKQD+/9n/BAD+//7/BQD7////CwD7//r/CwD1/wAABwD7//7/AAAEAPz/BQD7/wAA//8GAPv/CQD7//z/9/8HAAIA///7/wYA/f8EAP//AgD5/wUA+v8CAAMA/f8EAP7/7f8XAPz/+P8KAP7//P8HAP3//P8HAP3/AQAHAPj//f8EAAAA+P8HAAEABgD4/wEABQD3/wUA/P8DAAEAAQAEAPz/+P8VAPL//v8FAP3//v8FAP3//v/8/wYA/v/9/wUACQD7//z/DgABAPH///8GAPr/AAD8/wQAAQD3/wgACgD3/wAA/f/7/wkA///8/wUA9/8HAAIA///9/wQABgD7////+//+/wcA//8FAPz/BAD4/wQABgACAPj/AwD5/wQAAAD7/wUABAABAPz/7/8VAPz/8/8OAP///f/y/xEA+//3/w8A+P8GAAIACAD6//7/8//5/xUA+/8IAP3/7//6/xcABADq/xIA///7/wUA+/8AAAUABQD6/wAA9f8MAP//+f8IAP//FgD4//P/+v///wcAAAAGAPr/BAAFAPf/BAAFAPf/+f8IAP//AQAOAPL///8FAPv/9/8IAAEA+P8HAAEA+/8FAAAA/P8IAPz/+P8KAP//+P8JAP///f8FAP7//f/+/wUA///8/wUA8P8SAP///f/5/wkAAAD8/wQA/f8HAP3//v/6/wkA///8/wUA8f8CAA0A/v/9/wUA///9/wQA//8EAP7/+v8KAPz/+v8KAPz/AgD8/wIA+/8EAAEABwD5/wAAAQAEAPz/+/8CAAMA//8EAP3///8EAP3/BAD///3/+f8SAPX//f8IAPz/9P8MAAAABAD9/wAA8/8PAP7/6f8SAAQA//8FAP3///8HAPv//v/9/wUA/P8JAPr/AAD8/wQACgAAAPb/BwD6//7/6f/6/x0A/v/4/woA///9/wQA+/8BAAQAAAAGAPr//v/3/wsA///8/wQAAgD5/wUAAgD5/wUAAAAFAPv/AwAGAPf/AAAFAPz/AwD3/wYA/v/6/wgABwD6////CAD7//3//P/5/wsA///6/wgACAABAPb//v8EAP//DQD7//j/8f8NAAIA+v8LAPv/+P8BAAcA/f/6/wkAAAD6/wYA/f8FAP7/CwAOAOb/BgD3/wMABQD7/////P8FAAAA+P8MAPz/BQD9//7//P8KAPr//P8KAPr/9P8SAPv/BwD+//v/BQD+//3/+P8IAAAA/f8EAP//9f/5/xIA///8/wUA+P///wkA/v/+/wQAAAAEAP3/+P8LAP7/AQAIAPf/AAD9/wQABAAEAPn//f8EAP7/BQD6/wEABwD3/wIA/P8BAAMA+/8GAP//9v8MAP7/+P8IAP//CAD4/wAA+v8DAAMA/v8HAPr/+P8LAPz//v8GAPz/9v8OAPz//P8HAP3/+v8IAP////8EAP3///8FAP3/CQDy/wUA+//4/w4ADwD7//b/+P8MAPz/BgACAPj/BgD///v/AQAIAPf/AQAIAPf/DAD0/wAA/P///wUAAAD7/wUAIQD0/+v/DgD0//7//f8GAP3/DgD///P/BwD6/////f8GAP3///8GAPz//v8GAPz//v8FAP3/AAD6/wYA8v8PAP7//f8FAP7/BgAEAPb//P8GAP7/+P///wkA/v/+/wQA/P8EAAAA/P8EAAAA+v8HAP//+v8HAP//AwD8/wEACQD4/////f8FAP7/DAD5//v/CgD6//z/+P8KAP//+f8GAAEA/v8EAP7//P/z/xIA/f/+/wUA8//7/xIABAD7/wEA+f8JAP7/+f/9/woA8P8JAAcA8/8LAAIABgD7////CgAEAPL/CQAAAPf/9v8QAPr/CAAEAPP/+f/7/wwA/f8GAP7/+/8JAPz/+f8JAP7///8FAPz/BAD4/wQA/v8KAPn/BwADAPb/DwD5//j/DAD+//b/AQALAPT/BQACAPr/BwD8//3/+P8MAPz//P8EAAAA+/8KAPv//P8GAP7/CgD6//v////8/wYAAQD8/wMACQD9//r/CQD0/wMAAAD7/wUA+v8HAP//+v8HAP//9f/+/w0A/P8IAPz/BAD1/wcAAAD5/wcAAAD9/wQA+f8LAPz/+/8MAPn////+/wQA9v8ZAPH//f8FAP7//f8cAOf//v8EAP7/BAACAPr/8/8LAAIA+/8DAAIA+/8DAAIABQD8///////9/wQABQD8/wAAAwD4/wYA9f8LAP//AgD8/wIA/f8GAP3/CAD4////BwD+//v/BwD+//v/4P8+AOL/8/8ZAPT/+/8UAPH/uf/l/2MA2/9AAOX/3/8ZAAgAAwAQAO3/p/9KAA4A0P8gABAA5f8aAAEAyf8VACIA4P/m/zoA2P/w/zgAwf/t/1EA5P/1/ycAEgAxAL3/vv8fACMA5P8aAAIADQD///T/CQDv/wgADADt/wcA/v8GAP3//P8HAPz////6/wcA+//9/wgA+/8JAPz/AwACAPv////9/wQA7f8gAPP//f8GAP7//P8EAAAABgD7////BwD7////BwD5/wAA/v8GAPz//P8FAAAA/f8HAPz//f/9/wYABgD8//7////6/wcABQDy/wkA/P///wYA/P8KAPr///8IAPj/AAD7/wYA/v8JAPr/+f8JAP3/AAD8/wQAAwD7/wIA/P/6/woABAD7/wEA+P8PAPn//P8IAPz//f/7/wcA+/8GAP//AwD8/wEA/v/8/wYA/v/7/wcABgAAAPr/9v/8/w4A/f8EAP//AAD5/wcA//8EAP3////8/wUAGgDo//7/BAD9////9//8/w0A+f8AAAcABQD7/wEAAAAEAP3/+/8HAP7////6/wYA+f/9/woA///x/xAAAAD7/wUA/f8HAPz/+v8LAPv/AAAFAPz/FQASANn/HAACAOL///8MAPX/+v8JAP7/DgDz/////v8JAPj/+v8JAP3/BgD///v/8/8WAPf/8P8LAAYA/f8EAP//+P8HAAAA///9/wQAAAD8/wQA8P8AABAA+//6/wsABQD7/wAA9v8YAPL//P8KAPr/AAD7/wUA+v8IAP7/AAD8/wUArv8eADQA/v/+/wUA9f8MAP///P/9/wcA+//+/wYA/v/+/wQA///6/wYAAAD8/wQA/f8IAPv//P///wUA///0/w0A///7/wYA/f8IAPz/+/8NAPj////9/wQA/f8IAPv/CgD7//z/+f8IAP//8/8IAAUAAgAJAPX///8JAPj/BAAHAPT//f8IAPv/BwD///n/8v/+/xAA8v/+/xAABAD9////AQD6/wUA5/8cAP7/+v8KAPz/BwD9//z//v8FAP3////1/wsA/v/9/wUAyP8GADIA/v/7/wcA+v/9/wkA/f8GAPz////8/wUA/P/7/woAAAD7/wUACgD9//n/DAD7//j/9/8OAPv//v8TAO//EwDy//v/AAAGAPr/AAD7/wYAAADy/w4ADAAEAPD////9/wQACgD3/////P8NAPf/+/8HAP3/9//6/w4A+P8OAPr////1/wwAAAALAPX/+P8GAAEA/P8HAP3//v8KAPj/8f/6/xQABAD9/////f8JAPr//P8BAAMAAAD8/wQA+f8RAPf///8HAPr/AAD5/wcA/f8GAP3/AwD6/wIA+P8JAP//+/8KAPv//f/3/wwABwD///r/BgD7////+/8HAP7/+/8FAAAABAADAPr/+/8QAPX//v8GAP3/CwD6//v/AAD8/wQA/v/+/wUA/v8FAP7//v8MAPb//v/9/wUA//8FAP3/+/8MAPr/+v/8/wsA+f/3/xAA///6/wcA/v/9/wUA/v8FAP3/AgAFAPn/BQD8////+//7/woAAAD8/wQAAAD7/wUAAAD4/wgA/f/8/wYABQAFAPb/+v8IAP7/EQACAO3/BgD8//7//v8FAP7/BwD7//7/9f8HAAQAAQD7/wQA///8/wQA9/8JAAAA/P8GAP3/CQAKAO3//v8EAP7/BQD+//z/AAAEAPz/BQD8/////f8GAP7/AAD7/wUA+v8DAAMABAD+//7/EwDv//7/+//6/wsAAwD7/wEA///7/wYAHwD3/+r//f8FAP7/GADz//X/AAD8/wQAAAAKAPb////9/wQA///9/wQAAQAIAPf/+/8KAPv/9P8VAPb/+/8FAAAA+/8HAP3/8P8UAPv/+P8MAPz/+v/+/wgA//8FAPz//v8EAP7/+/8AAAUAAAD1/wwAAAD3/wkABgD+//3///8LAPX/AwD8/wEA/P8AAAMADQD4//z/FAD2//f/BgD7////8v8fAO///P8GAP7/+/8LAPn//f8EAP//+/8FAAAA///y/w8A///3/woA/P8GAP//CgD5//7//P8EAP/////7/wYA+P8HAAAA///6/wcA/v8HAPv/+f8LAPz//P8BAAMAAAAEAPz//v8EAP7//P8IAPz//f8GAP7/+v8IAP7/AAD7/wYA//8FAPz/AAAFAPv////6/wgA/f8KAPr/+f8IAP7//v8GAPv/AwD6/wMA/P/6/woA///8/wYA/P///wUA/v/3/woA/P/w/xUAAAD7/wUA/P8JAPv//P8IAPz/8f8FAAoA7f///xUA9v/2/xMA+////wYA/v8JAPn//P8JAPv/CAD3/wEABAD3/wUA+/8IAP7/BAD7/wEAEwD6//P/AgD8/wIADAAEAPD////6/wgABAD8/////P8FAP//DQD4//v/AgD8/wIA+/8DAAIA/f8FAP7//P8KAPr/+/8GAP7/BQD///z//v/5/wkABwD9//z/BAAAAPz/BgD8//7/AAAGAPv/DwD4//n/DwD4//n//P8FAP/////8/wUA+//3/w4AAwD4/wUA///9/wQAAAAHAPn/AgACAPz/BAAHAPX/FgDw//r/BAD9////+/8NAPj/+//x/xQACQD+//n///8EAP3/AAAFAPv//f8IAPv/AAD7/wUA/P8JAPz/+v8QAPf//P8EAAAA///4/wkA///4/wkABAD+//7//f8FAP///P/9/wcA/v/5/wgA/v8EAP7/8/8ZAPT//f8EAP7/BQD8////+f/+/wkAAwD3/wYA///6/wcA+f8RAPb///8EAP3////9/wQA/v8EAP3/AAD8/wQAAAD8/wQA/P/1/w8A///2/wwA///4/wkA/f/8/wcAAgAKAPT/AAD6/wYA/v8FAPz/+P8MAPz/+/8XAO3/BAD9/////f8HAP3//v/9/wUA/P/1/w8A7v/r/ycA7v/1/x0A/v/7/wcA+f/6/w4A///9/wQABAD7/wEA/P8EAAAA+P8HAAEA+v8MAPr//f8FAP3/+/8DAAIA///+/wQA+v/+/wgA//8FAPv/CgD7//v/BAD8/wAABAD9/////v8GAPz/BAADAPn/9f/5/xIA+/8EAAAA8v8NAAEA9f8WAPX///8FAPz/+/8HAP7////7/wcA/P8GAP3//f8FAP3////4/wkA/v/+/wQA/P8EAAAA/v/7/wcAAAAGAPr///8QAPL/BAD+//7/+/8JAPv/9/8NAPz/+/8GAP///v8FAP3//P/6/woA+P8VAPP/7f8SAAIABAADAPn/CAD3/wEACgD3////+P8CAAYA9/8BAAgA//8EAP3/CgD5//3/+/8GAP//BgABAPn///8JAPj////4/wkAAwABAPv/7/8NAAQA+v8LAPv/+/8JAPz/BAAAAP3/BgD9//7//P8iAOP//P8OAPX/AAAEAPz//v8FAP3/AAD9/wQA9P/4/xMACAD5//7////+/wQA+//+/wcA/f/+/wQA//8IAPn/8/8AAAwA///6/wcA+/8OAPf/AAD8/wQA+P8AAAgABAABAPv/BAD8/wAA+f8OAPn//f8JAPv/AgACAPz///8EAP3/6//1/yAA+//9/wgA+v8JAPz/+v8KAPz/DAD5//v/AgAEAPv///8FAPz//v/9/wUA/f8KAPn/AQADAPz/+/8AAAUA+/8BAAUA9P8GAAYA/f8GAP3///8EAP3/+v///wcAAAD9/wQABAAAAPz//v8FAP3//P/5/wsA///9/wUA///9/wQA/P8DAAEAAQD1/woABQD9//7////6/wcAAAAFAPz////8/wUA+f8NAPr//f/+/wUA/f/+/wUACAD5/////P8WAO//6v/9/xkA/v8FAP3//P8HAP3//v8EAP7/AAAFAPz////4/wgA/v8HAPv/+f8BAAYABgD5/wEAEgABAO3/AgADAPv/EQD5//f//f8GAP3/BwD7//7/BQD///3///8EAP3/BQD8//7/+v8HAP//AQANAPL//v8EAP7//v8FAP3//P///wUA9f8QAPv//f8FAP7/+v8NAPn//v/+/wQA8f8GAAkA+v8HAP//FAD5//P/LQDs/+f/+P8DAAUA+v8GAP////8EAP3/BwD6//7/+/8HAP7/8v8SAPz/CQAEAPP/+P/1/xMACwD4//7/CwD4//7/BgABAPj///8EAP3/BQD3/wQACAACAPb/DQD8//b/7/8EAA0A+/8HAP7/AQADAPz//v/7/wcA/f/z/xAA/P8GAP7//P8FAP7/+f8LAPz/EQD///D/BgD7////DAD7//r/FgANAN3//f8FAP7/AAAEAPz//v8LAPj//v8JAPn//v8GAPz//v8GAPv/BgD7////CAD4/wAABgACAPj///8EAP3/GgDz//P/BAD9/////f8EAP/////8/wUAAAD9/wQA///5/wgAAAD9/wQA/f/7/wgA/f/+/wUADQD+//b/+v8TAPP/GwDo//3/AwD7/wIABwD7//7/DAD///X/BgD8//7/9P8KAAIA/P8GAP7/CQAAAPf//P8GAP7//v/4/wkA+v8KAPz/+P///wkA/P8FAAAAAAADAPz/AAAGAPr//f8LAPn/+f8MAPv/+v8MAPr////9/wQACQD6//3/9f8EAAcA/P/7/wkA+v8PAPf//P8FAP///P8GAP7/AQAGAPn/BAAOAO7/BgD///v/CgD3/////v8IAPn/EAD1//v/DAD1////BQD8/wAAAgD7/wMA+v8ZAO3///8EAP7///8EAP7//P/y/xIA///4/wgA9P8UAPj/+/8IAP3/+f8BAAYABQD1/wYA+/8IAP3//f8HAPz/+/8EAAEAAwD4/wUA///5/wgA/f8HAPz/EwD7//L/BQARAOr/AwACAPz/AgDy/wwA/v8PAPP/DQD7//j//f/6/wkA/f/6/wkA+/8HAP7/AAD8/wQA/f/9/wYA//8OAPP/+/8AAAUA+/8LAPv//f/+/wUACwD7//r////6/wcA/v/9/wUACAD+//r/AwAEAPn//f8FAP7////2/wsAAgD5/wUA/f///wQAAQAEAPz//v8EAP3/BAD+//7/EADy//7/CgD7//z/BAD6/wEA/v8EAP7/+f8CAAUA9f8TAPn/BgD6/wEAAAD8/wQABQD8//////8HAPv//v/8/wYA//8FAPz/9f/5/xIA/P8AAAQAIwD//97/BgD///v///8EAP3//f8GAP3//P8FAP//EwDz//r/+P8BAAcA/f/8/wcA+f8CAAUA/f/5/wkA+/8PAPb/AwD3/wcA/P///wUA+P/5/w8A///8/wUA/f8IAPv/BgD3/wMA6P/s/ywA/f/9/wYABQD5/wIA/f8EAP7/6//6/xsA9P/9/w8A+/8HAP7//P/+/wUA/f/1/w8A///y/w4ABwD9//z//v/8/wYABAD///3/BgABAPn/BAD4/wQA9/8OAPv/9f/7/w8AAAAGAPv//P8EAAAABAD5/wMA9/8RAPn///8HAPr////6/wcA9f/7/xAA9v8BAAkABAD+//7//f///wQA/v8JAPn////8/wUABAD2/wYACQD9//r/FADz//n/BgD7////DAD2//7//P8FAP//CAD+//r////2/wsABwD+//v/BgD9//3/+P8BAAgAFQD0//f/AAD6/wYACQDz/wQAAgDx/w0A/v/9/wUAFQD3//T/AgD6/wUA///7/wUA+v8MAPn//f8EAP//CgABAPX//P8IAPz/BwD7///////7/wYAEQDz//v//v8HAPv/GwD0//H////0/w0AAAARAO////8GAPv////9/wQAAAD6/wYAAAD7/wUA/P8HAPz/+f/9/wkABAD///3/BAAGAPb/AAD8/wMAAAD7/wUA/v8HAPv//P/7/wkA/v/8/wYABwD4/wAA7v/e/zQA///3/woABgAHAPP/+P8IAAAA+v8GAAAA///2/woAAAD5/wcABAAAAPz/8/8pAOT/+P8PAPj/+/8JAPz/BAD+//7//f8GAPz/+/8FAAAA/v/7/wcA//8FAPz/AgAJAPb//P8JAPv/CwD1/wAAAAAEAPz/AwD5/wUA/P8DAAEA/f///wQA//8HAPr/5f8BABoA+f8PAPj/+P///wkAAwACAPv//P8JAPv////4/wgA9//1/xQABAACAPr/AwAEAPr//f/3/wwA/f/8/wcAAwD6/wMA/f/+/wUA/f8FAP7/+/8HAP7/+/8KAPr//P/1/w8AAAD5/wcA9f8GAAUA//8EAP3/BgD4/wIAAAD7/wUA///5/wgABwD5/wAA+P8BAAcA/P8JAPz//v8FAP3/AAAFAPv/+//4/w0AAwD7/wIA/v/4/woAAAD4/wgAAQD7/wQA9v8AAAoAAgACAPz///8FAPz/+//8/wkAAAD8/wQA///6/wcAAAAEAPz//f8EAP//CgD5//3//f8IAPr/AgD3/wgA/v/9/wQA/P8BAAIAAQD8/wMA/v/+/wQAAQD5/wYA///7/wYABQD9//7////6/wcAAgAEAPr/BAAJAPP/9f/2/xYABAAAAPz/9v/8/w4A+P8UAPT/+f8JAP//AAALAPX///8KAPf//f/1/w4A/v/4/woA+v/4/w4AAAD8/wUAAAD7/wUA///y/w8AAAD8/wQA+/8GAP//8v8QAP7/+/8IAP3//P/5/wsA+f/5/w4A/P/7/wkA9v8OAPz/9/8OAPv/BwD6////8v/3/xcAAAD8/wQA+P8KAP7////8/wQA///8/wQA8v8WAPf/BwD3/wIADAD2//7/DAD8//j/BgD9//3//f///wQABADz/woAAAD7/wUA+f/8/wsA/v/2/wsA///4/wkA9/8LAP7/+P8aAO7/BAD///3////3/woA+f8NAPn/+/8AAAUA+v/5/w0A/P8AAAQA/f/+/wUA/f8IAPv/+v/2/w8A+P8QAPj/AwAGAPf/BwD7//7/+f8KAP3//f8EAP//+v8IAP7/BwAGAPT//P8KAPr/CAD6//3//P8JAPv//P8KAPr/8f/8/xMA8f/3/xgABwD8//3///8FAPz//v/5/wkAAAAEAPz/AAD7/wUABAD9////BgD+//v/+P8BAAYA8v///w8A/P/+/wUA///6/wcACAD+//r/+v8FAAEACgD+//j/AgD7/wMA+/8GAP///f8EAP//+P///wkA///9/wQAAADz/w0A//8HAPr//f8JAPr//v8FAPz/GwDt//j///8KAPf//f///wQA///6/wcA/v8FAP3/+f8TAPP///8HAPr//v8EAP7/9/8OAPv/7/8NAAQACQD5//3/AAD8/wQA/v8RAPH/AgAFAPn///8HAPr/+v8RAPX//P8IAP3//f/+/wYA//8EAPz/+/8FAAAA9v8IAAIA/v8EAP7/8/8AAA4ABQD4/wMADQD5//r/DQD3//3//P8VAPD//f8HAPz/+v/7/woA+v/9/wkA+f8LAPv/+v8MAPr/CwAQAOX/CgAAAPf/7/8eAPP/9v8PAPv//v8EAP3//P8IAPv//v8EAP7//v8EAP7/BwD6/////P8KAPr/CgD2////BQD7/wAAAwAHAPb////z/w4A///6/wcA//8EAP3//v/4/wkA9P8SAPr//f/0/w8A///8/wQABgAFAPT/CwD4//3/BAD6/wEACQD///j/AwAFAPj//v8GAPz/BwD6////BwD6////BQD5/wIA///9/wUABAD7/wEA/P8GAP7//v/9/wUAAgACAPz///8EAP3/7/8UAP3/9P///w0AAwD7/wIAAwD7/wIABQD2/wUACAD6//7/6P8yAOb/+/8IAP3/8v/5/xUA///9/wQACQD3/wAA+/8HAP7//v8HAPv/9v8IAAIAAAD7/wUA8/8VAPf//P8HAP7/AwADAPr//f/5/woACAACAPb////8/wUA9v8IAAIA/P8EAP//AAAHAPn/AAD0/wwA///6/wcABAD5/wIABQD+//3/CgD1/wAA/P/6/woA//8HAPr//P8GAP3/+v/6/wwABAD9////BQD///z/9//8/w0AAAD7/wUA9v/x/xkAAgAEAPv/8P8NAAQABAD+//7/AAAGAPv/AAD7/wUA+P8FAAIA/v/9/wQA/v8HAPv////6/wcAAQD8/wMABwD6////BwD6////+/8HAP7//P/8/wgA/f8GAP3/DgAhAND/AAD7/wUAAAAFAPv/DAAIAOz////7/wcA//8GAPv/CwD3//7//f8FAP7//f8EAP///f8JAPr/DAAGAO////8EAP3/BAAdAN//9v8BAAoA/v8HAPv/AAD7/wUA8v8AAA4A/v/+/wQAAwD6/wIA/v8IAPr/BAD+//7/+/8FAP//CQD5//7/+f8BAAYA/P/+/wcA+P8KAP7//f///wQA9v/8/w8ACgD8//r//P8BAAMAAwABAPz//v8FAP3//f/8/wcA/v8RAPH/BQD8///////2/wsAAQADAPz//P8AAAMACgD3/////v8FAP3/+f8FAAIA+/8DAAMAAgAEAPr///8IAPn/CQD5//7///8GAPv////4/wgACgD7//v//v8IAPr///8HAPr/DwABAPD/BQD9//7//f/8/wcA+f/8/wsAAAAEAPz/AAD7/wUAAwD0/wkACgD7//z//f8FAP7/+/8JAPz/AAAEAPz/+f/+/wkAAAD7/wQA/v8EAP///P8FAP//CAD8//3//f8GAP3/BAD+////+f/9/wsA9v8NAP3////+/wQA/v8HAPv//f8HAPv//v/5/wkAAAD7/wUA+P8LAP3/+/8BAAQA+/8JAPz/+/8QAPX/BwD///r/+/8JAPv/AwAFAPj/+/8DAAIA/f8GAP3/9f8GAAUA+/8CAAMA+f/+/wkA//8HAPr//P///wUAAAD7/wUA8f8IAAYA/f8FAP7/+P8AAAgAAQD8/wMABQD3/wQAAgD4/wYA/v8LAPf/AwAMAPH//P8MAPj/9/8MAP7/8/8HAAYAAAAMAPT/AAD8/wQADwD4//n/+v8KAPz/+/8FAAAA/v8EAP7/DQDk/w8AFwDn/wMA9v8CAAgA9f/8/w8A///6/wcA/v/+/wUA/v/6/wkA/P///wUA5f8pAPL/BwD5/wAA/P/+/wYABwAAAPn//P8GAP7//f8MAPj/+v/5/w0ABgD7/////f/2/w0ABwD///v/CAD8//z/CgD3////AAD4/wgADAD8//n/+/8IAP3/AAAGAPr/+/8FAP//AgD6/wQA9/8QAPn//f8EAP//9P8QAPz////6/wgA/v/9/wUA8/8HAAYA/v8FAP3/BwD5/wAABAABAPv/FQDv//z/FADw//z/AQD6/wUA/v8JAPn//P/+/wYA/P8OAPb//P8UAPD//v/6/wgA7//r/yUA/f8EAP//+/8GAP//AAD5/wcAEQD+//H/BgADAPf////1/wwA9f8RAPr/AAD9/wQAAAAEAPz///8GAPv/9/8QAPn//P8IAPz/+v8FAAEABQD9////BQD9////FQD+/+7/AAD7/wUAAQD5/wYA+/8KAPv//f8IAPz//P8FAP//+//+/wgABQAIAPP/BQADAPj/AAD8/wQAAgD6/wMA/f8IAPz//P/8/wkA9//6/w8A+f/3/xAA+f/9/wkABQD9//7/BAADAPn////4/wgA/v8GAPz/BAD+//3//v/4/woAAQD1/woAAwD7/wIA9f/7/xAAAwAEAPn/BgD1/wUA+v/6/wsA/P8CAAIABAD9//////8GAPv/LADi//L/DAD7//j/CwD4//3/DQD4//r/DAD6//r/4v8rAPP/9v8OAPz//P8FAP///f8EAAAA+f8MAPv/BQD9//3/BAAEAPj/7v8QAAIA+v8DAAMA+f/+/wkAAAD8/wQACwD4//3/+/8MAPn/6v8BABUABgD7////BwD+//z/+v8LAPr//v8GAPz//P8FAP/////6/wcA+v8MAPr/+f8KAP3//v/8/wcA8/8CAAsA9/8BAAcA8f8fAO//AAD7/wQA///3/woAAAD6/wYAAgAHAPf/BAAHAPb/+/8CAAMA9v8PAPv//v/7/wcABQD+//3/DwD4//n/BAAEAPj//v8FAP3/AAD8/wQA/P/9/wcAhwCx/8f/";

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
