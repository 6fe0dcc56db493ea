// Flags every stage command shares, and turning them into the session, config and limits of a turn.
import { resolve } from "node:path";
import { loadConfig } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { UsageError } from "../errors.js";
import { findProjectRoot } from "../project.js";
import { openStore, type Store } from "../state/store.js";
import { claudeSessionId, resolveTarget, type SessionTarget } from "../workflow/turn.js";
import { parseSeconds, readAll, type Io } from "./io.js";
import { progressPrinter, type ProgressDisplay } from "./report.js";

export const STAGE_OPTIONS = {
  task: { type: "string" },
  new: { type: "boolean" },
  session: { type: "string" },
  cd: { type: "string" },
  model: { type: "string" },
  context: { type: "string" },
  constraints: { type: "string" },
  files: { type: "string", multiple: true },
  json: { type: "boolean" },
  timeout: { type: "string" },
  "idle-timeout": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

export const STAGE_USAGE_OPTIONS = `  --task NAME        a separate Codex session per task within one Claude session
  --new              start a fresh Codex session instead of continuing the task's session
  --session REF      continue a given session (name, thread id or prefix)
  --cd DIR           project directory (default: current directory)
  --context TEXT     extra background for Codex   --constraints TEXT   limits the answer must respect
  --files PATH       a file Codex should look at (repeatable; Codex reads it itself, read-only)
  --model M          model for Codex              --json  print the result contract as JSON
  --timeout S / --idle-timeout S                  limits in seconds (defaults from config)
  --quiet            no progress lines on stderr`;

export interface StageValues {
  task?: string;
  new?: boolean;
  session?: string;
  cd?: string;
  model?: string;
  context?: string;
  constraints?: string;
  files?: string[];
  json?: boolean;
  timeout?: string;
  "idle-timeout"?: string;
  quiet?: boolean;
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
  timeoutMs: number;
  idleTimeoutMs: number;
  signal?: AbortSignal;
  onEvent?: ProgressDisplay["onEvent"];
  onTick?: ProgressDisplay["onTick"];
  env?: NodeJS.ProcessEnv;
}

export function stageSetup(values: StageValues, io: Io): StageSetup {
  if (values.new && values.session !== undefined) throw new UsageError("--new and --session exclude each other");
  const cwd = resolve(io.cwd, values.cd ?? ".");
  const root = findProjectRoot(cwd);
  const config = loadConfig(root);
  const store = openStore(root);
  const claude = claudeSessionId(io.env);
  return {
    root,
    cwd,
    config,
    store,
    target: resolveTarget(store, { ref: values.session, task: values.task, claudeSessionId: claude, fresh: values.new }),
    claudeSessionId: claude,
    task: values.task,
    model: values.model ?? config.codex.model,
    timeoutMs: (parseSeconds(values.timeout, "--timeout") ?? config.codex.timeoutSeconds) * 1000,
    idleTimeoutMs: (parseSeconds(values["idle-timeout"], "--idle-timeout") ?? config.codex.idleTimeoutSeconds) * 1000,
    signal: io.signal,
    ...(values.quiet ? {} : progressPrinter(io, Date.now())),
    env: io.env,
  };
}

/** The user's text: positional words, else stdin when it is piped. */
export async function userText(positionals: string[], io: Io, what: string, usage: string): Promise<string> {
  const text = positionals.length > 0 ? positionals.join(" ") : io.stdin.isTTY ? "" : await readAll(io.stdin);
  if (!text.trim()) throw new UsageError(`${what} is empty: pass it as an argument or on stdin`, usage);
  return text;
}

/** Variables most templates share. */
export function commonVars(values: StageValues): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  if (values.context) vars.context = values.context;
  if (values.constraints) vars.constraints = values.constraints;
  if (values.files?.length) vars.files = values.files;
  return vars;
}
