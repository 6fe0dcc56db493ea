import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  oneLine
} from "./chunk-XQ3S6CER.js";
import {
  listProcsFromProc
} from "./chunk-7YTQVAPM.js";
import {
  CodexAuthError,
  CodexNotFoundError
} from "./chunk-5EGK72M7.js";
import {
  execa
} from "./chunk-T7IDQBNB.js";

// src/codex/kill.ts
import { spawnSync } from "node:child_process";
function listProcsFromPs() {
  const r = spawnSync("ps", ["-A", "-o", "pid=", "-o", "ppid=", "-o", "pgid="], { encoding: "utf8" });
  if (r.status !== 0 || typeof r.stdout !== "string") return [];
  return r.stdout.split("\n").map((l) => l.trim().split(/\s+/).map(Number)).filter((n) => n.length === 3 && n.every((x) => Number.isInteger(x))).map(([pid, ppid, pgid]) => ({ pid, ppid, pgid, state: "" }));
}
function treeGroups(root) {
  const procs = listProcsFromProc() ?? listProcsFromPs();
  const children = /* @__PURE__ */ new Map();
  for (const p of procs) children.set(p.ppid, [...children.get(p.ppid) ?? [], p]);
  const own = procs.find((p) => p.pid === process.pid)?.pgid;
  const groups = /* @__PURE__ */ new Set([root]);
  const queue = [root];
  const seen = new Set(queue);
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()) ?? []) {
      if (seen.has(child.pid)) continue;
      seen.add(child.pid);
      queue.push(child.pid);
      if (child.pgid > 1 && child.pgid !== own) groups.add(child.pgid);
    }
  }
  return [...groups];
}
function signalGroups(root, groups, signal) {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(root), "/T", "/F"], { stdio: "ignore", windowsHide: true });
    return;
  }
  for (const g of groups) {
    try {
      process.kill(-g, signal);
    } catch {
    }
  }
}
async function waitGroupsGone(groups, maxMs) {
  const pending = new Set(groups);
  const deadline = Date.now() + maxMs;
  for (; ; ) {
    for (const g of pending) {
      try {
        process.kill(-g, 0);
      } catch {
        pending.delete(g);
      }
    }
    if (pending.size === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve3) => setTimeout(resolve3, 20));
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

// src/doctor/credentials.ts
import { existsSync } from "node:fs";
import { join as join2 } from "node:path";

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

// src/doctor/credentials.ts
var AUTH_ENV = ["CODEX_API_KEY", "OPENAI_API_KEY", "CODEX_ACCESS_TOKEN"];
var LOGIN_FIX = "codex login  # or, with an API key: printenv OPENAI_API_KEY | codex login --with-api-key";
function customProviderVerdict(env) {
  const configured = readActiveProvider(env);
  const provider = configured?.provider;
  if (!provider || provider.id === "openai" || provider.requiresOpenaiAuth === true) return void 0;
  const via = `model provider "${provider.id}" (${provider.source === "config" ? "" : `${provider.source} in `}${configured.file})`;
  if (provider.local) return { ok: true, message: `${via}: a local provider, no login needed` };
  if (!provider.defined) {
    return { ok: false, message: `config.toml selects ${via}, which is not defined there.`, fix: `Add a [model_providers.${provider.id}] table to ${configured.file}, or remove model_provider` };
  }
  if (provider.envKey === void 0) return { ok: true, message: `${via}: no env_key, no login needed` };
  if (env[provider.envKey]) return { ok: true, message: `${via}: its key comes from $${provider.envKey}, which is set` };
  return { ok: false, message: `${via} reads its key from $${provider.envKey}, which is not set.`, fix: `export ${provider.envKey}=<your key>` };
}
async function missingCredentials(env, bin, timeoutMs = 5e3) {
  const custom = customProviderVerdict(env);
  if (custom) return custom.ok ? null : new CodexAuthError(custom.message, custom.fix);
  if (AUTH_ENV.some((k) => env[k])) return null;
  if (existsSync(join2(codexHome(env), "auth.json"))) return null;
  const r = await probe(bin, ["login", "status"], { env, timeoutMs });
  if (r.exitCode !== 1) return null;
  const notLoggedIn = meaningfulLines(`${r.stdout}
${r.stderr}`).some((l) => /not logged in/i.test(l));
  return notLoggedIn ? new CodexAuthError("Codex is not logged in (codex login status).", LOGIN_FIX) : null;
}

// src/codex/bin.ts
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, isAbsolute, join as join3, resolve as resolve2 } from "node:path";
var CODEX_BIN_ENV = "CODEX_COLLAB_CODEX_BIN";
function isExecutableFile(path, platform) {
  try {
    if (!statSync(path).isFile()) return false;
    if (platform !== "win32") accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function envValue(env, key, platform) {
  if (platform !== "win32") return env[key];
  const found = Object.keys(env).find((k) => k.toUpperCase() === key);
  return found === void 0 ? void 0 : env[found];
}
function findOnPath(name, env = process.env, platform = process.platform) {
  const dirs = (envValue(env, "PATH", platform) ?? "").split(platform === "win32" ? ";" : delimiter).filter(Boolean);
  const exts = platform === "win32" ? ["", ...(envValue(env, "PATHEXT", platform) ?? ".COM;.EXE;.BAT;.CMD").split(";").filter(Boolean).map((e) => e.toLowerCase())] : [""];
  const hasExt = exts.some((e) => e !== "" && name.toLowerCase().endsWith(e));
  for (const dir of dirs) {
    for (const ext of exts) {
      if (platform === "win32" && ext === "" && !hasExt) continue;
      const candidate = join3(dir, name + ext);
      if (isExecutableFile(candidate, platform)) return candidate;
    }
  }
  return null;
}
function resolveCodexBin(env = process.env, platform = process.platform) {
  const configured = env[CODEX_BIN_ENV]?.trim();
  if (configured) {
    const looksLikePath = isAbsolute(configured) || configured.includes("/") || configured.includes("\\");
    if (looksLikePath) {
      const full = resolve2(configured);
      if (isExecutableFile(full, platform)) return full;
      throw new CodexNotFoundError(configured);
    }
    const found2 = findOnPath(configured, env, platform);
    if (found2) return found2;
    throw new CodexNotFoundError(configured);
  }
  const found = findOnPath("codex", env, platform);
  if (found) return found;
  throw new CodexNotFoundError("codex");
}

export {
  treeGroups,
  signalGroups,
  waitGroupsGone,
  PROBE_TIMEOUT_MS,
  probe,
  meaningfulLines,
  AUTH_ENV,
  LOGIN_FIX,
  customProviderVerdict,
  missingCredentials,
  CODEX_BIN_ENV,
  findOnPath,
  resolveCodexBin
};
