// A stop (timeout, cancel) gives codex's whole tree its SIGTERM grace period before anything is killed outright.
// codex starts helpers in new sessions (the login shell of its environment snapshot); such a shell killed with
// SIGKILL mid-cleanup leaves its locks behind (measured: a stale ~/.pyenv/shims/.pyenv-shim from pyenv's rehash,
// which then stalls every later shell start for 60 s). A FAKE codex stands in here: it starts a shell in a new
// session whose TERM trap needs a moment to clean up, then goes silent until the idle watchdog stops it.
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCodex } from "../../src/codex/runner.js";

describe("runCodex stop: SIGTERM grace for the whole tree", () => {
  let dir: string;
  let fake: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cc-fake-codex-grace-"));
    fake = join(dir, "codex");
    await writeFile(
      fake,
      `#!/usr/bin/env node
const { spawn } = require("node:child_process");
const marker = process.env.GRACE_MARKER;
// A helper in its own session, like codex's login shell: on TERM it takes 300 ms to clean up, then leaves a mark.
const shell = spawn("bash", ["-c", 'trap "sleep 0.3; echo cleaned > \\\\"$GRACE_MARKER\\\\"; exit 0" TERM; echo ready > "$GRACE_MARKER.ready"; while true; do sleep 0.05; done'], { detached: true, stdio: "ignore" });
shell.unref();
process.stdin.resume();
process.stdout.write('{"type":"thread.started","thread_id":"01a215da-89e6-7ca3-b265-ef0573f3e8e3"}\\n');
setInterval(() => {}, 1000);
`,
    );
    await chmod(fake, 0o755);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("a helper's TERM cleanup gets to finish before the tree is killed", async () => {
    const marker = join(dir, "cleaned");
    const r = await runCodex({ prompt: "hi", cwd: dir, bin: fake, env: { GRACE_MARKER: marker }, idleTimeoutMs: 1_500, timeoutMs: 20_000 });
    expect(r.error?.code).toBe("IDLE_TIMEOUT");
    // The helper had started (so the stop reached it), and its cleanup ran to the end.
    expect(await readFile(`${marker}.ready`, "utf8")).toBe("ready\n");
    expect(await readFile(marker, "utf8")).toBe("cleaned\n");
  });
});
