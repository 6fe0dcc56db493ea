import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  CodexNotFoundError
} from "./chunk-CVUZ6IGW.js";

// src/codex/bin.ts
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, isAbsolute, join, resolve } from "node:path";
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
      const candidate = join(dir, name + ext);
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
      const full = resolve(configured);
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

// src/codex/kill.ts
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
function listProcsFromProc() {
  let names;
  try {
    names = readdirSync("/proc");
  } catch {
    return null;
  }
  const procs = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "latin1");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      procs.push({ pid: Number(name), ppid: Number(f[1]), pgid: Number(f[2]) });
    } catch {
    }
  }
  return procs;
}
function listProcsFromPs() {
  const r = spawnSync("ps", ["-A", "-o", "pid=", "-o", "ppid=", "-o", "pgid="], { encoding: "utf8" });
  if (r.status !== 0 || typeof r.stdout !== "string") return [];
  return r.stdout.split("\n").map((l) => l.trim().split(/\s+/).map(Number)).filter((n) => n.length === 3 && n.every((x) => Number.isInteger(x))).map(([pid, ppid, pgid]) => ({ pid, ppid, pgid }));
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
    await new Promise((resolve2) => setTimeout(resolve2, 20));
  }
}

export {
  CODEX_BIN_ENV,
  findOnPath,
  resolveCodexBin,
  treeGroups,
  signalGroups,
  waitGroupsGone
};
