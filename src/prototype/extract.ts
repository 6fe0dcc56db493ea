// Finding the unified diffs in a prototype answer and splitting them into one patch per file.
//
// Codex answers in Markdown: diffs sit in ```diff / ```patch (or unlabelled) fences, sometimes bare in the prose.
// Inside a fence the fence itself bounds a hunk, so hunk lines are taken leniently (models miscount `@@`
// headers; the counts are recomputed from the lines). Outside fences the header counts decide where a hunk ends,
// otherwise a "- note" bullet after the diff would be read as a removed line.
import { gitQuote } from "../review/patch.js";

export type PatchKind = "modify" | "add" | "delete" | "rename" | "copy";

export interface FilePatch {
  /** Root-relative path the patch leaves behind: the new path, or the old one for a deletion. */
  file: string;
  /** The source path of a rename or copy. */
  from?: string;
  kind: PatchKind;
  /** This file's patch alone: its headers as written and its hunks, "\n" line endings, ending in a newline. */
  text: string;
  /** Every path the patch names, for the safety check. */
  paths: string[];
}

interface Draft {
  header: string[];
  hunks: string[][];
  /** From `---` / `+++` (null = /dev/null); undefined when the lines are absent. */
  oldPath?: string | null;
  newPath?: string | null;
  /** From `diff --git a/X b/Y`. */
  gitOld?: string;
  gitNew?: string;
  renameFrom?: string;
  renameTo?: string;
  copy?: boolean;
  newFile?: boolean;
  deletedFile?: boolean;
  /** Index of the `---` line in header; rewritten when the paths lack the a/ b/ prefixes. */
  nameLine?: number;
  unprefixed?: boolean;
}

const EXTENDED_HEADER = /^(?:old mode |new mode |deleted file mode |new file mode |similarity index |dissimilarity index |rename from |rename to |copy from |copy to |index |Binary files |GIT binary patch)/;
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;
const DIFF_LANGS = new Set(["", "diff", "patch", "udiff", "git-diff", "gitdiff"]);

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };

/** Reads a C-style quoted name starting at `s[start] === '"'` (git's quoting; \ooo octal escapes are bytes). */
export function readQuoted(s: string, start: number): { value: string; end: number } | null {
  const bytes: number[] = [];
  let i = start + 1;
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === '"') return { value: Buffer.from(bytes).toString("utf8"), end: i + 1 };
    if (ch === "\\") {
      const next = s[i + 1];
      if (next === undefined) return null;
      const octal = /^[0-7]{3}/.exec(s.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(Number.parseInt(octal[0], 8) & 0xff);
        i += 4;
        continue;
      }
      const code = C_ESCAPES[next];
      if (code === undefined) return null;
      bytes.push(code);
      i += 2;
      continue;
    }
    const cp = s.codePointAt(i) as number;
    const text = String.fromCodePoint(cp);
    bytes.push(...Buffer.from(text, "utf8"));
    i += text.length;
  }
  return null;
}

/** The name on a `---` / `+++` line: quoted, or up to a tab (git writes one after names with spaces). */
function headerName(rest: string): string {
  if (rest.startsWith('"')) {
    const q = readQuoted(rest, 0);
    if (q) return q.value;
  }
  const tab = rest.indexOf("\t");
  return (tab >= 0 ? rest.slice(0, tab) : rest).trimEnd();
}

