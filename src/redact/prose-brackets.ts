// A value set apart in 【…】, 「…」 or 『…』 and then named by the sentence after it: "供应商【…】为新的 API 密钥"
// ("[…] is the new API key"), "「…」是现在的密码". The keyword comes last, so prose.ts asks here for what stands
// before it. A bounded look-back from the keyword: linear.

/** The closing bracket, then 是/为 with a few describing words (新的, 当前的, a product such as "API") up to the keyword. */
const TAIL_RE = /([】」』])[ \t]*(?:是|为|為)(?:新的?|当前的?|现在的?|最新的?|正式的?|线上的?)?[ \t]*(?:[A-Za-z]{1,12}[ \t]*)?$/;
const OPENING: Readonly<Record<string, string>> = { "】": "【", "」": "「", "』": "『" };
const MAX_VALUE = 128;

/** The range of the bracketed value that the sentence ending at `at` (right before a keyword) names; or null. */
export function bracketedBefore(text: string, at: number): [number, number] | null {
  const tail = text.slice(Math.max(0, at - 32), at);
  const t = TAIL_RE.exec(tail);
  if (!t) return null;
  const close = at - tail.length + t.index;
  // Looked for within the longest value only, so 1 MB of "】为密钥" without an opening bracket stays linear.
  const from = Math.max(0, close - MAX_VALUE - 1);
  const found = text.slice(from, close).lastIndexOf(OPENING[t[1]!]!);
  const open = found === -1 ? -1 : from + found;
  if (open === -1 || close - open - 1 < 6) return null;
  return /^[\x21-\x7e]+$/.test(text.slice(open + 1, close)) ? [open + 1, close] : null;
}
