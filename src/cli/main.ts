#!/usr/bin/env node
// The codex-collab CLI. Verbs load lazily so `classify` or `sessions` never pay for execa or handlebars.
// This is the only module that calls process.exit.
import { reapStaleRuns } from "../codex/registry.js";
import { EXIT, isCodexCollabError } from "../errors.js";
import { findProjectRoot } from "../project.js";
import { print, processIo, type Io, type Verb } from "./io.js";

interface VerbEntry {
  summary: string;
  load: () => Promise<Verb>;
  hidden?: boolean;
}

const VERBS: Record<string, VerbEntry> = {
  run: { summary: "Run one Codex turn (new or resumed session) and print the result contract", load: async () => (await import("./run.js")).runVerb },
  analyze: { summary: "Stage 1: requirements analysis by Codex", load: async () => (await import("./workflow.js")).analyzeVerb },
  design: { summary: "Stage 2: solution design in the same session", load: async () => (await import("./workflow.js")).designVerb },
  ask: { summary: "Stage 2: a discussion turn (follow-up) in the same session", load: async () => (await import("./workflow.js")).askVerb },
  prototype: { summary: "Stage 3: a prototype as unified diffs, checked with git apply --check", load: async () => (await import("./prototype.js")).prototypeVerb },
  review: { summary: "Stages 5 and 7: structured review of the current change", load: async () => (await import("./review.js")).reviewVerb },
  debug: { summary: "Debugging analysis of a failure (--error-file, --log-file or stdin)", load: async () => (await import("./workflow.js")).debugVerb },
  sessions: { summary: "List, show or forget this project's Codex sessions", load: async () => (await import("./sessions.js")).sessionsVerb },
  reviews: { summary: "List or show automatic and manual reviews and their findings", load: async () => (await import("./reviews.js")).reviewsVerb },
  classify: { summary: "Classify a task as simple / medium / complex, with its signals", load: async () => (await import("./classify.js")).classifyVerb },
  status: { summary: "Sessions, reviews and budgets of this project", load: async () => (await import("./status.js")).statusVerb },
  doctor: { summary: "Check Node, codex, login, hooks, state and config; print fixes", load: async () => (await import("./doctor.js")).doctorVerb },
  mcp: { summary: "Serve the Codex tools over MCP (stdio) for Claude Code", load: async () => (await import("./mcp.js")).mcpVerb },
  install: { summary: "Install commands, agents and hooks into a project", load: async () => (await import("./install.js")).installVerb },
  uninstall: { summary: "Remove exactly what install added", load: async () => (await import("./install.js")).uninstallVerb },
  "review-worker": { summary: "Background review worker (started by the PostToolUse hook)", load: async () => (await import("./worker.js")).workerVerb, hidden: true },
};

export const USAGE = `codex-collab — Claude Code and Codex CLI as a pair (Codex read-only by default)

Usage: codex-collab <command> [options]      codex-collab help <command>  (or: <command> --help)

Commands:
${Object.entries(VERBS)
  .filter(([, v]) => !v.hidden)
  .map(([name, v]) => `  ${name.padEnd(11)} ${v.summary}`)
  .join("\n")}

Exit codes:
  0 ok · 1 Codex failed · 2 usage · 3 codex not found · 4 not logged in · 5 timeout / idle timeout
  6 session not found · 7 prompt too large · 8 invalid config or settings · 9 read-only violated
  10 review findings at or above --fail-on · 130 cancelled
`;

export async function main(argv: string[], io: Io): Promise<number> {
  // `help VERB` is `VERB --help`, as git, gh and npm do it.
  if (argv[0] === "help" && argv[1] !== undefined) return main([argv[1], "--help"], io);
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === "--help" || verb === "-h" || verb === "help") {
    print(io.stdout, USAGE);
    return verb === undefined ? EXIT.USAGE : EXIT.OK;
  }
  if (verb === "--version" || verb === "-v") {
    print(io.stdout, (await import("./version.js")).VERSION);
    return EXIT.OK;
  }
  const entry = VERBS[verb];
  if (!entry) {
    print(io.stderr, `codex-collab: unknown command "${verb}"\n\n${USAGE}`);
    return EXIT.USAGE;
  }
  // A codex left running by a CLI or worker that was killed (SIGKILL) is ended by whoever starts next.
  void reapStaleRuns(findProjectRoot(io.cwd));
  try {
    return await (await entry.load())(rest, io);
  } catch (e) {
    if (isCodexCollabError(e)) {
      if (rest.includes("--json")) io.stdout.write(`${JSON.stringify({ success: false, error: e.toJSON() }, null, 2)}\n`);
      print(io.stderr, `codex-collab: ${e.message}\n  → ${e.hint}`);
      return e.exitCode;
    }
    print(io.stderr, `codex-collab: internal error: ${(e as Error)?.stack ?? String(e)}`);
    return EXIT.FAILED;
  }
}

const controller = new AbortController();
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // First signal cancels the Codex run cleanly (its process tree is killed); a second one exits at once.
    if (interrupted) process.exit(EXIT.CANCELLED);
    interrupted = true;
    controller.abort();
  });
}

main(process.argv.slice(2), processIo(controller.signal)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`codex-collab: ${String(e)}\n`);
    process.exit(EXIT.FAILED);
  },
);
