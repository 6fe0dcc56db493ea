// Which codex executable to run: $CODEX_COLLAB_CODEX_BIN, else `codex` on PATH.
// The user's own CODEX_HOME, login and config are used as they are: the runner passes the environment through.
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, isAbsolute, join, resolve } from "node:path";
import { CodexNotFoundError } from "../errors.js";

export const CODEX_BIN_ENV = "CODEX_COLLAB_CODEX_BIN";

function isExecutableFile(path: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    // Windows has no execute bit: the extension (PATHEXT) decides.
    if (platform !== "win32") accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Windows keeps `Path` (any case) in the environment; look the key up case-insensitively there. */
function envValue(env: Record<string, string | undefined>, key: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== "win32") return env[key];
  const found = Object.keys(env).find((k) => k.toUpperCase() === key);
  return found === undefined ? undefined : env[found];
}

/** Looks `name` up on PATH; on Windows also tries the PATHEXT extensions (npm installs `codex.cmd`). */
export function findOnPath(
  name: string,
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const dirs = (envValue(env, "PATH", platform) ?? "").split(platform === "win32" ? ";" : delimiter).filter(Boolean);
  const exts =
    platform === "win32"
      ? ["", ...(envValue(env, "PATHEXT", platform) ?? ".COM;.EXE;.BAT;.CMD").split(";").filter(Boolean).map((e) => e.toLowerCase())]
      : [""];
  // A bare `codex` file on Windows is the POSIX shell shim npm also installs: not runnable there.
  const hasExt = exts.some((e) => e !== "" && name.toLowerCase().endsWith(e));
  for (const dir of dirs) {
    for (const ext of exts) {
      if (platform === "win32" && ext === "" && !hasExt) continue;
      const candidate = join(dir, name + ext);
      if (isExecutableFile(candidate, platform)) return candidate;
    }
  }
  return null;
}

/**
 * Resolves the codex executable to an absolute path, or throws CodexNotFoundError.
 * $CODEX_COLLAB_CODEX_BIN may be a path (absolute or relative to cwd) or a bare command name looked up on PATH.
 */
export function resolveCodexBin(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const configured = env[CODEX_BIN_ENV]?.trim();
  if (configured) {
    const looksLikePath = isAbsolute(configured) || configured.includes("/") || configured.includes("\\");
    if (looksLikePath) {
      const full = resolve(configured);
      if (isExecutableFile(full, platform)) return full;
      throw new CodexNotFoundError(configured);
    }
    const found = findOnPath(configured, env, platform);
    if (found) return found;
    throw new CodexNotFoundError(configured);
  }
  const found = findOnPath("codex", env, platform);
  if (found) return found;
  throw new CodexNotFoundError("codex");
}
