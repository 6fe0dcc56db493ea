// The shipped slash commands through the real Claude Code CLI: installed by the real installer, expanded by Claude
// Code, the CLI run through Claude's Bash tool under the command's allowed-tools, and the real codex binary
// answering from a local Responses server. Also the plugin route (--plugin-dir) and the argument passing from an
// install path full of shell specials.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { install } from "../../src/install/install.js";
import { LAUNCHER_REL } from "../../src/install/hooks.js";
import { findPackageRoot, PLUGIN_ROOT_PLACEHOLDER } from "../../src/install/package.js";
import { runClaude, type RunClaudeResult } from "../support/claude.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { git, makeRepo, writeFiles } from "../support/git.js";
import { AWKWARD_NAME, makeSandbox, type Sandbox } from "../support/install-fixture.js";
import { type LoggedRequest, startMessagesServer, text, toolUse, userTexts, type MessagesServer } from "../support/messages-server.js";
import { startResponsesServer, wantsSchema, userTexts as codexUserTexts, type ResponsesServer } from "../support/responses-server.js";

const REPO = findPackageRoot();
/** How the plugin's commands run the CLI (--plugin-dir REPO), and how a project install's commands do (its launcher). */
const CLI_CALL = `node '${REPO}/dist/cli.js'`;
const PROJECT_CLI_CALL = `node '${LAUNCHER_REL}'`;

const REVIEW = {
  verdict: "request-changes",
  summary: "Error handling of fetchUser needs work.",
  findings: [
    {
      severity: "should-fix",
      file: "src/api.ts",
      line_start: 3,
      line_end: 3,
      title: "Swallowed fetch error hides outages",
      explanation: "The catch returns null for every failure.",
      suggested_fix: "Rethrow unexpected errors.",
      confidence: 0.8,
    },
  ],
};

/** The result event's session id: the Claude session the CLI must have seen. */
function sessionIdOf(run: RunClaudeResult): string {
  const result = run.events.find((e) => e.type === "result");
  expect(result, run.stdout).toBeDefined();
  return result.session_id as string;
}

function toolResults(req: LoggedRequest): Array<{ is_error?: boolean; text: string }> {
  const out: Array<{ is_error?: boolean; text: string }> = [];
  for (const m of req.body?.messages ?? []) {
    if (m?.role !== "user" || !Array.isArray(m.content)) continue;
    for (const b of m.content) {
      if (b?.type !== "tool_result") continue;
      const t = typeof b.content === "string" ? b.content : (b.content ?? []).map((c: { text?: string }) => c.text ?? "").join("");
      out.push({ is_error: b.is_error, text: t });
    }
  }
  return out;
}

