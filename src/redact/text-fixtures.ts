// Base64 test payloads that decode to structured text (`{"payload": "SVNBKjAw…", "encoding": "base64"}` in
// tests/fixtures/): a record format's text (EDI segments, CSV rows, JSON, key=value lines) that a test feeds to a
// decoder. The bytes are read, not guessed at: the token must be exact canonical base64 of UTF-8 with no control
// characters, the text must be a record grammar (one delimiter other than a space repeated at least three times), every
// alphanumeric piece of it a word, a number or a code (so no random run, which is what a key or a password would be),
// and the whole redactor must find the decoded texts clean (so a fixture that decodes to `password=…` or a token is
// cut, and every payload of that text with it). A record that names a credential field (`password`, `client_secret`,
// `key`, `密码`) is never kept: a password of plain words passes both checks, and a record of test data has no such field.
// Only in a text that names a test path, where such payloads live.
// Bounded regexes and one redaction of all decoded payloads, so linear in the input.
import { categorize } from "./names.js";
import { isMadeOfWords } from "./values.js";

type Span = [number, number];

/** A quoted base64 token of 16 to 4096 characters, canonical padding only. */
const QUOTED_B64_RE = /(["'`])([A-Za-z0-9+/]{16,4096}={0,2})\1/dg;
/** A test directory or file in a path: tests/, spec/, __tests__/, fixtures/, testdata/, foo.test.ts, test_foo.py. */
const TEST_PATH_RE = /(?:^|[\s/"'`(（])(?:tests?|specs?|__tests__|__fixtures__|fixtures?|testdata)\/|[\w-]\.(?:test|spec)\.[a-z]{1,4}\b|(?:^|[/\s])test_\w+\.py\b|_test\.(?:go|py|rb)\b/;
/** Decoded text may hold tabs and line breaks, nothing else below a space. */
const CONTROL_RE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
/** The delimiters of record formats; one of them must repeat. */
const DELIMITERS = "*|~^,;:=&{}<>\t\n";
const MIN_DELIMITERS = 3;
const MIN_TEXT = 24;

/** The UTF-8 text `token` is the exact base64 of, or null. */
function decodedText(token: string): string | null {
  const bytes = Buffer.from(token, "base64");
  if (bytes.toString("base64") !== token) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return CONTROL_RE.test(text) ? null : text;
  } catch {
    return null;
  }
}

/** A field name of the record (ASCII identifier), or a Chinese credential word, which needs no delimiter. */
const FIELD_NAME_RE = /[A-Za-z_][A-Za-z0-9_.-]{0,63}|密码|口令|密钥|令牌|秘钥/g;

/**
 * Whether the record names a field that holds a credential, whatever value stands in it: any name names.ts gives a
 * category, down to "weak" (`key`, `auth`, `login`), since a test record's fields need none.
 */
function namesCredential(text: string): boolean {
  for (const [name] of text.matchAll(FIELD_NAME_RE)) {
    if (!/^[A-Za-z_]/.test(name) || categorize(name) !== null) return true;
  }
  return false;
}

function isRecordText(text: string): boolean {
  if (text.length < MIN_TEXT || !isMadeOfWords(text) || namesCredential(text)) return false;
  const counts = new Map<string, number>();
  for (const ch of text) if (DELIMITERS.includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return [...counts.values()].some((n) => n >= MIN_DELIMITERS);
}

/** Every quoted base64 fixture of structured text in a text naming a test path; `isClean` redacts decoded text. */
export function textFixtureSpans(text: string, isClean: (decoded: string) => boolean): Span[] {
  if (!TEST_PATH_RE.test(text)) return [];
  const spans: Span[] = [];
  const texts: string[] = [];
  for (const m of text.matchAll(QUOTED_B64_RE)) {
    const decoded = decodedText(m[2]!);
    if (decoded === null || !isRecordText(decoded)) continue;
    spans.push(m.indices![2]!);
    texts.push(decoded);
  }
  // One redaction of all payloads, apart by blank lines: kept together only when all are clean, so the cost stays
  // one pass whatever the number of payloads.
  return spans.length > 0 && isClean(texts.join("\n\n")) ? spans : [];
}
