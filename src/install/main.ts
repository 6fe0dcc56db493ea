// Argument parsing and the entry used by `install.ts` (and reusable by the CLI's install verb).
import { resolve } from "node:path";
import { findProjectRoot } from "../project.js";
import { isCodexCollabError, UsageError } from "../errors.js";
import { formatReport, install, uninstall } from "./install.js";
import { Scope } from "./manifest.js";

export interface InstallArgs {
  operation: "install" | "uninstall";
  project: string;
  scope: Scope;
  dryRun: boolean;
  force: boolean;
  help: boolean;
  /** Run doctor after an install (off with --no-doctor). */
  doctor: boolean;
  /** Uninstall: remove the project's state, logs and backups too. */
  purge: boolean;
}

export const INSTALL_USAGE = `Usage: codex-collab install [uninstall] [--project DIR] [--scope project|local|user] [--dry-run] [--force]

  uninstall       remove what install added (your own settings and files stay)
  --project DIR   the project (default: the git top level above the current directory)
  --scope S       project: .claude/settings.json (shared)  local: .claude/settings.local.json (yours)
                  user: ~/.claude/settings.json (every project)       default: project
  --dry-run       show the plan, write nothing
  --force         replace (or remove) command and agent files you changed; a backup is kept
  --no-doctor     do not run codex-collab doctor after installing
`;

export const UNINSTALL_USAGE = `Usage: codex-collab uninstall [--project DIR] [--scope project|local|user] [--dry-run] [--force] [--purge]

  Removes exactly what install added to that scope; your own settings and files stay.
  --project DIR   the project (default: the git top level above the current directory)
  --scope S       the scope to remove from: project (default), local or user
  --dry-run       show the plan, change nothing
  --force         also remove command and agent files you changed (a backup is kept)
  --purge         also remove the project's state, logs and backups (.codex-collab, .codex-collab.d)
`;

const usageHint = (operation: InstallArgs["operation"]): string => `See "codex-collab ${operation} --help".`;

/** argv without node and script; `cwd` only supplies the default project. */
export function parseInstallArgs(argv: readonly string[], cwd: string = process.cwd()): InstallArgs {
  const args: InstallArgs = { operation: "install", project: "", scope: "project", dryRun: false, force: false, help: false, doctor: true, purge: false };
  let project: string | undefined;
  const rest = [...argv];
  if (rest[0] === "install" || rest[0] === "uninstall") args.operation = rest.shift() as InstallArgs["operation"];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const v = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : rest[++i];
      if (v === undefined || v === "") throw new UsageError(`${name} needs a value.`, usageHint(args.operation));
      return v;
    };
    switch (name) {
      case "--project":
        project = value();
        break;
      case "--scope": {
        const s = value();
        const parsed = Scope.options.find((o) => o === s);
        if (parsed === undefined) throw new UsageError(`--scope must be project, local or user (got "${s}").`, usageHint(args.operation));
        args.scope = parsed;
        break;
      }
      case "--dry-run":
        args.dryRun = true;
        break;
      case "--force":
        args.force = true;
        break;
      case "--no-doctor":
        args.doctor = false;
        break;
      case "--purge":
        args.purge = true;
        break;
      case "--help":
      case "-h":
        args.help = true;
        break;
      default:
        throw new UsageError(`Unknown argument "${arg}".`, usageHint(args.operation));
    }
  }
  args.project = project !== undefined ? resolve(cwd, project) : findProjectRoot(cwd);
  return args;
}

export interface MainOptions {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Default project is found from here; process.cwd() when omitted. */
  cwd?: string;
  /** Environment for the doctor run after install; process.env when omitted. */
  env?: NodeJS.ProcessEnv;
  /** Install from this package instead of the one this module belongs to (tests). */
  packageRoot?: string;
}

/** Runs install or uninstall and prints the report; returns the exit code (callers decide how to exit). */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const stdout = options.stdout ?? ((t: string) => void process.stdout.write(t));
  const stderr = options.stderr ?? ((t: string) => void process.stderr.write(t));
  try {
    const args = parseInstallArgs(argv, options.cwd);
    if (args.help) {
      stdout(args.operation === "uninstall" ? UNINSTALL_USAGE : INSTALL_USAGE);
      return 0;
    }
    const opts = {
      project: args.project,
      scope: args.scope,
      dryRun: args.dryRun,
      force: args.force,
      purge: args.purge,
      ...(options.packageRoot !== undefined ? { packageRoot: options.packageRoot } : {}),
    };
    const report = args.operation === "install" ? await install(opts) : await uninstall(opts);
    stdout(formatReport(report));
    // What install cannot fix itself (no codex, not logged in) is best seen right away; it does not fail the install.
    if (args.operation === "install" && !args.dryRun && args.doctor) {
      const { runChecks } = await import("../doctor/checks.js");
      const { formatChecks } = await import("../doctor/format.js");
      stdout(`\n${formatChecks(args.project, await runChecks({ root: args.project, env: options.env ?? process.env }))}\n`);
    }
    return 0;
  } catch (e) {
    if (!isCodexCollabError(e)) throw e;
    stderr(`codex-collab: ${e.message}\n${e.hint}\n`);
    return e.exitCode;
  }
}
