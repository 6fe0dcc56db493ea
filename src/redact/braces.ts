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

/**
 * The `}` closing each `{` at `opens` (ascending), or -1 when it does not close within `reach` of it: one pass with a
 * stack, so that many opens (a text of unclosed calls) cost no more than the text they span.
 */
export function closingBraces(text: string, opens: number[], reach: number): number[] {
  const closes = opens.map(() => -1);
  if (opens.length === 0) return closes;
  const wanted = new Map(opens.map((at, k) => [at, k]));
  const stack: number[] = [];
  const end = Math.min(text.length, opens[opens.length - 1]! + 1 + reach);
  for (let i = opens[0]!; i < end; i++) {
    if (text[i] === "{") stack.push(i);
    else if (text[i] === "}" && stack.length > 0) {
      const open = stack.pop()!;
      const k = wanted.get(open);
      if (k !== undefined && i <= open + reach) closes[k] = i;
    }
  }
  return closes;
}

/**
 * The blocks opened by the matches of `openRe` (each ending just after its `{`) that close within `reach`, as
 * [after the `{`, the `}`], none inside an earlier one: a block's own options are read once, so nested or repeated
 * openings cost nothing more.
 */
export function outerBlocks(text: string, openRe: RegExp, reach: number): [number, number][] {
  const opens = [...text.matchAll(openRe)].map((m) => m.index + m[0].length - 1);
  const closes = closingBraces(text, opens, reach);
  const blocks: [number, number][] = [];
  let last = -1;
  for (const [k, open] of opens.entries()) {
    if (closes[k] === -1 || open < last) continue;
    blocks.push([open + 1, closes[k]!]);
    last = closes[k]!;
  }
  return blocks;
}

/**
 * The text of a block from `from` to `to` with the contents of its nested `{ … }` blanked out, index for index: a
 * block's own keys, not those of an object inside it.
 */
export function ownLevel(text: string, from: number, to: number): string {
  let depth = 0;
  let out = "";
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === "{") depth++;
    out += depth > 0 ? " " : c;
    if (c === "}" && depth > 0) depth--;
  }
  return out;
}
