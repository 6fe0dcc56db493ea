// Scans that names packed into one long value (`key=key=key=…`, one name every few characters) would otherwise
// repeat once per name over the same stretch: where a run of value characters ends, and the entropy of a
// stretch. Each keeps its last answer and extends it, so a pass over overlapping stretches
// costs constant work per name; answers are exactly those of a fresh scan.

/** Where a run of characters matched by a sticky `[^stops]{0,max}` regex ends, at most `max` characters on. */
export class RunEnds {
  /** [from, end) holds no stop; when `open`, the scan stopped at its bound, not at a stop or the text's end. */
  private from = 0;
  private end = -1;
  private open = false;

  constructor(
    private readonly text: string,
    private readonly run: RegExp,
    private readonly max: number,
  ) {}

  at(from: number): number {
    const limit = Math.min(this.text.length, from + this.max);
    const known = from >= this.from && from <= this.end;
    if (known && (!this.open || this.end >= limit)) return Math.min(this.end, limit);
    const p = known ? this.end : from;
    this.run.lastIndex = p;
    const len = this.run.exec(this.text)![0].length;
    if (!known) this.from = from;
    this.end = p + len;
    this.open = len === this.max && this.end < this.text.length;
    return Math.min(this.end, limit);
  }
}

/**
 * Character counts of the last stretch asked about, slid forward when the next stretch starts and ends later: the
 * Shannon entropy looksRandom (values.ts) computes, without a pass over the stretch for each name.
 */
export class CharCounts {
  private readonly counts = new Map<number, number>();
  private start = 0;
  private end = 0;
  private surrogates = 0;

  constructor(private readonly text: string) {}

  /**
   * Whether text[start, end) has an entropy in bits per character below `bits`, by a margin no rounding reaches
   * (the sum's order differs from values.ts). False when it holds half of a surrogate pair: values.ts counts code
   * points.
   */
  entropyBelow(start: number, end: number, bits: number): boolean {
    if (start < this.start || start > this.end || end < this.end) {
      this.counts.clear();
      this.start = this.end = start;
      this.surrogates = 0;
    }
    while (this.end < end) this.step(this.text.charCodeAt(this.end++), 1);
    while (this.start < start) this.step(this.text.charCodeAt(this.start++), -1);
    if (this.surrogates > 0 || end === start) return false;
    let h = 0;
    for (const n of this.counts.values()) {
      const p = n / (end - start);
      h -= p * Math.log2(p);
    }
    return h < bits - 1e-9;
  }

  private step(c: number, d: number): void {
    const k = (this.counts.get(c) ?? 0) + d;
    if (k === 0) this.counts.delete(c);
    else this.counts.set(c, k);
    if (c >= 0xd800 && c <= 0xdfff) this.surrogates += d;
  }
}
