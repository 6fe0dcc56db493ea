// Keypairs written as byte arrays: Solana's `id.json` (and every wallet file `solana-keygen` writes) is a JSON array of
// the 64 bytes of an ed25519 secret key and its public key, with no name around it. An array of exactly 64 random byte
// values counts where it stands alone on its line, and one of 64 or 32 where a key's name or constructor precedes it
// on the line (`Keypair.fromSecretKey(Uint8Array.from([…]))`, `PRIVATE_KEY=[…]`); a table of bytes in code (an
// S-box, a test vector over several lines, a lookup table of another length, bytes counting up) stays. One bounded
// regex pass.
import type { Tally } from "./values.js";

const BYTE = String.raw`\s{0,4}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\s{0,4}`;
const ARRAY_RE = new RegExp(String.raw`\[(?:${BYTE},){31}(?:(?:${BYTE},){32})?${BYTE}\]`, "g");
/** What before the array on its line says it holds a key. */
const KEY_CONTEXT_RE = /(?:secret|private|keypair|key_?pair|signer|wallet|payer|fromSecretKey|fromSeed)[^\n]{0,60}$/i;
/** Nothing before the array on its line but a diff mark and indentation. */
const ALONE_HEAD_RE = /^[+\- \t]*$/;
const ALONE_AFTER_RE = /^[ \t,]*(?:\r?\n|$)/;

/** Random bytes: most differ and they do not count up or repeat one value. */
function randomBytes(array: string): boolean {
  const bytes = array.slice(1, -1).split(",").map((b) => Number(b.trim()));
  const steps = new Set(bytes.slice(1).map((b, i) => (b - bytes[i]! + 256) % 256));
  return new Set(bytes).size * 2 >= bytes.length && steps.size > bytes.length / 4;
}

export function redactKeypairArrays(text: string, tally: Tally): string {
  if (!text.includes("[")) return text;
  return text.replace(ARRAY_RE, (match: string, offset: number) => {
    // The line's head before the array, looked for at most 80 characters back (null: a longer head).
    const window = text.slice(Math.max(0, offset - 80), offset);
    const head = window.includes("\n") ? window.slice(window.lastIndexOf("\n") + 1) : offset <= 80 ? window : null;
    const after = text.slice(offset + match.length, offset + match.length + 8);
    // Alone, only a whole keypair counts: 32 bytes alone on a line may be any digest.
    const alone = head !== null && ALONE_HEAD_RE.test(head) && ALONE_AFTER_RE.test(after) && match.split(",").length === 64;
    const named = KEY_CONTEXT_RE.test(head ?? window);
    return (alone || named) && randomBytes(match) ? tally.add("private-key", match) : match;
  });
}
