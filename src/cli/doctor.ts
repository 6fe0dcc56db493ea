import { resolve } from "node:path";
import { exitCodeFor, runChecks } from "../doctor/checks.js";
import { formatChecks } from "../doctor/format.js";
import { findProjectRoot } from "../project.js";
import { parseVerbArgs, print, printJson, type Io } from "./io.js";

const USAGE = `Usage: codex-collab doctor [--json] [--cd DIR]
  Checks Node, the codex CLI (version, flags, login), the hooks, the config and the state file, and prints the
  fix for each problem. Reads only; every external command it runs has a 5 s deadline.
  --json     one JSON object: { ok, project, checks: [{ id, ok, level, message, fix? }] }
  --cd DIR   project directory (default: current directory)
Exit code: 0 when no check failed at error level, 1 otherwise (warnings alone exit 0).`;

export async function doctorVerb(args: string[], io: Io): Promise<number> {
  const { values } = parseVerbArgs(args, { json: { type: "boolean" }, cd: { type: "string" }, help: { type: "boolean", short: "h" } }, USAGE);
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const root = findProjectRoot(resolve(io.cwd, values.cd ?? "."));
  const checks = await runChecks({ root, env: io.env });
  const code = exitCodeFor(checks);
  if (values.json) printJson(io, { ok: code === 0, project: root, checks });
  else print(io.stdout, formatChecks(root, checks));
  return code;
}
