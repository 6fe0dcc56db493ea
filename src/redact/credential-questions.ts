// A generated value asked about as a credential: "found this next to the partner API section, is it still valid?
// <40 hex>", "这个 token 还有效吗 …". A line asking whether something is still valid, naming a credential and no
// hash, commit or id, and a value on it that looks generated. A bare hex asked about alone (a git SHA, a digest, a
// request id) stays: the credential word is what makes it one. One pass over lines: linear.
import { isGeneratedValue } from "./handed-keys.js";
import type { Tally } from "./values.js";

/** Asking whether it still works. */
const VALIDITY_RE =
  /\b(?:still|yet)[ \t]+(?:valid|good|active|live|working|usable|works?|in[ \t]+use)\b|\b(?:is|are)[ \t]+(?:it|this|that|these|they)[ \t]+(?:still[ \t]+)?(?:valid|active|expired|revoked|live)\b|\b(?:has|have)[ \t]+(?:it|this|they)[ \t]+expired\b|还?有效吗|还能用吗|过期了?吗|失效了?吗/i;
/** Words naming a credential. */
const CREDENTIAL_RE = /\b(?:api|(?:api[ _-]?)?keys?|tokens?|secrets?|credentials?|passwords?|auth|bearer)\b|密钥|秘钥|令牌|凭证|凭据|密码|口令|接口/i;
/** Words naming the value as a hash, a commit or an id. */
const NOT_CREDENTIAL_RE =
  /\b(?:commits?|sha(?:-?(?:1|256|384|512))?|hash(?:es)?|digests?|checksums?|revisions?|rev|builds?|ids?|uuids?|etags?|tags?|images?|blobs?|versions?|releases?|colou?rs?|git|branch(?:es)?|transactions?|tx)\b|提交|哈希|校验|摘要|版本|编号/i;
/** A standalone value on the line. */
const TOKEN_RE = /(?<![A-Za-z0-9+/_=.-])[A-Za-z0-9+/_=-]{20,128}(?![A-Za-z0-9+/_=.-])/g;

export function redactCredentialQuestions(text: string, tally: Tally): string {
  if (!VALIDITY_RE.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!VALIDITY_RE.test(line) || !CREDENTIAL_RE.test(line) || NOT_CREDENTIAL_RE.test(line)) continue;
    lines[i] = line.replace(TOKEN_RE, (v) => (isGeneratedValue(v) ? tally.add("secret", v) : v));
  }
  return lines.join("\n");
}
