// One side of a diff: the finders that prove a value by its neighbours (publishable.ts, google-app-configs.ts) read
// only the lines of the value's own side, since a removed line says nothing about what the added value is now.

const diffSign = (text: string, at: number) => text[text.lastIndexOf("\n", at - 1) + 1];

/**
 * `text` from `start` to `end` without the lines of a diff's other side than the line holding `at` (all of it when
 * that line is no `+` or `-` line).
 */
export function sameSide(text: string, start: number, end: number, at: number): string {
  const sign = diffSign(text, at);
  if (sign !== "+" && sign !== "-") return text.slice(start, end);
  const other = sign === "+" ? "-" : "+";
  const first = diffSign(text, start);
  return text
    .slice(start, end)
    .split("\n")
    .filter((line, i) => (i === 0 ? first : line[0]) !== other)
    .join("\n");
}
