// A killed detached worker becomes a zombie when nothing reaps it (containers whose init does not reap orphans).
// It must count as dead: for the hooks deciding whether to start a worker, and for taking over its lock.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { workerAlive } from "../../src/worker/schedule.js";
import { isAlive, tryLock } from "../../src/state/lock.js";

let parent: ChildProcess | undefined;
let dir: string | undefined;
afterEach(() => {
  parent?.kill("SIGKILL");
  parent = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A child of `sleep`, which never reaps it: a zombie for as long as the sleep runs. */
async function zombie(): Promise<number> {
  parent = spawn("sh", ["-c", "sleep 0.1 & echo $!; exec sleep 60"], { stdio: ["ignore", "pipe", "ignore"] });
  const pid = await new Promise<number>((resolve, reject) => {
    parent!.stdout!.once("data", (d: Buffer) => resolve(Number(d.toString().trim())));
    parent!.once("exit", () => reject(new Error("sh exited early")));
  });
  const deadline = Date.now() + 10_000;
  while (!readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ")) {
    if (Date.now() > deadline) throw new Error(`process ${pid} did not become a zombie`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return pid;
}

describe.skipIf(process.platform !== "linux")("zombie processes", () => {
  it("count as dead, while signal 0 still reaches them", async () => {
    const pid = await zombie();
    expect(() => process.kill(pid, 0)).not.toThrow();
    expect(isAlive(pid)).toBe(false);
    expect(isAlive(process.pid)).toBe(true);
    const now = new Date();
    expect(workerAlive({ pid, startedAt: now.toISOString(), heartbeatAt: now.toISOString() }, now)).toBe(false);
  });

  it("a lock held by a zombie is taken over at once", async () => {
    const pid = await zombie();
    dir = mkdtempSync(join(tmpdir(), "cc-zombie-"));
    const lock = join(dir, "worker.lock");
    writeFileSync(lock, JSON.stringify({ pid, host: hostname(), token: "t-zombie", at: new Date().toISOString() }));
    const release = tryLock(lock, { staleMs: 60_000 });
    expect(release).not.toBeNull();
    expect(JSON.parse(readFileSync(lock, "utf8")).pid).toBe(process.pid);
    release!();
    expect(existsSync(lock)).toBe(false);
  });
});
