// A YAML plain scalar continued on the next, more-indented lines (`password: Xk9mP2qLw7` then `  Tn4Rb8Vc1Y`): YAML
// folds those lines into the same value, so when a detector cut the first line's whole value, each continuation goes
// too. Only single-token lines that are no words (`end`, `done` stay), no key (`name: x`), item, comment or flow
// opener; a bounded number of lines. One pass over the lines of the detectors' output.
import { isMadeOfWords, isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

/**
 * A key whose whole plain value is a marker: `password: [REDACTED:password]`, maybe in a list item (whose `- ` counts
 * as indent: the key's map starts after it) or a diff.
 */
const CUT_KEY_RE = /^([+\-]?)([ \t]*(?:-[ \t]+)?)[A-Za-z_][\w.-]{0,80}:[ \t]+\[REDACTED:([\w-]{1,40})\][ \t]*\r?$/;
/** A continuation line: deeper indent, one token that opens no key, item, comment, quote or flow collection. */
const CONTINUATION_RE = /^([+\-]?)([ \t]+)([^\s#\-[{"'&*!|>%@`][^\s]{0,255}?)([ \t]*\r?)$/;
const MAX_CONTINUATIONS = 8;

/**
 * How deep a continuation of the key must be indented, given its own diff mark; -1 when the marks differ. A key line's
 * leading `-` is a diff mark when its continuations carry one too, and otherwise a list item's dash (indent).
 */
function keyIndent(key: RegExpExecArray, mark: string): number {
  if (key[1] === mark) return key[2]!.length;
  return key[1] === "-" && mark === "" ? key[2]!.length + 1 : -1;
}

function continuation(line: string, key: RegExpExecArray): RegExpExecArray | null {
  const m = CONTINUATION_RE.exec(line);
  if (!m) return null;
  const indent = keyIndent(key, m[1]!);
  if (indent < 0 || m[2]!.length <= indent || /:(?:[ \t]|$)/.test(m[3]!)) return null;
  const token = m[3]!;
  return token.startsWith(MARKER_PREFIX) || isPlaceholder(token) || isMadeOfWords(token) ? null : m;
}

export function redactYamlContinued(text: string, tally: Tally): string {
  if (!text.includes("]\n") && !text.includes("]\r\n")) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const key = CUT_KEY_RE.exec(lines[i]!);
    if (!key) continue;
    for (let j = i + 1; j < lines.length && j <= i + MAX_CONTINUATIONS; j++) {
      const m = continuation(lines[j]!, key);
      if (!m) break;
      lines[j] = `${m[1]}${m[2]}${tally.add(key[3]!, m[3]!)}${m[4]}`;
    }
  }
  return lines.join("\n");
}
