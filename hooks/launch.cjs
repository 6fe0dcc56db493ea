#!/usr/bin/env node
// Hook launcher for the Claude Code plugin route: hooks/hooks.json runs `node launch.cjs <bundle>`.
//
// Why it exists: Claude Code installs a plugin from a git marketplace as a clone, and dist/ is built, not
// committed, so neither the hook bundles nor dist/cli.js (which the slash commands run as
// ${CLAUDE_PLUGIN_ROOT}/dist/cli.js) are there. Measured with Claude Code 2.1.197: it runs `npm ci` without
// scripts for a plugin with a package-lock.json, so the dependencies (esbuild among them) are there but the build
// (`prepare`) never ran. This committed, dependency-free file makes ${CLAUDE_PLUGIN_ROOT}/dist usable on first
// use, then runs the hook from it:
//   1. the plugin's own complete dist/ is used as it is;
//   2. otherwise, when the plugin has its sources and node_modules, it builds dist/ in place with package.json's
//      own build:cli and build:hooks scripts (about 1.5 s, once per plugin version; into a temp dir, renamed
//      when complete, under a lock so concurrent hooks never build twice or see half a build);
//   3. otherwise it links dist/ to a built codex-collab elsewhere (a symlink; a junction on Windows): the
//      project's node_modules/codex-collab, else the codex-collab on PATH (`npm install -g codex-collab`).
//      A link left dangling (that package was removed) is replaced.
// When all of that fails the hooks stay inactive (fail open, exit 0) and SessionStart says once per session
// how to fix it. `launch.cjs --where` prints the lookup as JSON without changing anything (used by doctor).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const PACKAGE = "codex-collab";
const BUNDLES = ["session-start", "user-prompt-submit", "post-tool-use", "stop", "wake"];
const BUILD_SCRIPTS = ["build:cli", "build:hooks"];
/** Leaves room inside the shortest hook timeout (10 s) for the hook itself. */
const BUILD_BUDGET_MS = 7_000;
/** A build lock older than this was left by a killed hook. */
const STALE_LOCK_MS = 60_000;
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

function envKey(env, key) {
  if (process.platform !== "win32") return key;
  return Object.keys(env).find((k) => k.toUpperCase() === key) || key;
}

