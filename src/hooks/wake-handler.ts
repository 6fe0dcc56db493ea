// What the wake hook does: decide cheaply whether this session can be woken at all, then wait for the review as
// the session's one waiter (src/worker/waiter.ts). Returns the text to wake Claude with, or null for no wake.
import { hookConfig } from "../config/cached.js";
import { defaultConfig, type Config } from "../config/schema.js";
import { LockTimeoutError } from "../state/lock.js";
import { openStore, type Store } from "../state/store.js";
import { fileFingerprint } from "../worker/fingerprint.js";
import { pendingWithJournal } from "../worker/journal.js";
import { autoReviewBlocked, editedPaths, editHash, workerAlive } from "../worker/schedule.js";
import { startWorker } from "../worker/start.js";
import { takeWorkerStartRequest } from "../worker/start-request.js";
import { waitAndWake } from "../worker/waiter.js";
import { transcriptTail, wakeSupport } from "./host.js";
import type { HookDeps } from "./handlers.js";
import { hookLog, type HookContext } from "./io.js";

/** How long the wake hook waits for the PostToolUse hook beside it to record the edit (it leaves its request first). */
const OWN_EDIT_WAIT_MS = 3_000;
const POLL_MS = 50;

/**
 * The PostToolUse hook's start request (start-request.ts), served: once this hook's own edits show as pending, the
 * request is there if that hook left one; the hook that takes it starts a worker when, under the lock, none lives.
 */
async function serveStartRequest(ctx: HookContext<"PostToolUse">, store: Store, own: { path: string; hash: string }[], cliPath: string): Promise<void> {
  const deadline = Date.now() + OWN_EDIT_WAIT_MS;
  const recorded = () => pendingWithJournal(store.read(), ctx.root).some((e) => own.some((o) => o.path === e.path && o.hash === e.hash));
  let taken = takeWorkerStartRequest(ctx.root);
  while (!taken && !recorded() && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    taken = takeWorkerStartRequest(ctx.root);
  }
  taken ||= takeWorkerStartRequest(ctx.root);
  if (!taken) return;
  const needed = (): boolean => !workerAlive(store.read().worker, new Date());
  let start: boolean;
  try {
    start = store.withLock(needed);
  } catch (e) {
    if (!(e instanceof LockTimeoutError)) throw e;
    // Undecidable under the lock: a plain read decides; a second worker would only find the worker lock taken.
    start = needed();
  }
  if (start) await startWorker(cliPath, ctx.root, (m) => hookLog(ctx.root, m));
}

export async function onWake(ctx: HookContext<"PostToolUse">, deps: HookDeps): Promise<string | null> {
  let config: Config;
  try {
    config = hookConfig(ctx.root, ctx.env, deps.configCache);
  } catch {
    config = defaultConfig();
  }
  const sid = ctx.input.session_id || ctx.env.CLAUDE_CODE_SESSION_ID;
  const paths = editedPaths(ctx.root, ctx.input.tool_input);
  if (!config.review.wake || !sid || paths.length === 0) return null;
  const store = openStore(ctx.root, { onWarning: (m) => hookLog(ctx.root, m), syncDirectory: false });
  if (autoReviewBlocked(config, store.read(), sid) !== null) return null;
  const own = paths.map((path) => ({ path, hash: editHash(ctx.input.tool_name, ctx.input.tool_input) }));
  await serveStartRequest(ctx, store, own, deps.cliPath);
  const support = wakeSupport(ctx.env, transcriptTail(ctx.input.transcript_path));
  if (!support.ok) {
    hookLog(ctx.root, `wake: off for this session: ${support.why}; findings wait for the next prompt`);
    return null;
  }
  const result = await waitAndWake({
    root: ctx.root,
    store,
    config,
    claudeSessionId: sid,
    transcriptPath: ctx.input.transcript_path,
    now: (path) => fileFingerprint(ctx.root, path),
    ownEdits: own,
    log: (m) => hookLog(ctx.root, m),
  });
  return "wake" in result ? result.wake : null;
}
