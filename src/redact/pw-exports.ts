// Password-manager exports recognised by their content: a CSV whose header names a password column next to a login
// or site column (Chrome, Firefox, Bitwarden, LastPass, 1Password, KeePass all write one), with no name beside each
// value. The rows under the header lose the fields of their password and TOTP columns. One pass over the lines.
import { isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

/** Column names whose field is a credential. */
/** Not `pass`: a test report's "name,pass,fail" counts. */
const SECRET_COLUMNS = new Set(["password", "login_password", "passwd", "totp", "login_totp", "otpauth", "密码"]);
/** Column names that make a password column a login's: the site or the account it opens. */
const LOGIN_COLUMNS = new Set([
  "url", "login_uri", "uri", "website", "web_site", "hostname", "origin", "username", "login_username", "user_name", "user",
  "login", "email", "account", "title", "name", "网址", "用户名", "账号",
]);
const MAX_FIELDS = 40;
const MAX_LINE = 4096;
/** A unified diff line's mark: `+`, `-` or a space. */
const DIFF_MARK_RE = /^[+\- ]/;

interface Field {
  start: number;
  end: number;
}

/** The fields of one CSV line (quoted fields keep `""` escapes; a quote left open ends the line's fields). */
function fields(line: string): Field[] | null {
  const out: Field[] = [];
  for (let i = 0; ; i++) {
    if (out.length >= MAX_FIELDS) return null;
    if (line[i] === '"') {
      let j = i + 1;
      while (j < line.length && !(line[j] === '"' && line[j + 1] !== '"')) j += line[j] === '"' ? 2 : 1;
      if (j >= line.length) return null;
      out.push({ start: i + 1, end: j });
      i = j + 1;
      if (i < line.length && line[i] !== ",") return null;
    } else {
      const comma = line.indexOf(",", i);
      const end = comma === -1 ? line.length : comma;
      out.push({ start: i, end });
      i = end;
    }
    if (i >= line.length) return out;
  }
}

const columnName = (s: string) => s.trim().toLowerCase().replace(/[ -]/g, "_");

/** The indexes of a header's secret columns, or null when the line is no export header. */
function secretColumns(line: string): { count: number; secret: number[] } | null {
  if (!line.includes(",") || line.length > MAX_LINE) return null;
  const fs = fields(line);
  if (fs === null || fs.length < 3) return null;
  const names = fs.map((f) => columnName(line.slice(f.start, f.end)));
  if (!names.every((n) => /^[\p{L}_][\p{L}\d_]{0,40}$/u.test(n))) return null;
  const secret = names.flatMap((n, i) => (SECRET_COLUMNS.has(n) ? [i] : []));
  return secret.length > 0 && names.some((n) => LOGIN_COLUMNS.has(n)) ? { count: fs.length, secret } : null;
}

/** A value, not a flag or a count of a table that only names a password column ("password,true"). */
const usable = (v: string) => !isPlaceholder(v) && !v.includes(MARKER_PREFIX) && !/^(?:true|false|yes|no|null|none|n\/a|-|\d{1,4})$/i.test(v.trim());

export function redactPasswordExports(text: string, tally: Tally): string {
  if (!/passw|totp|密码/i.test(text)) return text;
  const cuts: [number, number][] = [];
  let header: { count: number; secret: number[]; diff: boolean } | null = null;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf("\n", at);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(at, end).replace(/\r$/, "");
    // In a diff, every line carries a one-character mark; the header decides whether the rows do.
    const mark: number = header?.diff || (header === null && DIFF_MARK_RE.test(raw) && secretColumns(raw.slice(1)) !== null) ? 1 : 0;
    const line = raw.slice(mark);
    const row = header !== null && line.length <= MAX_LINE ? fields(line) : null;
    if (header !== null && row !== null && row.length === header.count) {
      for (const i of header.secret) if (usable(line.slice(row[i]!.start, row[i]!.end))) cuts.push([at + mark + row[i]!.start, at + mark + row[i]!.end]);
    } else {
      const found = secretColumns(line);
      header = found && { ...found, diff: mark === 1 };
    }
    at = end + 1;
  }
  return tally.cut(text, cuts, "password");
}
