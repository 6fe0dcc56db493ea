// Credentials in SQL: rows inserted into a table whose column names say password, secret, token or key (seed data
// creating an admin with its password or hash and API key), and account statements (`ALTER USER … IDENTIFIED BY '…'`,
// `CREATE ROLE … PASSWORD '…'`). The column list and the rows are scanned with bounds, so the pass is linear.
import { categorize } from "./names.js";
import { isMadeOfWords, isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

/** Blank space with at most one line break, whose next line may start with a diff marker. */
const GAP = String.raw`[ \t]*(?:\r?\n[+\- ]?[ \t]*)?`;
const GAP_RE = new RegExp(`^${GAP},?${GAP}`);
const INSERT_RE = new RegExp(String.raw`\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[\w."\x60[\]]{1,128}[ \t]*\(([^()]{1,1024})\)${GAP}VALUES${GAP}`, "gi");
/** A space, or the `\040` that MySQL's and libedit's history files (~/.mysql_history) write for one. */
const SP = String.raw`(?:[ \t]|\\040)`;
/** A word's start: after a non-word character or an escaped space. */
const AT = String.raw`(?:\b|(?<=\\040))`;
/** MySQL and Oracle `IDENTIFIED [WITH plugin] BY '…'`, PostgreSQL `CREATE|ALTER USER|ROLE … [ENCRYPTED] PASSWORD '…'`. */
const ACCOUNT_RE = new RegExp(
  String.raw`(?<pre>${AT}IDENTIFIED${SP}+(?:WITH${SP}+\w{1,64}${SP}+)?BY${SP}+|\b(?:CREATE|ALTER)${SP}+(?:USER|ROLE)\b[^;\n]{0,200}?${AT}PASSWORD${SP}+)(?:'(?<quoted>(?:[^'\n\\]|''|\\.){1,256})'|(?<bare>[A-Za-z0-9!#$%&*+\-./@^_~]{4,128})(?=[ \t]*(?:;|$)))`,
  "gim",
);
/**
 * Characters scanned for one row. Rows are read one after the other and never again, so any number of them (a seed
 * file's thousand users) costs linear time; an unclosed row costs this bound once.
 */
const MAX_ROW_LENGTH = 65536;

interface Cell {
  start: number;
  end: number;
  quoted: boolean;
}

/** One parenthesised row from `from` (at its `(`): its cells, and where it ends; null when it is not one. */
function rowAt(text: string, from: number, limit: number): { cells: Cell[]; end: number } | null {
  const cells: Cell[] = [];
  let cellStart = from + 1;
  let quoted: Cell | null = null;
  let depth = 0;
  for (let i = from + 1; i < limit; i++) {
    const c = text[i]!;
    if (c === "'") {
      let j = i + 1;
      while (j < limit && (text[j] !== "'" || text[j + 1] === "'")) j += text[j] === "'" || text[j] === "\\" ? 2 : 1;
      if (j >= limit) return null;
      quoted = text.slice(cellStart, i).trim() === "" ? { start: i + 1, end: j, quoted: true } : null;
      i = j;
    } else if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if ((c === "," || c === ")") && depth === 0) {
      const trailing = quoted !== null && text.slice(quoted.end + 1, i).trim() === "";
      cells.push(trailing ? quoted! : { start: cellStart, end: i, quoted: false });
      quoted = null;
      if (c === ")") return { cells, end: i + 1 };
      cellStart = i + 1;
    }
  }
  return null;
}

function secretCell(category: ReturnType<typeof categorize>, value: string): boolean {
  if (value.length < 4 || isPlaceholder(value) || value.includes(MARKER_PREFIX)) return false;
  if (category === "password") return true;
  return category === "secret" && value.length >= 8 && !/\s/.test(value) && !isMadeOfWords(value);
}

export function redactSql(text: string, tally: Tally): string {
  if (!/INSERT|IDENTIFIED|PASSWORD/i.test(text)) return text;
  const cuts: [number, number][] = [];
  INSERT_RE.lastIndex = 0;
  for (let m = INSERT_RE.exec(text); m; m = INSERT_RE.exec(text)) {
    const categories = m[1]!.split(",").map((c) => categorize(c.trim().replace(/^["`[]|["`\]]$/g, "")));
    if (!categories.some((c) => c === "password" || c === "secret")) continue;
    let at = INSERT_RE.lastIndex;
    while (text[at] === "(") {
      const limit = Math.min(text.length, at + MAX_ROW_LENGTH);
      const row = rowAt(text, at, limit);
      // An unclosed row was scanned up to the limit: no later INSERT inside that stretch is scanned again.
      if (row === null) {
        at = limit;
        break;
      }
      row.cells.forEach((cell, k) => {
        if (cell.quoted && secretCell(categories[k] ?? null, text.slice(cell.start, cell.end))) cuts.push([cell.start, cell.end]);
      });
      // The next row: after a comma and blank space, maybe on the next line.
      at = row.end + GAP_RE.exec(text.slice(row.end, row.end + 256))![0].length;
    }
    INSERT_RE.lastIndex = Math.max(INSERT_RE.lastIndex, at);
  }
  const out = tally.cut(text, cuts, "password");
  return out.replace(ACCOUNT_RE, (match: string, ...args: unknown[]) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    const secret = g.quoted ?? g.bare!;
    if (secret.length < 4 || isPlaceholder(secret) || secret.includes(MARKER_PREFIX) || /^(?:PASSWORD|VALUES|NULL)$/i.test(secret)) return match;
    const at = match.indexOf(secret, g.pre!.length);
    return `${match.slice(0, at)}${tally.add("password", secret)}${match.slice(at + secret.length)}`;
  });
}
