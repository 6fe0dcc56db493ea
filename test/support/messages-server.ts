// A scripted Anthropic Messages API on 127.0.0.1 so the real Claude Code CLI runs offline.
// Main-loop requests (those carrying a `tools` array) get the next scripted step; everything
// else gets a short text so side requests (titles, summaries) never block a test.
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Block =
  | { type: "text"; text: string }
  | { type: "tool_use"; name: string; input: Record<string, unknown> };

/** One assistant turn: its content blocks. A turn with a tool_use ends with stop_reason "tool_use". */
export type Step = Block[];

export function text(str: string): Block {
  return { type: "text", text: str };
}

export function toolUse(name: string, input: Record<string, unknown>): Block {
  return { type: "tool_use", name, input };
}

export interface LoggedRequest {
  method: string;
  /** Path without the query string, e.g. "/v1/messages". */
  path: string;
  /** Path with the query string, e.g. "/v1/messages?beta=true". */
  url: string;
  /** Parsed JSON body, or undefined when the body was empty or not JSON. */
  body: any;
  /** True for a main agent-loop request (a /v1/messages call with a `tools` array). */
  main: boolean;
  /** Which script step answered it (main requests only). */
  step?: number;
  /** Arrival time (Date.now()), to order requests against hook side effects. */
  at: number;
}

export interface MessagesServer {
  /** Base URL for ANTHROPIC_BASE_URL, e.g. "http://127.0.0.1:41234". */
  url: string;
  /** Every request in arrival order. */
  requests: LoggedRequest[];
  /** Paths the server does not know; they got a harmless empty answer. */
  unknownPaths: string[];
  mainRequests(): LoggedRequest[];
  close(): Promise<void>;
}

export interface MessagesServerOptions {
  steps: Step[];
  /** Text for side requests and for main requests past the end of the script. */
  fallbackText?: string;
  /**
   * Awaited before main-loop step k is answered: the model "thinks" until something happened elsewhere
   * (a background job finished, say). Bound the wait inside; the CLI keeps its request open meanwhile.
   */
  beforeStep?: (step: number) => Promise<void>;
}

const TEXT_CHUNK = 40;

