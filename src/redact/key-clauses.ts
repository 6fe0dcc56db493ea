// A sentence listing keys clause by clause, joined by a comma: "高德 key 是 <hex>，服务端 key 是 <hex>", "key 是 …，
// secret 是 …", "web key：…，服务端的是 …". The first clause names a key and gives a generated value (or one already
// cut); each clause after the comma continues the list, so its generated value is a key too — even hex, which alone
// after a word could be a digest — and so is the first clause's (`高德 key <hex>，服务端 key <hex>`). A key qualified
// as no secret (cache, primary key) starts no list; hash and id words in a clause end it. Scanned left to right: linear.
import { HASH_GAP_RE, isGeneratedValue, NOT_SECRET_BEFORE_RE } from "./handed-keys.js";
import { MARKER_PREFIX, type Tally } from "./values.js";

const VALUE = String.raw`[A-Za-z0-9+/_=-]{16,128}(?![A-Za-z0-9+/_=-])`;
const MARKER = String.raw`\[REDACTED:[a-z0-9-]+\]`;
/** A key word, a separator, then a generated value or a marker. */
const FIRST_RE = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:key|secret|token|密钥|秘钥|私钥|令牌)[ \t]*(?:是|为|為|[:：=])?[ \t]*(${MARKER}|${VALUE})`,
  "gi",
);
/** After a clause: a comma, a short gap naming the next key, a separator, then its value. */
const NEXT_RE = new RegExp(String.raw`[ \t]*[，；、][ \t]*([^\n，,；;。:：=[\]]{0,16}?)(?:是|为|為|[:：]|[ \t])[ \t]*(${MARKER}|${VALUE})`, "y");

const generatedOrCut = (v: string): boolean => v.startsWith(MARKER_PREFIX) || isGeneratedValue(v);

export function redactKeyClauses(text: string, tally: Tally): string {
  if (!/[，；、]/.test(text)) return text;
  const cuts: [number, number][] = [];
  FIRST_RE.lastIndex = 0;
  for (let m = FIRST_RE.exec(text); m; m = FIRST_RE.exec(text)) {
    const first = m[1]!;
    if (!generatedOrCut(first) || NOT_SECRET_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const listed = cuts.length;
    let continued = false;
    let reach = m.index + m[0].length;
    NEXT_RE.lastIndex = reach;
    for (let n = NEXT_RE.exec(text); n; n = NEXT_RE.exec(text)) {
      const value = n[2]!;
      if (HASH_GAP_RE.test(n[1]!) || !generatedOrCut(value)) break;
      continued = true;
      reach = NEXT_RE.lastIndex;
      if (!value.startsWith(MARKER_PREFIX)) cuts.push([NEXT_RE.lastIndex - value.length, NEXT_RE.lastIndex]);
    }
    const end = m.index + m[0].length;
    if (continued && !first.startsWith(MARKER_PREFIX)) cuts.splice(listed, 0, [end - first.length, end]);
    // A list's clauses are read once: the next search starts after its last clause.
    FIRST_RE.lastIndex = Math.max(FIRST_RE.lastIndex, reach);
  }
  return tally.cut(text, cuts, "secret");
}
