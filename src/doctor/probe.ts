// One short-lived subprocess for a doctor check: stdin closed, output collected, and a hard deadline after
// which the whole process tree is killed. Doctor must never hang, whatever the probed program does.
import { execa } from "execa";
import { signalGroups, treeGroups } from "../codex/kill.js";
import { oneLine } from "../text.js";

export const PROBE_TIMEOUT_MS = 5_000;

export interface ProbeResult {
  /** null when the process did not exit by itself (timed out, or could not start). */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Why it could not be started (ENOENT, EACCES …). */
  spawnError?: string;
}

export interface ProbeOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
}

export async function probe(bin: string, args: readonly string[], opts: ProbeOptions): Promise<ProbeResult> {
  const sub = execa(bin, args, {
    env: opts.env,
    extendEnv: false,
    cwd: opts.cwd,
    input: "",
    reject: false,
    // Own process group (POSIX): codex's npm shim starts a native child that a plain kill would orphan.
    detached: process.platform !== "win32",
    windowsHide: true,
    maxBuffer: 4 * 1024 * 1024,
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (sub.pid !== undefined) signalGroups(sub.pid, treeGroups(sub.pid), "SIGKILL");
  }, opts.timeoutMs ?? PROBE_TIMEOUT_MS);
  try {
    const r = await sub;
    const spawnError = r.failed && r.exitCode === undefined && !timedOut && r.signal === undefined ? oneLine(String(r.originalMessage ?? r.message ?? "spawn failed")) : undefined;
    return {
      exitCode: timedOut || r.exitCode === undefined ? null : r.exitCode,
      stdout: typeof r.stdout === "string" ? r.stdout : "",
      stderr: typeof r.stderr === "string" ? r.stderr : "",
      timedOut,
      ...(spawnError !== undefined ? { spawnError } : {}),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** stderr without codex's harmless start-up warnings (e.g. "WARNING: proceeding, even though …" for a CODEX_HOME under /tmp). */
export function meaningfulLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("WARNING:"));
}

