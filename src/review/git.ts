// Running git for a review: argument arrays (never a shell), literal pathspecs, output streamed or collected.
import { spawn } from "node:child_process";

/** Literal pathspecs (a file may be called `*.ts`) and unquoted non-ASCII paths. */
const GIT_BASE_ARGS = ["--literal-pathspecs", "-c", "core.quotePath=false"];


export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface OutputSink {
  push(data: Buffer): void;
  end(): void;
}

function gitEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // GIT_OPTIONAL_LOCKS=0: a read-only look must not refresh (and lock) the user's index.
  return { ...process.env, GIT_OPTIONAL_LOCKS: "0", ...extra };
}

function spawnGit(cwd: string, args: string[], env: Record<string, string>, input: string | undefined, sink: OutputSink | null): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", [...GIT_BASE_ARGS, ...args], { cwd, env: gitEnv(env), stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let errBytes = 0;
    child.stdout.on("data", (d: Buffer) => (sink ? sink.push(d) : out.push(d)));
    child.stderr.on("data", (d: Buffer) => {
      // Only the tail matters for an error message.
      err.push(d);
      errBytes += d.length;
      while (errBytes > 16 * 1024 && err.length > 1) errBytes -= (err.shift() as Buffer).length;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      sink?.end();
      resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
  });
}

export function runGit(cwd: string, args: string[], env: Record<string, string> = {}, input?: string): Promise<GitResult> {
  return spawnGit(cwd, args, env, input, null);
}

export async function gitOk(cwd: string, args: string[], env: Record<string, string> = {}, input?: string): Promise<string> {
  const r = await runGit(cwd, args, env, input);
  if (r.code !== 0) throw new Error(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${r.stderr.trim()}`);
  return r.stdout.toString("utf8");
}

export async function streamGit(cwd: string, args: string[], env: Record<string, string>, sink: OutputSink): Promise<void> {
  const r = await spawnGit(cwd, args, env, undefined, sink);
  if (r.code !== 0) throw new Error(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${r.stderr.trim()}`);
}
