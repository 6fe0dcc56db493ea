// runCodex's promptGate (real codex): codex starts at once but gets its prompt only when the gate settles, so
// callers can do work that must precede anything codex does while codex starts up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCodex } from "../../src/codex/runner.js";
import { makeRig, pidsUsingHome, REAL_CODEX_BIN, type Rig } from "./helpers.js";

async function until(cond: () => boolean, what: string, maxMs = 20_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("runCodex promptGate (real codex)", () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await makeRig(() => ({ text: "gated answer" }));
  });
  afterAll(() => rig.close());

  it("holds the prompt until the gate resolves: codex runs, but no model request is made before that", async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const before = rig.srv.requests.length;
    const running = runCodex({ prompt: "hello through the gate", cwd: rig.cwd, bin: REAL_CODEX_BIN, env: rig.home.env, timeoutMs: 30_000, promptGate: gate });
    await until(() => pidsUsingHome(rig.home.home).length > 0, "codex to start");
    // codex is up and waiting for stdin; give it time to do anything it would do without a prompt.
    await new Promise((r) => setTimeout(r, 500));
    expect(rig.srv.requests.length).toBe(before);
    open();
    const r = await running;
    expect(r.error).toBeUndefined();
    expect(r.agent_messages).toBe("gated answer");
    expect(rig.srv.requests.slice(before).some((q) => JSON.stringify(q.body).includes("hello through the gate"))).toBe(true);
  });

  it("a rejected gate ends codex without a prompt (no model request) and rejects with the gate's error", async () => {
    // Its own CODEX_HOME: helpers of the earlier run (codex starts some in new sessions) must not be counted here.
    const own = await makeRig(() => ({ text: "should not be asked" }));
    try {
      let fail!: (e: Error) => void;
      const gate = new Promise<void>((_, reject) => (fail = reject));
      const running = runCodex({ prompt: "never sent", cwd: own.cwd, bin: REAL_CODEX_BIN, env: own.home.env, timeoutMs: 30_000, promptGate: gate });
      await until(() => pidsUsingHome(own.home.home).length > 0, "codex to start");
      const boom = new Error("preparation failed");
      fail(boom);
      await expect(running).rejects.toBe(boom);
      expect(own.srv.requests).toEqual([]);
      expect(pidsUsingHome(own.home.home)).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it("a gate that fails while codex cannot even start is still the error reported", async () => {
    const boom = new Error("preparation failed too");
    const gate = new Promise<void>((_, reject) => setTimeout(() => reject(boom), 50));
    await expect(runCodex({ prompt: "x", cwd: rig.cwd, bin: "/nonexistent/bin/codex", env: rig.home.env, promptGate: gate })).rejects.toBe(boom);
  });
});
