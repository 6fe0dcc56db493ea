// What one tool call runs with, and turning the shared session parameters into the workflow's plain values.
import { resolve } from "node:path";
import type { CodexEvent } from "../codex/events.js";
import type { StageInput, StageRuntime } from "../workflow/setup.js";
import { claudeSessionId } from "../workflow/turn.js";

export interface ToolContext {
  /** The server's environment (Claude Code sets CLAUDE_CODE_SESSION_ID and CLAUDE_PROJECT_DIR). */
  env: NodeJS.ProcessEnv;
  /** Where relative paths start: the project Claude Code runs in. */
  baseDir: string;
  signal: AbortSignal;
  onEvent?: (event: CodexEvent) => void;
}

export interface SessionArgs {
  cd?: string;
  task_name?: string;
  new?: boolean;
  session?: string;
  claude_session_id?: string;
  model?: string;
  timeout?: number;
  idle_timeout?: number;
  dry_run?: boolean;
}

/** A command file passes ${CLAUDE_SESSION_ID}; if a Claude Code ever left it unsubstituted, it means "unknown". */
function givenSessionId(id: string | undefined): string | undefined {
  return id === undefined || id.includes("${") ? undefined : id;
}

export function stageInput(args: SessionArgs, ctx: ToolContext): StageInput {
  return {
    cwd: resolve(ctx.baseDir, args.cd ?? "."),
    task: args.task_name,
    fresh: args.new,
    session: args.session,
    model: args.model,
    timeoutSeconds: args.timeout,
    idleTimeoutSeconds: args.idle_timeout,
    // The parameter wins: the server outlives a /clear, which gives Claude a new session id.
    claudeSessionId: givenSessionId(args.claude_session_id) ?? claudeSessionId(ctx.env),
  };
}

export function runtime(ctx: ToolContext): StageRuntime {
  return { env: ctx.env, signal: ctx.signal, onEvent: ctx.onEvent };
}
