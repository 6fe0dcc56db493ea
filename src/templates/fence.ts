// Fences untrusted text (diffs, file contents, logs, user text) inside a prompt. The fence carries a nonce that
// does not occur anywhere in the fenced value, so nothing inside the value can forge the end of the section.
// The nonce is random rather than derived from the value: prompts are redacted after rendering, and a hash of
// the unredacted value would let anyone holding the prompt test guesses of a weak secret against it.
import { randomBytes } from "node:crypto";

const LABEL_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A fresh nonce for fencing `value`: 12 random hex digits that do not occur in `value`. */
function fenceNonce(value: string): string {
  for (;;) {
    const nonce = randomBytes(6).toString("hex");
    if (!value.includes(nonce)) return nonce;
  }
}

/**
 * Wraps `value` in a labelled data section:
 *
 *     <<<DATA diff 3fa9c0d1e2b4>>>
 *     …value…
 *     <<<END DATA diff 3fa9c0d1e2b4>>>
 *
 * Lists are joined one item per line. The label is trusted (it comes from the template) and must be a short
 * plain word (letters, digits, `_`, `.`, `-`); the value is never interpreted.
 */
export function fenceData(label: string, value: string | readonly string[]): string {
  if (!LABEL_RE.test(label)) throw new Error(`invalid data section label ${JSON.stringify(label)}`);
  const text = typeof value === "string" ? value : value.join("\n");
  const nonce = fenceNonce(text);
  const body = text === "" || text.endsWith("\n") ? text : `${text}\n`;
  return `<<<DATA ${label} ${nonce}>>>\n${body}<<<END DATA ${label} ${nonce}>>>`;
}
