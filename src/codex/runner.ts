// Runs one Codex turn: `codex exec --json` (or `exec resume`), prompt on stdin, JSONL events read from stdout
// as they arrive, a wall-clock and an idle watchdog, and a typed result.
//
// Failures are RETURNED, not thrown: `{ success: false, error: { code, message, hint } }` is exactly what the
// CLI prints with --json, and a failed turn still carries useful partial data (SESSION_ID, messages, usage).
// Callers that prefer exceptions use `throwIfFailed(result)`; the typed CodexCollabError (with its exitCode)
// is also on `result.failure` (non-enumerable, so JSON.stringify(result) stays the documented contract).
// Only programming errors (e.g. an invalid sandbox mode) throw.
import { createInterface } from "node:readline";
import { CancelledError, CodexCollabError, CodexFailedError, PromptTooLargeError, SessionNotFoundError } from "../errors.js";
import { findProjectRoot } from "../project.js";
import { buildCodexArgs, isThreadId, type SandboxMode } from "./args.js";
import { missingCredentials } from "../doctor/credentials.js";
import { resolveCodexBin } from "./bin.js";
import { createCollector, type Collected } from "./collector.js";
import type { CodexEvent } from "./events.js";
import { buildResult, type CodexResult, decideFailure } from "./outcome.js";
import { reapStaleRuns, recordRun } from "./registry.js";
import { startProcess } from "./spawn.js";
import { stderrTail } from "./stderr-tail.js";
import { startWatchdog } from "./watchdog.js";

/** Codex rejects longer inputs ("input_too_large"); it counts Unicode code points, not UTF-16 units. */
export const MAX_PROMPT_CHARS = 1_048_576;
export const DEFAULT_TIMEOUT_MS = 900_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 300_000;
/** Time between SIGTERM and SIGKILL when the watchdog or a cancel stops codex. */
export const KILL_GRACE_MS = 2_000;
const STDERR_TAIL_LINES = 20;
/** How often onTick is called. */
export const TICK_MS = 1_000;

export interface RunCodexOptions {
  /** Sent on stdin, never on argv. At most MAX_PROMPT_CHARS code points. */
  prompt: string;
  /** Working directory of the codex process (resume has no --cd: this is how its cwd is set). */
  cwd: string;
  /** Defaults to "read-only"; pinned with `-c sandbox_mode` on resumed turns too. */
  sandbox?: SandboxMode;
  /** Codex thread id (a UUID) to resume. Absent = new session. */
  sessionId?: string;
  model?: string;
  /** Reasoning effort level, e.g. low, medium, high. */
  effort?: string;
  outputSchemaFile?: string;
  /** Put every parsed event in `result.all_messages`. */
  returnAllMessages?: boolean;
  /** Wall-clock limit for the whole run; default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Longest silence (no stdout line) tolerated; default DEFAULT_IDLE_TIMEOUT_MS. */
  idleTimeoutMs?: number;
  /**
   * Aborting stops codex (whole process tree) and yields CANCELLED. Codex runs in its own process group, so a
   * terminal's Ctrl-C does not reach it: callers wire SIGINT/SIGTERM to this signal.
   */
  signal?: AbortSignal;
  /** Called for every parsed event, in order, as it arrives (progress display). Exceptions are caught. */
  onEvent?: (event: CodexEvent) => void;
  /** Merged over process.env; an `undefined` value removes the variable. */
  env?: Record<string, string | undefined>;
  /** Codex executable; default resolveCodexBin() ($CODEX_COLLAB_CODEX_BIN, else `codex` on PATH). */
  bin?: string;
  /** SIGTERM→SIGKILL grace; default KILL_GRACE_MS. */
  killGraceMs?: number;
  /**
   * Work that must finish before codex may act, done while codex starts up (a few hundred ms) instead of
   * before it. codex is spawned at once but gets its prompt on stdin only when this resolves, and it does nothing
   * in the working tree before it has a prompt. If it rejects, codex gets an empty stdin instead, which it refuses
   * ("No prompt provided", no model request), and runCodex rejects with the same error once codex has exited.
   */
  promptGate?: Promise<unknown>;
  /**
   * Called every TICK_MS while codex runs, with the time since the run started: lets a progress display say
   * "still working" during long silent stretches (a model thinking for minutes sends nothing).
   */
  onTick?: (elapsedMs: number) => void;
}

export type { CodexErrorInfo, CodexResult } from "./outcome.js";

/** Returns the result when it succeeded, otherwise throws its typed CodexCollabError. */
export function throwIfFailed(result: CodexResult): CodexResult & { success: true } {
  if (result.success) return result as CodexResult & { success: true };
  throw result.failure ?? new CodexFailedError(result.error?.message ?? "Codex failed.");
}

/** Unicode code points, the unit codex's input limit uses; cheap when the UTF-16 length already fits. */
export function promptChars(prompt: string): number {
  if (prompt.length <= MAX_PROMPT_CHARS) return prompt.length;
  let n = 0;
  for (const _ of prompt) n++;
  return n;
}


const isWindows = process.platform === "win32";

function buildEnv(extra: Record<string, string | undefined> | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...extra })) if (v !== undefined) env[k] = v;
  return env;
}

