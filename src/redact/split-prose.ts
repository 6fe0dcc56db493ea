// A secret sent in halves in chat because one message would cut it: "first half is … and the second half is …",
// "前半段 … 后半段 …", "part 1: … part 2: …". Each label alone names nothing secret; two or more labelled pieces close
// together that join into a generated-looking value are the pieces of one, and each is cut.
import { PIECE_LABEL_RE } from "./split-prose-data.js";
import { isMadeOfWords, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** How far apart the labelled pieces of one value may stand. */
const REACH = 400;
const VALUE_END_RE = /[.,;:!?。，；：！？]+$/;

interface Piece {
  start: number;
  value: string;
}

export function redactSplitProse(text: string, tally: Tally): string {
  PIECE_LABEL_RE.lastIndex = 0;
  const pieces: Piece[] = [];
  for (let m = PIECE_LABEL_RE.exec(text); m; m = PIECE_LABEL_RE.exec(text)) {
    const value = m.groups!.value!.replace(VALUE_END_RE, "");
    if (value.length < 6 || value.includes(MARKER_PREFIX) || isPlaceholder(value) || isMadeOfWords(value)) continue;
    pieces.push({ start: m.index + m[0].length - m.groups!.value!.length, value });
  }
  const cuts: [number, number][] = [];
  // Runs of pieces each within REACH of the one before.
  for (let i = 0; i < pieces.length; ) {
    let j = i + 1;
    while (j < pieces.length && pieces[j]!.start - pieces[j - 1]!.start <= REACH) j++;
    const run = pieces.slice(i, j);
    if (run.length >= 2 && looksRandom(run.map((p) => p.value).join(""))) for (const p of run) cuts.push([p.start, p.start + p.value.length]);
    i = j;
  }
  return tally.cut(text, cuts, "secret");
}
