// Flags every stage command shares, and turning them into the session, config and limits of a turn.
import { resolve } from "node:path";
import { EFFORT_PATTERN } from "../codex/args.js";
import { UsageError } from "../errors.js";
import { stageSetup as prepareStage, type StageSetup } from "../workflow/setup.js";
import { claudeSessionId } from "../workflow/turn.js";
import { parseSeconds, print, readAll, type Io } from "./io.js";
import { progressPrinter } from "./report.js";

export const STAGE_OPTIONS = {
  task: { type: "string" },
  new: { type: "boolean" },
  session: { type: "string" },
  cd: { type: "string" },
  model: { type: "string" },
  effort: { type: "string" },
  context: { type: "string" },
  constraints: { type: "string" },
  files: { type: "string", multiple: true },
  json: { type: "boolean" },
  timeout: { type: "string" },
  "idle-timeout": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export const STAGE_USAGE_OPTIONS = `  --task NAME        a separate Codex session per task within one Claude session
  --new              start a fresh Codex session instead of continuing the task's session
  --session REF      continue a given session (name, thread id or prefix)
  --cd DIR           project directory (default: current directory)
  --context TEXT     extra background for Codex   --constraints TEXT   limits the answer must respect
  --files PATH       a file Codex should look at (repeatable; Codex reads it itself, read-only)
  --model M          model for Codex              --effort LEVEL  reasoning effort (low, medium, high …)
  --json             print the result contract as JSON
  --timeout S / --idle-timeout S                  limits in seconds (defaults from config)
  --quiet            no progress lines on stderr
  --dry-run          print exactly what would be sent (prompt after redaction, files, redactions); send nothing`;

export interface StageValues {
  task?: string;
  new?: boolean;
  session?: string;
  cd?: string;
  model?: string;
  effort?: string;
  context?: string;
  constraints?: string;
  files?: string[];
  json?: boolean;
  timeout?: string;
  "idle-timeout"?: string;
  quiet?: boolean;
  "dry-run"?: boolean;
}

export type { StageSetup } from "../workflow/setup.js";

/** The shared flags as the workflow's plain values. */
export function stageSetup(values: StageValues, io: Io): StageSetup {
  if (values.new && values.session !== undefined) throw new UsageError("--new and --session exclude each other");
  return prepareStage(
    {
      cwd: resolve(io.cwd, values.cd ?? "."),
      task: values.task,
      fresh: values.new,
      session: values.session,
      model: values.model,
      effort: effortFlag(values.effort),
      timeoutSeconds: parseSeconds(values.timeout, "--timeout"),
      idleTimeoutSeconds: parseSeconds(values["idle-timeout"], "--idle-timeout"),
      claudeSessionId: claudeSessionId(io.env),
    },
    { env: io.env, signal: io.signal, ...(values.quiet ? {} : progressPrinter(io, Date.now())), onConfigNote: configNotePrinter(io) },
  );
}

/** What a repository's config file was refused (it tried to loosen safety), said on stderr. */
export function configNotePrinter(io: Io): (line: string) => void {
  return (line) => print(io.stderr, `codex-collab: ${line}`);
}

/** --effort LEVEL, checked as the config key is. */
export function effortFlag(value: string | undefined): string | undefined {
  if (value !== undefined && !EFFORT_PATTERN.test(value)) throw new UsageError(`--effort takes a level such as low, medium or high, not "${value}"`);
  return value;
}

/** The user's text: positional words, else stdin when it is piped. */
export async function userText(positionals: string[], io: Io, what: string, usage: string): Promise<string> {
  const text = positionals.length > 0 ? positionals.join(" ") : io.stdin.isTTY ? "" : await readAll(io.stdin);
  if (!text.trim()) throw new UsageError(`${what} is empty: pass it as an argument or on stdin`, usage);
  return text;
}

export { commonVars } from "../workflow/setup.js";
