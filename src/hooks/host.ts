// Which Claude Code runs this hook, and how: an `asyncRewake` hook can wake Claude only when Claude Code runs it in
// the background, which it does in interactive sessions and sessions with streaming input (stream-json, as SDK hosts
// use). In `-p` with a text prompt, and on versions without asyncRewake, the same hook runs in the foreground: there
// it must return at once, and findings wait for the next prompt as before. Measured (CLAUDE_CODE_FACTS.md §a).
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { basename } from "node:path";

/** The oldest Claude Code measured to wake the model from an asyncRewake hook (2.1.197 and 2.1.332 both do). */
export const MIN_WAKE_VERSION = "2.1.197";

/** How much of the transcript's end is read to find its version and a recent interrupt. */
const TAIL_BYTES = 256 * 1024;

export function transcriptTail(path: string | undefined): string {
  if (!path) return "";
  let fd: number | undefined;
  try {
    const size = statSync(path).size;
    const length = Math.min(size, TAIL_BYTES);
    const buf = Buffer.alloc(length);
    fd = openSync(path, "r");
    readSync(fd, buf, 0, length, size - length);
    return buf.toString("utf8");
  } catch {
    return "";
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The Claude Code version that wrote the transcript (every message entry carries it). */
export function transcriptVersion(tail: string): string | null {
  const all = [...tail.matchAll(/"version":"(\d+\.\d+\.\d+)[^"]*"/g)];
  return all.at(-1)?.[1] ?? null;
}

export function versionAtLeast(version: string, min: string): boolean {
  const a = version.split(".").map(Number);
  const b = min.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/**
 * Whether the user interrupted a turn after `since` (ISO time): Claude Code records "[Request interrupted by
 * user…]" as a user message in the transcript.
 */
export function interruptedSince(tail: string, since: string): boolean {
  for (const line of tail.split("\n")) {
    if (!line.includes("[Request interrupted by user")) continue;
    const at = /"timestamp":"([^"]+)"/.exec(line)?.[1];
    if (at !== undefined && at >= since) return true;
  }
  return false;
}

const WRAPPERS = new Set(["sh", "bash", "dash", "zsh", "env", "busybox", "timeout", "nice"]);

function procArgs(pid: number): { args: string[]; ppid: number } | null {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter((a) => a !== "");
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return { args, ppid };
  } catch {
    return process.platform === "linux" ? null : psArgs(pid);
  }
}

/** Without /proc (macOS, BSD): ps. Arguments come back space-joined; enough to see -p and --input-format. */
function psArgs(pid: number): { args: string[]; ppid: number } | null {
  try {
    // Loaded here only: requiring child_process costs every hook start-up, and Linux never gets here.
    const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
    const out = execFileSync("ps", ["-o", "ppid=", "-o", "args=", "-p", String(pid)], { encoding: "utf8", timeout: 2000 }).trim();
    const [ppid, ...args] = out.split(/\s+/);
    return args.length > 0 ? { args, ppid: Number(ppid) } : null;
  } catch {
    return null;
  }
}

/** The command line of the Claude Code process running this hook: CLAUDE_PID when set, else the first ancestor that is not a shell. */
export function hostArgs(env: NodeJS.ProcessEnv): string[] | null {
  const direct = Number(env.CLAUDE_PID);
  if (Number.isInteger(direct) && direct > 1) return procArgs(direct)?.args ?? null;
  let pid = process.ppid;
  for (let depth = 0; depth < 4 && pid > 1; depth++) {
    const p = procArgs(pid);
    if (!p || p.args.length === 0) return null;
    if (!WRAPPERS.has(basename(p.args[0] ?? ""))) return p.args;
    pid = p.ppid;
  }
  return null;
}

/** Claude runs this hook in the background (interactive, or `-p` with stream-json input). */
export function runsInBackground(args: readonly string[]): boolean {
  const print = args.includes("-p") || args.includes("--print");
  if (!print) return true;
  const i = args.indexOf("--input-format");
  return (i >= 0 && args[i + 1] === "stream-json") || args.includes("--input-format=stream-json");
}

export type WakeSupport = { ok: true; version: string } | { ok: false; why: string };

/** Whether an asyncRewake hook of this session can wake Claude; when in doubt, no (the next prompt delivers). */
export function wakeSupport(env: NodeJS.ProcessEnv, tail: string): WakeSupport {
  const version = transcriptVersion(tail);
  if (version === null) return { ok: false, why: "Claude Code's version is unknown (no transcript)" };
  if (!versionAtLeast(version, MIN_WAKE_VERSION)) return { ok: false, why: `Claude Code ${version} cannot wake (needs ${MIN_WAKE_VERSION})` };
  const args = hostArgs(env);
  if (args === null) return { ok: false, why: "the Claude Code process was not found" };
  if (!runsInBackground(args)) return { ok: false, why: "a -p session without streaming input runs the hook in the foreground" };
  return { ok: true, version };
}
