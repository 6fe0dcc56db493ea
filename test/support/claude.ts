// Runs the real pinned Claude Code CLI in print mode against a local Messages API server,
// with a clean environment so nothing from the developer's ~/.claude or shell leaks in.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The oldest Claude Code we support (pinned as @anthropic-ai/claude-code). */
export const CLAUDE_OLDEST_BIN = fileURLToPath(
  new URL("../../node_modules/@anthropic-ai/claude-code/bin/claude.exe", import.meta.url),
);
/** The newest release (pinned under the npm alias claude-code-newest); it owns node_modules/.bin/claude. */
export const CLAUDE_NEWEST_BIN = fileURLToPath(new URL("../../node_modules/claude-code-newest/bin/claude.exe", import.meta.url));
/** Both pinned versions, for tests that must hold on every supported Claude Code. */
export const CLAUDE_VERSIONS = [
  { name: "2.1.197 (oldest)", bin: CLAUDE_OLDEST_BIN },
  { name: "2.1.332 (newest)", bin: CLAUDE_NEWEST_BIN },
] as const;
/** Default for tests written against one version: the oldest supported. */
export const CLAUDE_BIN = CLAUDE_OLDEST_BIN;

export interface RunClaudeOptions {
  cwd: string;
  prompt: string;
  serverUrl: string;
  /**
   * HOME for the run; CLAUDE_CONFIG_DIR is HOME/.claude and TMPDIR is HOME/tmp.
   * A temp dir (removed afterwards) when omitted.
   */
  home?: string;
  extraEnv?: Record<string, string>;
  /** Appended after the default arguments. */
  args?: string[];
  /** Kill the CLI (and its process group: hooks, tools) after this long. Default 60 s. */
  timeoutMs?: number;
  /** Aborting kills the CLI and its process group too (its own group: a terminal's Ctrl-C does not reach it). */
  signal?: AbortSignal;
  /** Which Claude Code binary to run (CLAUDE_VERSIONS); the oldest supported by default. */
  bin?: string;
}

export interface RunClaudeResult {
  /** null when the process was killed by a signal. */
  exitCode: number | null;
  timedOut: boolean;
  /** Parsed stream-json lines. */
  events: any[];
  stdout: string;
  stderr: string;
}

/** A clean environment for the CLI under `home`: CLAUDE_CONFIG_DIR is HOME/.claude, TMPDIR is HOME/tmp. */
function claudeEnv(home: string, options: { serverUrl: string; extraEnv?: Record<string, string> }): Record<string, string> {
  const configDir = join(home, ".claude");
  // The CLI keeps task output under $TMPDIR/claude-<uid>/; inside HOME it is removed with it.
  const tmp = join(home, "tmp");
  mkdirSync(configDir, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  return {
    PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
    HOME: home,
    TMPDIR: tmp,
    CLAUDE_CONFIG_DIR: configDir,
    ANTHROPIC_BASE_URL: options.serverUrl,
    ANTHROPIC_API_KEY: "test",
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
    DISABLE_TELEMETRY: "1",
    DISABLE_AUTOUPDATER: "1",
    ...options.extraEnv,
  };
}

export async function runClaude(options: RunClaudeOptions): Promise<RunClaudeResult> {
  const ownHome = options.home === undefined;
  const home = options.home ?? mkdtempSync(join(tmpdir(), "cc-claude-home-"));
  const env = claudeEnv(home, options);
  const args = [
    "-p",
    options.prompt,
    "--output-format",
    "stream-json",
    "--verbose",
    "--permission-mode",
    "acceptEdits",
    ...(options.args ?? []),
  ];
  try {
    return await new Promise<RunClaudeResult>((resolve, reject) => {
      // Own process group, so a timeout also kills hook and tool children.
      const child = spawn(options.bin ?? CLAUDE_BIN, args, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
      let stdout = "";
      let stderr = "";
      let timedOut = false;
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup(child.pid);
      }, options.timeoutMs ?? 60_000);
      const onAbort = () => killGroup(child.pid);
      if (options.signal?.aborted) onAbort();
      else options.signal?.addEventListener("abort", onAbort, { once: true });
      child.on("error", (err) => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        reject(err);
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        resolve({ exitCode: code, timedOut, events: parseJsonLines(stdout), stdout, stderr });
      });
    });
  } finally {
    if (ownHome) rmSync(home, { recursive: true, force: true });
  }
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // The group is already gone.
  }
}

