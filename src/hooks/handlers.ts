// What each hook does, as plain functions of (input, project root, environment). The entries in this folder
// only wire them to stdin/stdout through runHook. Nothing here may import execa, handlebars or the runner:
// the hooks run on every prompt and every edit.
import { appendFileSync } from "node:fs";
import { ensureStateExcluded } from "../install/gitignore.js";
import { classify, explain } from "../classify/classify.js";
import { detectLocale, guidance } from "../classify/workflow.js";
import { hookConfig, type ConfigCache } from "../config/cached.js";
import { defaultConfig, type Config } from "../config/schema.js";
import { ConfigError } from "../errors.js";
import { formatForClaude, hasUndelivered, parseRejections, reviewRunning, stopDecision, takeUndelivered, type ContentNow } from "../worker/deliver.js";
import { fileFingerprint } from "../worker/fingerprint.js";
import { userPrompted, WAKE_MARK, wakeLoop } from "../worker/wake.js";
import { autoReviewBlocked, editedPaths, editHash, hasInvalidPath, recordEdit, workerAlive } from "../worker/schedule.js";
import { startWorker } from "../worker/start.js";
import { requestWorkerStart } from "../worker/start-request.js";
import { appendJournal, journalBytes, stageAfterEdit, type JournalEntry } from "../state/journal.js";
import type { Classification, PendingEdit } from "../state/schema.js";
import { LockTimeoutError, sleepSync } from "../state/lock.js";
import { sessionName } from "../state/session-name.js";
import { openStore, type Store } from "../state/store.js";
import { isoTime } from "../time.js";
import { HOOK_DEADLINE_MS, hookLog, type HookContext } from "./io.js";

export { stageAfterEdit } from "../state/journal.js";
import type { HookOutput } from "./schema.js";

const NO_CODEX_TAG = "#nocodex";

interface Loaded {
  config: Config;
  /** One line for the user when the config file is broken; hooks then run on defaults. */
  warning?: string;
}

function config(root: string, deps: Pick<HookDeps, "configCache">, env: NodeJS.ProcessEnv): Loaded {
  try {
    return { config: hookConfig(root, env, deps.configCache) };
  } catch (e) {
    hookLog(root, `config: ${(e as Error).message}`);
    // Any scope's file can be the broken one; the project's are shown relative to it.
    const file = e instanceof ConfigError ? e.file.replace(`${root}/`, "") : ".claude/codex-collab.json";
    return { config: defaultConfig(), warning: `codex-collab: ${file} is invalid; using defaults (run codex-collab doctor)` };
  }
}

function sessionIdOf(ctx: { input: { session_id?: string }; env: NodeJS.ProcessEnv }): string | undefined {
  return ctx.input.session_id || ctx.env.CLAUDE_CODE_SESSION_ID || undefined;
}

/** What each project file holds now, for the "does this finding still apply" check (read only when delivering). */
function contentNow(root: string): ContentNow {
  return (path) => fileFingerprint(root, path);
}

function withContext(event: "UserPromptSubmit" | "PostToolUse", parts: (string | undefined)[], warning?: string): HookOutput | null {
  const text = parts.filter((p): p is string => !!p).join("\n\n");
  const out: HookOutput = {};
  if (text) out.hookSpecificOutput = { hookEventName: event, additionalContext: text };
  if (warning) out.systemMessage = warning;
  return text || warning ? out : null;
}

function hookStore(root: string, deadline: number): Store {
  // A hook's update may be lost to a power cut (the file stays whole); the directory fsync would cost every
  // prompt and edit ~6 ms (see StoreOptions.syncDirectory).
  return openStore(root, { onWarning: (m) => hookLog(root, m), syncDirectory: false, deadline });
}

function deadlineOf(ctx: { started?: number }, ms = HOOK_DEADLINE_MS): number {
  return (ctx.started ?? Date.now()) + ms;
}

/**
 * Runs a locked write; when the lock stays busy past the hook's deadline, `journal` records what must not be lost
 * (lock-free) and the result is `fallback`. Either way, a wait for the lock is logged with its length.
 */
function writeOrJournal<T>(root: string, event: string, store: Store, write: () => T, journal: () => void, fallback: T): T {
  let result = fallback;
  let journaled = false;
  try {
    result = write();
  } catch (e) {
    if (!(e instanceof LockTimeoutError)) throw e;
    journal();
    journaled = true;
  }
  const { waitMs: waited, sleptMs, queuedMs, pastDeadlineMs } = store.lockWait;
  if (waited > 0 || journaled) {
    hookLog(
      root,
      `${event}: waited ${waited} ms for the state lock (slept ${sleptMs} ms between attempts; past the deadline: ${pastDeadlineMs} ms; waiting for a CPU meanwhile: ${queuedMs} ms)${journaled ? "; busy past the deadline, write journaled" : ""}`,
    );
  }
  return result;
}

