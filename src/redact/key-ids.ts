// Cloud access-key ids (AWS `AKIA…`, `ASIA…`, Tencent Cloud `AKID…`, Alibaba Cloud `LTAI…`) in a text that holds no
// secret, named in prose: an id only names a key pair (CloudTrail, IAM consoles and error messages print it) and grants
// nothing without the pair's secret. Not where a text assigns one (`AWS_ACCESS_KEY_ID=AKIA…`, `"AccessKeyId": …`): that
// configures a credential, whose secret is one line or one file away, unless the same text says where that secret is
// kept instead (a secret store: Vault, a cloud secrets manager or parameter store, `op://`, a Kubernetes
// `secretKeyRef`), which is how a config that holds only the id is written. Kept only when the whole redactor, reading
// the text with every id replaced by a word, finds nothing, and no other token in the text has the random shape of a
// pair's secret. Where a secret stands anywhere in the text (beside an id, glued to it, on either side of a diff),
// every id is judged as usual with it.
// One bounded regex pass and one whole redaction, so linear in the input.

import { looksRandom } from "./values.js";

type Span = [number, number];

/** The documented id formats, ASCII only: look-alike letters are no id and are judged as any other token. */
const KEY_ID_RE = /(?<![A-Za-z0-9])(?:(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}|AKID[A-Za-z0-9]{32}|LTAI[A-Za-z0-9]{12,24})(?![A-Za-z0-9])/g;
const KEY_ID_NEEDLE_RE = /AKIA|ASIA|ABIA|ACCA|AKID|LTAI/;
/** What an id reads as for the check: a plain name, which no detector takes for a value. */
const NEUTRAL_NAME = "AccessKeyId";
/** A run of base64's alphabet as long as the shortest pair secret (Alibaba's 30, Tencent's 32, AWS's 40 characters). */
const SECRET_SHAPE_RE = /[A-Za-z0-9+/]{30,}/g;

/** What stands before an assigned value on its line: `=`, `:` (also full-width), `=>`, then maybe a quote. */
const ASSIGNED_RE = /(?:[=:\uff1a]>?)[ \t]*["'`]?$/;

/** Whether the id at `at` is assigned: the 64 characters before it on its line end in an assignment. */
function isAssigned(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 64), at);
  return ASSIGNED_RE.test(before.slice(before.lastIndexOf("\n") + 1));
}

/**
 * A secret store named in the text, where the pair's secret is said to live: the only thing that lets an assigned
 * id stay, and only with every other check below (a store's name beside a secret in the text proves nothing). A
 * reference (`op://`, `secretKeyRef`) names one by its grammar; a store's bare name ("Vault") only on a line that
 * speaks of the secret or a credential, since the word alone names other things too.
 */
const STORE_REFERENCE_RE = /op:\/\/|secretKeyRef/;
const STORE_LINE_RE = /^[^\n]*?(?:\b(?:vault|secrets?[ _-]?manager|parameter[ _-]?store|ssm|key[ _-]?vault)\b|密钥管理|凭据管理)[^\n]*$/gim;
const SECRET_WORD_RE = /secret|credential|password|key|token|密钥|凭据|密码/i;

function namesSecretStore(text: string): boolean {
  return STORE_REFERENCE_RE.test(text) || [...text.matchAll(STORE_LINE_RE)].some((m) => SECRET_WORD_RE.test(m[0]));
}

/** Whether a run could be a pair's secret: mixed-case letters with digits, or random letters alone (no words). */
function looksLikePairSecret(run: string): boolean {
  return /[a-z]/.test(run) && /[A-Z]/.test(run) && (/\d/.test(run) || looksRandom(run));
}

/** Every access-key id of `text`, when the text holds no secret beside them; `isClean` redacts a text to see that. */
export function keyIdSpans(text: string, isClean: (text: string) => boolean): Span[] {
  // A redaction marker is where a secret stood: the text is no longer one that holds none.
  if (!KEY_ID_NEEDLE_RE.test(text) || text.includes("[REDACTED:")) return [];
  const ids = [...text.matchAll(KEY_ID_RE)];
  if (ids.length === 0 || (ids.some((m) => isAssigned(text, m.index)) && !namesSecretStore(text))) return [];
  const rest = text.replace(KEY_ID_RE, NEUTRAL_NAME);
  if ([...rest.matchAll(SECRET_SHAPE_RE)].some((m) => looksLikePairSecret(m[0])) || !isClean(rest)) return [];
  return ids.map((m) => [m.index, m.index + m[0].length] as Span);
}
