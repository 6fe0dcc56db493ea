// The MCP server entry project installs write into .mcp.json (once the package ships dist/mcp.js): byte-preserving
// next to the user's servers, removed exactly by uninstall, naming only the project's launcher; and the real Claude
// Code on both pinned versions starts it through the launcher and calls its tool.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { install, uninstall } from "../../src/install/install.js";
import { MCP_SERVER_NAME, mcpServerEntry } from "../../src/install/mcp.js";
import { userMcpServerEntry } from "../../src/install/user-mcp.js";
import { CLAUDE_BIN, CLAUDE_VERSIONS, runClaude } from "../support/claude.js";
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

// Claude Code's own user config: its keys, another server, 4-space indent — every byte must survive.
const CLAUDE_JSON = '{\n    "numStartups": 3,\n    "mcpServers": {\n        "theirs": { "type": "stdio", "command": "their-server", "args": [], "env": {} }\n    },\n    "projects": {}\n}\n';

/** The real CLI's `claude mcp …` with HOME (and CLAUDE_CONFIG_DIR only when given), no network. */
function claudeMcp(bin: string, box: Sandbox, args: string[], configDir?: string) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: box.home, CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1", DISABLE_TELEMETRY: "1", DISABLE_AUTOUPDATER: "1", ...(configDir ? { CLAUDE_CONFIG_DIR: configDir } : {}) };
  const r = spawnSync(bin, ["mcp", ...args], { cwd: box.project, env, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("user scope: Claude Code's user config", () => {
  it("adds our server to ~/.claude.json beside Claude Code's keys and the user's servers; uninstall restores the bytes", async () => {
    const box = sandboxWithMcp();
    writeFileSync(join(box.home, ".claude.json"), CLAUDE_JSON);
    const opts = { project: box.project, scope: "user" as const, packageRoot: box.packageRoot, home: box.home };
    const project = snapshot(box.project);
    const report = await install(opts);
    expect(report.actions).toContainEqual(expect.objectContaining({ path: join(box.home, ".claude.json"), kind: "mcp", action: "updated" }));
    const text = readFileSync(join(box.home, ".claude.json"), "utf8");
    expect(JSON.parse(text).mcpServers).toEqual({ theirs: { type: "stdio", command: "their-server", args: [], env: {} }, [MCP_SERVER_NAME]: userMcpServerEntry(box.packageRoot) });
    expect(text.startsWith('{\n    "numStartups": 3,\n    "mcpServers": {\n        "theirs": { "type": "stdio", "command": "their-server", "args": [], "env": {} },')).toBe(true);
    expect(text.endsWith('    },\n    "projects": {}\n}\n')).toBe(true);
    expect(snapshot(box.project)).toEqual(project);
    expect((await install(opts)).actions.filter((a) => a.action !== "unchanged")).toEqual([]);
    await uninstall(opts);
    expect(readFileSync(join(box.home, ".claude.json"), "utf8")).toBe(CLAUDE_JSON);
  });

  it("creates the file when there is none and uninstall removes it; a server of that name the user changed is kept", async () => {
    const box = sandboxWithMcp();
    const opts = { project: box.project, scope: "user" as const, packageRoot: box.packageRoot, home: box.home };
    await install(opts);
    expect(JSON.parse(readFileSync(join(box.home, ".claude.json"), "utf8"))).toEqual({ mcpServers: { [MCP_SERVER_NAME]: userMcpServerEntry(box.packageRoot) } });
    await uninstall(opts);
    expect(existsSync(join(box.home, ".claude.json"))).toBe(false);

    await install(opts);
    const changed = JSON.stringify({ mcpServers: { [MCP_SERVER_NAME]: { type: "stdio", command: "node", args: ["/my/own/fork/dist/mcp.js"], env: {} } } }, null, 2);
    writeFileSync(join(box.home, ".claude.json"), changed);
    const report = await uninstall(opts);
    expect(report.actions).toContainEqual(expect.objectContaining({ kind: "mcp", action: "skipped-user-modified" }));
    expect(readFileSync(join(box.home, ".claude.json"), "utf8")).toBe(changed);
  });

  it("an invalid user config is refused with file, line and column, and nothing is written", async () => {
    const box = sandboxWithMcp();
    writeFileSync(join(box.home, ".claude.json"), '{\n  "numStartups": 3,\n  oops\n}\n');
    const before = snapshot(box.home);
    await expect(install({ project: box.project, scope: "user", packageRoot: box.packageRoot, home: box.home })).rejects.toThrow(/\.claude\.json:3:3: not valid JSON/);
    expect(snapshot(box.home)).toEqual(before);
  });

  it("project and local scopes leave the user config alone", async () => {
    const box = sandboxWithMcp();
    writeFileSync(join(box.home, ".claude.json"), CLAUDE_JSON);
    await install({ project: box.project, scope: "project", packageRoot: box.packageRoot, home: box.home });
    expect(readFileSync(join(box.home, ".claude.json"), "utf8")).toBe(CLAUDE_JSON);
  });

  it("the real CLI reads our entry as a user-scope server, connects to it, and its own entry is one our uninstall recognises", async () => {
    const box = sandboxWithMcp();
    const opts = { project: box.project, scope: "user" as const, packageRoot: box.packageRoot, home: box.home };
    writeFileSync(join(box.home, ".claude.json"), CLAUDE_JSON);
    await install(opts);
    const got = claudeMcp(CLAUDE_BIN, box, ["get", MCP_SERVER_NAME]);
    expect(got.code, got.out).toBe(0);
    expect(got.out).toMatch(/Scope: User config/);
    expect(got.out).toMatch(/Connected/);
    expect(got.out).toContain(join(box.packageRoot, "dist", "mcp.js"));
    // The CLI rewrites the file in its own layout (and adds its keys): the values are what must survive.
    await uninstall(opts);
    const after = JSON.parse(readFileSync(join(box.home, ".claude.json"), "utf8"));
    expect(after.mcpServers).toEqual(JSON.parse(CLAUDE_JSON).mcpServers);
    expect(after.numStartups).toBe(3);

    // What `claude mcp add --scope user` writes is exactly our entry: without a manifest, uninstall removes it.
    const added = claudeMcp(CLAUDE_BIN, box, ["add", "--scope", "user", MCP_SERVER_NAME, "--", "node", join(box.packageRoot, "dist", "mcp.js")]);
    expect(added.code, added.out).toBe(0);
    expect(JSON.parse(readFileSync(join(box.home, ".claude.json"), "utf8")).mcpServers[MCP_SERVER_NAME]).toEqual(userMcpServerEntry(box.packageRoot));
    await uninstall(opts);
    expect(JSON.parse(readFileSync(join(box.home, ".claude.json"), "utf8")).mcpServers).not.toHaveProperty(MCP_SERVER_NAME);
  }, 90_000);
});

describe.each(CLAUDE_VERSIONS)("Claude Code $name, user scope", ({ bin }) => {
  it("with CLAUDE_CONFIG_DIR set, registers the server in $CLAUDE_CONFIG_DIR/.claude.json and Claude Code calls its tool", async () => {
    const box = sandboxWithMcp();
    const configDir = join(box.home, ".claude");
    mkdirSync(configDir, { recursive: true });
    const saved = process.env.CLAUDE_CONFIG_DIR;
    process.env.CLAUDE_CONFIG_DIR = configDir;
    try {
      await install({ project: box.project, scope: "user", packageRoot: box.packageRoot });
    } finally {
      if (saved === undefined) delete process.env.CLAUDE_CONFIG_DIR;
      else process.env.CLAUDE_CONFIG_DIR = saved;
    }
    expect(existsSync(join(configDir, ".claude.json"))).toBe(true);
    expect(existsSync(join(box.home, ".claude.json"))).toBe(false);
    const server = await startMessagesServer({ steps: [[toolUse(`mcp__${MCP_SERVER_NAME}__ping`, {})], [text("Done.")]] });
    try {
      const run = await runClaude({ bin, cwd: box.project, home: box.home, prompt: "ping", serverUrl: server.url, args: ["--allowedTools", `mcp__${MCP_SERVER_NAME}__ping`], timeoutMs: 60_000 });
      expect(run.exitCode, run.stderr).toBe(0);
      const init = run.events.find((e) => e.type === "system" && e.subtype === "init");
      expect(init.mcp_servers).toContainEqual(expect.objectContaining({ name: MCP_SERVER_NAME, status: "connected" }));
      const results = run.events.filter((e) => e.type === "user").flatMap((e) => e.message.content).filter((c: { type: string }) => c.type === "tool_result");
      expect(JSON.stringify(results)).toContain("pong []");
      // A user-scope server, too, starts in the session's project (the tools' default cd).
      expect(JSON.stringify(results)).toContain(`cwd=${realpathSync(box.project)} project=${box.project}`);
    } finally {
      await server.close();
    }
  }, 90_000);
});
