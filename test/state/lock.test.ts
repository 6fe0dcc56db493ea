import type { ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { StateError } from "../../src/errors.js";
import { acquireLock, refreshLock, tryLock, withFileLock } from "../../src/state/lock.js";
import { buildChild, deadPid, holdLock, killAndWait, removeDir, tempRoot } from "./helpers.js";

let child: { script: string; dir: string };
const roots: string[] = [];
const holders: ChildProcess[] = [];

beforeAll(() => {
  child = buildChild();
});
afterEach(async () => {
  for (const h of holders.splice(0)) await killAndWait(h);
});
afterAll(() => {
  removeDir(child.dir);
  for (const r of roots) removeDir(r);
});

function lockIn(): string {
  const root = tempRoot();
  roots.push(root);
  return join(root, ".codex-collab.lock");
}

function writeHolder(path: string, pid: number, token = "someone-else"): void {
  writeFileSync(path, JSON.stringify({ pid, host: hostname(), token, at: new Date().toISOString() }));
}

function ageBy(path: string, ms: number): void {
  const t = new Date(Date.now() - ms);
  utimesSync(path, t, t);
}

describe("tryLock / withFileLock in one process", () => {
  it("creates a 0600 lock file with our pid and removes it on release", () => {
    const path = lockIn();
    const release = tryLock(path);
    expect(release).not.toBeNull();
    const content = JSON.parse(readFileSync(path, "utf8")) as { pid: number; host: string };
    expect(content.pid).toBe(process.pid);
    expect(content.host).toBe(hostname());
    expect(statSync(path).mode & 0o777).toBe(0o600);
    release?.();
    expect(existsSync(path)).toBe(false);
  });

  it("refuses a second holder until released; release is idempotent", () => {
    const path = lockIn();
    const release = tryLock(path);
    expect(tryLock(path)).toBeNull();
    release?.();
    release?.();
    const again = tryLock(path);
    expect(again).not.toBeNull();
    again?.();
  });

  it("releases when the function throws, and returns its value otherwise", () => {
    const path = lockIn();
    expect(() =>
      withFileLock(path, () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(existsSync(path)).toBe(false);
    expect(withFileLock(path, () => 42)).toBe(42);
    expect(existsSync(path)).toBe(false);
  });

  it("rejects a nested acquire of the same lock instead of deadlocking", () => {
    const path = lockIn();
    expect(() => withFileLock(path, () => withFileLock(path, () => 1))).toThrow(StateError);
    expect(existsSync(path)).toBe(false);
  });

  it("does not delete a lock that was taken over by someone else", () => {
    const path = lockIn();
    const release = tryLock(path);
    writeHolder(path, process.pid + 1_000_000, "new-owner");
    release?.();
    expect(JSON.parse(readFileSync(path, "utf8")).token).toBe("new-owner");
  });

  it("never brings back a deleted project: a lock whose directory is gone fails, creating nothing", () => {
    const project = join(lockIn(), "..", "deleted project");
    const path = join(project, ".codex-collab.lock");
    expect(() => tryLock(path)).toThrow(/ENOENT/);
    expect(existsSync(project)).toBe(false);
  });

  it("takes over a lock left by a crashed process that had our pid (pid reuse)", () => {
    const path = lockIn();
    writeHolder(path, process.pid, "previous-life");
    const release = tryLock(path);
    expect(release).not.toBeNull();
    expect(JSON.parse(readFileSync(path, "utf8")).token).not.toBe("previous-life");
    release?.();
  });

  it("treats an empty lock file as being written, until it is old", () => {
    const path = lockIn();
    writeFileSync(path, "");
    expect(tryLock(path)).toBeNull();
    ageBy(path, 6_000);
    const release = tryLock(path);
    expect(release).not.toBeNull();
    release?.();
  });

  it("refreshLock touches a lock we hold and reports one we lost", () => {
    const path = lockIn();
    const release = tryLock(path);
    ageBy(path, 20_000);
    expect(refreshLock(path)).toBe(true);
    expect(Date.now() - statSync(path).mtimeMs).toBeLessThan(10_000);
    writeHolder(path, process.pid + 1_000_000, "thief");
    expect(refreshLock(path)).toBe(false);
    release?.();
    expect(refreshLock(path)).toBe(false);
  });
});

describe("locks between real processes", () => {
  it("times out with a StateError naming the live holder", async () => {
    const path = lockIn();
    const holder = await holdLock(child.script, path);
    holders.push(holder);
    let error: unknown;
    try {
      acquireLock(path, { timeoutMs: 300 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StateError);
    expect((error as StateError).message).toContain(`pid ${holder.pid}`);
    expect((error as StateError).message).toMatch(/Timed out after 0\.3 s/);
    expect((error as StateError).hint).toContain(path);
    expect(tryLock(path)).toBeNull();
  });

  it("takes over the lock of a holder that was killed", async () => {
    const path = lockIn();
    const holder = await holdLock(child.script, path);
    await killAndWait(holder);
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(holder.pid);
    const release = acquireLock(path, { timeoutMs: 1_000 });
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("takes over a lock file naming a pid that has exited", async () => {
    const path = lockIn();
    writeHolder(path, await deadPid(child.script));
    const release = acquireLock(path, { timeoutMs: 1_000 });
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
    release();
    expect(readdirSync(join(path, "..")).filter((n) => n.includes(".lock"))).toEqual([]);
  });

  it("takes over a live holder's lock once it is older than staleMs, not before", async () => {
    const path = lockIn();
    const holder = await holdLock(child.script, path);
    holders.push(holder);
    expect(tryLock(path, { staleMs: 60_000 })).toBeNull();
    ageBy(path, 61_000);
    expect(tryLock(path, { staleMs: Number.POSITIVE_INFINITY })).toBeNull();
    const release = tryLock(path, { staleMs: 60_000 });
    expect(release).not.toBeNull();
    release?.();
  });

  it("does not take over a lock held on another host by pid alone", async () => {
    const path = lockIn();
    const pid = await deadPid(child.script);
    writeFileSync(path, JSON.stringify({ pid, host: `${hostname()}-elsewhere`, token: "remote", at: new Date().toISOString() }));
    expect(tryLock(path)).toBeNull();
    ageBy(path, 31_000);
    const release = tryLock(path);
    expect(release).not.toBeNull();
    release?.();
  });
});

describe("something other than a file at the lock path", () => {
  it("a directory (a repository can commit one) is moved aside with its content, never read, and the lock is taken", () => {
    const path = lockIn();
    mkdirSync(path);
    writeFileSync(join(path, "keep"), "kept\n");
    expect(withFileLock(path, () => "ran", { timeoutMs: 2_000 })).toBe("ran");
    expect(existsSync(path)).toBe(false);
    const aside = readdirSync(dirname(path)).filter((n) => n.startsWith(".codex-collab.lock.") && statSync(join(dirname(path), n)).isDirectory());
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dirname(path), aside[0] as string, "keep"), "utf8")).toBe("kept\n");
  });

  it("a FIFO is moved aside without blocking, and a huge garbage file is not read whole", () => {
    const path = lockIn();
    execFileSync("mkfifo", [path]);
    expect(withFileLock(path, () => "ran", { timeoutMs: 2_000 })).toBe("ran");
    writeFileSync(path, "x".repeat(20 * 1024 * 1024));
    ageBy(path, 60_000);
    expect(withFileLock(path, () => "again", { timeoutMs: 2_000 })).toBe("again");
  });
});
