#!/usr/bin/env node
import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  print,
  processIo
} from "./chunks/chunk-24YLMXXG.js";
import {
  reapStaleRuns
} from "./chunks/chunk-CDH26HK6.js";
import "./chunks/chunk-7YTQVAPM.js";
import {
  EXIT,
  findProjectRoot,
  isCodexCollabError
} from "./chunks/chunk-5EGK72M7.js";
import "./chunks/chunk-X4VVDXC3.js";

// src/cli/main.ts
var VERBS = {
  run: { summary: "Run one Codex turn (new or resumed session) and print the result contract", load: async () => (await import("./chunks/run-4PBDVWWD.js")).runVerb },
  analyze: { summary: "Stage 1: requirements analysis by Codex", load: async () => (await import("./chunks/workflow-VRCVTFFO.js")).analyzeVerb },
  design: { summary: "Stage 2: solution design in the same session", load: async () => (await import("./chunks/workflow-VRCVTFFO.js")).designVerb },
  ask: { summary: "Stage 2: a discussion turn (follow-up) in the same session", load: async () => (await import("./chunks/workflow-VRCVTFFO.js")).askVerb },
  prototype: { summary: "Stage 3: a prototype as unified diffs, checked with git apply --check", load: async () => (await import("./chunks/prototype-J3XVLO2D.js")).prototypeVerb },
  review: { summary: "Stages 5 and 7: structured review of the current change", load: async () => (await import("./chunks/review-SRCGY42N.js")).reviewVerb },
  debug: { summary: "Debugging analysis of a failure (--error-file, --log-file or stdin)", load: async () => (await import("./chunks/workflow-VRCVTFFO.js")).debugVerb },
  sessions: { summary: "List, show or forget this project's Codex sessions", load: async () => (await import("./chunks/sessions-JLWWSIOK.js")).sessionsVerb },
  reviews: { summary: "List or show automatic and manual reviews and their findings", load: async () => (await import("./chunks/reviews-7ZFMI3KD.js")).reviewsVerb },
  classify: { summary: "Classify a task as simple / medium / complex, with its signals", load: async () => (await import("./chunks/classify-MXFUIJCJ.js")).classifyVerb },
  status: { summary: "Sessions, reviews and budgets of this project", load: async () => (await import("./chunks/status-QRPC46IA.js")).statusVerb },
  doctor: { summary: "Check Node, codex, login, hooks, state and config; print fixes", load: async () => (await import("./chunks/doctor-6CNUIUCO.js")).doctorVerb },
  mcp: { summary: "Serve the Codex tools over MCP (stdio) for Claude Code", load: async () => (await import("./chunks/mcp-CBC4OG3S.js")).mcpVerb },
  install: { summary: "Install commands, agents and hooks into a project", load: async () => (await import("./chunks/install-77YC6ZRN.js")).installVerb },
  uninstall: { summary: "Remove exactly what install added", load: async () => (await import("./chunks/install-77YC6ZRN.js")).uninstallVerb },
  "review-worker": { summary: "Background review worker (started by the PostToolUse hook)", load: async () => (await import("./chunks/worker-HXHFAPNI.js")).workerVerb, hidden: true }
};
var USAGE = `codex-collab \u2014 Claude Code and Codex CLI as a pair (Codex read-only by default)

Usage: codex-collab <command> [options]      codex-collab help <command>  (or: <command> --help)

Commands:
${Object.entries(VERBS).filter(([, v]) => !v.hidden).map(([name, v]) => `  ${name.padEnd(11)} ${v.summary}`).join("\n")}

Exit codes:
  0 ok \xB7 1 Codex failed \xB7 2 usage \xB7 3 codex not found \xB7 4 not logged in \xB7 5 timeout / idle timeout
  6 session not found \xB7 7 prompt too large \xB7 8 invalid config or settings \xB7 9 read-only violated
  10 review findings at or above --fail-on \xB7 130 cancelled
`;
async function main(argv, io) {
  if (argv[0] === "help" && argv[1] !== void 0) return main([argv[1], "--help"], io);
  const [verb, ...rest] = argv;
  if (verb === void 0 || verb === "--help" || verb === "-h" || verb === "help") {
    print(io.stdout, USAGE);
    return verb === void 0 ? EXIT.USAGE : EXIT.OK;
  }
  if (verb === "--version" || verb === "-v") {
    print(io.stdout, (await import("./chunks/version-WKP4CNM3.js")).VERSION);
    return EXIT.OK;
  }
  const entry = VERBS[verb];
  if (!entry) {
    print(io.stderr, `codex-collab: unknown command "${verb}"

${USAGE}`);
    return EXIT.USAGE;
  }
  void reapStaleRuns(findProjectRoot(io.cwd));
  try {
    return await (await entry.load())(rest, io);
  } catch (e) {
    if (isCodexCollabError(e)) {
      if (rest.includes("--json")) io.stdout.write(`${JSON.stringify({ success: false, error: e.toJSON() }, null, 2)}
`);
      print(io.stderr, `codex-collab: ${e.message}
  \u2192 ${e.hint}`);
      return e.exitCode;
    }
    print(io.stderr, `codex-collab: internal error: ${e?.stack ?? String(e)}`);
    return EXIT.FAILED;
  }
}
var controller = new AbortController();
var interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (interrupted) process.exit(EXIT.CANCELLED);
    interrupted = true;
    controller.abort();
  });
}
main(process.argv.slice(2), processIo(controller.signal)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`codex-collab: ${String(e)}
`);
    process.exit(EXIT.FAILED);
  }
);
export {
  USAGE,
  main
};
