// Assembling the change to review: what git says changed (staged, unstaged and untracked, renames found), or the
// named files outside git; minus what a reviewer should not or must not see (lock files, binaries, generated and
// vendored code, the user's ignore globs, secret files), each left-out path reported with its reason.
import { createHash } from "node:crypto";
import { copyFile, lstat, mkdtemp, readFile, readdir, realpath, rm, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { isSecretContent, isSecretFile, redact } from "../redact/index.js";
import { decodeText } from "./decode.js";
import { gitOk, runGit, streamGit } from "./git.js";
import { OwnFiles } from "./own-files.js";
import { countChanges, diffHeader, newFileDiff } from "./patch.js";
import { PatchWithRawParser, type RawRecord } from "./patch-stream.js";
import { invalidPath } from "./pathname.js";
import { pathSkipReason, type SkipReason } from "./paths.js";

export type { SkipReason } from "./paths.js";

export type FileStatus = "added" | "modified" | "deleted" | "renamed" | "untracked";

export interface ChangedFile {
  /** Root-relative, "/"-separated. */
  path: string;
  /** The path before a rename. */
  oldPath?: string;
  status: FileStatus;
  /** Unified diff in git's format, secrets redacted. */
  diff: string;
  added: number;
  removed: number;
  /** Set when the file is not UTF-8 and its lines were read as Latin-1 (Windows-1252) instead. */
  encoding?: "latin1";
}

export interface Change {
  /** The git top level, or the working directory outside git. */
  root: string;
  inGit: boolean;
  /** Sorted by path. */
  files: ChangedFile[];
  skipped: { path: string; reason: SkipReason }[];
  /** Secrets replaced in the diffs: how many, and how many of each kind (as src/redact names them). */
  redactions: { count: number; kinds: Record<string, number> };
  /** In git: the tree-ish the working tree was compared with (the base, HEAD, the empty tree, or `since`). */
  against?: string;
}

export interface CollectOptions {
  cwd: string;
  /** Compare the working tree with this commit instead of HEAD. */
  base?: string;
  /** Restrict to these paths (files or directories, relative to cwd). Required outside git. */
  paths?: string[];
  /** Globs from the config's review.ignore. */
  ignore?: string[];
  /** Files whose diff is larger than this are skipped as "too-large". */
  maxFileBytes?: number;
  /** In git: compare with this tree (what an earlier review saw) instead of the base or HEAD. */
  since?: string;
  /** In git: compare with this tree instead of the working tree (what a review recorded it saw). */
  to?: string;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** Git's heuristic: a NUL byte in the first 8000 bytes makes a file binary. */
const BINARY_SNIFF_BYTES = 8000;


export async function collectChange(opts: CollectOptions): Promise<Change> {
  const ignore = opts.ignore ?? [];
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let cwd: string;
  try {
    cwd = await realpath(opts.cwd);
  } catch {
    throw new UsageError(`The directory ${opts.cwd} does not exist.`);
  }
  // Paths that cannot be git arguments are skipped, not fatal; if nothing else was named, nothing is reviewed
  // (an empty list would mean the whole tree).
  const invalid = (opts.paths ?? []).filter(invalidPath);
  const skippedInvalid = invalid.map((p) => ({ path: p.replace(/\0/g, "\\0").slice(0, 300), reason: "invalid-name" as const }));
  if (invalid.length > 0) {
    opts = { ...opts, paths: opts.paths!.filter((p) => !invalidPath(p)) };
    if (opts.paths!.length === 0) return { root: cwd, inGit: false, files: [], skipped: skippedInvalid, redactions: { count: 0, kinds: {} } };
  }
  const top = await runGit(cwd, ["rev-parse", "--show-toplevel"]).catch(() => null);
  if (top && top.code === 0) {
    const change = await collectFromGit(top.stdout.toString("utf8").replace(/\n$/, ""), cwd, opts, ignore, maxFileBytes);
    return invalid.length > 0 ? { ...change, skipped: [...change.skipped, ...skippedInvalid].sort(byPath) } : change;
  }
  if (!opts.paths || opts.paths.length === 0) {
    throw new UsageError(
      `${cwd} is not inside a git repository, so there is no change to find.`,
      "Name the files or directories to review (for example: codex-collab review src/app.ts).",
    );
  }
  const change = await collectFromPaths(cwd, opts.paths, ignore, maxFileBytes);
  return invalid.length > 0 ? { ...change, skipped: [...change.skipped, ...skippedInvalid].sort(byPath) } : change;
}

/** sha256 of the file diffs in path order: the same change is never reviewed twice. */
export function changeHash(change: Pick<Change, "files">): string {
  const hash = createHash("sha256");
  for (const f of [...change.files].sort(byPath)) hash.update(f.path).update("\0").update(f.diff).update("\0");
  return hash.digest("hex");
}

/** A path as one line of a list: quoted (JSON) when it holds a newline, a quote or another control character. */
export function displayPath(path: string): string {
  return /[\u0000-\u001f\u007f"\\]/.test(path) ? JSON.stringify(path) : path;
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// In git


async function collectFromGit(root: string, cwd: string, opts: CollectOptions, ignore: readonly string[], maxFileBytes: number): Promise<Change> {
  const pathspecs = (opts.paths ?? []).map((p) => toPathspec(root, cwd, p));
  const against = opts.since ?? (await resolveAgainst(root, opts.base));
  const skipped: Change["skipped"] = [];
  const own = new OwnFiles(root);
  const skipReason = (path: string): SkipReason | null => (own.has(path) ? "codex-collab" : pathSkipReason(path, ignore));

  // Comparing two trees, there is no working tree and so nothing untracked.
  const others = opts.to !== undefined ? "" : await gitOk(root, ["ls-files", "-z", "--others", "--exclude-standard", "--", ...pathspecs]);
  const untracked = new Set<string>();
  for (const path of splitNul(others)) {
    // A directory entry is a nested repository: someone else's code.
    const reason = path.endsWith("/") ? "vendored" : skipReason(path);
    if (reason) {
      skipped.push({ path, reason });
      continue;
    }
    const st = await lstat(join(root, path)).catch(() => null);
    if (!st) continue;
    if (st.size > maxFileBytes) skipped.push({ path, reason: "too-large" });
    else untracked.add(path);
  }

  // Untracked files go into a throw-away copy of the index as intent-to-add, so one `git diff` shows them as new
  // files and pairs them with deleted files as renames. The user's index is never written.
  const scratch = await mkdtemp(join(tmpdir(), "codex-collab-index-"));
  try {
    const index = join(scratch, "index");
    const realIndex = resolve(root, (await gitOk(root, ["rev-parse", "--git-path", "index"])).replace(/\n$/, ""));
    await copyIndex(realIndex, index);
    const env = { GIT_INDEX_FILE: index };
    if (untracked.size > 0) await addIntentToAdd(root, env, untracked);
    const parser = new PatchWithRawParser((records) => {
      const keep = new Set<RawRecord>();
      for (const r of records) {
        // A secret file renamed to an innocent name still carries the secret.
        const reason = skipReason(r.path) ?? (r.oldPath !== undefined && isSecretFile(r.oldPath) ? "secret-file" : null);
        if (reason) skipped.push({ path: r.path, reason });
        else keep.add(r);
      }
      return keep;
    }, maxFileBytes);
    const args = [
      "diff",
      "--patch-with-raw",
      "-z",
      "--find-renames",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--submodule=short",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      against,
      ...(opts.to !== undefined ? [opts.to] : []),
      "--",
      ...pathspecs,
    ];
    await streamGit(root, args, env, parser);

    const files: ChangedFile[] = [];
    const redactions = new Redactions();
    for (const r of parser.records) {
      const chunk = parser.chunks.get(r);
      if (!chunk) continue;
      if (chunk.binary || chunk.tooLarge) {
        skipped.push({ path: r.path, reason: chunk.binary ? "binary" : "too-large" });
        continue;
      }
      // A credential file under an innocent name (a service-account key saved as ci.json) is known by content.
      if (isSecretContent(chunk.diff)) {
        skipped.push({ path: r.path, reason: "secret-file" });
        continue;
      }
      const file: ChangedFile = {
        path: r.path,
        status: statusOf(r, untracked),
        diff: redactions.apply(chunk.diff),
        ...countChanges(chunk.diff),
        ...(chunk.latin1 ? { encoding: "latin1" as const } : {}),
      };
      if (r.oldPath !== undefined) file.oldPath = r.oldPath;
      files.push(file);
    }
    return { root, inGit: true, files: files.sort(byPath), skipped: skipped.sort(byPath), redactions: redactions.summary(), against };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function addIntentToAdd(root: string, env: Record<string, string>, untracked: Set<string>): Promise<void> {
  const args = ["add", "--intent-to-add", "--pathspec-from-file=-", "--pathspec-file-nul"];
  const first = await runGit(root, args, env, [...untracked].join("\0"));
  if (first.code === 0) return;
  // A file vanished since it was listed (someone is still editing): drop what is gone and try once more.
  for (const path of [...untracked]) if (!(await lstat(join(root, path)).catch(() => null))) untracked.delete(path);
  if (untracked.size > 0) await gitOk(root, args, env, [...untracked].join("\0"));
}

/**
 * Copies the index with its timestamp (rounded down to the second). Git trusts an entry whose stat data matches
 * unless the entry is as new as the index file ("racily clean"); a copy stamped "now" would make a file edited in
 * the same second as the last `git add` look unchanged.
 */
async function copyIndex(from: string, to: string): Promise<void> {
  const st = await stat(from).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return null;
    throw e;
  });
  if (!st) return;
  await copyFile(from, to);
  const seconds = Math.floor(st.mtimeMs / 1000);
  await utimes(to, seconds, seconds);
}

function statusOf(r: RawRecord, untracked: ReadonlySet<string>): FileStatus {
  switch (r.status) {
    case "A":
      return untracked.has(r.path) ? "untracked" : "added";
    case "D":
      return "deleted";
    case "R":
      return "renamed";
    default:
      return "modified";
  }
}

function toPathspec(root: string, cwd: string, path: string): string {
  const rel = relative(root, resolve(cwd, path));
  if (escapes(rel)) {
    throw new UsageError(`${path} is outside the repository ${root}.`, "Name paths inside the repository, or run from the other repository.");
  }
  return rel === "" ? "." : rel.split(sep).join("/");
}

/** The tree-ish to diff the working tree against: the base commit, HEAD, or the empty tree before the first commit. */
async function resolveAgainst(root: string, base: string | undefined): Promise<string> {
  if (base !== undefined) {
    const resolved = base.startsWith("-") ? null : await runGit(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
    if (!resolved || resolved.code !== 0) {
      throw new UsageError(`"${base}" is not a commit in ${root}.`, "Pass a branch, tag or commit hash as the base.");
    }
    return resolved.stdout.toString("utf8").trim();
  }
  const head = await runGit(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.code === 0) return head.stdout.toString("utf8").trim();
  // No commit yet: everything in the index and the working tree is new. hash-object without -w writes nothing.
  return (await gitOk(root, ["hash-object", "-t", "tree", "--stdin"], {}, "")).trim();
}

function splitNul(text: string): string[] {
  return text.split("\0").filter((s) => s !== "");
}

// ---------------------------------------------------------------------------------------------------------------
// Outside git: the named files, each as a new file.

async function collectFromPaths(root: string, paths: string[], ignore: readonly string[], maxFileBytes: number): Promise<Change> {
  const files = new Map<string, ChangedFile>();
  const skipped = new Map<string, SkipReason>();
  const redactions = new Redactions();
  const own = new OwnFiles(root);

  const addFile = async (abs: string, rel: string): Promise<void> => {
    if (files.has(rel) || skipped.has(rel)) return;
    // A link is judged by where it leads as well as by its own name: `notes.txt` → `~/.ssh/id_rsa` stays home.
    const target = await linkTarget(root, abs);
    if (target === undefined) return;
    const reason = target === null ? "outside-project" : own.has(rel) ? "codex-collab" : (pathSkipReason(rel, ignore) ?? (target !== rel ? pathSkipReason(target, ignore) : null));
    if (reason) {
      skipped.set(rel, reason);
      return;
    }
    const st = await stat(abs).catch(() => null);
    if (!st || !st.isFile()) return;
    if (st.size > maxFileBytes) {
      skipped.set(rel, "too-large");
      return;
    }
    const content = await readFile(abs);
    if (content.length > maxFileBytes) {
      skipped.set(rel, "too-large");
      return;
    }
    if (content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      skipped.set(rel, "binary");
      return;
    }
    if (isSecretContent(content.toString("utf8", 0, Math.min(content.length, 65_536)))) {
      skipped.set(rel, "secret-file");
      return;
    }
    const { text, latin1 } = decodeText(content);
    const diff = newFileDiff(rel, text);
    files.set(rel, { path: rel, status: "untracked", diff: redactions.apply(diff), ...countChanges(diff), ...(latin1 ? { encoding: "latin1" as const } : {}) });
  };

  const walk = async (absDir: string, relDir: string): Promise<void> => {
    const entries = await readdir(absDir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = join(absDir, entry.name);
      const rel = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === ".git") continue;
        const reason = pathSkipReason(rel, ignore, true);
        if (reason) skipped.set(`${rel}/`, reason);
        else await walk(abs, rel);
      } else {
        // Symlinked directories are not followed (cycles); symlinked files are read through when they stay inside.
        await addFile(abs, rel);
      }
    }
  };

  for (const p of paths) {
    const abs = resolve(root, p);
    const rel = relative(root, abs);
    // The same containment as in git: only paths inside the directory under review.
    if (escapes(rel)) {
      throw new UsageError(`${p} is outside the project ${root}.`, "Name paths inside the project, or run from the directory that holds them.");
    }
    const lst = await lstat(abs).catch(() => null);
    if (!lst) throw new UsageError(`No such file or directory: ${p}`, "Check the path; it is read relative to the current directory.");
    const relPath = rel.split(sep).join("/");
    if (lst.isDirectory()) await walk(abs, relPath);
    else await addFile(abs, relPath);
  }

  return {
    root,
    inGit: false,
    files: [...files.values()].sort(byPath),
    skipped: [...skipped].map(([path, reason]) => ({ path, reason })).sort(byPath),
    redactions: redactions.summary(),
  };
}

/**
 * Where a path really leads, relative to `root` ("/"-separated): itself for a plain file, the resolved target for
 * a link, null when it leads outside `root`, undefined when it leads nowhere (gone, or a dangling link).
 */
async function linkTarget(root: string, abs: string): Promise<string | null | undefined> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch {
    return undefined;
  }
  const rel = relative(root, real);
  if (rel === "" || escapes(rel)) return null;
  return rel.split(sep).join("/");
}

/** A path relative to the root that leaves it. */
function escapes(rel: string): boolean {
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

class Redactions {
  private count = 0;
  private kinds: Record<string, number> = {};

  apply(text: string): string {
    const r = redact(text);
    this.count += r.count;
    for (const [kind, n] of Object.entries(r.kinds)) this.kinds[kind] = (this.kinds[kind] ?? 0) + n;
    return r.text;
  }

  summary(): Change["redactions"] {
    return { count: this.count, kinds: { ...this.kinds } };
  }
}