const LEVEL_RANK = { simple: 0, medium: 1, complex: 2 } as const;

/** Past this size the journal is drained by the prompt that would add to it: every hook's read parses it. */
const JOURNAL_DRAIN_BYTES = 32 * 1024;

export interface HookDeps {
  /** Absolute path of dist/cli.js, whose review-worker verb runs the reviews. */
  cliPath: string;
  /** Where the hook keeps its validated configuration between runs; without it every run reads the files. */
  configCache?: ConfigCache;
  now?: () => Date;
}

/**
 * A session's stored level only goes up: "yes, go ahead" after a complex request is classified simple, yet the
 * edits that follow belong to the complex task (review.mode auto reviews them by this level).
 */
function raisedLevel(stored: Classification | undefined, level: Classification["level"]): boolean {
  return stored === undefined || LEVEL_RANK[level] > LEVEL_RANK[stored.level];
}

/** Installed as a plugin, the slash commands are namespaced (`/codex-collab:codex-review`); name them so. */
export function pluginCommandNames(text: string, env: NodeJS.ProcessEnv): string {
  return env.CLAUDE_PLUGIN_ROOT ? text.replace(/(^|[^\w:/-])\/codex-(?!collab:)/g, "$1/codex-collab:codex-") : text;
}

export function onUserPromptSubmit(ctx: HookContext<"UserPromptSubmit">, deps: HookDeps): HookOutput | null {
  const { prompt } = ctx.input;
  // Claude Code runs UserPromptSubmit for a wake's notification too (measured on 2.1.332): that is not the user
  // prompting, so it neither ends the wake loop nor gets classified.
  if (prompt.includes(NO_CODEX_TAG) || prompt.includes(WAKE_MARK)) return null;
  const { config: cfg, warning } = config(ctx.root, deps, ctx.env);
  const now = deps.now?.() ?? new Date();
  const sessionId = sessionIdOf(ctx);
  const key = sessionId ?? "default";
  const store = hookStore(ctx.root, deadlineOf(ctx));
  const current = store.read();
  const stored = current.classifications[key];

  let advice: string | undefined;
  const result = cfg.hooks.classify && !prompt.trimStart().startsWith("/") ? classify(prompt, cfg.classify) : undefined;
  const raise = result !== undefined && raisedLevel(stored, result.level);
  // A simple follow-up in a medium or complex session gets no advice: the earlier guidance stays in Claude's
  // context, and "simple task, no Codex needed" in the middle of that task would contradict it.
  const followUp = result?.level === "simple" && stored !== undefined && stored.level !== "simple";
  if (result && !followUp) advice = pluginCommandNames(guidance(result, cfg.locale ?? detectLocale(prompt)), ctx.env);

  // A worker that died with edits still pending is restarted by the next prompt (the read shows the journal's edits as pending).
  const restart = cfg.hooks.autoReview && current.pendingEdits.length > 0 && !workerAlive(current.worker, now);
  let delivered: ReturnType<typeof takeUndelivered> = [];
  // The user's own prompt takes precedence over the wake loop: it ends a waiting wake and starts a new loop. Only
  // sessions inside a loop pay for that write.
  const loop = sessionId ? current.wake?.[sessionId] : undefined;
  const inLoop = loop !== undefined && (loop.waiter !== undefined || loop.rounds > 0 || loop.stoppedAt !== undefined);
  const locale = detectLocale(prompt);
  const classification = result && { level: result.level, score: result.score, at: isoTime(now), locale };
  const undelivered = hasUndelivered(current, sessionId);
  // Most prompts change nothing in the state file: skip the locked write (~15 ms with its fsync). A raised level
  // alone goes to the lock-free journal, one O_APPEND write (the next locked update drains it), unless the journal
  // has grown (this prompt drains it) or the read already needed the lock (an unusable or committed state): the
  // locked path logs the wait, or the refusal of a lock still busy at the deadline, however short it was.
  const lockFree = store.lockWait.requests === 0 && journalBytes(ctx.root) < JOURNAL_DRAIN_BYTES;
  if (raise && !undelivered && !inLoop && classification && lockFree) {
    appendJournal(ctx.root, [{ kind: "classification", key, value: classification }]);
  } else if (raise || inLoop || undelivered) {
    delivered = writeOrJournal(
      ctx.root,
      "UserPromptSubmit",
      store,
      () =>
        store.update((s) => {
          if (classification && raisedLevel(s.classifications[key], classification.level)) s.classifications[key] = classification;
          if (sessionId && s.wake?.[sessionId]) userPrompted(s, sessionId, now, locale);
          return takeUndelivered(s, sessionId, now, contentNow(ctx.root));
        }),
      // Findings not delivered now stay undelivered: the next hook that gets the lock delivers them.
      () => classification && raise && appendJournal(ctx.root, [{ kind: "classification", key, value: classification }]),
      [],
    );
  }
  if (restart) void startWorker(deps.cliPath, ctx.root, (m) => hookLog(ctx.root, m));
  if (result) hookLog(ctx.root, `classified: ${explain(result)}`);
  const findings = delivered.length > 0 ? formatForClaude(delivered, cfg.review.maxFindingsInContext) : undefined;
  return withContext("UserPromptSubmit", [advice, findings], warning);
}

