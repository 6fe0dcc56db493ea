// runCodex failure paths with the real codex binary: auth, server errors with codex's retries, watchdogs
// (the whole process tree must be gone), cancel, unknown sessions, a missing binary.
// Only the garbage-output and exit-without-turn.completed cases use a fake codex (see there).
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HINTS } from "../../src/codex/outcome.js";
import { runCodex, type RunCodexOptions } from "../../src/codex/runner.js";
import { isAlive, makeRig, pidsUsingHome, REAL_CODEX_BIN, type Rig } from "./helpers.js";

describe("runCodex failures (real codex)", () => {
  let rig: Rig;
  const run = (o: Partial<RunCodexOptions> & { prompt?: string } = {}) =>
    runCodex({ prompt: "hi", cwd: rig.cwd, bin: REAL_CODEX_BIN, env: rig.home.env, timeoutMs: 30_000, idleTimeoutMs: 20_000, ...o });

  // request_max_retries=0 and stream_max_retries=1 in the temp config.toml: one "Reconnecting... 1/1", fast failure.
  beforeAll(async () => {
    rig = await makeRig(undefined, { requestMaxRetries: 0, streamMaxRetries: 1 });
  });
  afterAll(() => rig.close());

  it("maps a 401 to CODEX_AUTH", async () => {
    rig.srv.setScript(() => ({ status: 401, body: { error: { message: "Incorrect API key provided", type: "invalid_request_error" } } }));
    const r = await run();
    expect(r.success).toBe(false);
    expect(r.error?.code).toBe("CODEX_AUTH");
    expect(r.error?.message).toMatch(/401 Unauthorized/);
    expect(r.failure?.exitCode).toBe(4);
    expect(r.SESSION_ID).not.toBeNull();
  });

  it("maps a missing provider key (the env override removes it) to CODEX_AUTH without calling the model", async () => {
    const before = rig.srv.requests.length;
    const r = await run({ env: { ...rig.home.env, MOCK_API_KEY: undefined } });
    expect(r.error?.code).toBe("CODEX_AUTH");
    expect(r.error?.message).toMatch(/MOCK_API_KEY/);
    expect(rig.srv.requests.length).toBe(before);
  });

  it("reports a 500 after codex's reconnects as CODEX_FAILED, reconnects as warnings", async () => {
    rig.srv.setScript(() => ({ status: 500 }));
    const before = rig.srv.responseRequests().length;
    const r = await run();
    expect(r.error?.code).toBe("CODEX_FAILED");
    expect(r.warnings.some((w) => /^Reconnecting\.\.\. 1\/1/.test(w))).toBe(true);
    expect(rig.srv.responseRequests().length - before).toBe(2);
    // The line that explains it, with the service hint; not codex's unrelated stderr warnings.
    expect(r.error?.message).toMatch(/high demand/);
    expect(r.error?.message).not.toMatch(/stderr|WARNING/);
    expect(r.error?.hint).toBe(HINTS.service);
  });

  it("reports a 429 with the rate-limit hint", async () => {
    rig.srv.setScript(() => ({ status: 429, body: { error: { message: "Rate limit reached", type: "rate_limit_exceeded" } } }));
    const r = await run();
    expect(r.error?.code).toBe("CODEX_FAILED");
    expect(r.error?.message).toMatch(/429 Too Many Requests/);
    expect(r.error?.message).not.toMatch(/stderr|WARNING/);
    expect(r.error?.hint).toBe(HINTS.rateLimit);
  });

  it("reports response.failed as CODEX_FAILED with the server's message", async () => {
    rig.srv.setScript(() => ({ failed: "the model fell over" }));
    const r = await run();
    expect(r.error?.code).toBe("CODEX_FAILED");
    expect(r.error?.message).toMatch(/the model fell over/);
    expect(r.error?.message).not.toMatch(/stderr|WARNING/);
    expect(r.error?.hint).toBe(HINTS.stream);
  });

  it("idle timeout: a stream that goes silent is stopped, and the whole process tree is gone", async () => {
    let pids: number[] = [];
    rig.srv.setScript(() => {
      pids = pidsUsingHome(rig.home.home);
      return { hang: true };
    });
    const r = await run({ idleTimeoutMs: 3_000 });
    expect(r.error?.code).toBe("IDLE_TIMEOUT");
    expect(r.failure?.exitCode).toBe(5);
    expect(r.SESSION_ID).not.toBeNull();
    // The node shim and the native binary it spawned.
    expect(pids.length).toBeGreaterThanOrEqual(2);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(pidsUsingHome(rig.home.home)).toEqual([]);
  });

  it("wall-clock timeout: a server that never answers is stopped at the limit, tree gone", async () => {
    rig.srv.setScript(() => ({ noHeaders: true }));
    const r = await run({ timeoutMs: 1_500, idleTimeoutMs: 20_000 });
    expect(r.error?.code).toBe("TIMEOUT");
    expect(pidsUsingHome(rig.home.home)).toEqual([]);
  });

  it("an AbortSignal cancels the run and ends the process tree", async () => {
    rig.srv.setScript(() => ({ hang: true }));
    const ac = new AbortController();
    const r = await run({ signal: ac.signal, onEvent: (e) => (e.type === "turn.started" ? ac.abort() : undefined) });
    expect(r.error?.code).toBe("CANCELLED");
    expect(r.failure?.exitCode).toBe(130);
    expect(pidsUsingHome(rig.home.home)).toEqual([]);
  });

  it("an already aborted signal never spawns codex", async () => {
    const before = rig.srv.requests.length;
    const ac = new AbortController();
    ac.abort();
    const r = await run({ signal: ac.signal });
    expect(r.error?.code).toBe("CANCELLED");
    expect(rig.srv.requests.length).toBe(before);
  });

  it("an unknown session id is SESSION_NOT_FOUND (codex: 'no rollout found'), never a new session", async () => {
    rig.srv.setScript(() => ({ text: "should not be asked" }));
    const before = rig.srv.requests.length;
    const r = await run({ sessionId: "0199a213-81c0-7800-8aa1-bbab2a035a53" });
    expect(r.error?.code).toBe("SESSION_NOT_FOUND");
    expect(r.failure?.exitCode).toBe(6);
    expect(r.SESSION_ID).toBeNull();
    expect(rig.srv.requests.length).toBe(before);
  });

  it("a session name (not an id) is refused: codex would silently start a new session for it", async () => {
    const before = rig.srv.requests.length;
    const r = await run({ sessionId: "my-named-thread" });
    expect(r.error?.code).toBe("SESSION_NOT_FOUND");
    expect(rig.srv.requests.length).toBe(before);
  });

  it("a missing binary is CODEX_NOT_FOUND, whether passed in or configured through the environment", async () => {
    const a = await run({ bin: "/nonexistent/bin/codex" });
    expect(a.error?.code).toBe("CODEX_NOT_FOUND");
    expect(a.failure?.exitCode).toBe(3);
    const b = await runCodex({ prompt: "hi", cwd: rig.cwd, env: { CODEX_COLLAB_CODEX_BIN: "/nonexistent/bin/codex" } });
    expect(b.error?.code).toBe("CODEX_NOT_FOUND");
    const c = await runCodex({ prompt: "hi", cwd: rig.cwd, env: { PATH: "/nonexistent-dir", CODEX_COLLAB_CODEX_BIN: undefined } });
    expect(c.error?.code).toBe("CODEX_NOT_FOUND");
  });
});

