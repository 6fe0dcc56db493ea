// Starting the codex process with a piped stdin, stdout and stderr, and one promise for how it ended.
//
// POSIX uses node:child_process directly. execa was the largest module `codex-collab run` loaded before it
// could start codex (~250 KB of source to compile on every run; `npm run bench:runner` shows the cost), and
// the runner needs none of its features there. Windows keeps execa, loaded only there: npm installs codex as a
// `codex.cmd` shim, which Node refuses to spawn without a shell, and quoting for cmd.exe is cross-spawn's job.
import { spawn, type ChildProcess } from "node:child_process";

export interface ProcessEnd {
  /** Undefined when the process could not be started or was killed by a signal. */
  exitCode?: number;
  signal?: string;
  /** Why it could not be started (e.g. "ENOENT"). */
  errorCode?: string;
  /** One line describing a start failure. */
  errorMessage?: string;
  cause?: unknown;
}

export interface StartedProcess {
  child: ChildProcess;
  /** Settles (never rejects) once the process has exited and its stdout and stderr are closed. */
  ended: Promise<ProcessEnd>;
}

export interface StartOptions {
  cwd: string;
  env: Record<string, string>;
  /** Own process group, so the whole tree can be signalled. */
  detached: boolean;
}

export async function startProcess(bin: string, args: string[], opts: StartOptions): Promise<StartedProcess> {
  if (process.platform === "win32") return startWithExeca(bin, args, opts);
  const child = spawn(bin, args, { cwd: opts.cwd, env: opts.env, detached: opts.detached, stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
  // codex may exit before reading its prompt (bad flags, a crash): EPIPE on stdin is not our error.
  child.stdin?.on("error", () => {});
  const ended = new Promise<ProcessEnd>((resolve) => {
    let spawnError: NodeJS.ErrnoException | undefined;
    child.once("error", (e: NodeJS.ErrnoException) => {
      if (child.pid !== undefined) return;
      spawnError = e;
      // A process that never started emits no "close" on every Node version: settle here.
      resolve({ errorCode: e.code, errorMessage: `${e.code ?? "spawn error"}: ${e.message}`, cause: e });
    });
    child.once("close", (code, signal) => {
      if (spawnError) return;
      resolve({ ...(code !== null ? { exitCode: code } : {}), ...(signal !== null ? { signal } : {}) });
    });
  });
  return { child, ended };
}

async function startWithExeca(bin: string, args: string[], opts: StartOptions): Promise<StartedProcess> {
  const { execa } = await import("execa");
  const sub = execa(bin, args, { cwd: opts.cwd, env: opts.env, extendEnv: false, stdin: "pipe", buffer: false, reject: false, detached: opts.detached, windowsHide: true });
  sub.stdin?.on("error", () => {});
  const ended = sub.then((r) => ({
    ...(r.exitCode !== undefined ? { exitCode: r.exitCode } : {}),
    ...(r.signal !== undefined ? { signal: r.signal } : {}),
    ...(r.code !== undefined ? { errorCode: r.code, errorMessage: r.shortMessage, cause: r.cause } : {}),
  }));
  return { child: sub, ended };
}
