import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { ConfigError } from "../errors.js";
import { configSchemas, CONFIG_RELATIVE_PATH, defaultConfig, type Config } from "./schema.js";

export function configPath(root: string): string {
  return join(root, CONFIG_RELATIVE_PATH);
}

/** Reads `.claude/codex-collab.json`; a missing file means defaults, an invalid one is a ConfigError. */
export function loadConfig(root: string): Config {
  const file = configPath(root);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return defaultConfig();
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
  return parsed.data;
}
