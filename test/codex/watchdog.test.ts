// The watchdog over a REAL process tree: a shell in its own group that starts a child in another session
// (as codex's environment snapshot does), stopped by the idle limit, the wall clock or an abort.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startWatchdog } from "../../src/codex/watchdog.js";
import { isAlive } from "./helpers.js";

function tree(): { pid: number; grandchild: Promise<number>; exited: () => boolean; ended: Promise<void> } {
  // setsid puts the sleeper in a new session, out of the leader's group.
  const child = spawn("sh", ["-c", "setsid sleep 300 & echo $!; sleep 300"], { detached: true, stdio: ["ignore", "pipe", "ignore"] });
  let exited = false;
  const ended = new Promise<void>((r) => child.once("exit", () => ((exited = true), r())));
  const grandchild = new Promise<number>((r) => child.stdout!.once("data", (d: Buffer) => r(inOwnSession(Number(String(d).trim())))));
  return { pid: child.pid!, grandchild, exited: () => exited, ended };
}

/** Resolves once `setsid` has become `sleep`, i.e. the new session exists (a stop before that is a different test). */
async function inOwnSession(pid: number): Promise<number> {
  for (let i = 0; i < 200; i++) {
    try {
      if (readFileSync(`/proc/${pid}/stat`, "latin1").includes("(sleep)")) return pid;
    } catch {
      return pid;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return pid;
}

describe("startWatchdog", () => {
  it("the idle limit stops the whole tree, activity postpones it", async () => {
    const t = tree();
    const gc = await t.grandchild;
    const started = Date.now();
    const dog = startWatchdog({ pid: t.pid, timeoutMs: 60_000, idleTimeoutMs: 600, graceMs: 500, exited: t.exited });
    const keepAlive = setInterval(() => dog.activity(), 100);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(dog.stopping).toBe(false);
    clearInterval(keepAlive);
    await t.ended;
    await dog.finish();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    expect(dog.reason).toBe("IDLE_TIMEOUT");
    expect(isAlive(t.pid)).toBe(false);
    expect(isAlive(gc)).toBe(false);
  });

  it("the wall clock and an abort stop it too", async () => {
    const a = tree();
    const dogA = startWatchdog({ pid: a.pid, timeoutMs: 300, idleTimeoutMs: 60_000, graceMs: 200, exited: a.exited });
    await a.ended;
    await dogA.finish();
    expect(dogA.reason).toBe("TIMEOUT");

    const b = tree();
    const gc = await b.grandchild;
    const ac = new AbortController();
    const dogB = startWatchdog({ pid: b.pid, timeoutMs: 60_000, idleTimeoutMs: 60_000, graceMs: 200, signal: ac.signal, exited: b.exited });
    ac.abort();
    await b.ended;
    await dogB.finish();
    expect(dogB.reason).toBe("CANCELLED");
    expect(isAlive(gc)).toBe(false);
  });

  it("a stop after the leader exited keeps its result (no reason), and finish clears the rest", async () => {
    const t = tree();
    const gc = await t.grandchild;
    const dog = startWatchdog({ pid: t.pid, timeoutMs: 60_000, idleTimeoutMs: 60_000, graceMs: 200, exited: () => true });
    dog.stop("TIMEOUT");
    await t.ended;
    await dog.finish();
    expect(dog.stopping).toBe(true);
    expect(dog.reason).toBeNull();
    expect(isAlive(gc)).toBe(false);
  });
});
