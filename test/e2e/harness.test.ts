// Proves the offline harness: the real Claude Code CLI, scripted by the local Messages API
// server, runs project hooks and their output reaches the model.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runClaude } from "../support/claude.js";
import type { RunClaudeResult } from "../support/claude.js";
import { requestText, startMessagesServer, systemText, text, toolUse, userTexts } from "../support/messages-server.js";
import type { MessagesServer } from "../support/messages-server.js";

const UPS_CONTEXT = "ups-context-7f3a: the user prefers small diffs";
const POST_CONTEXT = "post-context-91bc: codex review queued for";
const STOP_REASON = "stop-reason-c2d8: also mention the review status";

// Each hook logs its stdin payload so the test can check what Claude Code sent it.
const HOOK_PREAMBLE = `import { appendFileSync, readFileSync } from "node:fs";
const input = JSON.parse(readFileSync(0, "utf8"));
appendFileSync(process.env.CLAUDE_PROJECT_DIR + "/hook-calls.jsonl", JSON.stringify(input) + "\\n");
`;

const HOOKS: Record<string, string> = {
  "user-prompt-submit.mjs": `${HOOK_PREAMBLE}
process.stdout.write(JSON.stringify({ hookSpecificOutput: { hookEventName: "UserPromptSubmit", additionalContext: ${JSON.stringify(UPS_CONTEXT)} } }));
`,
  "post-tool-use.mjs": `${HOOK_PREAMBLE}
const file = input.tool_input.file_path.split("/").pop();
process.stdout.write(JSON.stringify({ hookSpecificOutput: { hookEventName: "PostToolUse", additionalContext: ${JSON.stringify(POST_CONTEXT)} + " " + input.tool_name + " " + file } }));
`,
  "stop.mjs": `${HOOK_PREAMBLE}
if (!input.stop_hook_active) process.stdout.write(JSON.stringify({ decision: "block", reason: ${JSON.stringify(STOP_REASON)} }));
`,
};

function command(script: string): { type: string; command: string; timeout: number } {
  return { type: "command", command: `node "$CLAUDE_PROJECT_DIR"/.claude/hooks/${script}`, timeout: 10 };
}

describe("offline Claude Code harness", () => {
  let root: string;
  let project: string;
  let server: MessagesServer;
  let run: RunClaudeResult;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "cc-harness-"));
    project = join(root, "project");
    mkdirSync(join(project, ".claude", "hooks"), { recursive: true });
    execFileSync("git", ["init", "-q"], { cwd: project });
    writeFileSync(join(project, "greeting.ts"), 'export const greeting = "hello";\n');
    for (const [name, source] of Object.entries(HOOKS)) writeFileSync(join(project, ".claude", "hooks", name), source);
    writeFileSync(
      join(project, ".claude", "settings.json"),
      JSON.stringify({
        hooks: {
          UserPromptSubmit: [{ hooks: [command("user-prompt-submit.mjs")] }],
          PostToolUse: [{ matcher: "Edit|Write|MultiEdit", hooks: [command("post-tool-use.mjs")] }],
          Stop: [{ hooks: [command("stop.mjs")] }],
        },
      }),
    );
    const file = join(project, "greeting.ts");
    server = await startMessagesServer({
      steps: [
        [text("Let me look at the file."), toolUse("Read", { file_path: file })],
        [toolUse("Edit", { file_path: file, old_string: '"hello"', new_string: '"hello, world"' })],
        [text("Changed the greeting.")],
        [text("Review status: queued.")],
      ],
    });
    run = await runClaude({ cwd: project, prompt: "Make the greeting friendlier", serverUrl: server.url, home: join(root, "home"), timeoutMs: 45_000 });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  function hookCalls(): any[] {
    return readFileSync(join(project, "hook-calls.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
  }

  it("runs the scripted conversation to a clean exit and edits the file", () => {
    expect(run.timedOut).toBe(false);
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(project, "greeting.ts"), "utf8")).toBe('export const greeting = "hello, world";\n');
    const result = run.events.find((e) => e.type === "result");
    expect(result?.subtype).toBe("success");
  });

  it("delivers the UserPromptSubmit hook's additionalContext to the first model request", () => {
    const first = server.mainRequests()[0]!;
    expect(userTexts(first).join("\n")).toContain("Make the greeting friendlier");
    expect(systemText(first)).toContain(`UserPromptSubmit hook additional context: ${UPS_CONTEXT}`);
  });

  it("delivers the PostToolUse hook's additionalContext to the request after the edit", () => {
    const [, beforeEdit, afterEdit] = server.mainRequests();
    expect(requestText(beforeEdit!)).not.toContain(POST_CONTEXT);
    expect(userTexts(afterEdit!).join("\n")).toContain(`PostToolUse:Edit hook additional context: ${POST_CONTEXT} Edit greeting.ts`);
    const post = hookCalls().filter((c) => c.hook_event_name === "PostToolUse");
    expect(post.map((c) => c.tool_name)).toEqual(["Edit"]);
    expect(post[0].tool_response.structuredPatch[0].lines).toContain('+export const greeting = "hello, world";');
  });

  it("continues exactly once when the Stop hook blocks, with the reason sent to the model", () => {
    expect(server.mainRequests().map((r) => r.step)).toEqual([0, 1, 2, 3]);
    const continued = server.mainRequests()[3]!;
    expect(userTexts(continued).join("\n")).toContain(STOP_REASON);
    const stops = hookCalls().filter((c) => c.hook_event_name === "Stop");
    expect(stops.map((c) => c.stop_hook_active)).toEqual([false, true]);
    expect(run.events.find((e) => e.type === "result")?.result).toBe("Review status: queued.");
  });
});
