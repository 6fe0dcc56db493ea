// The last pass of redact(): every marker it wrote is whole. The rules run one after another on each other's output,
// and a later rule can read a marker's colon as a separator (`-u [REDACTED:secret]` as user:password) or cut into its
// kind, leaving `[REDACTED:[REDACTED:password]`: unreadable, and read again by a second pass. Rules guard against
// markers one by one; this pass makes the guarantee hold for every input, rules yet to be written included.
//
// Which `[REDACTED:` did we write? Rules only ever replace a span by a whole marker, so ours can break in one way: its
// kind (or part of it) replaced by a later marker, i.e. nested. A nested region is re-cut whole whoever wrote its
// start: text pasted in front of our marker (`[REDACTED:` then a secret we cut) holds nothing worth keeping. Other
// fragments are the input's own (a program's `"[REDACTED:"` literal) and stay, unless the input held none, so that
// they can only be ours. A whole-looking marker naming no kind of ours is input text shaped to hide a value
// (`[REDACTED:Zx9kQ2mWp4rTyA8vB3nC]`: every rule skips markers), so it is cut as a secret.
import { MARKER_KINDS } from "./marker-kinds.js";
import { MARKER_PREFIX, type Tally } from "./values.js";

const KIND_CHAR_RE = /[\w-]/;
const WHOLE_RE = /\[REDACTED:([\w-]{1,40})\]/y;

interface Region {
  end: number;
  /** The last kind of ours named inside, for the marker that replaces the region. */
  kind: string | undefined;
  nested: boolean;
  closed: boolean;
}

/**
 * The marker material from `start` (a `[REDACTED:`): kinds, nested markers and closing brackets, none left over.
 * Once a nested marker closes, only the rest of the outer kind and its bracket belong to it: a marker next to it
 * (`[REDACTED:[REDACTED:password][REDACTED:secret]`) stays its own.
 */
function regionAt(text: string, start: number): Region {
  let i = start + MARKER_PREFIX.length;
  let open = 1;
  let closedAt = -1;
  let nested = false;
  let kind: string | undefined;
  while (i < text.length && open > 0) {
    if (text.startsWith(MARKER_PREFIX, i)) {
      WHOLE_RE.lastIndex = i;
      const inner = WHOLE_RE.exec(text)?.[1];
      if (inner !== undefined && MARKER_KINDS.has(inner)) kind = inner;
      nested = true;
      open++;
      i += MARKER_PREFIX.length;
    } else if (text[i] === "]") {
      open--;
      closedAt = ++i;
      if (open > 0) {
        const rest = /[\w-]*\]/y;
        rest.lastIndex = i;
        if (rest.test(text)) closedAt = rest.lastIndex;
        break;
      }
    } else if (KIND_CHAR_RE.test(text[i]!)) {
      i++;
    } else {
      break;
    }
  }
  return { end: closedAt < 0 ? i : closedAt, kind, nested, closed: closedAt >= 0 };
}

/**
 * `output` (what the rules made of `input`) with every broken or nested marker re-cut into one whole marker over its
 * whole region, and every marker-shaped text naming no kind of ours cut as a secret (counted in `tally`).
 */
export function wholeMarkers(input: string, output: string, tally: Tally): string {
  let at = output.indexOf(MARKER_PREFIX);
  if (at === -1) return output;
  const fragmentsAreOurs = !input.includes(MARKER_PREFIX);
  let out = "";
  let last = 0;
  for (; at !== -1; at = output.indexOf(MARKER_PREFIX, at)) {
    WHOLE_RE.lastIndex = at;
    const whole = WHOLE_RE.exec(output);
    if (whole && MARKER_KINDS.has(whole[1]!)) {
      at += whole[0].length;
      continue;
    }
    const region = regionAt(output, at);
    if (region.nested) {
      out += `${output.slice(last, at)}${MARKER_PREFIX}${region.kind ?? "secret"}]`;
    } else if (region.closed || fragmentsAreOurs) {
      out += output.slice(last, at) + tally.add("secret");
    } else {
      at += MARKER_PREFIX.length;
      continue;
    }
    last = at = region.end;
  }
  return out + output.slice(last);
}