export function onPostToolUse(ctx: HookContext<"PostToolUse">, deps: HookDeps): HookOutput | null {
  const { config: cfg, warning } = config(ctx.root, deps, ctx.env);
  const now = deps.now?.() ?? new Date();
  const sessionId = sessionIdOf(ctx);
  const store = hookStore(ctx.root, deadlineOf(ctx));
  const edited = editedPaths(ctx.root, ctx.input.tool_input);
  if (edited.length === 0 && hasInvalidPath(ctx.input.tool_input)) hookLog(ctx.root, `PostToolUse: rejected an edit of ${ctx.input.tool_name} whose path cannot name a file (NUL byte)`);
  const current = store.read();
  // Edits the worker would only skip (review off, or mode auto and a simple task) are not even recorded.
  const paths = autoReviewBlocked(cfg, current, sessionId) === null ? edited : [];
  const name = sessionName(sessionId);
  const session = current.sessions[name];
  const stage = session && edited.length > 0 ? stageAfterEdit(session.stage) : undefined;

  const undelivered = hasUndelivered(current, sessionId);
  if (paths.length === 0 && stage === undefined && !undelivered) return warning ? { systemMessage: warning } : null;

  const hash = editHash(ctx.input.tool_name, ctx.input.tool_input);
  const edits: PendingEdit[] = paths.map((path) => ({ path, hash, at: isoTime(now), tool: ctx.input.tool_name, claudeSessionId: sessionId }));
  const entries: JournalEntry[] = edits.map((edit) => ({ kind: "edit", edit }));
  if (stage !== undefined) entries.push({ kind: "stage", session: name });
  // Whether a worker lives is decided under the lock when it can be: a worker decides to exit under it, after
  // draining, so either it sees the edit or this hook sees it gone and starts another. Past the deadline, a plain
  // read decides, and the next prompt restarts a worker for anything left in the journal.
  const needsWorker = (): boolean => !workerAlive(store.read().worker, now);
  // With the wake hook on, it starts the worker (start-request.ts): the request goes before the edit is recorded,
  // so the wake hook, which waits to see the edit, finds it.
  const wakeStarts = cfg.review.wake && sessionId !== undefined;
  let start = false;
  let delivered: ReturnType<typeof takeUndelivered> = [];
  if (stage === undefined && !undelivered) {
    // The common case: only edits to record. Append them to the journal, no lock (the drain dedupes); an edit
    // already pending in the state is not even appended.
    const fresh = entries.filter((e) => e.kind === "edit" && !current.pendingEdits.some((p) => p.path === e.edit.path && p.hash === e.edit.hash));
    if (fresh.length > 0) {
      if (wakeStarts) requestWorkerStart(ctx.root);
      appendJournal(ctx.root, fresh);
      if (!wakeStarts) start = writeOrJournal(ctx.root, "PostToolUse", store, () => store.withLock(needsWorker), () => {}, needsWorker());
    }
  } else {
    if (wakeStarts && edits.length > 0) requestWorkerStart(ctx.root);
    delivered = writeOrJournal(
      ctx.root,
      "PostToolUse",
      store,
      () =>
        store.update((s) => {
          const own = s.sessions[name];
          if (own && edited.length > 0) own.stage = stageAfterEdit(own.stage) ?? own.stage;
          let added = false;
          for (const edit of edits) added = recordEdit(s, edit) || added;
          start = added && !workerAlive(s.worker, now);
          return takeUndelivered(s, sessionId, now, contentNow(ctx.root));
        }),
      () => {
        appendJournal(ctx.root, entries);
        start = edits.length > 0 && needsWorker();
      },
      [],
    );
  }
  if (start && !wakeStarts) void startWorker(deps.cliPath, ctx.root, (m) => hookLog(ctx.root, m));
  const findings = delivered.length > 0 ? formatForClaude(delivered, cfg.review.maxFindingsInContext) : undefined;
  return withContext("PostToolUse", [findings], warning);
}

