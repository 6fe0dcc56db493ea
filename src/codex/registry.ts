// Which codex process groups are running, and for whom. codex runs in its own process group (so a stop reaches its
// whole tree), which also means it survives its owner: a CLI or worker killed with SIGKILL (OOM killer, kill -9)
// leaves codex running, forever with a silent model. So each run is recorded in .codex-collab.d/codex-runs/ with
// the owner's pid and start time (pid reuse), and whoever starts next in the project (the CLI, the worker, a hook,
// the MCP server) ends the groups whose owner is gone: SIGTERM first, SIGKILL once the kill grace has passed.
//
// Only a group that is verifiably codex's is signalled: its leader alive with the recorded start time, or gone
// while the group lives on (Linux never reuses a pid still in use as a group id). A record that cannot be verified
// (no start time on this platform, a planted file) is dropped, never acted on.
import { closeSync, lstatSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { stateDir } from "../project.js";
import { ensurePrivateDir, openPrivate, writeAll } from "../state/safe-fs.js";
import { groupExists, listProcsFromProc, processStart, sameProcessAlive } from "./procs.js";
import { isoTime } from "../time.js";

/** The same grace as the runner's SIGTERM→SIGKILL (runner.ts KILL_GRACE_MS; not imported: hooks load this). */
export const REAP_GRACE_MS = 2_000;

interface RunRecord {
  pgid: number;
  leaderStart: string | null;
  ownerPid: number;
  ownerStart: string | null;
  startedAt: string;
  /** When a reaper sent SIGTERM (ms since epoch). */
  termAt?: number;
}

export function runsDir(root: string): string {
  return join(stateDir(root), "codex-runs");
}

function recordPath(root: string, pgid: number): string {
  return join(runsDir(root), `${pgid}.json`);
}

/** Replaces the record as a fresh private file: never written through a link or a hard link (safe-fs). */
function writeRecord(path: string, rec: RunRecord): void {
  unlinkQuiet(path);
  const fd = openPrivate(path, "exclusive");
  try {
    writeAll(fd, JSON.stringify(rec));
  } finally {
    closeSync(fd);
  }
}

/**
 * Records a started codex group as owned by this process. Returns the function that removes the record once the
 * run is over (only if it is still ours). Best effort: a project that cannot be written loses only the reaping.
 */
export function recordRun(root: string, pgid: number): () => void {
  const path = recordPath(root, pgid);
  const rec: RunRecord = { pgid, leaderStart: processStart(pgid), ownerPid: process.pid, ownerStart: processStart(process.pid), startedAt: isoTime() };
  try {
    ensurePrivateDir(stateDir(root));
    ensurePrivateDir(runsDir(root));
    writeRecord(path, rec);
  } catch {
    return () => {};
  }
  return () => {
    if (readRecord(path)?.ownerPid === process.pid) unlinkQuiet(path);
  };
}

function readRecord(path: string): RunRecord | null {
  try {
    if (!lstatSync(path).isFile()) return null;
    const v = JSON.parse(readFileSync(path, "utf8")) as Partial<RunRecord>;
    if (!Number.isInteger(v.pgid) || (v.pgid as number) <= 1 || !Number.isInteger(v.ownerPid)) return null;
    return {
      pgid: v.pgid as number,
      leaderStart: typeof v.leaderStart === "string" ? v.leaderStart : null,
      ownerPid: v.ownerPid as number,
      ownerStart: typeof v.ownerStart === "string" ? v.ownerStart : null,
      startedAt: typeof v.startedAt === "string" ? v.startedAt : "",
      ...(typeof v.termAt === "number" ? { termAt: v.termAt } : {}),
    };
  } catch {
    return null;
  }
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone (another reaper), or not ours to remove.
  }
}

