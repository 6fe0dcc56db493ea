// Runs the BUILT hook bundles (dist/hooks/*.cjs) as real processes, the way Claude Code runs them: the payload
// on stdin, CLAUDE_PROJECT_DIR set, NODE_EXTRA_CA_CERTS removed (as the installed command line does).
// Also: real captured payloads adapted to a temp project, the state file, and cleanup of background workers.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { journalPath, readJournal } from "../../src/worker/journal.js";
import { openStore } from "../../src/state/store.js";

export const HOOK_BUNDLES = {
  SessionStart: "session-start",
  UserPromptSubmit: "user-prompt-submit",
  PostToolUse: "post-tool-use",
  Stop: "stop",
  Wake: "wake",
} as const;
export type HookEventName = keyof typeof HOOK_BUNDLES;

export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

export function hookBundle(event: HookEventName): string {
  return join(DIST, "hooks", `${HOOK_BUNDLES[event]}.cjs`);
}

/** Fails early with a clear message instead of every test failing on ENOENT. */
export function requireBuilt(): void {
  const missing = [...Object.keys(HOOK_BUNDLES).map((e) => hookBundle(e as HookEventName)), join(DIST, "cli.js")].filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`build first (npm run build): missing ${missing.join(", ")}`);
}

const FIXTURES = fileURLToPath(new URL("../fixtures/hooks/", import.meta.url));
const CAPTURED_PROJECT = "/home/user/project";

/** A captured payload (test/fixtures/hooks/NAME.json) with its project paths moved to `project`. */
export function fixture(name: string, project: string, overrides: Record<string, unknown> = {}): Record<string, any> {
  const text = readFileSync(join(FIXTURES, `${name}.json`), "utf8");
  const moved = JSON.parse(text, (_key, value: unknown) =>
    typeof value === "string" && (value === CAPTURED_PROJECT || value.startsWith(`${CAPTURED_PROJECT}/`)) ? project + value.slice(CAPTURED_PROJECT.length) : value,
  );
  return { ...moved, ...overrides };
}

/** A PostToolUse payload for an Edit of `file` (absolute), built from the captured Edit payload. */
export function editPayload(project: string, file: string, oldString: string, newString: string, sessionId?: string): Record<string, any> {
  const base = fixture("post-tool-use-edit", project);
  return {
    ...base,
    ...(sessionId ? { session_id: sessionId } : {}),
    tool_input: { ...base.tool_input, file_path: file, old_string: oldString, new_string: newString },
    tool_response: { ...base.tool_response, filePath: file, oldString, newString },
  };
}

/**
 * Environment for a hook process: ours without anything that would change its behaviour (a Claude session
 * around the test run, CA certificates, codex-collab switches), plus CLAUDE_PROJECT_DIR and `extra`.
 */
export function hookEnv(project: string, extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k === "NODE_EXTRA_CA_CERTS" || k.startsWith("CLAUDE") || k.startsWith("CODEX_COLLAB_") || k === "CODEX_HOME") continue;
    env[k] = v;
  }
  env.CLAUDE_PROJECT_DIR = project;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface HookRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit. */
  ms: number;
}

export interface RunHookOptions {
  /**
   * PostToolUse only: also start the wake hook beside it, in the background, as Claude Code does (default true).
   * With the wake hook on, that hook is what starts the review worker (src/worker/start-request.ts).
   */
  withWake?: boolean;
  /** Default: the project. */
  cwd?: string;
  /** Full environment; default hookEnv(project). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Runs one hook bundle with `input` (an object is sent as JSON, a string as is) on stdin. */
export function runHook(event: HookEventName, input: string | object, project: string, opts: RunHookOptions = {}): Promise<HookRun> {
  const payload = typeof input === "string" ? input : JSON.stringify(input);
  if (event === "PostToolUse" && opts.withWake !== false) startWakeBeside(payload, project, opts);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [hookBundle(event)], { cwd: opts.cwd ?? project, env: opts.env ?? hookEnv(project), stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 30_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    });
    // A hook may exit before reading a large payload (disabled, say): that is not a test failure.
    child.stdin.on("error", () => {});
    child.stdin.end(payload);
  });
}

