// One Codex turn as every command runs it: pick the session (resume it for the user), redact the prompt,
// run codex, prove the tree was left alone, and record the turn in the project's state.
import { isThreadId } from "../codex/args.js";
import { runCodex, type CodexResult, type RunCodexOptions } from "../codex/runner.js";
import { SandboxViolationError, SessionNotFoundError } from "../errors.js";
import { redact } from "../redact/index.js";
import { ensureSession, recordTurn, resolveSessionRef, sessionName } from "../state/sessions.js";
import type { Session } from "../state/schema.js";
import type { Store } from "../state/store.js";
import { collectChange, displayPath } from "../review/diff.js";
import { oneLine } from "../text.js";
import { handedOff, handoffText, needsHandoff, openFindings } from "./handoff.js";
import { receiptOf, type Receipt } from "./receipt.js";
import { snapshotTree, treeChanges } from "./tree.js";
import { estimateCost, priceTable, pricedModel } from "./usage.js";
import type { Config } from "../config/schema.js";

/** The Claude Code session this command runs in, if any: every stage of its task shares one Codex thread. */
export function claudeSessionId(env: NodeJS.ProcessEnv): string | undefined {
  return env.CODEX_COLLAB_CLAUDE_SESSION_ID || env.CLAUDE_CODE_SESSION_ID || env.CLAUDE_SESSION_ID || undefined;
}

export interface SessionTarget {
  name: string;
  /** Thread to resume; null starts a new one. */
  threadId: string | null;
  /** The turn starts a new thread on purpose: the session moves to it. */
  fresh: boolean;
}

export interface TargetRequest {
  /** A session name, a thread id or unique prefix, or "new". */
  ref?: string;
  task?: string;
  claudeSessionId?: string;
  /** Same as ref "new". */
  fresh?: boolean;
}

/** Finds the session to continue; an unknown explicit reference is an error, never a silent new session. */
export function resolveTarget(store: Store, req: TargetRequest): SessionTarget {
  const name = sessionName(req.claudeSessionId, req.task);
  if (req.fresh || req.ref === "new") return { name, threadId: null, fresh: true };
  if (req.ref !== undefined) {
    const found = resolveSessionRef(store, req.ref);
    if (found) return { name: found.name, threadId: found.threadId, fresh: found.threadId === null };
    // A thread this project never recorded (started by hand, say): resume it and remember it by its id.
    if (isThreadId(req.ref)) return { name: req.ref, threadId: req.ref, fresh: false };
    throw new SessionNotFoundError(req.ref);
  }
  const existing = store.read().sessions[name];
  return existing?.threadId ? { name, threadId: existing.threadId, fresh: false } : { name, threadId: null, fresh: true };
}

/** The runner's options a turn passes straight through (see RunCodexOptions for their meaning). */
type PassThrough = "sandbox" | "model" | "effort" | "outputSchemaFile" | "returnAllMessages" | "timeoutMs" | "idleTimeoutMs" | "signal" | "onEvent" | "onTick" | "env";

export interface TurnOptions extends Pick<RunCodexOptions, PassThrough> {
  store: Store;
  root: string;
  /** Where codex runs; defaults to root. */
  cwd?: string;
  target: SessionTarget;
  prompt: string;
  /** What ran, for the history: a template name or "run". */
  kind: string;
  title: string;
  /** Stage of the seven-stage flow this turn reaches. */
  stage?: number;
  claudeSessionId?: string;
  task?: string;
  /** Paths another actor may legitimately change during the run (Claude editing while a background review runs). */
  expectedChanges?: () => Set<string>;
  /** Budgets and prices; without it the thread budget is not checked and the cost is priced with the defaults. */
  config?: Pick<Config, "context" | "codex">;
  /** Files whose content the prompt carries (a review's diffs), for the receipt; secrets redacted in them earlier
   * arrive as markers, which the turn counts. */
  sentFiles?: number;
  /** The caller already moved the session to a fresh thread with a handoff from this thread (see handoff.ts). */
  handoffFrom?: string;
}

export interface PreparedTurn {
  /** The prompt exactly as it will be sent: redacted, with a handoff in front when the thread is full. */
  prompt: string;
  target: SessionTarget;
  redactions: { count: number; kinds: Record<string, number> };
  /** Set when the turn moves to a fresh thread because the old one reached its budget. */
  handoffFrom?: string;
}

/**
 * Everything decided before codex starts, with no side effects: what `--dry-run` prints and what runTurn sends.
 * When the next turn would take the session's thread past its budget, the turn moves to a fresh thread that
 * starts with a handoff.
 */
