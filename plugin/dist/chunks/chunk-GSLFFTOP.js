import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  shArg
} from "./chunk-2NAXI352.js";
import {
  pendingWithJournal,
  workerAlive
} from "./chunk-P2E45VMS.js";
import {
  HOOK_EVENTS,
  LOCAL_RECORD,
  PACKAGE_NAME,
  findPackage,
  isOurHookHandler,
  parseSettingsLike
} from "./chunk-SVBWEANH.js";
import {
  execa
} from "./chunk-WP2NN3JG.js";
import {
  CODEX_BIN_ENV,
  findOnPath,
  resolveCodexBin,
  signalGroups,
  treeGroups
} from "./chunk-T6EGTHXK.js";
import {
  configPath,
  loadConfig
} from "./chunk-53BBWQ4D.js";
import {
  STATE_VERSION,
  StateFile,
  emptyState,
  oneLine
} from "./chunk-TAH6EO5F.js";
import {
  safeParse,
  stateFilePath
} from "./chunk-UPM4JHD7.js";
import {
  isCodexCollabError
} from "./chunk-CVUZ6IGW.js";

// src/doctor/checks.ts
import { readdirSync, readFileSync as readFileSync3, realpathSync } from "node:fs";
import { basename, dirname, join as join3, sep } from "node:path";

// src/doctor/codex-config.ts
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
var LOCAL_PROVIDERS = /* @__PURE__ */ new Set(["oss", "ollama", "lmstudio"]);
function codexHome(env) {
  return env.CODEX_HOME ? resolve(env.CODEX_HOME) : join(env.HOME || homedir(), ".codex");
}
function splitKey(key) {
  const parts = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/y;
  let m;
  while (re.lastIndex < key.length && (m = re.exec(key)) !== null) parts.push(m[1] !== void 0 ? unescape(m[1]) : m[2] ?? m[3] ?? "");
  return parts;
}
function unescape(s) {
  try {
    return JSON.parse(`"${s}"`);
  } catch {
    return s;
  }
}
function readValue(text) {
  const t = text.trim();
  let m = /^"((?:[^"\\]|\\.)*)"/.exec(t);
  if (m) return unescape(m[1] ?? "");
  m = /^'([^']*)'/.exec(t);
  if (m) return m[1] ?? "";
  m = /^(true|false)\b/.exec(t);
  if (m) return m[1] === "true";
  m = /^[+-]?\d+(?:\.\d+)?\b/.exec(t);
  if (m) return Number(m[0]);
  return void 0;
}
function splitInline(body) {
  const out = [];
  let cur = "";
  let quote = null;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === "\\" && quote === '"') {
        cur += c + (body[++i] ?? "");
        continue;
      }
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ",") {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}
function readTomlScalars(text) {
  const out = /* @__PURE__ */ new Map();
  let table = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("[[")) {
      table = null;
      continue;
    }
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      table = splitKey(header[1] ?? "");
      continue;
    }
    if (table === null) continue;
    const eq = /^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\s-])+?)\s*=\s*(.*)$/.exec(line);
    if (!eq) continue;
    const key = [...table, ...splitKey(eq[1] ?? "")];
    const rest = (eq[2] ?? "").trim();
    const inline = /^\{(.*)\}/.exec(rest);
    if (inline) {
      for (const pair of splitInline(inline[1] ?? "")) {
        const m = /^\s*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-])+)\s*=\s*(.*)$/.exec(pair);
        const value2 = m ? readValue(m[2] ?? "") : void 0;
        if (m && value2 !== void 0) out.set([...key, ...splitKey(m[1] ?? "")].join("\0"), value2);
      }
      continue;
    }
    const value = readValue(rest);
    if (value !== void 0) out.set(key.join("\0"), value);
  }
  return out;
}
function activeProvider(tomlText) {
  const v = readTomlScalars(tomlText);
  const str = (...key) => {
    const x = v.get(key.join("\0"));
    return typeof x === "string" ? x : void 0;
  };
  const profile = str("profile");
  const fromProfile = profile !== void 0 ? str("profiles", profile, "model_provider") : void 0;
  const fromConfig = str("model_provider");
  const id = fromProfile ?? fromConfig ?? "openai";
  const source = fromProfile !== void 0 ? `profile ${profile}` : fromConfig !== void 0 ? "config" : "default";
  const prefix = `model_providers\0${id}\0`;
  const defined = [...v.keys()].some((k) => k.startsWith(prefix));
  const envKey = str("model_providers", id, "env_key");
  const requires = v.get(`${prefix}requires_openai_auth`);
  return {
    id,
    source,
    defined,
    ...envKey !== void 0 ? { envKey } : {},
    ...typeof requires === "boolean" ? { requiresOpenaiAuth: requires } : {},
    local: LOCAL_PROVIDERS.has(id)
  };
}
function readActiveProvider(env) {
  const file = join(codexHome(env), "config.toml");
  try {
    return { file, provider: activeProvider(readFileSync(file, "utf8")) };
  } catch {
    return null;
  }
}

