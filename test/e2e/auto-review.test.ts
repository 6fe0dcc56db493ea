// The automatic review end to end through the REAL Claude Code CLI: codex-collab installed into a fresh project by
// the real installer, Claude (scripted by the local Messages API) edits files, the installed hooks classify the
// prompt and record the edits, the background worker runs the real codex against the local Responses server, and
// the review's must-fix finding comes back to Claude through the Stop gate. A planted secret never reaches Codex.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { install } from "../../src/install/install.js";
import { runClaude, type RunClaudeResult } from "../support/claude.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo } from "../support/git.js";
import { pendingEdits, readLog, readState, removeProject, requireBuilt, startedWorkers, storedState, waitFor } from "../support/hooks.js";
import { requestText, startMessagesServer, systemText, text, toolUse, userTexts, type MessagesServer } from "../support/messages-server.js";
import { startResponsesServer, wantsSchema, type ResponsesServer } from "../support/responses-server.js";

const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const AWS_KEY = "AKIAZ7QWERTYUIOP4EXA";
const AWS_SECRET = "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";
const FINDING = "User input concatenated into SQL";
const REVIEW = {
  verdict: "request-changes",
  summary: "Moves settings to config.ts and adds a lookup; the lookup is injectable.",
  findings: [
    { severity: "must-fix", file: "src/db.ts", line_start: 4, line_end: 4, title: FINDING, explanation: "findUser builds the query with +.", suggested_fix: "Pass id as a bound parameter.", confidence: 0.95 },
    { severity: "should-fix", file: "src/db.ts", line_start: 6, line_end: 9, title: "Retry loop never backs off", explanation: "Tight loop.", suggested_fix: "Sleep 2^n * 100 ms.", confidence: 0.7 },
  ],
};
const PROMPT =
  "Refactor the database layer: move the connection settings into src/config.ts, make src/db.ts look users up by id, add retry logic with exponential backoff, and update the integration tests and the migration scripts.";

