// The version appears three times: package.json (the source of truth), .claude-plugin/plugin.json (what
// Claude Code shows and caches the plugin under) and the codex-collab entry of .claude-plugin/marketplace.json
// (`claude plugin tag` refuses a release where the two disagree). These functions read them and write the
// package version into the other two, splicing only the version string so every other byte stays.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { detectStyle, findProp, parseJson, replaceNode, type JsonNode, type JsonObject } from "../install/jsonText.js";
import { PACKAGE_NAME } from "../install/package.js";

export const PLUGIN_MANIFEST = join(".claude-plugin", "plugin.json");
export const MARKETPLACE_MANIFEST = join(".claude-plugin", "marketplace.json");

export interface Versions {
  package: string;
  plugin: string | null;
  /** The version of the codex-collab entry in marketplace.json; null when it has none. */
  marketplace: string | null;
}

function object(node: JsonNode | undefined, what: string): JsonObject {
  if (node?.kind !== "object") throw new Error(`${what} must be a JSON object`);
  return node;
}

function stringAt(text: string, node: JsonNode | undefined): string | null {
  return node?.kind === "string" ? (JSON.parse(text.slice(node.start, node.end)) as string) : null;
}

/** The object holding the version: plugin.json itself, or marketplace.json's entry for codex-collab. */
function versionHolder(file: "plugin" | "marketplace", text: string): JsonObject {
  const root = object(parseJson(text), file === "plugin" ? PLUGIN_MANIFEST : MARKETPLACE_MANIFEST);
  if (file === "plugin") return root;
  const plugins = findProp(root, "plugins")?.value;
  if (plugins?.kind !== "array") throw new Error(`${MARKETPLACE_MANIFEST} has no "plugins" array`);
  const entry = plugins.items.find((item) => item.kind === "object" && stringAt(text, findProp(item, "name")?.value) === PACKAGE_NAME);
  return object(entry, `the ${PACKAGE_NAME} entry of ${MARKETPLACE_MANIFEST}`);
}

export function manifestVersion(file: "plugin" | "marketplace", text: string): string | null {
  return stringAt(text, findProp(versionHolder(file, text), "version")?.value);
}

/** `text` with the version set to `version`; only the version string changes (the key must exist). */
export function withVersion(file: "plugin" | "marketplace", text: string, version: string): string {
  const holder = versionHolder(file, text);
  const node = findProp(holder, "version")?.value;
  if (node === undefined) throw new Error(`${file === "plugin" ? PLUGIN_MANIFEST : MARKETPLACE_MANIFEST} has no "version" to update`);
  return replaceNode(text, node, version, detectStyle(text));
}

export function readVersions(root: string): Versions {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: unknown };
  if (typeof pkg.version !== "string") throw new Error(`${join(root, "package.json")} has no version`);
  return {
    package: pkg.version,
    plugin: manifestVersion("plugin", readFileSync(join(root, PLUGIN_MANIFEST), "utf8")),
    marketplace: manifestVersion("marketplace", readFileSync(join(root, MARKETPLACE_MANIFEST), "utf8")),
  };
}

/** Writes package.json's version into both manifests; returns the files it changed (relative to root). */
export function syncVersions(root: string): string[] {
  const { package: version } = readVersions(root);
  const changed: string[] = [];
  for (const [file, rel] of [["plugin", PLUGIN_MANIFEST], ["marketplace", MARKETPLACE_MANIFEST]] as const) {
    const path = join(root, rel);
    const text = readFileSync(path, "utf8");
    const next = withVersion(file, text, version);
    if (next !== text) {
      writeFileSync(path, next);
      changed.push(rel);
    }
  }
  return changed;
}
