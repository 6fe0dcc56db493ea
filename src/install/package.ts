// Where the installed codex-collab package lives, and the files it ships into `.claude/`.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InstallError } from "../errors.js";

export const PACKAGE_NAME = "codex-collab";

/** Walks up from `from` (a file URL or path) to the directory whose package.json is named codex-collab. */
export function findPackageRoot(from: string = import.meta.url): string {
  let dir = dirname(from.startsWith("file:") ? fileURLToPath(from) : from);
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === PACKAGE_NAME) return dir;
      } catch {
        // Someone else's unreadable package.json: keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new InstallError(`Could not find the ${PACKAGE_NAME} package above ${from}.`, `Reinstall ${PACKAGE_NAME} (README → Install).`);
    }
    dir = parent;
  }
}

/** Subdirectories of the package copied into `.claude/` as they are. */
export const SHIPPED_DIRS = ["commands", "agents"] as const;

export interface ShippedFile {
  /** Path relative to the package root and to the `.claude` directory alike, e.g. `commands/review.md`. */
  rel: string;
  content: string;
}

/**
 * How command and agent files name the package. Claude Code substitutes it for plugins; a project install writes
 * the absolute path in its place, so one source serves both routes.
 */
export const PLUGIN_ROOT_PLACEHOLDER = "${CLAUDE_PLUGIN_ROOT}";

/**
 * Every placeholder sits inside a single-quoted shell word (`node '${CLAUDE_PLUGIN_ROOT}/dist/cli.js'`), so a `'` in
 * the path becomes `'\''`; a function replacement keeps `$&` or `$'` in a path literal.
 */
export function withPackageRoot(text: string, packageRoot: string): string {
  const quoted = resolve(packageRoot).replaceAll("'", "'\\''");
  return text.replaceAll(PLUGIN_ROOT_PLACEHOLDER, () => quoted);
}

/** How the CLI is named in command and agent files: `node '${CLAUDE_PLUGIN_ROOT}/dist/cli.js' …`. */
const CLI_PLACEHOLDER = `${PLUGIN_ROOT_PLACEHOLDER}/dist/cli.js`;

/**
 * For files a team commits: the CLI becomes the project-relative launcher (Claude Code runs `!` lines and, unless
 * Claude changes directory, Bash commands in the project directory), so no path of the installing machine is written.
 */
export function withLauncher(text: string, launcherRel: string): string {
  return text
    .replaceAll(CLI_PLACEHOLDER, () => launcherRel)
    .replaceAll(PLUGIN_ROOT_PLACEHOLDER, () => dirname(launcherRel));
}

/**
 * The files as they are written into `.claude/`: placeholder replaced (by the package's absolute path, or with
 * `launcherRel` by the project's launcher), so hashes in the manifest match the copies.
 */
export function shippedFiles(packageRoot: string, launcherRel?: string): ShippedFile[] {
  const files: ShippedFile[] = [];
  for (const sub of SHIPPED_DIRS) {
    const dir = join(packageRoot, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".md") || !statSync(join(dir, name)).isFile()) continue;
      const text = readFileSync(join(dir, name), "utf8");
      files.push({ rel: `${sub}/${name}`, content: launcherRel === undefined ? withPackageRoot(text, packageRoot) : withLauncher(text, launcherRel) });
    }
  }
  return files;
}
