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
function parseAtoms(words2) {
  return words2.split("-").join(" ").split(" ").filter(Boolean).map((w) => {
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
function longer(best, entry, doc, i) {
  if (entry.anchored && !doc.sentenceStart[i]) return best;
  const r = matchFrom(doc.tokens, entry.parts, 0, i);
  return r > best ? r : best;
}
function findAll(m, doc) {
  const out = [];
  const { tokens, text } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? "";
    let best = m.words.has(tok) || m.wordStems.some((stem) => tok.startsWith(stem)) ? i + 1 : -1;
    const exact = m.exact.get(tok);
    if (exact) for (const entry of exact) best = longer(best, entry, doc, i);
    for (const entry of m.numeric) best = longer(best, entry, doc, i);
    const stems = m.stems.get(tok[0] ?? "");
    if (stems) {
      for (const s2 of stems) if (tok.startsWith(s2.stem)) best = longer(best, s2.entry, doc, i);
    }
    if (best < 0) continue;
    if (m.unlessAfterEn.size > 0 && [tokens[i - 1], tokens[i - 2]].some((b) => b !== void 0 && m.unlessAfterEn.has(b))) continue;
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

// src/classify/features.ts
function normalWord(tok) {
  if (tok.length > 4 && tok.endsWith("ies")) return `${tok.slice(0, -3)}y`;
  if (tok.length > 3 && tok.endsWith("s") && !tok.endsWith("ss") && !tok.endsWith("us") && !tok.endsWith("'s")) return tok.slice(0, -1);
  return tok;
}
function addWords(tokens, out) {
  let prev = "";
  for (const tok of tokens) {
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
  for (const ch of prose) {
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
  for (const s of a.signals) out.set(`s:${s.id}`, (out.get(`s:${s.id}`) ?? 0) + s.weight);
  addWords(a.tokens, out);
  addChinese(a.prose, out);
  out.set("x:bias", 1);
  return out;
}

// src/classify/weights.generated.ts
var FEATURE_NAMES = "c:\u4E00\nc:\u4E00\u4E0B\nc:\u4E00\u4E2A\nc:\u4E00\u6210\nc:\u4E00\u6BB5\nc:\u4E00\u76F4\nc:\u4E00\u81F4\nc:\u4E00\u8D77\nc:\u4E07\nc:\u4E09\nc:\u4E09\u4E2A\nc:\u4E09\u65B9\nc:\u4E0A\nc:\u4E0A\u4E00\nc:\u4E0A\u4F20\nc:\u4E0A\u5931\nc:\u4E0A\u6D4B\nc:\u4E0A\u7EBF\nc:\u4E0B\nc:\u4E0B\u5355\nc:\u4E0B\u6B21\nc:\u4E0D\nc:\u4E0D\u505C\nc:\u4E0D\u53D8\nc:\u4E0D\u540C\nc:\u4E0D\u662F\nc:\u4E0D\u7528\nc:\u4E0D\u80FD\nc:\u4E0D\u8981\nc:\u4E14\nc:\u4E22\nc:\u4E24\nc:\u4E24\u4E2A\nc:\u4E24\u904D\nc:\u4E2A\nc:\u4E2A\u4EBA\nc:\u4E2A\u524D\nc:\u4E2A\u5DF2\nc:\u4E2A\u63A5\nc:\u4E2A\u6587\nc:\u4E2A\u670D\nc:\u4E2A\u6D4B\nc:\u4E2A\u7248\nc:\u4E2A\u7EC4\nc:\u4E2A\u8DEF\nc:\u4E2A\u9519\nc:\u4E2A\u9636\nc:\u4E2A\u9875\nc:\u4E2D\nc:\u4E2D\u5FC3\nc:\u4E2D\u82F1\nc:\u4E3A\nc:\u4E3A\u4E0D\nc:\u4E3B\nc:\u4E48\nc:\u4E48\u4E0D\nc:\u4E48\u505A\nc:\u4E49\nc:\u4E49\u4E2D\nc:\u4E4B\nc:\u4E4B\u540E\nc:\u4E4B\u95F4\nc:\u4E5F\nc:\u4E5F\u8981\nc:\u4E71\nc:\u4E71\u7801\nc:\u4E86\nc:\u4E86\u89E3\nc:\u4E8B\nc:\u4E8B\u4EF6\nc:\u4E8B\u52A1\nc:\u4E8E\nc:\u4E92\nc:\u4E9B\nc:\u4EA4\nc:\u4EBA\nc:\u4EC0\nc:\u4EC0\u4E48\nc:\u4ECE\nc:\u4ED6\nc:\u4ED8\nc:\u4ED8\u56DE\nc:\u4EE3\nc:\u4EE3\u7801\nc:\u4EE4\nc:\u4EE4\u52A0\nc:\u4EE5\nc:\u4EEC\nc:\u4EEC\u8981\nc:\u4EF6\nc:\u4EF6\u5B58\nc:\u4EF6\u5E93\nc:\u4EF6\u6539\nc:\u4EF6\u663E\nc:\u4EF6\u6A21\nc:\u4EF6\u6D4B\nc:\u4EF6\u91CC\nc:\u4EFD\nc:\u4F18\nc:\u4F1A\nc:\u4F1A\u53D1\nc:\u4F20\nc:\u4F46\nc:\u4F46\u4E0D\nc:\u4F4D\nc:\u4F4F\nc:\u4F53\nc:\u4F53\u7CFB\nc:\u4F60\nc:\u4F7F\nc:\u4F7F\u7528\nc:\u4F8B\nc:\u4F9B\nc:\u4F9D\nc:\u4F9D\u8D56\nc:\u4FA7\nc:\u4FA7\u8FB9\nc:\u4FDD\nc:\u4FDD\u5B58\nc:\u4FDD\u6301\nc:\u4FE1\nc:\u4FE1\u606F\nc:\u4FEE\nc:\u4FEE\u4E00\nc:\u4FEE\u4E86\nc:\u4FEE\u590D\nc:\u4FEE\u6539\nc:\u5019\nc:\u503C\nc:\u505A\nc:\u505A\u56FD\nc:\u505C\nc:\u505C\u670D\nc:\u5065\nc:\u5065\u5EB7\nc:\u5076\nc:\u5076\u5C14\nc:\u50A8\nc:\u50A8\u7528\nc:\u5143\nc:\u5143\u6D4B\nc:\u5148\nc:\u5148\u4E86\nc:\u5149\nc:\u5149\u6807\nc:\u5165\nc:\u5168\nc:\u5168\u90E8\nc:\u5171\nc:\u5173\nc:\u5176\nc:\u5176\u4ED6\nc:\u5177\nc:\u5177\u51FD\nc:\u517C\nc:\u517C\u5BB9\nc:\u5185\nc:\u5185\u5B58\nc:\u518C\nc:\u518D\nc:\u5199\nc:\u5199\u5355\nc:\u5199\u6B7B\nc:\u5199\u6D4B\nc:\u51B2\nc:\u51B2\u7A81\nc:\u51B3\nc:\u51B5\nc:\u51CF\nc:\u51E0\nc:\u51E0\u4E2A\nc:\u51FA\nc:\u51FA\u6765\nc:\u51FA\u683C\nc:\u51FD\nc:\u51FD\u6570\nc:\u5206\nc:\u5206\u5E03\nc:\u5206\u8868\nc:\u5206\u9000\nc:\u5206\u949F\nc:\u5206\u9875\nc:\u5207\nc:\u5207\u6362\nc:\u5212\nc:\u5217\nc:\u5217\u51FA\nc:\u5217\u8868\nc:\u521A\nc:\u5220\nc:\u5220\u6389\nc:\u5220\u9664\nc:\u522B\nc:\u522B\u5B57\nc:\u5230\nc:\u5230\u4E86\nc:\u5236\nc:\u5237\nc:\u524D\nc:\u524D\u540E\nc:\u524D\u7AEF\nc:\u529B\nc:\u529F\nc:\u529F\u80FD\nc:\u52A0\nc:\u52A0\u4E00\nc:\u52A0\u4E0A\nc:\u52A0\u4E2A\nc:\u52A0\u5BA1\nc:\u52A0\u5BC6\nc:\u52A0\u7684\nc:\u52A0\u7C7B\nc:\u52A1\nc:\u52A1\u4E0D\nc:\u52A1\u4E4B\nc:\u52A1\u6709\nc:\u52A8\nc:\u52A8\u65F6\nc:\u52A8\u7AEF\nc:\u5305\nc:\u5305\u62EC\nc:\u5316\nc:\u533A\nc:\u533A\u5206\nc:\u5347\nc:\u5347\u7EA7\nc:\u534F\nc:\u5355\nc:\u5355\u5143\nc:\u5355\u6D4B\nc:\u5355\u70B9\nc:\u5355\u72B6\nc:\u5355\u7684\nc:\u5355\u91CC\nc:\u539F\nc:\u539F\u56E0\nc:\u539F\u6765\nc:\u539F\u751F\nc:\u53C2\nc:\u53C2\u6570\nc:\u53CA\nc:\u53CC\nc:\u53D1\nc:\u53D1\u7684\nc:\u53D1\u7968\nc:\u53D1\u9001\nc:\u53D1\u95EE\nc:\u53D6\nc:\u53D6\u6D88\nc:\u53D8\nc:\u53D8\u91CF\nc:\u53E0\nc:\u53E3\nc:\u53E3\u548C\nc:\u53E3\u73B0\nc:\u53E3\u8FD4\nc:\u53E3\u90FD\nc:\u53EA\nc:\u53EA\u8FFD\nc:\u53EF\nc:\u53EF\u4EE5\nc:\u53EF\u914D\nc:\u53F7\nc:\u53F7\u548C\nc:\u5404\nc:\u5404\u4E2A\nc:\u5404\u81EA\nc:\u540C\nc:\u540C\u4E00\nc:\u540C\u65F6\nc:\u540C\u6B65\nc:\u540D\nc:\u540E\nc:\u540E\u4E00\nc:\u540E\u7684\nc:\u540E\u7AEF\nc:\u542F\nc:\u542F\u52A8\nc:\u547D\nc:\u547D\u4EE4\nc:\u547D\u540D\nc:\u548C\nc:\u548C\u4E00\nc:\u548C\u591A\nc:\u548C\u65F6\nc:\u548C\u6D4B\nc:\u548C\u73B0\nc:\u548C\u884C\nc:\u54C1\nc:\u54C1\u5217\nc:\u54CD\nc:\u54CD\u5E94\nc:\u54EA\nc:\u54EA\u4E2A\nc:\u54EA\u4E9B\nc:\u54EA\u91CC\nc:\u5546\nc:\u5546\u54C1\nc:\u5668\nc:\u56DB\nc:\u56DE\nc:\u56DE\u4E86\nc:\u56DE\u586B\nc:\u56DE\u6EDA\nc:\u56DE\u7A7A\nc:\u56DE\u8C03\nc:\u56E0\nc:\u56E2\nc:\u56E2\u961F\nc:\u56FD\nc:\u56FD\u5BB6\nc:\u56FD\u9645\nc:\u56FE\nc:\u56FE\u7247\nc:\u5728\nc:\u5728\u4E00\nc:\u5728\u7684\nc:\u5728\u7EBF\nc:\u5730\nc:\u5730\u5740\nc:\u5740\nc:\u5757\nc:\u578B\nc:\u57FA\nc:\u57FA\u4E8E\nc:\u5883\nc:\u5883\u53D8\nc:\u589E\nc:\u5904\nc:\u5904\u7406\nc:\u590D\nc:\u590D\u7528\nc:\u591A\nc:\u591A\u4E2A\nc:\u591A\u4EBA\nc:\u591A\u5E01\nc:\u591A\u884C\nc:\u5927\nc:\u5927\u6982\nc:\u5927\u91CF\nc:\u5929\nc:\u592A\nc:\u5931\nc:\u5931\u8D25\nc:\u5934\nc:\u5957\nc:\u5957\u9910\nc:\u597D\nc:\u597D\u7684\nc:\u5B50\nc:\u5B57\nc:\u5B57\u6BB5\nc:\u5B58\nc:\u5B58\u4E00\nc:\u5B58\u50A8\nc:\u5B58\u5230\nc:\u5B58\u5728\nc:\u5B58\u91CF\nc:\u5B8C\nc:\u5B9A\nc:\u5B9A\u4E49\nc:\u5B9A\u65F6\nc:\u5B9E\nc:\u5B9E\u65F6\nc:\u5B9E\u73B0\nc:\u5BA1\u6279\nc:\u5BA1\u8BA1\nc:\u5BA2\nc:\u5BA2\u6237\nc:\u5BB6\nc:\u5BB9\nc:\u5BBD\nc:\u5BC6\nc:\u5BC6\u5B58\nc:\u5BC6\u7801\nc:\u5BF9\nc:\u5C0F\nc:\u5C0F\u5DE5\nc:\u5C0F\u65F6\nc:\u5C11\nc:\u5C14\nc:\u5C14\u4F1A\nc:\u5C31\nc:\u5C31\u62A5\nc:\u5C42\nc:\u5D4C\nc:\u5D4C\u5957\nc:\u5DE5\nc:\u5DE5\u5177\nc:\u5DEE\nc:\u5DF2\nc:\u5DF2\u53D1\nc:\u5DF2\u7ECF\nc:\u5E01\nc:\u5E01\u79CD\nc:\u5E03\nc:\u5E03\u5F0F\nc:\u5E26\nc:\u5E26\u4E0A\nc:\u5E2E\nc:\u5E2E\u5FD9\nc:\u5E2E\u6211\nc:\u5E38\nc:\u5E42\nc:\u5E42\u7B49\nc:\u5E76\nc:\u5E76\u4E14\nc:\u5E76\u4FEE\nc:\u5E76\u53D1\nc:\u5E76\u5B9E\nc:\u5E76\u884C\nc:\u5E8F\nc:\u5E93\nc:\u5E93\u548C\nc:\u5E93\u5B58\nc:\u5E93\u91CC\nc:\u5E94\nc:\u5E94\u8BE5\nc:\u5E95\nc:\u5EA6\nc:\u5EB7\nc:\u5EB7\u68C0\nc:\u5EFA\nc:\u5EFA\u65F6\nc:\u5F00\nc:\u5F02\nc:\u5F02\u6B65\nc:\u5F0F\nc:\u5F0F\u4E8B\nc:\u5F0F\u5316\nc:\u5F15\nc:\u5F15\u64CE\nc:\u5F39\nc:\u5F55\nc:\u5F55\u540E\nc:\u5F55\u9875\nc:\u5F71\nc:\u5FAE\nc:\u5FAE\u4FE1\nc:\u5FAE\u670D\nc:\u5FC3\nc:\u5FD7\nc:\u5FD7\u9875\nc:\u5FD9\nc:\u5FD9\u770B\nc:\u6001\nc:\u6001\u8981\nc:\u600E\nc:\u600E\u4E48\nc:\u601D\nc:\u6027\nc:\u606F\nc:\u60C5\nc:\u60C5\u51B5\nc:\u60C5\u9875\nc:\u60F3\nc:\u610F\nc:\u610F\u601D\nc:\u6162\nc:\u6210\nc:\u6210\u4E00\nc:\u6210\u51E0\nc:\u6210\u529F\nc:\u6210\u5FAE\nc:\u6211\nc:\u6211\u4EEC\nc:\u6211\u628A\nc:\u6211\u770B\nc:\u6237\nc:\u6237\u4F1A\nc:\u6237\u5217\nc:\u6240\nc:\u6240\u6709\nc:\u624B\nc:\u624D\nc:\u6253\nc:\u6253\u5F00\nc:\u6263\nc:\u6263\u6B3E\nc:\u626B\nc:\u6279\nc:\u627E\nc:\u628A\nc:\u628A\u8FD9\nc:\u6296\nc:\u6298\nc:\u62A5\nc:\u62A5\u8868\nc:\u62A5\u8FD9\nc:\u62BD\nc:\u62BD\u6210\nc:\u62C6\nc:\u62C6\u6210\nc:\u62D6\nc:\u62D6\u62FD\nc:\u62E9\nc:\u62E9\u5668\nc:\u62EC\nc:\u62FC\nc:\u62FD\nc:\u62FF\nc:\u62FF\u5230\nc:\u6301\nc:\u6301\u4E00\nc:\u6301\u4E2D\nc:\u6301\u79BB\nc:\u6302\nc:\u6302\u4E86\nc:\u6307\nc:\u6307\u6570\nc:\u6309\nc:\u6309\u56FD\nc:\u6309\u6BD4\nc:\u6309\u7528\nc:\u6309\u94AE\nc:\u6362\nc:\u6362\u6210\nc:\u636E\nc:\u636E\u5E93\nc:\u6389\nc:\u6392\nc:\u6392\u5E8F\nc:\u63A5\nc:\u63A5\u5165\nc:\u63A5\u53E3\nc:\u63A7\nc:\u63A8\nc:\u63D0\nc:\u63D0\u4EA4\nc:\u63D0\u4F9B\nc:\u63D0\u793A\nc:\u641C\nc:\u641C\u7D22\nc:\u64CE\nc:\u652F\nc:\u652F\u4ED8\nc:\u652F\u6301\nc:\u6539\nc:\u6539\u4E00\nc:\u6539\u4E3A\nc:\u6539\u5B8C\nc:\u6539\u6210\nc:\u6539\u7528\nc:\u653E\nc:\u6548\nc:\u6570\nc:\u6570\u4ECE\nc:\u6570\u636E\nc:\u6570\u7EC4\nc:\u6570\u9000\nc:\u6574\nc:\u6574\u4E2A\nc:\u6574\u4F53\nc:\u6587\nc:\u6587\u4EF6\nc:\u6587\u7AE0\nc:\u65B0\nc:\u65B0\u7684\nc:\u65B9\nc:\u65B9\u5404\nc:\u65B9\u6848\nc:\u65E0\nc:\u65E5\u5FD7\nc:\u65E5\u671F\nc:\u65E7\nc:\u65F6\nc:\u65F6\u5019\nc:\u65F6\u533A\nc:\u65F6\u53D1\nc:\u65F6\u95F4\nc:\u662F\nc:\u662F\u600E\nc:\u663E\nc:\u663E\u793A\nc:\u66F4\nc:\u66F4\u65B0\nc:\u6700\nc:\u6700\u591A\nc:\u6709\nc:\u6709\u4E9B\nc:\u6709\u4EC0\nc:\u6709\u5927\nc:\u6709\u5E76\nc:\u6709\u6D4B\nc:\u6709\u7684\nc:\u670D\nc:\u670D\u52A1\nc:\u671F\nc:\u671F\u65F6\nc:\u671F\u683C\nc:\u671F\u95F4\nc:\u672C\nc:\u672C\u53F7\nc:\u672C\u5730\nc:\u673A\nc:\u6740\nc:\u6743\nc:\u6743\u9650\nc:\u6761\nc:\u6761\u4EF6\nc:\u6765\nc:\u6765\u7684\nc:\u677F\nc:\u6784\nc:\u6784\u4E00\nc:\u6790\nc:\u679C\nc:\u67E5\nc:\u67E5\u4E00\nc:\u67E5\u63A5\nc:\u67E5\u6570\nc:\u6807\nc:\u680F\nc:\u6821\nc:\u6821\u9A8C\nc:\u683C\nc:\u683C\u5F0F\nc:\u6846\nc:\u6848\nc:\u68C0\nc:\u68C0\u67E5\nc:\u695A\nc:\u695A\u7684\nc:\u6982\nc:\u6A21\nc:\u6A21\u5757\nc:\u6A21\u578B\nc:\u6A21\u677F\nc:\u6B21\nc:\u6B21\u767B\nc:\u6B3E\nc:\u6B63\nc:\u6B65\nc:\u6B7B\nc:\u6BB5\nc:\u6BB5\u65F6\nc:\u6BCF\nc:\u6BCF\u4E2A\nc:\u6BD4\nc:\u6BD4\u4F8B\nc:\u6BD4\u8F83\nc:\u6C42\nc:\u6CA1\nc:\u6CA1\u6709\nc:\u6CD5\nc:\u6CE8\nc:\u6CE8\u5165\nc:\u6CE8\u518C\nc:\u6CE8\u91CA\nc:\u6D3B\nc:\u6D41\nc:\u6D41\u7A0B\nc:\u6D41\u91CF\nc:\u6D4B\nc:\u6D4B\u8BD5\nc:\u6D88\nc:\u6D88\u606F\nc:\u6D89\nc:\u6D89\u53CA\nc:\u6DA8\nc:\u6E05\nc:\u6E05\u695A\nc:\u6E05\u7406\nc:\u6EAF\nc:\u6EDA\nc:\u6EDA\u52A8\nc:\u6EE4\nc:\u6EE4\u6389\nc:\u70B9\nc:\u70B9\u767B\nc:\u7247\nc:\u7248\nc:\u7248\u672C\nc:\u7269\nc:\u72B6\nc:\u72B6\u6001\nc:\u73AF\nc:\u73AF\u5883\nc:\u73B0\nc:\u73B0\u5728\nc:\u73B0\u6709\nc:\u7406\nc:\u751F\nc:\u7528\nc:\u7528\u4E86\nc:\u7528\u4F8B\nc:\u7528\u5230\nc:\u7528\u6237\nc:\u7528\u73B0\nc:\u7528\u7684\nc:\u7531\nc:\u7565\nc:\u7565\u56FE\nc:\u767B\nc:\u767B\u5F55\nc:\u767D\nc:\u7684\nc:\u7684\u4E09\nc:\u7684\u4FEE\nc:\u7684\u5B57\nc:\u7684\u5C0F\nc:\u7684\u60C5\nc:\u7684\u63A5\nc:\u7684\u65F6\nc:\u7684\u6743\nc:\u7684\u6D4B\nc:\u7684\u7528\nc:\u7684\u8001\nc:\u7684\u8868\nc:\u7684\u9519\nc:\u7684\u9875\nc:\u76D6\nc:\u76EE\nc:\u76EE\u524D\nc:\u76EE\u5F55\nc:\u76EE\u7684\nc:\u76F4\nc:\u76F8\nc:\u76F8\u5173\nc:\u770B\nc:\u771F\nc:\u771F\u6B63\nc:\u77E5\nc:\u77ED\nc:\u7801\nc:\u786E\nc:\u786E\u8BA4\nc:\u793A\nc:\u7968\nc:\u7981\nc:\u7981\u7528\nc:\u79BB\nc:\u79BB\u7EBF\nc:\u79CD\nc:\u79CD\u60C5\nc:\u79D2\nc:\u79FB\nc:\u79FB\u52A8\nc:\u79FB\u671F\nc:\u79FB\u811A\nc:\u7A0B\nc:\u7A0B\u548C\nc:\u7A0E\nc:\u7A7A\nc:\u7A81\nc:\u7A97\nc:\u7AD9\nc:\u7AE0\nc:\u7AEF\nc:\u7AEF\u52A0\nc:\u7AEF\u63D0\nc:\u7AEF\u7528\nc:\u7AEF\u7684\nc:\u7AEF\u90FD\nc:\u7B2C\nc:\u7B2C\u4E09\nc:\u7B49\nc:\u7B49\u952E\nc:\u7B7E\nc:\u7B80\nc:\u7B80\u5355\nc:\u7B97\nc:\u7BB1\nc:\u7C7B\nc:\u7C7B\u578B\nc:\u7CFB\nc:\u7CFB\u7EDF\nc:\u7D22\nc:\u7D22\u5F15\nc:\u7EA7\nc:\u7EA7\u5230\nc:\u7EBF\nc:\u7EBF\u4F7F\nc:\u7EBF\u671F\nc:\u7EBF\u72B6\nc:\u7EC4\nc:\u7EC4\u4EF6\nc:\u7ECF\nc:\u7ED3\nc:\u7ED9\nc:\u7EDF\u4E00\nc:\u7EED\nc:\u7F13\nc:\u7F13\u5B58\nc:\u7F16\nc:\u7F16\u8F91\nc:\u7F29\nc:\u7F29\u7565\nc:\u7F3A\nc:\u7F3A\u4E86\nc:\u7F51\nc:\u7F6E\nc:\u7F6E\u9875\nc:\u8001\nc:\u8001\u9879\nc:\u800C\nc:\u800C\u4E0D\nc:\u804A\nc:\u8054\nc:\u80FD\nc:\u80FD\u505C\nc:\u811A\nc:\u811A\u672C\nc:\u81EA\nc:\u81EA\u52A8\nc:\u81EA\u5B9A\nc:\u81F4\nc:\u82F1\nc:\u884C\nc:\u884C\u4E3A\nc:\u884C\u7684\nc:\u8865\nc:\u8865\u4E0A\nc:\u8865\u5168\nc:\u8865\u6D4B\nc:\u8868\nc:\u8868\u52A0\nc:\u8868\u5355\nc:\u8868\u548C\nc:\u8868\u5934\nc:\u8868\u683C\nc:\u8868\u91CC\nc:\u8868\u9875\nc:\u8981\nc:\u8981\u505A\nc:\u8981\u5168\nc:\u8981\u6539\nc:\u8981\u6821\nc:\u8981\u80FD\nc:\u8981\u8FC1\nc:\u8986\nc:\u8986\u76D6\nc:\u89C6\nc:\u89D2\nc:\u89D2\u6807\nc:\u89E3\nc:\u89E3\u4E00\nc:\u89E3\u51B3\nc:\u8A00\nc:\u8BA1\nc:\u8BA1\u65E5\nc:\u8BA1\u8D39\nc:\u8BA2\nc:\u8BA2\u5355\nc:\u8BA4\nc:\u8BA4\u503C\nc:\u8BB0\nc:\u8BB0\u4F4F\nc:\u8BB0\u5F55\nc:\u8BBE\nc:\u8BBE\u7F6E\nc:\u8BBE\u8BA1\nc:\u8BC1\nc:\u8BD5\nc:\u8BD5\u548C\nc:\u8BD5\u7528\nc:\u8BD5\u8981\nc:\u8BD5\u90FD\nc:\u8BE5\nc:\u8BE5\u662F\nc:\u8BE6\nc:\u8BE6\u60C5\nc:\u8BED\nc:\u8BED\u8A00\nc:\u8BEF\nc:\u8BEF\u4FE1\nc:\u8BF4\nc:\u8BF4\u7684\nc:\u8BF7\nc:\u8BF7\u6C42\nc:\u8BFB\nc:\u8C03\nc:\u8C03\u6574\nc:\u8C03\u7528\nc:\u8D25\nc:\u8D25\u8981\nc:\u8D25\u91CD\nc:\u8D27\nc:\u8D39\nc:\u8D44\u6E90\nc:\u8D56\nc:\u8D77\nc:\u8D77\u4FEE\nc:\u8D85\nc:\u8D85\u65F6\nc:\u8D85\u8FC7\nc:\u8DD1\nc:\u8DEF\nc:\u8DEF\u7531\nc:\u8DF3\nc:\u8F6C\nc:\u8F83\nc:\u8F91\nc:\u8F93\nc:\u8F93\u5165\nc:\u8F93\u51FA\nc:\u8FB9\nc:\u8FB9\u680F\nc:\u8FC1\nc:\u8FC1\u5230\nc:\u8FC1\u79FB\nc:\u8FC7\nc:\u8FC7\u671F\nc:\u8FC7\u6EE4\nc:\u8FD4\nc:\u8FD4\u56DE\nc:\u8FD8\nc:\u8FD8\u6709\nc:\u8FD8\u8981\nc:\u8FD9\nc:\u8FD9\u4E00\nc:\u8FD9\u4E09\nc:\u8FD9\u4E2A\nc:\u8FD9\u79CD\nc:\u8FDB\nc:\u8FDC\nc:\u8FDC\u7AEF\nc:\u8FDE\nc:\u8FFD\nc:\u8FFD\u52A0\nc:\u9000\nc:\u9000\u6B3E\nc:\u9000\u907F\nc:\u9001\nc:\u9009\nc:\u9009\u62E9\nc:\u901A\nc:\u901A\u77E5\nc:\u901A\u8FC7\nc:\u903B\nc:\u903B\u8F91\nc:\u904D\nc:\u907F\nc:\u90A3\nc:\u90AE\nc:\u90AE\u4EF6\nc:\u90AE\u7BB1\nc:\u90E8\nc:\u90E8\u5206\nc:\u90E8\u6539\nc:\u90FD\nc:\u90FD\u6539\nc:\u90FD\u8981\nc:\u914D\nc:\u914D\u7F6E\nc:\u91CA\nc:\u91CC\nc:\u91CC\u52A0\nc:\u91CC\u663E\nc:\u91CC\u6709\nc:\u91CC\u7528\nc:\u91CC\u7684\nc:\u91CD\nc:\u91CD\u5199\nc:\u91CD\u542F\nc:\u91CD\u590D\nc:\u91CD\u6784\nc:\u91CD\u8BD5\nc:\u91CF\nc:\u91CF\u6570\nc:\u91D1\nc:\u91D1\u989D\nc:\u949F\nc:\u94AE\nc:\u94FE\nc:\u94FE\u63A5\nc:\u9500\nc:\u9501\nc:\u9519\nc:\u9519\u522B\nc:\u9519\u8BEF\nc:\u952E\nc:\u957F\nc:\u95EE\nc:\u95EE\u9898\nc:\u95F4\nc:\u95F4\u4ECE\nc:\u961F\nc:\u961F\u5217\nc:\u9632\nc:\u9632\u6296\nc:\u9636\nc:\u9636\u6BB5\nc:\u9644\nc:\u9645\nc:\u9645\u5316\nc:\u964D\u7EA7\nc:\u9650\nc:\u9650\u6D41\nc:\u9664\nc:\u96C6\nc:\u9700\u8981\nc:\u9762\nc:\u9875\nc:\u9875\u52A0\nc:\u9875\u7684\nc:\u9875\u9762\nc:\u9876\nc:\u9876\u90E8\nc:\u9879\nc:\u9879\u76EE\nc:\u987A\nc:\u9884\nc:\u9898\nc:\u989D\nc:\u989D\u548C\nc:\u98CE\nc:\u9910\nc:\u9996\nc:\u9996\u9875\nc:\u9A71\nc:\u9A71\u52A8\nc:\u9A8C\nc:\u9A8C\u7B7E\nc:\u9ED8\nc:\u9ED8\u8BA4\ns:artifact\ns:bug\ns:change\ns:crossCutting\ns:errorLog\ns:feature\ns:files\ns:length\ns:operation\ns:performance\ns:question\ns:risk\ns:scope\ns:steps\ns:system\ns:tests\ns:trivial\ns:tweak\nw:#\nw:# #\nw:# action\nw:# airflow\nw:# and\nw:# attempt\nw:# day\nw:# endpoint\nw:# file\nw:# handler\nw:# if\nw:# in\nw:# instead\nw:# js\nw:# line\nw:# min\nw:# node\nw:# not\nw:# place\nw:# redi\nw:# retry\nw:# screen\nw:# second\nw:# service\nw:# slim\nw:# sql\nw:# test\nw:# to\nw:# update\nw:# vue\nw:# vuex\nw:# when\nw:# with\nw:# year\nw:280px\nw:2h\nw:300m\nw:3s\nw:50m\nw:5xx\nw:a\nw:a #\nw:a big\nw:a clear\nw:a copy\nw:a double\nw:a fake\nw:a fallback\nw:a loading\nw:a lot\nw:a migration\nw:a new\nw:a package\nw:a project\nw:a race\nw:a retry\nw:a server\nw:a simple\nw:a single\nw:a small\nw:a test\nw:a toast\nw:a toggle\nw:a unit\nw:a versioned\nw:a websocket\nw:about\nw:about #\nw:above\nw:accept\nw:accepting\nw:access\nw:account\nw:account by\nw:account with\nw:across\nw:across the\nw:action\nw:add\nw:add a\nw:add an\nw:add keyboard\nw:add one\nw:add remove\nw:add retry\nw:add test\nw:add the\nw:address\nw:address form\nw:admin\nw:admin endpoint\nw:after\nw:after #\nw:after a\nw:airflow\nw:airflow dag\nw:alert\nw:all\nw:alongside\nw:already\nw:also\nw:amount\nw:an\nw:an admin\nw:an append\nw:an audit\nw:analytic\nw:and\nw:and #\nw:and a\nw:and add\nw:and an\nw:and backend\nw:and do\nw:and fix\nw:and from\nw:and handle\nw:and implement\nw:and keep\nw:and make\nw:and migrate\nw:and moving\nw:and never\nw:and one\nw:and redi\nw:and remember\nw:and replace\nw:and return\nw:and run\nw:and show\nw:and some\nw:and take\nw:and task\nw:and tax\nw:and test\nw:and the\nw:and update\nw:and use\nw:android\nw:android #\nw:anything\nw:api\nw:api and\nw:api client\nw:api get\nw:api key\nw:api return\nw:api ui\nw:api with\nw:app\nw:app from\nw:app router\nw:app with\nw:append\nw:append only\nw:apply\nw:approach\nw:approval\nw:are\nw:aria\nw:around\nw:around dst\nw:arrow\nw:as\nw:as a\nw:as csv\nw:asking\nw:assign\nw:async\nw:at\nw:at least\nw:at startup\nw:at the\nw:attempt\nw:audit\nw:audit log\nw:audit trail\nw:auth\nw:autosave\nw:aware\nw:aws\nw:b\nw:back\nw:backend\nw:backfill\nw:background\nw:backoff\nw:backoff and\nw:backoff for\nw:backup\nw:backward\nw:badge\nw:base\nw:base url\nw:based\nw:be\nw:be #\nw:be lost\nw:because\nw:because the\nw:before\nw:before we\nw:behaviour\nw:behind\nw:between\nw:between our\nw:big\nw:billing\nw:binlog\nw:block\nw:body\nw:bom\nw:boot\nw:both\nw:box\nw:break\nw:break the\nw:bucket\nw:build\nw:build test\nw:build time\nw:bump\nw:bundle\nw:bus\nw:but\nw:but not\nw:button\nw:button in\nw:button on\nw:button test\nw:button to\nw:by\nw:by one\nw:by the\nw:cache\nw:cache layer\nw:cached\nw:caching\nw:call\nw:call in\nw:call site\nw:can\nw:can be\nw:can you\nw:cancel\nw:cannot\nw:cannot invoke\nw:capture\nw:card\nw:card payment\nw:carry\nw:cart\nw:case\nw:cent\nw:chain\nw:change\nw:change and\nw:change the\nw:channel\nw:charge\nw:chargeback\nw:chart\nw:chart on\nw:chat\nw:chatwindow\nw:check\nw:check the\nw:checkout\nw:checkout button\nw:checkout reducer\nw:ci\nw:class\nw:class with\nw:cleanup\nw:clear\nw:clear message\nw:cli\nw:cli's\nw:click\nw:client\nw:client in\nw:clipboard\nw:close\nw:code\nw:code block\nw:codebase\nw:color\nw:column\nw:come\nw:command\nw:comment\nw:commit\nw:component\nw:component test\nw:component to\nw:component with\nw:compose\nw:concurrently\nw:config\nw:config file\nw:config to\nw:configurable\nw:configurable via\nw:confirm\nw:confirmation\nw:conflict\nw:conflict resolution\nw:constant\nw:content\nw:context\nw:controller\nw:convert\nw:convert the\nw:cookie\nw:copy\nw:core\nw:count\nw:cover\nw:cover the\nw:coverage\nw:crashe\nw:crdt\nw:create\nw:create the\nw:created\nw:csv\nw:csv export\nw:csv json\nw:current\nw:currently\nw:cursor\nw:cursor based\nw:custom\nw:custom middleware\nw:customer\nw:cutover\nw:dag\nw:dark\nw:dark mode\nw:dashboard\nw:data\nw:database\nw:date\nw:day\nw:db\nw:db and\nw:dbt\nw:dead\nw:debounce\nw:default\nw:delete\nw:delete after\nw:deleted\nw:deleted_at\nw:deleting\nw:deleting a\nw:deletion\nw:delivery\nw:denial\nw:denial reading\nw:deploy\nw:deprecated\nw:deprecation\nw:design\nw:design and\nw:detail\nw:difference\nw:differently\nw:discount\nw:django\nw:do\nw:do the\nw:do we\nw:doc\nw:docker\nw:docker compose\nw:dockerfile\nw:document\nw:doe\nw:doesn't\nw:domain\nw:don't\nw:double\nw:down\nw:downtime\nw:drf\nw:drizzle\nw:drop\nw:dropdown\nw:dry\nw:dry run\nw:dst\nw:duplicate\nw:during\nw:during the\nw:each\nw:each other\nw:ecs\nw:ecs service\nw:editor\nw:effective\nw:elasticsearch\nw:email\nw:emailservice\nw:empty\nw:en\nw:encoding\nw:encoding utf\nw:encrypt\nw:encryption\nw:end\nw:end to\nw:endpoint\nw:endpoint that\nw:endpoint to\nw:engine\nw:enter\nw:enterprise\nw:enterprise customer\nw:entry\nw:env\nw:envelope\nw:environment\nw:error\nw:error message\nw:eu\nw:event\nw:event bus\nw:every\nw:every mutation\nw:everywhere\nw:exactly\nw:excel\nw:exception\nw:exception main\nw:exist\nw:existing\nw:existing row\nw:expired\nw:expired token\nw:expiry\nw:explain\nw:exponential\nw:exponential backoff\nw:export\nw:export and\nw:export to\nw:expose\nw:express\nw:external\nw:extract\nw:extract a\nw:extract the\nw:fail\nw:failed\nw:fake\nw:fake timer\nw:fall\nw:fall back\nw:fallback for\nw:fastify\nw:fatal\nw:fatal exception\nw:feature\nw:feature flag\nw:feed\nw:fetch\nw:fetchuser\nw:ffmpeg\nw:field and\nw:field in\nw:figure\nw:figure out\nw:file\nw:file and\nw:file from\nw:file in\nw:file with\nw:filter\nw:finance\nw:find\nw:first\nw:fix\nw:fix it\nw:fix the\nw:flag\nw:flag to\nw:flaky\nw:flask\nw:flink\nw:flow\nw:footer\nw:for\nw:for #\nw:for a\nw:for all\nw:for both\nw:for enterprise\nw:for our\nw:for the\nw:force\nw:form\nw:form test\nw:format\nw:format csv\nw:formatdate\nw:formik\nw:found\nw:free\nw:from\nw:from #\nw:from a\nw:from rest\nw:from the\nw:frontend\nw:frontend and\nw:fulfilment\nw:function\nw:function is\nw:generation\nw:get\nw:getting\nw:getting thi\nw:gin\nw:git\nw:go\nw:go out\nw:goe\nw:goe to\nw:good\nw:grafana\nw:grafana panel\nw:graphql\nw:group\nw:grpc\nw:guarantee\nw:hand\nw:hand written\nw:handle\nw:handler\nw:handler and\nw:handler in\nw:handling\nw:handling for\nw:happen\nw:hardcoded\nw:has\nw:has no\nw:has to\nw:have\nw:have a\nw:have to\nw:header\nw:header and\nw:header to\nw:healthcheck\nw:helmet\nw:helper\nw:history\nw:hold\nw:homegrown\nw:hook\nw:hook form\nw:hook it\nw:how\nw:how do\nw:html\nw:http\nw:http client\nw:httptest\nw:i\nw:i need\nw:i want\nw:i'm\nw:i18n\nw:id\nw:id field\nw:idempotency\nw:idempotency key\nw:idempotent\nw:identity\nw:if\nw:if the\nw:image\nw:immediately\nw:immediately and\nw:implement\nw:implement a\nw:implement it\nw:import\nw:in\nw:in #\nw:in an\nw:in ci\nw:in our\nw:in playwright\nw:in production\nw:in python\nw:in redi\nw:in src\nw:in the\nw:in util\nw:including\nw:including the\nw:index\nw:infinite\nw:infinite scroll\nw:init\nw:inline\nw:input\nw:install\nw:instead\nw:instead of\nw:interceptor\nw:interface\nw:internal\nw:internal payment\nw:into\nw:into a\nw:into one\nw:into per\nw:into smaller\nw:into the\nw:introduce\nw:introduce a\nw:invalidate\nw:invoice\nw:invoke\nw:is\nw:is down\nw:is missing\nw:is null\nw:is slow\nw:is the\nw:isn't\nw:iso\nw:iso #\nw:isweekend\nw:it\nw:it as\nw:it fix\nw:it has\nw:it in\nw:it into\nw:it out\nw:it should\nw:it to\nw:it's\nw:it's #\nw:its\nw:its own\nw:java\nw:jest\nw:jest #\nw:job\nw:js\nw:json\nw:just\nw:jwt\nw:kafka\nw:keep\nw:keep the\nw:key\nw:key #\nw:key and\nw:keyboard\nw:keyboard navigation\nw:language\nw:last\nw:last #\nw:latency\nw:layer\nw:layout\nw:lazy\nw:leak\nw:least\nw:leave\nw:legacy\nw:let's\nw:level\nw:lib\nw:library\nw:like\nw:like a\nw:limit\nw:line\nw:line #\nw:line of\nw:link\nw:link to\nw:lint\nw:list\nw:list the\nw:listing\nw:live\nw:load\nw:loader\nw:loading\nw:local\nw:locale\nw:locking\nw:locking and\nw:log\nw:log for\nw:log page\nw:logging\nw:logic\nw:login\nw:loop\nw:lost\nw:lot\nw:lot of\nw:lru\nw:lru cache\nw:luxon\nw:main\nw:make\nw:make it\nw:make sure\nw:make the\nw:makefile\nw:manager\nw:manifest\nw:map\nw:mapping\nw:mark\nw:marketing\nw:match\nw:match the\nw:max\nw:me\nw:me what\nw:mean\nw:memory\nw:merge\nw:message\nw:message and\nw:metadata\nw:method\nw:metric\nw:microservice\nw:middleware\nw:migrate\nw:migrate all\nw:migrate from\nw:migrate the\nw:migration\nw:migration api\nw:min\nw:minute\nw:minute and\nw:missing\nw:mobile\nw:mobile app\nw:mobile app's\nw:modal\nw:mode\nw:model\nw:module\nw:money\nw:monolith\nw:month\nw:monthly\nw:more\nw:most\nw:move\nw:move our\nw:move the\nw:move to\nw:moving\nw:moving existing\nw:multi\nw:must\nw:must never\nw:must stay\nw:must still\nw:mutation\nw:mysql\nw:n\nw:name\nw:native\nw:navigation\nw:navigation and\nw:need\nw:need a\nw:need an\nw:need to\nw:negative\nw:nested\nw:network\nw:never\nw:new\nw:newline\nw:next\nw:nightly\nw:no\nw:no behaviour\nw:node\nw:node #\nw:node_module\nw:nonce\nw:not\nw:not #\nw:not found\nw:nothing\nw:notification\nw:now\nw:npm\nw:npm run\nw:null\nw:nullpointerexception\nw:number\nw:object\nw:of\nw:of #\nw:of nested\nw:of our\nw:of the\nw:of them\nw:off\nw:off the\nw:offline\nw:oidc\nw:oidc for\nw:ok\nw:old\nw:old one\nw:older\nw:oldfetchuser\nw:on\nw:on a\nw:on both\nw:on every\nw:on mobile\nw:on the\nw:onboarding\nw:once\nw:one\nw:online\nw:only\nw:only table\nw:open\nw:open the\nw:optimistic\nw:option\nw:or\nw:order\nw:order and\nw:order can\nw:order product\nw:ordering\nw:orm\nw:other\nw:our\nw:our #\nw:our api\nw:out\nw:out what\nw:output\nw:output must\nw:over\nw:overhaul\nw:override\nw:own\nw:p99\nw:p99 latency\nw:package\nw:page\nw:page size\nw:paginate\nw:pagination\nw:panel\nw:panel with\nw:parallel\nw:parseconfig\nw:party\nw:pass\nw:passport\nw:password\nw:password reset\nw:path\nw:pattern\nw:payload\nw:payment\nw:payment webhook\nw:pdf\nw:per\nw:per client\nw:per field\nw:per tenant\nw:per user\nw:permission\nw:permission denial\nw:phase\nw:photo\nw:photo picker\nw:php\nw:picker\nw:picker api\nw:pinia\nw:pipeline\nw:place\nw:place that\nw:plaintext\nw:plan\nw:plan and\nw:platform\nw:playwright\nw:please\nw:please add\nw:please plan\nw:plus\nw:plus a\nw:policy\nw:policy and\nw:polling\nw:pool\nw:port\nw:portal\nw:post\nw:postgre\nw:postgre redi\nw:postgre tsvector\nw:presence\nw:preview\nw:price\nw:pricing\nw:pricing page\nw:primary\nw:print\nw:process\nw:product\nw:product page\nw:product report\nw:production\nw:profile\nw:profile the\nw:project\nw:project name\nw:prometheus\nw:prompt\nw:proof\nw:properly\nw:property\nw:protection\nw:provider\nw:provider and\nw:provisioning\nw:proxy\nw:public\nw:push\nw:python\nw:quantity\nw:query\nw:queue\nw:quote\nw:rabbitmq\nw:rabbitmq #\nw:race\nw:rail\nw:rate\nw:raw\nw:re\nw:react\nw:react hook\nw:react native\nw:read\nw:readable\nw:reading\nw:readme\nw:real\nw:real time\nw:rebuild\nw:rebuild the\nw:receipt\nw:reconciliation\nw:reconnect\nw:reconnect loop\nw:redi\nw:redi #\nw:redirect\nw:redo\nw:redo the\nw:reducer\nw:redux\nw:redux zustand\nw:refactor\nw:refactor the\nw:reference\nw:refund\nw:region\nw:reindex\nw:release\nw:rely\nw:rely on\nw:remember\nw:remove\nw:remove the\nw:rename\nw:rename the\nw:replace\nw:replace our\nw:replace the\nw:report\nw:report for\nw:repository\nw:request\nw:require\nw:reservation\nw:reset\nw:resolution\nw:resource\nw:respect\nw:response\nw:rest\nw:rest grpc\nw:rest polling\nw:rest to\nw:restart\nw:result\nw:retry\nw:retry #\nw:retry after\nw:retry with\nw:return\nw:return #\nw:return the\nw:return value\nw:reuse\nw:reuse the\nw:review\nw:rework\nw:rework the\nw:rewrite\nw:rewrite the\nw:right\nw:right now\nw:role\nw:rolled\nw:rounding\nw:route\nw:router\nw:row\nw:row level\nw:rule\nw:rule per\nw:run in\nw:running\nw:rust\nw:s3\nw:safe\nw:safely\nw:sale\nw:same\nw:saved\nw:saved to\nw:scheduler\nw:schema\nw:scim\nw:screen\nw:script\nw:script that\nw:scroll\nw:search\nw:second\nw:secret\nw:section\nw:secure\nw:security\nw:see\nw:select\nw:semicolon\nw:send\nw:send template\nw:sender\nw:sent\nw:sentry\nw:serve\nw:server\nw:server side\nw:service\nw:service and\nw:service in\nw:service with\nw:service worker\nw:session\nw:session cookie\nw:set\nw:set up\nw:setting\nw:setting page\nw:setup\nw:shard\nw:shard the\nw:share\nw:shared\nw:shared api\nw:shipping\nw:short\nw:should\nw:should be\nw:show\nw:show a\nw:show it\nw:show the\nw:side\nw:sidebar\nw:sign\nw:sign up\nw:signature\nw:signed\nw:signed url\nw:signin\nw:simple\nw:since\nw:single\nw:site\nw:size\nw:skip\nw:slim\nw:slow\nw:small\nw:smaller\nw:smtp\nw:snapshot\nw:snapshot test\nw:so\nw:so the\nw:so they\nw:so we\nw:soft\nw:soft delete\nw:some\nw:sometime\nw:sort\nw:source\nw:source map\nw:split\nw:split the\nw:spring\nw:spring boot\nw:sql\nw:sql query\nw:sqlite\nw:src\nw:src api\nw:src lib\nw:sso\nw:stack\nw:start\nw:startup\nw:state\nw:statement\nw:status\nw:status and\nw:status in\nw:stay\nw:step\nw:still\nw:stop\nw:storage\nw:store\nw:stored\nw:stored as\nw:stored in\nw:strategy\nw:streaming\nw:strict\nw:string\nw:string in\nw:strip\nw:stripe\nw:style\nw:subscription\nw:support\nw:support and\nw:sure\nw:survive\nw:switch to\nw:switcher\nw:sync\nw:sync with\nw:system\nw:table\nw:table add\nw:table and\nw:table with\nw:tag\nw:take\nw:target\nw:task\nw:tax\nw:team\nw:tell\nw:tell me\nw:template\nw:template to\nw:tenant\nw:terraform\nw:test\nw:test and\nw:test case\nw:test for\nw:test in\nw:test it\nw:test must\nw:test that\nw:test the\nw:test using\nw:test with\nw:testenvironment\nw:testenvironment fake\nw:text\nw:than\nw:that\nw:that a\nw:that format\nw:that mean\nw:that return\nw:that the\nw:that's\nw:the\nw:the #\nw:the admin\nw:the analytic\nw:the api\nw:the app\nw:the auth\nw:the autosave\nw:the checkout\nw:the cli's\nw:the client\nw:the code\nw:the component\nw:the csv\nw:the current\nw:the dashboard\nw:the data\nw:the database\nw:the db\nw:the deploy\nw:the design\nw:the doc\nw:the editor\nw:the email\nw:the existing\nw:the file\nw:the form\nw:the frontend\nw:the go\nw:the hand\nw:the http\nw:the image\nw:the invoice\nw:the java\nw:the jest\nw:the last\nw:the layout\nw:the legacy\nw:the list\nw:the log\nw:the login\nw:the missing\nw:the mobile\nw:the monolith\nw:the new\nw:the number\nw:the old\nw:the one\nw:the open\nw:the order\nw:the output\nw:the page\nw:the payment\nw:the permission\nw:the pricing\nw:the primary\nw:the product\nw:the profile\nw:the project\nw:the query\nw:the queue\nw:the refund\nw:the report\nw:the repository\nw:the request\nw:the return\nw:the same\nw:the search\nw:the server\nw:the service\nw:the session\nw:the setting\nw:the shared\nw:the sidebar\nw:the state\nw:the sync\nw:the table\nw:the test\nw:the three\nw:the transition\nw:the two\nw:the ui\nw:the user\nw:the v2\nw:the websocket\nw:the whole\nw:the worker\nw:their\nw:their own\nw:them\nw:them add\nw:theme\nw:then\nw:there\nw:there are\nw:there's\nw:there's a\nw:they\nw:thi\nw:third\nw:third party\nw:thread\nw:three\nw:three form\nw:thumbnail\nw:ticket\nw:time\nw:time zone\nw:timeout\nw:timer\nw:timezone\nw:to\nw:to #\nw:to a\nw:to an\nw:to aws\nw:to end\nw:to get\nw:to graphql\nw:to login\nw:to our\nw:to redi\nw:to support\nw:to the\nw:to typescript\nw:to understand\nw:to use\nw:to v2\nw:to var\nw:to vue\nw:toast\nw:toast #\nw:todolist\nw:todolist map\nw:toggle\nw:toggle in\nw:token\nw:too\nw:tool\nw:tracking\nw:tracking per\nw:traffic\nw:trail\nw:transaction\nw:transition\nw:trial\nw:true\nw:tsvector\nw:ttl\nw:ttl and\nw:twice\nw:twice when\nw:two\nw:type\nw:typed\nw:typeorm\nw:typescript\nw:typescript with\nw:ui\nw:ui test\nw:under\nw:understand\nw:undo\nw:unit\nw:unit test\nw:up\nw:up to\nw:update\nw:update it\nw:update the\nw:upgrade\nw:upgrade from\nw:upload\nw:url\nw:usage\nw:use\nw:use it\nw:use react\nw:use the\nw:usecart\nw:usecart hook\nw:used\nw:used in\nw:user\nw:user and\nw:user id\nw:user order\nw:user table\nw:usevariant\nw:usevariant checkout\nw:using\nw:using the\nw:utc\nw:utf\nw:utf #\nw:util\nw:v1\nw:v2\nw:validate\nw:validation\nw:validation to\nw:value\nw:value of\nw:var\nw:variable\nw:variant\nw:verified\nw:version\nw:versioned\nw:via\nw:via a\nw:view\nw:view #\nw:view view\nw:vite\nw:vue\nw:vue #\nw:vuex\nw:want\nw:want to\nw:warehouse\nw:warn\nw:warning\nw:way\nw:we\nw:we already\nw:we can\nw:we don't\nw:we have\nw:we need\nw:we use\nw:we're\nw:web\nw:web app\nw:webhook\nw:webpack\nw:websocket\nw:what\nw:what doe\nw:what's\nw:what's the\nw:when\nw:when a\nw:when i\nw:when it\nw:when the\nw:when to\nw:where\nw:which\nw:while\nw:while offline\nw:whole\nw:whole frontend\nw:widget\nw:width\nw:with\nw:with #\nw:with a\nw:with an\nw:with backoff\nw:with expiry\nw:with exponential\nw:with google\nw:with idempotency\nw:with strict\nw:with test\nw:with the\nw:within\nw:without\nw:work\nw:worker\nw:workflow\nw:working\nw:working for\nw:write\nw:write a\nw:write test\nw:write the\nw:written\nw:yaml\nw:yaml v1\nw:year\nw:yes\nw:yet\nw:you\nw:you add\nw:you to\nw:zh\nw:zod\nw:zone\nw:zustand\nx:bias";
var FEATURE_WEIGHTS = "HAARANP///8eAOP/FwD0//T/AAADAP7/AAD+/wIA8v8PAP7///8CAP///f8EAP/////8/wUA+/8GAP///P8LAPr//////wIA+f8SAPX//f8EAP//+/8NAPj//f8EAP///v8CAAAADQD4//v/BQAYAOP/AAD7/wUA/f8EAP//DwD2//z//v/7/wcA/f8IAPv/AwD+//////8EAPz/EAD3//j/AAD4/wgA//8CAP//+/8KAPz//////wIA+/8FAAAA/f8BAAIA//8DAP3/GAD9/+z/AwAEAPn/AAD+/wIA//8DAP7/BAD9/wAA//8HAPr////9/wQACgD2/wAA///9/wUAAAD+/wIABgD8//7/AwAAAP3//v8CAAAAAAD8/wQA+/8EAAEA//8CAP7/AAD8/wUABQAFAPb/AAACAP//AAD+/wMAGgDx//b/AwD+////BQD9//7/BgD7////AAD+/wIA/P8DAAEA/P8EAP///////wIA+f8LAPz/+P8HAAEAAwD9/wAAAwD9/wAAAQAWAOn/CQD7//3/AwD9/wAAAAD9/wMAAwD///3//v/7/wcAAAACAP///f8FAP7/CAD5////AQD8/wMAEgD1//n/EgD1//n/BADy/wsA/f8FAP7/BAD5/wMABAD7/wEABQD8////BQD8/////v8CAAAA/v8DAP//AAAIAPj/AAD9/wMAAAD8/wQA+v8TAPP/AAD+/wIAAAD9/wMA/f8DAAAA//8DAP7/AAD+/wIAAAACAP//CQD+//r/AQABAP7//v/+/wMABQABAPr//v8BAAEA+/8NAPj/BAD7/wAABAD8////BAD9////+P8NAPv//P/6/woAAAD+/wIABAD9/////f///wQA/f///wQABQD3/wQA//8EAP3//f8CAAEA/f8CAAEA/v8HAPz//v8HAPz/+f8EAAQA//8DAP7/+v8CAAUA/P/9/wcA/f8AAAMA//8HAPr/9f8QAPv//f8DAAAABgD6/wAABwD6//////8FAPz/AQD5/wYA///z/w8AAAD8/wUA/v/6/wgA/v/8/wYA/v8DAP///v8DAP////8EAP3///8EAP3/AAD8/wQAAAD+/wIABgD6/wAABgD6/wAABQABAPr/BAD9/////v/7/wYA/v/6/wgA8P8OAAMA5v8aAAAA///9/wQA///9/wMA+f8FAAIA/v8EAP7//f8FAP7//f8GAPz//f8FAP7/AAADAP7/AAADAP7/9v8KAAAA9/8JAAAA/v8EAP7/AwD+/////P8KAPn/+f8HAP//AAD+/wMA+v8SAPT/AAD9/wMAAAD9/wMA///7/wYADwDy////BgD2/wQA/v8GAP3/+v8GAP//+v8LAPz///8CAP///v8DAP//+P8KAP7/+P8KAP7/7/8AABEAAwD///7/7v/5/xkAAAD+/wIA/f8HAPv/AwAEAPn//v8BAAIA/v8DAP//CAD6//3/+/8NAPj///8CAP///v8MAPb/CQD9//n/AgAEAPr/CgD5//3/9/8MAP3/AQD8/wMAAQD7/wQA8P/y/x4A/f8EAP7//v8CAAAA///9/wMAAgAFAPn//v8AAAIA+/8EAAAA/v8DAP7/+f8HAAAA+f8DAAQA8f8lAOn/EAD4//j/9/8GAAMAAAACAP7/AAD8/wQAAAD+/wIAAAD7/wYA/f8DAAAAAAD9/wMAAAD//wIA/////wIAAwD///3/7v8eAPT///8DAP////8EAPz////5/wgAAAD7/wUA/f/9/wcA/f8FAP7//v8DAP//8f/7/xQA9P/1/xcAAAD+/wIA9//2/xIABgD6/wAA+P8LAP7//f/7/wkAAAD+/wIA///+/wMA//8EAP3/+f8HAAAA/f8DAAAA/f8FAP7/AAD+/wMA/v8EAP3//v8EAP3/AAD8/wQAAAD+/wIA9f8QAPv///8EAP3/AAD+/wIA/P8HAP3////+/wMA//8EAP3/AAACAP7/+/8KAPr///8DAP//9/8NAPz/8v8bAPP///8HAPn//f8FAP7//v8GAPz/AAD8/wQAAgD9/wEAAAD7/wYAAAAJAPf/AAAIAPj/AAACAP7/AgD///7///8DAP///v8AAAIA///9/wQAAAACAP/////1/wwA///+/wMA/////wIA/v/6/wgA/f8LAPj/7P8PAAUA/v8DAP//AAD9/wMA9v8HAAIA/v8GAPz///8CAP7/BQD8/////v8BAAAABwD7//7/7v8QAAIABgD9//3//v/7/wcA/f8DAAAA/v8DAP//AAD9/wMAAAACAP7//P8BAAMA//8EAP3/AgD+/wAAAgD/////AgAHAPj/CAD8//v///8CAP//+P8JAAAA/P8BAAMA/P8BAAMA+v8JAP7//P8EAAAAEQD3//j//v8CAAAAAAD+/wIACQD9//v/CQD3/wAABAD6/wIA+/8GAP//BgD+//z/BgD+//z/AAD6/wYAAAD+/wIAAAD8/wUA9f8SAPn/AAAFAPz/9P8OAP//AAADAP3/AAD+/wIA/v/6/wgA//8EAP3/AgAAAP7/AgAAAP7//v8AAAIA7f8RAAIA/v/6/wgA/v/6/wgA/f8FAP3///8DAP/////+/wMAAAD+/wIA/f8AAAIAAgAFAPn//v8HAPz/+P8BAAcAAAD8/wQA/v/6/wgAAAD8/wQA+/8KAPv//f/7/wgA///+/wQAAAD8/wQA/P8GAP7/+/8LAPr/+v8CAAMA+P8DAAUAAgADAPr/+/8HAP3/AAD9/wMABgD///z/AgAAAP7/+/8KAPv/BwD5/wAA/v8EAP7/6/8NAAgA9/8KAP//AAD8/wQAAAD9/wMA/f8GAP3/AAD//wIA//8DAP7/BQD+//3/BgD7////AAACAP7////0/w0A/v/5/wgAAAD6/wYAAAD+/wIA//8CAP7//f/9/wYA/f/9/wYAAAD+/wIA/f///wQAAAACAP7/AgD9/wAAAAD//wIAAwD///7/BQD9//7/BQAEAPf/AAACAP7/CAD+//r/BQD8//////8EAP3///8DAP3/CAABAPf///8DAP///f8DAAAA+/8KAPr/+/8KAPr//f8GAP3//f8GAPz//f8EAAAAAQAIAPb///8EAP3/BQD9//7/AAD8/wQAAAD8/wQAAwAAAP3/AwD///7/+P8MAPv//v8DAP//+P8NAPv//P8FAP///P8HAP3/AwAAAP3//v///wIA/v///wIA8f8KAAUA+/8IAP3//P8EAAAA/v8AAAMAAAD9/wMA/v8CAAAA//8GAPv//P/6/wsA/f8EAAAAAAD8/wQAAAD//wIABQD+//3/AwAAAP3////+/wMAAQAFAPr//v8DAP///v8DAP//+//9/wcA/f8DAAAAAAAFAPv/AAD9/wQAAAD8/wQABAAAAPz/AwD///3///8DAP7//f/7/wgAAAD+/wIA+v8KAPz//P8FAP//+v8JAP3/AgABAPz/AAD9/wMAAAD9/wMAAAD+/wIAAAD//wIA//8CAP7///8DAP7///8HAPr//P8FAP///f8DAAAA9/8BAAgAAAD+/wIACAD7//3/CAD8//3/BAD9/////////wIA6//6/xsADgD0//7/DwDy//////8CAP//BQD9//7/BAD9////BAD9//////8DAP7/CAAGAPL/AAACAP//+/8KAPv/AAAEAPz/AAD//wIA/f8EAP//AAD9/wMAAgD/////AgD/////8v8LAAQA/f8DAAAAAAADAP3//P8BAAMA/P8BAAMAAwD9/wAAAwAHAPb//v8EAP7///8CAP///P/9/wcAAAD9/wMAAAD+/wIAAAD9/wMA+P8IAAAABwACAPf/BAD8/wAA/f8EAP//9/8NAPz//f8IAPz///8DAP////8CAP///v8EAP7///8EAP3/9/8OAPv/+v8NAPn//P8HAPz///8DAP7//P8EAP///f8EAAAAAAD7/wUA/v/7/wYA//8DAP7/AAACAP7/AAACAP7/9P8AAAsA//8DAP//AAD8/wUA/v/9/wUA/P8GAP7//v8DAP//AAACAP7/AAADAP7/AwAJAPT/AAD+/wIAAAD8/wQA/f8GAP3/BgAAAPr/BQD6/wEACADy/wYA+f8BAAUA/P8AAAMABwD///r///8CAP////8EAP3/9v8OAPz/+//8/wgA8f8ZAPb/AAD+/wIACAD8//z/BgACAPf/CAD4//////8EAP3///8GAPv/9P8IAAMA9P8IAAMAAAD+/wIA///1/w0ABAD5/wMA+f/7/wwAAgAFAPn///8DAP7/CQD9//r///8DAP7/CQD6//3/8/8CAAsA//8CAP////8CAP///v8HAPr/AgD/////+f8BAAUA/f8DAAAAAAADAP7/+v/6/w0AAAD5/wgA/P/8/wcA//8IAPn///8IAPn/AAACAP7//f8NAPb/AwD8/wAAAwD9/wAAAAACAP//AwD///3/9P8NAP////8DAP7/+v8FAAEA//8CAAAA+P8SAPX///8FAPz///8CAP///v8DAP//BgD///v/AgANAPH/BgD8//3//f8OAPX//f8OAPX//v8LAPf//v8MAPb/AQAEAPv///8HAPr/+/8FAAAA//8DAP//AwD+////AAD9/wQA///+/wMAAAADAP3//P8EAP//+//5/wwA/f/+/wYAAQADAPz/CAD+//r////+/wMAAAD//wIA/////wIA//8CAP///v8BAAEAAAD//wIAAAD8/wQAAgD5/wUAAAD7/wYABQAAAPv/AAD+/wIAAgADAPv//f8EAP///f///wQA+f8LAPz/+/8LAPr//v///wMA9v8MAP7/9f8MAP///f8EAAAA/f8EAAAA/f8EAAAA///+/wMA/v8HAPz/+/8HAP7/+/8HAP7/+f8QAPf//v8EAP//+v8KAPz/AwD///7//v8CAAAA/v8DAP////8EAP3///8DAP7////+/wQA/v/+/wQA/v8AAAIAAAD+/wIA/////wIA/P8JAPv//f8DAAAAAAD7/wQA/P8EAAAA/v/0/w4A/f///wMA/f8DAAEAAAD+/wIAAwABAP3///8GAPv/BgD6/wAAAAD8/wQABgD9//z//v8EAP7/AQAHAPj//v8FAP3/BAD8/wAA//8EAP3///8DAP7//v8EAP7/AgD+/wAAAAD8/wQABwD6/wAAAAD9/wMABgD+//z/+v8iAOX/AwAWAOf/8P/6/xYA7v/5/xkAAAD8/wQAAAD8/wQA9v8GAAQA+/8KAPv///8EAP3/AAACAP7/AAD+/wIA//8JAPj/9v8MAP7///8DAP////8DAP//9v8DAAcA/f/7/wkA//8FAPv/AwD5/wQAAgD7/wMA//8CAP//9/8BAAgA9/8BAAgA+/8IAP3//f8FAP3/9v8KAAAA+/8EAAAA+/8IAP3//f8CAAEA/v///wMA+P/5/w8ACgD6//3/BgD6/wAAAwD9/wAA9f8NAP7///8IAPn/AAD9/wQABAD+//7/9/8KAP//9/8JAAAA//8GAPv///8GAPv//f/8/wYALADy/+P//f8EAP//CAD9//r///8DAP3/AAACAP7/EQDw/wAA+/8FAAAAAQADAPz/AAD+/wIAAQACAP3/+v8HAP/////7/wYA///7/wUA//8CAP7//P8FAP7/AwD7/wIA+f8FAAIA+v8IAP3//v8DAAAAAQD+/wEA8v8PAP//+/8HAP7/+/8HAP7///8CAP///P8EAAAA/P8EAAAA/f8BAAIA//8CAP//DgD2//v/BgACAPf/BwABAPj//v8RAPH/AAD+/wIA/v8CAP///v8CAP///f8AAAMA/f8AAAMAAgD8/wIA//8CAP//BAD4/wUADAD9//f///8EAPz/AAD9/wMAAAAEAPz/AAD8/wUAAAD+/wMA///+/wIACQD4/wAAAAD9/wMAAAADAP3/AAD8/wQAAAACAP7//P8FAP//AAACAP7/AAACAP7/+////wYAAAD+/wMA/v8EAP7/AgD+/wAA/////wIA/v///wMA///+/wMABQD8////AwD+////AwD+//////8CAP///v8FAP7/5/8ZAAAA7f8TAAAAAAD6/wYAAAD8/wQA9P8JAAMA/f/+/wUA9P/y/xoA9P/6/xEADgDt/wQA/v/9/wUAAAADAP7//v/6/wgAAgAEAPr/AgADAPv/BQD9//7/9/8LAP7/GgD0//L///8DAP7/CAD8//z/+P8IAAAA+P8IAAAA/P8FAP///f8EAAAA9/8KAP//9/8JAAAA/f8GAP3///8DAP//AAD+/wMA+P8NAPv//P8FAP///v/+/wQA///7/wYA+/8JAPz/+/8JAPz/AAACAP7//////wIA8f8AAA8AAAD//wIA//8FAPz///8FAPz//P8GAP7//P8GAP7/AAD+/wIA//8CAP//AAD8/wUA+f8WAPH//P8GAP3/AQACAP3/8v8PAP//AQABAP7/8P8SAP///v8AAAIA5f8SAAkAAAADAP3///8CAP//AAACAP7///8DAP3//f8LAPj/AAD9/wMA/v8DAP7/6v8IAA4AAAD5/wgA/f8DAAAA/P8KAPr//v8DAAAAAAD7/wUAAAD+/wIAAwD7/wIAAwD7/wIAAAADAP3/BgAAAPr/AAACAP7/CAD5////BgD9//7////8/wUA/////wIAAQD8/wMA//8DAP7/AAD9/wMA+P/7/w0A/P/5/wsADgD9//X/AgD/////9/8NAPz/+P8NAPv/AAD9/wQA/P8BAAMA/P8FAP//AAD7/wUA/////wIAAAAVAOv//f8CAAEABgD3/wMAAAACAP7//v8CAAAAAwAAAP3//v8EAP3///8CAP////8CAP//AgD9/wEA/////wIA+v8FAAEAAAD9/wMABQD8////BQD8//////8DAP7//v8DAP7//v8CAAAAAwD+/wAA/f8FAP7/AgD9/wIA+P8DAAUAAAD8/wUA/f8EAP///v/+/wMAAAD9/wMAAAADAP7//f8CAAEA/f8FAP7//f8DAAAA/v8EAP7/AQACAP3//f8EAP////8CAP//BAD+////BAD+//7//f8FAP7//f8FAP7/BgD9//z/+v8IAP7/+P8MAPz/+v8JAP3//v8DAP///v8HAPz//v8HAPz/CAD1/wMA/P/7/wkADAD5//v/AAADAP3/BwAAAPn///8DAP//AgAHAPf/AgAHAPf//P/9/wcAAAD8/wQAAAD7/wUADQD+//X/AgD//wAAAAACAP//DAD9//f///8CAP////8DAP//CAD9//v/CAD9//v/AQADAPz/AAD5/wcAAAD7/wYA9f8TAPj/AAD+/wIA/P8JAPv//P8HAP7/AwAGAPj//P8EAP//+P/+/wsA/f8CAAEA/v/7/wcA/f8EAP///f8EAP////8DAP3//P8JAPv/AgD+/wAA9/8PAPr/+f8LAPz//v8FAP7//v/9/wUAAAD+/wIAAAD+/wIA9v8HAAMA/P8GAP7//P8DAAEA/P8JAPv//P8IAPz/AwD9/wAAEgACAO3/AAACAP7/AAADAP3/AAD9/wMAAAD+/wEACgACAPT/8P8PAAEA/P/6/wkA//8DAP3///8EAP3/+/8JAPz//P8FAP//AgABAP3/AAD//wIABgD3/wMABgD3/wMA/f8HAPv/BgAAAPr/BAD+////BAAAAP3//P8HAP3////+/wMA+/8BAAMAAQD7/wQA+v8GAAAA///+/wMA/P8IAPz/AwD7/wIAAgD8/wIABgD7////BwD9//z/BgD3/wMAAAD7/wUA/f8BAAIA/f8EAP///v8BAAEA/v8BAAEA+P8NAPv/AAD8/wUAAAD8/wUAAAD9/wMA9P8MAAAAAAACAP7/9/8MAP3/AAD+/wIA///+/wIA+P8MAP3//P8TAPD//v8FAP7//P8FAP//+/8KAPv/AAADAP7/AAACAP7/+P8GAAIA+f8FAAIAAwD9////AAD8/wQABAD6/wEABgD2/wQAAAD8/wQAAAD+/wIAAAD9/wMA//8DAP7///8DAP7/AAACAP7/AAACAP7///8EAP3/BQD8////BwD7//3/BwD7//3/2P9MANz/8f8dAPL//v8RAPH/xv/j/1gA6P8qAO7/4v8WAAgACgAIAO7/o/9CABwAy/8lABAA6P8cAPz/wf8XACgA1P/a/1EAxP/3/0UAx//9/zwA3//v/zIAEgA6ALT/tf8uAB0A1/8QABkAHADw//T/CADy/wUAAAACAP7/AAD//wIA/P/7/woA//8DAP7/+/8EAAEAAAD6/wcA/P8AAAQA//8DAP3/+/8JAPv/BAD+//7//v8EAP7//f8CAAEA7v8gAPL///8CAP//BAD///7/BwD7//7//v/6/wgA/f8HAPz/AAACAP7/+v///wcACQD4/////f8DAAAADAD7//n//v8CAAAA/P8DAAEAEADz//z/BgD+//z/AwD9/wAA/f8DAAAA+P8MAPz/AwADAPr/AAD7/wUADAD2//7//f8GAP3//v/6/wgABgD3/wMAAAD8/wQA//8EAP3///8JAPj/+v8GAAAA/P8KAPr/+f8JAP3/+v8HAP//BQD6/wEA//8DAP//AAACAP7/9v8MAP7//////wIABAAAAPz////2/woA/P8FAP//+v8JAP3//v/8/wYABwD///r//P8FAP////8EAP3/AAD9/wMAAAADAP7/CAD8//z///8CAP7//v8DAP//EwDu////AAD+/wIA///9/wQA+v/3/w4A+//7/wsAAAD//wIA//8FAPz//v8FAP7/AAD+/wIACAD0/wQAAAD9/wMAAAD9/wMA///1/wwAAAD+/wIA/v8HAPv/EAAHAOn/HwD8/+X//v8GAPz/9f8NAP3/EADx/////v8DAP////8DAP7//P8KAPr/AwAEAPn//f8IAPr//v8GAPv//f8HAPz///8FAPz/8/8DAAoA/v8CAAAA8f8QAP//AAD+/wIAAAD//wIA//8GAPz/+f/7/wwAAAD9/wMADAD4//z/AAD8/wQACwD2////9P8OAP7///8CAP/////2/wsAAAD8/wQAAAD8/wUAw/8NADAAAAD8/wQACAD3/wEA9v8JAAEAAAD8/wQA/v8BAAIA///8/wYA/f/+/wUA/P/+/wYA/v/6/wgAAAD7/wUAAAD1/wsAAAD8/wUAAAD+/wIA/v/8/wYAAAD8/wQAAwAAAP3//P8GAP7/7f8aAPr///8GAPv///8DAP7///8CAP//+f8RAPf////9/wQA//8FAPz///8CAP//AAD+/wIA9/8PAPr/8/8IAAUABQABAPr//P8HAP3/AAAFAPz/AAAFAPv/BwD6////6/8XAP7//v8EAP7//P8FAP//AAACAP7/AAACAP7//f8FAP3///8CAP/////4/wkA3//r/zYA/P/9/wcA8//7/xIAAAD9/wMA///2/wsA///2/wsABgD9//3/AAD+/wIAAAD6/wYA+v8CAAQAAwD9////AAACAP7/AAACAP7/9f8NAP3/AwAHAPb////+/wIA/v8CAAAADQD5//r/AAACAP7/AAD7/wUA/////wIA///8/wQA/P8FAP//BAD4/wQA/v8GAPz/9v8HAAMA9/8VAPP/AAD+/wIA8/8CAAsAAwAAAP3/AAACAP7/AAD6/wYABwD7//3//P8IAPz//P///wUAAAD8/wQAAAD7/wUA9f8TAPj////+/wMA+P8NAPv/AAD9/wMAAAD4/wgAAwD+////AwD/////AwD/////+v/7/woABgD5/wEABwD7//7////7/wYA+v8IAP7//v8DAP///P/3/w0AAAD9/wQA+/8HAP7////+/wMABgD3/wMA///8/wUA/P8KAPr//f8EAP///v/7/wYA+v8IAP7/+v8GAAAA/v8DAP/////9/wMA9//8/w0A/////wIA+//8/wkA/v/6/wgAAAD//wIA/f8CAAIA/v8DAP///v8DAP///v8DAAAAAAACAP7/AgD+/wAA+/8GAP7//f8DAAAA/f8RAPP/BwD7//7/+v8JAP3//f8DAAAAAwD+///////9/wQABwD6////AAD8/wQA+P8LAP3//v8CAAAA/f8DAAAA///+/wMAAQAJAPf/AQABAP7///8FAPz/CwDu/wYA//8CAP7/BQD8////BgD7//7///8CAP////8CAP//AAD7/wUA9v8IAAIAAAD8/wQA//8CAP//AwD9/wAAGADr//3/AAD+/wMA/v/7/wcAFwDu//v////9/wQAGQD3//D////7/wYAAAD7/wUAAAD+/wIA/v8NAPX//v8NAPX//v/+/wQAAAADAP3//f8LAPj/9/8LAP7//v8JAPn/AAADAP3/AAACAP7/AwAGAPf/+f8BAAcA/v8DAP///P8GAP7/9v8QAPn/+v8HAP///f8EAAAAEgDv/////f8DAAAA/P///wUA//8DAP7/+v8HAP//BAD9/wAACQD2/wEA+v8IAP//AAD8/wQAAwD//////P8QAPX/BwD5/wAA/P8FAP///f8EAP7/DwD4//r/8v8lAOn///8DAP7///8CAAAA/v8DAP//AgABAP3///8JAPf/AgADAPv///8DAP7//P8FAP//CQD4////BAD+//7//P8FAP///P8EAP/////y/w8AAAD5/wcACAD6//7/AAACAP7///8CAP7//v8FAP3/9/8LAP7//f/6/wgABAD9/////f8IAPv/AAD+/wIAAgABAP3//v8HAPz//v8HAPv/AwD+/wAAAAACAP7/AAD+/wIA//8LAPb/AAALAPX////6/wcA+f8EAAMAAAD9/wQA/v8CAAAAAAD9/wMA+/8CAAMA+//9/wgA/v8CAAAA/v/5/wkA/////wIA9P/u/x4A///7/wYAAAD//wIA/v8DAP////8CAP//7f8RAAIA9f8BAAoA9//0/xUAAgAGAPj/+v8HAP//BAD9/wAA/P8EAAAAAAD8/wQA///7/wYA/f8EAP//EAD9//L/BgD+//z//////wIA/v8EAP7///8DAP///P8GAP7//P8GAP7/AAD9/wMA/v/8/wUAAAAFAPv/AAAFAPv/AAAIAPn/CwD5//z////8/wUA/v8AAAIAAAD+/wIA/v8DAAAAAgD///////8FAPv/AAD8/wQA/////wIABQD1/wYAAAD8/wQA/f/+/wUAAQAGAPn/AwAAAP3/AgABAP3/CwD9//j///8JAPj/BAAAAPz/+v8PAPf//v/5/wkAAgAAAP//BQD5/wIA+/8GAP7/AAD9/wMA/P8HAP3//P/9/wcA//8CAP//9f8PAPz/+/8GAP//+/8GAP//AAACAP7/+/8EAAEA///5/wgA///5/wgA///6/wgAAQD+/wEA/f8FAP7//f8FAP7//f8GAP3/AAD+/wIA/f/2/wwA9/8PAPr//v8FAP3/BQD8///////+/wQABgD6/wAABgD7////+P/+/woAAAD8/wUACAD1/wMAAAD8/wQA/P8NAPf//v8DAP/////7/wYAAAD6/wcA9f8OAP3////4/wkA///4/wkAAAACAP7/DAD9//j/AAD5/wcA+/8JAPz/AAALAPT/BwD8//z/AAD9/wMAAQD+/wEAAgD+/wAA+f/9/woA///3/wsA/v8BAAEAAAD8/wQA/f8AAAMAAAADAP3/AAAFAPv//f8FAP3/AQD3/wgA+P/+/woA//8CAP////8CAP/////8/wQADgD5//n///8DAP7///8DAP7/BAD7/wEA///8/wUA/P8JAPv///8HAPv/9//+/wsAAAACAP7/+f8GAAEA/f8FAP7//f8FAP//BwD7//7/8P8eAPP/+f8KAP7/+v8HAP///P8AAAQA/P8AAAQAAAACAP7/+P/8/wsAAAAFAPv/AAAFAPv//f/9/wYA/P8EAP/////5/wgA/P8FAP7/BQD9//7///8CAP/////+/wMABAD8////AAD+/wIAAAD+/wIA/f8JAPr///8CAP///v8EAP3/CAD8//z/+/8GAP7//v8AAAIAAAD8/wQA9v8JAAEA+v8EAAIA9P8TAPn/6/8VAAAA/f8HAP3/CQD8//v//v8DAAAAEwDu////+v8GAAAAAAD+/wMA/v8EAP//BAD9////AwD///7//v8CAAAAAQD8/wMAAAD8/wQA/f8EAP/////4/wkA/v///wIA+f8SAPX///8DAP7/+f8TAPT/AAACAP7/+/8UAPH//v8CAAAA//8HAPr///8FAP3//v8DAAAACAD6////AAD4/wcACwD4//3//P8CAAEA/P/+/wYADAD8//f/8v///xAA/v8AAAIA/v/5/wkA9/8RAPj/AAAEAPz////+/wMAAwACAPv/+f8UAPP/+v8SAPT/AAACAP//BQAAAPv/AwAFAPj//f8GAP3/+v8NAPn/+v8NAPn/BwD8//3///8FAPz///8FAPz//P/9/wcA/f/+/wUA/v/9/wUA///8/wUA/P8DAAEA/P8FAP//+v/8/woA/P8GAP3///8EAP3/+v8HAP//+v///wgAAAD7/wUABgD9//3/AQD5/wYA/f/2/w0A/f/8/wcA///9/wQAAAD1/wsAAwD+////AAD7/wUAAwD+////AAD6/wcA+/8IAP3//v8FAP3/DQD1//7/+/8LAPr/AAD+/wIAAAD9/wMA///5/wkA9P8RAPz///8FAP3//f8EAP//CgD5//3/AQD7/wQA//8CAP//DQD4//v/BAD///3/AAAEAP3/BgABAPn/BQAAAPv//f8CAAEACAD6//7//f8EAP//BgAGAPT/BAD9/////v/+/wQA/v/+/wQA/v8DAP//AAD9/wMA+v8LAPv/AAACAP7//P8HAP3/AAD6/wcAAAD6/wcA6/8KAAoA+f8FAAIAAAD+/wIACwD4//3/MgDu/+D/AAD9/wQA///2/wsA/v8HAPv//v/9/wQAAgACAPz///8CAP//AAD8/wQA//8DAP7/BwD///r/8P8aAPb/DQD8//b/9v/2/xQAAAD+/wMACgABAPX/9P8OAP3/9P8OAP3///8FAPz///8FAPz/CAD9//v/BwD7//7/BgADAPf/CAABAPf/AAACAP//AAD+/wIA//8FAPz/AAAEAP3/6v8GABAA+////wYA//8CAP7/AAACAP7/+f8SAPX//P8AAAMAAAD0/wwAAAD8/wQA/f8DAAAA///+/wMA//8CAP////8KAPf/+/8HAP3/+v8GAAAA//8CAP////8DAP7/AwD///3/AAD+/wMA/f8HAPz/AQACAP7/DwDy/wAAGgD//+f/BQD5/wIA/v/7/wYAAAD9/wMA//8LAPb//P8FAP//DQD0////BgD7////BwAEAPX/BQAFAPb/+v8PAPf//v/+/wMAAAD9/wMA///6/wcABAD9////+v8HAP///f/1/w0A/f8CAAEA9v8PAPv/CwD0/wEACQD///j/CAD9//z/8f8KAAUA/v8FAP7/DgD0//7/AAACAP7//v/8/wYA9f8PAPz/9f8NAP3//v8CAAAACwD1/wAAAQADAP3////9/wQA/P8BAAMA/f8MAPf//v8BAAEA9v8MAP7////8/wQABQD7/wAA9f8IAAMAAAD8/wQAAAD8/wQA+f8SAPX//////wIA/v/9/wUA/v/9/wQAAAAFAPz///8NAPP/BgD8////+v8PAPf/EwD0//n/DwD0//3/CQD6//7/BAADAPn/CAD9//z/AAADAP3//P/4/wwA8/8RAPz//P8EAAAA8/8MAAEA/////wIA//8FAPz/BQD6/wIA/v/7/wYA/P8VAO//AQACAP3/9/8UAPb////1/wwA/f8BAAIA//8SAPD//v8HAPr////7/wYA///+/wMA///+/wMA+f8HAP////8CAP//AAADAP7/AQAFAPr///8EAP3//P8KAPr/AAD+/wIABwD///r//P8FAP7////+/wIAAAAFAPv/CQD+//n////2/woABQAIAPP//f8EAAAA///5/wgA///5/wcABwD9//z/DgD0//7/AwD9////AAD+/wIA9/8KAAAABgD6/wAA/v/7/wYA//8DAP3/AAD+/wIA/v8CAAAA/v8GAPv////5/wgA/v8FAP3/9P/7/xEAAAD7/wUA/P/+/wYA//8EAP3/DAAKAOr/AAADAP7///8CAP////8EAP3/AAAEAPz/DAD7//n/+f8GAAEA/P/+/wYAAAD+/wIAAgABAP3//f8BAAIAAAD4/wgA9P8PAP3//v/5/wgA+//3/w4AAAD8/wUA/P8KAPr/CAD4/wAA/v8HAPv/7P/r/ykAAAD9/wMA/P8CAAIA///7/wYA/v/7/wYA/v/8/wYAAAD7/wUA9//8/wwA///+/wMAAAD+/wIA/P8FAP/////0/w4A/v/7/wYABwD6////AAAKAPb/AAD+/wIA9f8KAAEAAAD9/wMAAQD1/woAAAD+/wIA/v8CAAAABwD+//z/BgD6/wAA+v8SAPX///8FAPz////5/wgA/P/4/wwACAD6//7//P8KAPr////7/wYAAQAAAP7/AAAEAPz/CQAAAPj/DQD6//n/DgD4//n///8CAP//DAD1/wAABwD7//7//v8DAAAABgD7/wAA/P/1/w8AAwAAAPz/CwD4//3/CAD7//3///8DAP////8CAP//+P/6/w4A/P8FAP//CgABAPX//v8GAPz/+v8PAPf////8/wUAAAAJAPf//v8BAAEADAD1//7/BgD8//7/9v/7/w8A/////wIA//8AAAIADQD4//v/AAD8/wQA///5/wgA/P8HAP3/BQD9//7//f8HAPv/BwAKAO///P8CAAIA+v8GAP///v8MAPb/DAD2//7//v/9/wUAAAAEAPz/EQACAO3/AAD5/wcABgD1/wUA///2/wsAAgD//////f8EAP//BgD///r/DAD6//r/+v8EAAIA/v8AAAIAAAD8/wQA/v/8/wYA/P8HAP3////9/wQA/P/7/woABQD8//7/8f/w/x4AAAD9/wMAAAD5/wcABwAHAPL/AAD+/wIA/P8GAP7/AAD9/wQAAAD7/wUAAAD+/wIA//8CAAAA///3/woA///1/wwAAAD8/wUAAgADAPz/8v8qAOT/AgD+////9/8TAPb//v8CAAAA/f8JAPr//v8DAP///v/9/wUA9f8YAPP////8/wUA/P8HAP3/AAACAP7///8DAP////8CAAAAAAD+/wIA+v8GAAAA9/8KAP//AwD2/wcAAwD7/wIA+/8GAP//8P8CAA4AAAD5/wcAAAD8/wQAAAD+/wIA+f8LAPz/9f/7/w8AAAAFAPv////8/wUAAAAFAPv/AAAFAPv/AAD+/wMA//8HAPr/AAAFAPv/BQD5/wIA///1/wsA/P8BAAIA//8FAPv/AAD9/wMA/P/9/wcA///7/wYAAAD7/wUAAQADAPz//P8DAAEA/f8DAAAA///8/wUA+v8LAPr//f8EAP//AAD7/wUAAAD8/wUA/v/4/woA/////wIACwD8//n/9v/9/w0AAgAAAP7//v/+/wQA//8CAP//AAACAP///f/6/wkA//8CAP//AAD9/wQABADy/woABgD8//7/AwD5/wQAAgD/////AAACAP7/9P8LAAAA//8DAP7//P8HAP3///8CAAAA+////wYA///7/wYA+P8MAPz//P8FAP///v8GAPz///8DAP3/AAD+/wIA/v/6/wgA/////wIA//8DAP7////7/wYAAAD8/wUA///4/wkA//8CAAAACQD8//v/AAD+/wEA///9/wQA+f8IAAAA/P/+/wYA///5/wgA/v/5/wkACAD8//z/BgD9//3//v/8/wYA///8/wUA/v8GAPz//////wIAAAD+/wIA9v/0/xYA//8FAP3/AAD//wIA+P8FAAMA/P8CAAIAAQAGAPr/BQD8////+//3/w4A/f/6/wkA///4/wkAAAD7/wUAAAD9/wMAAAD7/wYA//8HAPv///8HAPv/8/8LAAIA//8EAP7/+v8NAPn/9v/8/w8A9v/8/w8AAAACAP7/+f/6/wwA///+/wMA+v8NAPn/+v8NAPn/BQD+//3/BQD8////AAD7/wUA///9/wMA+P///wkA/v/+/wMA/v/+/wMA7P8bAPn/BAD8/wAABgD5/wEACgD8//r/CQD9//r/CwDv/wYA///7/wYA+f/7/wwA+P8JAP/////9/wQA+v8HAP7/8/8UAPr/AAAFAPv/AAD+/wIA//8CAAAAAAD5/wcA/P8DAAAA//8CAP//+v///wYA+f/5/w4A/////wIA///8/wUA/P/+/wYA/v8EAP7/9P8LAAEAAwABAPz/AwD///7/AAADAP7/9/8FAAUA/P8TAPH/9P8RAPv//v8DAP////8CAP////8DAP7///8DAP7//f8FAP7//v8LAPf//v8LAPf/+P8DAAQA+P/4/w8ABAADAPn//v8GAPz/AAD5/wcAAAAJAPf/AwABAPz/AQAEAPz/8//7/xMA9v/0/xYAAAD8/wQA/f8AAAMA///6/wYA/f8DAAAA///6/wcA/////wMA///+/wQA/v8CAP//AAD5/wcAAAD9/wMA8v8GAAgA/P8HAP3/AAACAP7////+/wMAAAD9/wQA///4/wkA+v/+/wkAAgAHAPf//P8HAP3/9P8OAP3/8v8NAAEADwDz//7/AgAAAP7///8FAPz/AAD//wIA///9/wQAAAACAP////8EAP3/BAD+//7//P8KAPr//v8FAP3/+P8LAPz//v8HAPv//v8IAPr/AAD8/wQA8/8SAPr/+/8GAP//8//8/xAA///9/wQA/v8FAP3/AAD7/wUA//8EAP3/BAD0/wgABAD+//7///8FAPz///8EAP3//f8JAPv///8CAP//AQD+/wEA+//5/wwA+//6/wsA/v8AAAIA/P8FAP///P8HAP3//v/9/wUAAAD6/wYACgADAPL/BwD8//3/8f8hAO7/+/8KAPv///8HAPr//P8KAPr/+v8DAAIA+/8LAPr/BwD7//3/BwD7//7/DAD9//f/AAD//wIAAAD//wIACQD8//v///8EAP3//f8FAP//AAD6/wYA//8FAPz/BwD8//3/EwDu////DAD7//n/CQD6//3/AAADAP7/+f8SAPX/9f8PAPz/CAD6//7/CAD5//7/AwDy/wsA/f8HAPz///8DAP7//v/8/wYA/v8CAAAA/v8BAAEA/v/7/wcA/v8GAPz/BAD+//7//v8HAPv//v8HAPv/7/8KAAYA8/8DAAoA///+/wMA///9/wMACgD0/wIA/v8EAP//AAD7/wUA5/80AOX/+/8GAP//+f8TAPX/8//7/xIABwD5/wAAAwD5/wQA/P8FAP//8v8KAAQAAAD+/wIABgD9//3///8DAP7/AAD+/wIA7/8OAAMABgABAPr/+/8DAAIABwD9//z////+/wMA9f8NAP7//v///wQA/v/9/wQA//8CAP//AAAEAPz/AAD+/wIABwABAPj/BQD5/wIACAD8//3//v8AAAEADwD4//r///8DAP//AAD+/wIA/f/6/wkA//8DAP7/AAD+/wIAAAD7/wUAAAAFAPv//v8CAAAA/v/6/wgA///6/wYA9P/9/w8A5f8gAPv/AAADAP3///8NAPT////7/wYA/f8EAP///v///wMA/P8IAPz///8DAP7/AAD//wIAAQD8/wMAAwD9////AwD9/////f8EAP///v8FAP3/AAD9/wMA/f8FAP7/FQAcAM//AQD4/wgAEwDt////BAAPAO3//v8EAP3//v/9/wUA/P8IAPz/CQD5//7//P8HAP3///8CAP7/+P8TAPX/+v8HAP//+v8HAP////8CAP///P8FAP//CgD///f/AAACAP////8FAPv/AAD+/wIA/v8DAP////8CAP//BQD8////AQAdAOL/9f8NAP3///8FAP3/AAD6/wYA/P/8/wgA9f/9/w4AAQADAPz/AwAAAP3///8EAP3/EgDv///////+/wMADgD1//z//v8FAP7//f8DAP//AAD+/wIA7/8TAP7/AAD+/wIA9//5/w8A+/8BAAMAAAALAPX///8DAP7/+v8IAP///f8FAP7///8CAP//+f8OAPn/CAD9//v///8CAP//9P8GAAYA//8CAP7//P8DAAEABAD9//////8DAP7///8DAP7////6/wcACgD2/wAABwD6/wAA/v8NAPb////7/wUAAAACAP///v8DAP//+f8PAPj/BAD///3//P/8/wgA+//6/wsA/f8FAP7/AAD8/wQA/P///wUABgD9//3/BAD8////BgD///v//f8FAP3/+v8NAPn/AwD7/wIA9v/9/w0ABgD4/wIAAwD5/wQA/P8GAP7//P8GAP7/+/8GAP///v///wQA//8GAPv/BQD8/////v8FAP3//f8FAP//BQD8//7///8CAP//8/8DAAoA9P8OAP7//v8DAP///f8CAAAABAD9/////v8EAP7//v8EAP7/+/8LAPr/8/8RAPz////9/wQA+f8MAPv//P8CAAEA//8HAPv/AAD+/wIA//8CAP//AAD6/wYA9/8BAAgAAAD+/wMA//8GAPv/9f/5/xIA/f8KAPn////7/wYA///7/wYA+f8DAAQA/v8DAP////8CAP//+v///wcA/v8BAAEA/v8CAAEACAD4/wEABAD4/wQA/v8GAPz///8JAPj////8/wUA///8/wUA/v/7/wcA/v8HAPz///8EAP7/9v8LAP//AAACAP7/8v8HAAcAAAD+/wMACwDz/wIA+v8HAP///f8HAPz/FQDt////IADu//H/AAD3/wkAAAAEAP3/AAD7/wUAAAD8/wQAAAABAP7//P/+/wYAAwAAAPz/AAD3/woAAAD+/wIA///9/wQA2v8vAPf/+P8NAPv/BwD6/////f8FAP7/AAACAP7//v8FAP3/+f/+/wkADAD8//j/AgD+////CwD2////CwD2/////v8EAP7///8CAP///P8EAAAA/f8EAP///P8FAAAA/v/2/wsA/v/2/wsAAgD+/wEAAAD+/wIAAAAKAPb/AAD+/wIACAD5/wAADwD0//3/AAACAP//9v8LAP////8CAP///v8BAAEA/v8BAAEA/v/9/wUA+P8IAAAA+f8JAP7//P/9/wcA5/8bAP7/+P8NAPv////5/wgA//8CAP////8CAP//BwD6////BAD///3/DQD4//v/DQD4//v/BQABAPr///8CAP//+/8bAOn/CAD///n/AgAJAPX/+f/3/xAA/////wIA/f8KAPn//v8GAPz/AAD4/wgADQACAPH/BgAAAPr//v8DAAAA//8FAPz/AgD+/////P8EAAAA/f/1/w4A/////wIA4f8fAAAAAAD5/wcA//8HAPr//P8HAPz/AAACAP7/AAADAP3/AAADAP3/+/8NAPj//P8JAPv/+/8IAP3/BgD8//7/BgD8//7/EgD+//D////8/wQA///6/wcA/P8FAP///f8KAPn///8FAPz//f/5/wkA//8CAP//CwACAPP//P8FAP///v8EAP7/AAD+/wIAAAAHAPn/AAD+/wIAAwD6/wMAAAD8/wQA+f8LAPz//f8DAP///f8DAP//AAD+/wIA/P/4/wwA/P/4/wwA/f8CAAEAAwD+////BwD8//3/AAD9/wMA/P8GAP7///8DAP7/AwD7/wIACADr/w4A/v8CAAAA/v/8/wYAAwD9/wAA/v/+/wQA/v/4/woABQD+//7//v/8/wcA///5/wcAAAD9/wQACgD4//7/AAD+/wIA/v8FAP3/EAD6//X/BQD///z/CwD7//r/CgD8//r/7/8iAO///P8GAP3/+v8GAP//AAACAP7/+f8RAPb/AAACAP7/CAD6//7/AAD+/wIA9f8KAAEAAAD9/wMA9f/5/xIAAAD8/wQA/v8CAP//AwABAPz/9f8CAAoACAD4/wAADAD///X/AAD8/wQA9/8KAP//AAD+/wIA//8DAP7/AAD//wIA/v/8/wYA+P8NAPv///8IAPr/+P8IAAAAAAD+/wIA+P8AAAgA9v/9/w0A6/8gAPX/AAD5/wcA///7/wYAAAD8/wQABAAIAPT/CAD8//z//v8CAAAA+/8FAAAA/P8FAP////8EAP3/AAADAP3/AAD4/wgABwD8//z/BgAAAPr///8HAPr//v8CAAAABwD4/wEA///+/wQA//8CAP//AAD+/wMA+f/8/woAkwC7/7L/";

// src/classify/model.ts
var LEVELS = ["simple", "medium", "complex"];
var WEIGHT_UNIT = 100;
function unpackWeights(names, weights) {
  const keys = names ? names.split("\n") : [];
  const buf = Buffer.from(weights, "base64");
  return {
    get(feature) {
      let [lo, hi] = [0, keys.length - 1];
      while (lo <= hi) {
        const mid = lo + hi >> 1;
        const k = keys[mid];
        if (k === feature) return [0, 1, 2].map((j) => buf.readInt16LE((mid * 3 + j) * 2) / WEIGHT_UNIT);
        if (k < feature) lo = mid + 1;
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
  for (const [feature, value] of f) {
    const fw = w.get(feature);
    if (!fw) continue;
    for (let k = 0; k < LEVELS.length; k++) logits[k] += value * fw[k];
    known.push({ feature, value, w: fw });
  }
  const order = [0, 1, 2].sort((a, b) => logits[b] - logits[a]);
  const [best, second] = [order[0], order[1]];
  const max = logits[best];
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  const contributions = known.map(({ feature, value, w: fw }) => ({ feature, value, push: value * (fw[best] - fw[second]) })).filter((c) => c.push !== 0).sort((a, b) => Math.abs(b.push) - Math.abs(a.push));
  return { level: LEVELS[best], probabilities: exps.map((e) => e / sum), contributions };
}

// src/classify/precompiled.generated.ts
var PRECOMPILED = `{"scope":{"words":[],"wordStems":["refactor","architect","rearchitect","migrat","redesign","rewrit","overhaul","restructur","monolith","microservice","shard","replatform","decoupl","modularis","modulariz","rework","reimplement"],"exact":[["re",[0,1,2]],["micro",[3]]],"stems":[["u",[["upgrad",4]]],["m",[["mov",4]]],["s",[["switch",4]]],["p",[["port",4]]],["g",[["go",4]]]],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"re","stem":false}]]},{"alts":[[{"word":"architect","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"re","stem":false}]]},{"alts":[[{"word":"platform","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"re","stem":false}]]},{"alts":[[{"word":"implement","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"micro","stem":false}]]},{"alts":[[{"word":"service","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"upgrad","stem":true}],[{"word":"mov","stem":true}],[{"word":"switch","stem":true}],[{"word":"port","stem":true}],[{"word":"go","stem":true}]]},{"gap":8},{"alts":[[{"word":"from","stem":false}]]},{"gap":4},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false}],"zh":["\u91CD\u6784","\u67B6\u6784","\u8FC1\u79FB","\u8FC1\u5230","\u8FC1\u81F3","\u91CD\u65B0\u8BBE\u8BA1","\u91CD\u5199","\u91CD\u505A","\u6539\u9020","\u89E3\u8026","\u62C6\u5206","\u5355\u4F53","\u5FAE\u670D\u52A1","\u5206\u5E93\u5206\u8868","\u5206\u7247","\u6A21\u5757\u5316"],"zhStart":[],"regexps":[["\u4ECE[^\uFF0C\u3002,\\\\n]{1,30}(?:\u5347\u7EA7\u5230|\u5347\u5230|\u6362\u5230|\u5207\u5230|\u5207\u6362\u5230|\u8F6C\u5230|\u8F6C\u6210|\u6362\u6210)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"shift":{"words":[],"wordStems":[],"exact":[["replaced",[0]]],"stems":[["r",[["replac",1]]],["s",[["switch",2],["split",3],["split",4]]],["p",[["port",5]]],["c",[["convert",6]]],["u",[["upgrad",7]]],["e",[["extract",8]]]],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"replaced","stem":false}]]},{"alts":[[{"word":"by","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"replac","stem":true}]]},{"gap":6},{"alts":[[{"word":"with","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"switch","stem":true}]]},{"gap":4},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"split","stem":true}]]},{"gap":8},{"alts":[[{"word":"into","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"split","stem":true}]]},{"gap":4},{"alts":[[{"word":"out","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"port","stem":true}]]},{"gap":3},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"convert","stem":true}]]},{"gap":5},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"upgrad","stem":true}]]},{"gap":4},{"alts":[[{"word":"to","stem":false}]]},{"alts":[[{"num":"major"}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"extract","stem":true}]]},{"gap":8},{"alts":[[{"word":"into","stem":false}]]}],"anchored":false}],"zh":["\u66FF\u6362","\u6362\u6210","\u6362\u6389","\u8FC1","\u62C6\u51FA","\u62C6\u6210","\u62BD\u6210","\u62BD\u51FA","\u62BD\u79BB","\u5347\u5230","\u6539\u5199\u6210"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"cross":{"words":["whole","entire","across","everywhere","codebase","monorepo","globally","throughout"],"wordStems":[],"exact":[["code",[0]],["codebase",[1]],["project",[2]],["app",[3]],["system",[4]],["every",[5]],["all",[6]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"code","stem":false}]]},{"alts":[[{"word":"base","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"codebase","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"project","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"app","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"system","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"every","stem":false}]]},{"gap":2},{"alts":[[{"word":"endpoint","stem":false}],[{"word":"endpoints","stem":false}],[{"word":"service","stem":false}],[{"word":"services","stem":false}],[{"word":"file","stem":false}],[{"word":"files","stem":false}],[{"word":"module","stem":false}],[{"word":"modules","stem":false}],[{"word":"component","stem":false}],[{"word":"components","stem":false}],[{"word":"query","stem":false}],[{"word":"querys","stem":false}],[{"word":"api","stem":false}],[{"word":"apis","stem":false}],[{"word":"route","stem":false}],[{"word":"routes","stem":false}],[{"word":"page","stem":false}],[{"word":"pages","stem":false}],[{"word":"table","stem":false}],[{"word":"tables","stem":false}],[{"word":"package","stem":false}],[{"word":"packages","stem":false}],[{"word":"handler","stem":false}],[{"word":"handlers","stem":false}],[{"word":"controller","stem":false}],[{"word":"controllers","stem":false}],[{"word":"model","stem":false}],[{"word":"models","stem":false}],[{"word":"screen","stem":false}],[{"word":"screens","stem":false}],[{"word":"operation","stem":false}],[{"word":"operations","stem":false}],[{"word":"request","stem":false}],[{"word":"requests","stem":false}],[{"word":"call","stem":false}],[{"word":"calls","stem":false}],[{"word":"caller","stem":false}],[{"word":"callers","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"all","stem":false}]]},{"gap":3},{"alts":[[{"word":"endpoints","stem":false}],[{"word":"services","stem":false}],[{"word":"files","stem":false}],[{"word":"modules","stem":false}],[{"word":"components","stem":false}],[{"word":"queries","stem":false}],[{"word":"apis","stem":false}],[{"word":"routes","stem":false}],[{"word":"pages","stem":false}],[{"word":"tables","stem":false}],[{"word":"packages","stem":false}],[{"word":"repos","stem":false}],[{"word":"handlers","stem":false}],[{"word":"controllers","stem":false}],[{"word":"models","stem":false}],[{"word":"screens","stem":false}],[{"word":"callers","stem":false}],[{"word":"usages","stem":false}],[{"word":"operations","stem":false}],[{"word":"tests","stem":false}],[{"word":"clients","stem":false}],[{"word":"apps","stem":false}]]}],"anchored":false}],"zh":["\u6574\u4E2A","\u5168\u90E8","\u6240\u6709","\u5168\u5C40","\u5168\u7AD9","\u5168\u91CF","\u5404\u4E2A","\u6BCF\u4E2A","\u9010\u4E2A","\u5168\u9879\u76EE","\u5168\u9762","\u7EDF\u4E00"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"featureStrong":{"words":["introduce","develop"],"wordStems":["implement","design","integrat"],"exact":[["build",[0]],["set",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"build","stem":false}]]},{"alts":[[{"word":"a","stem":false}],[{"word":"an","stem":false}],[{"word":"the","stem":false}],[{"word":"our","stem":false}],[{"word":"new","stem":false}],[{"word":"out","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"set","stem":false}]]},{"alts":[[{"word":"up","stem":false}]]}],"anchored":false}],"zh":["\u5B9E\u73B0","\u8BBE\u8BA1","\u642D\u5EFA","\u5F00\u53D1","\u96C6\u6210","\u63A5\u5165"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"feature":{"words":["add","adding","write","create","support","i18n","localisation","localization","enable","allow"],"wordStems":["internationalis","internationaliz"],"exact":[],"stems":[],"numeric":[],"entries":[],"zh":["\u65B0\u589E","\u65B0\u5EFA","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u652F\u6301","\u589E\u52A0","\u6DFB\u52A0","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u56FD\u9645\u5316","\u591A\u8BED\u8A00"],"zhStart":[],"regexps":[["\u7ED9[^\uFF0C\u3002,\uFF1B;\\\\n]{1,24}?\u52A0","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"systemNoun":{"words":["system","subsystem","platform","framework","engine","pipeline","infrastructure","scheduler","gateway","protocol","layer"],"wordStems":[],"exact":[["service",[0]],["services",[0]],["module",[0]],["modules",[0]],["sdk",[0]],["sdks",[0]],["queue",[0]],["queues",[0]],["worker",[0]],["workers",[0]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"service","stem":false}],[{"word":"services","stem":false}],[{"word":"module","stem":false}],[{"word":"modules","stem":false}],[{"word":"sdk","stem":false}],[{"word":"sdks","stem":false}],[{"word":"queue","stem":false}],[{"word":"queues","stem":false}],[{"word":"worker","stem":false}],[{"word":"workers","stem":false}]]}],"anchored":false}],"zh":["\u7CFB\u7EDF","\u6A21\u5757","\u5E73\u53F0","\u6846\u67B6","\u5F15\u64CE","\u4E2D\u95F4\u4EF6","\u961F\u5217","\u8C03\u5EA6","\u7F51\u5173","\u534F\u8BAE","\u65B9\u6848"],"zhStart":[],"regexps":[["\u670D\u52A1(?!\u7AEF|\u5668)","g"]],"literals":[],"unlessAfterEn":["existing","current"],"unlessAfterZh":["\u73B0\u6709","\u5DF2\u6709","\u73B0\u5728"]},"artifact":{"words":["cron","middleware","cache","caching","class","classes","validation"],"wordStems":[],"exact":[["endpoint",[0]],["endpoints",[0]],["api",[0]],["apis",[0]],["route",[0]],["routes",[0]],["page",[0]],["pages",[0]],["screen",[0]],["screens",[0]],["component",[0]],["components",[0]],["command",[0]],["commands",[0]],["flag",[0]],["flags",[0]],["option",[0]],["options",[0]],["field",[0]],["fields",[0]],["column",[0]],["columns",[0]],["table",[0]],["tables",[0]],["form",[0]],["forms",[0]],["button",[1]],["buttons",[1]],["toggle",[1]],["toggles",[1]],["script",[1]],["scripts",[1]],["job",[1]],["jobs",[1]],["webhook",[1]],["webhooks",[1]],["handler",[1]],["handlers",[1]],["plugin",[1]],["plugins",[1]],["workflow",[1]],["workflows",[1]],["dialog",[1]],["dialogs",[1]],["modal",[1]],["modals",[1]],["shortcut",[1]],["shortcuts",[1]],["function",[1]],["functions",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"endpoint","stem":false}],[{"word":"endpoints","stem":false}],[{"word":"api","stem":false}],[{"word":"apis","stem":false}],[{"word":"route","stem":false}],[{"word":"routes","stem":false}],[{"word":"page","stem":false}],[{"word":"pages","stem":false}],[{"word":"screen","stem":false}],[{"word":"screens","stem":false}],[{"word":"component","stem":false}],[{"word":"components","stem":false}],[{"word":"command","stem":false}],[{"word":"commands","stem":false}],[{"word":"flag","stem":false}],[{"word":"flags","stem":false}],[{"word":"option","stem":false}],[{"word":"options","stem":false}],[{"word":"field","stem":false}],[{"word":"fields","stem":false}],[{"word":"column","stem":false}],[{"word":"columns","stem":false}],[{"word":"table","stem":false}],[{"word":"tables","stem":false}],[{"word":"form","stem":false}],[{"word":"forms","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"button","stem":false}],[{"word":"buttons","stem":false}],[{"word":"toggle","stem":false}],[{"word":"toggles","stem":false}],[{"word":"script","stem":false}],[{"word":"scripts","stem":false}],[{"word":"job","stem":false}],[{"word":"jobs","stem":false}],[{"word":"webhook","stem":false}],[{"word":"webhooks","stem":false}],[{"word":"handler","stem":false}],[{"word":"handlers","stem":false}],[{"word":"plugin","stem":false}],[{"word":"plugins","stem":false}],[{"word":"workflow","stem":false}],[{"word":"workflows","stem":false}],[{"word":"dialog","stem":false}],[{"word":"dialogs","stem":false}],[{"word":"modal","stem":false}],[{"word":"modals","stem":false}],[{"word":"shortcut","stem":false}],[{"word":"shortcuts","stem":false}],[{"word":"function","stem":false}],[{"word":"functions","stem":false}]]}],"anchored":false}],"zh":["\u63A5\u53E3","\u9875\u9762","\u7EC4\u4EF6","\u547D\u4EE4","\u53C2\u6570","\u5B57\u6BB5","\u8868\u5355","\u6309\u94AE","\u5F00\u5173","\u811A\u672C","\u4EFB\u52A1","\u7F13\u5B58","\u63D2\u4EF6","\u529F\u80FD","\u5DE5\u4F5C\u6D41","\u5F39\u7A97","\u6821\u9A8C","\u51FD\u6570","\u7C7B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"modify":{"words":["change","update","modify","make","adjust","tweak","improve","handle","remove","delete","rename","cleanup","persist","show","expose","use","raise","split","move","moving","extract","keep","switch","upgrade"],"wordStems":["fix","convert","replace"],"exact":[["clean",[0]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"clean","stem":false}]]},{"alts":[[{"word":"up","stem":false}]]}],"anchored":false}],"zh":["\u4FEE","\u6539","\u5199","\u5220","\u53BB\u6389","\u8C03\u6574","\u5904\u7406","\u6362","\u8865","\u52A0","\u505A","\u8C03\u5927","\u8C03\u5C0F","\u62C6","\u62BD","\u8FC1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"bug":{"words":["bug","bugs","broken","break","breaks","fail","fails","failing","failure","hang","hangs","flaky","sometimes","randomly","regression","wrong","incorrect","investigate","debug"],"wordStems":["crash","freez","intermittent","leak","diagnos","reproduc"],"exact":[["doesn't",[0]],["doesnt",[1]],["not",[2]],["stopped",[3]],["blank",[4]],["find",[5]],["root",[6]],["keep",[7]],["keeps",[7]],["return",[8]],["returns",[8]],["internal",[9]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"doesn't","stem":false}]]},{"alts":[[{"word":"work","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"doesnt","stem":false}]]},{"alts":[[{"word":"work","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"not","stem":false}]]},{"alts":[[{"word":"working","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"stopped","stem":false}]]},{"alts":[[{"word":"working","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"blank","stem":false}]]},{"alts":[[{"word":"screen","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"find","stem":false}]]},{"alts":[[{"word":"out","stem":false}]]},{"alts":[[{"word":"why","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"root","stem":false}]]},{"alts":[[{"word":"cause","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"keep","stem":false}],[{"word":"keeps","stem":false}]]},{"alts":[[{"word":"growing","stem":false}],[{"word":"failing","stem":false}],[{"word":"crashing","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"return","stem":false}],[{"word":"returns","stem":false}]]},{"alts":[[{"word":"a","stem":false}],[{"word":"an","stem":false}],[]]},{"alts":[[{"num":"status"}],[{"word":"error","stem":false}],[{"word":"errors","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"internal","stem":false}]]},{"alts":[[{"word":"server","stem":false}]]},{"alts":[[{"word":"error","stem":false}]]}],"anchored":false}],"zh":["bug","\u62A5\u9519","\u51FA\u9519","\u5931\u8D25","\u6302\u4E86","\u4F1A\u6302","\u5D29\u6E83","\u5361\u6B7B","\u767D\u5C4F","\u4E71\u7801","\u6B7B\u5FAA\u73AF","\u4E0D\u751F\u6548","\u4E0D\u5DE5\u4F5C","\u6CA1\u53CD\u5E94","\u5076\u5C14","\u6709\u65F6\u5019","\u65F6\u4E0D\u65F6","\u6CC4\u6F0F","\u6CC4\u9732","\u6392\u67E5","\u5B9A\u4F4D","\u539F\u56E0","\u590D\u73B0","\u5F02\u5E38","\u4E0D\u5BF9","\u6709\u95EE\u9898","\u51FA\u95EE\u9898"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"performance":{"words":["performance","perf","latency","throughput","bottleneck","bottlenecks","profile","profiling","n+1","memory","cpu","faster","laggy","lag","oom"],"wordStems":["slow","optimis","optimiz","jank"],"exact":[["p90",[0]],["p95",[0]],["p99",[0]],["p999",[0]],["speed",[1]],["under",[2]],["high",[3]],["load",[4]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"p90","stem":false}],[{"word":"p95","stem":false}],[{"word":"p99","stem":false}],[{"word":"p999","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"speed","stem":false}]]},{"alts":[[{"word":"up","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"under","stem":false}]]},{"alts":[[{"word":"heavy","stem":false}],[]]},{"alts":[[{"word":"load","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"high","stem":false}]]},{"alts":[[{"word":"load","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"load","stem":false}]]},{"alts":[[{"word":"test","stem":true}]]}],"anchored":false}],"zh":["\u6162","\u5F88\u5361","\u5361\u987F","\u592A\u5361","\u6709\u70B9\u5361","\u6027\u80FD","\u5EF6\u8FDF","\u8017\u65F6","\u4F18\u5316","\u74F6\u9888","\u5185\u5B58","\u541E\u5410","\u52A0\u901F","\u63D0\u901F","\u9AD8\u5E76\u53D1","\u538B\u6D4B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"tests":{"words":["test","tests","spec","specs","coverage","e2e"],"wordStems":[],"exact":[["unit",[0]],["integration",[1]],["test",[2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"unit","stem":false}]]},{"alts":[[{"word":"test","stem":false}],[{"word":"tests","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"integration","stem":false}]]},{"alts":[[{"word":"test","stem":false}],[{"word":"tests","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"test","stem":false}]]},{"alts":[[{"word":"case","stem":false}],[{"word":"cases","stem":false}]]}],"anchored":false}],"zh":["\u6D4B\u8BD5","\u5355\u6D4B","\u7528\u4F8B","\u8986\u76D6\u7387"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"trivial":{"words":["typo","typos","spelling","rename","renaming","bump","docstring","docstrings","jsdoc","wording","label","prettier","whitespace","readme","license","changelog","gitignore","copyright","env.example","console.log"],"wordStems":["misspell","reformat","indent"],"exact":[["add",[0]],["comment",[1]],["comments",[1]],["code",[2]],["copy",[3]],["lint",[4]],["eslint",[4]],["tsc",[4]],["type",[4]],["format",[5]],["unused",[6]],["commented",[7]],["dead",[8]],["log",[9,10]],["print",[11,12]],["debug",[13]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"add","stem":false}]]},{"alts":[[{"word":"a","stem":false}],[{"word":"an","stem":false}],[]]},{"alts":[[{"word":"comment","stem":false}],[{"word":"comments","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"comment","stem":false}],[{"word":"comments","stem":false}]]},{"alts":[[{"word":"above","stem":false}],[{"word":"on","stem":false}],[{"word":"for","stem":false}],[{"word":"explaining","stem":false}],[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"code","stem":false}]]},{"alts":[[{"word":"comment","stem":false}],[{"word":"comments","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"copy","stem":false}]]},{"alts":[[{"word":"text","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"lint","stem":false}],[{"word":"eslint","stem":false}],[{"word":"tsc","stem":false}],[{"word":"type","stem":false}]]},{"alts":[[{"word":"error","stem":false}],[{"word":"errors","stem":false}],[{"word":"warning","stem":false}],[{"word":"warnings","stem":false}],[{"word":"issue","stem":false}],[{"word":"issues","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"format","stem":false}]]},{"alts":[[{"word":"the","stem":false}],[{"word":"this","stem":false}],[]]},{"alts":[[{"word":"file","stem":false}],[{"word":"code","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"unused","stem":false}]]},{"alts":[[{"word":"import","stem":false}],[{"word":"imports","stem":false}],[{"word":"variable","stem":false}],[{"word":"variables","stem":false}],[{"word":"code","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"commented","stem":false}]]},{"alts":[[{"word":"out","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"dead","stem":false}]]},{"alts":[[{"word":"code","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"log","stem":false}]]},{"alts":[[{"word":"message","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"log","stem":false}]]},{"alts":[[{"word":"level","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"print","stem":false}]]},{"alts":[[{"word":"statement","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"print","stem":false}]]},{"alts":[[{"word":"statements","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"debug","stem":false}]]},{"alts":[[{"word":"log","stem":false}],[{"word":"logs","stem":false}],[{"word":"print","stem":false}],[{"word":"prints","stem":false}],[{"word":"output","stem":false}]]}],"anchored":false}],"zh":["\u9519\u522B\u5B57","\u62FC\u5199","\u91CD\u547D\u540D","\u6539\u540D","\u6587\u6848","\u6CE8\u91CA","\u683C\u5F0F\u5316","\u7248\u672C\u53F7","\u65E5\u5FD7\u7EA7\u522B","\u7AEF\u53E3\u53F7","\u7F29\u8FDB","\u7A7A\u683C","\u6CA1\u7528\u7684","\u65E0\u7528\u7684","\u591A\u4F59\u7684","\u8C03\u8BD5\u65E5\u5FD7","\u6253\u5370\u8BED\u53E5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"operation":{"words":[],"wordStems":[],"exact":[["run",[0]],["execute",[1]],["commit",[2]],["push",[3]],["print",[4]],["show",[5]],["list",[6]],["open",[7]],["check",[8]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"run","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"execute","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"commit","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"push","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"print","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"show","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"list","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"open","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"check","stem":false}]]},{"alts":[[{"word":"the","stem":false}],[]]},{"alts":[[{"word":"status","stem":false}],[{"word":"version","stem":false}],[{"word":"branch","stem":false}]]}],"anchored":true}],"zh":[],"zhStart":["\u8DD1\u4E00\u4E0B","\u8DD1\u4E0B","\u8FD0\u884C","\u6267\u884C","\u63D0\u4EA4","\u63A8\u9001","\u5E2E\u6211\u770B\u4E0B\u5F53\u524D","\u770B\u4E0B\u5F53\u524D"],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"sequence":{"words":["first","firstly","then","next","afterwards","finally","lastly","additionally","plus"],"wordStems":[],"exact":[["after",[0]],["as",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"after","stem":false}]]},{"alts":[[{"word":"that","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"as","stem":false}]]},{"alts":[[{"word":"well","stem":false}]]}],"anchored":false}],"zh":["\u9996\u5148","\u7136\u540E","\u63A5\u7740","\u5176\u6B21","\u6700\u540E","\u540C\u65F6","\u987A\u4FBF","\u53E6\u5916","\u5E76\u4E14","\u8FD8\u8981","\u4EE5\u53CA"],"zhStart":[],"regexps":[["\u518D(?!\u6B21|\u89C1|\u8BF4)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"explainOnly":{"words":[],"wordStems":[],"exact":[["just",[0]],["only",[1]],["don't",[2]],["dont",[2]],["do",[3]],["no",[4]],["without",[5]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"just","stem":false}]]},{"alts":[[{"word":"explain","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"only","stem":false}]]},{"alts":[[{"word":"explain","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"don't","stem":false}],[{"word":"dont","stem":false}]]},{"alts":[[{"word":"change","stem":false}],[{"word":"modify","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"do","stem":false}]]},{"alts":[[{"word":"not","stem":false}]]},{"alts":[[{"word":"change","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"no","stem":false}]]},{"alts":[[{"word":"code","stem":false}]]},{"alts":[[{"word":"change","stem":false}],[{"word":"changes","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"without","stem":false}]]},{"alts":[[{"word":"changing","stem":false}]]}],"anchored":false}],"zh":["\u53EA\u89E3\u91CA","\u4E0D\u8981\u6539","\u522B\u6539","\u5148\u522B\u6539","\u4E0D\u7528\u6539","\u4E0D\u8981\u52A8"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"questionEn":{"words":[],"wordStems":[],"exact":[["what",[0]],["what's",[0]],["whats",[0]],["why",[0]],["how",[0]],["where",[0]],["when",[0]],["which",[0]],["who",[0]],["whose",[0]],["is",[0]],["are",[0]],["was",[0]],["were",[0]],["does",[0]],["do",[0]],["did",[0]],["could",[0]],["should",[0]],["would",[0]],["will",[0]],["has",[0]],["have",[0]],["any",[1]],["quick",[2]],["explain",[3]],["describe",[3]],["summarise",[3]],["summarize",[3]],["tell",[4]],["walk",[5]],["help",[6]],["can",[7]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"what","stem":false}],[{"word":"what's","stem":false}],[{"word":"whats","stem":false}],[{"word":"why","stem":false}],[{"word":"how","stem":false}],[{"word":"where","stem":false}],[{"word":"when","stem":false}],[{"word":"which","stem":false}],[{"word":"who","stem":false}],[{"word":"whose","stem":false}],[{"word":"is","stem":false}],[{"word":"are","stem":false}],[{"word":"was","stem":false}],[{"word":"were","stem":false}],[{"word":"does","stem":false}],[{"word":"do","stem":false}],[{"word":"did","stem":false}],[{"word":"could","stem":false}],[{"word":"should","stem":false}],[{"word":"would","stem":false}],[{"word":"will","stem":false}],[{"word":"has","stem":false}],[{"word":"have","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"any","stem":false}]]},{"alts":[[{"word":"idea","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"quick","stem":false}]]},{"alts":[[{"word":"question","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"explain","stem":false}],[{"word":"describe","stem":false}],[{"word":"summarise","stem":false}],[{"word":"summarize","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"tell","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"walk","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]},{"alts":[[{"word":"through","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"help","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]},{"alts":[[{"word":"understand","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"can","stem":false}]]},{"alts":[[{"word":"you","stem":false}]]},{"alts":[[{"word":"explain","stem":false}],[{"word":"tell","stem":false}]]}],"anchored":true}],"zh":[],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"imperative":{"words":[],"wordStems":[],"exact":[["fix",[0]],["implement",[0]],["add",[0]],["change",[0]],["update",[0]],["refactor",[0]],["migrate",[0]],["make",[0]],["write",[0]],["create",[0]],["build",[0]],["remove",[0]],["delete",[0]],["rename",[0]],["replace",[0]],["convert",[0]],["move",[0]],["split",[0]],["extract",[0]],["upgrade",[0]],["bump",[0]],["set",[0]],["optimise",[0]],["optimize",[0]],["improve",[0]],["handle",[0]],["rewrite",[0]],["redesign",[0]],["integrate",[0]],["debug",[0]],["investigate",[0]],["diagnose",[0]],["profile",[0]],["look",[0]],["figure",[0]],["find",[0]],["track",[0]],["and",[1]],["then",[1]],["please",[1]],["pls",[1]],["plz",[1]],["can",[2]],["could",[2]],["would",[2]],["let's",[3]],["we",[3]],["i",[3]],["help",[3]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"and","stem":false}],[{"word":"then","stem":false}],[{"word":"please","stem":false}],[{"word":"pls","stem":false}],[{"word":"plz","stem":false}]]},{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"can","stem":false}],[{"word":"could","stem":false}],[{"word":"would","stem":false}]]},{"alts":[[{"word":"you","stem":false}]]},{"alts":[[{"word":"please","stem":false}],[]]},{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"let's","stem":false}],[{"word":"we","stem":false},{"word":"need","stem":false},{"word":"to","stem":false}],[{"word":"we","stem":false},{"word":"should","stem":false}],[{"word":"i","stem":false},{"word":"want","stem":false},{"word":"you","stem":false},{"word":"to","stem":false}],[{"word":"i","stem":false},{"word":"need","stem":false},{"word":"you","stem":false},{"word":"to","stem":false}],[{"word":"help","stem":false},{"word":"me","stem":false}]]},{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":true}],"zh":["\u4FEE\u590D","\u4FEE\u4E00\u4E0B","\u4FEE\u6389","\u4FEE\u597D","\u4FEE\u4E0B","\u6539\u4E00\u4E0B","\u6539\u6389","\u6539\u597D","\u52A0\u4E0A","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u5B9E\u73B0","\u91CD\u6784","\u8FC1\u79FB","\u4F18\u5316\u4E00\u4E0B","\u5904\u7406\u4E00\u4E0B","\u8865\u4E0A","\u8865\u4E00\u4E0B","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u65B0\u589E","\u6392\u67E5","fix"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"advice":{"words":["tradeoff","tradeoffs"],"wordStems":[],"exact":[["how",[0]],["what's",[1]],["what",[1]],["best",[2]],["would",[3]],["pros",[4]],["trade",[5,6]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"how","stem":false}]]},{"alts":[[{"word":"should","stem":false}]]},{"alts":[[{"word":"we","stem":false}],[{"word":"i","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"what's","stem":false}],[{"word":"what","stem":false},{"word":"is","stem":false}]]},{"alts":[[{"word":"the","stem":false}]]},{"alts":[[{"word":"best","stem":false}]]},{"alts":[[{"word":"way","stem":false}],[{"word":"approach","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"best","stem":false}]]},{"alts":[[{"word":"approach","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"would","stem":false}]]},{"alts":[[{"word":"you","stem":false}]]},{"alts":[[{"word":"recommend","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"pros","stem":false}]]},{"alts":[[{"word":"and","stem":false}]]},{"alts":[[{"word":"cons","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"trade","stem":false}]]},{"alts":[[{"word":"off","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"trade","stem":false}]]},{"alts":[[{"word":"offs","stem":false}]]}],"anchored":false}],"zh":["\u600E\u4E48\u8BBE\u8BA1","\u600E\u4E48\u67B6\u6784","\u600E\u4E48\u62C6\u5206","\u600E\u4E48\u89C4\u5212","\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5982\u4F55\u8BBE\u8BA1","\u5982\u4F55\u67B6\u6784","\u5982\u4F55\u62C6\u5206","\u5982\u4F55\u89C4\u5212","\u5982\u4F55\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5E94\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u5E94\u8BE5\u600E\u4E48\u67B6\u6784","\u5E94\u8BE5\u600E\u4E48\u62C6\u5206","\u5E94\u8BE5\u600E\u4E48\u89C4\u5212","\u5E94\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u8BE5\u600E\u4E48\u67B6\u6784","\u8BE5\u600E\u4E48\u62C6\u5206","\u8BE5\u600E\u4E48\u89C4\u5212","\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u6709\u4EC0\u4E48\u65B9\u6848","\u4EC0\u4E48\u65B9\u6848","\u6700\u4F73\u5B9E\u8DF5","\u5229\u5F0A","\u4F18\u7F3A\u70B9"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:auth":{"words":["auth","authn","authz","oauth","oauth2","oidc","openid","sso","saml","jwt","jwts","login","logins","signin","signon","password","passwords","credential","credentials","mfa","2fa","totp"],"wordStems":["authenticat","authoris","authoriz"],"exact":[["log",[0]],["sign",[1,2]],["session",[3]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"log","stem":false}]]},{"alts":[[{"word":"in","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"sign","stem":false}]]},{"alts":[[{"word":"in","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"sign","stem":false}]]},{"alts":[[{"word":"on","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"session","stem":false}]]},{"alts":[[{"word":"based","stem":false}]]}],"anchored":false}],"zh":["\u8BA4\u8BC1","\u9274\u6743","\u6388\u6743","\u767B\u5F55","\u767B\u9646","\u5355\u70B9\u767B\u5F55","\u5BC6\u7801","\u51ED\u8BC1","\u4EE4\u724C","\u4F1A\u8BDD"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:security":{"words":["security","secure","insecure","xss","csrf","ssrf","injection","secret","secrets","pii","gdpr"],"wordStems":["vulnerab","exploit","sanitiz","attack","audit"],"exact":[["cve",[0]],["api",[1,2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"cve","stem":false}]]},{"alts":[[{"num":"major"}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"api","stem":false}]]},{"alts":[[{"word":"key","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"api","stem":false}]]},{"alts":[[{"word":"keys","stem":false}]]}],"anchored":false}],"zh":["\u5B89\u5168","\u6F0F\u6D1E","\u6CE8\u5165","\u8D8A\u6743","\u8131\u654F","\u654F\u611F\u4FE1\u606F","\u653B\u51FB","\u9690\u79C1","\u5BA1\u8BA1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:crypto":{"words":["hashing","hmac","signature","signatures","signing","tls","ssl","certificate","certificates","argon2","bcrypt","md5","sha1","sha256","sha384","sha512"],"wordStems":["encrypt","decrypt","crypto","cipher"],"exact":[["key",[0]],["sha",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"key","stem":false}]]},{"alts":[[{"word":"exchange","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"sha","stem":false}]]},{"alts":[[{"num":"major"}]]}],"anchored":false}],"zh":["\u52A0\u5BC6","\u89E3\u5BC6","\u7B7E\u540D","\u54C8\u5E0C","\u8BC1\u4E66","\u5BC6\u94A5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:access":{"words":["permission","permissions","rbac","abac","acl","acls","privilege","privileges","tenant","tenants"],"wordStems":["multitenan"],"exact":[["access",[0]],["role",[1]],["multi",[2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"access","stem":false}]]},{"alts":[[{"word":"control","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"role","stem":false}]]},{"alts":[[{"word":"based","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"multi","stem":false}]]},{"alts":[[{"word":"tenan","stem":true}]]}],"anchored":false}],"zh":["\u6743\u9650","\u8D8A\u6743","\u79DF\u6237","\u8BBF\u95EE\u63A7\u5236"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:concurrency":{"words":["lock","locks","locking","distributed"],"wordStems":["concurren","deadlock","mutex","atomic","threadsafe","multithread","idempoten"],"exact":[["race",[0,1]],["thread",[2]],["multi",[3]],["exactly",[4]],["at",[5]],["double",[6]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"race","stem":false}]]},{"alts":[[{"word":"condition","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"race","stem":false}]]},{"alts":[[{"word":"conditions","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"thread","stem":false}]]},{"alts":[[{"word":"safe","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"multi","stem":false}]]},{"alts":[[{"word":"thread","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"exactly","stem":false}]]},{"alts":[[{"word":"once","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"at","stem":false}]]},{"alts":[[{"word":"least","stem":false}]]},{"alts":[[{"word":"once","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"double","stem":false}]]},{"alts":[[{"word":"charg","stem":true}]]}],"anchored":false}],"zh":["\u5E76\u53D1","\u7ADE\u6001","\u7ADE\u4E89\u6761\u4EF6","\u6B7B\u9501","\u9501","\u539F\u5B50","\u7EBF\u7A0B\u5B89\u5168","\u591A\u7EBF\u7A0B","\u5206\u5E03\u5F0F","\u5E42\u7B49","\u591A\u5B9E\u4F8B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:money":{"words":["payment","payments","billing","invoicing","checkout","charge","charges","charged","charging","refund","refunds","stripe","paypal","subscription","subscriptions","wallet","wallets","ledger","3dsecure"],"wordStems":[],"exact":[["3d",[0]],["3",[1,2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"3d","stem":false}]]},{"alts":[[{"word":"secure","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"3","stem":false}]]},{"alts":[[{"word":"d","stem":false}]]},{"alts":[[{"word":"secure","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"3","stem":false}]]},{"alts":[[{"word":"dsecure","stem":false}]]}],"anchored":false}],"zh":["\u652F\u4ED8","\u4ED8\u6B3E","\u6263\u6B3E","\u9000\u6B3E","\u8BA1\u8D39","\u8D26\u5355","\u7ED3\u7B97","\u4F59\u989D","\u94B1\u5305","\u8BA2\u9605","\u6536\u6B3E","\u5BF9\u8D26"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:data":{"words":["transaction","transactions","transactional","consistency","downtime","rollback","rollout","rollouts","failover"],"wordStems":["backfill"],"exact":[["data",[0]],["zero",[1]],["existing",[2,3]],["production",[4]],["roll",[5]],["backward",[6]],["backwards",[7]],["high",[8]],["fault",[9]],["disaster",[10]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"data","stem":false}]]},{"alts":[[{"word":"loss","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"zero","stem":false}]]},{"alts":[[{"word":"downtime","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"existing","stem":false}]]},{"alts":[[{"word":"data","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"existing","stem":false}]]},{"alts":[[{"word":"users","stem":false}],[{"word":"customers","stem":false}],[{"word":"accounts","stem":false}],[{"word":"records","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"production","stem":false}]]},{"alts":[[{"word":"data","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"roll","stem":false}]]},{"alts":[[{"word":"back","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"backward","stem":false}]]},{"alts":[[{"word":"compatib","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"backwards","stem":false}]]},{"alts":[[{"word":"compatib","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"high","stem":false}]]},{"alts":[[{"word":"availability","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"fault","stem":false}]]},{"alts":[[{"word":"toleran","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"disaster","stem":false}]]},{"alts":[[{"word":"recovery","stem":false}]]}],"anchored":false}],"zh":["\u4E8B\u52A1","\u4E00\u81F4\u6027","\u6570\u636E\u4E22\u5931","\u4E22\u6570\u636E","\u505C\u673A","\u56DE\u6EDA","\u5B58\u91CF","\u5386\u53F2\u6570\u636E","\u517C\u5BB9","\u8001\u6570\u636E","\u8001\u7528\u6237","\u8001\u8D26\u53F7","\u7070\u5EA6","\u9AD8\u53EF\u7528","\u5BB9\u707E","\u6545\u969C\u8F6C\u79FB"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:distributed":{"words":["realtime","websocket","websockets","offline","crdt","crdts","rabbitmq","kafka","nats","pubsub","deadletter","saga","sagas"],"wordStems":["synchronis","synchroniz","replicat"],"exact":[["real",[0]],["conflict",[1]],["eventual",[2]],["eventually",[3]],["message",[4]],["pub",[5]],["dead",[6]],["event",[7,8]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"real","stem":false}]]},{"alts":[[{"word":"time","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"conflict","stem":false}]]},{"alts":[[{"word":"resolution","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"eventual","stem":false}]]},{"alts":[[{"word":"consisten","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"eventually","stem":false}]]},{"alts":[[{"word":"consisten","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"message","stem":false}]]},{"alts":[[{"word":"queue","stem":false}],[{"word":"queues","stem":false}],[{"word":"broker","stem":false}],[{"word":"brokers","stem":false}],[{"word":"bus","stem":false}],[{"word":"buses","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"pub","stem":false}]]},{"alts":[[{"word":"sub","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"dead","stem":false}]]},{"alts":[[{"word":"letter","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"event","stem":false}]]},{"alts":[[{"word":"driven","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"event","stem":false}]]},{"alts":[[{"word":"sourcing","stem":false}]]}],"anchored":false}],"zh":["\u5B9E\u65F6","\u957F\u8FDE\u63A5","\u79BB\u7EBF","\u534F\u540C","\u51B2\u7A81\u89E3\u51B3","\u6D88\u606F\u961F\u5217","\u6B7B\u4FE1","\u4E8B\u4EF6\u9A71\u52A8","\u6570\u636E\u540C\u6B65","\u53CC\u5411\u540C\u6B65","\u6700\u7EC8\u4E00\u81F4"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]}}`;

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
  for (const c of prose) {
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
  const data = lists()[key];
  if (!data) throw new Error(`word list ${key} is missing from precompiled.generated.ts: run npm run gen:classify`);
  const m = hydrateMatcher(data);
  const literals = extra.map((w) => w.trim().toLowerCase()).filter(Boolean);
  return literals.length ? { ...m, literals: [...m.literals, ...literals] } : m;
}
function build(extraScope, extraRisk) {
  const built = /* @__PURE__ */ new Map();
  let risk;
  return {
    get(name) {
      let m = built.get(name);
      if (!m) {
        m = builtIn(name, name === "scope" ? extraScope : []);
        built.set(name, m);
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
  for (const ch of prose) if (ch === "," || ch === "\uFF0C" || ch === "\u3001" || ch === ";" || ch === "\uFF1B") parts++;
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
