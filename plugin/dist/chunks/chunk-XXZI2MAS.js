import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  shArg
} from "./chunk-2NAXI352.js";
import {
  HOOK_EVENTS,
  LOCAL_RECORD,
  PACKAGE_NAME,
  findPackage,
  isOurHookHandler,
  parseSettingsLike
} from "./chunk-7EDPVFEX.js";
import {
  pendingWithJournal,
  workerAlive
} from "./chunk-3BVNDHKI.js";
import {
  AUTH_ENV,
  CODEX_BIN_ENV,
  LOGIN_FIX,
  PROBE_TIMEOUT_MS,
  customProviderVerdict,
  findOnPath,
  meaningfulLines,
  probe,
  resolveCodexBin
} from "./chunk-P7EYBF34.js";
import {
  COMMITTED_MARK,
  STATE_VERSION,
  StateFile,
  committedStatePaths,
  emptyState,
  oneLine
} from "./chunk-XQ3S6CER.js";
import {
  describeRefused,
  loadConfigReport,
  localConfigPath,
  userClaudeDirOf,
  userConfigPath
} from "./chunk-2N2Y57GQ.js";
import {
  safeParse
} from "./chunk-O76QQAV3.js";
import {
  ConfigError,
  STATE_FILE_NAME,
  UNSAFE_MARK,
  UnsafePathError,
  isCodexCollabError,
  readPrivate,
  stateDir,
  stateFilePath
} from "./chunk-5EGK72M7.js";

// src/doctor/checks.ts
import { readdirSync as readdirSync3, readFileSync as readFileSync2, realpathSync } from "node:fs";
import { basename, dirname, join as join4, sep } from "node:path";

// src/doctor/state-committed.ts
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
function movedAside(root) {
  try {
    return readdirSync(root).filter((n) => n.startsWith(STATE_FILE_NAME) && n.includes(COMMITTED_MARK)).sort();
  } catch {
    return [];
  }
}
function gitStateEntries(root) {
  return existsSync(join(root, ".git")) ? committedStatePaths(root) : null;
}
function checkStateCommitted(root, entries = gitStateEntries(root)) {
  const tracked = entries?.tracked ?? [];
  const aside = movedAside(root);
  if (tracked.length > 0) {
    return {
      id: "state-committed",
      ok: false,
      level: "warn",
      message: `git tracks codex-collab's state (${tracked.join(", ")}): a repository's state is never trusted \u2014 the hooks move the committed text aside and start fresh, but every checkout brings it back.${aside.length > 0 ? ` Moved aside so far: ${aside.join(", ")}.` : ""}`,
      fix: `git rm -r --cached -- ${shArg(STATE_FILE_NAME)} ${shArg(`${STATE_FILE_NAME}.d`)} && printf '%s\\n' ${shArg(STATE_FILE_NAME)} ${shArg(`${STATE_FILE_NAME}.*`)} >> .gitignore && git commit -m "Untrack codex-collab state"`
    };
  }
  if (aside.length > 0) {
    return {
      id: "state-committed",
      ok: true,
      level: "warn",
      message: `A state this repository had committed was moved aside, never used: ${aside.join(", ")}.`,
      fix: `Check who committed it (git log --stat -- ${shArg(STATE_FILE_NAME)} ${shArg(`${STATE_FILE_NAME}.d`)}), then delete the moved-aside copies`
    };
  }
  return { id: "state-committed", ok: true, level: "ok", message: "git tracks none of codex-collab's state" };
}

