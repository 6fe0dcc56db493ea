// The seed's tool-call contract, codex(PROMPT, cd, sandbox, SESSION_ID, return_all_messages): one free-form
// Codex turn in a chosen or continued session. `codex-collab run` and the MCP `codex` tool both run it here.
import type { SandboxMode } from "../codex/args.js";
import { sandboxCeiling, sandboxRank } from "../config/ceiling.js";
import { SandboxNotAllowedError, UsageError } from "../errors.js";
import { redact } from "../redact/index.js";
import { stageSetup, type StageInput, type StageRuntime } from "./setup.js";
import { previewTurn, type Preview } from "./preview.js";
import { runTurn, type TurnOutcome } from "./turn.js";

export interface ContractInput extends StageInput {
  prompt: string;
  /** Defaults to the project config's sandbox (read-only unless the config says otherwise). */
  sandbox?: SandboxMode;
  /**
   * The loosest sandbox this caller may ask for. Absent: what the user's own config files allow
   * (codex.allowSandbox, see src/config/ceiling.ts), read-only by default.
   */
  maxSandbox?: SandboxMode;
  /** How the user allows a looser sandbox through this door, for the refusal's hint. */
  allowHint?: string;
  returnAllMessages?: boolean;
}

const CONFIG_HINT =
  'Only your own configuration can allow it: set "codex": {"allowSandbox": "<mode>"} in ~/.claude/codex-collab.json ' +
  "(or in the project's git-ignored .claude/codex-collab.local.json). Otherwise use sandbox read-only.";

export async function runContract(input: ContractInput, runtime: StageRuntime = {}): Promise<TurnOutcome> {
  const { setup, sandbox } = checkedSetup(input, runtime);
  return runTurn({
    ...setup,
    prompt: input.prompt,
    kind: "run",
    title: redact(input.prompt).text.trim().split("\n")[0] ?? "",
    sandbox,
    returnAllMessages: input.returnAllMessages,
  });
}

/** What runContract would send (after redaction), sending nothing; the same checks refuse the same calls. */
export async function previewContract(input: ContractInput, runtime: StageRuntime = {}): Promise<Preview> {
  const { setup } = checkedSetup(input, runtime);
  return previewTurn({ ...setup, prompt: input.prompt });
}

function checkedSetup(input: ContractInput, runtime: StageRuntime) {
  if (!input.prompt.trim()) throw new UsageError("the prompt is empty");
  const setup = stageSetup(input, runtime);
  const sandbox = input.sandbox ?? setup.config.codex.sandbox;
  const allowed = input.maxSandbox ?? sandboxCeiling(setup.config);
  if (sandboxRank(sandbox) > sandboxRank(allowed)) throw new SandboxNotAllowedError(sandbox, allowed, input.allowHint ?? CONFIG_HINT);
  return { setup, sandbox };
}
