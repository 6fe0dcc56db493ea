// This repository as a user gets it from a git host: its files (tracked and new, not ignored) committed to a bare
// repository served over smart HTTP on 127.0.0.1; and the real Claude Code adding it as a marketplace and
// installing the plugin, timed.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { startGitHttpServer, type GitHttpServer } from "./git-http.js";

const ROOT = join(import.meta.dirname, "..", "..");
const execFileAsync = promisify(execFile);

function gitIn(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "init.defaultBranch=main", ...args], { cwd, stdio: "ignore" });
}

export interface ServedRepository {
  /** Clone URL of the repository. */
  url: string;
  server: GitHttpServer;
}

/** Commits this working tree's files (what a push would publish) into `<dir>/served/codex-collab.git` and serves it. */
export async function serveThisRepository(dir: string): Promise<ServedRepository> {
  const checkout = join(dir, "checkout");
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" }).split("\0");
  for (const rel of files) {
    if (rel === "") continue;
    mkdirSync(dirname(join(checkout, rel)), { recursive: true });
    try {
      cpSync(join(ROOT, rel), join(checkout, rel));
    } catch (e) {
      // Deleted in the working tree but still in the index.
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
  gitIn(checkout, "init", "-q");
  gitIn(checkout, "add", "-A");
  gitIn(checkout, "commit", "-qm", "codex-collab");
  const served = join(dir, "served");
  mkdirSync(served, { recursive: true });
  gitIn(dir, "clone", "-q", "--bare", checkout, join(served, "codex-collab.git"));
  const server = await startGitHttpServer(served);
  return { url: `${server.url}/codex-collab.git`, server };
}

export interface PluginInstall {
  pluginRoot: string;
  /** Wall time of `claude plugin marketplace add` + `claude plugin install`. */
  ms: number;
}

/** Runs `claude plugin marketplace add <url>` then `claude plugin install codex-collab@codex-collab` (user scope). */
export async function installPluginFromGit(bin: string, url: string, home: string, cwd: string): Promise<PluginInstall> {
  const configDir = join(home, ".claude");
  mkdirSync(configDir, { recursive: true });
  const env = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    CLAUDE_CONFIG_DIR: configDir,
    DISABLE_TELEMETRY: "1",
    DISABLE_AUTOUPDATER: "1",
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
  };
  // Asynchronous: the git server runs in this process and must keep answering while claude clones.
  const claude = (...args: string[]) => execFileAsync(bin, args, { env, cwd, encoding: "utf8", timeout: 60_000 });
  const started = Date.now();
  await claude("plugin", "marketplace", "add", url);
  await claude("plugin", "install", "codex-collab@codex-collab");
  const ms = Date.now() - started;
  const record = JSON.parse(readFileSync(join(configDir, "plugins", "installed_plugins.json"), "utf8")) as { plugins: Record<string, Array<{ installPath: string }>> };
  return { pluginRoot: record.plugins["codex-collab@codex-collab"]![0]!.installPath, ms };
}
