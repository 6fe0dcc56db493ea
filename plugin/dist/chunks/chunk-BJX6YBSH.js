import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  forgetSession,
  listSessions,
  resolveSessionRef
} from "./chunk-OCYRSVXL.js";
import {
  STAGES,
  openStore
} from "./chunk-TAH6EO5F.js";
import {
  parseVerbArgs,
  print,
  printJson
} from "./chunk-23XL5EZ7.js";
import {
  findProjectRoot
} from "./chunk-UPM4JHD7.js";
import {
  UsageError
} from "./chunk-CVUZ6IGW.js";

// src/cli/sessions.ts
import { resolve } from "node:path";
var USAGE = `Usage: codex-collab sessions list [--json]
       codex-collab sessions show <NAME|THREAD> [--json]
       codex-collab sessions forget <NAME|THREAD>     (the Codex thread itself stays in CODEX_HOME)
  --cd DIR   project directory (default: current directory)`;
function tokens(s) {
  return s.usage.input_tokens + s.usage.output_tokens;
}
function table(rows) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd()).join("\n");
}
function showSession(s) {
  const lines = [
    `session  ${s.name}`,
    `thread   ${s.threadId ?? "(none yet)"}`,
    `stage    ${s.stage}/7 ${STAGES[s.stage] ?? ""}`,
    `turns    ${s.turns}   tokens ${tokens(s)} (${s.usage.input_tokens} in, ${s.usage.cached_input_tokens} cached, ${s.usage.output_tokens} out)`,
    `created  ${s.createdAt}   updated ${s.updatedAt}`
  ];
  if (s.task) lines.push(`task     ${s.task}`);
  if (s.history.length > 0) {
    lines.push("", "flow so far:");
    for (const h of s.history) {
      const stage = h.stage !== void 0 ? `${h.stage}/7 ${STAGES[h.stage]}` : "";
      lines.push(`  ${h.at.slice(0, 19).replace("T", " ")}  ${h.kind.padEnd(9)} ${h.outcome.padEnd(9)} ${stage.padEnd(26)} ${h.title}`);
    }
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
      const rows = [["NAME", "THREAD", "STAGE", "TURNS", "TOKENS", "UPDATED"]];
      for (const s of sessions) rows.push([s.name, s.threadId?.slice(0, 13) ?? "-", `${s.stage}/7 ${STAGES[s.stage]}`, String(s.turns), String(tokens(s)), s.updatedAt.slice(0, 19).replace("T", " ")]);
      print(io.stdout, table(rows));
    }
    return 0;
  }
  if (action !== "show" && action !== "forget") throw new UsageError(`unknown sessions action "${action}"`, USAGE);
  if (!ref) throw new UsageError(`sessions ${action} needs a session name or thread id`, USAGE);
  const session = resolveSessionRef(store, ref);
  if (!session) throw new UsageError(`no session "${ref}" in this project`, 'List them with "codex-collab sessions list".');
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
  tokens,
  table,
  sessionsVerb
};
