// The review schema against the REAL codex binary: codex must forward it unchanged as a strict json_schema
// response format, and the answer it returns must parse as structured.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCodexArgs } from "../../src/codex/args.js";
import { parseReviewAnswer, reviewJsonSchema, type ReviewResult } from "../../src/review/schema.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { startResponsesServer, type ResponsesServer } from "../support/responses-server.js";

const ANSWER: ReviewResult = {
  verdict: "request-changes",
  summary: "One unsafe comparison.",
  findings: [
    {
      severity: "must-fix",
      file: "src/auth.ts",
      line_start: 12,
      line_end: null,
      title: "Timing-unsafe compare",
      explanation: "== leaks timing.",
      suggested_fix: "Use timingSafeEqual.",
      confidence: 0.9,
    },
  ],
};

let server: ResponsesServer;
let home: CodexHome;
let dir: string;

beforeAll(async () => {
  server = await startResponsesServer({ script: () => ({ text: JSON.stringify(ANSWER) }) });
  home = await makeCodexHome(server.url);
  dir = await mkdtemp(join(tmpdir(), "cc-review-schema-"));
});

afterAll(async () => {
  await server?.close();
  await home?.cleanup();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function runCodex(args: string[], prompt: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(REAL_CODEX_BIN, args, {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir, ...home.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.resume();
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout });
    });
    child.stdin.end(prompt);
  });
}

describe("review schema with the real codex", () => {
  it("is sent as a strict json_schema format, unchanged, and the answer parses as structured", async () => {
    const schemaFile = join(dir, "review-schema.json");
    await writeFile(schemaFile, JSON.stringify(reviewJsonSchema()));
    const { code, stdout } = await runCodex(buildCodexArgs({ outputSchemaFile: schemaFile }), "Review this change.");
    expect(code).toBe(0);

    const [request] = server.responseRequests();
    const format = request?.body?.text?.format;
    expect(format?.type).toBe("json_schema");
    expect(format?.strict).toBe(true);
    expect(format?.schema).toEqual(reviewJsonSchema());

    const messages = stdout
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l))
      .filter((e) => e.type === "item.completed" && e.item?.type === "agent_message");
    const parsed = parseReviewAnswer(messages[messages.length - 1]?.item?.text ?? "");
    expect(parsed).toEqual({ result: ANSWER, structured: true });
  });
});
