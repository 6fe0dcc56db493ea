// Keeping our state file and its siblings (lock, corrupt copies, the `.d` directory) out of git: the project's
// .gitignore (project scope, shared) or this clone's .git/info/exclude (local scope, the plugin route).
import { lstatSync, mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { isInside, readRepoFile, UnsafePathError, writePrivateFile } from "../state/safe-fs.js";

export const IGNORE_PATTERNS = [".codex-collab", ".codex-collab.*"] as const;
const HEADER = "# codex-collab: local state, locks and logs";

export interface GitignoreRecord {
  createdFile: boolean;
  /** The exact text we appended; uninstall cuts it off again. */
  appended: string;
}

function covered(pattern: string, lines: readonly string[]): boolean {
  const accepted = new Set([pattern, `/${pattern}`, ".codex-collab*", "/.codex-collab*"]);
  return lines.some((l) => accepted.has(l.trim()));
}

/** The new text and what we appended, or null when every pattern is already there. */
export function addIgnores(original: string | null): { text: string; record: GitignoreRecord } | null {
  const text = original ?? "";
  const lines = text.split(/\r?\n/);
  const missing = IGNORE_PATTERNS.filter((p) => !covered(p, lines));
  if (missing.length === 0) return null;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  // A blank line sets our block apart from the user's last entry.
  const lead = text === "" ? "" : text.endsWith("\n") ? eol : eol + eol;
  const appended = lead + [HEADER, ...missing].join(eol) + eol;
  return { text: text + appended, record: { createdFile: original === null, appended } };
}

/** The text without our lines; null when we created the file and nothing else is left in it. */
export function removeIgnores(current: string, record: GitignoreRecord): string | null {
  let text: string;
  if (current.endsWith(record.appended)) {
    text = current.slice(0, current.length - record.appended.length);
  } else {
    // The user edited below our block: drop our lines one by one, wherever they are now.
    const lines = current.split("\n");
    for (const ours of record.appended.split(/\r?\n/).filter((l) => l !== "")) {
      const at = lines.findLastIndex((l) => l.replace(/\r$/, "") === ours);
      if (at >= 0) lines.splice(at, 1);
    }
    text = lines.join("\n");
  }
  return text === "" && record.createdFile ? null : text;
}

/**
 * `.git/info/exclude` of the repository at `project` (the common git dir's, for a linked worktree whose `.git` is a
 * `gitdir:` file); null when `project` is not the top of a git work tree. Ignore rules there stay on this machine.
 * A `.git` file comes with whatever the project holds (an unpacked archive), so its `gitdir:` is followed only into
 * the project or into a worktree git itself made for this project (whose `gitdir` file points back at it).
 */
export function excludeFile(project: string): string | null {
  const dotGit = join(project, ".git");
  let gitDir: string;
  try {
    const st = lstatSync(dotGit);
    if (st.isDirectory()) gitDir = dotGit;
    else if (st.isFile()) {
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(readRepoFile(dotGit, { maxBytes: 4096 })?.toString("utf8") ?? "");
      if (!m) return null;
      gitDir = resolve(project, m[1]!);
      if (!isInside(project, gitDir) && !isWorktreeOf(gitDir, dotGit)) return null;
      const common = readRepoFile(join(gitDir, "commondir"), { maxBytes: 4096 })?.toString("utf8").trim() ?? "";
      if (common !== "") {
        // A worktree's commondir names the repository that holds it (`../..`), nothing else.
        if (resolve(gitDir, common) !== resolve(gitDir, "..", "..")) return null;
        gitDir = resolve(gitDir, common);
      }
    } else return null;
  } catch {
    return null;
  }
  return join(gitDir, "info", "exclude");
}

/** Whether `gitDir` is `<repo>/worktrees/<name>`, made by `git worktree add` for the work tree whose `.git` is `dotGit`. */
function isWorktreeOf(gitDir: string, dotGit: string): boolean {
  if (basename(dirname(gitDir)) !== "worktrees") return false;
  const back = readRepoFile(join(gitDir, "gitdir"), { maxBytes: 4096 })?.toString("utf8").trim();
  return back !== undefined && resolve(back) === resolve(dotGit);
}

/** Whether `.gitignore` or `.git/info/exclude` already has every pattern (the exact lines addIgnores writes or accepts). */
export function stateIgnored(project: string): boolean {
  const lines = [join(project, ".gitignore"), excludeFile(project)].flatMap((f) => {
    if (f === null) return [];
    try {
      // The project's .gitignore could be a link to /dev/zero: read as any repository file.
      return (readRepoFile(f)?.toString("utf8") ?? "").split(/\r?\n/);
    } catch {
      return [];
    }
  });
  return IGNORE_PATTERNS.every((p) => covered(p, lines));
}

/**
 * For routes that write no shared file (the plugin): keeps the state files out of git through this clone's
 * `.git/info/exclude`. Returns true when it added the patterns. Cheap enough for SessionStart: two small reads.
 */
export function ensureStateExcluded(project: string): boolean {
  const file = excludeFile(project);
  if (file === null || stateIgnored(project)) return false;
  let text: string | null;
  try {
    text = readRepoFile(file)?.toString("utf8") ?? null;
    // info/ itself must be a real directory: a link there would take the write elsewhere.
    const info = dirname(file);
    const st = lstatSync(info, { throwIfNoEntry: false });
    if (st === undefined) mkdirSync(info);
    else if (!st.isDirectory()) return false;
  } catch (e) {
    // A link, device or huge file at info/exclude: left alone, never written through.
    if (e instanceof UnsafePathError) return false;
    throw e;
  }
  const added = addIgnores(text);
  if (added === null) return false;
  // A new file renamed into place: a link planted there meanwhile is replaced, never followed.
  writePrivateFile(file, added.text);
  return true;
}
