// PostToolUse hook entry. Failure policy: fail open — any internal error exits 0 with one short systemMessage and
// the details in .codex-collab.d/hooks.log (see runHook); stdout carries only the hook's JSON.
import { bundleDeps } from "./bundle.js";
import { onPostToolUse } from "./handlers.js";
import { runHook } from "./io.js";

runHook("PostToolUse", (ctx) => onPostToolUse(ctx, bundleDeps(__dirname, __filename)));