export async function prepareTurn(opts: Pick<TurnOptions, "store" | "root" | "cwd" | "target" | "prompt" | "config" | "handoffFrom">): Promise<PreparedTurn> {
  const { text, count: found, kinds } = redact(opts.prompt);
  // Parts redacted earlier (before a cut: debug's log head and tail) arrive as markers; count them too.
  let count = found;
  for (const m of opts.prompt.matchAll(/\[REDACTED:([a-z0-9-]+)\]/g)) {
    count++;
    kinds[m[1]!] = (kinds[m[1]!] ?? 0) + 1;
  }
  const base: PreparedTurn = { prompt: text, target: opts.target, redactions: { count, kinds } };
  if (opts.handoffFrom !== undefined) return { ...base, handoffFrom: opts.handoffFrom };
  if (!opts.config) return base;
  const state = opts.store.read();
  const session = state.sessions[opts.target.name];
  if (!session || !needsHandoff(session, opts.target, Buffer.byteLength(text), opts.config)) return base;
  const change = await collectChange({ cwd: opts.cwd ?? opts.root }).catch(() => null);
  const changedFiles = change?.files.map((f) => `${displayPath(f.path)} (${f.status}, +${f.added} -${f.removed})`) ?? [];
  const handoff = redact(handoffText({ session, findings: openFindings(state, session.name), changedFiles }));
  return {
    prompt: handoff.text + text,
    target: handedOff(opts.target),
    redactions: { count: count + handoff.count, kinds: mergeKinds(kinds, handoff.kinds) },
    handoffFrom: opts.target.threadId ?? undefined,
  };
}

function mergeKinds(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, n] of Object.entries(b)) out[k] = (out[k] ?? 0) + n;
  return out;
}

/** Kinds of turns whose answer settles something worth handing to a fresh thread. */
const DECIDING = new Set(["analyze", "design", "ask", "prototype", "debug", "run"]);
/** Redacted first, then clipped: a cut never leaves part of a secret behind. */
const DECISION_CHARS = 600;

export interface TurnOutcome {
  result: CodexResult;
  session: Session;
  redactions: { count: number; kinds: Record<string, number> };
  /** Files that changed during a read-only run; the turn is marked failed when non-empty. */
  violations: string[];
  /** What was sent and what it cost, for the one-line receipt. */
  receipt: Receipt;
  /** Set when the session moved to a fresh thread with a handoff from this one. */
  handoffFrom?: string;
}

export async function runTurn(opts: TurnOptions): Promise<TurnOutcome> {
  const cwd = opts.cwd ?? opts.root;
  const sandbox = opts.sandbox ?? "read-only";
  const sending = await prepareTurn(opts);
  const { prompt, target } = sending;
  const { redactions } = sending;
  // The "before" snapshot (a git status plus hashing) and the session record are made while codex starts up
  // rather than before it: codex gets its prompt only once they are done (promptGate), and it touches nothing
  // before it has one, so the snapshot still precedes anything codex does. Saves their time on every turn.
  const prepared = (async () => {
    const snapshot = sandbox === "read-only" ? await snapshotTree(cwd) : null;
    ensureSession(opts.store, { name: target.name, claudeSessionId: opts.claudeSessionId, task: opts.task, cwd });
    return snapshot;
  })();
  // Awaited below; this only keeps a failure from being "unhandled" while runCodex refuses without spawning.
  prepared.catch(() => {});

  const result = await runCodex({
    promptGate: prepared,
    prompt,
    cwd,
    sandbox,
    sessionId: target.threadId ?? undefined,
    model: opts.model,
    effort: opts.effort,
    outputSchemaFile: opts.outputSchemaFile,
    returnAllMessages: opts.returnAllMessages,
    timeoutMs: opts.timeoutMs,
    idleTimeoutMs: opts.idleTimeoutMs,
    signal: opts.signal,
    onEvent: opts.onEvent,
    onTick: opts.onTick,
    env: opts.env,
  });

  const before = await prepared;
  let violations: string[] = [];
  if (before) {
    const expected = opts.expectedChanges?.() ?? new Set<string>();
    violations = treeChanges(before, await snapshotTree(cwd)).filter((p) => !expected.has(p));
  }
  if (violations.length > 0 && result.success) {
    const failure = new SandboxViolationError(violations);
    result.success = false;
    result.error = { code: failure.code, message: failure.message, hint: failure.hint };
    Object.defineProperty(result, "failure", { value: failure, enumerable: false });
  }

  const outcome = result.success ? "ok" : result.error?.code === "TIMEOUT" || result.error?.code === "IDLE_TIMEOUT" ? "timeout" : result.error?.code === "CANCELLED" ? "cancelled" : "failed";
  const cost = estimateCost(result.usage, pricedModel(opts.config, opts.model), priceTable(opts.config));
  const promptBytes = Buffer.byteLength(prompt);
  const answer = result.last_message ?? result.agent_messages ?? "";
  const session = recordTurn(opts.store, target.name, {
    threadId: result.SESSION_ID,
    costUsd: cost.usd,
    model: cost.model,
    promptBytes,
    answerBytes: Buffer.byteLength(answer),
    ...(result.success && DECIDING.has(opts.kind) && answer.trim() ? { decision: oneLine(redact(answer).text, DECISION_CHARS) } : {}),
    ...(sending.handoffFrom !== undefined ? { handoffFrom: sending.handoffFrom } : {}),
    usage: result.usage,
    kind: opts.kind,
    // The title is the user's first line: it goes into the state file, so it is redacted like the prompt.
    title: redact(opts.title).text,
    outcome,
    // A failed turn does not advance the flow.
    stage: result.success ? opts.stage : undefined,
    fresh: target.fresh,
  });
  const receipt = receiptOf({ files: opts.sentFiles ?? 0, bytes: promptBytes, redactions: redactions.count, usage: result.usage, cost });
  return { result, session, redactions, violations, receipt, ...(sending.handoffFrom !== undefined ? { handoffFrom: sending.handoffFrom } : {}) };
}


