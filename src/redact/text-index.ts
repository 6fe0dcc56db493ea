// Position look-ups that a pass makes at many increasing positions of one long text (a call per `login(` on a
// 1 MB line). Each look-up alone is bounded or a native search, but repeated from every position it walks the same
// characters again; remembering the last answer makes a pass over increasing positions linear overall.

/** How far back a line's start is looked for: callers treat a start further back as no start. */
export const LINE_BACK = 256;

export class TextIndex {
  private readonly next = new Map<string, { from: number; at: number }>();
  private lastAt = -1;
  private lastStart = -1;

  constructor(readonly text: string) {}

  /** `text.indexOf(ch, from)`, answered from the last search for `ch` while `from` has not passed its hit. */
  indexOf(ch: string, from: number): number {
    const memo = this.next.get(ch);
    if (memo && memo.from <= from && (memo.at === -1 || memo.at >= from)) return memo.at;
    const at = this.text.indexOf(ch, from);
    this.next.set(ch, { from, at });
    return at;
  }

  /**
   * The start of the line holding `at` when at most LINE_BACK characters back, else -1. The walk back stops at the
   * previous position asked about, whose answer holds for this one when no newline lies between them.
   */
  lineStart(at: number): number {
    const text = this.text;
    const known = this.lastAt !== -1 && this.lastAt <= at;
    const stop = Math.max(0, at - LINE_BACK, known ? this.lastAt : 0);
    let i = at;
    while (i > stop && text.charCodeAt(i - 1) !== 10) i--;
    let start: number;
    if (i === 0 || text.charCodeAt(i - 1) === 10) start = i;
    else if (known && i === this.lastAt && this.lastStart !== -1 && at - this.lastStart <= LINE_BACK) start = this.lastStart;
    else start = -1;
    this.lastAt = at;
    this.lastStart = start;
    return start;
  }
}
