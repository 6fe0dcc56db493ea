// Reading the process table without starting a process: /proc on Linux, `ps` elsewhere (node:child_process is
// loaded only then, so the hooks, which import this, do not pay for it on Linux).
import { readdirSync, readFileSync } from "node:fs";

export interface Proc {
  pid: number;
  ppid: number;
  pgid: number;
  /** One letter: R running, S sleeping, Z zombie, ... ("" when unknown). */
  state: string;
}

/** "pid (comm) state ppid pgrp ..." → the fields after comm (comm itself may hold spaces and parentheses). */
function statFields(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

export function listProcsFromProc(): Proc[] | null {
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return null;
  }
  const procs: Proc[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const f = statFields(name);
    // Null: the process exited while we looked.
    if (f) procs.push({ pid: Number(name), ppid: Number(f[1]), pgid: Number(f[2]), state: f[0] ?? "" });
  }
  return procs;
}

type SpawnSync = typeof import("node:child_process").spawnSync;

/** node:child_process without a static import (Node >= 20.16 has process.getBuiltinModule). */
function spawnSyncLazy(): SpawnSync | undefined {
  const get = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  return (get?.("node:child_process") as { spawnSync?: SpawnSync } | undefined)?.spawnSync;
}

function psField(pid: number, field: string): string | null {
  const spawnSync = spawnSyncLazy();
  if (!spawnSync) return null;
  const r = spawnSync("ps", ["-o", `${field}=`, "-p", String(pid)], { encoding: "utf8" });
  const out = typeof r.stdout === "string" ? r.stdout.trim() : "";
  return r.status === 0 && out !== "" ? out : null;
}

/**
 * When a process started, as an opaque token that differs between two processes that had the same pid (pid reuse);
 * null when it does not exist or this platform cannot tell.
 */
export function processStart(pid: number): string | null {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  if (process.platform === "linux") {
    const f = statFields(pid);
    // Field 22 of stat (starttime, clock ticks since boot) is the 20th after comm.
    return f ? `t${f[19]}` : null;
  }
  if (process.platform === "win32") return null;
  return psField(pid, "lstart");
}

/** Whether a process runs with this pid and the same start (a zombie counts as gone). */
export function sameProcessAlive(pid: number, start: string | null): boolean {
  if (start === null) return false;
  if (process.platform === "linux") {
    const f = statFields(pid);
    return f !== null && f[0] !== "Z" && `t${f[19]}` === start;
  }
  return processStart(pid) === start;
}

/** Whether any process is still in group `pgid` (signal 0 reaches the group). */
export function groupExists(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
