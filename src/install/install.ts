// Project-level install and uninstall: plan every change first (reading only), then write. A refusal
// (invalid settings JSON, missing bundles) therefore leaves every file as it was.
import { existsSync, mkdirSync, rmdirSync, rmSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import { CONFIG_RELATIVE_PATH } from "../config/schema.js";
import { InstallError } from "../errors.js";
import { addIgnores, excludeFile } from "./gitignore.js";
import { desiredHooks, HOOK_EVENTS, hookBundlePath } from "./hooks.js";
import { ensurePrivateDir, isInside, writePrivateFile } from "../state/safe-fs.js";
import { addMcpServer, approveMcpServer, MCP_FILE } from "./mcp.js";
import { readIfExists, removeFile, writeAtomic, writeBackup } from "./fsops.js";
import { emptyManifest, type Manifest, renderManifest, type Scope, sha256 } from "./manifest.js";
import { findPackageRoot } from "./package.js";
import {
  type ActionKind,
  context,
  type Context,
  defaultConfigText,
  fileStep,
  filesToShip,
  type InstallOptions,
  type InstallReport,
  kindOf,
  recordStep,
  relDir,
  removeOwnedFile,
  type Step,
  viaLauncher,
  write,
} from "./plan.js";
import { mergeHooks } from "./settings.js";
import { planUninstall } from "./uninstall-plan.js";
import { planUserMcpInstall } from "./user-mcp.js";

export type { Scope } from "./manifest.js";
export { defaultConfigText, settingsFileFor, userClaudeDir } from "./plan.js";
export type { ActionKind, InstallAction, InstallOptions, InstallReport, ItemKind } from "./plan.js";

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

  steps.push(...planUserMcpInstall(ctx, packageRoot, next));
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

/**
 * Project and local scopes write only inside the project: a cloned repository may carry `.claude/settings.json` (or
 * `.claude` itself) as a link to a file outside it. The user scope follows links on purpose (dotfile managers).
 */
function checkContained(ctx: Context, steps: Step[]): void {
  if (ctx.scope === "user") return;
  const outside = steps.find((s) => !isInside(ctx.project, s.path) || (s.backup !== undefined && !isInside(ctx.project, s.backup)));
  if (outside) {
    throw new InstallError(
      `${outside.path} leads outside the project ${ctx.project} (a symbolic link); nothing was changed.`,
      `Remove the link (ls -l ${outside.path}), or install with --scope user.`,
    );
  }
}

function execute(ctx: Context, steps: Step[]): void {
  checkContained(ctx, steps);
  // Directories first: a backup may go inside one the plan creates (user scope: ~/.claude/codex-collab-backups).
  for (const s of steps) if (s.kind === "directory" && s.action === "created") mkdirSync(s.path);
  for (const s of steps) if (s.backup !== undefined) writeBackup(s.path, s.backup);
  for (const s of steps) {
    if (s.kind === "directory") continue;
    // The state directory and .git/info may not exist yet (they are not under the `.claude` directory the plan creates).
    if (s.kind === "record" && s.content !== undefined) ensurePrivateDir(dirname(s.path));
    if (s.kind === "gitignore" && s.content !== undefined) mkdirSync(dirname(s.path), { recursive: true });
    // The launcher runs what the record names, so it trusts only a 0600 record of yours (launcher/where.ts).
    if (s.kind === "record" && s.content !== undefined) writePrivateFile(s.path, s.content);
    else if (s.content !== undefined) writeAtomic(s.path, s.content);
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
  if (!opts.dryRun) execute(ctx, steps);
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
  if (!opts.dryRun) execute(ctx, steps);
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
