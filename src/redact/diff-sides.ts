// One side of a diff: the finders that prove a value by its neighbours (publishable.ts, google-app-configs.ts) read
// only the lines of the value's own side, since a removed line says nothing about what the added value is now.

/** How far back a line's start is looked for: a longer line's side is not read, so no scan runs to the text's start. */
const SIGN_REACH = 4096;

/** The first character of the line holding `at` (a diff's `+` or `-`), or null when that line starts beyond reach. */
export function lineSign(text: string, at: number): string | null {
  const from = Math.max(0, at - SIGN_REACH);
  const newline = text.slice(from, at).lastIndexOf("\n");
  if (newline === -1 && from > 0) return null;
  return text[from + newline + 1] ?? "";
}

/**
 * `text` from `start` to `end` without the lines of a diff's other side than the line holding `at` (all of it when
 * that line is no `+` or `-` line, nothing when its side is out of reach). A first line whose side is out of reach is
 * left out.
 */
export function sameSide(text: string, start: number, end: number, at: number): string {
  const region = text.slice(start, end);
  const lines = region.split("\n");
  if (lines.length === 1) return region;
  const first = lineSign(text, start);
  const newline = at > start ? region.lastIndexOf("\n", at - start - 1) : -1;
  const sign = at < start ? lineSign(text, at) : newline === -1 ? first : (text[start + newline + 1] ?? "");
  if (sign === null) return "";
  if (sign !== "+" && sign !== "-") return region;
  const other = sign === "+" ? "-" : "+";
  return lines.filter((line, i) => (i === 0 ? first !== null && first !== other : line[0] !== other)).join("\n");
}