describe("/codex-review through the real Claude Code CLI (project install)", () => {
  let codexServer: ResponsesServer;
  let codexHome: CodexHome;
  let claudeServer: MessagesServer;
  let project: string;
  let run: RunClaudeResult;
  const command = `${PROJECT_CLI_CALL} review --quiet --focus 'focus on error handling'`;

  beforeAll(async () => {
    codexServer = await startResponsesServer({ script: (req) => (wantsSchema(req) ? { text: JSON.stringify(REVIEW) } : { text: "ok" }) });
    codexHome = await makeCodexHome(codexServer.url);
    project = makeRepo({ "src/api.ts": "export async function fetchUser(id: string) {\n  return fetch(`/users/${id}`);\n}\n" }, "cc-slash-review ");
    await install({ project, scope: "project" });
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "install codex-collab");
    writeFiles(project, {
      "src/api.ts": "export async function fetchUser(id: string) {\n  try {\n    return await fetch(`/users/${id}`);\n  } catch {\n    return null;\n  }\n}\n",
    });
    // The scripted model runs the command the expanded /codex-review body spells out, with the user's focus.
    claudeServer = await startMessagesServer({
      steps: [[toolUse("Bash", { command, timeout: 600000, description: "Codex review of the current change" })], [text("Reviewed.")]],
    });
    run = await runClaude({
      cwd: project,
      prompt: "/codex-review focus on error handling",
      serverUrl: claudeServer.url,
      extraEnv: { ...codexHome.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN },
      timeoutMs: 110_000,
    });
  }, 120_000);

  afterAll(async () => {
    await claudeServer?.close();
    await codexServer?.close();
    await codexHome?.cleanup();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("expands the installed command with the project-relative launcher and the user's words", () => {
    expect(run.timedOut).toBe(false);
    expect(run.exitCode, run.stderr).toBe(0);
    const first = userTexts(claudeServer.mainRequests()[0]!).join("\n");
    expect(first).toContain("<command-name>/codex-review</command-name>");
    expect(first).toContain(`\`\`\`bash\n${PROJECT_CLI_CALL} review --quiet\n\`\`\``);
    expect(first).toContain("<review-request>\nfocus on error handling\n</review-request>");
    expect(first).toContain("`timeout: 600000`");
    expect(first).not.toContain(PLUGIN_ROOT_PLACEHOLDER);
  });

  it("lets the Bash call through the command's allowed-tools; Codex gets a schema-bound review with the focus and the diff", () => {
    const reviews = codexServer.responseRequests().filter(wantsSchema);
    expect(reviews).toHaveLength(1);
    const prompt = codexUserTexts(reviews[0]!).join("\n");
    expect(prompt).toContain("focus on error handling");
    expect(prompt).toContain("return null;");
  });

  it("hands the findings back to the model in the Bash tool result", () => {
    const second = claudeServer.mainRequests().find((r) => r.step === 1);
    expect(second).toBeDefined();
    const results = toolResults(second!);
    expect(results).toHaveLength(1);
    expect(results[0]!.is_error ?? false).toBe(false);
    expect(results[0]!.text).toContain("Swallowed fetch error hides outages");
    expect(results[0]!.text).toMatch(/review \S+ · session \S+/);
  });

  it("records the review in the project's .codex-collab under the Claude session's name", () => {
    const sessionId = sessionIdOf(run);
    const state = JSON.parse(readFileSync(join(project, ".codex-collab"), "utf8"));
    const manual = state.reviews.filter((r: { findings: Array<{ title: string }> }) => r.findings.some((f) => f.title === REVIEW.findings[0]!.title));
    expect(manual).toHaveLength(1);
    expect(manual[0]).toMatchObject({ sessionName: sessionId, claudeSessionId: sessionId, status: "done", files: ["src/api.ts"] });
    expect(state.sessions[sessionId]).toMatchObject({ name: sessionId, turns: 1, stage: 5 });
  });
});

describe("the plugin route", () => {
  it("claude --plugin-dir <package> loads the commands and agents, expands /codex-collab:codex-status and runs its ! line", async () => {
    const project = makeRepo({ "README.md": "# p\n" }, "cc-slash-plugin-");
    const server = await startMessagesServer({ steps: [[text("Status summarised.")]] });
    try {
      const run = await runClaude({ cwd: project, prompt: "/codex-collab:codex-status", serverUrl: server.url, args: ["--plugin-dir", REPO], timeoutMs: 45_000 });
      expect(run.exitCode, run.stderr).toBe(0);
      const init = run.events.find((e) => e.type === "system" && e.subtype === "init");
      expect(init.plugins).toContainEqual(expect.objectContaining({ name: "codex-collab", path: REPO }));
      expect(init.slash_commands).toEqual(expect.arrayContaining(["codex-collab:codex-review", "codex-collab:codex-status"]));
      expect(init.agents).toEqual(expect.arrayContaining(["codex-collab:codex-reviewer", "codex-collab:codex-analyst"]));
      const first = userTexts(server.mainRequests()[0]!).join("\n");
      expect(first).toContain("<command-name>/codex-collab:codex-status</command-name>");
      expect(first).toContain(`codex-collab status — ${project}`);
      expect(first).toContain(`run \`${CLI_CALL} doctor\``);
    } finally {
      await server.close();
      rmSync(project, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("arguments and an awkward install path", () => {
  let box: Sandbox | undefined;
  afterAll(() => box?.cleanup());

  it("/codex-analyze hands the user's text, quotes and $ included, to the CLI on stdin, untouched", async () => {
    const analyze = readFileSync(join(REPO, "commands", "codex-analyze.md"), "utf8");
    box = makeSandbox({ packageName: `${AWKWARD_NAME} it's`, projectName: "proj été", commands: { "codex-analyze.md": analyze } });
    // A stand-in CLI that reports how it was called.
    const report = join(box.root, "cli-call.json");
    writeFileSync(
      join(box.packageRoot, "dist", "cli.js"),
      `let input = "";
process.stdin.setEncoding("utf8").on("data", (d) => (input += d)).on("end", () => {
  require("node:fs").writeFileSync(${JSON.stringify(report)}, JSON.stringify({ argv: process.argv.slice(2), input, session: process.env.CLAUDE_CODE_SESSION_ID }));
  console.log("analysis done");
});
`,
    );
    mkdirSync(join(box.project, ".git"));
    await install({ project: box.project, scope: "project", packageRoot: box.packageRoot, home: box.home });

    const words = `it's "quoted" $HOME \`id\` $(id) & ; | done`;
    const expected = `${PROJECT_CLI_CALL} analyze --quiet <<'CODEX_COLLAB_EOF'\n${words}\nCODEX_COLLAB_EOF`;
    const server = await startMessagesServer({
      steps: [[toolUse("Bash", { command: expected, timeout: 600000, description: "Codex analysis" })], [text("Done.")]],
    });
    try {
      const run = await runClaude({ cwd: box.project, home: box.home, prompt: `/codex-analyze ${words}`, serverUrl: server.url, timeoutMs: 45_000 });
      expect(run.exitCode, run.stderr).toBe(0);
      // The expanded body spells out exactly the command the model ran.
      expect(userTexts(server.mainRequests()[0]!).join("\n")).toContain(`\`\`\`bash\n${expected}\n\`\`\``);
      const call = JSON.parse(readFileSync(report, "utf8"));
      expect(call).toEqual({ argv: ["analyze", "--quiet"], input: `${words}\n`, session: sessionIdOf(run) });
      const results = toolResults(server.mainRequests().find((r) => r.step === 1)!);
      expect(results.map((r) => r.text)).toEqual(["analysis done"]);
    } finally {
      await server.close();
    }
  }, 60_000);
});
