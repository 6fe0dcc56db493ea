// References to a secret kept elsewhere, which name where it is and hold none of it: a command that reads it from a
// store (`RESTIC_PASSWORD_COMMAND="pass show infra/restic"`), Postfix lookup tables (`smtp_sasl_password_maps =
// hash:/etc/postfix/sasl_passwd`) and SAS macro variables defined in the same text (`password="&dbpass"` after
// `%let dbpass = …`). Each is known by its grammar; a value that leaves it anywhere is judged as usual. One pass
// over the lines with bounded regexes, so linear in the input.
import { POSTFIX_FILE_TABLES, SECRET_READERS } from "./reference-data.js";
import { isMadeOfWords, looksRandom } from "./values.js";

type Span = [number, number];

interface RawLine {
  start: number;
  line: string;
  /** The diff side a line is on: `+`, `-`, or "" for context and plain text. */
  side: string;
}

function rawLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    lines.push({ start, line, side: line[0] === "+" || line[0] === "-" ? line[0] : "" });
    start += raw.length + 1;
  }
  return lines;
}

let readers: Map<string, string[]> | undefined;
/** An argument of a reader: a flag (maybe with a word or path value) or an entry name or path, words only. */
const ARGUMENT_RE = /^(?:--?[A-Za-z][\w-]{0,40}(?:=[\w.\/~@:%+,-]{1,200})?|[\w.\/~@:%+,=-]{1,256})$/;
const PATH_RE = /^(?:\/|~\/)[\w.\/~@+-]{1,256}$/;
const MAX_ARGUMENTS = 16;

/**
 * A command that prints a secret from a store: a reader with its reading subcommand, arguments that are flags,
 * paths and entry names made of words (no generated value: a token given on the command line is not a reference),
 * and nothing the whole redactor finds when it reads the command alone.
 */
function isReaderCommand(command: string, isClean: (text: string) => boolean): boolean {
  readers ??= new Map(SECRET_READERS);
  const words = command.trim().split(/[ \t]+/);
  if (words[0] === "sudo") words.shift();
  const subcommands = readers.get(words[0] ?? "");
  const args = words.slice(1);
  if (subcommands === undefined || args.length === 0 || args.length > MAX_ARGUMENTS) return false;
  if (subcommands.length > 0 ? !args.some((a) => subcommands.includes(a)) : !args.every((a) => PATH_RE.test(a))) return false;
  return args.every((a) => ARGUMENT_RE.test(a) && isMadeOfWords(a)) && isClean(command);
}

