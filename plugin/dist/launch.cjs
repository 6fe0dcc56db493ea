"use strict";

// src/launcher/main.ts
var import_node_child_process2 = require("node:child_process");
var import_node_path2 = require("node:path");
var import_node_url = require("node:url");

// src/launcher/where.ts
var import_node_child_process = require("node:child_process");
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");

// src/state/safe-fs.ts
var import_node_fs = require("node:fs");
var NOFOLLOW = import_node_fs.constants.O_NOFOLLOW ?? 0;
var NONBLOCK = import_node_fs.constants.O_NONBLOCK ?? 0;
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
    return (0, import_node_fs.lstatSync)(path);
  } catch (e) {
    if (errno(e) === "ENOENT") return null;
    throw e;
  }
}
var FLAGS = {
  append: import_node_fs.constants.O_WRONLY | import_node_fs.constants.O_CREAT | import_node_fs.constants.O_APPEND,
  exclusive: import_node_fs.constants.O_WRONLY | import_node_fs.constants.O_CREAT | import_node_fs.constants.O_EXCL
};
var REPO_FILE_MAX_BYTES = 1024 * 1024;
function openRegularForRead(file) {
  if (NOFOLLOW === 0) {
    const st = lstatOrNull(file);
    if (st?.isSymbolicLink()) throw new UnsafePathError(file, "is a symbolic link");
  }
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (e) {
    if (errno(e) === "ENOENT" || errno(e) === "ENOTDIR") return null;
    if (errno(e) === "ELOOP") throw new UnsafePathError(file, "is a symbolic link");
    if (errno(e) === "ENXIO") throw new UnsafePathError(file, "is not a regular file");
    throw e;
  }
  if (!(0, import_node_fs.fstatSync)(fd).isFile()) {
    (0, import_node_fs.closeSync)(fd);
    throw new UnsafePathError(file, "is not a regular file");
  }
  return fd;
}
function readCapped(fd, file, maxBytes, head) {
  if ((0, import_node_fs.fstatSync)(fd).size > maxBytes && !head) throw new UnsafePathError(file, `is larger than ${maxBytes} bytes`);
  const buf = Buffer.alloc(Math.min((0, import_node_fs.fstatSync)(fd).size, maxBytes) + 1);
  let len = 0;
  for (let n; len < buf.length && (n = (0, import_node_fs.readSync)(fd, buf, len, buf.length - len, null)) > 0; ) len += n;
  if (len > maxBytes && !head) throw new UnsafePathError(file, `is larger than ${maxBytes} bytes`);
  return buf.subarray(0, Math.min(len, maxBytes));
}
function readRepoFile(file, opts = {}) {
  const fd = openRegularForRead(file);
  if (fd === null) return null;
  try {
    if (opts.ownPrivate && process.getuid) {
      const st = (0, import_node_fs.fstatSync)(fd);
      if (st.uid !== process.getuid()) throw new UnsafePathError(file, "is not owned by you");
      if ((st.mode & 63) !== 0) throw new UnsafePathError(file, "is readable or writable by others (codex-collab writes it 0600)");
    }
    return readCapped(fd, file, opts.maxBytes ?? REPO_FILE_MAX_BYTES, opts.head ?? false);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}

// src/launcher/where.ts
var PACKAGE = "codex-collab";
var LOCAL_RECORD = (0, import_node_path.join)(".codex-collab.d", "install.json");
function isPackage(dir) {
  try {
    return JSON.parse((0, import_node_fs2.readFileSync)((0, import_node_path.join)(dir, "package.json"), "utf8")).name === PACKAGE && (0, import_node_fs2.existsSync)((0, import_node_path.join)(dir, "dist", "cli.js"));
  } catch {
    return false;
  }
}
function recorded(project) {
  try {
    const text = readRepoFile((0, import_node_path.join)(project, LOCAL_RECORD), { maxBytes: 64 * 1024, ownPrivate: true });
    if (text === null) return null;
    const root = JSON.parse(text.toString("utf8")).packageRoot;
    return typeof root === "string" && (0, import_node_path.isAbsolute)(root) && !tracked(project) && isPackage(root) ? root : null;
  } catch {
    return null;
  }
}
function tracked(project) {
  if (!(0, import_node_fs2.existsSync)((0, import_node_path.join)(project, ".git"))) return false;
  const r = (0, import_node_child_process.spawnSync)("git", ["ls-files", "-z", "--", LOCAL_RECORD], { cwd: project, encoding: "utf8", timeout: 2e3, stdio: ["ignore", "pipe", "ignore"] });
  return r.status === 0 && r.stdout !== "";
}
function onPath(env) {
  for (const dir of (env.PATH ?? "").split(import_node_path.delimiter)) {
    if (dir === "") continue;
    let real;
    try {
      real = (0, import_node_fs2.realpathSync)((0, import_node_path.join)(dir, PACKAGE));
    } catch {
      continue;
    }
    for (let d = (0, import_node_path.dirname)(real); (0, import_node_path.dirname)(d) !== d; d = (0, import_node_path.dirname)(d)) if (isPackage(d)) return d;
  }
  return null;
}
function findPackage(project, env) {
  const rec = recorded(project);
  if (rec !== null) return { packageRoot: rec, via: "recorded" };
  const path = onPath(env);
  return path === null ? null : { packageRoot: path, via: "path" };
}

// src/launcher/main.ts
var HOOKS = ["session-start", "user-prompt-submit", "post-tool-use", "stop", "wake"];
var INSTALL_HINT = "Install it on this machine (codex-collab README \u2192 Install: npm pack in a checkout, then npm install -g ./codex-collab-<version>.tgz), then start a new session.";
function runHook(name, found) {
  if (!HOOKS.includes(name)) {
    process.stdout.write(JSON.stringify({ systemMessage: `codex-collab: unknown hook "${name}" in the settings; run codex-collab install again.` }));
    return;
  }
  if (found === null) {
    if (name === "session-start") process.stdout.write(JSON.stringify({ systemMessage: `codex-collab: this project uses codex-collab, which is not installed on this machine, so its hooks are off. ${INSTALL_HINT}` }));
    return;
  }
  require((0, import_node_path2.join)(found.packageRoot, "dist", "hooks", `${name}.cjs`));
}
async function main() {
  const project = (0, import_node_path2.dirname)((0, import_node_path2.dirname)(__dirname));
  const [first, second] = process.argv.slice(2);
  const found = findPackage(project, process.env);
  if (first === "--where") {
    process.stdout.write(`${JSON.stringify({ project, found }, null, 2)}
`);
    return;
  }
  if (first === "hook") {
    runHook(second ?? "", found);
    return;
  }
  if (found === null) {
    process.stderr.write(`codex-collab: not installed on this machine (looked in ${LOCAL_RECORD} and on PATH).
\u2192 ${INSTALL_HINT}
`);
    process.exitCode = 3;
    return;
  }
  if (first === "mcp") process.argv.splice(2, 1);
  const entry = (0, import_node_path2.join)(found.packageRoot, "dist", first === "mcp" ? "mcp.js" : "cli.js");
  if (process.platform !== "win32" && entry.includes("\\")) return runChild(entry);
  await import((0, import_node_url.pathToFileURL)(entry).href);
}
function runChild(entry) {
  const child = (0, import_node_child_process2.spawn)(process.execPath, [entry, ...process.argv.slice(2)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      process.exitCode = code ?? (signal === null ? 1 : 128);
      resolve();
    });
  });
}
main().catch((e) => {
  process.stderr.write(`codex-collab: the launcher failed: ${String(e?.message ?? e).split("\n")[0]}
`);
  process.exitCode = process.argv[2] === "hook" ? 0 : 1;
});
