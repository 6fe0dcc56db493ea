// Where a `{ … }` block closes, for detectors that read a block (an HCL declaration or resource, a JS object): the
// scan is bounded, so a block that never closes costs at most `limit - from` characters.

/** The index of the `}` closing a block whose `{` ends just before `from`, counting nested braces; -1 before `limit`. */
export function closingBrace(text: string, from: number, limit: number): number {
  let depth = 1;
  for (let i = from; i < Math.min(text.length, limit); i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
