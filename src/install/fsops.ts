// File operations for the installer: atomic writes that keep the file's mode and follow symlinks (dotfile
// managers link ~/.claude/settings.json), backups, and reading files that may be absent.
import { randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, constants, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join } from "node:path";
import { isoTime } from "../time.js";

export function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

function resolveTarget(file: string): string {
  try {
    return lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return file;
    throw e;
  }
}

/** Temp file beside the target, then rename: readers never see half a file. */
export function writeAtomic(file: string, content: string): void {
  const target = resolveTarget(file);
  const temp = join(dirname(target), `.${basename(target)}.codex-collab-tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    writeFileSync(temp, content, { flag: "wx" });
    if (existsSync(target)) chmodSync(temp, statSync(target).mode & 0o7777);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** `YYYYMMDDTHHMMSSZ`, one per run so all backups of a run share it. */
export function backupStamp(now: Date): string {
  return isoTime(now).replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

/** `<dir>/<stamp>/<rel>`, with a counter if that backup already exists. */
export function backupPath(dir: string, rel: string, stamp: string, taken: ReadonlySet<string>): string {
  const base = join(dir, stamp, rel.startsWith("..") || isAbsolute(rel) ? basename(rel) : rel);
  let candidate = base;
  for (let n = 2; existsSync(candidate) || taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

export function writeBackup(file: string, backup: string): void {
  mkdirSync(dirname(backup), { recursive: true, mode: 0o700 });
  copyFileSync(file, backup, constants.COPYFILE_EXCL);
}

export function removeFile(file: string): void {
  unlinkSync(file);
}
