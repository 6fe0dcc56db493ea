// Shared by the runner tests: a fresh server + CODEX_HOME + scratch cwd, and process-tree probes (Linux /proc).
import { mkdtemp, rm } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome, type CodexHomeOptions } from "../support/codex-home.js";
import { startResponsesServer, type ResponsesServer, type Script } from "../support/responses-server.js";

export { REAL_CODEX_BIN };

export interface Rig {
  srv: ResponsesServer;
  home: CodexHome;
  cwd: string;
  close(): Promise<void>;
}

export async function makeRig(script?: Script, homeOpts?: CodexHomeOptions): Promise<Rig> {
  const srv = await startResponsesServer(script ? { script } : {});
  const home = await makeCodexHome(srv.url, homeOpts);
  const cwd = await mkdtemp(join(tmpdir(), "cc-runner-cwd-"));
  return {
    srv,
    home,
    cwd,
    async close() {
      await srv.close();
      await home.cleanup();
      await rm(cwd, { recursive: true, force: true });
    },
  };
}

/**
 * Pids of live processes whose environment carries `CODEX_HOME=<home>`: the codex shim, its native binary and
 * whatever they started. Synchronous on purpose: called from a server script, it runs while the runner's
 * watchdog timers (same process) cannot fire.
 */
export function pidsUsingHome(home: string): number[] {
  const needle = `CODEX_HOME=${home}\0`;
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`, "latin1").includes(needle)) pids.push(Number(name));
    } catch {
      // Exited meanwhile, or not ours to read.
    }
  }
  return pids.filter(isAlive);
}

/** A zombie waiting for a reaper (PID 1 in containers may never reap) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}
