// How loose a sandbox a caller that is not the user (an MCP tool call, a model) may ask for. Only the user's own
// files say: the user scope (~/.claude/codex-collab.json, or under CLAUDE_CONFIG_DIR) and the project's local
// file (.claude/codex-collab.local.json) when git does not track it — a repository must never loosen it.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, relative } from "node:path";
import * as z from "zod/mini";
import { SANDBOX_MODES, type SandboxMode } from "../codex/args.js";
import { ConfigError } from "../errors.js";
import { configSchemas } from "./schema.js";

export const LOCAL_CONFIG_RELATIVE_PATH = ".claude/codex-collab.local.json";

export function userConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), ".claude"), "codex-collab.json");
}

/**
 * The user's own config files for this project, in order; the local one only when git says it does not track it.
 * Outside a git work tree (an unpacked archive, say) nobody can tell, so it does not count — as Claude Code treats
 * its own local settings.
 */
export function ownConfigFiles(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const local = join(root, LOCAL_CONFIG_RELATIVE_PATH);
  return knownUntracked(root, local) ? [userConfigPath(env), local] : [userConfigPath(env)];
}

function knownUntracked(root: string, file: string): boolean {
  try {
    execFileSync("git", ["ls-files", "--error-unmatch", "--", relative(root, file)], { cwd: root, stdio: "ignore" });
    return false;
  } catch (e) {
    // 1: not tracked; 128 or a missing git: no answer.
    return (e as { status?: number }).status === 1;
  }
}

function readAllowSandbox(file: string): SandboxMode | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
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
  if (!parsed.success) throw new ConfigError(file, parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; "));
  return parsed.data.codex.allowSandbox;
}

/** The loosest sandbox the user's own files allow; read-only when they say nothing. */
export function sandboxCeiling(root: string, env: NodeJS.ProcessEnv = process.env): SandboxMode {
  let ceiling: SandboxMode = "read-only";
  for (const file of ownConfigFiles(root, env)) {
    const allowed = readAllowSandbox(file);
    if (allowed !== undefined && sandboxRank(allowed) > sandboxRank(ceiling)) ceiling = allowed;
  }
  return ceiling;
}

/** 0 read-only, 1 workspace-write, 2 danger-full-access. */
export function sandboxRank(mode: SandboxMode): number {
  return SANDBOX_MODES.indexOf(mode);
}
