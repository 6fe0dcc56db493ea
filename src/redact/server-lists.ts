// Server lists kept as plain text (an admin's rcon.txt, a game host's server sheet): one server a row, its name,
// its address with the port, and its credential, columns set apart by spaces. No name says "password"; the row's
// shape does, and only in a list (two rows or more), where a generated value ends every row — or in one row of a file
// whose name says it is such a list (`cat rcon.txt`, `+++ b/servers.txt`).
import { isMadeOfWords, isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

/** name, host-or-IPv4:port, then one token ending the line (also as a diff line). */
const ROW_RE = /^(?<pre>[+\- ]?[ \t]*[\w.-]{1,64}[ \t]+(?:\d{1,3}(?:\.\d{1,3}){3}|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}):\d{2,5}[ \t]+)(?<secret>[^\s]{16,128})[ \t]*\r?$/gm;
/** Rows in a text before its values count as a list. */
const MIN_ROWS = 2;
/** A file named as a server or rcon list, named before its row (a command, a diff header, a prose mention). */
const LIST_FILE_RE = /(?:^|[\s/"'`])[\w.-]{0,32}(?:rcon|servers?|server[-_]?list)[\w.-]{0,32}\.(?:txt|list|lst|cfg|conf|csv|tsv)\b/i;
/** How far before a lone row its file's name may be. */
const FILE_NAME_REACH = 2048;

/** A generated credential: random-looking, not hex (a container or commit id), not words. */
function credential(v: string): boolean {
  return looksRandom(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && !/^[0-9a-f]+$/i.test(v) && !isMadeOfWords(v) && !isPlaceholder(v) && !v.includes(MARKER_PREFIX);
}

function namedList(text: string, rowAt: number): boolean {
  return LIST_FILE_RE.test(text.slice(Math.max(0, rowAt - FILE_NAME_REACH), rowAt));
}

export function redactServerLists(text: string, tally: Tally): string {
  if (!/:\d{2,5}[ \t]/.test(text)) return text;
  const rows = [...text.matchAll(ROW_RE)].filter((m) => credential(m.groups!.secret!));
  if (rows.length === 0) return text;
  if (rows.length < MIN_ROWS && !namedList(text, rows[0]!.index!)) return text;
  let out = "";
  let last = 0;
  for (const m of rows) {
    const at = m.index! + m.groups!.pre!.length;
    out += text.slice(last, at) + tally.add("password", m.groups!.secret!);
    last = at + m.groups!.secret!.length;
  }
  return out + text.slice(last);
}
