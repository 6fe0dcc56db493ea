// Where codex-collab's hooks are wired, read-only: our entries in the three Claude Code settings files that
// install writes (recognised by the CODEX_COLLAB_HOOK marker), and the plugin route (an enabled
// codex-collab@<marketplace> plugin whose hooks/hooks.json runs its dist/hooks bundles).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { userClaudeDirOf } from "../config/load.js";
import { isCodexCollabError } from "../errors.js";
import { isOurHookHandler } from "../install/hooks.js";
import { findPackage, LOCAL_RECORD } from "../launcher/where.js";
import type { Scope } from "../install/manifest.js";
import { PACKAGE_NAME } from "../install/package.js";
import { parseSettingsLike } from "../install/settings.js";

export interface WiredHook {
  event: string;
  command: string;
  /** The bundle the command runs; null when the command was edited into a shape we do not recognise. */
  bundle: string | null;
  bundleExists: boolean;
  /** Why it cannot run, when that is more than a missing bundle (a launcher that finds no package). */
  problem?: string;
}

export interface SettingsScan {
  scope: Scope;
  file: string;
  exists: boolean;
  /** The file is not valid JSON (or not an object): Claude Code cannot use it either. */
  error?: string;
  hooks: WiredHook[];
  /** Enabled plugin ids of ours, e.g. "codex-collab@codex-collab". */
  plugins: string[];
}

export { userClaudeDirOf };

export function settingsLocations(root: string, env: NodeJS.ProcessEnv): Array<{ scope: Scope; file: string }> {
  return [
    { scope: "project", file: join(root, ".claude", "settings.json") },
    { scope: "local", file: join(root, ".claude", "settings.local.json") },
    { scope: "user", file: join(userClaudeDirOf(env), "settings.json") },
  ];
}

/**
 * The bundle path inside a command written by install's hookCommand: `… node "<path>"`, the path escaped for
 * sh double quotes. Inverse of hookCommand (a test round-trips them).
 */
export function bundleOfCommand(command: string): string | null {
  const m = /\bnode\s+"((?:[^"\\]|\\.)*)"\s*$/.exec(command);
  return m ? (m[1] ?? "").replace(/\\(.)/g, "$1") : null;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** `node "$CLAUDE_PROJECT_DIR/.claude/codex-collab/launch.cjs" hook <name>`, as install's launcherHookCommand writes it. */
const LAUNCHER_COMMAND = /\bnode\s+"\$CLAUDE_PROJECT_DIR\/((?:[^"\\]|\\.)*)"\s+hook\s+([a-z-]+)\s*$/;

/** A hook command of ours, resolved for the project at `root`: the bundle it ends up running. */
function wiredHook(event: string, command: string, root: string, env: NodeJS.ProcessEnv): WiredHook {
  const m = LAUNCHER_COMMAND.exec(command);
  if (!m) {
    const bundle = bundleOfCommand(command);
    return { event, command, bundle, bundleExists: bundle !== null && existsSync(bundle) };
  }
  const launcher = join(root, m[1]!);
  if (!existsSync(launcher)) return { event, command, bundle: launcher, bundleExists: false };
  const found = findPackage(root, env);
  if (found === null) {
    return { event, command, bundle: null, bundleExists: false, problem: `the project's launcher (${m[1]}) finds no codex-collab on this machine (no ${LOCAL_RECORD}, none on PATH)` };
  }
  const bundle = join(found.packageRoot, "dist", "hooks", `${m[2]}.cjs`);
  return { event, command, bundle, bundleExists: existsSync(bundle) };
}

export function scanSettings(scope: Scope, file: string, root = ".", env: NodeJS.ProcessEnv = process.env): SettingsScan {
  const scan: SettingsScan = { scope, file, exists: false, hooks: [], plugins: [] };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") scan.error = `cannot read ${file}: ${(e as Error).message}`;
    return scan;
  }
  scan.exists = true;
  if (text.trim() === "") return scan;
  let value: unknown;
  try {
    value = parseSettingsLike(file, text);
  } catch (e) {
    if (!isCodexCollabError(e)) throw e;
    scan.error = e.message.replace(/ Nothing was changed\.$/, "");
    return scan;
  }
  if (!isObject(value)) {
    scan.error = `${file}: the top level must be a JSON object`;
    return scan;
  }
  if (isObject(value.hooks)) {
    for (const [event, groups] of Object.entries(value.hooks)) {
      if (!Array.isArray(groups)) continue;
      for (const group of groups) {
        const handlers = isObject(group) && Array.isArray(group.hooks) ? group.hooks : [];
        for (const h of handlers) {
          if (!isOurHookHandler(h)) continue;
          scan.hooks.push(wiredHook(event, (h as { command: string }).command, root, env));
        }
      }
    }
  }
  if (isObject(value.enabledPlugins)) {
    for (const [id, on] of Object.entries(value.enabledPlugins)) if (on === true && id.startsWith(`${PACKAGE_NAME}@`)) scan.plugins.push(id);
  }
  return scan;
}

/** Install directories Claude Code recorded for a plugin id (plugins/installed_plugins.json; tolerant of its shape). */
export function pluginInstallPaths(userClaudeDir: string, pluginId: string): string[] {
  try {
    const data = JSON.parse(readFileSync(join(userClaudeDir, "plugins", "installed_plugins.json"), "utf8")) as unknown;
    const entries = isObject(data) && isObject(data.plugins) ? data.plugins[pluginId] : undefined;
    const list = Array.isArray(entries) ? entries : isObject(entries) ? [entries] : [];
    return list.flatMap((e) => (isObject(e) && typeof e.installPath === "string" ? [e.installPath] : []));
  } catch {
    return [];
  }
}

/** What an installed plugin must hold to run: the CLI and every hook's loader and bundle (see src/plugin/shipped.ts). */
export function pluginRuntimeFiles(): string[] {
  const hooks = ["session-start", "user-prompt-submit", "post-tool-use", "stop"];
  return ["dist/cli.js", ...hooks.flatMap((h) => [`dist/hooks/${h}.cjs`, `dist/hooks/${h}.main.cjs`])];
}