/** The wake hook for the same tool call, not waited for (Claude Code does not wait for an asyncRewake hook either). */
function startWakeBeside(payload: string, project: string, opts: RunHookOptions): void {
  const child = spawn(process.execPath, [hookBundle("Wake")], { cwd: opts.cwd ?? project, env: opts.env ?? hookEnv(project), stdio: ["pipe", "ignore", "ignore"] });
  child.on("error", () => {});
  child.stdin.on("error", () => {});
  child.stdin.end(payload);
  child.unref();
}

/** stdout parsed as the hook's JSON output; null for empty stdout. Throws on anything else. */
export function hookJson(run: HookRun): any {
  if (run.stdout === "") return null;
  return JSON.parse(run.stdout);
}

export function additionalContext(run: HookRun): string | undefined {
  return hookJson(run)?.hookSpecificOutput?.additionalContext;
}

export function readState(project: string): any {
  const file = join(project, ".codex-collab");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

/**
 * The state as every hook and the CLI read it: the state file with the hooks' journal applied (a session's first
 * classification is journaled, not written); null when neither exists.
 */
export function storedState(project: string): any {
  return readState(project) === null && !existsSync(journalPath(project)) ? null : openStore(project).read();
}

/** The state file's and the journal's exact texts: what "nothing was written" compares. */
export function stateTexts(project: string): string[] {
  return [join(project, ".codex-collab"), journalPath(project)].map((f) => (existsSync(f) ? readFileSync(f, "utf8") : ""));
}

/**
 * Every edit waiting for review: the state's and those still in the hooks' journal, deduped as the drain would.
 * The journal is read first: a drain between the two reads then shows its edits in both, never in neither.
 */
export function pendingEdits(project: string): any[] {
  const journal = readJournal(project);
  const out: any[] = [...(readState(project)?.pendingEdits ?? [])];
  for (const e of journal) if (!out.some((p) => p.path === e.path && p.hash === e.hash)) out.push(e);
  return out;
}

export function readLog(project: string, name: "hooks.log" | "worker.log"): string {
  const file = join(project, ".codex-collab.d", name);
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

/** Pids of the review workers that took the worker lock, from worker.log ("[pid] started"), in order. */
export function startedWorkers(project: string): number[] {
  return [...readLog(project, "worker.log").matchAll(/\[(\d+)\] started$/gm)].map((m) => Number(m[1]));
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** `pid` and all its descendants (from ps), children first. */
export function processTree(pid: number): number[] {
  const r = spawnSync("ps", ["-A", "-o", "pid=", "-o", "ppid="], { encoding: "utf8" });
  const children = new Map<number, number[]>();
  for (const line of r.stdout.split("\n")) {
    const [p, pp] = line.trim().split(/\s+/).map(Number);
    if (!p || pp === undefined) continue;
    children.set(pp, [...(children.get(pp) ?? []), p]);
  }
  const out: number[] = [];
  const visit = (p: number): void => {
    for (const c of children.get(p) ?? []) visit(c);
    out.push(p);
  };
  visit(pid);
  return out;
}

export function killTree(pid: number): void {
  for (const p of processTree(pid)) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

/**
 * Review workers running for exactly this project (`… review-worker --project <project>`), found by their
 * command line, so a worker a hook spawned a moment ago counts before it has logged anything. Linux (/proc).
 */
export function workerProcesses(project: string): number[] {
  const out: number[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return startedWorkers(project).filter(pidAlive);
  }
  for (const e of entries) {
    try {
      const args = readFileSync(`/proc/${e}/cmdline`, "utf8").split("\0");
      const at = args.indexOf("review-worker");
      if (at >= 0 && args[at + 1] === "--project" && args[at + 2] === project) out.push(Number(e));
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

/** Kills every worker of this project (and their codex children), including ones still starting up. */
export function killWorkers(project: string): void {
  for (const pid of new Set([...workerProcesses(project), ...startedWorkers(project).filter(pidAlive)])) killTree(pid);
}

/**
 * Teardown for a project whose hooks may have spawned workers: kill them, then remove the directory, retrying
 * while a worker that was still starting writes into it. Bounded.
 */
export async function removeProject(project: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    killWorkers(project);
    try {
      rmSync(project, { recursive: true, force: true });
      if (!existsSync(project) && workerProcesses(project).length === 0) return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) throw new Error(`could not remove ${project}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` every `everyMs` until it returns a truthy value; throws `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | null | false, timeoutMs = 60_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}