describe("automatic review through the real Claude Code CLI", () => {
  let root: string;
  let project: string;
  let claude: MessagesServer;
  let codex: ResponsesServer;
  let codexHome: CodexHome;
  let run: RunClaudeResult;
  let sessionId: string;

  beforeAll(async () => {
    requireBuilt();
    root = mkdtempSync(join(tmpdir(), "cc-auto-review-"));
    project = makeRepo(
      {
        "src/config.ts": 'export const region = "us-east-1";\n',
        "src/db.ts": 'import { region } from "./config";\n\nexport function connect() {\n  return { region };\n}\n',
      },
      "cc-auto-review-project ",
    );
    await install({ project, scope: "project", packageRoot: PACKAGE_ROOT, home: join(root, "home") });
    // Short debounce so the review runs while the session is still going; mode auto reviews complex tasks.
    writeFileSync(join(project, ".claude", "codex-collab.json"), JSON.stringify({ review: { debounceSeconds: 1, minIntervalSeconds: 0, mode: "auto" } }));

    codex = await startResponsesServer({ script: (req) => (wantsSchema(req) ? { text: JSON.stringify(REVIEW) } : { text: "ok" }) });
    codexHome = await makeCodexHome(codex.url);

    const config = join(project, "src", "config.ts");
    const db = join(project, "src", "db.ts");
    const edits = [
      [text("Starting with the settings."), toolUse("Read", { file_path: config })],
      [
        toolUse("Edit", {
          file_path: config,
          old_string: 'export const region = "us-east-1";',
          new_string: `export const region = "us-east-1";\nexport const awsAccessKeyId = "${AWS_KEY}";\nexport const awsSecretAccessKey = "${AWS_SECRET}";`,
        }),
      ],
      [toolUse("Read", { file_path: db })],
      [
        toolUse("Edit", {
          file_path: db,
          old_string: "export function connect() {",
          new_string: 'export function findUser(id: string) {\n  return query("SELECT * FROM users WHERE id = " + id);\n}\n\nexport function connect() {',
        }),
      ],
      [toolUse("Edit", { file_path: db, old_string: "  return { region };", new_string: "  for (;;) {\n    try {\n      return { region };\n    } catch {}\n  }" })],
      [toolUse("Bash", { command: "sleep 1", description: "Wait a moment" })],
    ];
    const thinkingStep = edits.length;
    claude = await startMessagesServer({
      steps: [...edits, [text("Settings moved and the lookup added.")], [text("Codex flagged the SQL concatenation; fixing it is next.")]],
      // The model "thinks" after the edits until the background review is done (bounded), so the session is
      // still alive when its findings can be delivered.
      beforeStep: async (step) => {
        if (step !== thinkingStep) return;
        await waitFor("the background review", () => (readState(project)?.reviews ?? []).some((r: { status: string }) => r.status !== "running"), 120_000, 250).catch(
          () => undefined,
        );
      },
    });
    run = await runClaude({
      cwd: project,
      prompt: PROMPT,
      serverUrl: claude.url,
      home: join(root, "home"),
      extraEnv: { ...codexHome.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN },
      timeoutMs: 240_000,
    });
    sessionId = run.events.find((e) => e.type === "result")?.session_id;
    // The worker outlives the session; let it finish so the counts below are final.
    await waitFor("the worker to exit", () => readState(project)?.worker === null && pendingEdits(project).length === 0, 60_000).catch(() => undefined);
  }, 420_000);

  afterAll(async () => {
    if (project) await removeProject(project);
    await claude?.close();
    await codex?.close();
    await codexHome?.cleanup();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("the session ran to a clean end and made the edits", () => {
    expect(run.timedOut, run.stderr).toBe(false);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.events.find((e) => e.type === "result")?.subtype).toBe("success");
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(readFileSync(join(project, "src", "db.ts"), "utf8")).toContain("SELECT * FROM users WHERE id = ");
    expect(readFileSync(join(project, "src", "config.ts"), "utf8")).toContain(AWS_KEY);
  });

  it("the UserPromptSubmit classification reached the model, and was stored", () => {
    const first = claude.mainRequests()[0]!;
    // Mode auto reviews medium and complex tasks alike; the guidance names the stored level's workflow.
    const level = storedState(project).classifications[sessionId].level;
    expect(["medium", "complex"]).toContain(level);
    expect(systemText(first)).toMatch(new RegExp(`UserPromptSubmit hook additional context: codex-collab: ${level} task \\(score \\d+`));
    expect(systemText(first)).toContain(level === "complex" ? "7 stages in one Codex session" : "Run /codex-analyze <task> first");
  });

  it("the edits triggered exactly one Codex review, with the edited files and without the planted secret", () => {
    const reviews = codex.responseRequests().filter(wantsSchema);
    expect(reviews).toHaveLength(1);
    expect(codex.responseRequests()).toHaveLength(1);
    const sent = JSON.stringify(codex.requests.map((r) => r.body));
    expect(sent).toContain("src/config.ts");
    expect(sent).toContain("SELECT * FROM users WHERE id = ");
    expect(sent).not.toContain(AWS_KEY);
    expect(sent).not.toContain(AWS_SECRET);
    expect(sent).toContain("[REDACTED:");
    expect(startedWorkers(project)).toHaveLength(1);
    expect(readLog(project, "worker.log")).not.toContain(AWS_KEY);
    expect(readFileSync(join(project, ".codex-collab"), "utf8")).not.toContain(AWS_SECRET);
  });

  it("the must-fix finding reached a later model request through the Stop gate, which blocked once", () => {
    const requests = claude.mainRequests();
    const withFinding = requests.filter((r) => requestText(r).includes(FINDING));
    expect(withFinding.length).toBeGreaterThan(0);
    const last = requests.at(-1)!;
    const feedback = userTexts(last).filter((t) => t.includes("Stop hook feedback"));
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toContain(`src/db.ts:4 ${FINDING}`);
    expect(requests.map((r) => r.step)).toEqual(requests.map((_, i) => i));
    expect(run.events.find((e) => e.type === "result")?.result).toBe("Codex flagged the SQL concatenation; fixing it is next.");
  });

  it("the state holds the session at the review stage with its thread, and the review delivered", () => {
    const state = readState(project);
    const session = state.sessions[sessionId];
    expect(session.stage).toBe(5);
    expect(session.threadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(session.history.map((h: { kind: string; outcome: string }) => `${h.kind} ${h.outcome}`)).toEqual(["review ok"]);
    const [review] = state.reviews;
    expect(state.reviews).toHaveLength(1);
    expect(review).toMatchObject({ status: "done", claudeSessionId: sessionId, verdict: "request-changes" });
    expect(review.files.sort()).toEqual(["src/config.ts", "src/db.ts"]);
    expect(review.stopBlockedAt).toBeDefined();
    expect(review.deliveredAt).toBeDefined();
    expect(pendingEdits(project)).toEqual([]);
  });
});
