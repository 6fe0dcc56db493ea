// A state the repository ships is the repository's, never ours. A cloned repository can commit `.codex-collab`
// (findings Claude would be told about, a worker pid we would signal, sessions to resume) or files under
// `.codex-collab.d/` (a journal of edits, lock files); the store moves such files aside and starts fresh.
//
// "The repository's" means: git tracks the path AND the file holds exactly what was committed. Once we write our
// own state over a tracked path it differs from the index, so it is ours from then on; a checkout that puts the
// committed text back makes it the repository's again. Asking git costs a process, so the store asks only when
// the state is not the copy it validated itself (see mayBeCommitted).
import { closeSync, existsSync, futimesSync, lstatSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { STATE_FILE_NAME, stateDir } from "../project.js";
import { moveAside, openPrivate, readPrivate } from "./safe-fs.js";

const STATE_DIR_NAME = `${STATE_FILE_NAME}.d`;
/** What was moved aside because the repository committed it: `.codex-collab.committed-<time>`, `.codex-collab.d.committed-<time>`. */
export const COMMITTED_MARK = ".committed-";

export interface Committed {
  /** The state file is exactly as the repository committed it. */
  state: boolean;
  /** These files under the state directory are (relative paths). */
  dirFiles: string[];
  /** Every path of ours git tracks, whatever the file holds now. */
  tracked: string[];
}

/**
 * Which of our paths hold what the repository committed. Null when git cannot answer (no git, an unsafe-ownership
 * refusal): then nothing is moved — an upgrade must not lose a state an older version wrote without a copy.
 */
export function committedStatePaths(root: string): Committed | null {
  // Loaded here, not at import: child_process costs a hook's start-up milliseconds, and most calls never get here.
  const { spawnSync } = createRequire(join(root, "noop.js"))("node:child_process") as typeof import("node:child_process");
  // -c lists the index entries (tag H), -m those whose file differs from the index or is gone (tag C).
  const r = spawnSync("git", ["ls-files", "-z", "-c", "-m", "-t", "--", STATE_FILE_NAME, STATE_DIR_NAME], {
    cwd: root,
    encoding: "utf8",
    timeout: 2_000,
    stdio: ["ignore", "pipe", "ignore"],
  });
  if (r.status !== 0 || typeof r.stdout !== "string") return null;
  const tracked = new Set<string>();
  const changed = new Set<string>();
  for (const entry of r.stdout.split("\0")) {
    if (entry.length < 3) continue;
    (entry[0] === "C" ? changed : tracked).add(entry.slice(2));
  }
  const committed = [...tracked].filter((p) => !changed.has(p));
  return { state: committed.includes(STATE_FILE_NAME), dirFiles: committed.filter((p) => p.startsWith(`${STATE_DIR_NAME}/`)), tracked: [...tracked].sort() };
}

export function anyCommitted(c: Committed | null): c is Committed {
  return c !== null && (c.state || c.dirFiles.length > 0);
}

function mtimeMs(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Where a state directory without a state file (a first prompt's classification is only journaled) records that
 * git was asked after it last wrote its index. A committed marker proves nothing: a clone writes it before its index.
 */
export function checkedMarkPath(root: string): string {
  return join(stateDir(root), "git-checked");
}

/**
 * Whether git must be asked. Not outside a git work tree (nothing is tracked there), nor when the state is byte
 * for byte the private copy we validated and wrote after git last wrote its index, nor when there is no state file
 * and the checked mark is newer than the index (a clone writes its index after the files it checks out, so a
 * committed copy or mark is never newer than it). Otherwise, when the state file or the state directory exists,
 * yes: a fresh clone, an upgrade from a version without the copy, a hand edit.
 */
export function mayBeCommitted(root: string, state: { text: string | null; copy: string | undefined; copyPath: string }): boolean {
  const git = join(root, ".git");
  if (!existsSync(git)) return false;
  const newerThanIndex = (path: string): boolean => {
    // A worktree's or submodule's index lives elsewhere: ask git.
    if (!lstatSync(git).isDirectory()) return false;
    const index = mtimeMs(join(git, "index"));
    const mark = mtimeMs(path);
    // No index at all (a fresh `git init`; a clone always writes one): git tracks nothing, as ls-files would answer.
    return mark !== undefined && (index === undefined || mark > index);
  };
  if (state.text !== null) return state.text !== state.copy || !newerThanIndex(state.copyPath);
  // No state file: a copy alone vouches for nothing (a repository can commit it next to a journal). Only a real
  // directory holding a real mark counts: a committed link could point at anything recent.
  if (!existsSync(join(root, STATE_DIR_NAME))) return false;
  return !(isRealDir(join(root, STATE_DIR_NAME)) && isRealFile(checkedMarkPath(root)) && newerThanIndex(checkedMarkPath(root)));
}

function isRealDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isRealFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** The state directory was just created by us: nothing in it is the repository's, so the next hooks need not ask. */
export function markStateDirChecked(root: string): void {
  markCopyChecked(checkedMarkPath(root));
}

/** After git found nothing committed: the copy (or mark) is newer than the index again, so the next hooks need not ask. */
export function markCopyChecked(copyPath: string): void {
  try {
    const fd = openPrivate(copyPath, "append");
    try {
      const now = new Date();
      futimesSync(fd, now, now);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Then the next reader asks git once more.
  }
}

export interface CommittedGuard {
  /** Whether the repository committed what is there now; asks git at most once per store (see mayBeCommitted). */
  suspect(): boolean;
  /** With the state lock held: moves aside whatever still holds the repository's committed text. */
  disownLocked(): void;
}

export interface GuardOptions {
  root: string;
  statePath: string;
  copyPath: string;
  /** The store's size cap: a larger state is not read here either. */
  maxBytes: number;
  /** The validated copy, if it is a private file (the store's rule). */
  readCopy: (copyPath: string) => string | undefined;
  /** Moves the state file aside with this mark; returns where to. */
  quarantine: (path: string, mark: string) => string;
  warn: (message: string) => void;
}

export function committedGuard(o: GuardOptions): CommittedGuard {
  let suspect: boolean | undefined;
  return {
    suspect() {
      if (suspect !== undefined) return suspect;
      suspect = false;
      let text: string | null = null;
      try {
        text = readPrivate(o.statePath, o.maxBytes);
      } catch {
        // A link, a non-file or one over the cap, left unread: loading it moves it aside.
      }
      const copy = o.readCopy(o.copyPath);
      if (!mayBeCommitted(o.root, { text, copy, copyPath: o.copyPath })) return false;
      suspect = anyCommitted(committedStatePaths(o.root));
      if (!suspect && text !== null && text === copy) markCopyChecked(o.copyPath);
      else if (!suspect && text === null && isRealDir(stateDir(o.root))) markStateDirChecked(o.root);
      return suspect;
    },
    disownLocked() {
      const found = committedStatePaths(o.root);
      suspect = false;
      if (!anyCommitted(found)) return;
      const why = "is committed to this repository (git tracks it), and a repository's state is never trusted";
      if (found.state) {
        const dest = o.quarantine(o.statePath, COMMITTED_MARK);
        o.warn(`${o.statePath} ${why}; moved it to ${basename(dest)} and started a fresh state (git rm --cached it).`);
      }
      if (found.dirFiles.length > 0) {
        const dir = stateDir(o.root);
        const dest = moveAside(dir, COMMITTED_MARK);
        o.warn(`${dir} ${why} (${found.dirFiles.join(", ")}); moved it to ${basename(dest)} and started afresh (git rm -r --cached it).`);
      }
    },
  };
}
