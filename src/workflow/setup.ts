// Everything a stage turn needs besides its text: the project, its config and state, the session to continue
// (one thread per Claude session + task), the model and the limits. Every front door (CLI, MCP) builds its
// turns here from plain values, after adapting its own protocol's arguments.
import { statSync } from "node:fs";
import type { CodexEvent } from "../codex/events.js";
import { describeRefused, loadConfigReport } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { UsageError } from "../errors.js";
import { findProjectRoot } from "../project.js";
import { openStore, type Store } from "../state/store.js";
import { resolveTarget, type SessionTarget } from "./turn.js";

export interface StageInput {
  /** Absolute project directory (or a directory inside it). */
  cwd: string;
  /** A separate Codex session per task within one Claude session. */
  task?: string;
  /** Start a fresh Codex session instead of continuing the task's session. */
  fresh?: boolean;
  /** Continue a given session: name, thread id or unique prefix. */
  session?: string;
  model?: string;
  /** Reasoning effort (low, medium, high …); checked where the door parses it. */
  effort?: string;
  timeoutSeconds?: number;
  idleTimeoutSeconds?: number;
  /** The Claude Code session the turn belongs to. */
  claudeSessionId?: string;
}

export interface StageRuntime {
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onEvent?: (event: CodexEvent) => void;
  /** Called at least every few seconds while Codex works, for heartbeat lines. */
  onTick?: (elapsedMs: number) => void;
  /** Told once per setting a repository's config file tried to loosen and did not get. */
  onConfigNote?: (line: string) => void;
}

export interface StageSetup {
  root: string;
  cwd: string;
  config: Config;
  store: Store;
  target: SessionTarget;
  claudeSessionId?: string;
  task?: string;
  model?: string;
  effort?: string;
  timeoutMs: number;
  idleTimeoutMs: number;
  signal?: AbortSignal;
  onEvent?: (event: CodexEvent) => void;
  onTick?: (elapsedMs: number) => void;
  env?: NodeJS.ProcessEnv;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function stageSetup(input: StageInput, runtime: StageRuntime = {}): StageSetup {
  if (input.fresh && input.session !== undefined) throw new UsageError("a fresh session and a given session exclude each other: ask for one of them");
  if (!isDirectory(input.cwd)) throw new UsageError(`${input.cwd} is not a directory`, "Give the project directory (or a directory inside it).");
  const root = findProjectRoot(input.cwd);
  const report = loadConfigReport(root, runtime.env);
  for (const line of describeRefused(root, report, runtime.env)) runtime.onConfigNote?.(line);
  const config = report.config;
  const store = openStore(root);
  return {
    root,
    cwd: input.cwd,
    config,
    store,
    target: resolveTarget(store, { ref: input.session, task: input.task, claudeSessionId: input.claudeSessionId, fresh: input.fresh }),
    claudeSessionId: input.claudeSessionId,
    task: input.task,
    model: input.model ?? config.codex.model,
    effort: input.effort ?? config.codex.effort,
    timeoutMs: (input.timeoutSeconds ?? config.codex.timeoutSeconds) * 1000,
    idleTimeoutMs: (input.idleTimeoutSeconds ?? config.codex.idleTimeoutSeconds) * 1000,
    signal: runtime.signal,
    onEvent: runtime.onEvent,
    onTick: runtime.onTick,
    env: runtime.env,
  };
}

export interface StageExtras {
  context?: string;
  constraints?: string;
  files?: string[];
}

/** Template variables most stages share. */
export function commonVars(extras: StageExtras): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  if (extras.context) vars.context = extras.context;
  if (extras.constraints) vars.constraints = extras.constraints;
  if (extras.files?.length) vars.files = extras.files;
  return vars;
}
