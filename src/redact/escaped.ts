// Code held in JSON strings: a notebook's source lines (`"os.environ[\"API_KEY\"] = \"…\"\n"`), a config or script
// escaped into a JSON log or a launch.json. Its quotes are escaped, so no detector sees a literal there. The strings
// are read with one linear scan per line, unescaped, joined into one text and passed to the detectors once; the
// values found there are noted in the tally, and the repeats pass cuts them where they stand in the original.
import { MARKER_PREFIX, Tally } from "./values.js";

/** Strings shorter than this hold no name and value both. */
const MIN_STRING = 12;
/** Bound on the text handed to the detectors, so a huge JSON dump costs at most one more pass over this much. */
const MAX_INNER = 1 << 20;

/** Adds to `into` the contents of a line's JSON strings that escape a quote or a line break, unescaped. */
function escapedStrings(line: string, into: string[]): void {
  let start = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "\\") i++;
    else if (c === '"' && start === -1) start = i;
    else if (c === '"') {
      const body = line.slice(start + 1, i);
      start = -1;
      // A string holding a marker is read too: one value cut in place (a `\"pass\":\"…\"` the prose pass took)
      // leaves its neighbours (`\"password\":\"…\"`) to be found here.
      if (body.length < MIN_STRING || !/\\["n]/.test(body)) continue;
      try {
        into.push(JSON.parse(`"${body}"`) as string);
      } catch {
        // Not a JSON string (a shell line with `\"`): nothing to unescape.
      }
    }
  }
}

/**
 * Runs `detect` over the unescaped strings of `text` and notes each value it cuts, with its kind, so that the repeats
 * pass (which runs after) cuts it in `text`.
 */
export function noteEscapedSecrets(text: string, tally: Tally, detect: (inner: string, probe: Tally) => string): void {
  if (!text.includes('\\"') && !text.includes("\\n")) return;
  const strings: string[] = [];
  for (const line of text.split("\n")) if (line.includes("\\")) escapedStrings(line, strings);
  const inner = strings.join("\n").slice(0, MAX_INNER);
  if (inner === "") return;
  const probe = new Tally();
  detect(inner, probe);
  for (const [value, kind] of probe.values) if (!tally.values.has(value) && !value.includes(MARKER_PREFIX)) tally.values.set(value, kind);
}
