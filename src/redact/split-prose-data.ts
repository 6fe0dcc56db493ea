// Labels for the pieces of a value sent in parts in chat (see split-prose.ts), English and Chinese, each followed by
// an optional separator and the piece. Bounded and without nested repetition, so matching is linear.

const EN_LABEL = String.raw`\b(?:(?:first|second|third|last|other|1st|2nd|3rd|remaining)[ \t]+(?:half|part|piece|chunk|bit|segment)|part[ \t]*#?[1-4])\b(?:[ \t]+(?:is|was))?`;
const ZH_LABEL = String.raw`(?:前半段|后半段|前半部分|后半部分|上半段|下半段|前半截|后半截|前一半|后一半|第[一二三四1-4](?:段|部分|截))(?:[ \t]*(?:是|为))?`;

/** A label, a separator, then the piece (quotes around it allowed). */
export const PIECE_LABEL_RE = new RegExp(
  String.raw`(?:${EN_LABEL}|${ZH_LABEL})[ \t]*[:：=]?[ \t]*[“"'「『\x60]?(?<value>[\x21\x23-\x26\x28-\x5f\x61-\x7e]{6,128})`,
  "gi",
);
