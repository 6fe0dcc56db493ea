// Planning an uninstall: our settings entries, files, ignore lines, MCP entry and record go; the project's state,
// logs and backups are listed as left (and kept out of git) or, with --purge, removed.
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CONFIG_RELATIVE_PATH } from "../config/schema.js";
import { LOCAL_RECORD } from "../launcher/where.js";
import { STATE_FILE_NAME, stateDir } from "../project.js";
import { addIgnores, excludeFile, removeIgnores } from "./gitignore.js";
import { readIfExists } from "./fsops.js";
import { type Manifest, renderManifest, sha256 } from "./manifest.js";
import { MCP_FILE, removeMcpServer, unapproveMcpServer } from "./mcp.js";
import { type Context, defaultConfigText, fileStep, filesToShip, type InstallOptions, recordStep, removeOwnedFile, type Step } from "./plan.js";
import { mergeHooks } from "./settings.js";
import { planUserMcpUninstall } from "./user-mcp.js";

export function planUninstall(opts: InstallOptions, ctx: Context, packageRoot: string | undefined): Step[] {
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
  steps.push(...planUserMcpUninstall(ctx, packageRoot));

  const scopes = (manifest?.scopes ?? []).filter((s) => s !== ctx.scope);
  if (manifest !== undefined && scopes.length > 0) {
    // Another scope installed from this `.claude` directory still uses the shared files.
    const { [settingsKey]: _dropped, ...settings } = manifest.settings;
    const { userMcp: _gone, ...rest } = manifest;
    const text = renderManifest({ ...(ctx.scope === "user" ? rest : manifest), scopes, settings });
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
