// The user scope's MCP server: an entry in Claude Code's own user config, where `claude mcp add --scope user` puts
// it — `$CLAUDE_CONFIG_DIR/.claude.json` when that is set, else `~/.claude.json` (measured on 2.1.197 and 2.1.332,
// test/support/CLAUDE_CODE_FACTS.md) — with the same fields that command writes. The file is Claude Code's state
// too (projects, history): our entry is spliced in and out as text, every other byte stays, and uninstall removes
// only an entry that is still the one we wrote.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { readIfExists } from "./fsops.js";
import { type Manifest, sha256 } from "./manifest.js";
import { addMcpServer, MCP_SERVER_NAME, mcpServerValue, removeMcpServer } from "./mcp.js";
import { type Context, fileStep, type Step } from "./plan.js";

/** The package's server by absolute path, as `claude mcp add --scope user codex-collab -- node <path>` records it. */
export function userMcpServerEntry(packageRoot: string): { type: "stdio"; command: string; args: string[]; env: Record<string, string> } {
  return { type: "stdio", command: "node", args: [join(resolve(packageRoot), "dist", "mcp.js")], env: {} };
}

/** Whitespace and layout do not count (Claude Code rewrites the file in its own style); the values do. */
function entryHash(value: unknown): string {
  return sha256(JSON.stringify(value));
}

/** Install: our entry in place. Updates `next.userMcp`; no step when the package ships no MCP server. */
export function planUserMcpInstall(ctx: Context, packageRoot: string, next: Manifest): Step[] {
  const file = ctx.userMcpFile;
  if (file === undefined) return [];
  if (!existsSync(join(packageRoot, "dist", "mcp.js"))) return [];
  const want = userMcpServerEntry(packageRoot);
  const text = readIfExists(file);
  const previous = ctx.manifest?.userMcp;
  const added = addMcpServer(file, text, previous, want);
  next.userMcp = { ...(added?.record ?? previous ?? { createdFile: false, createdServers: false }), entry: entryHash(want) };
  return [added === null ? { path: file, kind: "mcp", action: "unchanged" } : fileStep(ctx, file, "mcp", text, added.text)];
}

/**
 * Uninstall: our entry out, if it is still what we wrote (by the manifest's record, or without one, what this
 * package would write); a server of that name the user changed or added is kept.
 */
export function planUserMcpUninstall(ctx: Context, packageRoot: string | undefined): Step[] {
  const file = ctx.userMcpFile;
  if (file === undefined) return [];
  const text = readIfExists(file);
  if (text === null) return [];
  const value = mcpServerValue(file, text);
  if (value === undefined) return [];
  const record = ctx.manifest?.userMcp;
  const ours = record?.entry !== undefined ? entryHash(value) === record.entry : packageRoot !== undefined && entryHash(value) === entryHash(userMcpServerEntry(packageRoot));
  if (!ours) return [{ path: file, kind: "mcp", action: "skipped-user-modified", note: `the "${MCP_SERVER_NAME}" server there is not the one codex-collab wrote; kept` }];
  const rest = removeMcpServer(file, text, record);
  return [fileStep(ctx, file, "mcp", text, rest, rest === null)];
}
