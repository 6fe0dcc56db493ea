import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  progressPrinter
} from "./chunk-M7HP6XM5.js";
import {
  claudeSessionId,
  resolveTarget
} from "./chunk-SP6HSELV.js";
import {
  loadConfig
} from "./chunk-53BBWQ4D.js";
import {
  openStore
} from "./chunk-TAH6EO5F.js";
import {
  parseSeconds,
  readAll
} from "./chunk-23XL5EZ7.js";
import {
  findProjectRoot
} from "./chunk-UPM4JHD7.js";
import {
  UsageError
} from "./chunk-CVUZ6IGW.js";

// src/cli/stage-args.ts
import { resolve } from "node:path";
var STAGE_OPTIONS = {
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
  help: { type: "boolean", short: "h" }
};
var STAGE_USAGE_OPTIONS = `  --task NAME        a separate Codex session per task within one Claude session
  --new              start a fresh Codex session instead of continuing the task's session
  --session REF      continue a given session (name, thread id or prefix)
  --cd DIR           project directory (default: current directory)
  --context TEXT     extra background for Codex   --constraints TEXT   limits the answer must respect
  --files PATH       a file Codex should look at (repeatable; Codex reads it itself, read-only)
  --model M          model for Codex              --json  print the result contract as JSON
  --timeout S / --idle-timeout S                  limits in seconds (defaults from config)
  --quiet            no progress lines on stderr`;
function stageSetup(values, io) {
  if (values.new && values.session !== void 0) throw new UsageError("--new and --session exclude each other");
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
    timeoutMs: (parseSeconds(values.timeout, "--timeout") ?? config.codex.timeoutSeconds) * 1e3,
    idleTimeoutMs: (parseSeconds(values["idle-timeout"], "--idle-timeout") ?? config.codex.idleTimeoutSeconds) * 1e3,
    signal: io.signal,
    onEvent: values.quiet ? void 0 : progressPrinter(io, Date.now()),
    env: io.env
  };
}
async function userText(positionals, io, what, usage) {
  const text = positionals.length > 0 ? positionals.join(" ") : io.stdin.isTTY ? "" : await readAll(io.stdin);
  if (!text.trim()) throw new UsageError(`${what} is empty: pass it as an argument or on stdin`, usage);
  return text;
}
function commonVars(values) {
  const vars = {};
  if (values.context) vars.context = values.context;
  if (values.constraints) vars.constraints = values.constraints;
  if (values.files?.length) vars.files = values.files;
  return vars;
}

export {
  STAGE_OPTIONS,
  STAGE_USAGE_OPTIONS,
  stageSetup,
  userText,
  commonVars
};