// src/doctor/state-paths.ts
import { lstatSync, readdirSync as readdirSync2 } from "node:fs";
import { join as join2 } from "node:path";
function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function names(dir) {
  try {
    return readdirSync2(dir);
  } catch {
    return [];
  }
}
function checkStatePaths(root) {
  const planted = [stateFilePath(root), stateDir(root)].filter(isLink);
  if (planted.length > 0) {
    return {
      id: "state-paths",
      ok: false,
      level: "error",
      message: `${planted.join(" and ")} ${planted.length === 1 ? "is a symbolic link" : "are symbolic links"} (a repository may have planted ${planted.length === 1 ? "it" : "them"}): codex-collab never writes through ${planted.length === 1 ? "it" : "them"}, and the next hook or command moves ${planted.length === 1 ? "it" : "them"} aside.`,
      fix: `rm ${planted.map(shArg).join(" ")}  # removes only the link${planted.length === 1 ? "" : "s"}; then check who committed ${planted.length === 1 ? "it" : "them"}`
    };
  }
  const aside = [
    ...names(root).filter((n) => n.startsWith(STATE_FILE_NAME) && (n.includes(UNSAFE_MARK) || n.includes(".corrupt-") && isLink(join2(root, n)))),
    ...names(stateDir(root)).filter((n) => n.includes(UNSAFE_MARK)).map((n) => `${STATE_FILE_NAME}.d/${n}`)
  ].sort();
  if (aside.length > 0) {
    return {
      id: "state-paths",
      ok: true,
      level: "warn",
      message: `Links planted where codex-collab keeps its files were moved aside, never written through: ${aside.join(", ")}.`,
      fix: `Check who committed them (git log --stat -- ${shArg(STATE_FILE_NAME)}*), then delete them`
    };
  }
  return { id: "state-paths", ok: true, level: "ok", message: "no links where codex-collab keeps its files" };
}

// src/doctor/wiring.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { join as join3 } from "node:path";
function settingsLocations(root, env) {
  return [
    { scope: "project", file: join3(root, ".claude", "settings.json") },
    { scope: "local", file: join3(root, ".claude", "settings.local.json") },
    { scope: "user", file: join3(userClaudeDirOf(env), "settings.json") }
  ];
}
function bundleOfCommand(command) {
  const m = /\bnode\s+"((?:[^"\\]|\\.)*)"\s*$/.exec(command);
  return m ? (m[1] ?? "").replace(/\\(.)/g, "$1") : null;
}
function isObject(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
var LAUNCHER_COMMAND = /\bnode\s+"\$CLAUDE_PROJECT_DIR\/((?:[^"\\]|\\.)*)"\s+hook\s+([a-z-]+)\s*$/;
function wiredHook(event, command, root, env) {
  const m = LAUNCHER_COMMAND.exec(command);
  if (!m) {
    const bundle2 = bundleOfCommand(command);
    return { event, command, bundle: bundle2, bundleExists: bundle2 !== null && existsSync2(bundle2) };
  }
  const launcher = join3(root, m[1]);
  if (!existsSync2(launcher)) return { event, command, bundle: launcher, bundleExists: false };
  const found = findPackage(root, env);
  if (found === null) {
    return { event, command, bundle: null, bundleExists: false, problem: `the project's launcher (${m[1]}) finds no codex-collab on this machine (no ${LOCAL_RECORD}, none on PATH)` };
  }
  const bundle = join3(found.packageRoot, "dist", "hooks", `${m[2]}.cjs`);
  return { event, command, bundle, bundleExists: existsSync2(bundle) };
}
function scanSettings(scope, file, root = ".", env = process.env) {
  const scan = { scope, file, exists: false, hooks: [], plugins: [] };
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if (e.code !== "ENOENT") scan.error = `cannot read ${file}: ${e.message}`;
    return scan;
  }
  scan.exists = true;
  if (text.trim() === "") return scan;
  let value;
  try {
    value = parseSettingsLike(file, text);
  } catch (e) {
    if (!isCodexCollabError(e)) throw e;
    scan.error = e.message.replace(/ Nothing was changed\.$/, "");
    return scan;
  }
  if (!isObject(value)) {
    scan.error = `${file}: the top level must be a JSON object`;
    return scan;
  }
  if (isObject(value.hooks)) {
    for (const [event, groups] of Object.entries(value.hooks)) {
      if (!Array.isArray(groups)) continue;
      for (const group of groups) {
        const handlers = isObject(group) && Array.isArray(group.hooks) ? group.hooks : [];
        for (const h of handlers) {
          if (!isOurHookHandler(h)) continue;
          scan.hooks.push(wiredHook(event, h.command, root, env));
        }
      }
    }
  }
  if (isObject(value.enabledPlugins)) {
    for (const [id, on] of Object.entries(value.enabledPlugins)) if (on === true && id.startsWith(`${PACKAGE_NAME}@`)) scan.plugins.push(id);
  }
  return scan;
}
function pluginInstallPaths(userClaudeDir, pluginId) {
  try {
    const data = JSON.parse(readFileSync(join3(userClaudeDir, "plugins", "installed_plugins.json"), "utf8"));
    const entries = isObject(data) && isObject(data.plugins) ? data.plugins[pluginId] : void 0;
    const list = Array.isArray(entries) ? entries : isObject(entries) ? [entries] : [];
    return list.flatMap((e) => isObject(e) && typeof e.installPath === "string" ? [e.installPath] : []);
  } catch {
    return [];
  }
}
function pluginRuntimeFiles() {
  const hooks = ["session-start", "user-prompt-submit", "post-tool-use", "stop"];
  return ["dist/cli.js", ...hooks.flatMap((h) => [`dist/hooks/${h}.cjs`, `dist/hooks/${h}.main.cjs`])];
}

