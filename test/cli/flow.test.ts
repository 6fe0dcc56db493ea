// The collaboration flow through the built CLI and the real codex binary: analyze → review → review continue one
// Codex thread, findings come back sorted, and a planted secret never reaches the model server.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { makeCodexHome, type CodexHome } from "../support/codex-home.js";
import { makeRepo, writeFiles } from "../support/git.js";
import { startResponsesServer, wantsSchema, userTexts, type ResponsesServer } from "../support/responses-server.js";

const AWS_KEY = "AKIAZ7QWERTYUIOP4EXA";
const AWS_SECRET = "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";

const REVIEW = {
  verdict: "request-changes",
  summary: "Adds a rate limiter; one bug.",
  findings: [
    { severity: "nit", file: "src/limit.ts", line_start: 2, line_end: 2, title: "Name the constant", explanation: "Magic number.", suggested_fix: "Extract MAX.", confidence: 0.6 },
    { severity: "must-fix", file: "src/limit.ts", line_start: 4, line_end: 5, title: "Off-by-one lets one extra request through", explanation: "Uses <=.", suggested_fix: "Use <.", confidence: 0.9 },
    { severity: "should-fix", file: "src/limit.ts", line_start: null, line_end: null, title: "No tests", explanation: "Untested.", suggested_fix: "Add tests.", confidence: 0.8 },
  ],
};

let srv: ResponsesServer;
let home: CodexHome;
let repo: string;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  srv = await startResponsesServer({
    script: (req) => (wantsSchema(req) ? { text: JSON.stringify(REVIEW) } : { text: "Analysis: 1. rate-limit per client; 2. reject with 429." }),
  });
  home = await makeCodexHome(srv.url);
  repo = makeRepo({ "src/limit.ts": "export const x = 1;\n" }, "cc-flow 项目 ");
  env = { ...home.env, CODEX_COLLAB_CLAUDE_SESSION_ID: "claude-abc", CLAUDE_CODE_SESSION_ID: undefined, CODEX_COLLAB_CODEX_BIN: join(process.cwd(), "node_modules/.bin/codex") };
});

afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe("analyze → review → review", () => {
  let thread: string;

  it("analyze starts the task's session and records stage 1", async () => {
    const r = await runCli(["analyze", "--json", "Add per-client rate limiting to the API"], { cwd: repo, env });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.success).toBe(true);
    expect(out.agent_messages).toContain("rate-limit per client");
    expect(out.session).toBe("claude-abc");
    expect(out.stage).toBe(1);
    thread = out.SESSION_ID;
    expect(thread).toMatch(/^[0-9a-f-]{36}$/);
    const prompt = userTexts(srv.responseRequests()[0]!).join("\n");
    expect(prompt).toContain("Add per-client rate limiting to the API");
  });

  it("review continues the same thread, sorts findings and never sends the planted secret", async () => {
    writeFiles(repo, {
      "src/limit.ts": `export const MAX = 10;\nconst awsKey = "${AWS_KEY}";\nconst aws_secret_access_key = "${AWS_SECRET}";\nexport function allow(n: number) {\n  return n <= MAX;\n}\n`,
      ".env": `API_TOKEN=${AWS_SECRET}\n`,
    });
    const r = await runCli(["review", "--json"], { cwd: repo, env });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.SESSION_ID).toBe(thread);
    expect(out.review.status).toBe("done");
    expect(out.review.findings.map((f: { severity: string }) => f.severity)).toEqual(["must-fix", "should-fix", "nit"]);
    expect(out.left_out).toContainEqual({ path: ".env", reason: "secret-file" });
    expect(r.stderr).toMatch(/redacted \d+ secret/);
    const sent = JSON.stringify(srv.requests.map((q) => q.body));
    expect(sent).not.toContain(AWS_KEY);
    expect(sent).not.toContain(AWS_SECRET);
    expect(sent).toContain("[REDACTED:");
    // The resumed turn carries the analysis turn: Codex reviews with the plan in mind.
    const last = srv.responseRequests().at(-1)!;
    expect(userTexts(last).join("\n")).toContain("Add per-client rate limiting to the API");
  });

  it("a second review is the final review, in the same thread, and fails on must-fix when asked", async () => {
    writeFiles(repo, { "src/limit.ts": "export const MAX = 10;\nexport function allow(n: number) {\n  return n < MAX;\n}\n" });
    const r = await runCli(["review", "--fail-on", "must-fix"], { cwd: repo, env });
    expect(r.code, r.stderr).toBe(10);
    expect(r.stdout.indexOf("[must-fix]")).toBeLessThan(r.stdout.indexOf("[should-fix]"));
    expect(r.stdout.indexOf("[should-fix]")).toBeLessThan(r.stdout.indexOf("[nit]"));
    const state = JSON.parse(readFileSync(join(repo, ".codex-collab"), "utf8"));
    const session = state.sessions["claude-abc"];
    expect(session.threadId).toBe(thread);
    expect(session.stage).toBe(7);
    expect(session.turns).toBe(3);
    expect(session.history.map((h: { kind: string }) => h.kind)).toEqual(["analyze", "review", "review"]);
    // The final review prompt lists what the first review found.
    expect(userTexts(srv.responseRequests().at(-1)!).at(-1)).toContain("Off-by-one lets one extra request through");
  });

  it("a review with no change since the last one is skipped, and with --full is not the final review; --final makes it one", async () => {
    const history = () => JSON.parse(readFileSync(join(repo, ".codex-collab"), "utf8")).sessions["claude-abc"].history;
    const same = await runCli(["review", "--json"], { cwd: repo, env });
    expect(same.code, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout).review).toMatchObject({ status: "skipped" });
    const again = await runCli(["review", "--json", "--full"], { cwd: repo, env });
    expect(again.code, again.stderr).toBe(0);
    expect(history().at(-1)).toMatchObject({ kind: "review", stage: 5 });
    const final = await runCli(["review", "--json", "--full", "--final"], { cwd: repo, env });
    expect(final.code, final.stderr).toBe(0);
    expect(history().at(-1)).toMatchObject({ kind: "review", stage: 7 });
  });

  it("sessions show prints the flow so far", async () => {
    const r = await runCli(["sessions", "show", "claude-abc"], { cwd: repo, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(thread);
    expect(r.stdout).toMatch(/stage\s+7\/7 final review/);
    expect(r.stdout).toMatch(/analyze\s+ok/);
  });

  it("keeps secrets in the user's text out of the state file", async () => {
    const token = "ghp_Z9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD8c";
    const r = await runCli(["ask", "--task", "secret", `use ${token} for the API`], { cwd: repo, env });
    expect(r.code, r.stderr).toBe(0);
    const state = readFileSync(join(repo, ".codex-collab"), "utf8");
    expect(state).toContain("use [REDACTED:");
    expect(state).not.toContain(token);
    expect(JSON.stringify(srv.requests.map((q) => q.body))).not.toContain(token);
  });

  it("an unknown session is refused, not silently replaced", async () => {
    const r = await runCli(["run", "--session", "nope", "--prompt", "hi"], { cwd: repo, env });
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('--session new');
  });
});
