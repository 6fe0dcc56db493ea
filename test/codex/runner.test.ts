// runCodex with the real codex binary against the local Responses server: sessions, resume, sandbox,
// prompts on stdin, events and results.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodexEvent } from "../../src/codex/events.js";
import { MAX_PROMPT_CHARS, promptChars, runCodex, throwIfFailed, type RunCodexOptions } from "../../src/codex/runner.js";
import { CodexCollabError } from "../../src/errors.js";
import { assistantTexts, userTexts } from "../support/responses-server.js";
import { makeRig, REAL_CODEX_BIN, type Rig } from "./helpers.js";

describe("runCodex (real codex)", () => {
  let rig: Rig;
  const run = (o: Partial<RunCodexOptions> & { prompt: string }) =>
    runCodex({ cwd: rig.cwd, bin: REAL_CODEX_BIN, env: rig.home.env, timeoutMs: 30_000, idleTimeoutMs: 20_000, ...o });

  beforeAll(async () => {
    rig = await makeRig();
  });
  afterAll(() => rig.close());

  it("starts a new session and returns its thread id, the answer, usage and events", async () => {
    rig.srv.setScript((req) => ({ text: `answer to: ${userTexts(req).at(-1)}`, usage: { input_tokens: 123, output_tokens: 45, cached_tokens: 7 } }));
    const seen: CodexEvent[] = [];
    const r = await run({ prompt: "What is 2+2?", returnAllMessages: true, onEvent: (e) => seen.push(e) });
    expect(r.error).toBeUndefined();
    expect(r.success).toBe(true);
    expect(r.SESSION_ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(r.agent_messages).toBe("answer to: What is 2+2?");
    expect(r.last_message).toBe("answer to: What is 2+2?");
    expect(r.usage).toEqual({ input_tokens: 123, cached_input_tokens: 7, output_tokens: 45, reasoning_output_tokens: 0 });
    expect(seen.map((e) => e.type)).toEqual(r.all_messages?.map((e) => e.type));
    expect(seen[0]).toEqual({ type: "thread.started", thread_id: r.SESSION_ID });
    expect(seen.at(-1)?.type).toBe("turn.completed");
    // Codex's "model metadata not found" error item is a warning, not a failure.
    expect(r.warnings.some((w) => w.includes("Model metadata"))).toBe(true);
    expect(throwIfFailed(r)).toBe(r);
    expect(JSON.parse(JSON.stringify(r))).not.toHaveProperty("failure");
  });

  it("resumes a session: same thread id, and the second request carries the first turn", async () => {
    rig.srv.setScript((req) => ({ text: `re: ${userTexts(req).at(-1)}` }));
    const first = await run({ prompt: "remember the word kumquat" });
    expect(first.success).toBe(true);
    const before = rig.srv.responseRequests().length;
    const second = await run({ prompt: "which word?", sessionId: first.SESSION_ID! });
    expect(second.error).toBeUndefined();
    expect(second.SESSION_ID).toBe(first.SESSION_ID);
    expect(second.agent_messages).toBe("re: which word?");
    const req = rig.srv.responseRequests()[before]!;
    expect(userTexts(req)).toEqual(expect.arrayContaining(["remember the word kumquat", "which word?"]));
    expect(assistantTexts(req)).toContain("re: remember the word kumquat");
  });

  it("a resumed turn stays read-only: a write attempted by the model is blocked by codex's sandbox", async () => {
    rig.srv.setScript(() => ({ text: "ok" }));
    const first = await run({ prompt: "look around" });
    expect(first.success).toBe(true);
    let calls = 0;
    rig.srv.setScript(() =>
      calls++ === 0 ? { functionCall: { name: "exec_command", arguments: JSON.stringify({ cmd: "echo pwned > written.txt" }) } } : { text: "tried" },
    );
    const commands: CodexEvent[] = [];
    const second = await run({
      prompt: "now write a file",
      sessionId: first.SESSION_ID!,
      onEvent: (e) => (e.type === "item.completed" && e.item.type === "command_execution" ? commands.push(e) : undefined),
    });
    expect(second.success).toBe(true);
    // What codex sent back to the model after running the command: the sandbox refused the write. (Measured:
    // codex 0.169.0 emits no command_execution event for it when HOME is the empty one codex-home.ts now sets,
    // and one with the real HOME; so events are checked only when present.)
    const outputs = rig.srv.responseRequests().at(-1)!.body.input.filter((i: { type: string }) => i.type === "function_call_output");
    expect(outputs).toHaveLength(1);
    expect(JSON.stringify(outputs[0])).toMatch(/Read-only file system/);
    for (const c of commands) expect(JSON.stringify(c)).toMatch(/Read-only file system/);
    expect(existsSync(join(rig.cwd, "written.txt"))).toBe(false);
  });

  it("round-trips Chinese and emoji through stdin and back", async () => {
    rig.srv.setScript((req) => ({ text: `收到：${userTexts(req).at(-1)}` }));
    const prompt = "请审查这个函数的并发安全性 🚀 — naïve café ✅ 𝕏";
    const r = await run({ prompt });
    expect(r.success).toBe(true);
    expect(userTexts(rig.srv.responseRequests().at(-1)!).at(-1)).toBe(prompt);
    expect(r.agent_messages).toBe(`收到：${prompt}`);
  });

  it("sends a 900 KB prompt through stdin intact", async () => {
    rig.srv.setScript((req) => ({ text: `len=${userTexts(req).at(-1)?.length}` }));
    const prompt = `BEGIN ${"0123456789abcdef\n".repeat(53_000)} END`;
    expect(prompt.length).toBeGreaterThan(900_000);
    const r = await run({ prompt });
    expect(r.error).toBeUndefined();
    expect(userTexts(rig.srv.responseRequests().at(-1)!).at(-1)).toBe(prompt);
    expect(r.agent_messages).toBe(`len=${prompt.length}`);
  });

  it("passes --output-schema to codex and returns the final message alone", async () => {
    const schema = { type: "object", properties: { verdict: { type: "string" } }, required: ["verdict"], additionalProperties: false };
    const schemaFile = join(rig.cwd, "schema.json");
    await writeFile(schemaFile, JSON.stringify(schema));
    let calls = 0;
    rig.srv.setScript(() =>
      calls++ === 0
        ? { events: [
            { type: "response.created", response: { id: "r1" } },
            { type: "response.output_item.done", item: { type: "message", role: "assistant", id: "m1", content: [{ type: "output_text", text: "Looking…" }] } },
            { type: "response.output_item.done", item: { type: "message", role: "assistant", id: "m2", content: [{ type: "output_text", text: '{"verdict":"ok"}' }] } },
            { type: "response.completed", response: { id: "r1", usage: { input_tokens: 1, output_tokens: 1, total_tokens: 2 } } },
          ] }
        : { text: "unexpected" },
    );
    const r = await run({ prompt: "review", outputSchemaFile: schemaFile });
    expect(r.error).toBeUndefined();
    expect(rig.srv.responseRequests().at(-1)!.body.text.format.schema).toEqual(schema);
    expect(JSON.parse(r.last_message!)).toEqual({ verdict: "ok" });
    expect(r.agent_messages).toContain("Looking…");
  });

  it("refuses a prompt over 1,048,576 characters before spawning anything", async () => {
    const before = rig.srv.requests.length;
    // A bin that would fail differently if it were run proves no process was started.
    const r = await runCodex({ prompt: "x".repeat(1_100_000), cwd: rig.cwd, bin: "/nonexistent/codex" });
    expect(r.success).toBe(false);
    expect(r.error?.code).toBe("PROMPT_TOO_LARGE");
    expect(r.failure).toBeInstanceOf(CodexCollabError);
    expect(r.failure?.exitCode).toBe(7);
    expect(() => throwIfFailed(r)).toThrow(/1100000 characters/);
    expect(rig.srv.requests.length).toBe(before);
  });

  it("counts prompt size in code points, as codex does", () => {
    expect(promptChars("🎉".repeat(600_000))).toBe(600_000);
    expect(promptChars("a".repeat(MAX_PROMPT_CHARS + 1))).toBe(MAX_PROMPT_CHARS + 1);
  });
});
