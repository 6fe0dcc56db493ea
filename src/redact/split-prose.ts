// A secret sent in halves in chat because one message would cut it: "first half is … and the second half is …",
// "前半段 … 后半段 …", "part 1: … part 2: …". Each label alone names nothing secret; two or more labelled pieces close
// together that join into a generated-looking value are the pieces of one, and each is cut; so are the pieces left
// beside one that an earlier detector cut.
import { PIECE_LABEL_RE } from "./split-prose-data.js";
import { isMadeOfWords, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** How far apart the labelled pieces of one value may stand. */
const REACH = 400;
const VALUE_END_RE = /[.,;:!?。，；：！？]+$/;

interface Piece {
  start: number;
  value: string;
  /** Already a marker: a detector before this one cut the piece (a "密钥…前半段：…" line reads as a secret's answer). */
  cut: boolean;
}

/** A piece that is nothing but a marker some detector left. */
const MARKER_PIECE_RE = /^\[REDACTED:[a-z0-9-]{1,40}\]$/;

export function redactSplitProse(text: string, tally: Tally): string {
  PIECE_LABEL_RE.lastIndex = 0;
  const pieces: Piece[] = [];
  for (let m = PIECE_LABEL_RE.exec(text); m; m = PIECE_LABEL_RE.exec(text)) {
    const value = m.groups!.value!.replace(VALUE_END_RE, "");
    const start = m.index + m[0].length - m.groups!.value!.length;
    if (MARKER_PIECE_RE.test(value)) {
      pieces.push({ start, value, cut: true });
      continue;
    }
    if (value.length < 6 || value.includes(MARKER_PREFIX) || isPlaceholder(value) || isMadeOfWords(value)) continue;
    pieces.push({ start, value, cut: false });
  }
  const cuts: [number, number][] = [];
  // Runs of pieces each within REACH of the one before.
  for (let i = 0; i < pieces.length; ) {
    let j = i + 1;
    while (j < pieces.length && pieces[j]!.start - pieces[j - 1]!.start <= REACH) j++;
    const run = pieces.slice(i, j);
    const open = run.filter((p) => !p.cut);
    // The other pieces of a value already cut are its rest, however short; otherwise the joined pieces must look generated.
    const secret = run.length >= 2 && open.length > 0 && (open.length < run.length || looksRandom(open.map((p) => p.value).join("")));
    if (secret) for (const p of open) cuts.push([p.start, p.start + p.value.length]);
    i = j;
  }
  return tally.cut(text, cuts, "secret");
}
