// The record of running codex groups, on real process groups: a live owner's group is left alone; a dead owner's
// group gets SIGTERM, then SIGKILL once the grace has passed (a group that ignores SIGTERM), then its record goes.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { processStart } from "../../src/codex/procs.js";
import { endStaleRuns, REAP_GRACE_MS, recordRun, runsDir } from "../../src/codex/registry.js";
import { isAlive } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(): string {
  const d = mkdtempSync(join(tmpdir(), "cc-registry-"));
  dirs.push(d);
  return d;
}

/** A process group whose leader ignores SIGTERM, as a stuck codex might. */
async function stubbornGroup(): Promise<number> {
  const child = spawn("sh", ["-c", "trap '' TERM; echo up; while :; do sleep 1; done"], { detached: true, stdio: ["ignore", "pipe", "ignore"] });
  await new Promise((r) => child.stdout!.once("data", r));
  child.unref();
  return child.pid!;
}

/** A pid and start time of a process that has exited: an owner that was SIGKILLed. */
function deadOwner(): { pid: number; start: string } {
  const p = spawn("sleep", ["30"], { stdio: "ignore" });
  const start = processStart(p.pid!)!;
  p.kill("SIGKILL");
  spawnSync("sleep", ["0.1"]);
  return { pid: p.pid!, start };
}

describe("codex run records", () => {
  it("a run recorded by a live owner is left alone, and its record removed by the owner", async () => {
    const root = project();
    const pgid = await stubbornGroup();
    try {
      const unrecord = recordRun(root, pgid);
      expect(readdirSync(runsDir(root))).toEqual([`${pgid}.json`]);
      expect(endStaleRuns(root)).toBe(0);
      expect(isAlive(pgid)).toBe(true);
      unrecord();
      expect(readdirSync(runsDir(root))).toEqual([]);
    } finally {
      process.kill(-pgid, "SIGKILL");
    }
  });

  it("a dead owner's group gets SIGTERM, then SIGKILL after the grace, then its record is removed", async () => {
    const root = project();
    const pgid = await stubbornGroup();
    const owner = deadOwner();
    mkdirSync(runsDir(root), { recursive: true });
    const file = join(runsDir(root), `${pgid}.json`);
    writeFileSync(file, JSON.stringify({ pgid, leaderStart: processStart(pgid), ownerPid: owner.pid, ownerStart: owner.start, startedAt: "" }));
    const now = Date.now();
    expect(endStaleRuns(root, now)).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    // It ignored the SIGTERM; the record says when it was sent.
    expect(isAlive(pgid)).toBe(true);
    expect(JSON.parse(readFileSync(file, "utf8")).termAt).toBe(now);
    // Before the grace: SIGTERM again, no SIGKILL.
    expect(endStaleRuns(root, now + REAP_GRACE_MS - 100)).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(isAlive(pgid)).toBe(true);
    expect(endStaleRuns(root, now + REAP_GRACE_MS)).toBe(1);
    for (let i = 0; i < 50 && isAlive(pgid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(isAlive(pgid)).toBe(false);
    expect(endStaleRuns(root)).toBe(0);
    expect(readdirSync(runsDir(root))).toEqual([]);
  });
});