/** The Stop hook's own deadline stays below the timeout install gives it (15 s). */
const STOP_WAIT_CAP_MS = 12_000;
/** How long the Stop hook waits for the lock after that: 13 s in all, under the 15 s timeout. */
const STOP_LOCK_MS = 1_000;

export function onStop(ctx: HookContext<"Stop">, deps: HookDeps): HookOutput | null {
  // Claude is already continuing because a Stop hook blocked: never block again, or the session loops.
  if (ctx.input.stop_hook_active) return null;
  const { config: cfg } = config(ctx.root, deps, ctx.env);
  const sessionId = sessionIdOf(ctx);
  const started = ctx.started ?? Date.now();
  const waitMs = cfg.hooks.stopGate ? Math.min(cfg.review.stopWaitSeconds * 1000, STOP_WAIT_CAP_MS) : 0;
  // The wait for a running review is the user's setting; the lock gets at most STOP_LOCK_MS after it.
  const store = hookStore(ctx.root, started + waitMs + STOP_LOCK_MS);
  recordRejections(ctx, store, sessionId);
  if (!cfg.hooks.stopGate) return null;
  const deadline = started + waitMs;
  while (waitMs > 0 && reviewRunning(store.read(), sessionId) && Date.now() < deadline) sleepSync(250);

  const now = deps.now?.() ?? new Date();
  // Nearly every Stop lets Claude finish: decide on a plain read, and lock and write only to block.
  const fresh = contentNow(ctx.root);
  const planned = stopDecision(store.read(), sessionId, cfg.review.maxFindingsInContext, fresh);
  if (!planned.block) return null;
  const decision = writeOrJournal(
    ctx.root,
    "Stop",
    store,
    () =>
      store.update((s) => {
        const d = stopDecision(s, sessionId, cfg.review.maxFindingsInContext, fresh);
        if (d.block) {
          for (const r of s.reviews) {
            if (r.id === d.reviewId) {
              r.stopBlockedAt = isoTime(now);
              // The reason carries these findings to Claude; do not inject them a second time.
              r.deliveredAt ??= isoTime(now);
            }
          }
        }
        return d;
      }),
    // Lock busy: block on what the plain read showed; unrecorded, the findings may be injected once more later.
    () => {},
    planned,
  );
  return decision.block ? { decision: "block", reason: decision.reason } : null;
}

/**
 * Claude rejects a finding with a reason in its reply (also in the reply to a blocked stop): recorded before the
 * gate decides, so a rejected finding never blocks or wakes again.
 */
function recordRejections(ctx: HookContext<"Stop">, store: Store, sessionId: string | undefined): void {
  const reply = ctx.input.last_assistant_message;
  const rejections = sessionId && typeof reply === "string" && reply.includes("codex-collab-reject") ? parseRejections(reply) : [];
  if (!sessionId || rejections.length === 0) return;
  const ids = rejections.map((r) => r.id).join(", ");
  const recorded = writeOrJournal(
    ctx.root,
    "Stop",
    store,
    () =>
      store.update((s) => {
        const loop = wakeLoop(s, sessionId);
        for (const r of rejections) loop.rejected[r.id] = r.reason;
        return true;
      }),
    () => {},
    false,
  );
  hookLog(ctx.root, recorded ? `stop: Claude rejected finding ${ids}` : `stop: Claude rejected finding ${ids}; not recorded (state busy past the deadline)`);
}

export function onSessionStart(ctx: HookContext<"SessionStart">): HookOutput | null {
  // Slash commands run the CLI through Claude's Bash tool; exporting the session id there lets every stage of
  // a task land in the same Codex session.
  const envFile = ctx.env.CLAUDE_ENV_FILE;
  const sessionId = ctx.input.session_id;
  if (envFile && sessionId && /^[A-Za-z0-9._-]+$/.test(sessionId)) {
    appendFileSync(envFile, `export CODEX_COLLAB_CLAUDE_SESSION_ID=${sessionId}\n`);
  }
  // Routes that write no .gitignore (the plugin, user scope) still keep the state files out of git.
  ensureStateExcluded(ctx.root);
  return null;
}
