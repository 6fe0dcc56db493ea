// Ending codex's whole process tree. The runner starts codex in its own process group, but killing that
// group is not enough: codex 0.169.0 starts helpers in NEW sessions (measured: the login-shell environment
// snapshot `bash -lc ...` runs with its own sid/pgid), and those survive a group kill as orphans.
// So a stop first snapshots every descendant (walking parent pids) and signals their groups too.
import { spawnSync } from "node:child_process";
import { listProcsFromProc, type Proc } from "./procs.js";

function listProcsFromPs(): Proc[] {
  const r = spawnSync("ps", ["-A", "-o", "pid=", "-o", "ppid=", "-o", "pgid="], { encoding: "utf8" });
  if (r.status !== 0 || typeof r.stdout !== "string") return [];
  return r.stdout
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number))
    .filter((n) => n.length === 3 && n.every((x) => Number.isInteger(x)))
    .map(([pid, ppid, pgid]) => ({ pid: pid!, ppid: ppid!, pgid: pgid!, state: "" }));
}

/** The process groups of `root` and of all its live descendants (never our own group). */
export function treeGroups(root: number): number[] {
  const procs = listProcsFromProc() ?? listProcsFromPs();
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const own = procs.find((p) => p.pid === process.pid)?.pgid;
  const groups = new Set<number>([root]);
  const queue = [root];
  const seen = new Set<number>(queue);
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (seen.has(child.pid)) continue;
      seen.add(child.pid);
      queue.push(child.pid);
      if (child.pgid > 1 && child.pgid !== own) groups.add(child.pgid);
    }
  }
  return [...groups];
}

/** Signals every group in `groups` (POSIX), or the tree under `root` with taskkill (Windows). */
export function signalGroups(root: number, groups: Iterable<number>, signal: "SIGTERM" | "SIGKILL"): void {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(root), "/T", "/F"], { stdio: "ignore", windowsHide: true });
    return;
  }
  for (const g of groups) {
    try {
      process.kill(-g, signal);
    } catch {
      // ESRCH: that group is already gone.
    }
  }
}

/** Waits (bounded) until no process is left in any of `groups`; true when they are all gone. */
export async function waitGroupsGone(groups: Iterable<number>, maxMs: number): Promise<boolean> {
  const pending = new Set(groups);
  const deadline = Date.now() + maxMs;
  for (;;) {
    for (const g of pending) {
      try {
        process.kill(-g, 0);
      } catch {
        pending.delete(g);
      }
    }
    if (pending.size === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
