// The project's `.mcp.json` entry for the codex-collab MCP server (the user scope's entry: user-mcp.ts) (project and local scopes, once the package ships
// dist/mcp.js): `node .claude/codex-collab/launch.cjs mcp`, a path relative to the project, since Claude Code starts
// project MCP servers in the session's directory (measured: see test/support/CLAUDE_CODE_FACTS.md h). Edited by
// splicing text like the settings, so every other server and byte stays.
import { LAUNCHER_REL } from "./hooks.js";
import { addProperty, appendItem, detectStyle, findProp, nodeValue, parseJson, removeItem, removeProperty, replaceNode, type JsonObject } from "./jsonText.js";
import { parseSettingsLike } from "./settings.js";
import { SettingsShapeError } from "../errors.js";

export const MCP_FILE = ".mcp.json";
export const MCP_SERVER_NAME = "codex-collab";

export function mcpServerEntry(): { command: string; args: string[] } {
  return { command: "node", args: [LAUNCHER_REL, "mcp"] };
}

/** What install created in .mcp.json (kept in the manifest), so uninstall removes exactly that. */
export interface McpRecord {
  createdFile: boolean;
  createdServers: boolean;
}

function objectAt(file: string, text: string): { root: JsonObject; servers: JsonObject | undefined } {
  parseSettingsLike(file, text);
  const root = parseJson(text);
  if (root.kind !== "object") throw new SettingsShapeError(file, 1, 1, "the top level must be a JSON object");
  const servers = findProp(root, "mcpServers")?.value;
  if (servers !== undefined && servers.kind !== "object") throw new SettingsShapeError(file, 1, 1, '"mcpServers" must be an object');
  return { root, servers: servers as JsonObject | undefined };
}

/** The text with our server entry in place (null: unchanged), and what was created. */
export function addMcpServer(file: string, original: string | null, previous: McpRecord | undefined, want: object = mcpServerEntry()): { text: string; record: McpRecord } | null {
  if (original === null || original.trim() === "") {
    return { text: JSON.stringify({ mcpServers: { [MCP_SERVER_NAME]: want } }, null, 2) + "\n", record: { createdFile: original === null, createdServers: true } };
  }
  const style = detectStyle(original);
  const { root, servers } = objectAt(file, original);
  const record = previous ?? { createdFile: false, createdServers: false };
  if (servers === undefined) return { text: addProperty(original, root, "mcpServers", { [MCP_SERVER_NAME]: want }, style), record: { ...record, createdServers: true } };
  const ours = findProp(servers, MCP_SERVER_NAME);
  if (ours === undefined) return { text: addProperty(original, servers, MCP_SERVER_NAME, want, style), record };
  if (JSON.stringify(nodeValue(original, ours.value)) === JSON.stringify(want)) return null;
  return { text: replaceNode(original, ours.value, want, style), record };
}

/** Our server's entry as a value (undefined: none). */
export function mcpServerValue(file: string, text: string): unknown {
  const { servers } = objectAt(file, text);
  const ours = servers === undefined ? undefined : findProp(servers, MCP_SERVER_NAME);
  return ours === undefined ? undefined : nodeValue(text, ours.value);
}

/** The text without our entry (and without what we created around it); null: delete the file. */
export function removeMcpServer(file: string, current: string, record: McpRecord | undefined): string | null {
  const { servers } = objectAt(file, current);
  const ours = servers === undefined ? undefined : findProp(servers, MCP_SERVER_NAME);
  if (servers === undefined || ours === undefined) return current;
  let text = removeProperty(current, servers, MCP_SERVER_NAME);
  const after = objectAt(file, text);
  if (record?.createdServers && after.servers !== undefined && after.servers.props.length === 0) text = removeProperty(text, after.root, "mcpServers");
  return record?.createdFile && objectAt(file, text).root.props.length === 0 ? null : text;
}

/**
 * Approving our server for Claude Code's interactive prompt: `enabledMcpjsonServers` in the settings file the scope
 * writes ("List of approved MCP servers from .mcp.json"; read from project settings once the folder is trusted, from
 * settings.local.json while git does not track it). Returns the text and whether we created the list.
 */
export function approveMcpServer(file: string, text: string, createdBefore: boolean): { text: string; createdList: boolean } {
  const style = detectStyle(text);
  const { root } = objectAt(file, text);
  const list = findProp(root, "enabledMcpjsonServers")?.value;
  if (list === undefined) return { text: addProperty(text, root, "enabledMcpjsonServers", [MCP_SERVER_NAME], style), createdList: true };
  if (list.kind !== "array") throw new SettingsShapeError(file, 1, 1, '"enabledMcpjsonServers" must be an array');
  if (list.items.some((i) => nodeValue(text, i) === MCP_SERVER_NAME)) return { text, createdList: createdBefore };
  return { text: appendItem(text, list, MCP_SERVER_NAME, style), createdList: createdBefore };
}

/** The settings text without our approval (and without the list when we created it and it is empty now). */
export function unapproveMcpServer(file: string, text: string, createdList: boolean): string {
  const { root } = objectAt(file, text);
  const list = findProp(root, "enabledMcpjsonServers")?.value;
  if (list?.kind !== "array") return text;
  const at = list.items.findIndex((i) => nodeValue(text, i) === MCP_SERVER_NAME);
  if (at < 0) return text;
  const rest = removeItem(text, list, at);
  const after = objectAt(file, rest).root;
  const left = findProp(after, "enabledMcpjsonServers")?.value;
  return createdList && left?.kind === "array" && left.items.length === 0 ? removeProperty(rest, after, "enabledMcpjsonServers") : rest;
}
