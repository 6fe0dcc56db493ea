// Runs one Codex turn: `codex exec --json` (or `exec resume`), prompt on stdin, JSONL events read from stdout
// as they arrive, a wall-clock and an idle watchdog, and a typed result.
//
// Failures are RETURNED, not thrown: `{ success: false, error: { code, message, hint } }` is exactly what the
// CLI prints with --json, and a failed turn still carries useful partial data (SESSION_ID, messages, usage).
// Callers that prefer exceptions use `throwIfFailed(result)`; the typed CodexCollabError (with its exitCode)
// is also on `result.failure` (non-enumerable, so JSON.stringify(result) stays the documented contract).
// Only programming errors (e.g. an invalid sandbox mode) throw.
import { createInterface } from "node:readline";
import { StringDecoder } from "node:string_decoder";
import {
  CancelledError,
  CodexAuthError,
  CodexCollabError,
  CodexFailedError,
  CodexNotFoundError,
  type ErrorCode,
  PromptTooLargeError,
  SessionNotFoundError,
  TimeoutError,
} from "../errors.js";
import type { Usage } from "../state/schema.js";
import { buildCodexArgs, isThreadId, type SandboxMode } from "./args.js";
import { missingCredentials } from "../doctor/credentials.js";
import { resolveCodexBin } from "./bin.js";
import { type CodexEvent, parseEventLine } from "./events.js";
import { signalGroups, treeGroups, waitGroupsGone } from "./kill.js";
import { startProcess } from "./spawn.js";

/** Codex rejects longer inputs ("input_too_large"); it counts Unicode code points, not UTF-16 units. */
export const MAX_PROMPT_CHARS = 1_048_576;
export const DEFAULT_TIMEOUT_MS = 900_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 300_000;
/** Time between SIGTERM and SIGKILL when the watchdog or a cancel stops codex. */
export const KILL_GRACE_MS = 2_000;
const STDERR_TAIL_LINES = 20;

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
}

export interface CodexErrorInfo {
  code: ErrorCode;
  message: string;
  hint: string;
}

export interface CodexResult {
  success: boolean;
  /** Codex thread id of this turn (resume it with `sessionId`); null when codex never started a thread. */
  SESSION_ID: string | null;
  /** Every agent message of the turn, joined by blank lines. */
  agent_messages: string;
  /** The final agent message alone (the JSON document when `outputSchemaFile` was given). */
  last_message: string | null;
  all_messages?: CodexEvent[];
  usage: Usage;
  error?: CodexErrorInfo;
  /** Non-fatal notes: codex warnings, reconnects, skipped non-JSON lines. */
  warnings: string[];
  /** The typed error behind `error` (non-enumerable). */
  readonly failure?: CodexCollabError;
}

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

const AUTH_RE = /\b401\b|unauthori[sz]ed|not logged in|\blog ?in\b|invalid api key|incorrect api key|missing environment variable/i;
const RECONNECT_RE = /^Reconnecting\.\.\./;
const NO_SESSION_RE = /no rollout found|thread not found|session not found|no (?:thread|session) (?:found|with)/i;

type StopReason = "TIMEOUT" | "IDLE_TIMEOUT" | "CANCELLED" | "SESSION_MISMATCH";

const isWindows = process.platform === "win32";

function zeroUsage(): Usage {
  return { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 };
}

function buildEnv(extra: Record<string, string | undefined> | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...extra })) if (v !== undefined) env[k] = v;
  return env;
}

function tailLines(text: string, n: number): string {
  return text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(-n).join("\n");
}