/** Names of `diff --git A B`; unquoted names with spaces are split where both halves name the same file. */
function gitHeaderNames(rest: string): [string, string] | null {
  if (rest.startsWith('"')) {
    const a = readQuoted(rest, 0);
    if (!a || rest[a.end] !== " ") return null;
    const tail = rest.slice(a.end + 1);
    const b = tail.startsWith('"') ? readQuoted(tail, 0)?.value : tail;
    return b === undefined ? null : [a.value, b];
  }
  if (rest.endsWith('"')) {
    for (let i = rest.indexOf(' "'); i >= 0; i = rest.indexOf(' "', i + 1)) {
      const b = readQuoted(rest, i + 1);
      if (b && b.end === rest.length) return [rest.slice(0, i), b.value];
    }
    return null;
  }
  // "a/X b/X": the separating space sits exactly in the middle.
  const mid = (rest.length - 1) / 2;
  if (Number.isInteger(mid) && rest[mid] === " " && rest.slice(2, mid) === rest.slice(mid + 3)) return [rest.slice(0, mid), rest.slice(mid + 1)];
  const split = rest.indexOf(" b/");
  return split > 0 ? [rest.slice(0, split), rest.slice(split + 1)] : null;
}

function stripPrefix(name: string, prefix: "a/" | "b/"): { path: string; prefixed: boolean } {
  return name.startsWith(prefix) ? { path: name.slice(2), prefixed: true } : { path: name, prefixed: false };
}

function isFileStart(lines: string[], i: number): boolean {
  const line = lines[i] as string;
  if (line.startsWith("diff --git ")) return true;
  return line.startsWith("--- ") && (lines[i + 1]?.startsWith("+++ ") ?? false) && (lines[i + 2]?.startsWith("@@") ?? false);
}

/** Lines of the old file a hunk covers (context, blank or removed). */
function oldCount(hunk: string[]): number {
  return hunk.slice(1).filter((l) => l === "" || l[0] === " " || l[0] === "-").length;
}

function isHunkLine(line: string): boolean {
  // An empty line is a blank context line whose leading space was lost (git apply accepts it too).
  return line === "" || line[0] === " " || line[0] === "+" || line[0] === "-" || line[0] === "\\";
}

/** Reads the `---`/`+++` pair at lines[i] into the draft. */
function readNames(draft: Draft, lines: string[], i: number): void {
  draft.nameLine = draft.header.length;
  draft.header.push(lines[i] as string, lines[i + 1] as string);
  const oldName = headerName((lines[i] as string).slice(4));
  const newName = headerName((lines[i + 1] as string).slice(4));
  let unprefixed = false;
  if (oldName === "/dev/null") draft.oldPath = null;
  else {
    const o = stripPrefix(oldName, "a/");
    draft.oldPath = o.path;
    unprefixed ||= !o.prefixed;
  }
  if (newName === "/dev/null") draft.newPath = null;
  else {
    const n = stripPrefix(newName, "b/");
    draft.newPath = n.path;
    unprefixed ||= !n.prefixed;
  }
  // A plain `diff -u` without a/ b/: git apply would strip the first directory, so the headers get the prefixes.
  draft.unprefixed = unprefixed && draft.gitOld === undefined;
}

