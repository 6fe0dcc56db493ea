// Wake hook entry (PostToolUse, `asyncRewake: true`). Exit 2 with the findings on stderr wakes Claude; every other
// outcome, internal errors included, exits 0 silently (details in .codex-collab.d/hooks.log). stdout stays empty:
// Claude Code does not read an asyncRewake hook's stdout.
import { findProjectRoot } from "../project.js";
import { bundleDeps } from "./bundle.js";
import { hookLog, readStdinSync } from "./io.js";
import { parseHookInput, type PostToolUseInput } from "./schema.js";
import { onWake } from "./wake-handler.js";

async function main(): Promise<void> {
  const env = process.env;
  let root = findProjectRoot(env.CLAUDE_PROJECT_DIR || process.cwd());
  try {
    if (env.CODEX_COLLAB_DISABLE === "1") return;
    const input = parseHookInput(JSON.parse(readStdinSync()));
    if (input === null || input.hook_event_name !== "PostToolUse") return;
    root = findProjectRoot(env.CLAUDE_PROJECT_DIR || input.cwd || process.cwd());
    const text = await onWake({ input: input as PostToolUseInput, root, env }, bundleDeps(__dirname, __filename, env));
    if (text !== null) {
      process.stderr.write(`${text}\n`);
      process.exitCode = 2;
    }
  } catch (e) {
    hookLog(root, `wake: internal error: ${(e as Error)?.stack ?? String(e)}`);
    process.exitCode = 0;
  }
}

process.exitCode = 0;
void main();
