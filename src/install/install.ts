// Project-level install and uninstall: plan every change first (reading only), then write. A refusal
// (invalid settings JSON, missing bundles) therefore leaves every file as it was.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import * as z from "zod/mini";
import { Config, CONFIG_RELATIVE_PATH } from "../config/schema.js";
import { InstallError } from "../errors.js";
import { LOCAL_RECORD } from "../launcher/where.js";
import { STATE_FILE_NAME, stateDir } from "../project.js";
import { addIgnores, excludeFile, removeIgnores } from "./gitignore.js";
import { desiredHooks, HOOK_EVENTS, hookBundlePath, LAUNCHER_REL } from "./hooks.js";
import { addMcpServer, approveMcpServer, MCP_FILE, removeMcpServer, unapproveMcpServer } from "./mcp.js";
import { backupPath, backupStamp, readIfExists, removeFile, writeAtomic, writeBackup } from "./fsops.js";
import { emptyManifest, type Manifest, manifestPath, parseManifest, renderManifest, type Scope, sha256 } from "./manifest.js";
import { findPackageRoot, shippedFiles } from "./package.js";
import { mergeHooks } from "./settings.js";

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

interface Step extends InstallAction {
  /** New bytes for created/updated files. */
  content?: string;
}

/**
 * The user-level `.claude` directory: `<home>/.claude` when a home is given (tests), else
 * CLAUDE_CONFIG_DIR as Claude Code itself resolves it, else ~/.claude.
 */
export function userClaudeDir(home?: string): string {
  if (home !== undefined) return join(home, ".claude");
  const fromEnv = process.env.CLAUDE_CONFIG_DIR;
  return fromEnv ? resolve(fromEnv) : join(homedir(), ".claude");
}

export function settingsFileFor(scope: Scope, claudeDir: string): string {
  return join(claudeDir, scope === "local" ? "settings.local.json" : "settings.json");
}

/** The config install writes when the project has none: every key with its default, to show what can be tuned. */
export function defaultConfigText(): string {
  return JSON.stringify(z.parse(Config, {}), null, 2) + "\n";
}

interface Context {
  project: string;
  scope: Scope;
  claudeDir: string;
  settingsFile: string;
  manifestFile: string;
  manifest: Manifest | undefined;
  stamp: string;
  backups: Set<string>;
}