/** Parses one stretch of text (a fence's content, or prose between fences) into file drafts. */
function parseSegment(lines: string[], fenced: boolean): Draft[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isFileStart(lines, i)) {
      i++;
      continue;
    }
    const draft: Draft = { header: [], hunks: [] };
    const first = lines[i] as string;
    if (first.startsWith("diff --git ")) {
      draft.header.push(first);
      const names = gitHeaderNames(first.slice("diff --git ".length));
      if (names) {
        draft.gitOld = stripPrefix(names[0], "a/").path;
        draft.gitNew = stripPrefix(names[1], "b/").path;
      }
      i++;
      while (i < lines.length && EXTENDED_HEADER.test(lines[i] as string)) {
        const line = lines[i] as string;
        draft.header.push(line);
        const value = (prefix: string) => headerName(line.slice(prefix.length));
        if (line.startsWith("rename from ")) draft.renameFrom = value("rename from ");
        else if (line.startsWith("rename to ")) draft.renameTo = value("rename to ");
        else if (line.startsWith("copy from ")) {
          draft.renameFrom = value("copy from ");
          draft.copy = true;
        } else if (line.startsWith("copy to ")) draft.renameTo = value("copy to ");
        else if (line.startsWith("new file mode ")) draft.newFile = true;
        else if (line.startsWith("deleted file mode ")) draft.deletedFile = true;
        i++;
      }
      if ((lines[i]?.startsWith("--- ") ?? false) && (lines[i + 1]?.startsWith("+++ ") ?? false)) {
        readNames(draft, lines, i);
        i += 2;
      }
    } else {
      readNames(draft, lines, i);
      i += 2;
    }
    while (i < lines.length && (lines[i] as string).startsWith("@@")) {
      const hunk = [lines[i] as string];
      const counts = HUNK_HEADER.exec(lines[i] as string);
      i++;
      if (!fenced && counts) {
        let oldLeft = counts[2] === undefined ? 1 : Number(counts[2]);
        let newLeft = counts[4] === undefined ? 1 : Number(counts[4]);
        while (i < lines.length && (oldLeft > 0 || newLeft > 0) && isHunkLine(lines[i] as string)) {
          const c = (lines[i] as string)[0];
          if (c === "-") oldLeft--;
          else if (c === "+") newLeft--;
          else if (c !== "\\") {
            oldLeft--;
            newLeft--;
          }
          hunk.push(lines[i++] as string);
        }
        if (lines[i]?.startsWith("\\")) hunk.push(lines[i++] as string);
      } else {
        while (i < lines.length && isHunkLine(lines[i] as string) && !isFileStart(lines, i)) hunk.push(lines[i++] as string);
        // Blank lines before the closing fence are layout, unless the header counts them as context: git wants
        // as much context after the change as before it, except at the end of the file.
        const declaredOld = counts ? (counts[2] === undefined ? 1 : Number(counts[2])) : 0;
        while (hunk.length > 1 && hunk[hunk.length - 1] === "" && oldCount(hunk) > declaredOld) hunk.pop();
      }
      draft.hunks.push(hunk);
    }
    drafts.push(draft);
  }
  return drafts;
}

