import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  stageSetup
} from "./chunk-W3UC3DIS.js";
import {
  previewTurn,
  runTurn
} from "./chunk-DKVF4M2T.js";
import {
  redact
} from "./chunk-ZWIYQRNR.js";
import {
  SANDBOX_MODES
} from "./chunk-2N2Y57GQ.js";
import {
  SandboxNotAllowedError,
  UsageError
} from "./chunk-5EGK72M7.js";

// src/config/ceiling.ts
function sandboxCeiling(config) {
  const { allowSandbox, sandbox } = config.codex;
  return allowSandbox !== void 0 && sandboxRank(allowSandbox) > sandboxRank(sandbox) ? allowSandbox : sandbox;
}
function sandboxRank(mode) {
  return SANDBOX_MODES.indexOf(mode);
}

// src/workflow/contract.ts
var CONFIG_HINT = `Only your own configuration can allow it: set "codex": {"allowSandbox": "<mode>"} in ~/.claude/codex-collab.json (or in the project's git-ignored .claude/codex-collab.local.json). Otherwise use sandbox read-only.`;
async function runContract(input, runtime = {}) {
  const { setup, sandbox } = checkedSetup(input, runtime);
  return runTurn({
    ...setup,
    prompt: input.prompt,
    kind: "run",
    title: redact(input.prompt).text.trim().split("\n")[0] ?? "",
    sandbox,
    returnAllMessages: input.returnAllMessages
  });
}
async function previewContract(input, runtime = {}) {
  const { setup } = checkedSetup(input, runtime);
  return previewTurn({ ...setup, prompt: input.prompt });
}
function checkedSetup(input, runtime) {
  if (!input.prompt.trim()) throw new UsageError("the prompt is empty");
  const setup = stageSetup(input, runtime);
  const sandbox = input.sandbox ?? setup.config.codex.sandbox;
  const allowed = input.maxSandbox ?? sandboxCeiling(setup.config);
  if (sandboxRank(sandbox) > sandboxRank(allowed)) throw new SandboxNotAllowedError(sandbox, allowed, input.allowHint ?? CONFIG_HINT);
  return { setup, sandbox };
}

export {
  runContract,
  previewContract
};