// src/doctor/checks.ts
var MIN_NODE_MAJOR = 20;
var TESTED_CODEX_VERSION = "0.169.0";
var CODEX_INSTALL_COMMAND = "npm install -g @openai/codex";
function result(id, level, message, fix) {
  return { id, ok: level !== "error", level, message, ...fix !== void 0 ? { fix } : {} };
}
function installCommand(root, scope) {
  return scope === "user" ? "codex-collab install --scope user" : `codex-collab install --project ${shArg(root)}${scope === "local" ? " --scope local" : ""}`;
}
function majorOf(version) {
  return Number(/^v?(\d+)/.exec(version)?.[1] ?? NaN);
}
function compareVersions(a, b) {
  const pa = a.split(/[.+-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.+-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Number.isNaN(d) ? 0 : d;
  }
  return 0;
}
var NODE_FIX = `Install Node.js ${MIN_NODE_MAJOR} or newer (https://nodejs.org, or: nvm install ${MIN_NODE_MAJOR})`;
async function checkNode(ctx) {
  const own = process.versions.node;
  if (majorOf(own) < MIN_NODE_MAJOR) return result("node", "error", `Node.js ${own} is too old (codex-collab needs ${MIN_NODE_MAJOR} or newer).`, NODE_FIX);
  const onPath = findOnPath("node", ctx.env);
  if (onPath === null) {
    return result("node", "warn", `Node.js ${own}, but there is no \`node\` on PATH: the hooks run \`node \u2026\` and would fail.`, "Put the directory of a Node.js 20+ `node` on the PATH that Claude Code starts with");
  }
  let same = false;
  try {
    same = realpathSync(onPath) === realpathSync(process.execPath);
  } catch {
  }
  if (same) return result("node", "ok", `Node.js ${own} (${onPath})`);
  const r = await probe(onPath, ["--version"], { env: ctx.env, timeoutMs: ctx.timeoutMs });
  const theirs = r.stdout.trim();
  if (r.exitCode !== 0 || !/^v\d/.test(theirs)) return result("node", "warn", `Node.js ${own}, but \`${onPath} --version\` did not answer (${describeFailure(r)}).`, NODE_FIX);
  if (majorOf(theirs) < MIN_NODE_MAJOR) return result("node", "error", `The \`node\` on PATH (${onPath}) is ${theirs}; the hooks run with it and need ${MIN_NODE_MAJOR} or newer.`, NODE_FIX);
  return result("node", "ok", `Node.js ${own}; hooks use ${onPath} (${theirs})`);
}
function describeFailure(r) {
  if (r.timedOut) return `no answer within ${PROBE_TIMEOUT_MS / 1e3} s`;
  if (r.spawnError) return r.spawnError;
  const tail = meaningfulLines(r.stderr).slice(-2).join(" ");
  return `exit ${r.exitCode}${tail ? `: ${oneLine(tail).slice(0, 200)}` : ""}`;
}
function checkCodexBin(ctx) {
  const configured = ctx.env[CODEX_BIN_ENV]?.trim();
  try {
    const bin = resolveCodexBin(ctx.env);
    return { bin, result: result("codex", "ok", `codex: ${bin}${configured ? ` (from ${CODEX_BIN_ENV})` : ""}`) };
  } catch (e) {
    if (!isCodexCollabError(e)) throw e;
    if (configured) {
      return {
        result: result(
          "codex",
          "error",
          `${CODEX_BIN_ENV}=${configured} is not an executable codex.`,
          `unset ${CODEX_BIN_ENV}  # or set it to the full path of an executable codex; to install one: ${CODEX_INSTALL_COMMAND}`
        )
      };
    }
    return {
      result: result(
        "codex",
        "error",
        `The Codex CLI was not found on PATH (set ${CODEX_BIN_ENV} to its path if it is installed elsewhere).`,
        `${CODEX_INSTALL_COMMAND}  # or: export ${CODEX_BIN_ENV}=/path/to/codex`
      )
    };
  }
}
async function checkCodexVersion(ctx, bin) {
  const r = await probe(bin, ["--version"], { env: ctx.env, timeoutMs: ctx.timeoutMs });
  const version = /(\d+\.\d+\.\d+\S*)/.exec(r.stdout)?.[1];
  if (r.exitCode !== 0 || version === void 0) {
    return result("codex-version", "error", `\`codex --version\` failed (${describeFailure(r)}): the installation looks broken.`, CODEX_INSTALL_COMMAND);
  }
  if (compareVersions(version, TESTED_CODEX_VERSION) < 0) {
    return result("codex-version", "warn", `codex ${version} is older than ${TESTED_CODEX_VERSION}, the release codex-collab is tested with.`, `${CODEX_INSTALL_COMMAND}@latest`);
  }
  return result("codex-version", "ok", `codex ${version}`);
}
var EXEC_FLAGS = ["--json", "--sandbox", "--output-schema", "--skip-git-repo-check"];
function mentions(help, flag) {
  return new RegExp(`(^|[\\s,])${flag}(?![\\w-])`, "m").test(help);
}
async function checkCodexFlags(ctx, bin) {
  const [exec, resume] = await Promise.all([
    probe(bin, ["exec", "--help"], { env: ctx.env, timeoutMs: ctx.timeoutMs }),
    probe(bin, ["exec", "resume", "--help"], { env: ctx.env, timeoutMs: ctx.timeoutMs })
  ]);
  const fix = `${CODEX_INSTALL_COMMAND}@latest`;
  if (exec.exitCode !== 0) return result("codex-flags", "error", `\`codex exec --help\` failed (${describeFailure(exec)}).`, fix);
  const missing = EXEC_FLAGS.filter((f) => !mentions(exec.stdout, f));
  if (resume.exitCode !== 0) return result("codex-flags", "error", `\`codex exec resume\` is not available (${describeFailure(resume)}); sessions cannot continue.`, fix);
  if (!mentions(resume.stdout, "-c") && !mentions(resume.stdout, "--config")) missing.push("exec resume -c/--config");
  if (missing.length > 0) return result("codex-flags", "error", `This codex lacks flags codex-collab relies on: ${missing.join(", ")}.`, fix);
  return result("codex-flags", "ok", `codex exec supports ${EXEC_FLAGS.join(", ")}; exec resume supports -c`);
}
async function checkCodexLogin(ctx, bin) {
  const custom = customProviderVerdict(ctx.env);
  if (custom) return result("codex-login", custom.ok ? "ok" : "error", custom.message, custom.fix);
  const r = await probe(bin, ["login", "status"], { env: ctx.env, timeoutMs: ctx.timeoutMs });
  const said = meaningfulLines(`${r.stdout}
${r.stderr}`);
  if (r.exitCode === 0) {
    const how = (said.find((l) => /logged in|configured/i.test(l)) ?? "logged in").replace(/\s+-\s+\S.*$/, "");
    return result("codex-login", "ok", how);
  }
  if (r.timedOut || r.spawnError) return result("codex-login", "warn", `Could not ask codex for its login state (${describeFailure(r)}).`, "codex login status");
  const fromEnv = AUTH_ENV.find((k) => ctx.env[k]);
  if (fromEnv) return result("codex-login", "ok", `No stored login, but $${fromEnv} is set; codex uses it`);
  const notLoggedIn = said.some((l) => /not logged in/i.test(l));
  return result("codex-login", "error", notLoggedIn ? "Codex is not logged in." : `\`codex login status\` failed (${describeFailure(r)}).`, LOGIN_FIX);
}
function shownPath(root, file) {
  return file.startsWith(root + sep) ? file.slice(root.length + 1) : file;
}
async function checkHooks(ctx) {
  const scans = settingsLocations(ctx.root, ctx.env).map(({ scope, file }) => scanSettings(scope, file, ctx.root, ctx.env));
  const broken = scans.find((s) => s.error !== void 0);
  if (broken) return result("hooks", "error", `${broken.error} \u2014 Claude Code cannot read it either.`, `Fix the JSON in ${broken.file}`);
  const wired = scans.filter((s) => s.hooks.length > 0);
  const pluginIds = [...new Set(scans.flatMap((s) => s.plugins))];
  const plugin = pluginIds.length > 0 ? await pluginRoute(ctx, pluginIds[0]) : void 0;
  if (wired.length === 0) {
    if (plugin) return plugin;
    return result(
      "hooks",
      "warn",
      "The hooks are not wired (no codex-collab entries in the project, local or user Claude Code settings, and no enabled codex-collab plugin): task classification, automatic reviews and the Stop gate are off.",
      installCommand(ctx.root, "project")
    );
  }
  for (const s of wired) {
    const bad = s.hooks.find((h) => !h.bundleExists);
    if (bad) {
      if (bad.problem !== void 0) return result("hooks", "error", `${shownPath(ctx.root, s.file)}: the ${bad.event} hook cannot run: ${bad.problem}.`, installCommand(ctx.root, s.scope));
      const what = bad.bundle === null ? `a ${bad.event} hook command we do not recognise (${bad.command})` : `${bad.bundle}, which does not exist (package moved or removed)`;
      return result("hooks", "error", `${shownPath(ctx.root, s.file)}: the ${bad.event} hook runs ${what}.`, installCommand(ctx.root, s.scope));
    }
  }
  for (const s of wired) {
    const events = new Set(s.hooks.map((h) => h.event));
    const missing = HOOK_EVENTS.filter((e) => !events.has(e));
    if (missing.length > 0) return result("hooks", "warn", `${shownPath(ctx.root, s.file)} wires only ${[...events].join(", ")}; missing ${missing.join(", ")}.`, installCommand(ctx.root, s.scope));
  }
  const where = wired.map((s) => `${shownPath(ctx.root, s.file)} (${s.scope})`).join(" and ");
  const bundleDirs = [...new Set(wired.flatMap((s) => s.hooks.map((h) => dirname(h.bundle ?? ""))))];
  if (wired.length > 1) {
    const extra = wired[wired.length - 1];
    return result("hooks", "warn", `The hooks are wired twice, in ${where}: every hook runs twice.`, `codex-collab uninstall ${extra.scope === "user" ? "--scope user" : `--project ${shArg(ctx.root)} --scope ${extra.scope}`}`);
  }
  if (plugin) {
    return result(
      "hooks",
      "warn",
      `The hooks are wired in ${where} and by the enabled plugin ${pluginIds[0]}: every hook runs twice.`,
      `claude plugin disable ${pluginIds[0]}  # or: codex-collab uninstall ${wired[0].scope === "user" ? "--scope user" : `--project ${shArg(ctx.root)} --scope ${wired[0].scope}`}`
    );
  }
  return result("hooks", "ok", `wired in ${where}; bundles in ${bundleDirs.join(", ")}`);
}
async function pluginRoute(ctx, pluginId) {
  const reinstall = `claude plugin uninstall ${pluginId} && claude plugin install ${pluginId}`;
  const roots = pluginInstallPaths(userClaudeDirOf(ctx.env), pluginId);
  const pluginRoot = roots.find((r) => readable(join4(r, "hooks", "hooks.json")));
  if (pluginRoot === void 0) {
    return result("hooks", "error", `The plugin ${pluginId} is enabled, but its files (hooks/hooks.json) were not found${roots.length ? ` in ${roots.join(", ")}` : ""}.`, reinstall);
  }
  const missing = pluginRuntimeFiles().filter((rel) => !readable(join4(pluginRoot, rel)));
  if (missing.length > 0) {
    return result("hooks", "error", `The plugin ${pluginId} (${pluginRoot}) lacks ${missing.join(", ")}: its hooks and commands cannot run.`, reinstall);
  }
  return result("hooks", "ok", `wired by the plugin ${pluginId} (${pluginRoot})`);
}
function readable(file) {
  try {
    readFileSync2(file);
    return true;
  } catch {
    return false;
  }
}
function readStateReadOnly(root) {
  const path = stateFilePath(root);
  let text;
  try {
    text = readPrivate(path);
  } catch (e) {
    if (e instanceof UnsafePathError) return { ok: false, level: "error", message: e.message, fix: `rm ${shArg(path)}  # removes only the link` };
    return { ok: false, level: "error", message: `Cannot read ${path}: ${e.message}`, fix: `chmod u+rw ${shArg(path)}` };
  }
  if (text === null) return { ok: true, state: null };
  const corrupt = (why) => ({
    ok: false,
    level: "error",
    message: `${path} is unusable (${why}). The next hook or command will move it aside and start a fresh state.`,
    fix: `mv ${shArg(path)} ${shArg(`${path}.corrupt-manual`)}  # keeps a copy; sessions and reviews recorded there are dropped`
  });
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return corrupt(`not valid JSON: ${oneLine(e.message)}`);
  }
  const version = typeof raw === "object" && raw !== null ? raw.version : void 0;
  if (typeof version === "number" && version > STATE_VERSION) {
    return {
      ok: false,
      level: "error",
      message: `${path} was written by a newer codex-collab (state version ${version}; this one understands ${STATE_VERSION}).`,
      fix: "Install a newer codex-collab (README \u2192 Install: npm pack, then npm install -g ./codex-collab-<version>.tgz; or update the plugin)"
    };
  }
  const parsed = safeParse(StateFile, raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return corrupt(`invalid content: ${first ? `${first.path.map(String).join(".") || "(root)"}: ${first.message}` : "schema mismatch"}`);
  }
  return { ok: true, state: parsed.data };
}
function checkState(ctx, read = readStateReadOnly(ctx.root)) {
  if (!read.ok) return result("state", read.level, read.message, read.fix);
  const path = stateFilePath(ctx.root);
  const moved = corruptCopies(path);
  const note = moved.length > 0 ? `; ${moved.length} earlier unusable cop${moved.length === 1 ? "y was" : "ies were"} moved aside (${moved.slice(-1)[0]})` : "";
  if (read.state === null) return result("state", "ok", `no state file yet (${basename(path)} is created on first use)${note}`);
  const s = read.state;
  return result("state", "ok", `${basename(path)}: version ${s.version}, ${Object.keys(s.sessions).length} sessions, ${s.reviews.length} reviews, ${s.pendingEdits.length} pending edits${note}`);
}
function corruptCopies(path) {
  try {
    const prefix = `${basename(path)}.corrupt-`;
    return readdirSync3(dirname(path)).filter((n) => n.startsWith(prefix)).sort();
  } catch {
    return [];
  }
}
function checkConfig(ctx) {
  let report;
  try {
    report = loadConfigReport(ctx.root, ctx.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return result("config", "error", e.message, `Fix ${e.file} (or delete it to use the defaults)`);
  }
  const refused = describeRefused(ctx.root, report, ctx.env);
  if (refused.length > 0) {
    return result("config", "warn", `A repository file tried to loosen safety and was overruled: ${refused.join(" ")}`, `Only if you trust this repository: put those keys in ${localConfigPath(ctx.root)} (untracked) or ${userConfigPath(ctx.env)}`);
  }
  const files = Object.entries(report.files).map(([scope, file]) => `${shownPath(ctx.root, file)} (${scope})`);
  return result("config", "ok", files.length > 0 ? `${files.join(", ")} valid` : "no codex-collab config files; defaults apply");
}
function checkWorker(ctx, state) {
  const now = ctx.now ?? /* @__PURE__ */ new Date();
  const pending = pendingWithJournal(state ?? emptyState(), ctx.root).length;
  const worker = state?.worker ?? null;
  const alive = workerAlive(worker, now);
  if (alive) return result("worker", "ok", `review worker running (pid ${worker.pid}), ${pending} pending edit${pending === 1 ? "" : "s"}`);
  const running = state?.reviews.filter((r) => r.status === "running").length ?? 0;
  if (pending === 0 && running === 0) return result("worker", "ok", "no pending edits, no review worker needed");
  const dead = worker ? `the review worker (pid ${worker.pid}, last heartbeat ${worker.heartbeatAt}) is gone` : "no review worker is running";
  const parts = [pending > 0 ? `${pending} edit${pending === 1 ? "" : "s"} wait for review` : "", running > 0 ? `${running} review${running === 1 ? "" : "s"} marked running` : ""].filter(Boolean);
  return result("worker", "warn", `${parts.join(" and ")}, but ${dead}.`, `codex-collab review-worker --project ${shArg(ctx.root)}`);
}
async function runChecks(ctx) {
  const codex = checkCodexBin(ctx);
  const [node, codexDetails, hooks] = await Promise.all([
    checkNode(ctx),
    codex.bin === void 0 ? Promise.resolve([]) : Promise.all([checkCodexVersion(ctx, codex.bin), checkCodexFlags(ctx, codex.bin), checkCodexLogin(ctx, codex.bin)]),
    checkHooks(ctx)
  ]);
  const entries = gitStateEntries(ctx.root);
  const read = entries?.state ? { ok: true, state: null } : readStateReadOnly(ctx.root);
  const results = [node, codex.result, ...codexDetails, hooks, checkConfig(ctx), checkStatePaths(ctx.root), checkStateCommitted(ctx.root, entries), checkState(ctx, read)];
  if (read.ok) results.push(checkWorker(ctx, read.state));
  return results;
}
function exitCodeFor(results) {
  return results.some((r) => r.level === "error") ? 1 : 0;
}

export {
  MIN_NODE_MAJOR,
  TESTED_CODEX_VERSION,
  CODEX_INSTALL_COMMAND,
  compareVersions,
  checkNode,
  checkCodexBin,
  checkCodexVersion,
  EXEC_FLAGS,
  checkCodexFlags,
  checkCodexLogin,
  checkHooks,
  readStateReadOnly,
  checkState,
  checkConfig,
  checkWorker,
  runChecks,
  exitCodeFor
};
