#!/usr/bin/env node
// Hook launcher for the Claude Code plugin route: hooks/hooks.json runs `node launch.cjs <bundle>`.
//
// Why it exists: a plugin installed from a git marketplace is a plain checkout, and dist/ is built, not
// committed, so neither the hook bundles nor dist/cli.js (which the slash commands run as
// ${CLAUDE_PLUGIN_ROOT}/dist/cli.js) are there. Building on first use is not an option: it needs npm, the
// network and minutes, far beyond a hook's 10 s. So this committed, dependency-free file looks for a built
// codex-collab and, when the plugin has no dist/ of its own, links the plugin's dist/ to that package's
// (a symlink; a junction on Windows), which makes commands and hooks work from then on:
//   1. the plugin's own dist/ (a local marketplace copied from a built tree, or `npm ci && npm run build` run
//      in the plugin directory), used as it is;
//   2. the project's node_modules/codex-collab;
//   3. the codex-collab on PATH (`npm install -g codex-collab`).
// A link left dangling (that package was removed) is replaced. When nothing is found the hooks stay inactive
// (fail open, exit 0) and SessionStart says once per session how to fix it.
// `launch.cjs --where` prints the lookup as JSON without changing anything (used by `codex-collab doctor`).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const PACKAGE = "codex-collab";
const BUNDLES = ["session-start", "user-prompt-submit", "post-tool-use", "stop"];
const pluginRoot = path.dirname(__dirname);
const pluginDist = path.join(pluginRoot, "dist");

function readManifest(dir) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    return pkg && pkg.name === PACKAGE ? pkg : null;
  } catch {
    return null;
  }
}

function packageAbove(file) {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (readManifest(dir)) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

function envValue(env, key) {
  if (process.platform !== "win32") return env[key];
  const found = Object.keys(env).find((k) => k.toUpperCase() === key);
  return found === undefined ? undefined : env[found];
}

/** The package behind a `codex-collab` command on PATH: npm links the bin (POSIX) or writes a shim beside node_modules (Windows). */
function packageOnPath(env) {
  const dirs = (envValue(env, "PATH") || "").split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    if (process.platform === "win32") {
      if (![".cmd", ".ps1", ".exe"].some((ext) => fs.existsSync(path.join(dir, PACKAGE + ext)))) continue;
      const root = path.join(dir, "node_modules", PACKAGE);
      if (readManifest(root)) return root;
      continue;
    }
    let real;
    try {
      real = fs.realpathSync(path.join(dir, PACKAGE));
    } catch {
      continue;
    }
    const root = packageAbove(real);
    if (root) return root;
  }
  return null;
}

/** A dist/ is usable when it has every hook bundle and the CLI. */
function complete(dist) {
  return fs.existsSync(path.join(dist, "cli.js")) && BUNDLES.every((b) => fs.existsSync(path.join(dist, "hooks", `${b}.cjs`)));
}

function distState() {
  let st;
  try {
    st = fs.lstatSync(pluginDist);
  } catch {
    return "missing";
  }
  if (!st.isSymbolicLink()) return complete(pluginDist) ? "built" : "incomplete";
  return complete(pluginDist) ? "linked" : "dangling";
}

/** Built packages other than the plugin itself, in order of preference; PATH is only scanned when needed. */
function* elsewhere(env) {
  if (env.CLAUDE_PROJECT_DIR) yield { via: "project", root: path.join(env.CLAUDE_PROJECT_DIR, "node_modules", PACKAGE) };
  const onPath = packageOnPath(env);
  if (onPath) yield { via: "path", root: onPath };
}

function findElsewhere(env, searched) {
  for (const c of elsewhere(env)) {
    searched.push(c);
    const real = safeRealpath(c.root);
    if (real !== null && real !== safeRealpath(pluginRoot) && complete(path.join(c.root, "dist"))) {
      const pkg = readManifest(c.root);
      return { via: c.via, packageRoot: c.root, version: pkg ? pkg.version : null };
    }
  }
  return null;
}

function safeRealpath(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

/** Read-only: what the launcher would use. */
function where(env) {
  const own = readManifest(pluginRoot);
  const dist = distState();
  const searched = [{ via: "plugin", root: pluginRoot }];
  let found = null;
  if (dist === "built") found = { via: "plugin", packageRoot: pluginRoot, version: own ? own.version : null };
  else if (dist === "linked") {
    const target = packageAbove(path.join(fs.realpathSync(pluginDist), "cli.js"));
    const pkg = target ? readManifest(target) : null;
    found = { via: "link", packageRoot: target || fs.realpathSync(pluginDist), version: pkg ? pkg.version : null };
  } else if (dist !== "incomplete") found = findElsewhere(env, searched);
  return { pluginRoot, pluginVersion: own ? own.version : null, dist, found, searched };
}

/** Makes ${CLAUDE_PLUGIN_ROOT}/dist usable; returns the dist/ to run from, or null with the reason. */
function ensureDist(env) {
  const state = distState();
  if (state === "built" || state === "linked") return { dist: pluginDist };
  if (state === "incomplete") return { dist: null, why: `${pluginDist} exists but is not a complete build` };
  const found = findElsewhere(env, []);
  if (!found) return { dist: null, why: "none" };
  const target = path.join(found.packageRoot, "dist");
  try {
    if (state === "dangling") fs.unlinkSync(pluginDist);
    fs.symlinkSync(target, pluginDist, process.platform === "win32" ? "junction" : "dir");
    return { dist: pluginDist };
  } catch (e) {
    // Another hook may have linked it a moment ago; otherwise run from the package directly (hooks work,
    // the commands will not until the link exists).
    if (distState() === "linked") return { dist: pluginDist };
    return { dist: target, why: `could not link ${pluginDist} to ${target} (${String(e && e.message).split("\n")[0]})` };
  }
}

function systemMessage(text) {
  process.stdout.write(JSON.stringify({ systemMessage: text }));
}

function main() {
  const env = process.env;
  const arg = process.argv[2];
  if (arg === "--where") {
    process.stdout.write(`${JSON.stringify(where(env), null, 2)}\n`);
    return;
  }
  if (env.CODEX_COLLAB_DISABLE === "1") return;
  if (!BUNDLES.includes(arg)) {
    systemMessage(`codex-collab: hooks/hooks.json asks for an unknown hook "${arg}"; reinstall the plugin.`);
    return;
  }
  const { dist, why } = ensureDist(env);
  // Only SessionStart speaks, so the user sees a problem once per session rather than on every prompt and edit.
  const speak = arg === "session-start";
  if (dist === null) {
    if (speak) {
      systemMessage(
        why === "none"
          ? "codex-collab: the plugin's hooks and commands are inactive because no built codex-collab was found " +
              `(looked in ${pluginDist}, the project's node_modules and PATH). Install it with ` +
              "`npm install -g codex-collab` and start a new session; `codex-collab doctor` checks the setup."
          : `codex-collab: the plugin's hooks and commands are inactive: ${why}. Run \`npm run build\` in ${pluginRoot}.`,
      );
    }
    return;
  }
  if (why && speak) process.stderr.write(`codex-collab: ${why}; the slash commands need ${pluginDist}.\n`);
  try {
    require(path.join(dist, "hooks", `${arg}.cjs`));
  } catch (e) {
    if (speak) systemMessage(`codex-collab: the ${arg} hook failed to load from ${dist} (${String(e && e.message).split("\n")[0]}).`);
  }
}

main();
