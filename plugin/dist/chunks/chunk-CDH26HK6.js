import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  groupExists,
  listProcsFromProc,
  processStart,
  sameProcessAlive
} from "./chunk-7YTQVAPM.js";
import {
  ensurePrivateDir,
  isoTime,
  openPrivate,
  stateDir,
  writeAll
} from "./chunk-5EGK72M7.js";

// src/codex/registry.ts
import { closeSync, lstatSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
var REAP_GRACE_MS = 2e3;
function runsDir(root) {
  return join(stateDir(root), "codex-runs");
}
function recordPath(root, pgid) {
  return join(runsDir(root), `${pgid}.json`);
}
function writeRecord(path, rec) {
  unlinkQuiet(path);
  const fd = openPrivate(path, "exclusive");
  try {
    writeAll(fd, JSON.stringify(rec));
  } finally {
    closeSync(fd);
  }
}
function recordRun(root, pgid) {
  const path = recordPath(root, pgid);
  const rec = { pgid, leaderStart: processStart(pgid), ownerPid: process.pid, ownerStart: processStart(process.pid), startedAt: isoTime() };
  try {
    ensurePrivateDir(stateDir(root));
    ensurePrivateDir(runsDir(root));
    writeRecord(path, rec);
  } catch {
    return () => {
    };
  }
  return () => {
    if (readRecord(path)?.ownerPid === process.pid) unlinkQuiet(path);
  };
}
function readRecord(path) {
  try {
    if (!lstatSync(path).isFile()) return null;
    const v = JSON.parse(readFileSync(path, "utf8"));
    if (!Number.isInteger(v.pgid) || v.pgid <= 1 || !Number.isInteger(v.ownerPid)) return null;
    return {
      pgid: v.pgid,
      leaderStart: typeof v.leaderStart === "string" ? v.leaderStart : null,
      ownerPid: v.ownerPid,
      ownerStart: typeof v.ownerStart === "string" ? v.ownerStart : null,
      startedAt: typeof v.startedAt === "string" ? v.startedAt : "",
      ...typeof v.termAt === "number" ? { termAt: v.termAt } : {}
    };
  } catch {
    return null;
  }
}
function unlinkQuiet(path) {
  try {
    unlinkSync(path);
  } catch {
  }
}
function groupsOf(rec) {
  const procs = listProcsFromProc();
  const live = (p) => p.state !== "Z";
  const leaderNow = processStart(rec.pgid);
  if (leaderNow !== null && leaderNow !== rec.leaderStart) return [];
  const members = procs ? procs.some((p) => p.pgid === rec.pgid && live(p)) : groupExists(rec.pgid);
  if (!members) return [];
  const groups = /* @__PURE__ */ new Set([rec.pgid]);
  if (procs) {
    const children = /* @__PURE__ */ new Map();
    for (const p of procs) children.set(p.ppid, [...children.get(p.ppid) ?? [], p.pid]);
    const byPid = new Map(procs.map((p) => [p.pid, p]));
    const queue = procs.filter((p) => p.pgid === rec.pgid).map((p) => p.pid);
    const seen = new Set(queue);
    while (queue.length > 0) {
      for (const c of children.get(queue.shift()) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        queue.push(c);
        const g = byPid.get(c)?.pgid;
        if (g !== void 0 && g > 1 && live(byPid.get(c))) groups.add(g);
      }
    }
  }
  return [...groups];
}
function signal(groups, sig) {
  for (const g of groups) {
    try {
      process.kill(-g, sig);
    } catch {
    }
  }
}
function endStaleRuns(root, now = Date.now()) {
  if (process.platform === "win32") return 0;
  let names;
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
    if (rec.termAt !== void 0 && now - rec.termAt >= REAP_GRACE_MS) {
      signal(groups, "SIGKILL");
      continue;
    }
    signal(groups, "SIGTERM");
    if (rec.termAt === void 0) {
      try {
        writeRecord(path, { ...rec, termAt: now });
      } catch {
      }
    }
  }
  return pending;
}
var REAP_WAIT_MS = REAP_GRACE_MS + 3e3;
function reapStaleRuns(root, opts = {}) {
  if (endStaleRuns(root) === 0) return Promise.resolve();
  const giveUp = Date.now() + REAP_WAIT_MS;
  return new Promise((resolve) => {
    const later = (ms) => {
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

export {
  recordRun,
  reapStaleRuns
};
