// Values written encoded so that no detector reads them: a string of `\u`/`\x` escapes of plain ASCII (an
// "obfuscated" key, a shell `printf '\x4a\x6b…'`), or a base64 literal decoded at startup (`b64decode("…")`,
// `atob("…")`). Each is decoded and judged: escapes of a generated-looking value, and base64 of a password-like word
// (printable, one word, not English), are cut where they stand. Escaped text and words (i18n strings, "Hello"), and
// base64 of binary data or of prose, stay.
import { DECODE_CALL_RE, ESCAPE_RE, ESCAPE_RUN_RE } from "./decoded-data.js";
import { acceptStrong } from "./prose.js";
import { isMadeOfWords, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** The ASCII a run of escapes spells, or null when any escape is not a printable, non-space ASCII character. */
function unescapeRun(run: string): string | null {
  let out = "";
  for (const m of run.matchAll(ESCAPE_RE)) {
    const code = parseInt(m[1] ?? m[2] ?? m[3]!, 16);
    if (code < 0x21 || code > 0x7e) return null;
    out += String.fromCharCode(code);
  }
  return out;
}

/** The printable one-word text base64 decodes to, or null (binary, spaces, or not base64 at all). */
function decodeBase64(b64: string): string | null {
  const text = Buffer.from(b64.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
  return /^[\x21-\x7e]{8,128}$/.test(text) ? text : null;
}

function isSecretWord(value: string): boolean {
  return !isPlaceholder(value) && !isMadeOfWords(value) && (looksRandom(value) || acceptStrong(value, "password"));
}

export function redactDecoded(text: string, tally: Tally): string {
  const cuts: [number, number][] = [];
  if (text.includes("\\u") || text.includes("\\x")) {
    ESCAPE_RUN_RE.lastIndex = 0;
    for (let m = ESCAPE_RUN_RE.exec(text); m; m = ESCAPE_RUN_RE.exec(text)) {
      const plain = unescapeRun(m[0]);
      if (plain !== null && looksRandom(plain)) cuts.push([m.index, m.index + m[0].length]);
    }
  }
  if (/decode|atob|Buffer\.from|base64/i.test(text)) {
    DECODE_CALL_RE.lastIndex = 0;
    for (let m = DECODE_CALL_RE.exec(text); m; m = DECODE_CALL_RE.exec(text)) {
      const b64 = m.groups!.b64 ?? m.groups!.b64sh!;
      const plain = decodeBase64(b64);
      if (plain === null || plain.includes(MARKER_PREFIX) || !isSecretWord(plain)) continue;
      const at = m.index + m[0].lastIndexOf(b64);
      cuts.push([at, at + b64.length]);
    }
  }
  return tally.cut(text, cuts, "secret");
}
