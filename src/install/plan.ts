// The pieces install and uninstall plan with: options, actions and the report's types, the context of one run,
// and one step per file (with its backup) — planning only reads; install.ts executes.
import { existsSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import * as z from "zod/mini";
import { userClaudeDirOf } from "../config/load.js";
import { Config } from "../config/schema.js";
import { InstallError } from "../errors.js";
import { LOCAL_RECORD } from "../launcher/where.js";
import { stateDir } from "../project.js";
import { LAUNCHER_REL } from "./hooks.js";
import { backupPath, backupStamp, readIfExists } from "./fsops.js";
import { type Manifest, manifestPath, parseManifest, type Scope, sha256 } from "./manifest.js";
import { shippedFiles } from "./package.js";

export type { Scope } from "./manifest.js";

export interface InstallOptions {
  project: string;
  scope: Scope;
  dryRun?: boolean;
  /** Overwrite (install) or remove (uninstall) command and agent files the user changed; a backup is kept. */
  force?: boolean;
  /** Uninstall: also remove the project's state, logs and backups (otherwise listed as left). */
  purge?: boolean;
  /** Home directory for scope "user" (tests); see userClaudeDir for the default. */
  home?: string;
  /** The codex-collab package to install from; found from this module's location when omitted. */
  packageRoot?: string;
}

export type ActionKind = "created" | "updated" | "unchanged" | "skipped-user-modified" | "removed" | "left";
export type ItemKind = "command" | "agent" | "launcher" | "record" | "hooks" | "mcp" | "gitignore" | "config" | "manifest" | "directory" | "state";

export interface InstallAction {
  path: string;
  kind: ItemKind;
  action: ActionKind;
  /** Where the previous bytes were saved before the change. */
  backup?: string;
  note?: string;
}

export interface InstallReport {
  operation: "install" | "uninstall";
  scope: Scope;
  project: string;
  /** The `.claude` directory that received commands, agents, settings and the manifest. */
  claudeDir: string;
  settingsFile: string;
  dryRun: boolean;
  actions: InstallAction[];
}

export interface Step extends InstallAction {
  /** New bytes for created/updated files. */
  content?: string;
}

/**
 * The user-level `.claude` directory: `<home>/.claude` when a home is given (tests), else
 * CLAUDE_CONFIG_DIR as Claude Code itself resolves it, else ~/.claude.
 */
export function userClaudeDir(home?: string): string {
  return home !== undefined ? join(home, ".claude") : userClaudeDirOf(process.env);
}

/**
 * Claude Code's user config, which holds user-scope MCP servers: `<home>/.claude.json` when a home is given
 * (tests), else `$CLAUDE_CONFIG_DIR/.claude.json`, else `~/.claude.json` — where `claude mcp add --scope user` writes.
 */
export function userMcpFile(home?: string): string {
  if (home !== undefined) return join(home, ".claude.json");
  const fromEnv = process.env.CLAUDE_CONFIG_DIR;
  return fromEnv ? join(resolve(fromEnv), ".claude.json") : join(homedir(), ".claude.json");
}

export function settingsFileFor(scope: Scope, claudeDir: string): string {
  return join(claudeDir, scope === "local" ? "settings.local.json" : "settings.json");
}

/** The config install writes when the project has none: every key with its default, to show what can be tuned. */
export function defaultConfigText(): string {
  return JSON.stringify(z.parse(Config, {}), null, 2) + "\n";
}

export interface Context {
  project: string;
  scope: Scope;
  claudeDir: string;
  settingsFile: string;
  manifestFile: string;
  manifest: Manifest | undefined;
  /** User scope: Claude Code's user config, where our MCP server is registered. */
  userMcpFile?: string;
  stamp: string;
  backups: Set<string>;
}

export function context(opts: InstallOptions): Context {
  const project = resolve(opts.project);
  if (!existsSync(project) || !statSync(project).isDirectory()) {
    throw new InstallError(`The project directory ${project} does not exist.`, "Pass an existing directory with --project.");
  }
  const claudeDir = opts.scope === "user" ? userClaudeDir(opts.home) : join(project, ".claude");
  const manifestFile = manifestPath(claudeDir);
  const manifestText = readIfExists(manifestFile);
  return {
    project,
    scope: opts.scope,
    claudeDir,
    settingsFile: settingsFileFor(opts.scope, claudeDir),
    manifestFile,
    manifest: manifestText === null ? undefined : parseManifest(manifestFile, manifestText),
    ...(opts.scope === "user" ? { userMcpFile: userMcpFile(opts.home) } : {}),
    stamp: backupStamp(new Date()),
    backups: new Set(),
  };
}

/** Backups go where git never sees them: the project's state directory, or ~/.claude/codex-collab-backups (user scope). */
function backupFor(ctx: Context, file: string): string {
  const base = ctx.scope === "user" ? ctx.claudeDir : ctx.project;
  const dir = ctx.scope === "user" ? join(ctx.claudeDir, "codex-collab-backups") : join(stateDir(ctx.project), "backups");
  const b = backupPath(dir, relative(base, file), ctx.stamp, ctx.backups);
  ctx.backups.add(b);
  return b;
}

/** Where the launcher lives relative to the `.claude` directory, as the manifest records it. */
const LAUNCHER_IN_CLAUDE_DIR = relative(".claude", LAUNCHER_REL).split(sep).join("/");

export function kindOf(rel: string): ItemKind {
  return rel.startsWith("agents/") ? "agent" : rel === LAUNCHER_IN_CLAUDE_DIR ? "launcher" : "command";
}

/** Project and local scopes write no path of this machine into the project's files: they go through the launcher. */
export function viaLauncher(scope: Scope): boolean {
  return scope !== "user";
}

/** Command and agent files, plus the launcher for the project scopes. */
export function filesToShip(ctx: Context, packageRoot: string): Array<{ rel: string; content: string }> {
  if (!viaLauncher(ctx.scope)) return shippedFiles(packageRoot);
  return [...shippedFiles(packageRoot, LAUNCHER_REL), { rel: LAUNCHER_IN_CLAUDE_DIR, content: readFileSync(join(packageRoot, "dist", "launch.cjs"), "utf8") }];
}

/** This machine's package for the launcher: in the git-ignored state directory, never in a shared file. */
export function recordStep(ctx: Context, packageRoot: string | null): Step {
  const path = join(ctx.project, LOCAL_RECORD);
  const next = packageRoot === null ? null : `${JSON.stringify({ packageRoot: resolve(packageRoot) }, null, 2)}\n`;
  return fileStep(ctx, path, "record", readIfExists(path), next, true);
}

/** Directories (inside the `.claude` directory) that must be created to hold `file`, outermost first. */
function missingDirs(ctx: Context, file: string, planned: Set<string>): string[] {
  const out: string[] = [];
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const inside = dir === ctx.claudeDir || dir.startsWith(ctx.claudeDir + sep);
    if (!inside || existsSync(dir) || planned.has(dir)) break;
    out.unshift(dir);
  }
  return out;
}

