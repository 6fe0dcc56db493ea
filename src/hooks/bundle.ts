// What a hook entry knows from the bundle it runs in: where the CLI is, and how to cache the configuration
// (config/cached.ts) beside its V8 code cache, keyed by this very bundle file.
import { join } from "node:path";
import type { ConfigCache } from "../config/cached.js";
import type { HookDeps } from "./handlers.js";
import { cacheDir, cacheKey } from "./loader.js";

/** Undefined when the bundle cannot be identified: the configuration is then read uncached. */
export function configCacheOf(bundleFile: string, env: NodeJS.ProcessEnv): ConfigCache | undefined {
  try {
    return { dir: cacheDir(env), codeId: cacheKey(bundleFile) };
  } catch {
    return undefined;
  }
}

/** `dir` and `file` are the entry's __dirname and __filename (dist/hooks/<hook>.main.cjs). */
export function bundleDeps(dir: string, file: string, env: NodeJS.ProcessEnv = process.env): HookDeps {
  return { cliPath: join(dir, "..", "cli.js"), configCache: configCacheOf(file, env) };
}
