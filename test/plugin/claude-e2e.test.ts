// The plugin route end to end on every supported Claude Code, with real parts only: this repository served as a git
// marketplace over smart HTTP on 127.0.0.1, added and installed by the real claude (timed, measured on disk), then a
// session in a fresh project: the hooks fire from the first prompt, /codex-collab:codex-analyze reaches the real
// codex and the local Responses server, an edit starts the automatic review, and its must-fix finding comes back
// to Claude through the Stop gate. Nothing is built or installed by npm on the way.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles, treeBytes } from "../../src/plugin/shipped.js";
import { CLAUDE_VERSIONS, runClaude, type RunClaudeResult } from "../support/claude.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo } from "../support/git.js";
import { pendingEdits, readState, removeProject, waitFor } from "../support/hooks.js";
import { installPluginFromGit, serveThisRepository, type PluginInstall, type ServedRepository } from "../support/marketplace.js";
import { requestText, startMessagesServer, text, toolUse, userTexts, type Block, type MessagesServer } from "../support/messages-server.js";
import { startResponsesServer, userTexts as codexUserTexts, wantsSchema, type ResponsesServer } from "../support/responses-server.js";

const MB = 1_000_000;
const REQUIREMENT = "Let users look themselves up by id in src/db.ts";
const ANALYSIS = "Scope: one lookup function. Open question: which id format?";
const FINDING = "User input concatenated into SQL";
const REVIEW = {
  verdict: "request-changes",
  summary: "Adds a user lookup; the query is injectable.",
  findings: [
    { severity: "must-fix", file: "src/db.ts", line_start: 2, line_end: 2, title: FINDING, explanation: "findUser builds the query with +.", suggested_fix: "Pass id as a bound parameter.", confidence: 0.95 },
  ],
};

/**
 * What the expanded /codex-collab:codex-analyze body tells Claude to run, and the call the scripted model makes.
 * When the command files call the MCP tool instead, this is the one place to change: `expected` becomes the tool's
 * name in the body and `call` a toolUse of that tool with `{ requirement }`.
 */
/** What the scripted model does with /codex-collab:codex-analyze: call the plugin's MCP tool with the user's words. */
function analyzeCall(_pluginRoot: string, requirement: string): { expected: string; call: Block } {
  const expected = "mcp__plugin_codex-collab_codex-collab__analyze";
  return { expected, call: toolUse(expected, { requirement }) };
}

