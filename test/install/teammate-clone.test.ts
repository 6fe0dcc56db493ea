// A project installed at project scope, committed, and cloned by a teammate at another path on a machine where the
// installer's checkout does not exist: with codex-collab installed there (npm install -g of the packed tarball) the
// committed hooks and commands work on every supported Claude Code; without it, the session still works and
// SessionStart says what to install. Real parts only: the shipped package, git, npm, claude.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { install } from "../../src/install/install.js";
import { SHIPPED_DIR } from "../../src/plugin/shipped.js";
import { CLAUDE_VERSIONS, runClaude, type RunClaudeResult } from "../support/claude.js";
import { git, makeRepo } from "../support/git.js";
import { startMessagesServer, text, toolResults, toolUse } from "../support/messages-server.js";

const ROOT = join(import.meta.dirname, "..", "..");
const HOOK_EVENTS = ["SessionStart", "UserPromptSubmit", "PostToolUse", "Stop"];

let root: string;
let clone: string;
let teammateBin: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "cc-teammate-"));
  // The installer's machine: a checkout of the package, a project installed from it, committed.
  const checkout = join(root, "installer-checkout");
  cpSync(join(ROOT, SHIPPED_DIR), checkout, { recursive: true });
  const project = makeRepo({ "README.md": "# app\n" }, "cc-teammate-project-");
  return install({ project, scope: "project", packageRoot: checkout, home: join(root, "installer-home") }).then(() => {
    writeFileSync(join(project, ".claude", "codex-collab.json"), JSON.stringify({ review: { mode: "off" } }, null, 2));
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "codex-collab");
    // The teammate clones elsewhere; the installer's checkout and project are gone.
    clone = join(root, "teammate", "their copy");
    mkdirSync(join(root, "teammate"));
    git(root, "clone", "-q", project, clone);
    rmSync(checkout, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
    // codex-collab on the teammate's machine: the packed tarball, installed globally into a prefix.
    const env = { ...process.env, npm_config_cache: join(root, "npm-cache"), npm_config_update_notifier: "false" };
    const pack = spawnSync("npm", ["pack", "--json", "--pack-destination", root], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(root, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]!.filename);
    const prefix = join(root, "teammate-prefix");
    const inst = spawnSync("npm", ["install", "-g", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, tarball], { env, encoding: "utf8", timeout: 60_000 });
    expect(inst.status, inst.stderr).toBe(0);
    teammateBin = join(prefix, "bin");
  });
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

async function session(bin: string, path: string): Promise<{ run: RunClaudeResult; statusResult: string }> {
  const note = join(clone, "note.txt");
  rmSync(note, { force: true });
  // /codex-status makes Claude call the project's MCP server (started through the committed launcher).
  const server = await startMessagesServer({
    steps: [[toolUse("mcp__codex-collab__status", {})], [toolUse("Write", { file_path: note, content: "hi\n" })], [text("Done.")]],
  });
  try {
    const run = await runClaude({ bin, cwd: clone, prompt: "/codex-status", serverUrl: server.url, args: ["--include-hook-events"], extraEnv: { PATH: path }, timeoutMs: 60_000 });
    return { run, statusResult: toolResults(server.mainRequests()[1]!).map((r) => r.text).join("\n") };
  } finally {
    await server.close();
  }
}

function hookResponses(run: RunClaudeResult): any[] {
  return run.events.filter((e) => e.type === "system" && e.subtype === "hook_response" && HOOK_EVENTS.includes(e.hook_event));
}

describe.each(CLAUDE_VERSIONS)("a teammate's clone on Claude Code $name", ({ bin }) => {
  it("the committed files name no installer path; with codex-collab on PATH every hook and /codex-status work", async () => {
    for (const rel of [".claude/settings.json", ".claude/commands/codex-status.md", ".claude/codex-collab/launch.cjs"]) {
      expect(readFileSync(join(clone, rel), "utf8"), rel).not.toContain(root);
    }
    expect(existsSync(join(clone, ".codex-collab.d", "install.json"))).toBe(false);
    const { run, statusResult } = await session(bin, `${teammateBin}:${process.env.PATH}`);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readFileSync(join(clone, "note.txt"), "utf8")).toBe("hi\n");
    const hooks = hookResponses(run);
    expect([...new Set(hooks.map((h) => h.hook_event))]).toEqual(HOOK_EVENTS);
    for (const h of hooks) expect(h, JSON.stringify(h)).toMatchObject({ exit_code: 0, outcome: "success" });
    expect(hooks.find((h) => h.hook_event === "SessionStart").stdout).not.toContain("not installed");
    // The MCP status tool answered from the teammate's codex-collab, reached through the committed launcher.
    expect(statusResult).toContain(clone);
    // Whatever the hooks and the CLI wrote stays out of git.
    expect(git(clone, "status", "--porcelain", "--untracked-files=all").split("\n").filter((l) => l !== "")).toEqual(["?? note.txt"]);
  }, 90_000);

  it("without codex-collab on the machine the session still works and SessionStart says what to install", async () => {
    const { run } = await session(bin, process.env.PATH ?? "/usr/bin:/bin");
    expect(run.exitCode, run.stderr).toBe(0);
    const start = hookResponses(run).find((h) => h.hook_event === "SessionStart");
    expect(start).toMatchObject({ exit_code: 0 });
    expect(JSON.parse(start.stdout).systemMessage).toContain("not installed on this machine");
  }, 90_000);
});
