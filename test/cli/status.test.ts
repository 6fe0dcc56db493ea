// `codex-collab status` on a crafted state file: the verb in-process, its JSON and its text.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { statusVerb } from "../../src/cli/status.js";
import { stateFilePath } from "../../src/project.js";
import { STATE_VERSION, type StateFile } from "../../src/state/schema.js";
import type { StatusSummary } from "../../src/state/summary.js";
import { fakeIo } from "../doctor/helpers.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "cc-status-"));
  mkdirSync(join(root, ".git"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((r) => child.on("close", r));
  return child.pid!;
}

const finding = (severity: "must-fix" | "should-fix" | "nit") => ({ severity, file: "src/a.ts", line_start: 3, line_end: 4, title: "t", explanation: "e", suggested_fix: "f", confidence: 0.8 });
const usage = (input: number, output: number) => ({ input_tokens: input, cached_input_tokens: 10, output_tokens: output, reasoning_output_tokens: 0 });

async function craft(): Promise<StateFile> {
  const state: StateFile = {
    version: STATE_VERSION,
    sessions: {
      "login-flow": {
        name: "login-flow",
        threadId: "0199aaaa-bbbb-7ccc-8ddd-eeeeffff0000",
        claudeSessionId: "claude-1",
        createdAt: "2026-03-01T10:00:00.000Z",
        updatedAt: "2026-03-01T11:00:00.000Z",
        turns: 4,
        usage: usage(12000, 3000),
        stage: 3,
        history: [],
      },
      fresh: { name: "fresh", threadId: null, createdAt: "2026-03-01T09:00:00.000Z", updatedAt: "2026-03-01T09:00:00.000Z", turns: 0, usage: usage(0, 0), stage: 0, history: [] },
    },
    pendingEdits: [
      { path: "src/a.ts", hash: "h1", at: "2026-03-01T11:05:00.000Z", tool: "Edit", claudeSessionId: "claude-1" },
      { path: "src/b.ts", hash: "h2", at: "2026-03-01T11:06:00.000Z", tool: "Write", claudeSessionId: "claude-1" },
    ],
    reviews: [
      { id: "rev-done", sessionName: "login-flow", claudeSessionId: "claude-1", diffHash: "d1", files: ["src/a.ts", "src/b.ts"], status: "done", startedAt: "2026-03-01T10:30:00.000Z", finishedAt: "2026-03-01T10:31:00.000Z", verdict: "request-changes", findings: [finding("must-fix"), finding("must-fix"), finding("should-fix"), finding("nit"), finding("nit"), finding("nit")], usage: usage(8000, 1500) },
      { id: "rev-running", sessionName: "login-flow", claudeSessionId: "claude-1", diffHash: "d2", files: ["src/a.ts"], status: "running", startedAt: "2026-03-01T11:07:00.000Z", findings: [] },
    ],
    classifications: {
      "claude-1": { level: "complex", score: 8, at: "2026-03-01T10:00:00.000Z" },
      "claude-2": { level: "simple", score: 1, at: "2026-03-01T08:00:00.000Z" },
    },
    worker: { pid: await deadPid(), startedAt: "2026-03-01T11:05:00.000Z", heartbeatAt: "2026-03-01T11:07:00.000Z" },
  };
  writeFileSync(stateFilePath(root), JSON.stringify(state));
  mkdirSync(join(root, ".claude"));
  writeFileSync(join(root, ".claude", "codex-collab.json"), JSON.stringify({ review: { maxReviewsPerSession: 5, maxTokensPerSession: 50000 } }));
  return state;
}

describe("codex-collab status", () => {
  it("--json: sessions with stage names, reviews with findings by severity, pending edits, dead worker, budgets from the config", async () => {
    const state = await craft();
    const io = fakeIo({}, join(root, ".claude"));
    expect(await statusVerb(["--json"], io)).toBe(0);
    const s = JSON.parse(io.out()) as StatusSummary & { project: string };
    expect(s.project).toBe(root);
    expect(s.sessions.map((x) => [x.name, x.stage, x.stageName, x.turns, x.tokens])).toEqual([
      ["login-flow", 3, "prototype", 4, 15000],
      ["fresh", 0, "not started", 0, 0],
    ]);
    expect(s.reviews.map((r) => [r.id, r.status, r.findings])).toEqual([
      ["rev-running", "running", { "must-fix": 0, "should-fix": 0, nit: 0 }],
      ["rev-done", "done", { "must-fix": 2, "should-fix": 1, nit: 3 }],
    ]);
    expect(s.pendingEdits).toBe(2);
    expect(s.worker).toEqual({ status: "dead", pid: state.worker!.pid, heartbeatAt: "2026-03-01T11:07:00.000Z" });
    expect(s.claudeSessions.map((c) => [c.id, c.classification?.level ?? null, c.reviews, c.tokens, c.pendingEdits])).toEqual([
      ["claude-1", "complex", { used: 1, max: 5 }, { used: 9500, max: 50000 }, 2],
      ["claude-2", "simple", { used: 0, max: 5 }, { used: 0, max: 50000 }, 0],
    ]);
  });

  it("text: one table per part, the dead worker flagged with the command that restarts it", async () => {
    await craft();
    const io = fakeIo({}, root);
    expect(await statusVerb([], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^ {2}login-flow +3\/7 prototype +4 +15000 +~\$0 +2026-03-01 11:00:00$/m);
    expect(out).toMatch(/^ {2}rev-done +done +2 +1 +3 +2 +2026-03-01 10:30:00$/m);
    expect(out).toMatch(/^ {2}rev-running +running +- +- +- +1 /m);
    expect(out).toContain("Reviews (2, 1 running)");
    expect(out).toContain("Pending edits: 2 — review worker NOT running");
    expect(out).toContain(`restart it with: codex-collab review-worker --project ${root}`);
    expect(out).toMatch(/^ {2}claude-1 +complex \(8\) +1\/5 +9500\/50000 +2 /m);
  });

  it("counts edits still in the hook's journal, not yet drained by the worker", async () => {
    await craft();
    mkdirSync(join(root, ".codex-collab.d"), { recursive: true });
    const journal = [
      { path: "src/c.ts", hash: "h3", at: "2026-03-01T11:08:00.000Z", tool: "Edit", claudeSessionId: "claude-1" },
      { path: "src/a.ts", hash: "h1", at: "2026-03-01T11:05:00.000Z", tool: "Edit", claudeSessionId: "claude-1" },
    ];
    writeFileSync(join(root, ".codex-collab.d", "edits.jsonl"), journal.map((e) => JSON.stringify(e)).join("\n") + "\n");
    const io = fakeIo({}, root);
    expect(await statusVerb([], io)).toBe(0);
    // One new edit; the other is already pending in the state file.
    expect(io.out()).toContain("Pending edits: 3 — review worker NOT running");
  });

  it("an invalid config still shows the status, with default budgets and a warning naming the file", async () => {
    await craft();
    const file = join(root, ".claude", "codex-collab.json");
    writeFileSync(file, "{ nope");
    const io = fakeIo({}, root);
    expect(await statusVerb(["--json"], io)).toBe(0);
    const s = JSON.parse(io.out()) as StatusSummary & { warning?: string };
    expect(s.warning).toContain(file);
    expect(s.claudeSessions[0]!.reviews.max).toBe(20);
  });

  it("an empty project says so, and nothing is written", async () => {
    const io = fakeIo({}, root);
    expect(await statusVerb([], io)).toBe(0);
    expect(io.out()).toContain("Codex sessions (0)");
    expect(io.out()).toContain("Pending edits: 0 — no review worker running");
    // Looking is read-only: no state file appears.
    expect(existsSync(stateFilePath(root))).toBe(false);
  });
});