let root: string;
let served: ServedRepository;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "cc-plugin-e2e-"));
  served = await serveThisRepository(root);
}, 60_000);
afterAll(async () => {
  await served?.server.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.each(CLAUDE_VERSIONS)("the plugin from a git marketplace on Claude Code $name", ({ name, bin }) => {
  let home: string;
  let project: string;
  let installed: PluginInstall;
  let shippedFiles: string[];
  let codex: ResponsesServer;
  let codexHome: CodexHome;
  let claude: MessagesServer;
  let run: RunClaudeResult;
  let sessionId: string;

  beforeAll(async () => {
    home = join(root, `home-${name.split(" ")[0]}`);
    project = makeRepo({ "src/db.ts": "export function connect() {\n  return {};\n}\n" }, "cc-plugin-project-");
    installed = await installPluginFromGit(bin, served.url, home, project);
    shippedFiles = listFiles(installed.pluginRoot);
    // A short debounce so the review runs while the session is still going.
    mkdirSync(join(project, ".claude"), { recursive: true });
    writeFileSync(join(project, ".claude", "codex-collab.json"), JSON.stringify({ review: { mode: "always", debounceSeconds: 1, minIntervalSeconds: 0 } }));

    codex = await startResponsesServer({ script: (req) => ({ text: wantsSchema(req) ? JSON.stringify(REVIEW) : ANALYSIS }) });
    codexHome = await makeCodexHome(codex.url);
    const db = join(project, "src", "db.ts");
    const steps: Block[][] = [
      [analyzeCall(installed.pluginRoot, REQUIREMENT).call],
      [toolUse("Read", { file_path: db })],
      [toolUse("Edit", { file_path: db, old_string: "export function connect() {", new_string: 'export function findUser(id: string) {\n  return query("SELECT * FROM users WHERE id = " + id);\n}\n\nexport function connect() {' })],
      [toolUse("Bash", { command: "sleep 1", description: "Wait a moment" })],
      [text("Lookup added.")],
      [text("Codex flagged the SQL concatenation; fixing it is next.")],
    ];
    claude = await startMessagesServer({
      steps,
      // The model "thinks" after the edit until the background review is done, so the session is alive to get it.
      beforeStep: async (step) => {
        if (step !== 3) return;
        await waitFor("the background review", () => (readState(project)?.reviews ?? []).some((r: { status: string }) => r.status !== "running"), 120_000, 250).catch(() => undefined);
      },
    });
    run = await runClaude({
      bin,
      cwd: project,
      home,
      prompt: `/codex-collab:codex-analyze ${REQUIREMENT}`,
      serverUrl: claude.url,
      args: ["--include-hook-events"],
      extraEnv: { ...codexHome.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN },
      timeoutMs: 240_000,
    });
    sessionId = run.events.find((e) => e.type === "result")?.session_id;
    await waitFor("the worker to exit", () => readState(project)?.worker === null && pendingEdits(project).length === 0, 60_000).catch(() => undefined);
  }, 420_000);

  afterAll(async () => {
    if (project) await removeProject(project);
    await claude?.close();
    await codex?.close();
    await codexHome?.cleanup();
  });

  it("installs in under 30 s, the plugin under 10 MB, with the built bundles and no npm step", () => {
    expect(installed.ms).toBeLessThan(30_000);
    expect(treeBytes(installed.pluginRoot)).toBeLessThan(10 * MB);
    // Claude Code also keeps its own clone of the whole repository (test corpora and their history included) as the
    // marketplace: a guard on the total, which the repository's size decides, not the plugin's. The redaction corpora
    // took it past 20 MB (21.1 MB with twelve parts).
    expect(treeBytes(join(home, ".claude", "plugins"))).toBeLessThan(30 * MB);
    expect(shippedFiles).toEqual(expect.arrayContaining(["dist/cli.js", "dist/hooks/stop.cjs", "dist/hooks/stop.main.cjs", "hooks/hooks.json", "bin/codex-collab"]));
    expect(existsSync(join(installed.pluginRoot, "node_modules"))).toBe(false);
    expect(existsSync(join(installed.pluginRoot, "package-lock.json"))).toBe(false);
    console.log(`${name}: marketplace add + install ${installed.ms} ms, plugin ${(treeBytes(installed.pluginRoot) / MB).toFixed(2)} MB, plugins dir ${(treeBytes(join(home, ".claude", "plugins")) / MB).toFixed(2)} MB`);
  });

  it("the session ran to a clean end with the plugin loaded", () => {
    expect(run.timedOut, run.stderr).toBe(false);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.events.find((e) => e.type === "result")?.subtype).toBe("success");
    const init = run.events.find((e) => e.type === "system" && e.subtype === "init");
    expect(init.plugins).toContainEqual(expect.objectContaining({ name: "codex-collab", source: "codex-collab@codex-collab" }));
  });

  it("every hook fired in the first session and exited 0, from the first prompt on", () => {
    const hooks = run.events.filter((e) => e.type === "system" && e.subtype === "hook_response" && ["SessionStart", "UserPromptSubmit", "PostToolUse", "Stop"].includes(e.hook_event));
    const events = [...new Set(hooks.map((e) => e.hook_event))];
    expect(events).toEqual(["SessionStart", "UserPromptSubmit", "PostToolUse", "Stop"]);
    for (const h of hooks) expect(h, JSON.stringify(h)).toMatchObject({ exit_code: 0, outcome: "success" });
    // The Stop hook is the one that read the finished review from the state the PostToolUse hook started.
    expect(readState(project).reviews[0]).toMatchObject({ claudeSessionId: sessionId, status: "done" });
  });

  it("/codex-collab:codex-analyze reached the Codex model server with the user's words, and the analysis reached Claude", () => {
    const { expected } = analyzeCall(installed.pluginRoot, REQUIREMENT);
    expect(userTexts(claude.mainRequests()[0]!).join("\n")).toContain(expected);
    const analyses = codex.responseRequests().filter((r) => !wantsSchema(r));
    expect(analyses).toHaveLength(1);
    expect(codexUserTexts(analyses[0]!).join("\n")).toContain(REQUIREMENT);
    expect(requestText(claude.mainRequests().find((r) => r.step === 1)!)).toContain(ANALYSIS);
  });

  it("the automatic review's must-fix finding reached Claude through the Stop gate", () => {
    expect(codex.responseRequests().filter(wantsSchema)).toHaveLength(1);
    const feedback = userTexts(claude.mainRequests().at(-1)!).filter((t) => t.includes("Stop hook feedback"));
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toContain(`src/db.ts:2 ${FINDING}`);
  });

  it("the hooks' code cache went to CLAUDE_PLUGIN_DATA; the plugin directory is as installed", () => {
    const cache = join(home, ".claude", "plugins", "data", "codex-collab-codex-collab", "v8-cache");
    expect(readdirSync(cache).filter((f) => f.endsWith(".cache")).length).toBeGreaterThan(0);
    expect(listFiles(installed.pluginRoot)).toEqual(shippedFiles);
  });
});