function safeRealpath(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

function firstLine(e) {
  return String((e && e.message) || e).split("\n")[0];
}

/** A dist/ is usable when it has the CLI and every hook bundle. */
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

// ---- 2. building in place -------------------------------------------------------------------------------

/** The build commands (package.json's own scripts), when the plugin has what they need; else null. */
function buildCommands() {
  const pkg = readManifest(pluginRoot);
  const scripts = (pkg && pkg.scripts) || {};
  const commands = BUILD_SCRIPTS.map((name) => scripts[name]);
  if (commands.some((c) => typeof c !== "string" || !/--outdir=dist(?=\s|$)/.test(c))) return null;
  const esbuild = path.join(pluginRoot, "node_modules", ".bin", process.platform === "win32" ? "esbuild.cmd" : "esbuild");
  if (!fs.existsSync(esbuild) || !fs.existsSync(path.join(pluginRoot, "src"))) return null;
  return commands;
}

function takeLock(lock) {
  try {
    fs.mkdirSync(lock);
    return true;
  } catch {
    try {
      if (Date.now() - fs.statSync(lock).mtimeMs < STALE_LOCK_MS) return false;
      fs.rmSync(lock, { recursive: true, force: true });
      fs.mkdirSync(lock);
      return true;
    } catch {
      return false;
    }
  }
}

/** Builds into a temp dir next to dist/ and renames it into place; returns null on success, else why not. */
function build(commands, env) {
  const lock = path.join(pluginRoot, ".dist-build.lock");
  if (!takeLock(lock)) return "another hook is building it right now";
  const tmpName = `.dist-build-${process.pid}`;
  const tmp = path.join(pluginRoot, tmpName);
  try {
    const deadline = Date.now() + BUILD_BUDGET_MS;
    const pathKey = envKey(env, "PATH");
    const buildEnv = { ...env, [pathKey]: path.join(pluginRoot, "node_modules", ".bin") + path.delimiter + (env[pathKey] || "") };
    for (const command of commands) {
      const r = spawnSync(command.replace(/--outdir=dist(?=\s|$)/, `--outdir=${tmpName}`), {
        cwd: pluginRoot,
        env: buildEnv,
        shell: true,
        stdio: ["ignore", "ignore", "pipe"],
        encoding: "utf8",
        timeout: Math.max(1, deadline - Date.now()),
        killSignal: "SIGKILL",
        windowsHide: true,
      });
      if (r.error) return `the build failed: ${firstLine(r.error)}`;
      if (r.status !== 0) return `the build failed (exit ${r.status}): ${String(r.stderr || "").trim().split("\n").slice(-1)[0] || "no message"}`;
    }
    if (!complete(tmp)) return "the build did not produce every bundle";
    fs.renameSync(tmp, pluginDist);
    return null;
  } catch (e) {
    return `the build failed: ${firstLine(e)}`;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

// ---- 3. linking to a built codex-collab elsewhere -------------------------------------------------------

/** The package behind a `codex-collab` command on PATH: npm links the bin (POSIX) or writes a shim beside node_modules (Windows). */
function packageOnPath(env) {
  const dirs = (env[envKey(env, "PATH")] || "").split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    if (process.platform === "win32") {
      if (![".cmd", ".ps1", ".exe"].some((ext) => fs.existsSync(path.join(dir, PACKAGE + ext)))) continue;
      const root = path.join(dir, "node_modules", PACKAGE);
      if (readManifest(root)) return root;
      continue;
    }
    const real = safeRealpath(path.join(dir, PACKAGE));
    const root = real && packageAbove(real);
    if (root) return root;
  }
  return null;
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

function link(target) {
  try {
    fs.symlinkSync(target, pluginDist, process.platform === "win32" ? "junction" : "dir");
    return null;
  } catch (e) {
    // Another hook may have built or linked it a moment ago.
    return distState() === "missing" ? `could not link ${pluginDist} to ${target} (${firstLine(e)})` : null;
  }
}

// ---- the lookup -----------------------------------------------------------------------------------------

/** Read-only: what the launcher would run, or does. */
function where(env) {
  const own = readManifest(pluginRoot);
  const version = own ? own.version : null;
  const dist = distState();
  const buildable = buildCommands() !== null;
  const searched = [{ via: "plugin", root: pluginRoot }];
  let found = null;
  if (dist === "built") found = { via: "plugin", packageRoot: pluginRoot, version };
  else if (dist === "linked") {
    const real = fs.realpathSync(pluginDist);
    const target = packageAbove(path.join(real, "cli.js"));
    const pkg = target ? readManifest(target) : null;
    found = { via: "link", packageRoot: target || real, version: pkg ? pkg.version : null };
  } else if (dist !== "incomplete") found = buildable ? { via: "build", packageRoot: pluginRoot, version } : findElsewhere(env, searched);
  return { pluginRoot, pluginVersion: version, dist, buildable, found, searched };
}

/** Makes ${CLAUDE_PLUGIN_ROOT}/dist usable; returns null when it is, else why not (a clause for the user). */
function ensureDist(env) {
  let state = distState();
  if (state === "built" || state === "linked") return null;
  if (state === "incomplete") return `${pluginDist} exists but is not a complete build (run \`npm run build\` in ${pluginRoot})`;
  if (state === "dangling") {
    try {
      fs.unlinkSync(pluginDist);
    } catch {
      // Replaced by another hook meanwhile: checked below.
    }
    state = distState();
    if (state === "built" || state === "linked") return null;
  }
  const commands = buildCommands();
  const buildProblem = commands ? build(commands, env) : "the plugin has no installed dependencies to build with";
  if (buildProblem === null || complete(pluginDist)) return null;
  const found = findElsewhere(env, []);
  if (!found) return `${pluginDist} is missing, it could not be built (${buildProblem}) and no built codex-collab was found in the project's node_modules or on PATH`;
  return link(path.join(found.packageRoot, "dist"));
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
  const problem = ensureDist(env);
  // Only SessionStart speaks, so the user sees a problem once per session rather than on every prompt and edit.
  const speak = arg === "session-start";
  if (problem !== null) {
    if (speak) {
      systemMessage(
        `codex-collab: the plugin's hooks and commands are inactive: ${problem}. ` +
          "Install codex-collab with `npm install -g codex-collab` and start a new session; `codex-collab doctor` checks the setup.",
      );
    }
    return;
  }
  try {
    require(path.join(pluginDist, "hooks", `${arg}.cjs`));
  } catch (e) {
    if (speak) systemMessage(`codex-collab: the ${arg} hook failed to load from ${pluginDist} (${firstLine(e)}).`);
  }
}

main();
