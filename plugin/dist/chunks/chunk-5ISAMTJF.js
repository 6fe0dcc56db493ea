import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  parseSeconds,
  print,
  readAll
} from "./chunk-3YF2N4CT.js";
import {
  formatProgress,
  stageSetup
} from "./chunk-NUTQ7FJE.js";
import {
  claudeSessionId
} from "./chunk-DI3QD2SS.js";
import {
  EFFORT_PATTERN
} from "./chunk-2457UOSZ.js";
import {
  EXIT,
  UsageError
} from "./chunk-UMH65Y2S.js";

// src/cli/report.ts
function progressPrinter(io, started) {
  return (event) => {
    const line = formatProgress(event, Date.now() - started);
    if (line) print(io.stderr, `codex-collab: ${line}`);
  };
}
function reportTurn(io, outcome, opts = {}) {
  const { result, session, redactions, violations } = outcome;
  if (redactions.count > 0) {
    const kinds = Object.entries(redactions.kinds).map(([k, n]) => `${k}\xD7${n}`).join(", ");
    print(io.stderr, `codex-collab: redacted ${redactions.count} secret${redactions.count === 1 ? "" : "s"} before sending (${kinds})`);
  }
  if (violations.length > 0) print(io.stderr, `codex-collab: WARNING: the working tree changed during a read-only run: ${violations.join(", ")}`);
  if (!result.success && result.error) print(io.stderr, `codex-collab: ${result.error.message}
  \u2192 ${result.error.hint}`);
  else if (!opts.quiet) print(io.stderr, `codex-collab: session ${session.name} (thread ${result.SESSION_ID ?? "none"}), stage ${session.stage}/7`);
}
function turnExitCode(outcome) {
  if (outcome.result.success) return EXIT.OK;
  return outcome.result.failure?.exitCode ?? EXIT.FAILED;
}

// src/cli/stage-args.ts
import { resolve } from "node:path";
var STAGE_OPTIONS = {
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
  help: { type: "boolean", short: "h" }
};
var STAGE_USAGE_OPTIONS = `  --task NAME        a separate Codex session per task within one Claude session
  --new              start a fresh Codex session instead of continuing the task's session
  --session REF      continue a given session (name, thread id or prefix)
  --cd DIR           project directory (default: current directory)
  --context TEXT     extra background for Codex   --constraints TEXT   limits the answer must respect
  --files PATH       a file Codex should look at (repeatable; Codex reads it itself, read-only)
  --model M          model for Codex              --effort LEVEL  reasoning effort (low, medium, high \u2026)
  --json             print the result contract as JSON
  --timeout S / --idle-timeout S                  limits in seconds (defaults from config)
  --quiet            no progress lines on stderr`;
function stageSetup2(values, io) {
  if (values.new && values.session !== void 0) throw new UsageError("--new and --session exclude each other");
  return stageSetup(
    {
      cwd: resolve(io.cwd, values.cd ?? "."),
      task: values.task,
      fresh: values.new,
      session: values.session,
      model: values.model,
      effort: effortFlag(values.effort),
      timeoutSeconds: parseSeconds(values.timeout, "--timeout"),
      idleTimeoutSeconds: parseSeconds(values["idle-timeout"], "--idle-timeout"),
      claudeSessionId: claudeSessionId(io.env)
    },
    { env: io.env, signal: io.signal, onEvent: values.quiet ? void 0 : progressPrinter(io, Date.now()), onConfigNote: configNotePrinter(io) }
  );
}
function configNotePrinter(io) {
  return (line) => print(io.stderr, `codex-collab: ${line}`);
}
function effortFlag(value) {
  if (value !== void 0 && !EFFORT_PATTERN.test(value)) throw new UsageError(`--effort takes a level such as low, medium or high, not "${value}"`);
  return value;
}
async function userText(positionals, io, what, usage) {
  const text = positionals.length > 0 ? positionals.join(" ") : io.stdin.isTTY ? "" : await readAll(io.stdin);
  if (!text.trim()) throw new UsageError(`${what} is empty: pass it as an argument or on stdin`, usage);
  return text;
}

export {
  progressPrinter,
  reportTurn,
  turnExitCode,
  STAGE_OPTIONS,
  STAGE_USAGE_OPTIONS,
  stageSetup2 as stageSetup,
  configNotePrinter,
  effortFlag,
  userText
};
