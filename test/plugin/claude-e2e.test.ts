// The plugin route end to end with the real pinned Claude Code: add this repository as a marketplace by git URL
// (a clone, so no dist/), install the plugin, and run a session. The launcher links the plugin's dist/ to the
// codex-collab on PATH, every hook runs from there, and a slash command's ${CLAUDE_PLUGIN_ROOT}/dist/cli.js works.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLAUDE_BIN, runClaude } from "../support/claude.js";
import { startGitHttpServer, type GitHttpServer } from "../support/git-http.js";
import { hookLog, makeSandbox, type Sandbox } from "../support/install-fixture.js";
import { startMessagesServer, text, toolUse, userTexts, type MessagesServer } from "../support/messages-server.js";

const ROOT = join(import.meta.dirname, "..", "..");
const execFileAsync = promisify(execFile);
/** What a clone of the repository holds for the plugin (dist/ is not committed). */
const PLUGIN_PATHS = [".claude-plugin", "hooks/hooks.json", "hooks/launch.cjs", "commands", "agents", "package.json"];

let box: Sandbox | undefined;
let git: GitHttpServer | undefined;
let messages: MessagesServer | undefined;
afterEach(async () => {
  await messages?.close();
  await git?.close();
  box?.cleanup();
  box = undefined;
  git = undefined;
  messages = undefined;
});

function gitIn(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "init.defaultBranch=main", ...args], { cwd, stdio: "ignore" });
}

interface Installed {
  pluginRoot: string;
  project: string;
  home: string;
  env: { PATH: string } & Record<string, string>;
}

/**
 * Serves a clone of this repository's plugin files over git HTTP and has the real claude add it as a
 * marketplace and install the plugin. `binDir` is first on PATH (where a test puts codex-collab or not).
 */
async function installFromGit(sandbox: Sandbox, binDir: string): Promise<Installed> {
  const { root, home, project } = sandbox;
  const checkout = join(root, "checkout");
  for (const rel of PLUGIN_PATHS) cpSync(join(ROOT, rel), join(checkout, rel), { recursive: true });
  gitIn(checkout, "init", "-q");
  gitIn(checkout, "add", ".");
  gitIn(checkout, "commit", "-qm", "plugin");
  const served = join(root, "served");
  mkdirSync(served);
  gitIn(root, "clone", "-q", "--bare", checkout, join(served, "codex-collab.git"));
  git = await startGitHttpServer(served);

  const configDir = join(home, ".claude");
  mkdirSync(configDir, { recursive: true });
  const env = {
    PATH: `${binDir}:${process.env.PATH ?? "/usr/bin:/bin"}`,
    HOME: home,
    CLAUDE_CONFIG_DIR: configDir,
    DISABLE_TELEMETRY: "1",
    DISABLE_AUTOUPDATER: "1",
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
  };
  // Asynchronous: the git server runs in this process and must keep answering while claude clones.
  const claude = (...args: string[]) => execFileAsync(CLAUDE_BIN, args, { env, cwd: project, encoding: "utf8", timeout: 60_000 });
  await claude("plugin", "marketplace", "add", `${git.url}/codex-collab.git`);
  await claude("plugin", "install", "codex-collab@codex-collab");

  const record = JSON.parse(readFileSync(join(configDir, "plugins", "installed_plugins.json"), "utf8")) as { plugins: Record<string, Array<{ installPath: string }>> };
  const pluginRoot = record.plugins["codex-collab@codex-collab"]![0]!.installPath;
  expect(existsSync(join(pluginRoot, "hooks", "launch.cjs"))).toBe(true);
  expect(existsSync(join(pluginRoot, "dist"))).toBe(false);
  return { pluginRoot, project, home, env };
}

describe("plugin installed from a git marketplace", () => {
  it("links dist/ on SessionStart, runs every hook through the launcher, and the commands reach dist/cli.js", async () => {
    box = makeSandbox();
    const { root, packageRoot } = box;
    // The built codex-collab that `npm install -g codex-collab` would have put on PATH; its CLI echoes its verb.
    writeFileSync(join(packageRoot, "dist", "cli.js"), '#!/usr/bin/env node\nconsole.log("FAKE-CLI " + process.argv.slice(2).join(" "));\n');
    chmodSync(join(packageRoot, "dist", "cli.js"), 0o755);
    const bin = join(root, "bin");
    mkdirSync(bin);
    symlinkSync(join(packageRoot, "dist", "cli.js"), join(bin, "codex-collab"));
    const { pluginRoot, project, home, env } = await installFromGit(box, bin);

    const target = join(project, "note.txt");
    messages = await startMessagesServer({ steps: [[toolUse("Write", { file_path: target, content: "hi\n" })], [text("Done.")]] });
    const run = await runClaude({
      cwd: project,
      home,
      prompt: "/codex-collab:codex-status",
      serverUrl: messages.url,
      extraEnv: { PATH: env.PATH, NODE_EXTRA_CA_CERTS: "/nonexistent/ca.pem" },
      timeoutMs: 45_000,
    });
    expect(run.timedOut).toBe(false);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readFileSync(target, "utf8")).toBe("hi\n");

    expect(lstatSync(join(pluginRoot, "dist")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(pluginRoot, "dist"))).toBe(join(packageRoot, "dist"));
    const log = hookLog(box);
    // The wake hook runs beside post-tool-use (in the foreground in -p with a text prompt): order between them is free.
    expect(log.map((e) => e.bundle).filter((b) => b !== "wake")).toEqual(["session-start", "user-prompt-submit", "post-tool-use", "stop"]);
    expect(log.filter((e) => e.bundle === "wake")).toHaveLength(1);
    for (const entry of log) {
      expect(entry.file).toBe(realpathSync(join(packageRoot, "dist", "hooks", `${entry.bundle}.cjs`)));
      expect(entry.marker).toBe("1");
      expect(entry.extraCaCerts).toBeNull();
    }
    expect(JSON.parse(log.find((e) => e.bundle === "post-tool-use")!.input)).toMatchObject({ hook_event_name: "PostToolUse", tool_name: "Write" });
    // The command's `!` line ran ${CLAUDE_PLUGIN_ROOT}/dist/cli.js status through the link.
    expect(userTexts(messages.mainRequests()[0]!).join("\n")).toContain("FAKE-CLI status");
  });

  it("without any built codex-collab the session still works and SessionStart tells the user what to install", async () => {
    box = makeSandbox();
    const bin = join(box.root, "bin");
    mkdirSync(bin);
    const { pluginRoot, project, home, env } = await installFromGit(box, bin);
    messages = await startMessagesServer({ steps: [[text("Hello.")]] });
    const run = await runClaude({ cwd: project, home, prompt: "hi", serverUrl: messages.url, extraEnv: { PATH: env.PATH }, timeoutMs: 45_000 });
    expect(run.exitCode, run.stderr).toBe(0);
    const start = run.events.find((e) => e.type === "system" && e.subtype === "hook_response" && e.hook_event === "SessionStart");
    expect(start).toMatchObject({ exit_code: 0 });
    expect((JSON.parse(start.stdout) as { systemMessage: string }).systemMessage).toContain("npm install -g codex-collab");
    expect(existsSync(join(pluginRoot, "dist"))).toBe(false);
    expect(hookLog(box)).toEqual([]);
  });
});
