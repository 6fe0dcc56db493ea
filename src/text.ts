// Text for one-line displays (progress, hook context, logs, reports): whitespace folded, optionally clipped.

/** Folds every run of whitespace (newlines included) to one space; clips to `max` characters with "…". */
export function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Code point ranges a terminal draws two columns wide (East Asian Wide and Fullwidth, common emoji). */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

/** Ranges drawn zero columns wide: combining marks, zero-width characters, variation selectors. */
const ZERO: ReadonlyArray<readonly [number, number]> = [[0x0300, 0x036f], [0x200b, 0x200f], [0xfe00, 0xfe0f]];

const within = (c: number, ranges: ReadonlyArray<readonly [number, number]>): boolean => ranges.some(([a, b]) => c >= a && c <= b);

/** Columns `text` takes in a terminal: CJK characters count two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (!within(c, ZERO)) width += within(c, WIDE) ? 2 : 1;
  }
  return width;
}

/** Pads with spaces to `width` terminal columns (padEnd counts UTF-16 units, which misaligns CJK text). */
export function padColumns(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Rows as columns two spaces apart, aligned by terminal width; the last column is not padded. */
export function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? "")))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : padColumns(c, widths[i] ?? 0))).join("  ").trimEnd()).join("\n");
}
