// What may stand before the content of a line in the channels we redact: a diff marker (`+`, `-`, ` `), a log
// timestamp and level, indentation, a quote or comment leader (`> `, ` * `, `# `, `// `, `-- `). Detectors that reason about "a line that is only X" strip this first, so a
// key body or a .pgpass line is recognised in a diff hunk and in a pasted log alike.

/** Source of a regex matching the prefix at a line start (always matches, possibly empty). */
export const LINE_PREFIX_SRC =
  String.raw`[+\- ]?(?:(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z?|\d\d:\d\d:\d\d(?:[.,]\d{1,9})?)[ \t]+(?:\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL)\]?[ \t]+)?)?[ \t]*(?:(?:>|\*|#|;|\/\/|--)[ \t]?(?![-*#/>;])[ \t]*){0,2}`;

const LINE_PREFIX_RE = new RegExp(`^${LINE_PREFIX_SRC}`);

/** Length of the prefix of `line` (a single line, without its newline). */
export function prefixLength(line: string): number {
  return LINE_PREFIX_RE.exec(line)![0].length;
}

export interface Line {
  start: number;
  /** Where the content starts, after a diff marker, log prefix and indentation. */
  contentStart: number;
  end: number;
  content: string;
}

/** Each line of `text` with its offsets and its content after the prefix (a trailing CR is not content). */
export function* linesOf(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, "");
    const p = prefixLength(raw);
    yield { start, contentStart: start + p, end: start + raw.length, content: raw.slice(p).trimEnd() };
    if (nl === -1) return;
    start = nl + 1;
  }
}