function context(opts: InstallOptions): Context {
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

function kindOf(rel: string): ItemKind {
  return rel.startsWith("agents/") ? "agent" : rel === LAUNCHER_IN_CLAUDE_DIR ? "launcher" : "command";
}

/** Project and local scopes write no path of this machine into the project's files: they go through the launcher. */
function viaLauncher(scope: Scope): boolean {
  return scope !== "user";
}

/** Command and agent files, plus the launcher for the project scopes. */
function filesToShip(ctx: Context, packageRoot: string): Array<{ rel: string; content: string }> {
  if (!viaLauncher(ctx.scope)) return shippedFiles(packageRoot);
  return [...shippedFiles(packageRoot, LAUNCHER_REL), { rel: LAUNCHER_IN_CLAUDE_DIR, content: readFileSync(join(packageRoot, "dist", "launch.cjs"), "utf8") }];
}

/** This machine's package for the launcher: in the git-ignored state directory, never in a shared file. */
function recordStep(ctx: Context, packageRoot: string | null): Step {
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

function relDir(ctx: Context, dir: string): string {
  return relative(ctx.claudeDir, dir) || ".";
}

function write(steps: Step[], ctx: Context, dirs: Set<string>, step: Step): void {
  if (step.action === "created" || step.action === "updated") {
    for (const d of missingDirs(ctx, step.path, dirs)) {
      dirs.add(d);
      steps.push({ path: d, kind: "directory", action: "created" });
    }
  }
  steps.push(step);
}

/** Plans a text file that must end up as `next` (null: absent); `ours` = current bytes are entirely ours (no backup). */
function fileStep(ctx: Context, path: string, kind: ItemKind, current: string | null, next: string | null, ours = false): Step {
  if (current === next) return { path, kind, action: "unchanged" };
  if (next === null) return { path, kind, action: "removed", ...(ours ? {} : { backup: backupFor(ctx, path) }) };
  if (current === null) return { path, kind, action: "created", content: next };
  return { path, kind, action: "updated", content: next, ...(ours ? {} : { backup: backupFor(ctx, path) }) };
}

function requireBundles(packageRoot: string, scope: Scope): void {
  const needed = [...HOOK_EVENTS.map((e) => hookBundlePath(packageRoot, e)), ...(viaLauncher(scope) ? [join(packageRoot, "dist", "launch.cjs")] : [])];
  for (const bundle of needed) {
    if (!existsSync(bundle)) {
      throw new InstallError(`The hook bundle ${bundle} is missing.`, "Build the package (npm run build) or reinstall codex-collab.");
    }
  }
}

function planInstall(opts: InstallOptions, ctx: Context, packageRoot: string): Step[] {
  const steps: Step[] = [];
  const dirs = new Set<string>();
  const previous = ctx.manifest ?? emptyManifest();
  const next: Manifest = {
    ...previous,
    scopes: [...new Set([...previous.scopes, ctx.scope])],
    files: {},
    createdDirs: [...previous.createdDirs],
    settings: { ...previous.settings },
  };

  // Settings first: an invalid file refuses the whole install before anything else is planned.
  const settingsText = readIfExists(ctx.settingsFile);
  const settingsKey = basename(ctx.settingsFile);
  const prior = previous.settings[settingsKey];
  const merged = mergeHooks(ctx.settingsFile, settingsText, desiredHooks(viaLauncher(ctx.scope) ? "launcher" : { packageRoot }), prior);
  let settingsNext = merged.text;
  next.settings[settingsKey] = merged.record;
  if (viaLauncher(ctx.scope) && existsSync(join(packageRoot, "dist", "mcp.js")) && settingsNext !== null) {
    const approved = approveMcpServer(ctx.settingsFile, settingsNext, prior?.createdMcpApproval === true);
    settingsNext = approved.text;
    next.settings[settingsKey] = { ...merged.record, ...(approved.createdList ? { createdMcpApproval: true } : {}) };
  }
  write(steps, ctx, dirs, fileStep(ctx, ctx.settingsFile, "hooks", settingsText, settingsNext));

  const shipped = filesToShip(ctx, packageRoot);
  for (const { rel, content } of shipped) {
    const dest = join(ctx.claudeDir, rel);
    const current = readIfExists(dest);
    const recorded = previous.files[rel];
    const wrote = sha256(content);
    if (current === null || current === content) {
      next.files[rel] = wrote;
      write(steps, ctx, dirs, fileStep(ctx, dest, kindOf(rel), current, content));
    } else if (recorded !== undefined && sha256(current) === recorded) {
      next.files[rel] = wrote;
      write(steps, ctx, dirs, fileStep(ctx, dest, kindOf(rel), current, content, true));
    } else if (opts.force) {
      next.files[rel] = wrote;
      write(steps, ctx, dirs, { ...fileStep(ctx, dest, kindOf(rel), current, content), note: "your version was replaced (--force)" });
    } else {
      if (recorded !== undefined) next.files[rel] = recorded;
      const why = recorded !== undefined ? "you changed it" : "a file of yours has this name";
      steps.push({ path: dest, kind: kindOf(rel), action: "skipped-user-modified", note: `${why}; kept (--force replaces it, with a backup)` });
    }
  }
  // Files an earlier version shipped and this one no longer does.
  const shippedNow = new Set(shipped.map((f) => f.rel));
  for (const [rel, recorded] of Object.entries(previous.files)) {
    if (shippedNow.has(rel)) continue;
    steps.push(...removeOwnedFile(opts, ctx, rel, recorded));
  }

  if (ctx.scope !== "user") {
    // Project scope shares the ignore rules through .gitignore; local scope keeps them in this clone's .git/info/exclude.
    const ignoreFile = ctx.scope === "project" ? join(ctx.project, ".gitignore") : excludeFile(ctx.project);
    if (ignoreFile !== null) {
      const ignoreText = readIfExists(ignoreFile);
      const added = addIgnores(ignoreText);
      if (added !== null) {
        if (ctx.scope === "project") next.gitignore = added.record;
        else next.exclude = added.record;
        steps.push(fileStep(ctx, ignoreFile, "gitignore", ignoreText, added.text));
      } else {
        steps.push({ path: ignoreFile, kind: "gitignore", action: "unchanged" });
      }
    }
    steps.push(recordStep(ctx, packageRoot));
    // The MCP server, once the package has one; .mcp.json names only the project's launcher.
    if (existsSync(join(packageRoot, "dist", "mcp.js"))) {
      const mcpFile = join(ctx.project, MCP_FILE);
      const mcpText = readIfExists(mcpFile);
      const added = addMcpServer(mcpFile, mcpText, previous.mcp);
      if (added !== null) next.mcp = added.record;
      steps.push(added === null ? { path: mcpFile, kind: "mcp", action: "unchanged" } : fileStep(ctx, mcpFile, "mcp", mcpText, added.text));
    }

    const config = join(ctx.project, CONFIG_RELATIVE_PATH);
    const configText = readIfExists(config);
    if (configText === null) {
      const text = defaultConfigText();
      next.config = sha256(text);
      write(steps, ctx, dirs, fileStep(ctx, config, "config", null, text));
    } else {
      const ours = previous.config !== undefined && sha256(configText) === previous.config;
      steps.push({ path: config, kind: "config", action: "unchanged", ...(ours ? {} : { note: "yours; left as it is" }) });
    }
  }

  next.createdDirs = [...new Set([...next.createdDirs, ...[...dirs].map((d) => relDir(ctx, d))])];
  const manifestText = readIfExists(ctx.manifestFile);
  write(steps, ctx, dirs, fileStep(ctx, ctx.manifestFile, "manifest", manifestText, renderManifest(next), true));
  return steps;
}

/** Removing a command/agent file we wrote: only while it still holds our bytes, unless forced. */
function removeOwnedFile(opts: InstallOptions, ctx: Context, rel: string, recorded: string): Step[] {
  const dest = join(ctx.claudeDir, rel);
  const current = readIfExists(dest);
  if (current === null) return [];
  if (sha256(current) === recorded) return [fileStep(ctx, dest, kindOf(rel), current, null, true)];
  if (opts.force) return [{ ...fileStep(ctx, dest, kindOf(rel), current, null), note: "your changes were removed (--force)" }];
  return [{ path: dest, kind: kindOf(rel), action: "skipped-user-modified", note: "you changed it; kept (--force removes it, with a backup)" }];
}

function planUninstall(opts: InstallOptions, ctx: Context, packageRoot: string | undefined): Step[] {
  const steps: Step[] = [];
  const manifest = ctx.manifest;
  const settingsText = readIfExists(ctx.settingsFile);
  const settingsKey = basename(ctx.settingsFile);
  const record = manifest?.settings[settingsKey];
  // The approval first: mergeHooks then deletes a file it created once nothing else is left in it.
  const unapproved = settingsText === null || settingsText.trim() === "" ? settingsText : unapproveMcpServer(ctx.settingsFile, settingsText, record?.createdMcpApproval === true);
  const merged = mergeHooks(ctx.settingsFile, unapproved, new Map(), record);
  // Deleting is only ever planned for a file that held nothing but our entries.
  if (settingsText !== null) steps.push(fileStep(ctx, ctx.settingsFile, "hooks", settingsText, merged.text, merged.text === null));

  const scopes = (manifest?.scopes ?? []).filter((s) => s !== ctx.scope);
  if (manifest !== undefined && scopes.length > 0) {
    // Another scope installed from this `.claude` directory still uses the shared files.
    const { [settingsKey]: _dropped, ...settings } = manifest.settings;
    const text = renderManifest({ ...manifest, scopes, settings });
    steps.push(fileStep(ctx, ctx.manifestFile, "manifest", readIfExists(ctx.manifestFile), text, true));
    return steps;
  }

  if (manifest !== undefined) {
    for (const [rel, recorded] of Object.entries(manifest.files)) steps.push(...removeOwnedFile(opts, ctx, rel, recorded));
  } else if (packageRoot !== undefined) {
    // No manifest (deleted, or never written): a file is ours when it still equals what the package ships.
    for (const { rel, content } of filesToShip(ctx, packageRoot)) {
      steps.push(...removeOwnedFile(opts, ctx, rel, sha256(content)));
    }
  }

  if (ctx.scope !== "user") {
    const gitignore = join(ctx.project, ".gitignore");
    const gitignoreText = readIfExists(gitignore);
    if (manifest?.gitignore !== undefined && gitignoreText !== null) {
      const rest = removeIgnores(gitignoreText, manifest.gitignore);
      steps.push(fileStep(ctx, gitignore, "gitignore", gitignoreText, rest, rest === null));
    }
    if (existsSync(join(ctx.project, LOCAL_RECORD))) steps.push(recordStep(ctx, null));
    const mcpFile = join(ctx.project, MCP_FILE);
    const mcpText = readIfExists(mcpFile);
    if (mcpText !== null) {
      const rest = removeMcpServer(mcpFile, mcpText, manifest?.mcp);
      if (rest !== mcpText) steps.push(fileStep(ctx, mcpFile, "mcp", mcpText, rest, rest === null));
    }
    const config = join(ctx.project, CONFIG_RELATIVE_PATH);
    const configText = readIfExists(config);
    if (configText !== null) {
      const ours = manifest ? manifest.config !== undefined && sha256(configText) === manifest.config : configText === defaultConfigText();
      steps.push(ours ? fileStep(ctx, config, "config", configText, null, true) : { path: config, kind: "config", action: "unchanged", note: "yours; left as it is" });
    }
  }

  const manifestText = readIfExists(ctx.manifestFile);
  if (manifestText !== null) steps.push(fileStep(ctx, ctx.manifestFile, "manifest", manifestText, null, true));

  // Directories we created go when nothing else is left in them (a backup written there keeps them).
  const removed = new Set(steps.filter((s) => s.action === "removed").map((s) => s.path));
  const backupDirs = new Set(steps.flatMap((s) => (s.backup !== undefined ? [dirname(s.backup)] : [])));
  const created = (manifest?.createdDirs ?? []).map((d) => resolve(ctx.claudeDir, d));
  for (const dir of created.sort((a, b) => b.length - a.length)) {
    if (!existsSync(dir) || backupDirs.has(dir)) continue;
    if (readdirSync(dir).every((name) => removed.has(join(dir, name)))) {
      removed.add(dir);
      steps.push({ path: dir, kind: "directory", action: "removed" });
    }
  }
  if (ctx.scope !== "user") {
    const state = stateSteps(opts, ctx, steps);
    steps.push(...state, ...excludeSteps(ctx, manifest, state.some((s) => s.action === "left")));
  }
  return steps;
}

/**
 * The project's state file, logs and backups (`.codex-collab`, `.codex-collab.*`): listed as left, or removed with
 * --purge. A state directory that only held the install record goes with it.
 */
function stateSteps(opts: InstallOptions, ctx: Context, planned: Step[]): Step[] {
  const removed = new Set(planned.filter((s) => s.action === "removed").map((s) => s.path));
  const backups = planned.some((s) => s.backup !== undefined);
  const dir = stateDir(ctx.project);
  return readdirSync(ctx.project)
    .filter((name) => name === STATE_FILE_NAME || name.startsWith(`${STATE_FILE_NAME}.`))
    .map((name): Step => {
      const path = join(ctx.project, name);
      if (opts.purge) return { path, kind: "state", action: "removed", note: "--purge" };
      if (path === dir && !backups && readdirSync(dir).every((n) => removed.has(join(dir, n)))) return { path, kind: "directory", action: "removed" };
      return { path, kind: "state", action: "left", note: "state, logs and backups; --purge removes it" };
    })
    .filter((s) => !removed.has(s.path));
}

/**
 * This clone's .git/info/exclude on uninstall: local scope's lines go, unless state is left behind — then the
 * patterns stay (or are added, once .gitignore loses them) so the leftovers never show up untracked.
 */
function excludeSteps(ctx: Context, manifest: Manifest | undefined, leaving: boolean): Step[] {
  const exclude = excludeFile(ctx.project);
  if (exclude === null) return [];
  const text = readIfExists(exclude);
  if (leaving) {
    const added = addIgnores(text);
    return added === null ? [] : [{ ...fileStep(ctx, exclude, "gitignore", text, added.text, true), note: "keeps the state left here out of git" }];
  }
  if (manifest?.exclude === undefined || text === null) return [];
  return [fileStep(ctx, exclude, "gitignore", text, removeIgnores(text, manifest.exclude) ?? "", true)];
}

function execute(steps: Step[]): void {
  for (const s of steps) if (s.backup !== undefined) writeBackup(s.path, s.backup);
  for (const s of steps) {
    if (s.kind === "directory") {
      if (s.action === "created") mkdirSync(s.path);
      continue;
    }
    // The state directory and .git/info may not exist yet (they are not under the `.claude` directory the plan creates).
    if ((s.kind === "record" || s.kind === "gitignore") && s.content !== undefined) mkdirSync(dirname(s.path), { recursive: true });
    if (s.content !== undefined) writeAtomic(s.path, s.content);
    else if (s.action === "removed" && s.kind !== "state") removeFile(s.path);
  }
  for (const s of steps) if (s.kind === "directory" && s.action === "removed") rmdirSync(s.path);
  for (const s of steps) if (s.kind === "state" && s.action === "removed") rmSync(s.path, { recursive: true, force: true });
}

function report(operation: InstallReport["operation"], opts: InstallOptions, ctx: Context, steps: Step[]): InstallReport {
  return {
    operation,
    scope: ctx.scope,
    project: ctx.project,
    claudeDir: ctx.claudeDir,
    settingsFile: ctx.settingsFile,
    dryRun: opts.dryRun === true,
    actions: steps.map(({ content: _content, ...action }) => action),
  };
}

export async function install(opts: InstallOptions): Promise<InstallReport> {
  const ctx = context(opts);
  const packageRoot = opts.packageRoot ?? findPackageRoot();
  requireBundles(packageRoot, ctx.scope);
  const steps = planInstall(opts, ctx, packageRoot);
  if (!opts.dryRun) execute(steps);
  return report("install", opts, ctx, steps);
}

export async function uninstall(opts: InstallOptions): Promise<InstallReport> {
  const ctx = context(opts);
  let packageRoot = opts.packageRoot;
  if (packageRoot === undefined) {
    try {
      packageRoot = findPackageRoot();
    } catch {
      // Uninstalling without the package: the manifest and the hook marker still say what is ours.
    }
  }
  const steps = planUninstall(opts, ctx, packageRoot);
  if (!opts.dryRun) execute(steps);
  return report("uninstall", opts, ctx, steps);
}

const LABEL: Record<ActionKind, string> = {
  created: "created",
  updated: "updated",
  unchanged: "unchanged",
  "skipped-user-modified": "kept",
  removed: "removed",
  left: "left",
};
const WOULD: Record<ActionKind, string> = {
  created: "would create",
  updated: "would update",
  unchanged: "unchanged",
  "skipped-user-modified": "would keep",
  removed: "would remove",
  left: "would leave",
};

function shown(report: InstallReport, path: string): string {
  const rel = relative(report.project, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** Human-readable report, one line per file, for the CLI to print. */
export function formatReport(report: InstallReport): string {
  const labels = report.dryRun ? WOULD : LABEL;
  const width = Math.max(...report.actions.map((a) => labels[a.action].length), 0);
  const head = `codex-collab ${report.operation} (scope ${report.scope}) for ${report.project}${report.dryRun ? " — dry run, nothing written" : ""}`;
  const lines = report.actions.map((a) => {
    const extra = [a.note, a.backup !== undefined ? `backup: ${shown(report, a.backup)}` : undefined].filter((x) => x !== undefined);
    return `  ${labels[a.action].padEnd(width)}  ${shown(report, a.path)}${extra.length ? `  (${extra.join("; ")})` : ""}`;
  });
  const changed = report.actions.filter((a) => a.action === "created" || a.action === "updated" || a.action === "removed").length;
  const tail = changed === 0 ? "Nothing to change." : `${changed} change${changed === 1 ? "" : "s"}${report.dryRun ? " planned" : ""}.`;
  return [head, ...lines, tail].join("\n") + "\n";
}