/** Refusals that need no process: too long a prompt, a session name instead of an id, already cancelled. */
function refusal(opts: RunCodexOptions): CodexCollabError | undefined {
  const chars = promptChars(opts.prompt);
  if (chars > MAX_PROMPT_CHARS) return new PromptTooLargeError(chars, MAX_PROMPT_CHARS);
  if (opts.sessionId !== undefined && !isThreadId(opts.sessionId)) return new SessionNotFoundError(opts.sessionId);
  if (opts.signal?.aborted) return new CancelledError();
  return undefined;
}

export async function runCodex(opts: RunCodexOptions): Promise<CodexResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const idleTimeoutMs = opts.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const returnAllMessages = opts.returnAllMessages;
  const empty = (): Collected => createCollector().done();

  const refused = refusal(opts);
  if (refused) return buildResult(empty(), refused, { returnAllMessages });
  const env = buildEnv(opts.env);
  let bin: string;
  try {
    bin = opts.bin ?? resolveCodexBin(env);
  } catch (e) {
    if (e instanceof CodexCollabError) return buildResult(empty(), e, { returnAllMessages });
    throw e;
  }
  // Without credentials codex would wait out the idle timeout; say so at once, with doctor's fix.
  const noCredentials = await missingCredentials(env, bin);
  if (noCredentials) return buildResult(empty(), noCredentials, { returnAllMessages });
  const args = buildCodexArgs({
    ...(opts.sandbox ? { sandbox: opts.sandbox } : {}),
    ...(opts.sessionId ? { sessionId: opts.sessionId } : {}),
    ...(opts.model ? { model: opts.model } : {}),
    ...(opts.effort ? { effort: opts.effort } : {}),
    ...(opts.outputSchemaFile ? { outputSchemaFile: opts.outputSchemaFile } : {}),
  });

  // Codex left running by an owner that died (SIGKILL) is ended first (it may hold the very thread this run
  // resumes); this run is recorded with us as its owner.
  const root = findProjectRoot(opts.cwd);
  await reapStaleRuns(root, { hold: true });
  if (opts.signal?.aborted) return buildResult(empty(), new CancelledError(), { returnAllMessages });
  const started = Date.now();
  // Own process group so the watchdog can kill the shim, the native binary and its tools together.
  const { child: sub, ended } = await startProcess(bin, args, { cwd: opts.cwd, env, detached: !isWindows });
  const unrecord = sub.pid !== undefined && !isWindows ? recordRun(root, sub.pid) : () => {};
  let exited = false;
  sub.once("exit", () => (exited = true));
  const dog =
    sub.pid === undefined
      ? null
      : startWatchdog({ pid: sub.pid, timeoutMs, idleTimeoutMs, graceMs: opts.killGraceMs ?? KILL_GRACE_MS, signal: opts.signal, exited: () => exited });
  const ticker = opts.onTick ? setInterval(() => safely(() => opts.onTick?.(Date.now() - started)), TICK_MS) : undefined;

  let gateError: { error: unknown } | null = null;
  // The prompt, then EOF: an open stdin makes codex wait for more.
  const writePrompt = () => {
    if (!dog?.stopping) sub.stdin?.end(opts.prompt);
  };
  if (opts.promptGate === undefined) writePrompt();
  else {
    opts.promptGate.then(writePrompt, (error: unknown) => {
      gateError = { error };
      // Let codex end by itself rather than killing it mid-startup: a kill then can hit the login shell it
      // starts for its environment snapshot while that shell holds a lock (measured: a stale pyenv rehash lock).
      sub.stdin?.end();
    });
  }

  const collector = createCollector({
    returnAllMessages,
    onEvent: opts.onEvent,
    expectedSession: opts.sessionId,
    onSessionMismatch: () => dog?.stop("SESSION_MISMATCH"),
  });
  const stdoutDone = new Promise<void>((resolve) => {
    if (!sub.stdout) return resolve();
    const rl = createInterface({ input: sub.stdout, crlfDelay: Infinity });
    rl.on("line", (line) => {
      dog?.activity();
      collector.line(line);
    });
    rl.once("close", () => resolve());
  });
  const tail = stderrTail(sub.stderr, STDERR_TAIL_LINES);

  const end = await ended;
  await stdoutDone;
  clearInterval(ticker);
  // Whatever happened, leave no process of the group behind (tools codex started, a shim that outlived a kill).
  await dog?.finish();
  unrecord();

  // A gate that has not settled by now (codex failed to start, or exited on its own) is still the caller's
  // work: wait for it, so its failure is reported rather than lost.
  if (opts.promptGate !== undefined && gateError === null) await opts.promptGate.catch((error: unknown) => (gateError = { error }));
  const gate = gateError as { error: unknown } | null;
  if (gate) throw gate.error;
  const reason = dog?.reason ?? null;
  const collected = collector.done();
  const failure = decideFailure({ collected, end, reason, stderrTail: tail(), bin, sessionId: opts.sessionId, timeoutMs, idleTimeoutMs });
  return buildResult(collected, failure, { returnAllMessages, sessionMismatch: reason === "SESSION_MISMATCH" });
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // A progress display's failure must not end the run.
  }
}