/** The groups to signal for a record: its own, and (Linux) those of its live descendants in other sessions. */
function groupsOf(rec: RunRecord): number[] {
  const procs = listProcsFromProc();
  const live = (p: { state: string }) => p.state !== "Z";
  const leaderNow = processStart(rec.pgid);
  // The leader's pid now belongs to another process: the group id is no longer codex's.
  if (leaderNow !== null && leaderNow !== rec.leaderStart) return [];
  // A group of zombies only (no reaper for orphans in some containers) has nothing left to end.
  const members = procs ? procs.some((p) => p.pgid === rec.pgid && live(p)) : groupExists(rec.pgid);
  if (!members) return [];
  const groups = new Set<number>([rec.pgid]);
  if (procs) {
    const children = new Map<number, number[]>();
    for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
    const byPid = new Map(procs.map((p) => [p.pid, p]));
    const queue = procs.filter((p) => p.pgid === rec.pgid).map((p) => p.pid);
    const seen = new Set(queue);
    while (queue.length > 0) {
      for (const c of children.get(queue.shift()!) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        queue.push(c);
        const g = byPid.get(c)?.pgid;
        if (g !== undefined && g > 1 && live(byPid.get(c)!)) groups.add(g);
      }
    }
  }
  return [...groups];
}

function signal(groups: number[], sig: "SIGTERM" | "SIGKILL"): void {
  for (const g of groups) {
    try {
      process.kill(-g, sig);
    } catch {
      // ESRCH: gone meanwhile.
    }
  }
}

/**
 * One synchronous pass over the records (cheap when there are none: one readdir). Groups of dead owners get
 * SIGTERM, or SIGKILL once REAP_GRACE_MS has passed since a SIGTERM; records of ended groups are removed.
 * Returns how many groups are still being ended. Never throws.
 */
export function endStaleRuns(root: string, now = Date.now()): number {
  if (process.platform === "win32") return 0;
  let names: string[];
  try {
    names = readdirSync(runsDir(root));
  } catch {
    return 0;
  }
  let pending = 0;
  for (const name of names) {
    if (!/^\d+\.json$/.test(name)) continue;
    const path = join(runsDir(root), name);
    const rec = readRecord(path);
    if (rec === null || rec.ownerStart === null || rec.leaderStart === null) {
      unlinkQuiet(path);
      continue;
    }
    if (sameProcessAlive(rec.ownerPid, rec.ownerStart)) continue;
    const groups = groupsOf(rec);
    if (groups.length === 0) {
      unlinkQuiet(path);
      continue;
    }
    pending++;
    if (rec.termAt !== undefined && now - rec.termAt >= REAP_GRACE_MS) {
      signal(groups, "SIGKILL");
      continue;
    }
    signal(groups, "SIGTERM");
    if (rec.termAt === undefined) {
      try {
        writeRecord(path, { ...rec, termAt: now });
      } catch {
        // The next pass sends SIGTERM again and retries.
      }
    }
  }
  return pending;
}

/** Longest a caller waits for orphans to go (a process stuck in the kernel ignores even SIGKILL for a while). */
const REAP_WAIT_MS = REAP_GRACE_MS + 3_000;

/**
 * endStaleRuns now, and again after the grace to SIGKILL what ignored the SIGTERM, until they are gone (bounded).
 * Resolves at once when there is nothing to end. With `hold: false` the timers do not keep this process alive, and
 * a starter that exits sooner leaves the SIGKILL to the next one; a codex run holds (a resumed thread must not
 * race the orphan still writing to it: codex refuses a thread that "already has an active writer").
 */
export function reapStaleRuns(root: string, opts: { hold?: boolean } = {}): Promise<void> {
  if (endStaleRuns(root) === 0) return Promise.resolve();
  const giveUp = Date.now() + REAP_WAIT_MS;
  return new Promise((resolve) => {
    const later = (ms: number) => {
      const t = setTimeout(again, ms);
      if (!opts.hold) t.unref();
    };
    const again = () => {
      if (endStaleRuns(root) === 0 || Date.now() >= giveUp) return resolve();
      later(200);
    };
    later(REAP_GRACE_MS + 50);
  });
}