export function relDir(ctx: Context, dir: string): string {
  return relative(ctx.claudeDir, dir) || ".";
}

export function write(steps: Step[], ctx: Context, dirs: Set<string>, step: Step): void {
  if (step.action === "created" || step.action === "updated") {
    for (const d of missingDirs(ctx, step.path, dirs)) {
      dirs.add(d);
      steps.push({ path: d, kind: "directory", action: "created" });
    }
  }
  steps.push(step);
}

/** Plans a text file that must end up as `next` (null: absent); `ours` = current bytes are entirely ours (no backup). */
export function fileStep(ctx: Context, path: string, kind: ItemKind, current: string | null, next: string | null, ours = false): Step {
  if (current === next) return { path, kind, action: "unchanged" };
  if (next === null) return { path, kind, action: "removed", ...(ours ? {} : { backup: backupFor(ctx, path) }) };
  if (current === null) return { path, kind, action: "created", content: next };
  return { path, kind, action: "updated", content: next, ...(ours ? {} : { backup: backupFor(ctx, path) }) };
}

/** Removing a command/agent file we wrote: only while it still holds our bytes, unless forced. */
export function removeOwnedFile(opts: InstallOptions, ctx: Context, rel: string, recorded: string): Step[] {
  const dest = join(ctx.claudeDir, rel);
  const current = readIfExists(dest);
  if (current === null) return [];
  if (sha256(current) === recorded) return [fileStep(ctx, dest, kindOf(rel), current, null, true)];
  if (opts.force) return [{ ...fileStep(ctx, dest, kindOf(rel), current, null), note: "your changes were removed (--force)" }];
  return [{ path: dest, kind: kindOf(rel), action: "skipped-user-modified", note: "you changed it; kept (--force removes it, with a backup)" }];
}
