// A YAML block scalar under a key named for a secret (`token: >-` then the token folded over several lines): the
// lines are pieces of one value. When they are single words that join into a generated-looking value, or when a
// detector already cut some of them (a long piece looks random alone, a short last piece does not), every piece is
// cut. Lines of prose or commands (words with spaces) are not pieces of a value and stay.
import { categorize } from "./names.js";
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

const PARENT_RE = /^[+\- ]?([ \t]*)(?:-[ \t]+)?["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*:[ \t]*[>|][-+]?[1-9]?[ \t]*\r?$/;
const PIECE_RE = /^[+\- ]?([ \t]*)([\x21-\x7e]{1,512})[ \t]*\r?$/;
const MARKER_RE = /^\[REDACTED:[\w-]{1,40}\]$/;
/** A folded token is a few lines; a longer block is a document, not one value. */
const MAX_PIECES = 16;

export function redactBlockScalars(text: string, tally: Tally): string {
  if (!/:[ \t]*[>|]/.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const parent = PARENT_RE.exec(lines[i]!);
    const category = parent ? categorize(parent[2]!) : null;
    if (!parent || (category !== "password" && category !== "secret")) continue;
    const pieces: number[] = [];
    let j = i + 1;
    for (; j < lines.length && pieces.length <= MAX_PIECES; j++) {
      const piece = PIECE_RE.exec(lines[j]!);
      if (!piece || piece[1]!.length <= parent[1]!.length) break;
      pieces.push(j);
    }
    i = j - 1;
    if (pieces.length < 2 || pieces.length > MAX_PIECES) continue;
    const values = pieces.map((k) => PIECE_RE.exec(lines[k]!)![2]!);
    const open = values.filter((v) => !MARKER_RE.test(v));
    const joined = open.join("");
    const anyCut = open.length < values.length;
    if (open.length === 0 || joined.includes(MARKER_PREFIX) || isPlaceholder(joined)) continue;
    if (!(anyCut ? /[A-Za-z]/.test(joined) && /\d/.test(joined) : looksRandom(joined))) continue;
    for (const k of pieces) {
      const value = PIECE_RE.exec(lines[k]!)![2]!;
      if (MARKER_RE.test(value)) continue;
      const at = lines[k]!.indexOf(value, PIECE_RE.exec(lines[k]!)![1]!.length);
      lines[k] = lines[k]!.slice(0, at) + tally.add("secret", value) + lines[k]!.slice(at + value.length);
    }
  }
  return lines.join("\n");
}
