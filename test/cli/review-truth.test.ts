// Findings must be true and reach only whom they belong to, on real parts (the built CLI and hooks, the real codex
// against the local Responses server): a prose answer yields no findings and an explicit --fail-on outcome; a review
// run by hand in a terminal reaches no Claude session; a finding about code changed since neither blocks nor injects.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/errors.js";
import { findingId } from "../../src/worker/fingerprint.js";
import { runCli } from "../support/cli.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo, writeFiles } from "../support/git.js";
import { additionalContext, fixture, hookEnv, hookJson, requireBuilt, runHook } from "../support/hooks.js";
import { startResponsesServer, wantsSchema, type ResponsesServer } from "../support/responses-server.js";

const TITLE = "Off-by-one lets one extra request through";
const REVIEW = {
  verdict: "request-changes",
  summary: "One bug.",
  findings: [{ severity: "must-fix", file: "src/limit.ts", line_start: 2, line_end: 2, title: TITLE, explanation: "Uses <=.", suggested_fix: "Use <.", confidence: 0.9 }],
};
// Codex ignoring the format and echoing our own template's lines, as measured in issue 11.
const PROSE = [
  "I looked at the change.",
  "## Must fix",
  '- [must-fix] (no file) severity: "must-fix", "should-fix" or "nit"',
  "- `src/limit.ts:2` uses <= where < is meant.",
].join("\n");
const SESSION = "9a1b2c3d-0000-4000-8000-000000000001";

let srv: ResponsesServer;
let home: CodexHome;
let answer: string;
const repos: string[] = [];

beforeAll(async () => {
  requireBuilt();
  srv = await startResponsesServer({ script: (req) => (wantsSchema(req) ? { text: answer } : { text: "ok" }) });
  home = await makeCodexHome(srv.url);
});

afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
  for (const r of repos) rmSync(r, { recursive: true, force: true });
});

function repo(): { dir: string; cli: Record<string, string | undefined> } {
  const dir = makeRepo({ "src/limit.ts": "export const MAX = 10;\n" }, "cc-truth-");
  repos.push(dir);
  writeFiles(dir, { "src/limit.ts": "export const MAX = 10;\nexport const allow = (n: number) => n <= MAX;\n" });
  // A terminal: no Claude session in the environment.
  const cli = { ...home.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN, CODEX_COLLAB_CLAUDE_SESSION_ID: undefined, CLAUDE_CODE_SESSION_ID: undefined, CLAUDE_SESSION_ID: undefined };
  return { dir, cli };
}

const state = (dir: string) => JSON.parse(readFileSync(join(dir, ".codex-collab"), "utf8"));

describe("a prose answer", () => {
  it("is reported as prose: no findings, its own outcome in --json, and --fail-on exits 11 (undecided)", async () => {
    const { dir, cli } = repo();
    answer = PROSE;
    const r = await runCli(["review", "--json", "--fail-on", "must-fix"], { cwd: dir, env: cli });
    expect(r.code, r.stderr).toBe(EXIT.UNDECIDED);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ outcome: "prose", prose: PROSE, review: { status: "done", answer: "prose", findings: [] } });
    expect(out.review.verdict).toBeUndefined();
    expect(state(dir).reviews.map((x: { findings: unknown[] }) => x.findings)).toEqual([[]]);
    // Nothing changed since: --full asks for the review again.
    const text = await runCli(["review", "--full", "--fail-on", "nit"], { cwd: dir, env: cli });
    expect(text.code).toBe(EXIT.UNDECIDED);
    expect(text.stdout).toMatch(/^Codex answered in prose \(no findings taken from it\)/);
    // Shown as the answer it is, not as a findings report, here and by `reviews show`.
    expect(text.stdout).not.toMatch(/^Verdict:/m);
    const shown = await runCli(["reviews", "show"], { cwd: dir, env: cli });
    expect(shown.stdout).toContain(`Codex answered in prose (no findings taken from it):\n\n${PROSE}`);
    expect((await runCli(["reviews", "list"], { cwd: dir, env: cli })).stdout).toContain("prose answer, no findings");
  }, 120_000);
});

describe("delivery only to the owner, and only while the finding applies", () => {
  it("a review run by hand in a terminal reaches no Claude session: no injection, no blocked stop", async () => {
    const { dir, cli } = repo();
    answer = JSON.stringify(REVIEW);
    const r = await runCli(["review", "--json"], { cwd: dir, env: cli });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).review).toMatchObject({ origin: "manual", findings: [{ title: TITLE }] });
    const env = hookEnv(dir);
    for (const sid of [SESSION, undefined]) {
      const over = sid ? { session_id: sid } : { session_id: undefined };
      const ups = await runHook("UserPromptSubmit", fixture("user-prompt-submit", dir, { ...over, prompt: "What's the weather like?" }), dir, { env });
      expect(ups.code).toBe(0);
      expect(additionalContext(ups) ?? "").not.toContain(TITLE);
      const stop = await runHook("Stop", fixture("stop", dir, over), dir, { env });
      expect(stop.code).toBe(0);
      expect(hookJson(stop)?.decision).toBeUndefined();
    }
  }, 120_000);

  it("a finding about code changed since its review neither blocks nor is injected; unchanged, it blocks", async () => {
    const { dir, cli } = repo();
    answer = JSON.stringify(REVIEW);
    // Run from that Claude session (as /codex-review does): the review is the session's.
    const r = await runCli(["review", "--json"], { cwd: dir, env: { ...cli, CODEX_COLLAB_CLAUDE_SESSION_ID: SESSION } });
    expect(r.code, r.stderr).toBe(0);
    const env = hookEnv(dir);
    const stop = () => runHook("Stop", fixture("stop", dir, { session_id: SESSION }), dir, { env });

    // Someone else's session is never blocked by it.
    expect(hookJson(await runHook("Stop", fixture("stop", dir, { session_id: "another" }), dir, { env }))).toBeNull();
    // The file changed: the finding is about code that no longer exists.
    const reviewed = readFileSync(join(dir, "src/limit.ts"), "utf8");
    writeFileSync(join(dir, "src/limit.ts"), "export const MAX = 10;\nexport const allow = (n: number) => n < MAX;\n");
    expect(hookJson(await stop())).toBeNull();
    // Back to the reviewed content: the finding applies again, and the gate blocks once.
    writeFileSync(join(dir, "src/limit.ts"), reviewed);
    const blocked = hookJson(await stop());
    expect(blocked).toMatchObject({ decision: "block", reason: expect.stringContaining(TITLE) });
    expect(hookJson(await stop())).toBeNull();
  }, 120_000);

  it("a must-fix finding Claude rejected with a reason in its reply does not block its stop again", async () => {
    const { dir, cli } = repo();
    answer = JSON.stringify(REVIEW);
    expect((await runCli(["review", "--json"], { cwd: dir, env: { ...cli, CODEX_COLLAB_CLAUDE_SESSION_ID: SESSION } })).code).toBe(0);
    const id = findingId(REVIEW.findings[0]!);
    const reply = `Reviewed Codex's finding.\ncodex-collab-reject ${id}: n <= MAX is intended, MAX itself is allowed`;
    const stop = await runHook("Stop", fixture("stop", dir, { session_id: SESSION, last_assistant_message: reply }), dir, { env: hookEnv(dir) });
    expect(hookJson(stop)).toBeNull();
    expect(state(dir).wake[SESSION].rejected).toEqual({ [id]: "n <= MAX is intended, MAX itself is allowed" });
  }, 120_000);
});
