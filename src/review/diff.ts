// Assembling the change to review: what git says changed (staged, unstaged and untracked, renames found), or the
// named files outside git; minus what a reviewer should not or must not see (lock files, binaries, generated and
// vendored code, the user's ignore globs, secret files), each left-out path reported with its reason.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, lstat, mkdtemp, readFile, readdir, realpath, rm, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { isSecretContent, isSecretFile, redact } from "../redact/index.js";
import { countChanges, diffHeader, newFileDiff } from "./patch.js";
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
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** Git's heuristic: a NUL byte in the first 8000 bytes makes a file binary. */
const BINARY_SNIFF_BYTES = 8000;

/** Longest partial line kept while streaming git's output; longer lines are passed on in pieces. */
const MAX_CARRY = 64 * 1024;

export async function collectChange(opts: CollectOptions): Promise<Change> {
  const ignore = opts.ignore ?? [];
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let cwd: string;
  try {
    cwd = await realpath(opts.cwd);
  } catch {
    throw new UsageError(`The directory ${opts.cwd} does not exist.`);
  }
  const top = await runGit(cwd, ["rev-parse", "--show-toplevel"]).catch(() => null);
  if (top && top.code === 0) {
    return collectFromGit(top.stdout.toString("utf8").replace(/\n$/, ""), cwd, opts, ignore, maxFileBytes);
  }
  if (!opts.paths || opts.paths.length === 0) {
    throw new UsageError(
      `${cwd} is not inside a git repository, so there is no change to find.`,
      "Name the files or directories to review (for example: codex-collab review src/app.ts).",
    );
  }
  return collectFromPaths(cwd, opts.paths, ignore, maxFileBytes);
}

/** sha256 of the file diffs in path order: the same change is never reviewed twice. */
export function changeHash(change: Pick<Change, "files">): string {
  const hash = createHash("sha256");
  for (const f of [...change.files].sort(byPath)) hash.update(f.path).update("\0").update(f.diff).update("\0");
  return hash.digest("hex");
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// In git

/** Literal pathspecs (a file may be called `*.ts`) and unquoted non-ASCII paths. */
const GIT_BASE_ARGS = ["--literal-pathspecs", "-c", "core.quotePath=false"];

async function collectFromGit(root: string, cwd: string, opts: CollectOptions, ignore: readonly string[], maxFileBytes: number): Promise<Change> {
  const pathspecs = (opts.paths ?? []).map((p) => toPathspec(root, cwd, p));
  const against = await resolveAgainst(root, opts.base);
  const skipped: Change["skipped"] = [];

  const others = await gitOk(root, ["ls-files", "-z", "--others", "--exclude-standard", "--", ...pathspecs]);
  const untracked = new Set<string>();
  for (const path of splitNul(others)) {
    // A directory entry is a nested repository: someone else's code.
    const reason = path.endsWith("/") ? "vendored" : pathSkipReason(path, ignore);
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
        const reason = pathSkipReason(r.path, ignore) ?? (r.oldPath !== undefined && isSecretFile(r.oldPath) ? "secret-file" : null);
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
      };
      if (r.oldPath !== undefined) file.oldPath = r.oldPath;
      files.push(file);
    }
    return { root, inGit: true, files: files.sort(byPath), skipped: skipped.sort(byPath), redactions: redactions.summary() };
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
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
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
// Running git

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

interface OutputSink {
  push(data: Buffer): void;
  end(): void;
}

function gitEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // GIT_OPTIONAL_LOCKS=0: a read-only look must not refresh (and lock) the user's index.
  return { ...process.env, GIT_OPTIONAL_LOCKS: "0", ...extra };
}

function spawnGit(cwd: string, args: string[], env: Record<string, string>, input: string | undefined, sink: OutputSink | null): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", [...GIT_BASE_ARGS, ...args], { cwd, env: gitEnv(env), stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let errBytes = 0;
    child.stdout.on("data", (d: Buffer) => (sink ? sink.push(d) : out.push(d)));
    child.stderr.on("data", (d: Buffer) => {
      // Only the tail matters for an error message.
      err.push(d);
      errBytes += d.length;
      while (errBytes > 16 * 1024 && err.length > 1) errBytes -= (err.shift() as Buffer).length;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      sink?.end();
      resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
  });
}

function runGit(cwd: string, args: string[], env: Record<string, string> = {}, input?: string): Promise<GitResult> {
  return spawnGit(cwd, args, env, input, null);
}

