import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SANDBOX_MODES, type SandboxMode } from "../codex/args.js";
import { UsageError } from "../errors.js";
import { previewContract, runContract, type ContractInput } from "../workflow/contract.js";
import { claudeSessionId } from "../workflow/turn.js";
import { parseSeconds, parseVerbArgs, print, printJson, readAll, type Io } from "./io.js";
import { emitPreview, progressPrinter, reportTurn, turnExitCode } from "./report.js";
import { configNotePrinter, effortFlag } from "./stage-args.js";
import { sessionUsage } from "../workflow/usage.js";

const USAGE = `Usage: codex-collab run [options] [TEXT…]      (or --prompt TEXT, --prompt-file F, or the prompt on stdin)

Runs one Codex turn with the prompt as you wrote it (redacted, no template) and prints Codex's answer.

  TEXT                   the prompt; several words are joined with spaces
  --prompt TEXT          the prompt, as one argument
  --prompt-file F        read the prompt from file F (UTF-8); give the prompt only one way
  --cd DIR               working directory for Codex (default: current directory)
  --sandbox MODE         read-only (default) | workspace-write | danger-full-access; anything looser than
                         read-only comes from this flag or your own config, never from a repository's file
  --allow-dangerous      required with --sandbox danger-full-access (Codex may then change anything)
  --session REF          session name, thread id (or unique prefix), or "new"; default: this Claude session's
  --new                  same as --session new: start a fresh Codex session
  --task NAME            keep a separate session per task within one Claude session
  --model M              model for Codex (default from config codex.model)
  --effort LEVEL         reasoning effort, e.g. low, medium, high (default from config codex.effort)
  --all-messages         include every Codex event in the JSON result (all_messages)
  --json                 print the result contract: {success, SESSION_ID, agent_messages, last_message,
                         all_messages?, usage, error?, warnings}
  --timeout S            wall-clock limit in seconds (default from config, 900)
  --idle-timeout S       limit on silence from Codex in seconds (default from config, 300)
  --quiet                no progress lines on stderr
  --dry-run              print exactly what would be sent (the prompt after redaction); send nothing`;

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
      effort: { type: "string" },
      "all-messages": { type: "boolean" },
      json: { type: "boolean" },
      timeout: { type: "string" },
      "idle-timeout": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      "dry-run": { type: "boolean" },
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
  if (sandbox === "danger-full-access" && !values["allow-dangerous"]) {
    throw new UsageError("--sandbox danger-full-access lets Codex change anything on this machine; it is refused without --allow-dangerous.", USAGE);
  }
  if ([values.prompt !== undefined, values["prompt-file"] !== undefined, positionals.length > 0].filter(Boolean).length > 1) {
    throw new UsageError("give the prompt once: --prompt, --prompt-file, a positional argument or stdin", USAGE);
  }

  const cwd = resolve(io.cwd, values.cd ?? ".");
  let prompt = values.prompt ?? (positionals.length > 0 ? positionals.join(" ") : undefined);
  if (prompt === undefined && values["prompt-file"] !== undefined) prompt = readFileSync(resolve(io.cwd, values["prompt-file"]), "utf8");
  if (prompt === undefined && !io.stdin.isTTY) prompt = await readAll(io.stdin);
  if (!prompt?.trim()) throw new UsageError("the prompt is empty", USAGE);

  const input: ContractInput = {
    prompt,
    cwd,
    sandbox,
    // At a terminal the user speaks for themselves: workspace-write as asked, danger-full-access with the flag.
    maxSandbox: values["allow-dangerous"] ? "danger-full-access" : "workspace-write",
    session: values.session,
    fresh: values.new,
    task: values.task,
    model: values.model,
    effort: effortFlag(values.effort),
    returnAllMessages: values["all-messages"],
    timeoutSeconds: parseSeconds(values.timeout, "--timeout"),
    idleTimeoutSeconds: parseSeconds(values["idle-timeout"], "--idle-timeout"),
    claudeSessionId: claudeSessionId(io.env),
  };
  const runtime = { env: io.env, signal: io.signal, ...(values.quiet ? {} : progressPrinter(io, Date.now())), onConfigNote: configNotePrinter(io) };
  if (values["dry-run"]) return emitPreview(io, await previewContract(input, runtime), values);
  const outcome = await runContract(input, runtime);
  reportTurn(io, outcome, { quiet: values.quiet });
  if (values.json) printJson(io, { ...outcome.result, receipt: outcome.receipt, session_usage: sessionUsage(outcome.session) });
  else if (outcome.result.success) print(io.stdout, outcome.result.agent_messages);
  return turnExitCode(outcome);
}