// A FAKE codex: a tiny script that prints what we tell it. The real binary never prints garbage on stdout
// nor exits 0 without turn.completed on demand, so these two cases fake codex's OUTPUT only.
describe("runCodex with a fake codex output", () => {
  let dir: string;
  let fake: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cc-fake-codex-"));
    fake = join(dir, "codex");
    await writeFile(
      fake,
      `#!/usr/bin/env node
let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  const out = (s) => process.stdout.write(s + "\\n");
  out("Reading additional input from stdin...");
  out('{"type":"thread.started","thread_id":"01a215da-89e6-7ca3-b265-ef0573f3e8e3"}');
  out("\\u0000\\u0001 binary junk {{{");
  out('{"type":"turn.started"');
  out('{"type":"item.completed","item":{"id":"i","type":"agent_message","text":"got ' + input.length + '"}}');
  out('{"type":"vendor.telemetry","x":1}');
  if (process.env.FAKE_MODE === "complete") out('{"type":"turn.completed","usage":{"input_tokens":3,"output_tokens":2}}');
  process.stderr.write("fake stderr line\\n");
  process.exit(0);
});
`,
    );
    await chmod(fake, 0o755);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("skips non-JSON lines, keeps them as a warning, and still succeeds", async () => {
    const r = await runCodex({ prompt: "hello", cwd: dir, bin: fake, env: { FAKE_MODE: "complete" }, returnAllMessages: true, timeoutMs: 10_000 });
    expect(r.error).toBeUndefined();
    expect(r.agent_messages).toBe("got 5");
    expect(r.usage.input_tokens).toBe(3);
    expect(r.warnings.find((w) => w.startsWith("skipped 3 non-JSON"))).toMatch(/Reading additional input/);
    expect(r.all_messages?.some((e) => e.type === "unknown")).toBe(true);
  });

  it("exit 0 without turn.completed is a failure", async () => {
    const r = await runCodex({ prompt: "hello", cwd: dir, bin: fake, env: { FAKE_MODE: "incomplete" }, timeoutMs: 10_000 });
    expect(r.success).toBe(false);
    expect(r.error?.code).toBe("CODEX_FAILED");
    expect(r.error?.message).toMatch(/turn\.completed/);
    expect(r.error?.message).toMatch(/fake stderr line/);
    expect(r.agent_messages).toBe("got 5");
  });
});
