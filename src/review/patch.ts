// Small helpers over unified diffs in git's format, shared by change collection and budget fitting.

/**
 * Quotes a path the way git does in patch headers with core.quotePath=false: only `"`, `\` and control
 * characters force C-style quoting; non-ASCII stays as is.
 */
export function gitQuote(path: string): string {
  if (!/["\\\x00-\x1f\x7f]/.test(path)) return path;
  const named: Record<string, string> = { "\x07": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\" };
  let out = "";
  for (const ch of path) {
    const code = ch.codePointAt(0) as number;
    out += named[ch] ?? (code < 0x20 || code === 0x7f ? `\\${code.toString(8).padStart(3, "0")}` : ch);
  }
  return `"${out}"`;
}

/** The `diff --git` line git writes for a file pair. */
export function diffHeader(oldPath: string, newPath: string): string {
  return `diff --git ${gitQuote(`a/${oldPath}`)} ${gitQuote(`b/${newPath}`)}`;
}

/** Lines added and removed, counted inside hunks only (so `---`/`+++` headers never count). */
export function countChanges(diff: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  let inHunk = false;
  for (const line of diff.split("\n")) {
    if (line.startsWith("@@")) inHunk = true;
    else if (line.startsWith("diff --git ")) inHunk = false;
    else if (inHunk && line.startsWith("+")) added += 1;
    else if (inHunk && line.startsWith("-")) removed += 1;
  }
  return { added, removed };
}

/** A file diff split into its header (everything before the first `@@`) and its hunks, each with its `@@` line. */
export function splitHunks(diff: string): { header: string; hunks: string[] } {
  const lines = diff.split(/(?<=\n)/);
  let header = "";
  const hunks: string[] = [];
  for (const line of lines) {
    if (line.startsWith("@@")) hunks.push(line);
    else if (hunks.length === 0) header += line;
    else hunks[hunks.length - 1] += line;
  }
  return { header, hunks };
}

/** A new-file diff for text content that git does not know about (outside a repository). */
export function newFileDiff(path: string, content: string): string {
  let out = `${diffHeader(path, path)}\nnew file mode 100644\n`;
  if (content === "") return out;
  const endsWithNewline = content.endsWith("\n");
  const lines = (endsWithNewline ? content.slice(0, -1) : content).split("\n");
  // Like git, a tab after a name with a space tells patch tools where the name ends.
  const name = gitQuote(`b/${path}`);
  out += `--- /dev/null\n+++ ${name}${name.includes(" ") ? "\t" : ""}\n@@ -0,0 +1${lines.length === 1 ? "" : `,${lines.length}`} @@\n`;
  out += lines.map((l) => `+${l}\n`).join("");
  if (!endsWithNewline) out += "\\ No newline at end of file\n";
  return out;
}
