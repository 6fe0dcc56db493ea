// Values proven public or encrypted (proven.ts) are hidden from the detectors while they run and put back after.
// Every detector would otherwise need its own exception (a JWT pattern, an assignment, a chat answer can each take
// the same value); one shield keeps them all out. A span stands in as `$KEPT_<n>_`, the shape of a shell variable,
// which every detector leaves alone as a placeholder when it is a whole value, and only then: a value that holds a
// marker and more is judged as usual (and the marker cut with it; `unmarked` keeps its `$` from reading as code), so
// nothing can hide behind a marker. A text that already holds `$KEPT_` is not shielded at all, since the markers
// could not be told apart from the text; redacting a kept value is the safe side.

const MARK_PREFIX = "$KEPT_";
const MARK_RE = /\$KEPT_(\d{1,9})_/g;
const WHOLE_MARK_RE = /^\$KEPT_\d{1,9}_$/;

/**
 * `value` for the detectors' code tests: a marker glued to more text reads as a letter, since its `$` would make
 * the value look like a variable (`$KEPT_0_&Tr0ub4dor` is no code) and so keep the secret beside the marker.
 */
export function unmarked(value: string): string {
  return WHOLE_MARK_RE.test(value) ? value : value.replace(MARK_RE, "x");
}

/**
 * Whether `text` opens with a whole marker as a URL query's value, the next parameter after its `&`
 * (`$KEPT_0_&lang=ru_RU`): the kept value ends at the `&`, as query values do.
 */
export function startsWithKeptParameter(text: string): boolean {
  return /^\$KEPT_\d{1,9}_&[\w.~-]{1,64}=/.test(text);
}

export interface Shielded {
  /** The text with every kept span replaced by its marker. */
  text: string;
  /**
   * `out` (the redacted shielded text) with each surviving marker replaced by the span it stands for, or by what
   * `replace` returns for that span instead.
   */
  restore(out: string, replace?: (span: string) => string | undefined): string;
}

const NOTHING: Omit<Shielded, "text"> = { restore: (out) => out };

/** Replaces the `spans` of `text` (any order; a span overlapping an earlier one is dropped) by markers. */
export function shield(text: string, spans: [number, number][]): Shielded {
  if (spans.length === 0 || text.includes(MARK_PREFIX)) return { text, ...NOTHING };
  spans.sort((a, b) => a[0] - b[0]);
  const kept: string[] = [];
  let out = "";
  let last = 0;
  for (const [start, end] of spans) {
    if (start < last || end <= start) continue;
    out += `${text.slice(last, start)}${MARK_PREFIX}${kept.length}_`;
    kept.push(text.slice(start, end));
    last = end;
  }
  out += text.slice(last);
  // A marker a detector cut into stays cut: its value is then redacted, never half restored.
  const restore = (redacted: string, replace?: (span: string) => string | undefined) =>
    redacted.replace(MARK_RE, (m, n: string) => {
      const span = kept[Number(n)];
      return span === undefined ? m : (replace?.(span) ?? span);
    });
  return { text: out, restore };
}
