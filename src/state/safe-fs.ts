// Every write codex-collab makes under a project goes through here. A cloned repository can commit
// `.codex-collab.d` as a link to an outside directory, or `hooks.log` as a link to a file a shell sources; so
// files are opened with O_NOFOLLOW (and O_NONBLOCK, so a planted FIFO cannot hang a hook), directories are checked
// with lstat, a state directory that is not a real directory is moved aside with a warning, and what we create is
// private — directories 0700, files 0600 — whatever the umask.
import { chmodSync, closeSync, constants, fchmodSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, realpathSync, renameSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { isoTime } from "../time.js";

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;
/** Marks what was moved aside because it was a link or not what it should be: `<name>.unsafe-<time>`. */
export const UNSAFE_MARK = ".unsafe-";

// Windows has neither flag; there the lstat checks below stand alone.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

export type Warn = (message: string) => void;

/** A path that would make us write (or read our own state) through a link or into something that is not a file. */
export class UnsafePathError extends Error {
  readonly code = "EUNSAFE";
  constructor(readonly path: string, readonly why: string) {
    super(`${path} ${why}; codex-collab never writes through it.`);
  }
}

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (e) {
    if (errno(e) === "ENOENT") return null;
    throw e;
  }
}

/** Renames `path` (a link is renamed itself, never its target) to `<path><mark><time>`; returns the new path. */
export function moveAside(path: string, mark = UNSAFE_MARK): string {
  const stamp = isoTime().replace(/:/g, "");
  let dest = `${path}${mark}${stamp}`;
  for (let i = 1; lstatOrNull(dest) !== null; i++) dest = `${path}${mark}${stamp}-${i}`;
  renameSync(path, dest);
  return dest;
}

/**
 * Makes `dir` a real, private directory (never its parents: a worker whose project was deleted must not bring it
 * back). A link there is moved aside with a warning, which is also logged in the new directory's hooks.log; any
 * other non-directory is refused (UnsafePathError). An existing directory of ours looser than 0700 (made by an
 * older version, or under umask 000) is tightened.
 */
export function ensurePrivateDir(dir: string, warn?: Warn): void {
  for (let attempt = 0; ; attempt++) {
    const st = lstatOrNull(dir);
    if (st?.isDirectory()) {
      if ((st.mode & 0o777) !== DIR_MODE && st.uid === process.getuid?.()) {
        try {
          chmodSync(dir, DIR_MODE);
        } catch {
          // Not ours to change after all; the files inside are still 0600.
        }
      }
      return;
    }
    let note: string | undefined;
    // Someone else's file stays where it is; only a link (which we might otherwise write through) is moved.
    if (st !== null && !st.isSymbolicLink()) throw new UnsafePathError(dir, "is not a directory");
    if (st !== null) {
      let dest: string;
      try {
        dest = moveAside(dir);
      } catch (e) {
        // Another process moved it a moment ago: look again.
        if (errno(e) === "ENOENT" && attempt < 2) continue;
        throw e;
      }
      note = `${dir} is a symbolic link; moved it aside to ${basename(dest)} and created a fresh directory (nothing was written through it).`;
      warn?.(note);
    }
    try {
      mkdirSync(dir, { mode: DIR_MODE });
    } catch (e) {
      // Another process made it a moment ago: check what it made.
      if (errno(e) === "EEXIST" && attempt < 2) continue;
      throw e;
    }
    // Exactly 0700, whatever the umask left of the mode.
    chmodSync(dir, DIR_MODE);
    if (note !== undefined) appendPrivate(join(dir, "hooks.log"), `${isoTime()} ${note}\n`);
    return;
  }
}

type WriteMode = "append" | "exclusive";

const FLAGS: Record<WriteMode, number> = {
  append: constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND,
  exclusive: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
};

/**
 * Opens `file` for writing without following a link at its last component, as a private regular file with a single
 * link (a hard link to an outside file would be written through too). Throws UnsafePathError otherwise.
 */
