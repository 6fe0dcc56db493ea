// Smoke test of the test support itself: the real codex binary, configured only through the temp
// CODEX_HOME's config.toml, talks to the local server for a new turn and for a resumed one.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "./codex-home.js";
import { assistantTexts, startResponsesServer, userTexts, type ResponsesServer } from "./responses-server.js";

function runCodex(args: string[], stdin: string, env: Record<string, string>, cwd: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(REAL_CODEX_BIN, args, { cwd, env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

const events = (stdout: string) =>
  stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { type: string; thread_id?: string; item?: { type: string; text?: string } });

describe("responses server + codex home", () => {
  let srv: ResponsesServer;
  let home: CodexHome;
  let cwd: string;
  beforeAll(async () => {
    srv = await startResponsesServer();
    home = await makeCodexHome(srv.url);
    cwd = await mkdtemp(join(tmpdir(), "cc-smoke-cwd-"));
  });
  afterAll(async () => {
    await srv.close();
    await home.cleanup();
    await rm(cwd, { recursive: true, force: true });
  });

  it("serves a new codex exec turn and a resumed one", async () => {
    const first = await runCodex(["exec", "--json", "--skip-git-repo-check", "-s", "read-only", "-"], "first question", home.env, cwd);
    expect(first.code).toBe(0);
    const ev1 = events(first.stdout);
    const threadId = ev1.find((e) => e.type === "thread.started")?.thread_id;
    expect(threadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ev1.find((e) => e.item?.type === "agent_message")?.item?.text).toBe("echo: first question");
    expect(ev1.at(-1)?.type).toBe("turn.completed");
    expect(userTexts(srv.responseRequests()[0]!)).toContain("first question");

    const second = await runCodex(
      ["exec", "resume", threadId!, "--json", "--skip-git-repo-check", "-c", 'sandbox_mode="read-only"', "-"],
      "second question",
      home.env,
      cwd,
    );
    expect(second.code).toBe(0);
    const ev2 = events(second.stdout);
    expect(ev2.find((e) => e.type === "thread.started")?.thread_id).toBe(threadId);
    expect(ev2.at(-1)?.type).toBe("turn.completed");
    const req2 = srv.responseRequests()[1]!;
    expect(userTexts(req2)).toEqual(expect.arrayContaining(["first question", "second question"]));
    expect(assistantTexts(req2)).toContain("echo: first question");
    // Only the model endpoint is called: nothing else leaves for the network.
    expect(srv.requests.every((r) => r.path.endsWith("/responses"))).toBe(true);
  });

  it("replays scripted failures as HTTP errors", async () => {
    srv.setScript(() => ({ status: 500 }));
    const r = await runCodex(["exec", "--json", "--skip-git-repo-check", "-s", "read-only", "-"], "x", home.env, cwd);
    expect(r.code).toBe(1);
    const ev = events(r.stdout);
    expect(ev.at(-1)?.type).toBe("turn.failed");
    expect(ev.some((e) => e.type === "error" && /Reconnecting\.\.\. 1\/1/.test(String((e as { message?: string }).message)))).toBe(true);
  });
});