async function gitOk(cwd: string, args: string[], env: Record<string, string> = {}, input?: string): Promise<string> {
  const r = await runGit(cwd, args, env, input);
  if (r.code !== 0) throw new Error(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${r.stderr.trim()}`);
  return r.stdout.toString("utf8");
}

async function streamGit(cwd: string, args: string[], env: Record<string, string>, sink: OutputSink): Promise<void> {
  const r = await spawnGit(cwd, args, env, undefined, sink);
  if (r.code !== 0) throw new Error(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${r.stderr.trim()}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing `git diff --patch-with-raw -z` as it streams, so skipped and oversized files are never held in memory.

export interface RawRecord {
  /** A, C, D, M, R, T, U or X. */
  status: string;
  path: string;
  oldPath?: string;
}

interface Chunk {
  diff: string;
  binary: boolean;
  tooLarge: boolean;
}

interface OpenChunk {
  record: RawRecord | undefined;
  parts: Buffer[];
  size: number;
  binary: boolean;
  tooLarge: boolean;
  inHunk: boolean;
}

const DIFF_GIT = Buffer.from("diff --git ");
const BINARY_FILES = Buffer.from("Binary files ");
const HUNK = Buffer.from("@@");

/**
 * The raw section (`:modes shas status\0path\0[path\0]`, ended by an empty field) lists every file pair; `decide`
 * picks the ones to keep. The patch section that follows is cut at `diff --git` lines, each matched to its pair by
 * the header git writes for it (so the order of the two sections does not matter).
 */
export class PatchWithRawParser implements OutputSink {
  readonly records: RawRecord[] = [];
  readonly chunks = new Map<RawRecord, Chunk>();
  private phase: "raw" | "patch" = "raw";
  private carry: Buffer = Buffer.alloc(0);
  private midLine = false;
  private pendingStatus: string | null = null;
  private pendingPaths: string[] = [];
  private byHeader = new Map<string, RawRecord>();
  private current: OpenChunk | null = null;

  constructor(
    private readonly decide: (records: RawRecord[]) => Set<RawRecord>,
    private readonly maxFileBytes: number,
  ) {}

  push(data: Buffer): void {
    let buf = this.carry.length > 0 ? Buffer.concat([this.carry, data]) : data;
    let start = 0;
    while (this.phase === "raw") {
      const nul = buf.indexOf(0, start);
      if (nul < 0) break;
      this.rawField(buf.toString("utf8", start, nul));
      start = nul + 1;
    }
    if (this.phase === "raw") {
      this.carry = Buffer.from(buf.subarray(start));
      return;
    }
    buf = buf.subarray(start);
    start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      if (nl < 0) break;
      this.line(buf.subarray(start, nl + 1));
      start = nl + 1;
    }
    if (buf.length - start > MAX_CARRY) {
      this.line(buf.subarray(start));
      this.carry = Buffer.alloc(0);
    } else {
      this.carry = Buffer.from(buf.subarray(start));
    }
  }

  end(): void {
    if (this.phase === "raw") this.startPatch();
    if (this.carry.length > 0) this.line(this.carry);
    this.carry = Buffer.alloc(0);
    this.closeChunk();
  }

  private rawField(field: string): void {
    if (this.pendingStatus === null) {
      if (field === "") {
        this.startPatch();
        return;
      }
      // ":100644 100644 abc123 def456 R087": the letter is the status, the digits a similarity score.
      this.pendingStatus = (field.split(" ").pop() ?? "").charAt(0);
      this.pendingPaths = [];
      return;
    }
    this.pendingPaths.push(field);
    const twoPaths = this.pendingStatus === "R" || this.pendingStatus === "C";
    if (this.pendingPaths.length < (twoPaths ? 2 : 1)) return;
    const record: RawRecord = { status: this.pendingStatus, path: this.pendingPaths[this.pendingPaths.length - 1] as string };
    if (twoPaths) record.oldPath = this.pendingPaths[0] as string;
    this.records.push(record);
    this.pendingStatus = null;
  }

  private startPatch(): void {
    this.phase = "patch";
    for (const r of this.decide(this.records)) this.byHeader.set(diffHeader(r.oldPath ?? r.path, r.path), r);
  }

  private line(bytes: Buffer): void {
    const atLineStart = !this.midLine;
    this.midLine = bytes[bytes.length - 1] !== 10;
    if (atLineStart && startsWith(bytes, DIFF_GIT)) {
      this.closeChunk();
      const header = bytes.toString("utf8").replace(/\n$/, "");
      this.current = { record: this.byHeader.get(header), parts: [], size: 0, binary: false, tooLarge: false, inHunk: false };
    }
    const c = this.current;
    if (!c || !c.record || c.binary || c.tooLarge) return;
    if (atLineStart && startsWith(bytes, HUNK)) c.inHunk = true;
    if (bytes.includes(0) || (atLineStart && !c.inHunk && startsWith(bytes, BINARY_FILES))) {
      c.binary = true;
      c.parts = [];
      return;
    }
    c.size += bytes.length;
    if (c.size > this.maxFileBytes) {
      c.tooLarge = true;
      c.parts = [];
      return;
    }
    c.parts.push(Buffer.from(bytes));
  }

  private closeChunk(): void {
    const c = this.current;
    this.current = null;
    if (!c || !c.record) return;
    this.chunks.set(c.record, { diff: Buffer.concat(c.parts).toString("utf8"), binary: c.binary, tooLarge: c.tooLarge });
  }
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

// ---------------------------------------------------------------------------------------------------------------
// Outside git: the named files, each as a new file.

async function collectFromPaths(root: string, paths: string[], ignore: readonly string[], maxFileBytes: number): Promise<Change> {
  const files = new Map<string, ChangedFile>();
  const skipped = new Map<string, SkipReason>();
  const redactions = new Redactions();

  const addFile = async (abs: string, rel: string): Promise<void> => {
    if (files.has(rel) || skipped.has(rel)) return;
    const reason = pathSkipReason(rel, ignore);
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
    const diff = newFileDiff(rel, content.toString("utf8"));
    files.set(rel, { path: rel, status: "untracked", diff: redactions.apply(diff), ...countChanges(diff) });
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
        // Symlinked directories are not followed (cycles); symlinked files are read through.
        await addFile(abs, rel);
      }
    }
  };

  for (const p of paths) {
    const abs = resolve(root, p);
    const st = await stat(abs).catch(() => null);
    if (!st) throw new UsageError(`No such file or directory: ${p}`, "Check the path; it is read relative to the current directory.");
    const rel = relative(root, abs).split(sep).join("/");
    if (st.isDirectory()) await walk(abs, rel);
    else await addFile(abs, rel);
  }

  return {
    root,
    inGit: false,
    files: [...files.values()].sort(byPath),
    skipped: [...skipped].map(([path, reason]) => ({ path, reason })).sort(byPath),
    redactions: redactions.summary(),
  };
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
