// How a codex turn ended, as the typed result callers get: which error (if any) explains it, with the line that
// explains it and a next step that fits the cause. Pure: what was collected and how the process ended, in.
import {
  CancelledError,
  CodexAuthError,
  CodexCollabError,
  CodexFailedError,
  CodexNotFoundError,
  type ErrorCode,
  SessionNotFoundError,
  TimeoutError,
} from "../errors.js";
import type { Usage } from "../state/schema.js";
import type { Collected } from "./collector.js";
import type { CodexEvent } from "./events.js";
import type { ProcessEnd } from "./spawn.js";
import type { StopReason } from "./watchdog.js";

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

const AUTH_RE = /\b401\b|unauthori[sz]ed|not logged in|\blog ?in\b|invalid api key|incorrect api key|missing environment variable/i;
const NO_SESSION_RE = /no rollout found|thread not found|session not found|no (?:thread|session) (?:found|with)/i;
/** codex's words for an HTTP 429 (measured, 0.169.0: "exceeded retry limit, last status: 429 Too Many Requests"). */
const RATE_LIMIT_RE = /\b429\b|too many requests|rate[ _-]?limit|usage limit|quota/i;
/** codex's words for a 5xx: it says "We're currently experiencing high demand, ..." for a 500. */
const SERVICE_RE = /\b5\d\d\b|high demand|service unavailable|internal server error|bad gateway|gateway timeout|overloaded/i;
/** A `response.failed` mid-stream: "stream disconnected before completion: <the server's message>". */
const STREAM_RE = /stream disconnected|response\.failed|stream (?:closed|error)/i;
/** A stderr line worth showing when no event explained the failure. */
const EXPLAINS_RE = /\berror\b|\bfail|\bpanic|\b[45]\d\d\b|denied|refused/i;

export const HINTS = {
  rateLimit: "The model provider is rate-limiting this account (HTTP 429): wait a minute and retry; if it persists, check the plan's usage limits.",
  service: "The model service is having trouble (HTTP 5xx), not codex-collab: retry in a few minutes; check the provider's status page if it persists.",
  stream: "The model provider ended the response with an error: retry; if it keeps failing, try another model or check the provider's status.",
} as const;

/** The next step for a model failure message, or undefined when the cause is not recognised. */
export function failureHint(message: string): string | undefined {
  if (RATE_LIMIT_RE.test(message)) return HINTS.rateLimit;
  if (SERVICE_RE.test(message)) return HINTS.service;
  if (STREAM_RE.test(message)) return HINTS.stream;
  return undefined;
}

/**
 * The stderr lines that explain a failure: codex prints warnings unrelated to it (e.g. "WARNING: proceeding, even
 * though we could not create PATH aliases"), so lines saying error/failed/a status code win over the plain tail.
 */
export function explainingLines(stderrTail: string, max = 5): string {
  const lines = stderrTail.split("\n").filter((l) => l.trim() !== "");
  const telling = lines.filter((l) => EXPLAINS_RE.test(l) && !/^\s*WARNING\b/.test(l));
  return (telling.length > 0 ? telling : lines).slice(-max).join("\n");
}

export interface EndFacts {
  collected: Collected;
  end: ProcessEnd;
  reason: StopReason | null;
  /** The last non-blank lines of codex's stderr. */
  stderrTail: string;
  bin: string;
  /** The thread that was resumed, if any. */
  sessionId?: string;
  timeoutMs: number;
  idleTimeoutMs: number;
}

const secs = (ms: number) => Math.round(ms / 100) / 10;

/** A failure codex reported itself (an event): its own message explains it, the stderr tail would not. */
function reported(message: string): CodexCollabError {
  return AUTH_RE.test(message) ? new CodexAuthError(message) : new CodexFailedError(message, "", failureHint(message));
}

/** The error explaining how the turn ended, or undefined when it succeeded. */
export function decideFailure(f: EndFacts): CodexCollabError | undefined {
  const { collected: c, end } = f;
  if (end.errorCode === "ENOENT") return new CodexNotFoundError(f.bin, { cause: end.cause });
  if (f.reason === "CANCELLED") return new CancelledError();
  if (f.reason === "TIMEOUT") return new TimeoutError("TIMEOUT", secs(f.timeoutMs));
  if (f.reason === "IDLE_TIMEOUT") return new TimeoutError("IDLE_TIMEOUT", secs(f.idleTimeoutMs));
  if (f.reason === "SESSION_MISMATCH") return new SessionNotFoundError(f.sessionId ?? "");
  if (c.turnFailed !== null) return reported(c.turnFailed);
  if (end.exitCode !== 0) {
    if (f.sessionId && NO_SESSION_RE.test(f.stderrTail)) return new SessionNotFoundError(f.sessionId);
    if (c.lastError !== null) return reported(c.lastError);
    const how = end.signal ? `was killed by ${end.signal}` : end.exitCode === undefined ? `could not run (${end.errorMessage})` : `exited with code ${end.exitCode}`;
    const authLine = f.stderrTail.split("\n").reverse().find((l) => AUTH_RE.test(l));
    if (authLine) return new CodexAuthError(authLine.trim());
    const lines = explainingLines(f.stderrTail);
    return new CodexFailedError(`Codex ${how} before finishing the turn.`, lines, failureHint(lines));
  }
  if (!c.turnCompleted) return new CodexFailedError("Codex exited without completing the turn (no turn.completed event).", explainingLines(f.stderrTail));
  return undefined;
}

/** The documented result; a failed turn keeps its partial data. */
export function buildResult(c: Collected, failure: CodexCollabError | undefined, opts: { returnAllMessages?: boolean; sessionMismatch?: boolean } = {}): CodexResult {
  const result: CodexResult = {
    success: failure === undefined,
    // A resume that became another thread must not be recorded as this session's thread.
    SESSION_ID: opts.sessionMismatch ? null : c.sessionId,
    agent_messages: c.messages.join("\n\n"),
    last_message: c.messages.at(-1) ?? null,
    ...(opts.returnAllMessages ? { all_messages: c.events } : {}),
    usage: c.usage,
    ...(failure ? { error: failure.toJSON() } : {}),
    warnings: c.warnings,
  };
  if (failure) Object.defineProperty(result, "failure", { value: failure, enumerable: false });
  return result;
}
