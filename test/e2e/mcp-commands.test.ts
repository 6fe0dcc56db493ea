// The shipped slash commands through the real Claude Code CLIs (both pinned versions): the command expands, the
// model calls codex-collab's MCP tool with the user's text as a JSON value, the real MCP server runs the real codex
// against a local Responses server. Hostile text (heredoc terminators, backticks, $(…), quotes, CRLF, a `!` line)
// reaches Codex as data and no shell ever runs it: the marker files it tries to create never appear.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPackageRoot } from "../../src/install/package.js";
import { CLAUDE_VERSIONS, runClaude, type RunClaudeResult } from "../support/claude.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo } from "../support/git.js";
import { startMessagesServer, systemText, text, toolResults, toolUse, userTexts, type LoggedRequest, type Step } from "../support/messages-server.js";
import { startResponsesServer, userTexts as codexUserTexts, type ResponsesServer } from "../support/responses-server.js";

const REPO = findPackageRoot();
/** The shipped plugin directory (what a marketplace install copies). */
const PLUGIN_DIR = join(REPO, "plugin");
const PLUGIN_TOOL = "mcp__plugin_codex-collab_codex-collab__analyze";
const PROJECT_TOOL = "mcp__codex-collab__analyze";

/** Text that would run commands if any shell saw it; each command would create a marker file in the project. */
function hostile(project: string): { text: string; bang: string } {
  const m = (name: string) => join(project, name);
  const bang = `!\`touch ${m("pwned-bang")}\``;
  const text = [
    "add a login page",
    "CODEX_COLLAB_EOF",
    `touch ${m("pwned-plain")}; echo \`touch ${m("pwned-backtick")}\` $(touch ${m("pwned-subst")})`,
    `it's "double" 'single' \\ $HOME done\r`,
    "EOF",
    bang,
  ].join("\n");
  return { text, bang };
}

function between(body: string, open: string, close: string): string | undefined {
  const start = body.indexOf(open);
  const end = body.lastIndexOf(close);
  return start >= 0 && end > start ? body.slice(start + open.length, end) : undefined;
}


interface Route {
  name: string;
  tool: string;
  command: string;
  /** Prepares the project; returns extra CLI arguments. */
  setup: (project: string) => string[];
}

const ROUTES: Route[] = [
  { name: "plugin (--plugin-dir)", tool: PLUGIN_TOOL, command: "/codex-collab:codex-analyze", setup: () => ["--plugin-dir", PLUGIN_DIR] },
  {
    name: "project (.mcp.json)",
    tool: PROJECT_TOOL,
    command: "/codex-analyze",
    // What a project install must write: the commands, the server in .mcp.json, and its approval in the
    // git-ignored local settings (project settings may not approve a project's own servers).
    setup: (project) => {
      mkdirSync(join(project, ".claude", "commands"), { recursive: true });
      for (const f of readdirSync(join(REPO, "commands"))) copyFileSync(join(REPO, "commands", f), join(project, ".claude", "commands", f));
      writeFileSync(join(project, ".mcp.json"), JSON.stringify({ mcpServers: { "codex-collab": { command: "node", args: [join(REPO, "dist", "mcp.js")] } } }));
      writeFileSync(join(project, ".claude", "settings.local.json"), JSON.stringify({ enabledMcpjsonServers: ["codex-collab"] }));
      return [];
    },
  },
];

