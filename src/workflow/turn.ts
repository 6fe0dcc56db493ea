// One Codex turn as every command runs it: pick the session (resume it for the user), redact the prompt,
// run codex, prove the tree was left alone, and record the turn in the project's state.
import { isThreadId } from "../codex/args.js";
import { runCodex, type CodexResult, type RunCodexOptions } from "../codex/runner.js";
import { SandboxViolationError, SessionNotFoundError } from "../errors.js";
import { redact } from "../redact/index.js";
import { ensureSession, recordTurn, resolveSessionRef, sessionName } from "../state/sessions.js";
import type { Session } from "../state/schema.js";
import type { Store } from "../state/store.js";
import { snapshotTree, treeChanges } from "./tree.js";

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
type PassThrough = "sandbox" | "model" | "outputSchemaFile" | "returnAllMessages" | "timeoutMs" | "idleTimeoutMs" | "signal" | "onEvent" | "env";

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
}

export interface TurnOutcome {
  result: CodexResult;
  session: Session;
  redactions: { count: number; kinds: Record<string, number> };
  /** Files that changed during a read-only run; the turn is marked failed when non-empty. */
  violations: string[];
}

export async function runTurn(opts: TurnOptions): Promise<TurnOutcome> {
  const cwd = opts.cwd ?? opts.root;
  const sandbox = opts.sandbox ?? "read-only";
  const { text: prompt, count: found, kinds } = redact(opts.prompt);
  // Parts redacted earlier (before a cut: debug's log head and tail) arrive as markers; count them too.
  let count = found;
  for (const m of opts.prompt.matchAll(/\[REDACTED:([a-z0-9-]+)\]/g)) {
    count++;
    kinds[m[1]!] = (kinds[m[1]!] ?? 0) + 1;
  }
  // The "before" snapshot (a git status plus hashing) and the session record are made while codex starts up
  // rather than before it: codex gets its prompt only once they are done (promptGate), and it touches nothing
  // before it has one, so the snapshot still precedes anything codex does. Saves their time on every turn.
  const prepared = (async () => {
    const snapshot = sandbox === "read-only" ? await snapshotTree(cwd) : null;
    ensureSession(opts.store, { name: opts.target.name, claudeSessionId: opts.claudeSessionId, task: opts.task, cwd });
    return snapshot;
  })();
  // Awaited below; this only keeps a failure from being "unhandled" while runCodex refuses without spawning.
  prepared.catch(() => {});

  const result = await runCodex({
    promptGate: prepared,
    prompt,
    cwd,
    sandbox,
    sessionId: opts.target.threadId ?? undefined,
    model: opts.model,
    outputSchemaFile: opts.outputSchemaFile,
    returnAllMessages: opts.returnAllMessages,
    timeoutMs: opts.timeoutMs,
    idleTimeoutMs: opts.idleTimeoutMs,
    signal: opts.signal,
    onEvent: opts.onEvent,
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
  const session = recordTurn(opts.store, opts.target.name, {
    threadId: result.SESSION_ID,
    usage: result.usage,
    kind: opts.kind,
    // The title is the user's first line: it goes into the state file, so it is redacted like the prompt.
    title: redact(opts.title).text,
    outcome,
    // A failed turn does not advance the flow.
    stage: result.success ? opts.stage : undefined,
    fresh: opts.target.fresh,
  });
  return { result, session, redactions: { count, kinds }, violations };
}
