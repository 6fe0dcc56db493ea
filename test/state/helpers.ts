// Shared by the state tests: project roots with awkward names, and real child processes running test/state/child.ts.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

/** A temp project root whose path has spaces and non-ASCII characters. */
export function tempRoot(): string {
  return mkdtempSync(join(tmpdir(), "cc state 项目 é "));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Bundles child.ts into a temp dir; returns the script path and its dir (remove it in afterAll). */
export function buildChild(): { script: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "cc-state-child-"));
  const script = join(dir, "child.mjs");
  buildSync({
    entryPoints: [fileURLToPath(new URL("./child.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: script,
    logLevel: "warning",
  });
  return { script, dir };
}

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface StartedChild {
  /** Resolves when the child has printed `line` (rejects if it exits first). */
  printed(line: string): Promise<void>;
  /** Resolves when the child exits; kills it and rejects if it takes longer than the timeout. */
  done: Promise<ChildResult>;
}

export function startChild(script: string, args: string[], timeoutMs = 60_000): StartedChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const waiters: Array<() => void> = [];
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
    for (const w of waiters) w();
  });
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<ChildResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`child ${args.join(" ")} did not finish in ${timeoutMs} ms`));
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  const printed = (line: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (stdout.split("\n").includes(line)) resolve();
      };
      waiters.push(check);
      check();
      done.then((r) => reject(new Error(`child exited (${r.code}) before printing "${line}": ${r.stderr}`)), reject);
    });
  return { printed, done };
}

/** Runs the child to completion; kills it and rejects if it takes longer than `timeoutMs`. */
export function runChild(script: string, args: string[], timeoutMs = 60_000): Promise<ChildResult> {
  return startChild(script, args, timeoutMs).done;
}

/** Starts a child that holds `lockPath`; resolves once it reports the lock is taken. */
export function holdLock(script: string, lockPath: string, timeoutMs = 30_000): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, "hold", lockPath], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`holder did not take ${lockPath} in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      if (d.toString().includes("locked")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`holder exited with ${code} before locking: ${stderr}`));
    });
  });
}

/** Kills a child and waits (bounded) until it is gone, so its pid is dead afterwards. */
export function killAndWait(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => reject(new Error(`child ${child.pid} did not die`)), timeoutMs);
    child.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGKILL");
  });
}

/** The pid of a process that has already exited. */
export async function deadPid(script: string): Promise<number> {
  const r = await runChild(script, ["pid"]);
  const pid = Number(r.stdout.trim());
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no pid from child: ${r.stdout} ${r.stderr}`);
  return pid;
}
