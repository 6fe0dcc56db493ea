import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SANDBOX_MODES, type SandboxMode } from "../codex/args.js";
import { loadConfig } from "../config/load.js";
import { UsageError } from "../errors.js";
import { findProjectRoot } from "../project.js";
import { redact } from "../redact/index.js";
import { openStore } from "../state/store.js";
import { claudeSessionId, resolveTarget, runTurn } from "../workflow/turn.js";
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

  const root = findProjectRoot(cwd);
  const config = loadConfig(root);
  const store = openStore(root);
  const claude = claudeSessionId(io.env);
  if (values.new && values.session !== undefined) throw new UsageError("--new and --session exclude each other", USAGE);
  const target = resolveTarget(store, { ref: values.session, task: values.task, claudeSessionId: claude, fresh: values.new });
  const started = Date.now();
  const outcome = await runTurn({
    store,
    root,
    cwd,
    target,
    prompt,
    kind: "run",
    title: redact(prompt).text.trim().split("\n")[0] ?? "",
    claudeSessionId: claude,
    task: values.task,
    sandbox: sandbox ?? config.codex.sandbox,
    model: values.model ?? config.codex.model,
    returnAllMessages: values["all-messages"],
    timeoutMs: (parseSeconds(values.timeout, "--timeout") ?? config.codex.timeoutSeconds) * 1000,
    idleTimeoutMs: (parseSeconds(values["idle-timeout"], "--idle-timeout") ?? config.codex.idleTimeoutSeconds) * 1000,
    signal: io.signal,
    onEvent: values.quiet ? undefined : progressPrinter(io, started),
  });
  reportTurn(io, outcome, { quiet: values.quiet });
  if (values.json) printJson(io, outcome.result);
  else if (outcome.result.success) print(io.stdout, outcome.result.agent_messages);
  return turnExitCode(outcome);
}
