// The MCP front door: tools/list and tools/call over stdio, each call adapted to src/workflow. Arguments are
// validated here (an invalid call is a tool result with isError, the code USAGE and what to fix), a progress
// token gets progress notifications, and a cancelled call — or the client going away — stops its Codex run.
import type { Readable, Writable } from "node:stream";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import * as z from "zod";
import { UsageError } from "../errors.js";
import type { ToolContext } from "./context.js";
import { progressReporter } from "./progress.js";
import { errorInfo, errorText, toCallResult, type CallToolReply } from "./reply.js";
import { CODEX_TOOL } from "./tools/contract.js";
import { STAGE_TOOLS } from "./tools/stages.js";
import type { ToolDef } from "./tools/types.js";
import { VIEW_TOOLS } from "./tools/views.js";

export const SERVER_NAME = "codex-collab";
export const TOOLS: readonly ToolDef[] = [CODEX_TOOL, ...STAGE_TOOLS, ...VIEW_TOOLS];

export interface ServerOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  version: string;
}

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest as { type: "object"; [key: string]: unknown };
}

function listEntry(tool: ToolDef) {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: jsonSchema(tool.input, "input"),
    ...(tool.output ? { outputSchema: jsonSchema(tool.output, "output") } : {}),
    annotations: { title: tool.title, readOnlyHint: tool.readOnly, destructiveHint: false, openWorldHint: !tool.readOnly },
  };
}

function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((i) => `${i.path.join(".") || "(arguments)"}: ${i.message}`)
    .join("; ");
}

function failure(e: unknown, tool?: ToolDef): CallToolReply {
  const info = errorInfo(e);
  // A tool that promises an output shape keeps it on failure too.
  const structured = tool?.output ? { success: false, SESSION_ID: null, agent_messages: "", error: info } : undefined;
  return toCallResult({ text: errorText(info), structured, isError: true });
}

export function createServer(options: ServerOptions): { server: Server; abortAll: () => void } {
  const server = new Server({ name: SERVER_NAME, version: options.version }, { capabilities: { tools: {} } });
  const running = new Set<AbortController>();
  const baseDir = options.env.CLAUDE_PROJECT_DIR || options.cwd;

  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS.map(listEntry) }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const tool = TOOLS.find((t) => t.name === request.params.name);
    if (!tool) return failure(new UsageError(`unknown tool "${request.params.name}"`, `The tools are: ${TOOLS.map((t) => t.name).join(", ")}.`));
    const parsed = tool.input.safeParse(request.params.arguments ?? {});
    if (!parsed.success) return failure(new UsageError(`invalid arguments for ${tool.name}: ${issues(parsed.error)}`, `Call ${tool.name} again with arguments that match its input schema.`), tool);

    const controller = new AbortController();
    const onAbort = () => controller.abort();
    extra.signal.addEventListener("abort", onAbort, { once: true });
    running.add(controller);
    const token = extra._meta?.progressToken;
    const progress =
      token === undefined
        ? undefined
        : progressReporter((value, message) => {
            void extra.sendNotification({ method: "notifications/progress", params: { progressToken: token, progress: value, message } }).catch(() => {});
          });
    const ctx: ToolContext = { env: options.env, baseDir, signal: controller.signal, onEvent: progress?.onEvent };
    try {
      return toCallResult(await tool.run(parsed.data, ctx));
    } catch (e) {
      return failure(e, tool);
    } finally {
      progress?.stop();
      running.delete(controller);
      extra.signal.removeEventListener("abort", onAbort);
    }
  });
  return { server, abortAll: () => running.forEach((c) => c.abort()) };
}

/** Serves until the client closes stdin; running Codex turns are stopped then. */
export async function serveStdio(options: ServerOptions, stdin: Readable = process.stdin, stdout: Writable = process.stdout, stderr: Writable = process.stderr): Promise<void> {
  const { server, abortAll } = createServer(options);
  const transport = new StdioServerTransport(stdin, stdout);
  const closed = new Promise<void>((resolve) => {
    server.onclose = resolve;
  });
  // A malformed message is the client's problem, not a reason to stop serving; Claude Code keeps stderr in its
  // MCP log, where the line helps whoever debugs the client.
  server.onerror = (e) => {
    stderr.write(`codex-collab mcp: ${e.message.split("\n")[0]}\n`);
  };
  await server.connect(transport);
  const end = () => {
    abortAll();
    void server.close();
  };
  stdin.once("end", end);
  stdin.once("close", end);
  await closed;
}
