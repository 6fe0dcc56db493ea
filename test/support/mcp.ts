// The SDK's own MCP client over stdio against the real built server (dist/mcp.js), in a clean environment.
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

export const MCP_ENTRY = fileURLToPath(new URL("../../dist/mcp.js", import.meta.url));

export interface McpConnection {
  client: Client;
  /** The server process. */
  pid: number;
  stderr: () => string;
  close(): Promise<void>;
}

export async function connectMcp(opts: { cwd: string; env: Record<string, string>; args?: string[] }): Promise<McpConnection> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: opts.args ?? [MCP_ENTRY],
    cwd: opts.cwd,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...opts.env },
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  const client = new Client({ name: "codex-collab-test", version: "0" });
  await client.connect(transport);
  return { client, pid: transport.pid ?? -1, stderr: () => stderr, close: () => client.close() };
}

/** The text of a tool result's first content block. */
export function resultText(result: { content?: unknown }): string {
  const content = result.content as Array<{ type: string; text?: string }> | undefined;
  return content?.[0]?.text ?? "";
}
