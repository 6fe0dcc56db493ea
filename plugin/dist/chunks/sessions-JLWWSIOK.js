import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  parseVerbArgs,
  print,
  printJson
} from "./chunk-24YLMXXG.js";
import {
  forgetSession,
  listSessions,
  resolveSessionRef
} from "./chunk-ZWIYQRNR.js";
import {
  formatUsd,
  openStore
} from "./chunk-5D7ZU3CF.js";
import {
  STAGES,
  table
} from "./chunk-XQ3S6CER.js";
import "./chunk-O76QQAV3.js";
import {
  UnknownSessionError,
  UsageError,
  findProjectRoot
} from "./chunk-5EGK72M7.js";
import "./chunk-X4VVDXC3.js";

// src/cli/sessions.ts
import { resolve } from "node:path";
var USAGE = `Usage: codex-collab sessions list [--json]
       codex-collab sessions show <NAME|THREAD> [--json]
       codex-collab sessions forget <NAME|THREAD>     (the Codex thread itself stays in CODEX_HOME)
  --cd DIR   project directory (default: current directory)`;
function tokens(s) {
  return s.usage.input_tokens + s.usage.output_tokens;
}
function threadChain(s) {
  return [...s.chain ?? [], ...s.thread ? [s.thread] : []];
}
function showSession(s) {
  const lines = [
    `session  ${s.name}`,
    `thread   ${s.threadId ?? "(none yet)"}`,
    `stage    ${s.stage}/7 ${STAGES[s.stage] ?? ""}`,
    `turns    ${s.turns}   tokens ${tokens(s)} (${s.usage.input_tokens} in, ${s.usage.cached_input_tokens} cached, ${s.usage.output_tokens} out)`,
    `cost     ~${formatUsd(s.costUsd ?? 0)} (estimate)`,
    `created  ${s.createdAt}   updated ${s.updatedAt}`
  ];
  if (s.task) lines.push(`task     ${s.task}`);
  const chain = threadChain(s);
  if (chain.length > 1 || chain[0]?.handoffFrom) {
    lines.push("", "threads (oldest first):");
    for (const t of chain) {
      const how = t.endedAt ? `ended ${t.endedAt.slice(0, 19).replace("T", " ")}${t.endReason === "budget" ? " (budget reached: handed off)" : t.endReason === "new" ? " (new thread asked for)" : ""}` : "current";
      lines.push(`  ${t.threadId ?? "(none)"}  ${t.turns} turns, ${t.bytes} bytes, ${t.tokens} tokens  ${how}`);
    }
  }
  if (s.history.length > 0) {
    lines.push("", "flow so far:");
    const rows = s.history.map((h) => [h.at.slice(0, 19).replace("T", " "), h.kind, h.outcome, h.stage !== void 0 ? `${h.stage}/7 ${STAGES[h.stage]}` : "", h.title]);
    lines.push(...table(rows).split("\n").map((l) => `  ${l}`));
  }
  return lines.join("\n");
}
async function sessionsVerb(args, io) {
  const { values, positionals } = parseVerbArgs(args, { json: { type: "boolean" }, cd: { type: "string" }, help: { type: "boolean", short: "h" } }, USAGE);
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const [action = "list", ref] = positionals;
  const store = openStore(findProjectRoot(resolve(io.cwd, values.cd ?? ".")));
  if (action === "list") {
    const sessions = listSessions(store);
    if (values.json) printJson(io, sessions);
    else if (sessions.length === 0) print(io.stdout, 'No Codex sessions recorded in this project yet. Start one with: codex-collab analyze "<requirement>"');
    else {
      const rows = [["NAME", "THREAD", "STAGE", "TURNS", "TOKENS", "COST (EST.)", "UPDATED"]];
      for (const s of sessions) rows.push([s.name, s.threadId?.slice(0, 13) ?? "-", `${s.stage}/7 ${STAGES[s.stage]}`, String(s.turns), String(tokens(s)), `~${formatUsd(s.costUsd ?? 0)}`, s.updatedAt.slice(0, 19).replace("T", " ")]);
      print(io.stdout, table(rows));
    }
    return 0;
  }
  if (action !== "show" && action !== "forget") throw new UsageError(`unknown sessions action "${action}"`, USAGE);
  if (!ref) throw new UsageError(`sessions ${action} needs a session name or thread id`, USAGE);
  const session = resolveSessionRef(store, ref);
  if (!session) throw new UnknownSessionError(ref);
  if (action === "show") {
    if (values.json) printJson(io, session);
    else print(io.stdout, showSession(session));
    return 0;
  }
  forgetSession(store, session.name);
  if (values.json) printJson(io, { forgotten: session.name });
  else print(io.stdout, `Forgot session ${session.name} (thread ${session.threadId ?? "none"}).`);
  return 0;
}
export {
  sessionsVerb,
  tokens
};
