"use strict";

// src/launcher/main.ts
var import_node_child_process = require("node:child_process");
var import_node_path2 = require("node:path");
var import_node_url = require("node:url");

// src/launcher/where.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var PACKAGE = "codex-collab";
var LOCAL_RECORD = (0, import_node_path.join)(".codex-collab.d", "install.json");
function isPackage(dir) {
  try {
    return JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, "package.json"), "utf8")).name === PACKAGE && (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "dist", "cli.js"));
  } catch {
    return false;
  }
}
function recorded(project) {
  try {
    const root = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(project, LOCAL_RECORD), "utf8")).packageRoot;
    return typeof root === "string" && isPackage(root) ? root : null;
  } catch {
    return null;
  }
}
function onPath(env) {
  for (const dir of (env.PATH ?? "").split(import_node_path.delimiter)) {
    if (dir === "") continue;
    let real;
    try {
      real = (0, import_node_fs.realpathSync)((0, import_node_path.join)(dir, PACKAGE));
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
var HOOKS = ["session-start", "user-prompt-submit", "post-tool-use", "stop"];
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
  const child = (0, import_node_child_process.spawn)(process.execPath, [entry, ...process.argv.slice(2)], { stdio: "inherit" });
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
