import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SANDBOX_MODES, type SandboxMode } from "../codex/args.js";
import { UsageError } from "../errors.js";
import { runContract } from "../workflow/contract.js";
import { claudeSessionId } from "../workflow/turn.js";
import { parseSeconds, parseVerbArgs, print, printJson, readAll, type Io } from "./io.js";
import { progressPrinter, reportTurn, turnExitCode } from "./report.js";

const USAGE = `Usage: codex-collab run [--prompt TEXT | --prompt-file F | < stdin] [options]

  --cd DIR               working directory for Codex (default: current directory)
  --sandbox MODE         read-only (default) | workspace-write; danger-full-access needs --allow-dangerous
  --session REF          session name, thread id (or unique prefix), or "new"; default: this Claude session's
  --new                  same as --session new: start a fresh Codex session
  --task NAME            keep a separate session per task within one Claude session
  --model M              model for Codex
  --all-messages         include every Codex event in the JSON result (all_messages)
  --json                 print {success, SESSION_ID, agent_messages, all_messages?, usage, error?}
  --timeout S            wall-clock limit in seconds (default from config, 900)
  --idle-timeout S       limit on silence from Codex in seconds (default from config, 300)
  --quiet                no progress lines on stderr`;

export async function runVerb(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseVerbArgs(
    args,
    {
      prompt: { type: "string" },
      "prompt-file": { type: "string" },
      cd: { type: "string" },
      sandbox: { type: "string" },
      "allow-dangerous": { type: "boolean" },
      session: { type: "string" },
      new: { type: "boolean" },
      task: { type: "string" },
      model: { type: "string" },
      "all-messages": { type: "boolean" },
      json: { type: "boolean" },
      timeout: { type: "string" },
      "idle-timeout": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" },
    },
    USAGE,
  );
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const sandbox = (values.sandbox ?? undefined) as SandboxMode | undefined;
  if (sandbox !== undefined && !SANDBOX_MODES.includes(sandbox)) throw new UsageError(`--sandbox must be one of ${SANDBOX_MODES.join(", ")}`, USAGE);
  if ([values.prompt !== undefined, values["prompt-file"] !== undefined, positionals.length > 0].filter(Boolean).length > 1) {
    throw new UsageError("give the prompt once: --prompt, --prompt-file, a positional argument or stdin", USAGE);
  }
  if (values.new && values.session !== undefined) throw new UsageError("--new and --session exclude each other", USAGE);

  let prompt = values.prompt ?? (positionals.length > 0 ? positionals.join(" ") : undefined);
  if (prompt === undefined && values["prompt-file"] !== undefined) prompt = readFileSync(resolve(io.cwd, values["prompt-file"]), "utf8");
  if (prompt === undefined && !io.stdin.isTTY) prompt = await readAll(io.stdin);
  if (!prompt?.trim()) throw new UsageError("the prompt is empty", USAGE);

  const outcome = await runContract(
    {
      prompt,
      cwd: resolve(io.cwd, values.cd ?? "."),
      sandbox,
      // At a terminal the user speaks for themselves: workspace-write as asked, danger-full-access with the flag.
      maxSandbox: values["allow-dangerous"] ? "danger-full-access" : "workspace-write",
      allowHint: "--sandbox danger-full-access lets Codex change anything on this machine; add --allow-dangerous to mean it.",
      session: values.session,
      fresh: values.new,
      task: values.task,
      model: values.model,
      returnAllMessages: values["all-messages"],
      timeoutSeconds: parseSeconds(values.timeout, "--timeout"),
      idleTimeoutSeconds: parseSeconds(values["idle-timeout"], "--idle-timeout"),
      claudeSessionId: claudeSessionId(io.env),
    },
    { env: io.env, signal: io.signal, onEvent: values.quiet ? undefined : progressPrinter(io, Date.now()) },
  );
  reportTurn(io, outcome, { quiet: values.quiet });
  if (values.json) printJson(io, outcome.result);
  else if (outcome.result.success) print(io.stdout, outcome.result.agent_messages);
  return turnExitCode(outcome);
}
