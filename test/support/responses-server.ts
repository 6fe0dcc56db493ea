// A local OpenAI Responses API server for the REAL codex binary, bound to 127.0.0.1 on a free port.
//
//   const srv = await startResponsesServer({ script: (req, i) => ({ text: "hello" }) });
//   const home = await makeCodexHome(srv.url);            // see codex-home.ts
//   ... run codex with home.env ...
//   srv.requests        // every request received, in order (method, path, headers, parsed body)
//   userTexts(srv.requests[0]!)  // the user-message texts Codex sent
//   await srv.close();
//
// Only `POST .../responses` is answered through the script; `index` counts those requests (0-based).
// Any other path is recorded and answered 404. Replies:
//   { text, usage? }                 SSE: response.created, output_item.done (assistant message), response.completed
//   { status, body? }                plain HTTP error (401, 429, 500 ...), JSON body
//   { failed: message }              SSE: response.created then response.failed
//   { hang: true }                   200 + SSE headers, then silence (until close())
//   { noHeaders: true }              never answers at all (until close())
//   { functionCall: {name, arguments, callId?} }  SSE function_call item (e.g. exec_command) then completed
//   { events: object[] }             raw escape hatch: each object sent as one SSE frame named by its `type`
// Default script: `{ text: "echo: <first 40 chars of the last user message>" }`.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; null when the body was empty or not JSON. */
  body: any;
  /** Size of the body as received, in bytes (what the model provider is sent). */
  bytes: number;
}

export interface ReplyUsage {
  input_tokens: number;
  output_tokens: number;
  cached_tokens?: number;
  reasoning_tokens?: number;
}

export type Reply =
  | { text: string; usage?: ReplyUsage }
  | { status: number; body?: unknown }
  | { failed: string }
  | { hang: true }
  | { noHeaders: true }
  | { functionCall: { name: string; arguments: string; callId?: string } }
  | { events: object[] };

export type Script = (req: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface ResponsesServer {
  /** Base URL for a model provider, e.g. http://127.0.0.1:PORT/v1 */
  url: string;
  requests: RecordedRequest[];
  /** Only the POST .../responses requests, in order. */
  responseRequests(): RecordedRequest[];
  setScript(fn: Script): void;
  close(): Promise<void>;
}

/** A request made with `--output-schema` (how the review asks for structured findings). */
export function wantsSchema(req: RecordedRequest): boolean {
  return req.body?.text?.format?.type === "json_schema";
}

/** Texts of every `input_text` part of the user messages in a request body, in order. */
export function userTexts(req: RecordedRequest): string[] {
  const input: unknown = req.body?.input;
  if (!Array.isArray(input)) return [];
  const out: string[] = [];
  for (const item of input) {
    if (item?.type !== "message" || item.role !== "user") continue;
    const content: unknown = item.content;
    if (typeof content === "string") out.push(content);
    else if (Array.isArray(content)) {
      for (const part of content) if (part?.type === "input_text" && typeof part.text === "string") out.push(part.text);
    }
  }
  return out;
}

/** Texts of the assistant messages the request carries back (earlier turns of the conversation). */
export function assistantTexts(req: RecordedRequest): string[] {
  const input: unknown = req.body?.input;
  if (!Array.isArray(input)) return [];
  const out: string[] = [];
  for (const item of input) {
    if (item?.type !== "message" || item.role !== "assistant" || !Array.isArray(item.content)) continue;
    for (const part of item.content) if (typeof part?.text === "string") out.push(part.text);
  }
  return out;
}

export const defaultScript: Script = (req) => {
  const texts = userTexts(req);
  const last = texts[texts.length - 1] ?? "";
  return { text: `echo: ${last.slice(0, 40)}` };
};

let seq = 0;

function usageJson(u: ReplyUsage | undefined) {
  const input = u?.input_tokens ?? 10;
  const output = u?.output_tokens ?? 5;
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: u?.cached_tokens ?? 0 },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: u?.reasoning_tokens ?? 0 },
    total_tokens: input + output,
  };
}

function eventsFor(reply: Reply): object[] | null {
  const id = `resp_${++seq}`;
  if ("text" in reply) {
    return [
      { type: "response.created", response: { id } },
      {
        type: "response.output_item.done",
        item: { type: "message", role: "assistant", id: `msg_${seq}`, content: [{ type: "output_text", text: reply.text }] },
      },
      { type: "response.completed", response: { id, usage: usageJson(reply.usage) } },
    ];
  }
  if ("failed" in reply) {
    return [
      { type: "response.created", response: { id } },
      { type: "response.failed", response: { id, error: { code: "server_error", message: reply.failed } } },
    ];
  }
  if ("functionCall" in reply) {
    const fc = reply.functionCall;
    return [
      { type: "response.created", response: { id } },
      {
        type: "response.output_item.done",
        item: { type: "function_call", id: `fc_${seq}`, call_id: fc.callId ?? `call_${seq}`, name: fc.name, arguments: fc.arguments },
      },
      { type: "response.completed", response: { id, usage: usageJson(undefined) } },
    ];
  }
  if ("events" in reply) return reply.events;
  return null;
}

function sendSse(res: ServerResponse, events: object[]): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  for (const ev of events) {
    const type = (ev as { type?: unknown }).type;
    res.write(`event: ${typeof type === "string" ? type : "message"}\ndata: ${JSON.stringify(ev)}\n\n`);
  }
  res.end();
}

export async function startResponsesServer(opts: { script?: Script } = {}): Promise<ResponsesServer> {
  let script: Script = opts.script ?? defaultScript;
  const requests: RecordedRequest[] = [];
  const responseRequests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rawBytes = Buffer.concat(chunks);
      const raw = rawBytes.toString("utf8");
      let body: unknown = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = null;
      }
      const rec: RecordedRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body, bytes: rawBytes.length };
      requests.push(rec);
      const path = rec.path.split("?")[0] ?? "";
      if (rec.method !== "POST" || !path.endsWith("/responses")) {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
        return;
      }
      const index = responseRequests.length;
      responseRequests.push(rec);
      Promise.resolve()
        .then(() => script(rec, index))
        .then((reply) => {
          if ("noHeaders" in reply) return;
          if ("hang" in reply) {
            res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
            res.flushHeaders();
            return;
          }
          if ("status" in reply) {
            const payload = reply.body ?? { error: { message: `mock status ${reply.status}`, type: "mock_error", code: null } };
            res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(payload));
            return;
          }
          sendSse(res, eventsFor(reply) ?? []);
        })
        .catch((err: unknown) => {
          res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: String(err) } }));
        });
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    responseRequests: () => responseRequests,
    setScript(fn) {
      script = fn;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
