import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/project.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function findProjectRoot(start = process.cwd()) {
  const from = resolve(start);
  let dir = from;
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}
var STATE_FILE_NAME = ".codex-collab";
function stateFilePath(root) {
  return join(root, STATE_FILE_NAME);
}
function stateDir(root) {
  return join(root, ".codex-collab.d");
}
function isOwnStatePath(path) {
  return path === STATE_FILE_NAME || path.startsWith(`${STATE_FILE_NAME}.`) || path.startsWith(`${STATE_FILE_NAME}/`);
}

// src/state/safe-fs.ts
import { chmodSync, closeSync, constants, fchmodSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, realpathSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname as dirname2, join as join2, relative, resolve as resolve2, sep } from "node:path";

// src/time.ts
var pad = (n, width = 2) => String(n).padStart(width, "0");
function isoTime(at = Date.now()) {
  const d = typeof at === "number" ? new Date(at) : at;
  const year = d.getUTCFullYear();
  if (!Number.isFinite(year)) throw new RangeError("Invalid time value");
  if (year < 0 || year > 9999) return d.toISOString();
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}Z`;
}

// src/state/safe-fs.ts
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
function moveAside(path, mark = UNSAFE_MARK) {
  const stamp = isoTime().replace(/:/g, "");
  let dest = `${path}${mark}${stamp}`;
  for (let i = 1; lstatOrNull(dest) !== null; i++) dest = `${path}${mark}${stamp}-${i}`;
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
    if (note !== void 0) appendPrivate(join2(dir, "hooks.log"), `${isoTime()} ${note}
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
var REPO_FILE_MAX_BYTES = 1024 * 1024;
function openRegularForRead(file) {
  if (NOFOLLOW === 0) {
    const st = lstatOrNull(file);
    if (st?.isSymbolicLink()) throw new UnsafePathError(file, "is a symbolic link");
  }
  let fd;
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
function readCapped(fd, file, maxBytes, head) {
  if (fstatSync(fd).size > maxBytes && !head) throw new UnsafePathError(file, `is larger than ${maxBytes} bytes`);
  const buf = Buffer.alloc(Math.min(fstatSync(fd).size, maxBytes) + 1);
  let len = 0;
  for (let n; len < buf.length && (n = readSync(fd, buf, len, buf.length - len, null)) > 0; ) len += n;
  if (len > maxBytes && !head) throw new UnsafePathError(file, `is larger than ${maxBytes} bytes`);
  return buf.subarray(0, Math.min(len, maxBytes));
}
function readPrivate(file, maxBytes) {
  const fd = openRegularForRead(file);
  if (fd === null) return null;
  try {
    return maxBytes === void 0 ? readFileSync(fd, "utf8") : readCapped(fd, file, maxBytes, false).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function readRepoFile(file, opts = {}) {
  const fd = openRegularForRead(file);
  if (fd === null) return null;
  try {
    if (opts.ownPrivate && process.getuid) {
      const st = fstatSync(fd);
      if (st.uid !== process.getuid()) throw new UnsafePathError(file, "is not owned by you");
      if ((st.mode & 63) !== 0) throw new UnsafePathError(file, "is readable or writable by others (codex-collab writes it 0600)");
    }
    return readCapped(fd, file, opts.maxBytes ?? REPO_FILE_MAX_BYTES, opts.head ?? false);
  } finally {
    closeSync(fd);
  }
}
function writePrivateFile(file, text) {
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
function isInside(root, path) {
  const realRoot = realpathOrSelf(root);
  let probe = resolve2(path);
  const tail = [];
  for (; ; ) {
    try {
      const real = join2(realpathSync(probe), ...tail);
      const rel = relative(realRoot, real);
      return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
    } catch (e) {
      if (errno(e) !== "ENOENT" && errno(e) !== "ENOTDIR") return false;
      const parent = dirname2(probe);
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
    return resolve2(path);
  }
}

// src/errors.ts
var EXIT = {
  OK: 0,
  FAILED: 1,
  USAGE: 2,
  NOT_FOUND: 3,
  AUTH: 4,
  TIMEOUT: 5,
  SESSION_NOT_FOUND: 6,
  PROMPT_TOO_LARGE: 7,
  CONFIG: 8,
  SANDBOX_VIOLATION: 9,
  FINDINGS: 10,
  /** `review --fail-on` could not decide: Codex answered in prose, which yields no findings. */
  UNDECIDED: 11,
  CANCELLED: 130
};
var CodexCollabError = class extends Error {
  code;
  exitCode;
  /** What the user should do next, one sentence. */
  hint;
  constructor(code, message, hint, exitCode, options) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.hint = hint;
    this.exitCode = exitCode;
  }
  toJSON() {
    return { code: this.code, message: this.message, hint: this.hint };
  }
};
var CodexNotFoundError = class extends CodexCollabError {
  constructor(bin, options) {
    super(
      "CODEX_NOT_FOUND",
      `The Codex CLI was not found (looked for "${bin}").`,
      'Install it with "npm install -g @openai/codex", or set CODEX_COLLAB_CODEX_BIN to its path.',
      EXIT.NOT_FOUND,
      options
    );
  }
};
var CodexAuthError = class extends CodexCollabError {
  constructor(detail, hint = 'Run "codex login", then try again.') {
    super("CODEX_AUTH", `Codex is not logged in or its credentials were rejected: ${detail}`, hint, EXIT.AUTH);
  }
};
var CodexFailedError = class extends CodexCollabError {
  stderrTail;
  /** `hint` replaces the generic next step when the cause is known (a rate limit, a service outage). */
  constructor(message, stderrTail = "", hint) {
    super(
      "CODEX_FAILED",
      stderrTail ? `${message}
--- last lines of codex stderr ---
${stderrTail}` : message,
      hint ?? 'Check the message above; "codex-collab doctor" checks the installation.',
      EXIT.FAILED
    );
    this.stderrTail = stderrTail;
  }
};
var TimeoutError = class extends CodexCollabError {
  constructor(kind, seconds) {
    super(
      kind,
      kind === "TIMEOUT" ? `Codex did not finish within ${seconds} s; it was stopped.` : `Codex sent no event for ${seconds} s; it was stopped.`,
      kind === "TIMEOUT" ? "Raise --timeout, or split the task into smaller prompts." : "Raise --idle-timeout if the model is slow, or check the network and the model provider.",
      EXIT.TIMEOUT
    );
  }
};
var CancelledError = class extends CodexCollabError {
  constructor() {
    super("CANCELLED", "The Codex run was cancelled.", "Run the command again when you are ready.", EXIT.CANCELLED);
  }
};
var SessionNotFoundError = class extends CodexCollabError {
  constructor(session) {
    super(
      "SESSION_NOT_FOUND",
      `Codex has no session "${session}" to resume (it may have been created under another CODEX_HOME or deleted).`,
      'Start a fresh session with "--session new" (or "--new"), or pick one from "codex-collab sessions list".',
      EXIT.SESSION_NOT_FOUND
    );
  }
};
var UnknownSessionError = class extends CodexCollabError {
  constructor(ref) {
    super("SESSION_NOT_FOUND", `No session "${ref}" in this project.`, 'List them with "codex-collab sessions list".', EXIT.SESSION_NOT_FOUND);
  }
};
var PromptTooLargeError = class extends CodexCollabError {
  constructor(chars, limit) {
    super(
      "PROMPT_TOO_LARGE",
      `The prompt has ${chars} characters; Codex accepts at most ${limit}.`,
      "Send less: name the relevant files instead of pasting them, or narrow the diff with paths.",
      EXIT.PROMPT_TOO_LARGE
    );
  }
};
var UsageError = class extends CodexCollabError {
  constructor(message, hint = 'See "codex-collab --help".') {
    super("USAGE", message, hint, EXIT.USAGE);
  }
};
var ConfigError = class extends CodexCollabError {
  constructor(file, detail) {
    super("CONFIG_INVALID", `Invalid configuration in ${file}: ${detail}`, `Fix ${file} (or delete it to use the defaults).`, EXIT.CONFIG);
    this.file = file;
  }
  file;
};
var SettingsInvalidError = class extends CodexCollabError {
  constructor(file, line, column, detail) {
    super(
      "SETTINGS_INVALID",
      `${file}:${line}:${column}: not valid JSON (${detail}). Nothing was changed.`,
      `Fix the JSON in ${file}, then run the command again.`,
      EXIT.CONFIG
    );
  }
};
var TemplateError = class extends CodexCollabError {
  constructor(message, hint = "Check the template file and the variables passed to it.") {
    super("TEMPLATE", message, hint, EXIT.USAGE);
  }
};
var SandboxViolationError = class extends CodexCollabError {
  constructor(changed) {
    super(
      "SANDBOX_VIOLATION",
      `The working tree changed during a read-only Codex run: ${changed.slice(0, 10).join(", ")}${changed.length > 10 ? " \u2026" : ""}`,
      'Inspect "git status" and "git diff"; revert anything you did not make. Report this: Codex must never write here.',
      EXIT.SANDBOX_VIOLATION
    );
  }
};
var StateError = class extends CodexCollabError {
  constructor(message, hint = "Check permissions of the project's .codex-collab file.") {
    super("STATE", message, hint, EXIT.FAILED);
  }
};
function isCodexCollabError(e) {
  return e instanceof CodexCollabError;
}
var SettingsShapeError = class extends CodexCollabError {
  constructor(file, line, column, detail) {
    super("SETTINGS_INVALID", `${file}:${line}:${column}: ${detail}. Nothing was changed.`, `Fix ${file}, then run the command again.`, EXIT.CONFIG);
  }
};
var InstallError = class extends CodexCollabError {
  constructor(message, hint) {
    super("INSTALL", message, hint, EXIT.FAILED);
  }
};
var SandboxNotAllowedError = class extends CodexCollabError {
  constructor(requested, allowed, how) {
    super(
      "SANDBOX_NOT_ALLOWED",
      `Sandbox "${requested}" is looser than this user allows ("${allowed}"); Codex was not started.`,
      how,
      EXIT.USAGE
    );
  }
};

export {
  findProjectRoot,
  STATE_FILE_NAME,
  stateFilePath,
  stateDir,
  isOwnStatePath,
  isoTime,
  UNSAFE_MARK,
  UnsafePathError,
  moveAside,
  ensurePrivateDir,
  openPrivate,
  appendPrivate,
  writeAll,
  readPrivate,
  readRepoFile,
  writePrivateFile,
  isInside,
  EXIT,
  CodexCollabError,
  CodexNotFoundError,
  CodexAuthError,
  CodexFailedError,
  TimeoutError,
  CancelledError,
  SessionNotFoundError,
  UnknownSessionError,
  PromptTooLargeError,
  UsageError,
  ConfigError,
  SettingsInvalidError,
  TemplateError,
  SandboxViolationError,
  StateError,
  isCodexCollabError,
  SettingsShapeError,
  InstallError,
  SandboxNotAllowedError
};