export async function startMessagesServer(options: MessagesServerOptions): Promise<MessagesServer> {
  const requests: LoggedRequest[] = [];
  const unknownPaths: string[] = [];
  const fallback = options.fallbackText ?? "OK.";
  let messageSeq = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ type: "error", error: { type: "api_error", message: String(err) } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = req.url ?? "/";
    const path = url.split("?")[0] ?? "/";
    let body: any;
    try {
      body = raw.length > 0 ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const logged: LoggedRequest = { method: req.method ?? "GET", path, url, body, main: false, at: Date.now() };
    requests.push(logged);

    if (req.method === "POST" && path === "/v1/messages/count_tokens") {
      sendJson(res, 200, { input_tokens: Math.max(1, Math.ceil(raw.length / 4)) });
      return;
    }
    if (req.method === "POST" && path === "/v1/messages") {
      let blocks: Step;
      if (Array.isArray(body?.tools) && body.tools.length > 0) {
        // The step is chosen by how many assistant turns the conversation already has, so a
        // client retry of the same request gets the same answer instead of skipping a step.
        const step = countAssistantTurns(body);
        logged.main = true;
        logged.step = step;
        await options.beforeStep?.(step);
        blocks = options.steps[step] ?? [text(fallback)];
      } else {
        blocks = [text(fallback)];
      }
      messageSeq += 1;
      const model = typeof body?.model === "string" ? body.model : "claude-test";
      const id = `msg_test_${messageSeq}`;
      const content = blocks.map((b, i) =>
        b.type === "text" ? b : { type: "tool_use", id: `toolu_test_${messageSeq}_${i}`, name: b.name, input: b.input },
      );
      const stopReason = blocks.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn";
      if (body?.stream === true) streamMessage(res, id, model, content, stopReason);
      else
        sendJson(res, 200, {
          id,
          type: "message",
          role: "assistant",
          model,
          content,
          stop_reason: stopReason,
          stop_sequence: null,
          usage: { input_tokens: 10, output_tokens: 10 },
        });
      return;
    }
    unknownPaths.push(`${req.method ?? "GET"} ${url}`);
    sendJson(res, 200, {});
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    unknownPaths,
    mainRequests: () => requests.filter((r) => r.main),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function countAssistantTurns(body: any): number {
  const messages: unknown[] = Array.isArray(body?.messages) ? body.messages : [];
  return messages.filter((m: any) => m?.role === "assistant").length;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}

function streamMessage(
  res: ServerResponse,
  id: string,
  model: string,
  content: Array<Record<string, any>>,
  stopReason: string,
): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  const send = (event: string, data: unknown): void => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  send("message_start", {
    type: "message_start",
    message: {
      id,
      type: "message",
      role: "assistant",
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 10, output_tokens: 1, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
    },
  });
  content.forEach((block, index) => {
    if (block.type === "text") {
      send("content_block_start", { type: "content_block_start", index, content_block: { type: "text", text: "" } });
      const str = String(block.text);
      for (let i = 0; i < str.length || i === 0; i += TEXT_CHUNK) {
        send("content_block_delta", {
          type: "content_block_delta",
          index,
          delta: { type: "text_delta", text: str.slice(i, i + TEXT_CHUNK) },
        });
      }
    } else {
      send("content_block_start", {
        type: "content_block_start",
        index,
        content_block: { type: "tool_use", id: block.id, name: block.name, input: {} },
      });
      send("content_block_delta", {
        type: "content_block_delta",
        index,
        delta: { type: "input_json_delta", partial_json: JSON.stringify(block.input) },
      });
    }
    send("content_block_stop", { type: "content_block_stop", index });
  });
  send("message_delta", {
    type: "message_delta",
    delta: { stop_reason: stopReason, stop_sequence: null },
    usage: { output_tokens: 10 },
  });
  send("message_stop", { type: "message_stop" });
  res.end();
}

/**
 * System-level text: the top-level `system` prompt (a string or text blocks) and any
 * `role: "system"` entries this CLI version puts inside `messages`.
 */
export function systemText(req: LoggedRequest): string {
  const out: string[] = [];
  const system: unknown = req.body?.system;
  if (typeof system === "string") out.push(system);
  if (Array.isArray(system)) for (const b of system) if (typeof b?.text === "string") out.push(b.text);
  out.push(...roleTexts(req, "system"));
  return out.join("\n");
}

/**
 * Every text the user role carried: plain string contents, text blocks (system reminders and
 * hook context arrive as such blocks) and the text inside tool_result blocks.
 */
/** The tool results a request carries back to the model, as text. */
export function toolResults(req: LoggedRequest): Array<{ is_error?: boolean; text: string }> {
  const out: Array<{ is_error?: boolean; text: string }> = [];
  for (const m of req.body?.messages ?? []) {
    if (m?.role !== "user" || !Array.isArray(m.content)) continue;
    for (const b of m.content) {
      if (b?.type !== "tool_result") continue;
      const t = typeof b.content === "string" ? b.content : (b.content ?? []).map((c: { text?: string }) => c.text ?? "").join("");
      out.push({ is_error: b.is_error, text: t });
    }
  }
  return out;
}

export function userTexts(req: LoggedRequest): string[] {
  return roleTexts(req, "user");
}

function roleTexts(req: LoggedRequest, role: string): string[] {
  const out: string[] = [];
  const messages: unknown[] = Array.isArray(req.body?.messages) ? req.body.messages : [];
  for (const m of messages as any[]) {
    if (m?.role !== role) continue;
    if (typeof m.content === "string") {
      out.push(m.content);
      continue;
    }
    for (const b of Array.isArray(m.content) ? m.content : []) {
      if (b?.type === "text" && typeof b.text === "string") out.push(b.text);
      if (b?.type === "tool_result") {
        if (typeof b.content === "string") out.push(b.content);
        else if (Array.isArray(b.content))
          for (const c of b.content) if (c?.type === "text" && typeof c.text === "string") out.push(c.text);
      }
    }
  }
  return out;
}

/** System prompt and all user-role text of a request, for "did X reach the model" assertions. */
export function requestText(req: LoggedRequest): string {
  return [systemText(req), ...userTexts(req)].join("\n");
}
