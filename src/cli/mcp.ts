// `codex-collab mcp`: the MCP server on stdin/stdout, for Claude Code's .mcp.json or any MCP client.
import type { Readable, Writable } from "node:stream";
import { serveStdio } from "../mcp/server.js";
import { print, type Io } from "./io.js";
import { VERSION } from "./version.js";

const USAGE = `Usage: codex-collab mcp
Serves codex-collab's MCP tools (codex, analyze, ask, design, prototype, review, debug, status, sessions, reviews)
over stdio until the client closes stdin. Claude Code starts it from .mcp.json or the plugin.`;

export async function mcpVerb(args: string[], io: Io): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    print(io.stdout, USAGE);
    return 0;
  }
  await serveStdio({ env: io.env, cwd: io.cwd, version: VERSION }, io.stdin as Readable, io.stdout as Writable, io.stderr as Writable);
  return 0;
}
