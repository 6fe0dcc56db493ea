// Keys quoted while asking to rotate them, in chat and prose: "we leaked the old Mailgun key (…)", "I generated a
// new one: …", "新的密钥是：…". The old key is named and put in parentheses, the new one is "the new one" and only
// means a key where the text around speaks of one. Values must look made (letters and digits, not words).
import { NON_SECRET_KEY_QUALIFIERS } from "./names.js";
import { acceptWeak, areGeneratedLetters } from "./prose.js";
import { isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";
import { cutRuleSecrets, type CutRule } from "./rule-cuts.js";

/** A key as pasted: base64, hex, dashes and underscores, maybe dotted (`sk.…`), no trailing full stop. */
const VALUE = String.raw`(?<secret>[A-Za-z0-9_\-+/=~]{4,128}(?:\.[A-Za-z0-9_\-+/=~]{1,128}){0,3})`;
const NOUN = String.raw`(?:api[ _-]?key|key|token|secret|password|passphrase|credential)s?`;

interface RotationRule extends CutRule {
  /** Only where the text nearby speaks of a key: "the new one" means nothing alone. */
  nearNoun: boolean;
}

const RULES: readonly RotationRule[] = [
  // "the old Mailgun key (…)", "token (`…`)", "旧的密钥（…）": a key in parentheses right after its name.
  {
    needle: /[(（](?<=(?:key|token|secret|password|passphrase|credential)s?[ \t]*[(（]|(?:密钥|秘钥|令牌|密码)[ \t]*[(（])/i,
    re: new RegExp(String.raw`(?<pre>(?:(?<![\w-])(?:(?<qualifier>[A-Za-z][\w-]{0,23})[ \t]+)?${NOUN}|密钥|秘钥|令牌|密码)[ \t]*[(（][ \t]*\x60?)${VALUE}(?=\x60?[ \t]*[)）])`, "gi"),
    nearNoun: false,
  },
  // "I generated a new one: …", "the new key is …", "replacement token = …", "新的是：…".
  {
    needle: /(?:new|old|previous|replacement|rotated)[ \t]+(?:one|api|key|token|secret|password|passphrase|credential|value)|[新旧]的/i,
    re: new RegExp(String.raw`(?<pre>(?:(?<![\w-])(?:new|old|previous|replacement|rotated)[ \t]+(?:one|${NOUN}|value)(?:[ \t]+(?:is|was))?|(?:新|旧)的?(?:一个|密钥|秘钥|令牌|密码)?(?:是|为)?)[ \t]*[:：=]?[ \t]*\x60?)${VALUE}`, "gi"),
    nearNoun: true,
  },
];

/** A key named nearby, with the word before it: a "cache key" or a "primary key" is no credential. */
const NOUN_NEAR_RE = /(?:([A-Za-z]+)[ \t]+)?\b(?:api[ _-]?keys?|keys?|tokens?|secrets?|passwords?|credentials?)\b|密钥|秘钥|令牌|密码|AccessKey/gi;
/** How far back "the new one" may refer. */
const NEAR = 300;

/** Made, not words: hex, or letters with digits that no name spells, or random letters. */
function keyShaped(v: string): boolean {
  if (v.length < 12 || v.includes(MARKER_PREFIX) || isPlaceholder(v)) return false;
  return acceptWeak(v) || areGeneratedLetters(v);
}

/** "The new one" stands for the last key named before it. */
function namesKeyNearby(before: string): boolean {
  let last: RegExpMatchArray | undefined;
  for (const m of before.matchAll(NOUN_NEAR_RE)) last = m;
  return last !== undefined && (last[1] === undefined || !NON_SECRET_KEY_QUALIFIERS.has(last[1].toLowerCase()));
}

export function redactRotations(text: string, tally: Tally): string {
  return cutRuleSecrets(text, RULES, tally, ({ groups, secret, offset, input }, rule) => {
    if (groups.qualifier !== undefined && NON_SECRET_KEY_QUALIFIERS.has(groups.qualifier.toLowerCase())) return false;
    if (rule.nearNoun && !namesKeyNearby(input.slice(Math.max(0, offset - NEAR), offset))) return false;
    return keyShaped(secret);
  }, "secret");
}