/** Splits Markdown into fenced diff contents and the prose between fences; fences of other languages are skipped. */
function segments(text: string): { lines: string[]; fenced: boolean }[] {
  const lines = text.split("\n");
  const out: { lines: string[]; fenced: boolean }[] = [];
  let prose: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = FENCE.exec(lines[i] as string);
    if (!open) {
      prose.push(lines[i++] as string);
      continue;
    }
    const indent = (open[1] as string).length;
    const marker = open[2] as string;
    const lang = /^[\w+-]*/.exec((open[3] as string).toLowerCase())?.[0] ?? "";
    // The closing fence must sit at the opener's indentation: a context line " ```" inside a diff is not one.
    const close = new RegExp(`^ {${indent}}${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
    const body: string[] = [];
    i++;
    while (i < lines.length && !close.test(lines[i] as string)) {
      const line = lines[i++] as string;
      // Content is indented like its fence (a fence inside a list item); that indentation is not the diff's.
      const lead = /^ */.exec(line)?.[0].length ?? 0;
      body.push(line.slice(Math.min(lead, indent)));
    }
    i++;
    out.push({ lines: prose, fenced: false });
    prose = [];
    if (DIFF_LANGS.has(lang)) out.push({ lines: body, fenced: true });
  }
  out.push({ lines: prose, fenced: false });
  return out;
}

/**
 * The hunk with its header's line counts recomputed from its lines (models miscount them) and blank context
 * lines given back their space, so the patch is exact for git apply and patch(1) alike.
 */
function recount(hunk: string[]): string[] {
  const head = hunk[0] as string;
  const body = hunk.slice(1).map((l) => (l === "" ? " " : l));
  const m = HUNK_HEADER.exec(head);
  if (!m) return [head, ...body];
  let oldLines = 0;
  let newLines = 0;
  for (const l of body) {
    if (l[0] === "-") oldLines++;
    else if (l[0] === "+") newLines++;
    else if (l[0] === " ") {
      oldLines++;
      newLines++;
    }
  }
  return [`@@ -${m[1]},${oldLines} +${m[3]},${newLines} @@${head.slice(m[0].length)}`, ...body];
}

function hunkStart(hunk: string[]): number {
  return Number(HUNK_HEADER.exec(hunk[0] as string)?.[1] ?? 0);
}

function finish(draft: Draft): FilePatch | null {
  // A lone `diff --git` line (prose quoting a command, say) is no patch.
  if (draft.hunks.length === 0 && draft.header.length < 2) return null;
  let oldPath: string | null;
  if (draft.oldPath !== undefined) oldPath = draft.oldPath;
  else if (draft.newFile) oldPath = null;
  else oldPath = draft.renameFrom ?? draft.gitOld ?? null;
  let newPath: string | null;
  if (draft.newPath !== undefined) newPath = draft.newPath;
  else if (draft.deletedFile) newPath = null;
  else newPath = draft.renameTo ?? draft.gitNew ?? null;
  const file = newPath ?? oldPath;
  if (file === null || file === "") return null;
  const from = draft.renameFrom ?? (oldPath !== null && newPath !== null && oldPath !== newPath ? oldPath : undefined);
  let kind: PatchKind = "modify";
  if (draft.copy) kind = "copy";
  else if (from !== undefined) kind = "rename";
  else if (oldPath === null) kind = "add";
  else if (newPath === null) kind = "delete";
  const header = [...draft.header];
  if (draft.unprefixed && draft.nameLine !== undefined) {
    const name = (prefix: string, path: string | null) => (path === null ? "/dev/null" : gitQuote(`${prefix}${path}`));
    header[draft.nameLine] = `--- ${name("a/", oldPath)}`;
    header[draft.nameLine + 1] = `+++ ${name("b/", newPath)}`;
  }
  const hunks = [...draft.hunks].sort((a, b) => hunkStart(a) - hunkStart(b)).map(recount);
  const text = `${[...header, ...hunks.flat()].join("\n")}\n`;
  const paths = [...new Set([draft.gitOld, draft.gitNew, draft.renameFrom, draft.renameTo, oldPath, newPath].filter((p): p is string => typeof p === "string"))];
  return { file, ...(from !== undefined ? { from } : {}), kind, text, paths };
}

/**
 * Every file patch in a Markdown answer, in order of first appearance. A file that appears in several diffs
 * gets one patch: the later hunks are added to the first one's, so each file is checked (and saved) once.
 * Line endings are normalised to "\n".
 */
export function extractPatches(answer: string): FilePatch[] {
  const text = answer.replace(/\r\n?/g, "\n");
  const byFile = new Map<string, Draft>();
  for (const seg of segments(text)) {
    for (const draft of parseSegment(seg.lines, seg.fenced)) {
      const key = finish(draft)?.file;
      if (key === undefined) continue;
      const earlier = byFile.get(key);
      if (!earlier) {
        byFile.set(key, draft);
        continue;
      }
      // The same hunk quoted twice (once in the patch, again in the notes) must not be applied twice.
      const seen = new Set(earlier.hunks.map((h) => h.join("\n")));
      for (const hunk of draft.hunks) if (!seen.has(hunk.join("\n"))) earlier.hunks.push(hunk);
    }
  }
  return [...byFile.values()].map(finish).filter((p): p is FilePatch => p !== null);
}

/** Why a path named by a patch must not be touched (absolute, climbing out, inside .git), or null when it is fine. */
export function unsafePathReason(path: string): string | null {
  if (path === "") return "an empty path";
  if (path.includes("\0")) return "a NUL byte in the path";
  if (path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:/.test(path)) return "an absolute path";
  const parts = path.split(/[\\/]/);
  if (parts.includes("..")) return "a path outside the repository";
  // Windows and macOS treat ".GIT" or ".git." as .git too.
  if (parts.some((p) => p.replace(/[. ]+$/, "").toLowerCase() === ".git")) return "a path inside .git";
  return null;
}
