// The hooks' copy of the effective configuration. Building the zod schema and validating the files costs every
// hook ~4 ms and ~600 KB of garbage (a scavenge of its own), for files that change perhaps once a week. So a hook
// keeps the result of loadConfig in the user's cache directory, keyed by the identity of everything it was made
// from: each scope's file (or its absence), git's view of the local file, and the running code itself. Any change
// to any of them is a miss, and a miss is the plain loadConfig. It fails open: an unreadable, corrupt or
// unwritable cache only means the files are read as usual. Errors are never cached: a broken file is reported
// by every hook until it is fixed.
import { lstatSync, readFileSync, statSync } from "node:fs";
import { writeCacheFile } from "../cache-file.js";
import { fnv1a32 } from "../fnv.js";
import { join } from "node:path";
import { configPath, loadConfig, localConfigPath, userConfigPath } from "./load.js";
import type { Config } from "./schema.js";

export interface ConfigCache {
  /** A private directory of the user's (the hooks use their V8 code-cache directory). */
  dir: string;
  /** Identifies the running code: a cache written by another version is a miss. */
  codeId: string;
}

/** Bumped when the shape of the cache file changes. */
const FORMAT = 1;

/** What changes whenever the file at `path` does (its change time moves with every write), or "-" when absent. */
function identity(path: string, follow: boolean): string {
  try {
    const st = follow ? statSync(path, { bigint: true }) : lstatSync(path, { bigint: true });
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.mode}`;
  } catch {
    return "-";
  }
}

/**
 * Everything loadConfig's answer depends on. The user's file may be a link into their dotfiles (loadConfig follows
 * it); the repository's files are never followed, so their own entries count. Whether git tracks the local file is
 * asked of git only when that file exists: then git's index and a `.claude` repository of its own count too.
 */
export function configKey(root: string, env: NodeJS.ProcessEnv, codeId: string): string {
  const local = localConfigPath(root);
  const parts = [
    `format ${FORMAT}`,
    codeId.trim(),
    `${userConfigPath(env)} ${identity(userConfigPath(env), true)}`,
    `${configPath(root)} ${identity(configPath(root), false)}`,
    `${local} ${identity(local, false)}`,
  ];
  if (!parts[4]!.endsWith(" -")) {
    for (const p of [join(root, ".git"), join(root, ".git", "index"), join(root, ".claude"), join(root, ".claude", ".git")]) parts.push(`${p} ${identity(p, false)}`);
  }
  return parts.join("\n");
}

export function configCachePath(root: string, cache: ConfigCache): string {
  return join(cache.dir, `config.${fnv1a32(`${root}\n${cache.codeId}`)}.json`);
}

function readCached(file: string, key: string): Config | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, "utf8")) as { key?: unknown; config?: unknown };
    return stored.key === key && typeof stored.config === "object" && stored.config !== null ? (stored.config as Config) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * loadConfig(root) through the cache. The key is taken before the files are read: a file changed during the read
 * gets a key that no longer matches, and the next hook reads it again.
 */
export function cachedConfig(root: string, env: NodeJS.ProcessEnv, cache: ConfigCache, load: () => Config = () => loadConfig(root, env)): Config {
  const key = configKey(root, env, cache.codeId);
  const file = configCachePath(root, cache);
  const hit = readCached(file, key);
  if (hit) return hit;
  const config = load();
  writeCacheFile(file, () => [Buffer.from(JSON.stringify({ key, config }))]);
  return config;
}

/** A hook's configuration: through its cache when it has one (a bundle it can identify), else read as usual. */
export function hookConfig(root: string, env: NodeJS.ProcessEnv, cache: ConfigCache | undefined): Config {
  return cache ? cachedConfig(root, env, cache) : loadConfig(root, env);
}
