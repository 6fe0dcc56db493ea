// The MCP server entry project installs write into .mcp.json (once the package ships dist/mcp.js): byte-preserving
// next to the user's servers, removed exactly by uninstall, naming only the project's launcher; and the real Claude
// Code on both pinned versions starts it through the launcher and calls its tool.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { install, uninstall } from "../../src/install/install.js";
import { MCP_SERVER_NAME, mcpServerEntry } from "../../src/install/mcp.js";
import { CLAUDE_VERSIONS, runClaude } from "../support/claude.js";
import { makeSandbox, type Sandbox, snapshot } from "../support/install-fixture.js";
import { startMessagesServer, text, toolUse } from "../support/messages-server.js";

let boxes: Sandbox[] = [];
afterEach(() => {
  for (const b of boxes) b.cleanup();
  boxes = [];
});

/** A sandbox package that ships an MCP server (the probe fixture, bundled). */
function sandboxWithMcp(): Sandbox {
  const box = makeSandbox();
  boxes.push(box);
  buildSync({ entryPoints: [join(import.meta.dirname, "..", "fixtures", "mcp", "probe-server.ts")], bundle: true, platform: "node", format: "esm", outfile: join(box.packageRoot, "dist", "mcp.js"), logLevel: "warning" });
  writeFileSync(join(box.packageRoot, "package.json"), JSON.stringify({ name: "codex-collab", version: "0.0.0-test", type: "module" }));
  mkdirSync(join(box.project, ".git"));
  return box;
}

const USER_MCP = '{\n    "mcpServers": {\n        "theirs": { "command": "their-server" }\n    }\n}\n';

describe(".mcp.json", () => {
  it("adds our server beside the user's, keeps their bytes, and uninstall restores the file exactly", async () => {
    const box = sandboxWithMcp();
    writeFileSync(join(box.project, ".mcp.json"), USER_MCP);
    const opts = { project: box.project, scope: "project" as const, packageRoot: box.packageRoot, home: box.home };
    await install(opts);
    const text = readFileSync(join(box.project, ".mcp.json"), "utf8");
    expect(JSON.parse(text).mcpServers).toEqual({ theirs: { command: "their-server" }, [MCP_SERVER_NAME]: mcpServerEntry() });
    expect(text).toContain('        "theirs": { "command": "their-server" }');
    expect(text).not.toContain(box.root);
    // Approved for Claude Code's prompt in the settings the scope writes.
    expect(JSON.parse(readFileSync(join(box.project, ".claude", "settings.json"), "utf8")).enabledMcpjsonServers).toEqual([MCP_SERVER_NAME]);
    expect((await install(opts)).actions.filter((a) => a.action !== "unchanged")).toEqual([]);
    await uninstall(opts);
    expect(readFileSync(join(box.project, ".mcp.json"), "utf8")).toBe(USER_MCP);
  });

  it("adds the approval to a user's own list and uninstall takes only ours out again", async () => {
    const box = sandboxWithMcp();
    mkdirSync(join(box.project, ".claude"));
    const settings = '{\n  "enabledMcpjsonServers": ["theirs"]\n}\n';
    writeFileSync(join(box.project, ".claude", "settings.local.json"), settings);
    const opts = { project: box.project, scope: "local" as const, packageRoot: box.packageRoot, home: box.home };
    await install(opts);
    expect(JSON.parse(readFileSync(join(box.project, ".claude", "settings.local.json"), "utf8")).enabledMcpjsonServers).toEqual(["theirs", MCP_SERVER_NAME]);
    await uninstall(opts);
    expect(readFileSync(join(box.project, ".claude", "settings.local.json"), "utf8")).toBe(settings);
  });

  it("creates the file when there is none and uninstall removes it; a package without dist/mcp.js writes none", async () => {
    const box = sandboxWithMcp();
    const before = snapshot(box.project);
    const opts = { project: box.project, scope: "project" as const, packageRoot: box.packageRoot, home: box.home };
    await install(opts);
    expect(JSON.parse(readFileSync(join(box.project, ".mcp.json"), "utf8"))).toEqual({ mcpServers: { [MCP_SERVER_NAME]: mcpServerEntry() } });
    await uninstall(opts);
    expect(snapshot(box.project)).toEqual(before);

    const plain = makeSandbox();
    boxes.push(plain);
    await install({ project: plain.project, scope: "project", packageRoot: plain.packageRoot, home: plain.home });
    expect(Object.keys(snapshot(plain.project))).not.toContain(".mcp.json");
  });
});

describe.each(CLAUDE_VERSIONS)("Claude Code $name", ({ bin }) => {
  it("starts the project's MCP server through the launcher and calls its tool", async () => {
    const box = sandboxWithMcp();
    await install({ project: box.project, scope: "project", packageRoot: box.packageRoot, home: box.home });
    const server = await startMessagesServer({ steps: [[toolUse(`mcp__${MCP_SERVER_NAME}__ping`, {})], [text("Done.")]] });
    try {
      const run = await runClaude({ bin, cwd: box.project, home: box.home, prompt: "ping", serverUrl: server.url, args: ["--allowedTools", `mcp__${MCP_SERVER_NAME}__ping`], timeoutMs: 60_000 });
      expect(run.exitCode, run.stderr).toBe(0);
      const init = run.events.find((e) => e.type === "system" && e.subtype === "init");
      expect(init.mcp_servers).toContainEqual(expect.objectContaining({ name: MCP_SERVER_NAME, status: "connected" }));
      const results = run.events.filter((e) => e.type === "user").flatMap((e) => e.message.content).filter((c: { type: string }) => c.type === "tool_result");
      expect(JSON.stringify(results)).toContain("pong []");
    } finally {
      await server.close();
    }
  }, 90_000);
});
