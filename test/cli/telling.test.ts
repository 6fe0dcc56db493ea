// What the user sees on stderr while the built CLI runs the real codex: a line at least every 15 s even while the
// model is silent, a review's verdict instead of raw JSON, and model failures explained with a specific hint.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, runCli } from "../support/cli.js";
import { makeCodexHome, type CodexHome } from "../support/codex-home.js";
import { makeRepo, writeFiles } from "../support/git.js";
import { startResponsesServer, wantsSchema, type ResponsesServer } from "../support/responses-server.js";

let srv: ResponsesServer;
let home: CodexHome;
let repo: string;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  srv = await startResponsesServer();
  // No retries: each failure mode is answered once, fast.
  home = await makeCodexHome(srv.url, { requestMaxRetries: 0, streamMaxRetries: 0 });
  repo = makeRepo({ "src/a.ts": "export const a = 1;\n" });
  env = { ...home.env, CODEX_COLLAB_CLAUDE_SESSION_ID: undefined, CLAUDE_CODE_SESSION_ID: undefined, CODEX_COLLAB_CODEX_BIN: join(process.cwd(), "node_modules/.bin/codex") };
});

afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** Runs the CLI, noting when each stderr line arrived (ms since start). */
function runTimed(args: string[]): Promise<{ code: number | null; lines: Array<{ at: number; text: string }> }> {
  return new Promise((resolve, reject) => {
    const full: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined) full[k] = v;
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: repo, env: full, stdio: ["ignore", "ignore", "pipe"] });
    const lines: Array<{ at: number; text: string }> = [];
    let buf = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      buf += d;
      const parts = buf.split("\n");
      buf = parts.pop() ?? "";
      for (const text of parts) lines.push({ at: Date.now() - started, text });
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, lines }));
  });
}

describe("telling the user", () => {
  it("prints a line at least every 15 s while the model is silent", async () => {
    srv.setScript(() => ({ hang: true }));
    const r = await runTimed(["run", "--new", "--prompt", "think hard", "--idle-timeout", "33"]);
    expect(r.code).toBe(5);
    const progress = r.lines.filter((l) => l.text.startsWith("codex-collab: ["));
    expect(progress.filter((l) => /still working; last: working/.test(l.text)).length).toBeGreaterThanOrEqual(2);
    const gaps = progress.slice(1).map((l, i) => l.at - progress[i]!.at);
    // 15 s plus the scheduling slack of a loaded 2-core machine.
    expect(Math.max(...gaps)).toBeLessThanOrEqual(15_500);
  }, 60_000);

  it("a review's progress line shows the verdict, not the raw JSON", async () => {
    srv.setScript((req) =>
      wantsSchema(req)
        ? { text: JSON.stringify({ verdict: "request-changes", summary: "s", findings: [{ severity: "must-fix", file: "src/a.ts", line_start: 1, line_end: 1, title: "t", explanation: "e", suggested_fix: "f", confidence: 0.9 }] }) }
        : { text: "ok" },
    );
    writeFiles(repo, { "src/a.ts": "export const a = 2;\n" });
    const r = await runCli(["review", "--new"], { cwd: repo, env });
    expect(r.stderr).toContain("review: request-changes, 1 finding (1 must-fix)");
    expect(r.stderr).not.toMatch(/message: \{/);
  });

  it.each([
    [{ status: 429, body: { error: { message: "Rate limit reached", type: "rate_limit_exceeded" } } }, /429 Too Many Requests/, /rate-limiting this account.*wait a minute and retry/],
    [{ status: 500 }, /high demand/, /service is having trouble \(HTTP 5xx\)/],
    [{ failed: "the model fell over" }, /the model fell over/, /ended the response with an error: retry/],
  ] as const)("explains %j with a specific hint, not codex's unrelated warnings", async (reply, line, hint) => {
    srv.setScript(() => reply);
    const r = await runCli(["run", "--new", "--prompt", "hi"], { cwd: repo, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(line);
    expect(r.stderr).toMatch(hint);
    expect(r.stderr).not.toMatch(/PATH aliases|last lines of codex stderr/);
  });
});
