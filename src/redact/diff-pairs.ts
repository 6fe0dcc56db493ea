// A value replaced in a diff (`-  "cart-svc", "<old>");` then `+  "cart-svc", "<new>");`): a detector that reads
// context across lines (a call's arguments, a block's key) sees the removed line after its context but the added
// line after the removed one. When a removed and an added line of one change are the same text around one cut
// value, the other side's value in that place is the same setting's value and is cut too. Line by line, linear.
import { isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

const MARKER_RE = /\[REDACTED:([a-z0-9-]{1,40})\]/g;
/** Lines longer than this are left: the pairing compares whole lines. */
const MAX_LINE = 2000;

/** The value in `other` standing where `marked`'s one marker stands, with the marker's kind; or null. */
function counterpart(marked: string, other: string): [string, string] | null {
  const markers = [...marked.matchAll(MARKER_RE)];
  if (markers.length !== 1 || other.includes(MARKER_PREFIX) || marked.length > MAX_LINE || other.length > MAX_LINE) return null;
  const m = markers[0]!;
  const prefix = marked.slice(0, m.index);
  const suffix = marked.slice(m.index! + m[0].length);
  if (prefix.trim() === "" || !other.startsWith(prefix) || !other.endsWith(suffix) || other.length < prefix.length + suffix.length + 4) return null;
  const value = other.slice(prefix.length, other.length - suffix.length);
  if (/[\s"'`]/.test(value) || isPlaceholder(value) || /^[$%]/.test(value)) return null;
  return [value, m[1]!];
}

export function redactDiffPairs(text: string, tally: Tally): string {
  if (!text.includes(MARKER_PREFIX) || !/^[+-]/m.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; ) {
    let removed = i;
    while (removed < lines.length && lines[removed]!.startsWith("-") && !lines[removed]!.startsWith("---")) removed++;
    let added = removed;
    while (added < lines.length && lines[added]!.startsWith("+") && !lines[added]!.startsWith("+++")) added++;
    // A change replaces as many lines as it removes: the k-th removed line pairs with the k-th added one.
    if (removed > i && added - removed === removed - i) {
      for (let k = 0; k < removed - i; k++) pair(lines, i + k, removed + k, tally);
    }
    i = Math.max(added, i + 1);
  }
  return lines.join("\n");
}

function pair(lines: string[], a: number, b: number, tally: Tally): void {
  for (const [from, to] of [[a, b], [b, a]] as const) {
    const found = counterpart(lines[from]!.slice(1), lines[to]!.slice(1));
    if (!found) continue;
    const [value, kind] = found;
    const at = lines[from]!.indexOf(MARKER_PREFIX);
    lines[to] = lines[to]!.slice(0, at) + tally.add(kind, value) + lines[to]!.slice(at + value.length);
    return;
  }
}
