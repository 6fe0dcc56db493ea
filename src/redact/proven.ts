// Spans of a text proven to hold no secret, which the detectors never see (shield.ts): public-by-design values
// (publishable.ts) and ciphertext (ciphertext.ts). Each finder is one bounded pass: linear in the input.
import { ciphertextSpans } from "./ciphertext.js";
import { publishableSpans } from "./publishable.js";

type Span = [number, number];

/** What may stand right before and after a kept value: the delimiters of a value, never more of a token. */
const OPENS_VALUE_RE = /[\s"'`=:([{,>]/;
const CLOSES_VALUE_RE = /[\s"'`,;)\]}&<]/;

/**
 * Whether a span is a whole value. Its marker reads as a placeholder, and so does any value that contains one: a
 * span glued to more characters would hide them from the detectors.
 */
function standsApart(text: string, [start, end]: Span): boolean {
  return (start === 0 || OPENS_VALUE_RE.test(text[start - 1]!)) && (end === text.length || CLOSES_VALUE_RE.test(text[end]!));
}

/** Every span of `text` proven public or encrypted. */
export function provenSpans(text: string): Span[] {
  const spans = [...publishableSpans(text), ...ciphertextSpans(text)];
  return spans.filter((span) => standsApart(text, span));
}
