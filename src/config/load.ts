// Reading the configuration from its three scopes, as Claude Code scopes its settings: user
// (`~/.claude/codex-collab.json`, or under $CLAUDE_CONFIG_DIR), project (`.claude/codex-collab.json`, committed with
// the repository) and local (`.claude/codex-collab.local.json`, yours, git-ignored). Precedence local > project >
// user, except that the project file — anyone's repository — may only tighten (merge.ts).
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import * as z from "zod/mini";
import { ConfigError } from "../errors.js";
import { readRepoFile } from "../state/safe-fs.js";
import { applyProject, mergeScopes, type RefusedSetting } from "./merge.js";
import { configSchemas, CONFIG_RELATIVE_PATH, defaultConfig, LOCAL_CONFIG_RELATIVE_PATH, type Config } from "./schema.js";

export type { RefusedSetting } from "./merge.js";

export function configPath(root: string): string {
  return join(root, CONFIG_RELATIVE_PATH);
}

export function localConfigPath(root: string): string {
  return join(root, LOCAL_CONFIG_RELATIVE_PATH);
}

/** The user-level `.claude` directory as Claude Code resolves it (CLAUDE_CONFIG_DIR, else ~/.claude). */
export function userClaudeDirOf(env: NodeJS.ProcessEnv): string {
  return env.CLAUDE_CONFIG_DIR ? resolve(env.CLAUDE_CONFIG_DIR) : join(env.HOME || homedir(), ".claude");
}

/** The user scope's file, in the user-level `.claude` directory. */
export function userConfigPath(env: NodeJS.ProcessEnv): string {
  return join(userClaudeDirOf(env), "codex-collab.json");
}

export interface ConfigReport {
  config: Config;
  /** What the project file (or a local file the repository tracks) asked for and did not get. */
  refused: RefusedSetting[];
  /** The files that were read, by scope. */
  files: { user?: string; project?: string; local?: string };
  /** A local file that git tracks: it came with the repository, so it only tightens, like the project file. */
  localTracked: boolean;
}

type Json = Record<string, unknown>;

/**
 * The file's object as written (validated against the schema), or undefined when there is no file. The
 * repository's files (`fromRepository`) are read without following links, regular and small only (readRepoFile);
 * the user's own may be a link into their dotfiles.
 */
function readScope(file: string, fromRepository: boolean): Json | undefined {
  let text: string;
  try {
    if (fromRepository) {
      const buf = readRepoFile(file);
      if (buf === null) return undefined;
      text = buf.toString("utf8");
    } else {
      text = readFileSync(file, "utf8");
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ConfigError(file, (e as Error).message);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(file, (e as Error).message);
  }
  const parsed = z.safeParse(configSchemas().Config, raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new ConfigError(file, issues);
  }
  return raw as Json;
}

/**
 * Whether git tracks the local file (a repository committed it). Asked only when the file exists. In a git work
 * tree whose git cannot answer (no git, an unsafe-ownership refusal) the file counts as tracked: never trusted
 * by default. Outside a git work tree nobody can tell that it is yours (an unpacked archive ships it as well), so
 * it counts as the repository's there too: it only tightens. A `.claude` that is a repository of its own (a
 * submodule, a nested clone) hides what it tracks from the project's index, and a case variant of the name is the
 * same file on a case-insensitive filesystem: both count as the repository's.
 */
function localIsTracked(root: string): boolean {
  if (!existsSync(join(root, ".git"))) return true;
  // Loaded here, not at import: child_process costs a hook's start-up milliseconds, and few projects have the file.
  const { spawnSync } = createRequire(join(root, "noop.js"))("node:child_process") as typeof import("node:child_process");
  const run = (cwd: string, args: string[]) => spawnSync("git", args, { cwd, encoding: "utf8", timeout: 2_000, stdio: ["ignore", "pipe", "ignore"] });
  const listed = run(root, ["ls-files", "-z", "--recurse-submodules", "--", `:(icase)${LOCAL_CONFIG_RELATIVE_PATH}`]);
  if (listed.status !== 0 || listed.stdout !== "") return true;
  const top = run(join(root, ".claude"), ["rev-parse", "--show-toplevel"]);
  return top.status !== 0 || realpathOr(top.stdout.trim()) !== realpathOr(root);
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Reads and combines every scope; a missing file means defaults, an invalid one is a ConfigError naming it. */
export function loadConfigReport(root: string, env: NodeJS.ProcessEnv = process.env): ConfigReport {
  const paths = { user: userConfigPath(env), project: configPath(root), local: localConfigPath(root) };
  const user = readScope(paths.user, false);
  const project = readScope(paths.project, true);
  const local = readScope(paths.local, true);
  const files = Object.fromEntries(
    Object.entries(paths).filter(([scope]) => ({ user, project, local })[scope as keyof typeof paths] !== undefined),
  ) as ConfigReport["files"];
  // Most projects have no file at all: the hooks then never build the schema.
  if (user === undefined && project === undefined && local === undefined) return { config: defaultConfig(), refused: [], files, localTracked: false };
  const localTracked = local !== undefined && localIsTracked(root);
  const own = localTracked ? {} : (local ?? {});
  const fromRepository = localTracked ? mergeScopes(project ?? {}, local!) : (project ?? {});
  const trusted = mergeScopes(mergeScopes(defaultConfig(), user ?? {}), own);
  const { merged, refused } = applyProject(trusted, fromRepository, own);
  return { config: z.parse(configSchemas().Config, merged), refused, files, localTracked };
}

/** The effective configuration (see loadConfigReport). */
export function loadConfig(root: string, env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfigReport(root, env).config;
}

/** Command-line flags that set a key for one run. */
const FLAGS: Record<string, string> = { "codex.sandbox": "--sandbox" };

/** One line per refused setting, for the user: what was asked, what applies, and where it may be set instead. */
export function describeRefused(root: string, report: Pick<ConfigReport, "refused" | "localTracked">, env: NodeJS.ProcessEnv = process.env): string[] {
  const source = report.localTracked ? `${CONFIG_RELATIVE_PATH} / ${LOCAL_CONFIG_RELATIVE_PATH} (tracked by git)` : CONFIG_RELATIVE_PATH;
  return report.refused.map(
    (r) =>
      `${source} asks for ${r.key} = ${JSON.stringify(r.asked)}, which loosens safety; a repository's file can only tighten, so ${JSON.stringify(r.kept)} applies. ` +
      `To allow it, set it in your own ${userConfigPath(env)} or an untracked ${localConfigPath(root)}${FLAGS[r.key] ? `, or pass ${FLAGS[r.key]}` : ""}.`,
  );
}
