// Account-recovery secrets people paste into prose: a wallet's recovery phrase (12–24 plain words, which no value
// test takes for a secret) after words naming it, and a list of 2FA backup codes under a line announcing them. Both
// are recognised by the announcing words first, then by a strict shape, so ordinary sentences stay. Bounded
// look-ahead from each announcing word and one pass over lines: linear.
import { isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

/** Words naming a wallet's recovery phrase, English and Chinese. */
const PHRASE_NAME_RE = /(?:recovery|seed|secret|mnemonic|backup|wallet)[ -](?:phrase|words)|mnemonic|(?:12|15|18|21|24)[ -]?words?(?:[ -]phrase)?|助记词|恢复短语/gi;
/** How far after the name the phrase may start. */
const PHRASE_REACH = 64;
/** A phrase quoted or in inline code, or running to the line's end. */
const PHRASE_RE = /(?<![A-Za-z])(["'`“‘]?)([a-z]{3,8}(?:[ \t][a-z]{3,8}){11,23})(?:\1|[ \t]*(?=\r?\n|$))/;
/** BIP-39 phrase lengths. */
const PHRASE_WORDS = new Set([12, 15, 18, 21, 24]);

/** A line announcing backup or recovery codes: "these 2FA backup codes", "GitHub recovery codes:", "备用码如下". */
const CODES_NAME_RE = /(?:backup|recovery|scratch|2fa|two-factor|one-time)[ -]codes?|备用码|恢复码|备份码|救援码/i;
/** One code on its line, maybe numbered or bulleted: `3486 7568`, `a1b2c-3d4e5`, `- 48213957`, `vqq35nje2l`. */
const CODE_LINE_RE = /^([ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*)((?=[A-Za-z0-9 -]*\d)(?:[A-Za-z0-9]{3,8}(?:[ -][A-Za-z0-9]{3,8}){0,3}|[A-Za-z0-9]{9,12}))[ \t]*\r?$/;
/** Codes listed on the announcing line itself, after a colon: "backup codes: 3486-7568, 8455-2225". */
const INLINE_CODES_RE = /(?:codes?|备用码|恢复码|备份码|救援码)[^\n:：]{0,24}[:：][ \t]*((?:[A-Za-z0-9]{3,8}(?:[ -][A-Za-z0-9]{3,8})?[ \t]*[,，、;][ \t]*){1,23}[A-Za-z0-9]{3,8}(?:[ -][A-Za-z0-9]{3,8})?)/g;
const INLINE_CODE_RE = /[A-Za-z0-9]{3,8}(?:[ -][A-Za-z0-9]{3,8})?/g;
/** Lines looked at after the announcing one, and blank lines allowed before the first code. */
const MAX_CODES = 24;
const MAX_GAP = 2;

function phrases(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  PHRASE_NAME_RE.lastIndex = 0;
  for (let m = PHRASE_NAME_RE.exec(text); m; m = PHRASE_NAME_RE.exec(text)) {
    const from = m.index + m[0].length;
    const window = text.slice(from, from + PHRASE_REACH + 24 * 9);
    const p = PHRASE_RE.exec(window);
    const words = p?.[2]!.split(/[ \t]/) ?? [];
    // A documented test vector repeats a word or two ("abandon abandon … about"); a real phrase rarely repeats.
    if (!p || p.index > PHRASE_REACH || !PHRASE_WORDS.has(words.length) || new Set(words).size < 4) continue;
    const start = from + p.index + p[1]!.length;
    cuts.push([start, start + p[2]!.length]);
    PHRASE_NAME_RE.lastIndex = start + p[2]!.length;
  }
  return cuts;
}

/** The code lines under each announcing line: at least two, so one number under a sentence stays. */
function codeLists(lines: string[], tally: Tally): void {
  for (let i = 0; i < lines.length; i++) {
    if (!CODES_NAME_RE.test(lines[i]!)) continue;
    const found: number[] = [];
    let j = i + 1;
    for (; j < lines.length && j <= i + MAX_CODES + MAX_GAP; j++) {
      const line = lines[j]!;
      if (line.trim() === "" && found.length === 0 && j - i <= MAX_GAP) continue;
      const code = CODE_LINE_RE.exec(line);
      if (!code || isPlaceholder(code[2]!) || code[2]!.includes(MARKER_PREFIX.slice(1))) break;
      found.push(j);
    }
    if (found.length < 2) continue;
    for (const k of found) {
      const code = CODE_LINE_RE.exec(lines[k]!)!;
      lines[k] = `${code[1]}${tally.add("password", code[2]!)}${lines[k]!.slice(code[1]!.length + code[2]!.length)}`;
    }
    i = j - 1;
  }
}

/** Each code of a list on an announcing line, when every one of them holds a digit. */
function inlineCodes(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  INLINE_CODES_RE.lastIndex = 0;
  for (let m = INLINE_CODES_RE.exec(text); m; m = INLINE_CODES_RE.exec(text)) {
    // The words before "codes" say which codes: "recovery codes", "2FA backup codes".
    if (!CODES_NAME_RE.test(text.slice(Math.max(0, m.index - 16), m.index + m[0].length))) continue;
    const base = m.index + m[0].length - m[1]!.length;
    const codes = [...m[1]!.matchAll(INLINE_CODE_RE)];
    if (codes.every((c) => /\d/.test(c[0]) && !isPlaceholder(c[0]))) for (const c of codes) cuts.push([base + c.index, base + c.index + c[0].length]);
  }
  return cuts;
}

export function redactRecoverySecrets(text: string, tally: Tally): string {
  const out = tally.cut(text, [...phrases(text), ...inlineCodes(text)], "password");
  if (!CODES_NAME_RE.test(out)) return out;
  const lines = out.split("\n");
  codeLists(lines, tally);
  return lines.join("\n");
}
