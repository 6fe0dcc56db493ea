// A comment handing a generated value over: `# use this: Xk9mP2qLw7Tn4Rb8Vc1Y` in a YAML or shell file, `// try this
// one: …` in code. The comment is the whole line, its phrase tells the reader to take the value, and the value alone
// ends the line. Only a generated value is cut: commands, flags, paths, URLs, versions, hex ids (commits, digests)
// and words stay. One regex anchored at line starts with bounded parts: linear in the input.
import { acceptWeak } from "./prose.js";
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** Comment mark, handing-over phrase, colon, one value ending the line (also as a diff line). */
const HANDOVER_RE =
  /^[+\- ]?[ \t]*(?:#|\/\/)[ \t]*(?:please[ \t]+)?(?:use|try)[ \t]+th(?:is|at)(?:[ \t]+(?:one|instead|value|password|pass|token|key|secret))?[ \t]*[:：=][ \t]*([^\s"'`]{16,128})[ \t]*\r?$/gim;

/** A generated value: random-looking letters and digits, not hex (`sha256:` digests too), a version, a path, a URL, a flag or a marker. */
function isGenerated(v: string): boolean {
  if (v.includes(MARKER_PREFIX.slice(1)) || isPlaceholder(v) || /^(?:\w{1,12}:)?[0-9a-f]+$/i.test(v)) return false;
  if (/^[-/.~$]|:\/\/|\.\/|^v?\d+\.\d+/.test(v)) return false;
  return /\d/.test(v) && /[A-Za-z]/.test(v) && acceptWeak(v) && looksRandom(v);
}

export function redactCommentHandovers(text: string, tally: Tally): string {
  if (!/(?:use|try)[ \t]+th(?:is|at)/i.test(text)) return text;
  const cuts: [number, number][] = [];
  HANDOVER_RE.lastIndex = 0;
  for (let m = HANDOVER_RE.exec(text); m; m = HANDOVER_RE.exec(text)) {
    const value = m[1]!;
    if (!isGenerated(value)) continue;
    const at = m.index + m[0].lastIndexOf(value);
    cuts.push([at, at + value.length]);
  }
  return tally.cut(text, cuts, "secret");
}
