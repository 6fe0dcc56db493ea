// The per-thread budget through the built CLI and the real codex: when the next turn would take the thread past
// context.threadBudgetTokens, the session continues in a fresh Codex thread that starts with a handoff
// (requirement, decisions, stage, open findings, the change as it stands), the user is told, and `sessions show`
// keeps the chain. A review handed off sends the whole change again.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo } from "../support/git.js";
import { startResponsesServer, userTexts, wantsSchema, type ResponsesServer } from "../support/responses-server.js";

const FINDING = { severity: "must-fix", file: "src/app.ts", line_start: 1, line_end: 1, title: "The limiter never resets", explanation: "x", suggested_fix: "y", confidence: 0.9 };

let srv: ResponsesServer;
let home: CodexHome;
let root: string;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  // Every answer reports a context of 5,000 tokens: past the 4,000-token budget, so the next turn hands off.
  srv = await startResponsesServer({
    script: (req) => ({
      text: wantsSchema(req) ? JSON.stringify({ verdict: "request-changes", summary: "one bug", findings: [FINDING] }) : "Decision: use a token bucket per client.",
      usage: { input_tokens: 5_000, output_tokens: 50 },
    }),
  });
  home = await makeCodexHome(srv.url);
  root = makeRepo({ "src/app.ts": "export const app = 1;\n", ".claude/codex-collab.json": JSON.stringify({ context: { threadBudgetTokens: 4_000 } }) }, "cc-handoff-");
  env = { ...home.env, CODEX_COLLAB_CLAUDE_SESSION_ID: "claude-ho", CLAUDE_CODE_SESSION_ID: undefined, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN };
});

afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
  if (root) rmSync(root, { recursive: true, force: true });
});

function lastUserText(): string {
  return userTexts(srv.responseRequests().at(-1)!).at(-1) ?? "";
}

describe("per-thread budget", () => {
  let first: string;

  it("a turn that would pass the budget continues in a new thread with a handoff, and says so", async () => {
    const a = await runCli(["analyze", "--json", "Add per-client rate limiting"], { cwd: root, env });
    expect(a.code, a.stderr).toBe(0);
    first = JSON.parse(a.stdout).SESSION_ID;

    const b = await runCli(["ask", "--json", "Which algorithm?"], { cwd: root, env });
    expect(b.code, b.stderr).toBe(0);
    const second = JSON.parse(b.stdout).SESSION_ID;
    expect(second).not.toBe(first);
    expect(b.stderr).toContain(`codex-collab: continued in a new Codex thread (${second}): handoff from ${first}`);
    const sent = lastUserText();
    expect(sent).toContain(`# Handoff from Codex thread ${first}`);
    expect(sent).toContain("Stage reached: 1/7 requirements analysis.");
    expect(sent).toContain("Add per-client rate limiting");
    expect(sent).toContain("Decision: use a token bucket per client.");
    expect(sent).toContain("Which algorithm?");
    // The new thread is a new conversation: nothing of the old one is resent.
    expect(srv.responseRequests().at(-1)!.body.input.filter((i: { role?: string }) => i.role === "assistant")).toEqual([]);

    const show = await runCli(["sessions", "show", "claude-ho"], { cwd: root, env });
    expect(show.stdout).toContain("threads (oldest first):");
    expect(show.stdout).toMatch(new RegExp(`${first}  1 turns, \\d+ bytes, 5050 tokens  ended .* \\(budget reached: handed off\\)`));
    expect(show.stdout).toMatch(new RegExp(`${second}  1 turns, .* current`));
    const json = JSON.parse((await runCli(["sessions", "show", "claude-ho", "--json"], { cwd: root, env })).stdout);
    expect(json.chain.map((t: { threadId: string }) => t.threadId)).toEqual([first]);
    expect(json.thread).toMatchObject({ threadId: second, handoffFrom: first });
  });

  it("a review handed off carries the open findings and the whole change", async () => {
    writeFileSync(join(root, "src/app.ts"), "export const app = 2;\n");
    const r1 = await runCli(["review", "--json"], { cwd: root, env });
    expect(r1.code, r1.stderr).toBe(0);
    writeFileSync(join(root, "src/app.ts"), "export const app = 3;\nexport const more = 1;\n");
    const r2 = await runCli(["review", "--json"], { cwd: root, env });
    expect(r2.code, r2.stderr).toBe(0);
    const out = JSON.parse(r2.stdout);
    expect(out.handoff_from).toBe(JSON.parse(r1.stdout).SESSION_ID);
    expect(out.since_review).toBeNull();
    const sent = lastUserText();
    expect(sent).toContain("## Open findings");
    expect(sent).toContain("[must-fix] src/app.ts:1 The limiter never resets");
    expect(sent).toContain("src/app.ts (modified, +2 -1)");
    expect(sent).toContain("## Checklist");
    expect(sent).toContain("+export const more = 1;");
  });
});
