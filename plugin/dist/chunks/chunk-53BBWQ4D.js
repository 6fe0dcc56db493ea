import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  CONFIG_RELATIVE_PATH,
  configSchemas,
  defaultConfig
} from "./chunk-UBYVC3JQ.js";
import {
  safeParse
} from "./chunk-UPM4JHD7.js";
import {
  ConfigError
} from "./chunk-CVUZ6IGW.js";

// src/config/load.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
function configPath(root) {
  return join(root, CONFIG_RELATIVE_PATH);
}
function loadConfig(root) {
  const file = configPath(root);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return defaultConfig();
    throw new ConfigError(file, e.message);
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(file, e.message);
  }
  const parsed = safeParse(configSchemas().Config, raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new ConfigError(file, issues);
  }
  return parsed.data;
}

export {
  configPath,
  loadConfig
};
