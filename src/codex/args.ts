// The argv for `codex exec`, built without spawning anything (flags checked against codex 0.169.0's
// `codex exec --help` and `codex exec resume --help`).
//
// The prompt never goes on argv (size limits, `ps` visibility): the final `-` makes codex read it from stdin.
// `resume` rejects `-s/--sandbox` and `-C/--cd`, so a resumed turn pins the sandbox with `-c sandbox_mode=...`
// every time (a resumed thread must never inherit a looser mode) and gets its cwd from the spawned process.

export const SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"] as const;
export type SandboxMode = (typeof SANDBOX_MODES)[number];

export interface CodexArgsOptions {
  /** Defaults to read-only. */
  sandbox?: SandboxMode;
  /** Codex thread id to resume; absent = new session. */
  sessionId?: string;
  model?: string;
  /** Reasoning effort (`-c model_reasoning_effort=…`); codex 0.169.0 passes any word on to the model. */
  effort?: string;
  /** Path of a JSON Schema file the final message must follow. */
  outputSchemaFile?: string;
}

/**
 * Codex thread ids are UUIDs. `codex exec resume <name>` also accepts a thread *name*, and when no thread
 * has that name codex 0.169.0 silently starts a NEW session, so only ids are ever passed to resume.
 */
export function isThreadId(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

/** Effort levels are plain words: nothing that could break out of the TOML string they are put in. */
export const EFFORT_PATTERN = /^[a-z][a-z_-]{0,23}$/;

function checkedEffort(effort: string): string {
  if (!EFFORT_PATTERN.test(effort)) throw new TypeError(`not a reasoning effort level: ${effort}`);
  return effort;
}

export function buildCodexArgs(opts: CodexArgsOptions = {}): string[] {
  const sandbox = opts.sandbox ?? "read-only";
  if (!SANDBOX_MODES.includes(sandbox)) throw new TypeError(`unknown sandbox mode: ${String(sandbox)}`);
  // Codex runs unattended: an approval prompt would wait forever on a closed stdin.
  const common = ["--json", "--skip-git-repo-check", "-c", 'approval_policy="never"'];
  const optional = [
    ...(opts.model ? ["-m", opts.model] : []),
    ...(opts.effort ? ["-c", `model_reasoning_effort="${checkedEffort(opts.effort)}"`] : []),
    ...(opts.outputSchemaFile ? ["--output-schema", opts.outputSchemaFile] : []),
  ];
  if (opts.sessionId !== undefined) {
    if (!isThreadId(opts.sessionId)) throw new TypeError(`not a codex thread id: ${opts.sessionId}`);
    return ["exec", "resume", opts.sessionId, ...common, "-c", `sandbox_mode="${sandbox}"`, ...optional, "-"];
  }
  return ["exec", ...common, "--sandbox", sandbox, ...optional, "-"];
}
