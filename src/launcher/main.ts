// The project-relative launcher: a project installed at project scope commits `.claude/codex-collab/launch.cjs`
// (this file, built to dist/launch.cjs) and names only it in the shared settings, commands and .mcp.json, so a
// teammate's clone at any path works. It finds codex-collab on the machine it runs on:
//   1. the package `codex-collab install` recorded on this machine, in the git-ignored .codex-collab.d/install.json;
//   2. the `codex-collab` on PATH (npm install -g …), its package found above the real path of the command.
// `launch.cjs hook <name>` runs a hook bundle in this process (fails open: exit 0, and SessionStart alone tells the
// user once what to install); `launch.cjs mcp` runs the MCP server; anything else is the CLI's argv.
// `launch.cjs --where` prints the lookup as JSON. Depends on nothing but node: it runs before codex-collab is found.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { findPackage, LOCAL_RECORD, type Found } from "./where.js";

const HOOKS = ["session-start", "user-prompt-submit", "post-tool-use", "stop", "wake"];
const INSTALL_HINT = "Install it on this machine (codex-collab README → Install: npm pack in a checkout, then npm install -g ./codex-collab-<version>.tgz), then start a new session.";

function runHook(name: string, found: Found | null): void {
  if (!HOOKS.includes(name)) {
    process.stdout.write(JSON.stringify({ systemMessage: `codex-collab: unknown hook "${name}" in the settings; run codex-collab install again.` }));
    return;
  }
  if (found === null) {
    if (name === "session-start") process.stdout.write(JSON.stringify({ systemMessage: `codex-collab: this project uses codex-collab, which is not installed on this machine, so its hooks are off. ${INSTALL_HINT}` }));
    return;
  }
  // The hook bundles are CommonJS: required here, they run as if node had been started on them.
  require(join(found.packageRoot, "dist", "hooks", `${name}.cjs`));
}

async function main(): Promise<void> {
  // .claude/codex-collab/launch.cjs → the project is two levels up.
  const project = dirname(dirname(__dirname));
  const [first, second] = process.argv.slice(2);
  const found = findPackage(project, process.env);
  if (first === "--where") {
    process.stdout.write(`${JSON.stringify({ project, found }, null, 2)}\n`);
    return;
  }
  if (first === "hook") {
    runHook(second ?? "", found);
    return;
  }
  if (found === null) {
    process.stderr.write(`codex-collab: not installed on this machine (looked in ${LOCAL_RECORD} and on PATH).\n→ ${INSTALL_HINT}\n`);
    process.exitCode = 3;
    return;
  }
  // The CLI and the MCP server read process.argv themselves; drop the "mcp" word for the server.
  if (first === "mcp") process.argv.splice(2, 1);
  const entry = join(found.packageRoot, "dist", first === "mcp" ? "mcp.js" : "cli.js");
  if (process.platform !== "win32" && entry.includes("\\")) return runChild(entry);
  await import(pathToFileURL(entry).href);
}

/** Node's ESM loader cannot address a POSIX path holding a backslash: such a package runs as a child process. */
function runChild(entry: string): Promise<void> {
  const child = spawn(process.execPath, [entry, ...process.argv.slice(2)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      process.exitCode = code ?? (signal === null ? 1 : 128);
      resolve();
    });
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`codex-collab: the launcher failed: ${String((e as Error)?.message ?? e).split("\n")[0]}\n`);
  // A hook never fails Claude; the CLI reports the failure.
  process.exitCode = process.argv[2] === "hook" ? 0 : 1;
});