export async function runCodex(opts: RunCodexOptions): Promise<CodexResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const idleTimeoutMs = opts.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const graceMs = opts.killGraceMs ?? KILL_GRACE_MS;

  let sessionId: string | null = null;
  const messages: string[] = [];
  const events: CodexEvent[] = [];
  const warnings: string[] = [];
  const usage = zeroUsage();
  let turnCompleted = false;
  let turnFailed: string | null = null;
  let lastError: string | null = null;
  const nonJson: string[] = [];
  let nonJsonCount = 0;

  const finish = (failure?: CodexCollabError): CodexResult => {
    if (nonJsonCount > 0) {
      warnings.push(`skipped ${nonJsonCount} non-JSON stdout line(s): ${nonJson.map((l) => JSON.stringify(l)).join(", ")}`);
    }
    const result: CodexResult = {
      success: failure === undefined,
      SESSION_ID: sessionId,
      agent_messages: messages.join("\n\n"),
      last_message: messages.at(-1) ?? null,
      ...(opts.returnAllMessages ? { all_messages: events } : {}),
      usage,
      ...(failure ? { error: failure.toJSON() } : {}),
      warnings,
    };
    if (failure) Object.defineProperty(result, "failure", { value: failure, enumerable: false });
    return result;
  };

  // Refusals that need no process.
  const chars = promptChars(opts.prompt);
  if (chars > MAX_PROMPT_CHARS) return finish(new PromptTooLargeError(chars, MAX_PROMPT_CHARS));
  if (opts.sessionId !== undefined && !isThreadId(opts.sessionId)) return finish(new SessionNotFoundError(opts.sessionId));
  if (opts.signal?.aborted) return finish(new CancelledError());
  const env = buildEnv(opts.env);
  let bin: string;
  try {
    bin = opts.bin ?? resolveCodexBin(env);
  } catch (e) {
    if (e instanceof CodexCollabError) return finish(e);
    throw e;
  }
  // Without credentials codex would wait out the idle timeout; say so at once, with doctor's fix.
  const noCredentials = await missingCredentials(env, bin);
  if (noCredentials) return finish(noCredentials);
  const args = buildCodexArgs({
    ...(opts.sandbox ? { sandbox: opts.sandbox } : {}),
    ...(opts.sessionId ? { sessionId: opts.sessionId } : {}),
    ...(opts.model ? { model: opts.model } : {}),
    ...(opts.effort ? { effort: opts.effort } : {}),
    ...(opts.outputSchemaFile ? { outputSchemaFile: opts.outputSchemaFile } : {}),
  });

  // Own process group so the watchdog can kill the shim, the native binary and its tools together.
  const { child: sub, ended } = await startProcess(bin, args, { cwd: opts.cwd, env, detached: !isWindows });
  const pid = sub.pid;

  let exited = false;
  sub.once("exit", () => (exited = true));
  let gateError: { error: unknown } | null = null;
  let stopping = false;
  let stopReason: StopReason | null = null;
  let graceTimer: NodeJS.Timeout | undefined;
  let stoppedAt = 0;
  // Groups of the tree as seen when we stopped it: orphans are no longer reachable through parent pids later.
  const stoppedGroups = new Set<number>();
  const stop = (reason: StopReason) => {
    if (stopping || pid === undefined) return;
    stopping = true;
    stoppedAt = Date.now();
    // Once codex itself has exited, a stop only clears a straggler holding stdout open: its result stands.
    if (!exited) stopReason = reason;
    for (const g of treeGroups(pid)) stoppedGroups.add(g);
    signalGroups(pid, stoppedGroups, "SIGTERM");
    graceTimer = setTimeout(() => {
      for (const g of treeGroups(pid)) stoppedGroups.add(g);
      signalGroups(pid, stoppedGroups, "SIGKILL");
    }, graceMs);
  };
  const wallTimer = setTimeout(() => stop("TIMEOUT"), timeoutMs);
  const idleTimer = setTimeout(() => stop("IDLE_TIMEOUT"), idleTimeoutMs);
  const onAbort = () => stop("CANCELLED");
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  // A detached group outlives us unless we end it: do so if this process exits mid-run.
  const onProcessExit = () => {
    if (pid !== undefined) signalGroups(pid, treeGroups(pid), "SIGTERM");
  };
  process.on("exit", onProcessExit);

  // The prompt, then EOF: an open stdin makes codex wait for more.
  const writePrompt = () => {
    if (!stopping) sub.stdin?.end(opts.prompt);
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

  const handleEvent = (ev: CodexEvent) => {
    switch (ev.type) {
      case "thread.started":
        sessionId = ev.thread_id;
        // Never let a resume silently become a new session.
        if (opts.sessionId && ev.thread_id.toLowerCase() !== opts.sessionId.toLowerCase()) stop("SESSION_MISMATCH");
        break;
      case "turn.completed":
        turnCompleted = true;
        usage.input_tokens += ev.usage.input_tokens;
        usage.cached_input_tokens += ev.usage.cached_input_tokens;
        usage.output_tokens += ev.usage.output_tokens;
        usage.reasoning_output_tokens += ev.usage.reasoning_output_tokens;
        break;
      case "turn.failed":
        turnFailed = ev.error.message || lastError || "Codex reported a failed turn.";
        break;
      case "error":
        if (RECONNECT_RE.test(ev.message)) warnings.push(ev.message);
        else lastError = ev.message;
        break;
      case "item.completed":
        if (ev.item.type === "agent_message") messages.push(ev.item.text);
        else if (ev.item.type === "error") warnings.push(ev.item.message);
        break;
      default:
        break;
    }
  };

  const stdoutDone = new Promise<void>((resolve) => {
    if (!sub.stdout) return resolve();
    const rl = createInterface({ input: sub.stdout, crlfDelay: Infinity });
    rl.on("line", (line) => {
      idleTimer.refresh();
      const ev = parseEventLine(line);
      if (ev === null) {
        if (line.trim() === "") return;
        nonJsonCount++;
        if (nonJson.length < 5) nonJson.push(line.length > 200 ? `${line.slice(0, 200)}…` : line);
        return;
      }
      if (opts.returnAllMessages) events.push(ev);
      handleEvent(ev);
      if (opts.onEvent) {
        try {
          opts.onEvent(ev);
        } catch (e) {
          warnings.push(`onEvent callback threw: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    });
    rl.once("close", () => resolve());
  });

  // stderr is human noise: keep only a bounded tail for error messages.
  let stderr = "";
  const decoder = new StringDecoder("utf8");
  sub.stderr?.on("data", (chunk: Buffer) => {
    stderr += decoder.write(chunk);
    if (stderr.length > 32_768) stderr = stderr.slice(-16_384);
  });

  const res = await ended;
  await stdoutDone;
  stderr += decoder.end();
  clearTimeout(wallTimer);
  clearTimeout(idleTimer);
  clearTimeout(graceTimer);
  opts.signal?.removeEventListener("abort", onAbort);
  process.off("exit", onProcessExit);
  // Whatever happened, leave no process of the group behind (tools codex started, a shim that outlived a kill).
  // Windows has no process groups and reuses pids: taskkill /T already ran on a stop there.
  if (pid !== undefined && !isWindows) {
    const groups = new Set([pid, ...stoppedGroups]);
    // After a stop, the rest of the tree still gets what is left of its SIGTERM grace: codex itself exits at
    // once, but helpers in other sessions (the login shell of its environment snapshot) may be cleaning up, and
    // one killed outright leaves its locks behind (measured: pyenv's rehash lock, stalling later shells 60 s).
    if (stopping) await waitGroupsGone(groups, Math.max(0, stoppedAt + graceMs - Date.now()));
    signalGroups(pid, groups, "SIGKILL");
    // After a stop, return only once the tree is really gone, so callers may rely on it (bounded: a zombie
    // that nobody reaps still counts as a group member; a loaded machine can take seconds to tear a tree down).
    if (stopping) await waitGroupsGone(groups, 5_000);
  }

  const stderrTail = tailLines(stderr, STDERR_TAIL_LINES);
  const classify = (message: string) => (AUTH_RE.test(message) ? new CodexAuthError(message) : new CodexFailedError(message, stderrTail));
  const secs = (ms: number) => Math.round(ms / 100) / 10;

  // A gate that has not settled by now (codex failed to start, or exited on its own) is still the caller's
  // work: wait for it, so its failure is reported rather than lost.
  if (opts.promptGate !== undefined && gateError === null) await opts.promptGate.catch((error: unknown) => (gateError = { error }));
  const gate = gateError as { error: unknown } | null;
  if (gate) throw gate.error;
  if (res.errorCode === "ENOENT") return finish(new CodexNotFoundError(bin, { cause: res.cause }));
  // TS cannot see the callbacks' writes to stopReason; read it through a widened local.
  const stopped = stopReason as StopReason | null;
  if (stopped === "CANCELLED") return finish(new CancelledError());
  if (stopped === "TIMEOUT") return finish(new TimeoutError("TIMEOUT", secs(timeoutMs)));
  if (stopped === "IDLE_TIMEOUT") return finish(new TimeoutError("IDLE_TIMEOUT", secs(idleTimeoutMs)));
  if (stopped === "SESSION_MISMATCH") {
    sessionId = null;
    return finish(new SessionNotFoundError(opts.sessionId ?? ""));
  }
  if (turnFailed !== null) return finish(classify(turnFailed));
  if (res.exitCode !== 0) {
    if (opts.sessionId && NO_SESSION_RE.test(stderr)) return finish(new SessionNotFoundError(opts.sessionId));
    if (lastError !== null) return finish(classify(lastError));
    const how = res.signal ? `was killed by ${res.signal}` : res.exitCode === undefined ? `could not run (${res.errorMessage})` : `exited with code ${res.exitCode}`;
    const authLine = stderrTail.split("\n").reverse().find((l) => AUTH_RE.test(l));
    if (authLine) return finish(new CodexAuthError(authLine.trim()));
    return finish(new CodexFailedError(`Codex ${how} before finishing the turn.`, stderrTail));
  }
  if (!turnCompleted) return finish(new CodexFailedError("Codex exited without completing the turn (no turn.completed event).", stderrTail));
  return finish();
}
