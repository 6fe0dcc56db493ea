import { resolve } from "node:path";
import { exitCodeFor, runChecks, type CheckResult } from "../doctor/checks.js";
import { findProjectRoot } from "../project.js";
import { parseVerbArgs, print, printJson, type Io } from "./io.js";

const USAGE = `Usage: codex-collab doctor [--json] [--cd DIR]
  Checks Node, the codex CLI (version, flags, login), the hooks, the config and the state file, and prints the
  fix for each problem. Reads only; every external command it runs has a 5 s deadline.
  --json     one JSON object: { ok, project, checks: [{ id, ok, level, message, fix? }] }
  --cd DIR   project directory (default: current directory)
Exit code: 0 when no check failed at error level, 1 otherwise (warnings alone exit 0).`;

const MARK: Record<CheckResult["level"], string> = { ok: "✓", warn: "!", error: "✗" };

export function formatChecks(root: string, checks: readonly CheckResult[]): string {
  const width = Math.max(...checks.map((c) => c.id.length));
  const lines = [`codex-collab doctor — ${root}`];
  for (const c of checks) {
    lines.push(`${MARK[c.level]} ${c.id.padEnd(width)}  ${c.message}`);
    if (c.fix !== undefined && c.level !== "ok") lines.push(`    fix: ${c.fix}`);
  }
  const errors = checks.filter((c) => c.level === "error").length;
  const warnings = checks.filter((c) => c.level === "warn").length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  lines.push(errors + warnings === 0 ? "All checks passed." : `${plural(errors, "error")}, ${plural(warnings, "warning")}.`);
  return lines.join("\n");
}

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