function parseJsonLines(stdout: string): any[] {
  const events: any[] = [];
  for (const line of stdout.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed.startsWith("{")) continue;
    try {
      events.push(JSON.parse(trimmed));
    } catch {
      // A partial line from a killed process is not an event.
    }
  }
  return events;
}

export interface ClaudeSessionOptions extends Omit<RunClaudeOptions, "prompt"> {
  /** The first user message; more are sent with `send`. */
  prompt: string;
}

/**
 * A Claude Code session held open the way the interactive UI and SDK hosts hold it: `--input-format stream-json`,
 * stdin kept open between user messages. Only such sessions run `asyncRewake` hooks in the background and can be
 * woken by them (CLAUDE_CODE_FACTS.md §a); a `-p` text prompt runs them synchronously.
 */
export interface ClaudeSession {
  /** Parsed stream-json events so far, in arrival order. */
  events: any[];
  /** `result` events so far: one per finished turn. */
  results(): any[];
  /** Sends another user message. */
  send(text: string): void;
  /** Sends an SDK interrupt (what Esc does in the UI) for the turn in progress. */
  interrupt(): void;
  /** Resolves with the first event (from `from` on) matching `pred`; rejects after `timeoutMs`. */
  waitForEvent(pred: (e: any) => boolean, timeoutMs: number, from?: number): Promise<any>;
  /** Closes stdin and waits for the CLI to exit (killing its group after `graceMs`). */
  close(graceMs?: number): Promise<RunClaudeResult>;
}

export function startClaudeSession(options: ClaudeSessionOptions): ClaudeSession {
  const ownHome = options.home === undefined;
  const home = options.home ?? mkdtempSync(join(tmpdir(), "cc-claude-home-"));
  const env = claudeEnv(home, options);
  const args = [
    "-p",
    "--input-format",
    "stream-json",
    "--output-format",
    "stream-json",
    "--verbose",
    "--permission-mode",
    "acceptEdits",
    ...(options.args ?? []),
  ];
  const child = spawn(options.bin ?? CLAUDE_BIN, args, { cwd: options.cwd, env, stdio: ["pipe", "pipe", "pipe"], detached: true });
  const events: any[] = [];
  let stdout = "";
  let stderr = "";
  let pending = "";
  let timedOut = false;
  const waiters = new Set<() => void>();
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
    pending += d;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    events.push(...parseJsonLines(lines.join("\n")));
    for (const w of waiters) w();
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  child.stdin.on("error", () => {});
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, options.timeoutMs ?? 120_000);
  const onAbort = () => killGroup(child.pid);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let seq = 0;
  const write = (value: unknown): void => {
    if (child.stdin.writable) child.stdin.write(`${JSON.stringify(value)}\n`);
  };
  const send = (textValue: string): void => write({ type: "user", message: { role: "user", content: textValue } });
  send(options.prompt);
  return {
    events,
    results: () => events.filter((e) => e.type === "result"),
    send,
    interrupt: () => write({ type: "control_request", request_id: `int-${++seq}`, request: { subtype: "interrupt" } }),
    waitForEvent(pred, timeoutMs, from = 0) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const hit = events.slice(from).find(pred);
          if (hit === undefined) return false;
          waiters.delete(check);
          clearTimeout(t);
          resolve(hit);
          return true;
        };
        const t = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching Claude event within ${timeoutMs} ms (${events.length} events)`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close(graceMs = 35_000) {
      child.stdin.end();
      const grace = setTimeout(() => killGroup(child.pid), graceMs);
      const exitCode = await exited;
      clearTimeout(grace);
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      if (ownHome) rmSync(home, { recursive: true, force: true });
      return { exitCode, timedOut, events: [...events, ...parseJsonLines(pending)], stdout, stderr };
    },
  };
}
