import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  previewContract,
  runContract
} from "./chunk-HDGXPFSI.js";
import {
  configNotePrinter,
  effortFlag,
  emitPreview,
  progressPrinter,
  reportTurn,
  turnExitCode
} from "./chunk-RW4ZIT6E.js";
import {
  parseSeconds,
  parseVerbArgs,
  print,
  printJson,
  readAll
} from "./chunk-24YLMXXG.js";
import "./chunk-W3UC3DIS.js";
import {
  claudeSessionId
} from "./chunk-DKVF4M2T.js";
import "./chunk-ZWIYQRNR.js";
import "./chunk-74YMS3QO.js";
import {
  sessionUsage
} from "./chunk-5D7ZU3CF.js";
import "./chunk-P7EYBF34.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-XQ3S6CER.js";
import "./chunk-CDH26HK6.js";
import "./chunk-7YTQVAPM.js";
import {
  SANDBOX_MODES
} from "./chunk-2N2Y57GQ.js";
import "./chunk-O76QQAV3.js";
import {
  UsageError
} from "./chunk-5EGK72M7.js";
import "./chunk-T7IDQBNB.js";
import "./chunk-X4VVDXC3.js";

// src/cli/run.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var USAGE = `Usage: codex-collab run [options] [TEXT\u2026]      (or --prompt TEXT, --prompt-file F, or the prompt on stdin)

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
async function runVerb(args, io) {
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
      help: { type: "boolean", short: "h" }
    },
    USAGE
  );
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const sandbox = values.sandbox ?? void 0;
  if (sandbox !== void 0 && !SANDBOX_MODES.includes(sandbox)) throw new UsageError(`--sandbox must be one of ${SANDBOX_MODES.join(", ")}`, USAGE);
  if (sandbox === "danger-full-access" && !values["allow-dangerous"]) {
    throw new UsageError("--sandbox danger-full-access lets Codex change anything on this machine; it is refused without --allow-dangerous.", USAGE);
  }
  if ([values.prompt !== void 0, values["prompt-file"] !== void 0, positionals.length > 0].filter(Boolean).length > 1) {
    throw new UsageError("give the prompt once: --prompt, --prompt-file, a positional argument or stdin", USAGE);
  }
  const cwd = resolve(io.cwd, values.cd ?? ".");
  let prompt = values.prompt ?? (positionals.length > 0 ? positionals.join(" ") : void 0);
  if (prompt === void 0 && values["prompt-file"] !== void 0) prompt = readFileSync(resolve(io.cwd, values["prompt-file"]), "utf8");
  if (prompt === void 0 && !io.stdin.isTTY) prompt = await readAll(io.stdin);
  if (!prompt?.trim()) throw new UsageError("the prompt is empty", USAGE);
  const input = {
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
    claudeSessionId: claudeSessionId(io.env)
  };
  const runtime = { env: io.env, signal: io.signal, ...values.quiet ? {} : progressPrinter(io, Date.now()), onConfigNote: configNotePrinter(io) };
  if (values["dry-run"]) return emitPreview(io, await previewContract(input, runtime), values);
  const outcome = await runContract(input, runtime);
  reportTurn(io, outcome, { quiet: values.quiet });
  if (values.json) printJson(io, { ...outcome.result, receipt: outcome.receipt, session_usage: sessionUsage(outcome.session) });
  else if (outcome.result.success) print(io.stdout, outcome.result.agent_messages);
  return turnExitCode(outcome);
}
export {
  runVerb
};
