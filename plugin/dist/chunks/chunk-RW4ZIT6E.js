import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  parseSeconds,
  print,
  printJson,
  readAll
} from "./chunk-24YLMXXG.js";
import {
  HEARTBEAT_EVERY_MS,
  formatHeartbeat,
  formatProgress,
  stageSetup
} from "./chunk-W3UC3DIS.js";
import {
  TICK_MS,
  claudeSessionId,
  formatPreview,
  formatReceipt,
  handoffNotice
} from "./chunk-DKVF4M2T.js";
import {
  EFFORT_PATTERN
} from "./chunk-2N2Y57GQ.js";
import {
  EXIT,
  UsageError
} from "./chunk-5EGK72M7.js";

// src/cli/report.ts
function progressPrinter(io, started) {
  let last = null;
  let printedAt = 0;
  const show = (line, atMs) => {
    printedAt = atMs;
    print(io.stderr, `codex-collab: ${line}`);
  };
  return {
    onEvent(event) {
      const at = Date.now() - started;
      const line = formatProgress(event, at);
      if (!line) return;
      last = { line: line.replace(/^\[\d+s\] /, ""), atMs: at };
      show(line, at);
    },
    onTick() {
      const at = Date.now() - started;
      if (at - printedAt >= HEARTBEAT_EVERY_MS - TICK_MS) show(formatHeartbeat(at, last), at);
    }
  };
}
function reportTurn(io, outcome, opts = {}) {
  const { result, session, redactions, violations } = outcome;
  if (redactions.count > 0) {
    const kinds = Object.entries(redactions.kinds).map(([k, n]) => `${k}\xD7${n}`).join(", ");
    print(io.stderr, `codex-collab: redacted ${redactions.count} secret${redactions.count === 1 ? "" : "s"} before sending (${kinds})`);
  }
  if (outcome.handoffFrom) print(io.stderr, `codex-collab: ${handoffNotice(outcome.handoffFrom, result.SESSION_ID)}`);
  if (violations.length > 0) print(io.stderr, `codex-collab: WARNING: the working tree changed during a read-only run: ${violations.join(", ")}`);
  if (!result.success && result.error) print(io.stderr, `codex-collab: ${result.error.message}
  \u2192 ${result.error.hint}`);
  else if (!opts.quiet) print(io.stderr, `codex-collab: session ${session.name} (thread ${result.SESSION_ID ?? "none"}), stage ${session.stage}/7`);
  print(io.stderr, `codex-collab: ${formatReceipt(outcome.receipt)}`);
}
function turnExitCode(outcome) {
  if (outcome.result.success) return EXIT.OK;
  return outcome.result.failure?.exitCode ?? EXIT.FAILED;
}
function emitPreview(io, preview, values) {
  if (values.json) printJson(io, preview);
  else print(io.stdout, formatPreview(preview));
  return EXIT.OK;
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
  "dry-run": { type: "boolean" },
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
  --quiet            no progress lines on stderr
  --dry-run          print exactly what would be sent (prompt after redaction, files, redactions); send nothing`;
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
    { env: io.env, signal: io.signal, ...values.quiet ? {} : progressPrinter(io, Date.now()), onConfigNote: configNotePrinter(io) }
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
  emitPreview,
  STAGE_OPTIONS,
  STAGE_USAGE_OPTIONS,
  stageSetup2 as stageSetup,
  configNotePrinter,
  effortFlag,
  userText
};
