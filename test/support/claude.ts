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

export async function runClaude(options: RunClaudeOptions): Promise<RunClaudeResult> {
  const ownHome = options.home === undefined;
  const home = options.home ?? mkdtempSync(join(tmpdir(), "cc-claude-home-"));
  const configDir = join(home, ".claude");
  // The CLI keeps task output under $TMPDIR/claude-<uid>/; inside HOME it is removed with it.
  const tmp = join(home, "tmp");
  mkdirSync(configDir, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  const env: Record<string, string> = {
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
