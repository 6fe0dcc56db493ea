import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/codex/procs.ts
import { readdirSync, readFileSync } from "node:fs";
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}
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
    const f = statFields(name);
    if (f) procs.push({ pid: Number(name), ppid: Number(f[1]), pgid: Number(f[2]), state: f[0] ?? "" });
  }
  return procs;
}
function spawnSyncLazy() {
  const get = process.getBuiltinModule;
  return get?.("node:child_process")?.spawnSync;
}
function psField(pid, field) {
  const spawnSync = spawnSyncLazy();
  if (!spawnSync) return null;
  const r = spawnSync("ps", ["-o", `${field}=`, "-p", String(pid)], { encoding: "utf8" });
  const out = typeof r.stdout === "string" ? r.stdout.trim() : "";
  return r.status === 0 && out !== "" ? out : null;
}
function processStart(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  if (process.platform === "linux") {
    const f = statFields(pid);
    return f ? `t${f[19]}` : null;
  }
  if (process.platform === "win32") return null;
  return psField(pid, "lstart");
}
function sameProcessAlive(pid, start) {
  if (start === null) return false;
  if (process.platform === "linux") {
    const f = statFields(pid);
    return f !== null && f[0] !== "Z" && `t${f[19]}` === start;
  }
  return processStart(pid) === start;
}
function groupExists(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

export {
  listProcsFromProc,
  processStart,
  sameProcessAlive,
  groupExists
};
