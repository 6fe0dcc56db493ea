// Text of files and diffs that may not be UTF-8: a Latin-1 file reaches Codex with its letters, never U+FFFD.
const utf8 = new TextDecoder("utf-8", { fatal: true });
// WHATWG's "latin1" is Windows-1252: ISO-8859-1 plus the printable characters legacy Windows files use in 0x80-0x9f.
const latin1 = new TextDecoder("latin1");

/**
 * Text of a file or diff that may not be UTF-8. Line by line, so a diff whose header (paths) is UTF-8 and whose
 * content is Latin-1 keeps both right: no U+FFFD ever replaces a user's accented letters.
 */
export function decodeText(bytes: Buffer): { text: string; latin1: boolean } {
  try {
    return { text: utf8.decode(bytes), latin1: false };
  } catch {
    const lines: string[] = [];
    let start = 0;
    while (start < bytes.length) {
      const nl = bytes.indexOf(10, start);
      const end = nl < 0 ? bytes.length : nl + 1;
      const line = bytes.subarray(start, end);
      try {
        lines.push(utf8.decode(line));
      } catch {
        lines.push(latin1.decode(line));
      }
      start = end;
    }
    return { text: lines.join(""), latin1: true };
  }
}
