// Keys handed over in a sentence, with a phrase between the word naming them and the value: "测试用 key 先放这里：…",
// "token 如下：…", "the API key goes here: …". The word, a short gap on its line, a handing-over phrase and a colon,
// then a value that looks generated. The word "key" alone names many things (cache, primary, sort keys): those
// qualifiers and hash words in the gap keep the sentence. Bounded gap and value after each word: linear.
import { acceptWeak } from "./prose.js";
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** Word, gap, handing-over phrase, colon, value. */
const HANDED_RE =
  /(?<![A-Za-z0-9_])(?:(?:api|app|access|secret)?[ _-]?key|token|secret|密钥|秘钥|私钥|令牌|凭证|凭据|授权码)(?![A-Za-z0-9_])([^\n:：=，。,;；]{0,16}?)(?:(?:先|就|暂时|临时)?(?:放|贴|写|记)(?:在)?(?:这里|这儿|这|下面|下边)|如下|是|为|為|(?:goes|is|are)[ \t]+(?:here|below)|here)[ \t]*[:：][ \t]*([A-Za-z0-9+/_=-]{16,128})(?![A-Za-z0-9+/_=-])/gi;
/** Words before "key" naming a key that is no secret. */
export const NOT_SECRET_BEFORE_RE = /(?:cache|primary|foreign|sort|partition|idempotency|object|map|dict|hash|public|sharding|routing|redis|s3|缓存|主|分区|公)[ \t_-]*$/i;
/** Hash and id words in the gap: "key 的 sha256 如下：…". */
export const HASH_GAP_RE = /sha|hash|digest|checksum|commit|id\b|哈希|摘要|校验|指纹/i;

/** Hex of a key's length, or letters and digits with a random look. */
export function isGeneratedValue(v: string): boolean {
  if (isPlaceholder(v) || v.includes(MARKER_PREFIX.slice(1))) return false;
  if (/^[0-9a-f]{32,128}$/i.test(v)) return /[0-9]/.test(v) && /[a-f]/i.test(v);
  return acceptWeak(v) && looksRandom(v);
}

export function redactHandedKeys(text: string, tally: Tally): string {
  const cuts: [number, number][] = [];
  HANDED_RE.lastIndex = 0;
  for (let m = HANDED_RE.exec(text); m; m = HANDED_RE.exec(text)) {
    const value = m[2]!;
    if (HASH_GAP_RE.test(m[1]!) || NOT_SECRET_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index)) || !isGeneratedValue(value)) continue;
    const end = m.index + m[0].length;
    cuts.push([end - value.length, end]);
  }
  return tally.cut(text, cuts, "secret");
}