// src/doctor/probe.ts
var PROBE_TIMEOUT_MS = 5e3;
async function probe(bin, args, opts) {
  const sub = execa(bin, args, {
    env: opts.env,
    extendEnv: false,
    cwd: opts.cwd,
    input: "",
    reject: false,
    // Own process group (POSIX): codex's npm shim starts a native child that a plain kill would orphan.
    detached: process.platform !== "win32",
    windowsHide: true,
    maxBuffer: 4 * 1024 * 1024
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (sub.pid !== void 0) signalGroups(sub.pid, treeGroups(sub.pid), "SIGKILL");
  }, opts.timeoutMs ?? PROBE_TIMEOUT_MS);
  try {
    const r = await sub;
    const spawnError = r.failed && r.exitCode === void 0 && !timedOut && r.signal === void 0 ? oneLine(String(r.originalMessage ?? r.message ?? "spawn failed")) : void 0;
    return {
      exitCode: timedOut || r.exitCode === void 0 ? null : r.exitCode,
      stdout: typeof r.stdout === "string" ? r.stdout : "",
      stderr: typeof r.stderr === "string" ? r.stderr : "",
      timedOut,
      ...spawnError !== void 0 ? { spawnError } : {}
    };
  } finally {
    clearTimeout(timer);
  }
}
function meaningfulLines(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("WARNING:"));
}

// src/doctor/wiring.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { join as join2, resolve as resolve2 } from "node:path";
function userClaudeDirOf(env) {
  return env.CLAUDE_CONFIG_DIR ? resolve2(env.CLAUDE_CONFIG_DIR) : join2(env.HOME || homedir2(), ".claude");
}
function settingsLocations(root, env) {
  return [
    { scope: "project", file: join2(root, ".claude", "settings.json") },
    { scope: "local", file: join2(root, ".claude", "settings.local.json") },
    { scope: "user", file: join2(userClaudeDirOf(env), "settings.json") }
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
    return { event, command, bundle: bundle2, bundleExists: bundle2 !== null && existsSync(bundle2) };
  }
  const launcher = join2(root, m[1]);
  if (!existsSync(launcher)) return { event, command, bundle: launcher, bundleExists: false };
  const found = findPackage(root, env);
  if (found === null) {
    return { event, command, bundle: null, bundleExists: false, problem: `the project's launcher (${m[1]}) finds no codex-collab on this machine (no ${LOCAL_RECORD}, none on PATH)` };
  }
  const bundle = join2(found.packageRoot, "dist", "hooks", `${m[2]}.cjs`);
  return { event, command, bundle, bundleExists: existsSync(bundle) };
}
function scanSettings(scope, file, root = ".", env = process.env) {
  const scan = { scope, file, exists: false, hooks: [], plugins: [] };
  let text;
  try {
    text = readFileSync2(file, "utf8");
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
    const data = JSON.parse(readFileSync2(join2(userClaudeDir, "plugins", "installed_plugins.json"), "utf8"));
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
var AUTH_ENV = ["CODEX_API_KEY", "OPENAI_API_KEY", "CODEX_ACCESS_TOKEN"];
var LOGIN_FIX = "codex login  # or, with an API key: printenv OPENAI_API_KEY | codex login --with-api-key";
async function checkCodexLogin(ctx, bin) {
  const configured = readActiveProvider(ctx.env);
  const provider = configured?.provider;
  if (provider && provider.id !== "openai" && provider.requiresOpenaiAuth !== true) {
    const via = `model provider "${provider.id}" (${provider.source === "config" ? "" : `${provider.source} in `}${configured.file})`;
    if (provider.local) return result("codex-login", "ok", `${via}: a local provider, no login needed`);
    if (!provider.defined) {
      return result("codex-login", "error", `config.toml selects ${via}, which is not defined there.`, `Add a [model_providers.${provider.id}] table to ${configured.file}, or remove model_provider`);
    }
    if (provider.envKey === void 0) return result("codex-login", "ok", `${via}: no env_key, no login needed`);
    if (ctx.env[provider.envKey]) return result("codex-login", "ok", `${via}: its key comes from $${provider.envKey}, which is set`);
    return result("codex-login", "error", `${via} reads its key from $${provider.envKey}, which is not set.`, `export ${provider.envKey}=<your key>`);
  }
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
  const pluginRoot = roots.find((r) => readable(join3(r, "hooks", "hooks.json")));
  if (pluginRoot === void 0) {
    return result("hooks", "error", `The plugin ${pluginId} is enabled, but its files (hooks/hooks.json) were not found${roots.length ? ` in ${roots.join(", ")}` : ""}.`, reinstall);
  }
  const missing = pluginRuntimeFiles().filter((rel) => !readable(join3(pluginRoot, rel)));
  if (missing.length > 0) {
    return result("hooks", "error", `The plugin ${pluginId} (${pluginRoot}) lacks ${missing.join(", ")}: its hooks and commands cannot run.`, reinstall);
  }
  return result("hooks", "ok", `wired by the plugin ${pluginId} (${pluginRoot})`);
}
function readable(file) {
  try {
    readFileSync3(file);
    return true;
  } catch {
    return false;
  }
}
function readStateReadOnly(root) {
  const path = stateFilePath(root);
  let text;
  try {
    text = readFileSync3(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return { ok: true, state: null };
    return { ok: false, level: "error", message: `Cannot read ${path}: ${e.message}`, fix: `chmod u+rw ${shArg(path)}` };
  }
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
    return readdirSync(dirname(path)).filter((n) => n.startsWith(prefix)).sort();
  } catch {
    return [];
  }
}
function checkConfig(ctx) {
  try {
    loadConfig(ctx.root);
  } catch (e) {
    if (!isCodexCollabError(e)) throw e;
    return result("config", "error", e.message, `Fix ${configPath(ctx.root)} (or delete it to use the defaults)`);
  }
  return result("config", "ok", readable(configPath(ctx.root)) ? `${shownPath(ctx.root, configPath(ctx.root))} is valid` : "no .claude/codex-collab.json; defaults apply");
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
  const read = readStateReadOnly(ctx.root);
  const results = [node, codex.result, ...codexDetails, hooks, checkConfig(ctx), checkState(ctx, read)];
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