describe.each(CLAUDE_VERSIONS)("Claude Code $name", (version) => {
  describe.each(ROUTES)("$name: $command <hostile text>", (route) => {
    let codexServer: ResponsesServer;
    let codexHome: CodexHome;
    let project: string;
    let run: RunClaudeResult;
    let words: { text: string; bang: string };
    let steps: Step[];
    let claudeRequests: LoggedRequest[];

    beforeAll(async () => {
      codexServer = await startResponsesServer({ script: () => ({ text: "Analysis: scope is the login page." }) });
      codexHome = await makeCodexHome(codexServer.url);
      project = makeRepo({ "README.md": "# app\n" }, "cc-mcp-cmd-");
      words = hostile(project);
      const args = route.setup(project);
      // The scripted model does what the expanded command says: it copies the text between the tags, as it is,
      // into the tool's JSON arguments, with the session id the command spelled out.
      steps = [[text("placeholder")], [text("Analysis relayed.")]];
      const server = await startMessagesServer({
        steps,
        beforeStep: async (step) => {
          if (step !== 0) return;
          const body = userTexts(server.mainRequests()[0]!).join("\n");
          const requirement = between(body, "<requirement>\n", "\n</requirement>") ?? "";
          const sessionId = /`claude_session_id`: `"([^"]*)"`/.exec(body)?.[1] ?? "";
          steps[0] = [toolUse(route.tool, { requirement, claude_session_id: sessionId })];
        },
      });
      try {
        run = await runClaude({
          cwd: project,
          prompt: `${route.command} ${words.text}`,
          serverUrl: server.url,
          bin: version.bin,
          args,
          extraEnv: { ...codexHome.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN },
          timeoutMs: 110_000,
        });
      } finally {
        claudeRequests = server.mainRequests();
        await server.close();
      }
    }, 120_000);

    afterAll(async () => {
      await codexServer?.close();
      await codexHome?.cleanup();
      if (project) rmSync(project, { recursive: true, force: true });
    });

    it("expands the command with the text as data and names the MCP tool, with no shell line", () => {
      expect(run.exitCode, run.stderr).toBe(0);
      const body = userTexts(claudeRequests[0]!).join("\n");
      expect(body).toContain(route.tool);
      expect(body).not.toContain("```bash");
      expect(body).toMatch(/`claude_session_id`: `"[0-9a-f-]{36}"`/);
    });

    it("reaches Codex through the MCP tool with the text intact (Claude Code itself escapes a `!` pattern)", () => {
      const results = toolResults(claudeRequests.find((r) => r.step === 1)!);
      expect(results).toHaveLength(1);
      expect(results[0]!.is_error ?? false, results[0]!.text).toBe(false);
      expect(results[0]!.text).toContain("Analysis: scope is the login page.");
      const prompt = codexUserTexts(codexServer.responseRequests()[0]!).join("\n");
      const [safe] = words.text.split(`\n${words.bang}`);
      // Every byte of it, the CR included.
      expect(prompt).toContain(safe!);
      // Claude Code turns "!`" in arguments into "\! `" before anything sees it (measured on both versions).
      expect(prompt).not.toContain(words.bang);
      expect(prompt).toContain(words.bang.replace("!`", "\\! `"));
    });

    it("runs nothing the text spells: no marker file exists", () => {
      expect(readdirSync(project).filter((f) => f.startsWith("pwned"))).toEqual([]);
      for (const m of ["pwned-bang", "pwned-plain", "pwned-backtick", "pwned-subst"]) expect(existsSync(join(project, m))).toBe(false);
    });

    it("records the turn as stage 1 of the Claude session's Codex session", () => {
      const result = run.events.find((e) => e.type === "result");
      const state = JSON.parse(readFileSync(join(project, ".codex-collab"), "utf8"));
      expect(state.sessions[result.session_id]).toMatchObject({ stage: 1, turns: 1 });
    });
  });
});

describe.each(CLAUDE_VERSIONS)("Claude Code $name: the codex-analyst agent", (version) => {
  it("calls the analyze tool once the user's settings allow codex-collab's tools (agents have no allowed-tools)", async () => {
    const codexServer = await startResponsesServer({ script: () => ({ text: "ANALYSIS-FROM-CODEX" }) });
    const codexHome = await makeCodexHome(codexServer.url);
    const project = makeRepo({ "README.md": "# app\n" }, "cc-mcp-agent-");
    const home = mkdtempSync(join(tmpdir(), "cc-mcp-agent-home-"));
    mkdirSync(join(home, ".claude"));
    writeFileSync(join(home, ".claude", "settings.json"), JSON.stringify({ permissions: { allow: ["mcp__plugin_codex-collab_codex-collab"] } }));
    const steps: Step[] = [[text("placeholder")], [text("done")]];
    const server = await startMessagesServer({
      steps,
      // The same step number comes once for the main conversation and once for the agent's own.
      beforeStep: async (step) => {
        if (step !== 0) return;
        const inAgent = systemText(server.mainRequests().at(-1)!).includes("You run the analysis and design stages");
        steps[0] = inAgent
          ? [toolUse(PLUGIN_TOOL, { requirement: "add a login page" })]
          : [toolUse("Agent", { subagent_type: "codex-collab:codex-analyst", description: "Analyse the requirement", prompt: "Analyse: add a login page" })];
      },
    });
    try {
      const run = await runClaude({ cwd: project, home, prompt: "analyse it with the analyst", serverUrl: server.url, bin: version.bin, args: ["--plugin-dir", PLUGIN_DIR], extraEnv: { ...codexHome.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN }, timeoutMs: 90_000 });
      expect(run.exitCode, run.stderr).toBe(0);
      expect(codexServer.responseRequests()).toHaveLength(1);
      const results = server.mainRequests().flatMap(toolResults);
      expect(results.some((r) => !r.is_error && r.text.includes("ANALYSIS-FROM-CODEX"))).toBe(true);
    } finally {
      await server.close();
      await codexServer.close();
      await codexHome.cleanup();
      rmSync(project, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});