export function openPrivate(file: string, mode: WriteMode): number {
  if (NOFOLLOW === 0) {
    const st = lstatOrNull(file);
    if (st?.isSymbolicLink()) throw new UnsafePathError(file, "is a symbolic link");
  }
  let fd: number;
  try {
    fd = openSync(file, FLAGS[mode] | NOFOLLOW | NONBLOCK, FILE_MODE);
  } catch (e) {
    if (errno(e) === "ELOOP") throw new UnsafePathError(file, "is a symbolic link");
    if (errno(e) === "ENXIO") throw new UnsafePathError(file, "is not a regular file");
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UnsafePathError(file, "is not a regular file");
    if (st.nlink > 1) throw new UnsafePathError(file, "has other hard links");
    // The open mode is filtered by the umask (and an existing file keeps its own).
    if ((st.mode & 0o777) !== FILE_MODE) fchmodSync(fd, FILE_MODE);
    return fd;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/**
 * Appends `text` to a private file in an existing directory (see openPrivate). A link, FIFO or hard link planted
 * where the file belongs is moved aside once and never followed; `noteLine` turns that notice into a line that
 * is written first (a log records it), or leave it out to write only `text`.
 */
export function appendPrivate(file: string, text: string, noteLine?: (note: string) => string): void {
  let fd: number;
  let prefix = "";
  try {
    fd = openPrivate(file, "append");
  } catch (e) {
    if (!(e instanceof UnsafePathError)) throw e;
    const dest = moveAside(file);
    prefix = noteLine?.(`${e.message} Moved it aside to ${basename(dest)}.`) ?? "";
    fd = openPrivate(file, "append");
  }
  try {
    writeAll(fd, prefix + text);
  } finally {
    closeSync(fd);
  }
}

export function writeAll(fd: number, data: string): void {
  const buf = Buffer.from(data, "utf8");
  // writeSync may write less than asked.
  for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off);
}

/** The most a repository's file (config, template override, install record) may hold; more is refused. */
export const REPO_FILE_MAX_BYTES = 1024 * 1024;

/**
 * Opens `file` read-only without following a link at its last component and without blocking on a FIFO; null when
 * it does not exist. Throws UnsafePathError for a link or anything that is not a regular file.
 */
function openRegularForRead(file: string): number | null {
  if (NOFOLLOW === 0) {
    const st = lstatOrNull(file);
    if (st?.isSymbolicLink()) throw new UnsafePathError(file, "is a symbolic link");
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (e) {
    if (errno(e) === "ENOENT" || errno(e) === "ENOTDIR") return null;
    if (errno(e) === "ELOOP") throw new UnsafePathError(file, "is a symbolic link");
    if (errno(e) === "ENXIO") throw new UnsafePathError(file, "is not a regular file");
    throw e;
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw new UnsafePathError(file, "is not a regular file");
  }
  return fd;
}

/**
 * At most `maxBytes` of an open regular file; a larger one is refused (UnsafePathError) unless `head` asks for its
 * beginning only. Reads no more than maxBytes + 1, so a file that grows while read cannot exhaust memory either.
 */
function readCapped(fd: number, file: string, maxBytes: number, head: boolean): Buffer {
  if (fstatSync(fd).size > maxBytes && !head) throw new UnsafePathError(file, `is larger than ${maxBytes} bytes`);
  const buf = Buffer.alloc(Math.min(fstatSync(fd).size, maxBytes) + 1);
  let len = 0;
  for (let n; len < buf.length && (n = readSync(fd, buf, len, buf.length - len, null)) > 0; ) len += n;
  if (len > maxBytes && !head) throw new UnsafePathError(file, `is larger than ${maxBytes} bytes`);
  return buf.subarray(0, Math.min(len, maxBytes));
}

/**
 * Reads one of our own files without following a link: a `.codex-collab` linked to another file would otherwise
 * be read as state. Returns null when it does not exist; throws UnsafePathError for a link, a non-file or one over
 * `maxBytes` (a committed 150 MB state would otherwise slow every hook).
 */
export function readPrivate(file: string, maxBytes?: number): string | null {
  const fd = openRegularForRead(file);
  if (fd === null) return null;
  try {
    return maxBytes === undefined ? readFileSync(fd, "utf8") : readCapped(fd, file, maxBytes, false).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file the repository supplies and the user did not choose (project and local config, template overrides,
 * the install manifest): never through a link, never a device or FIFO (`-> /dev/zero` made every hook eat memory),
 * at most `maxBytes` (more is refused, or with `head` cut). `ownPrivate` also refuses a file that is not ours and
 * 0600 or tighter, as only we write it (git checks files out 0644 or 0755). Null when it does not exist;
 * UnsafePathError otherwise.
 */
export function readRepoFile(file: string, opts: { maxBytes?: number; head?: boolean; ownPrivate?: boolean } = {}): Buffer | null {
  const fd = openRegularForRead(file);
  if (fd === null) return null;
  try {
    // Windows has neither owners nor modes to check.
    if (opts.ownPrivate && process.getuid) {
      const st = fstatSync(fd);
      if (st.uid !== process.getuid()) throw new UnsafePathError(file, "is not owned by you");
      if ((st.mode & 0o077) !== 0) throw new UnsafePathError(file, "is readable or writable by others (codex-collab writes it 0600)");
    }
    return readCapped(fd, file, opts.maxBytes ?? REPO_FILE_MAX_BYTES, opts.head ?? false);
  } finally {
    closeSync(fd);
  }
}

/** Replaces `file` atomically (a private temp file beside it, then rename) with a private 0600 file; never follows a link. */
export function writePrivateFile(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  const fd = openPrivate(tmp, "exclusive");
  try {
    writeAll(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, file);
  } catch (e) {
    unlinkSync(tmp);
    throw e;
  }
}

/**
 * Whether `path` resolves (links followed) to `root` or something inside it. Missing trailing parts are resolved
 * through their nearest existing ancestor, so a path about to be created is judged by where it would land.
 */
export function isInside(root: string, path: string): boolean {
  const realRoot = realpathOrSelf(root);
  let probe = resolve(path);
  const tail: string[] = [];
  for (;;) {
    try {
      const real = join(realpathSync(probe), ...tail);
      const rel = relative(realRoot, real);
      return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
    } catch (e) {
      if (errno(e) !== "ENOENT" && errno(e) !== "ENOTDIR") return false;
      const parent = dirname(probe);
      if (parent === probe) return false;
      tail.unshift(basename(probe));
      probe = parent;
    }
  }
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
