import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/state/safe-fs.ts
import { chmodSync, closeSync, constants, fchmodSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, writeSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
var DIR_MODE = 448;
var FILE_MODE = 384;
var UNSAFE_MARK = ".unsafe-";
var NOFOLLOW = constants.O_NOFOLLOW ?? 0;
var NONBLOCK = constants.O_NONBLOCK ?? 0;
var UnsafePathError = class extends Error {
  constructor(path, why) {
    super(`${path} ${why}; codex-collab never writes through it.`);
    this.path = path;
    this.why = why;
  }
  path;
  why;
  code = "EUNSAFE";
};
function errno(e) {
  return e?.code;
}
function lstatOrNull(path) {
  try {
    return lstatSync(path);
  } catch (e) {
    if (errno(e) === "ENOENT") return null;
    throw e;
  }
}
function moveAside(path) {
  const stamp = (/* @__PURE__ */ new Date()).toISOString().replace(/:/g, "");
  let dest = `${path}${UNSAFE_MARK}${stamp}`;
  for (let i = 1; lstatOrNull(dest) !== null; i++) dest = `${path}${UNSAFE_MARK}${stamp}-${i}`;
  renameSync(path, dest);
  return dest;
}
function ensurePrivateDir(dir, warn) {
  for (let attempt = 0; ; attempt++) {
    const st = lstatOrNull(dir);
    if (st?.isDirectory()) {
      if ((st.mode & 511) !== DIR_MODE && st.uid === process.getuid?.()) {
        try {
          chmodSync(dir, DIR_MODE);
        } catch {
        }
      }
      return;
    }
    let note;
    if (st !== null && !st.isSymbolicLink()) throw new UnsafePathError(dir, "is not a directory");
    if (st !== null) {
      let dest;
      try {
        dest = moveAside(dir);
      } catch (e) {
        if (errno(e) === "ENOENT" && attempt < 2) continue;
        throw e;
      }
      note = `${dir} is a symbolic link; moved it aside to ${basename(dest)} and created a fresh directory (nothing was written through it).`;
      warn?.(note);
    }
    try {
      mkdirSync(dir, { mode: DIR_MODE });
    } catch (e) {
      if (errno(e) === "EEXIST" && attempt < 2) continue;
      throw e;
    }
    chmodSync(dir, DIR_MODE);
    if (note !== void 0) appendPrivate(join(dir, "hooks.log"), `${(/* @__PURE__ */ new Date()).toISOString()} ${note}
`);
    return;
  }
}
var FLAGS = {
  append: constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND,
  exclusive: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL
};
function openPrivate(file, mode) {
  if (NOFOLLOW === 0) {
    const st = lstatOrNull(file);
    if (st?.isSymbolicLink()) throw new UnsafePathError(file, "is a symbolic link");
  }
  let fd;
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
    if ((st.mode & 511) !== FILE_MODE) fchmodSync(fd, FILE_MODE);
    return fd;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}
function appendPrivate(file, text, noteLine) {
  let fd;
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
function writeAll(fd, data) {
  const buf = Buffer.from(data, "utf8");
  for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off);
}
function readPrivate(file) {
  if (NOFOLLOW === 0) {
    const st = lstatOrNull(file);
    if (st?.isSymbolicLink()) throw new UnsafePathError(file, "is a symbolic link");
  }
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (e) {
    if (errno(e) === "ENOENT") return null;
    if (errno(e) === "ELOOP") throw new UnsafePathError(file, "is a symbolic link");
    throw e;
  }
  try {
    if (!fstatSync(fd).isFile()) throw new UnsafePathError(file, "is not a regular file");
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
function isInside(root, path) {
  const realRoot = realpathOrSelf(root);
  let probe = resolve(path);
  const tail = [];
  for (; ; ) {
    try {
      const real = join(realpathSync(probe), ...tail);
      const rel = relative(realRoot, real);
      return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
    } catch (e) {
      if (errno(e) !== "ENOENT" && errno(e) !== "ENOTDIR") return false;
      const parent = dirname(probe);
      if (parent === probe) return false;
      tail.unshift(basename(probe));
      probe = parent;
    }
  }
}
function realpathOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export {
  UNSAFE_MARK,
  UnsafePathError,
  moveAside,
  ensurePrivateDir,
  openPrivate,
  appendPrivate,
  writeAll,
  readPrivate,
  isInside
};
