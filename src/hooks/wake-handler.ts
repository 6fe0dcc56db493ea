// What the wake hook does: decide cheaply whether this session can be woken at all, then wait for the review as
// the session's one waiter (src/worker/waiter.ts). Returns the text to wake Claude with, or null for no wake.
import { cachedConfig, type ConfigCache } from "../config/cached.js";
import { loadConfig } from "../config/load.js";
import { defaultConfig, type Config } from "../config/schema.js";
import { openStore } from "../state/store.js";
import { fileFingerprint } from "../worker/fingerprint.js";
import { autoReviewBlocked, editedPaths, editHash } from "../worker/schedule.js";
import { waitAndWake } from "../worker/waiter.js";
import { transcriptTail, wakeSupport } from "./host.js";
import { hookLog, type HookContext } from "./io.js";

export async function onWake(ctx: HookContext<"PostToolUse">, cache?: ConfigCache): Promise<string | null> {
  let config: Config;
  try {
    config = cache ? cachedConfig(ctx.root, ctx.env, cache, () => loadConfig(ctx.root, ctx.env)) : loadConfig(ctx.root, ctx.env);
  } catch {
    config = defaultConfig();
  }
  const sid = ctx.input.session_id || ctx.env.CLAUDE_CODE_SESSION_ID;
  const paths = editedPaths(ctx.root, ctx.input.tool_input);
  if (!config.review.wake || !sid || paths.length === 0) return null;
  const store = openStore(ctx.root, { onWarning: (m) => hookLog(ctx.root, m), syncDirectory: false });
  if (autoReviewBlocked(config, store.read(), sid) !== null) return null;
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
    ownEdits: paths.map((path) => ({ path, hash: editHash(ctx.input.tool_name, ctx.input.tool_input) })),
    log: (m) => hookLog(ctx.root, m),
  });
  return "wake" in result ? result.wake : null;
}
