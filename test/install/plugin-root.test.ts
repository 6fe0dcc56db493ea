// Where the plugin files say ${CLAUDE_PLUGIN_ROOT}/dist/cli.js, a project (or local) install writes the project's own
// launcher, so the files a team commits name no path of the installing machine; a user install writes the package's
// absolute path, quoted so the shell still runs the right file from an awkward path. Re-install and uninstall stay exact.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { install, type InstallOptions, uninstall } from "../../src/install/install.js";
import { LAUNCHER_REL } from "../../src/install/hooks.js";
import { findPackageRoot, PLUGIN_ROOT_PLACEHOLDER, shippedFiles, withLauncher, withPackageRoot } from "../../src/install/package.js";
import { AWKWARD_NAME, makeSandbox, type Sandbox, snapshot } from "../support/install-fixture.js";

const COMMAND = `---
description: Status
allowed-tools: Bash(node '\${CLAUDE_PLUGIN_ROOT}/dist/cli.js':*)
---
!\`node '\${CLAUDE_PLUGIN_ROOT}/dist/cli.js' status || true\`
`;
const AGENT = `---
name: cc-agent
tools: Bash, Read
---
Run node '\${CLAUDE_PLUGIN_ROOT}/dist/cli.js' review.
`;

let boxes: Sandbox[] = [];
function sandbox(options: Parameters<typeof makeSandbox>[0]): Sandbox {
  const box = makeSandbox(options);
  boxes.push(box);
  return box;
}
afterEach(() => {
  for (const b of boxes) b.cleanup();
  boxes = [];
});

function opts(box: Sandbox, scope: InstallOptions["scope"] = "project"): InstallOptions {
  return { project: box.project, scope, packageRoot: box.packageRoot, home: box.home };
}

describe("withPackageRoot", () => {
  it("replaces every placeholder with the path, a ' written as '\\'' and $ sequences kept literal", () => {
    expect(withPackageRoot("a '${CLAUDE_PLUGIN_ROOT}/x' b '${CLAUDE_PLUGIN_ROOT}/y'", "/p q")).toBe("a '/p q/x' b '/p q/y'");
    expect(withPackageRoot("'${CLAUDE_PLUGIN_ROOT}/x'", "/it's/$&/$'")).toBe("'/it'\\''s/$&/$'\\''/x'");
    expect(withPackageRoot("no placeholder", "/p")).toBe("no placeholder");
  });
});

describe("project install of files that name ${CLAUDE_PLUGIN_ROOT}", () => {
  it("writes the project's launcher, re-installs as unchanged and uninstalls to the exact previous tree", async () => {
    const box = sandbox({ packageName: "pkg dir ü", commands: { "cc-status.md": COMMAND }, agents: { "cc-agent.md": AGENT } });
    const before = snapshot(box.project);
    await install(opts(box));
    const command = readFileSync(join(box.project, ".claude/commands/cc-status.md"), "utf8");
    const agent = readFileSync(join(box.project, ".claude/agents/cc-agent.md"), "utf8");
    for (const text of [command, agent]) {
      expect(text).not.toContain(PLUGIN_ROOT_PLACEHOLDER);
      expect(text).not.toContain(box.root);
    }
    expect(command).toContain(`allowed-tools: Bash(node '${LAUNCHER_REL}':*)`);
    expect(command).toContain(`!\`node '${LAUNCHER_REL}' status || true\``);
    expect(agent).toContain(`Run node '${LAUNCHER_REL}' review.`);

    const second = await install(opts(box));
    expect(second.actions.filter((a) => a.action !== "unchanged")).toEqual([]);

    await uninstall(opts(box));
    expect(snapshot(box.project)).toEqual(before);
  });

  it("the installed command line runs the recorded package's CLI through the launcher, from the project directory", async () => {
    const box = sandbox({ packageName: `${AWKWARD_NAME} it's $& $'`, commands: { "cc-status.md": COMMAND } });
    writeFileSync(join(box.packageRoot, "dist", "cli.js"), "process.stdout.write(JSON.stringify([__filename, ...process.argv.slice(2)]));\n");
    await install(opts(box));
    const text = readFileSync(join(box.project, ".claude/commands/cc-status.md"), "utf8");
    const line = /^!`(.*)`$/m.exec(text)?.[1];
    expect(line).toBeDefined();
    const run = spawnSync("sh", ["-c", line!], { cwd: box.project, encoding: "utf8", timeout: 10_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([join(box.packageRoot, "dist", "cli.js"), "status"]);
  });

  it("user scope writes the package's absolute path, quoted for a path the shell would otherwise mangle", async () => {
    const box = sandbox({ packageName: `${AWKWARD_NAME} it's $& $'`, commands: { "cc-status.md": COMMAND } });
    writeFileSync(join(box.packageRoot, "dist", "cli.js"), "process.stdout.write(JSON.stringify([__filename, ...process.argv.slice(2)]));\n");
    await install(opts(box, "user"));
    const text = readFileSync(join(box.home, ".claude/commands/cc-status.md"), "utf8");
    expect(text).toContain(`allowed-tools: Bash(node '${box.packageRoot.replaceAll("'", "'\\''")}/dist/cli.js':*)`);
    const line = /^!`(.*)`$/m.exec(text)?.[1];
    const run = spawnSync("sh", ["-c", line!], { cwd: box.project, encoding: "utf8", timeout: 10_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([join(box.packageRoot, "dist", "cli.js"), "status"]);
  });

  it("this package's own commands and agents keep no placeholder once installed", () => {
    const root = findPackageRoot();
    const files = shippedFiles(root);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      expect(f.content, f.rel).not.toContain(PLUGIN_ROOT_PLACEHOLDER);
    }
    for (const f of shippedFiles(root, LAUNCHER_REL)) {
      expect(f.content, f.rel).not.toContain(PLUGIN_ROOT_PLACEHOLDER);
      expect(f.content, f.rel).not.toContain(root);
    }
    expect(withLauncher("x '${CLAUDE_PLUGIN_ROOT}/dist/cli.js' y", LAUNCHER_REL)).toBe(`x '${LAUNCHER_REL}' y`);
    // The commands name both MCP tool names (plugin and project server), so a project install copies them as they are.
    expect(withLauncher("allowed-tools: mcp__plugin_codex-collab_codex-collab__analyze, mcp__codex-collab__analyze", LAUNCHER_REL)).toBe(
      "allowed-tools: mcp__plugin_codex-collab_codex-collab__analyze, mcp__codex-collab__analyze",
    );
  });
});