/** A quoted value, or an unquoted one after `=` or `:` up to the line's end. */
const QUOTED_RE = /(["'])([^"'\n]{3,256})\1/dg;
const UNQUOTED_RE = /[=:][ \t]*([^"'\s][^"'\n]{2,255})$/d;

/** How many commands one text may have judged by the whole redactor: past it they are judged as usual. */
const MAX_JUDGED = 64;

function readerCommands(lines: RawLine[], isClean: (text: string) => boolean): Span[] {
  readers ??= new Map(SECRET_READERS);
  const spans: Span[] = [];
  let judged = 0;
  const judge = (command: string) => ++judged <= MAX_JUDGED && isClean(command);
  const startsWithReader = (v: string) => readers!.has(v.replace(/^sudo[ \t]+/, "").split(/[ \t]/, 1)[0]!);
  for (const { start, line } of lines) {
    const values = [...line.matchAll(QUOTED_RE)].map((m) => m.indices![2]!);
    const bare = UNQUOTED_RE.exec(line);
    if (bare) values.push(bare.indices![1]!);
    for (const [from, to] of values) {
      const value = line.slice(from, to);
      if (startsWithReader(value) && isReaderCommand(value, judge)) spans.push([start + from, start + to]);
    }
  }
  return spans;
}

const POSTFIX_PARAMETER_RE = /^[+\- ]?[ \t]*[a-z][a-z0-9_]{0,64}[ \t]*=[ \t]*([^\s].{0,2047})$/d;
let postfixTableRe: RegExp | undefined;

/**
 * A Postfix lookup table backed by a file (`hash:/etc/postfix/sasl_passwd`), its path made of words: a generated
 * segment is no file someone named.
 */
export function isPostfixFileTable(item: string): boolean {
  postfixTableRe ??= new RegExp(`^(?:proxy:)?(?:${POSTFIX_FILE_TABLES.join("|")}):(?:\\/|\\$\\{?config_directory\\}?\\/)[\\w.\\/-]{1,256}$`);
  return postfixTableRe.test(item) && isMadeOfWords(item) && !item.split(/[:/]/).some(looksRandom);
}

/** `name = type:/path, type:/path`: every item of the value a file-backed table, or nothing is kept. */
function postfixTables(lines: RawLine[]): Span[] {
  const spans: Span[] = [];
  for (const { start, line } of lines) {
    const m = POSTFIX_PARAMETER_RE.exec(line);
    if (m === null) continue;
    const at = start + m.indices![1]![0];
    const items = [...m[1]!.trimEnd().matchAll(/[^\s,]+/g)];
    if (!items.every((item) => isPostfixFileTable(item[0]))) continue;
    // Between items only Postfix's separators: commas and blanks.
    if (/[^\s,]/.test(m[1]!.trimEnd().replace(/[^\s,]+/g, ""))) continue;
    for (const item of items) spans.push([at + item.index, at + item.index + item[0].length]);
  }
  return spans;
}

/** `%let name =` and `call symput('name', …)`: a SAS macro variable defined in the text. */
const SAS_DEFINITION_RE = /%let[ \t]+([A-Za-z_]\w{0,31})[ \t]*=|call[ \t]+symputx?\([ \t]*["']([A-Za-z_]\w{0,31})["']/gi;
/** `"&name"`, `="&name."`, `= &name`: a whole value that is a macro variable's reference. */
const SAS_REFERENCE_RE = /(["'=])[ \t]*(&([A-Za-z_]\w{0,31})\.?)(?=["'\s;)]|$)/dg;

/** References to macro variables defined in the same text, on the same side of a diff as the reference. */
function sasMacroReferences(lines: RawLine[]): Span[] {
  const defined = new Map<string, Set<string>>();
  for (const { line, side } of lines) {
    if (!line.includes("%let") && !/symput/i.test(line)) continue;
    for (const m of line.matchAll(SAS_DEFINITION_RE)) {
      const name = (m[1] ?? m[2]!).toLowerCase();
      if (!defined.has(name)) defined.set(name, new Set());
      defined.get(name)!.add(side);
    }
  }
  if (defined.size === 0) return [];
  const spans: Span[] = [];
  const opposite: Record<string, string> = { "+": "-", "-": "+" };
  for (const { start, line, side } of lines) {
    if (!line.includes("&")) continue;
    for (const m of line.matchAll(SAS_REFERENCE_RE)) {
      const sides = defined.get(m[3]!.toLowerCase());
      if (sides !== undefined && [...sides].some((s) => s !== opposite[side])) spans.push([start + m.indices![2]![0], start + m.indices![2]![1]]);
    }
  }
  return spans;
}

/** Each reader's name and a space, built on first use (the hooks import this module): looked for in every text. */
let readerNeedles: string[] | undefined;

/** Every reference's span; `isClean` redacts a command alone to see that it holds nothing. */
export function referenceSpans(text: string, isClean: (text: string) => boolean): Span[] {
  readerNeedles ??= SECRET_READERS.map(([tool]) => `${tool} `);
  const commands = readerNeedles.some((needle) => text.includes(needle));
  const tables = text.includes(":/") || text.includes(":$");
  const macros = /%let|symput/i.test(text);
  if (!commands && !tables && !macros) return [];
  const lines = rawLines(text);
  return [...(commands ? readerCommands(lines, isClean) : []), ...(tables ? postfixTables(lines) : []), ...(macros ? sasMacroReferences(lines) : [])];
}
