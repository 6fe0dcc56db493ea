// How loose a sandbox a caller that is not the user at a terminal (an MCP tool call, a model) may ask for. The
// scoped loader already lets a repository's file only tighten, so what the config says here is the user's word.
import { SANDBOX_MODES, type SandboxMode } from "../codex/args.js";
import type { Config } from "./schema.js";

/** The loosest sandbox the configuration allows: codex.allowSandbox, or the configured default sandbox. */
export function sandboxCeiling(config: Config): SandboxMode {
  const { allowSandbox, sandbox } = config.codex;
  return allowSandbox !== undefined && sandboxRank(allowSandbox) > sandboxRank(sandbox) ? allowSandbox : sandbox;
}

/** 0 read-only, 1 workspace-write, 2 danger-full-access. */
export function sandboxRank(mode: SandboxMode): number {
  return SANDBOX_MODES.indexOf(mode);
}
