#!/usr/bin/env node
// Hook launcher for the Claude Code plugin route (hooks/hooks.json runs it as `launch.cjs <bundle>`).
//
// Why it exists: a plugin installed from a git marketplace is a plain checkout, and dist/ is built, not
// committed, so the hook bundles are not there. This file is committed, has no dependencies and does no
// building (a build needs npm and the network, far beyond a hook's 10 s). It runs the bundle of the first
// built codex-collab it finds:
//   1. the plugin's own dist/ (a local marketplace copied from a built tree, or `npm ci && npm run build` run
//      in the plugin directory);
//   2. the project's node_modules/codex-collab;
//   3. the codex-collab on PATH (`npm install -g codex-collab`, which the slash commands need anyway).
// When none is found the hooks stay inactive (fail open, exit 0) and SessionStart says once how to fix it.
// `launch.cjs --where` prints the lookup as JSON (used by `codex-collab doctor`).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const PACKAGE = "codex-collab";
const BUNDLES = ["session-start", "user-prompt-submit", "post-tool-use", "stop"];
const pluginRoot = path.dirname(__dirname);

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

/** The package behind a `codex-collab` command on PATH: npm links the bin (POSIX) or writes a .cmd shim beside node_modules (Windows). */
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

/** Candidate package roots in order of preference; later ones are only computed when needed. */
function* candidates(env) {
  yield { via: "plugin", root: pluginRoot };
  if (env.CLAUDE_PROJECT_DIR) yield { via: "project", root: path.join(env.CLAUDE_PROJECT_DIR, "node_modules", PACKAGE) };
  const onPath = packageOnPath(env);
  if (onPath) yield { via: "path", root: onPath };
}

function bundleFile(root, bundle) {
  return path.join(root, "dist", "hooks", `${bundle}.cjs`);
}

function locate(bundle, env) {
  const searched = [];
  for (const c of candidates(env)) {
    searched.push(c);
    if (fs.existsSync(bundleFile(c.root, bundle))) {
      const pkg = readManifest(c.root);
      return { found: { via: c.via, packageRoot: c.root, version: pkg ? pkg.version : null }, searched };
    }
  }
  return { found: null, searched };
}

function systemMessage(text) {
  process.stdout.write(JSON.stringify({ systemMessage: text }));
}

function main() {
  const env = process.env;
  const arg = process.argv[2];
  if (arg === "--where") {
    const own = readManifest(pluginRoot);
    const { found, searched } = locate(BUNDLES[0], env);
    process.stdout.write(`${JSON.stringify({ pluginRoot, pluginVersion: own ? own.version : null, found, searched }, null, 2)}\n`);
    return;
  }
  if (env.CODEX_COLLAB_DISABLE === "1") return;
  if (!BUNDLES.includes(arg)) {
    systemMessage(`codex-collab: hooks/hooks.json asks for an unknown hook "${arg}"; reinstall the plugin.`);
    return;
  }
  const { found } = locate(arg, env);
  if (!found) {
    // Only SessionStart speaks, so the user sees this once per session rather than on every prompt and edit.
    if (arg === "session-start") {
      systemMessage(
        "codex-collab: the plugin's hooks are inactive because no built codex-collab was found " +
          `(looked in ${path.join(pluginRoot, "dist")}, the project's node_modules and PATH). ` +
          "Install it with `npm install -g codex-collab` and start a new session; `codex-collab doctor` checks the setup.",
      );
    }
    return;
  }
  try {
    require(bundleFile(found.packageRoot, arg));
  } catch (e) {
    systemMessage(`codex-collab: the ${arg} hook from ${found.packageRoot} failed to load (${String(e && e.message).split("\n")[0]}).`);
  }
}

main();
