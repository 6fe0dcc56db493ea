// A sentence listing keys clause by clause, joined by a comma: "高德 key 是 <hex>，服务端 key 是 <hex>", "key 是 …，
// secret 是 …", "web key：…，服务端的是 …". The first clause names a key and gives a generated value (or one already
// cut); each clause after the comma continues the list, so its generated value is a key too — even hex, which alone
// after a word could be a digest. Hash and id words in a clause keep it. Bounded parts, scanned left to right: linear.
import { isGeneratedValue } from "./handed-keys.js";
import type { Tally } from "./values.js";

const VALUE = String.raw`[A-Za-z0-9+/_=-]{16,128}(?![A-Za-z0-9+/_=-])`;
/** A key word, a separator, then a generated value or a marker. */
const FIRST_RE = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:key|secret|token|密钥|秘钥|私钥|令牌)[ \t]*(?:是|为|為|[:：=])?[ \t]*(\[REDACTED:[a-z0-9-]+\]|${VALUE})`,
  "gi",
);
/** After a clause: a comma, a short gap naming the next key, a separator, then its value. */
const NEXT_RE = new RegExp(String.raw`[ \t]*[，；、][ \t]*([^\n，,；;。:：=[\]]{0,16}?)(?:是|为|為|[:：]|[ \t])[ \t]*(${VALUE})`, "y");
/** Hash and id words in a clause: "，commit 是 …". */
const HASH_GAP_RE = /sha|hash|digest|checksum|commit|id\b|哈希|摘要|校验|指纹/i;

const generatedOrCut = (v: string): boolean => v.startsWith("[REDACTED:") || isGeneratedValue(v);

export function redactKeyClauses(text: string, tally: Tally): string {
  if (!/[，；、]/.test(text)) return text;
  const cuts: [number, number][] = [];
  FIRST_RE.lastIndex = 0;
  for (let m = FIRST_RE.exec(text); m; m = FIRST_RE.exec(text)) {
    if (!generatedOrCut(m[1]!)) continue;
    NEXT_RE.lastIndex = m.index + m[0].length;
    for (let n = NEXT_RE.exec(text); n; n = NEXT_RE.exec(text)) {
      const value = n[2]!;
      if (HASH_GAP_RE.test(n[1]!) || !isGeneratedValue(value)) break;
      cuts.push([NEXT_RE.lastIndex - value.length, NEXT_RE.lastIndex]);
    }
    FIRST_RE.lastIndex = Math.max(FIRST_RE.lastIndex, cuts.length ? cuts[cuts.length - 1]![1] : 0);
  }
  return tally.cut(text, cuts, "secret");
}
