// A project install writes the package's absolute path where the plugin files say ${CLAUDE_PLUGIN_ROOT}, quoted
// so the shell still runs the right file from an awkward path; re-install and uninstall stay exact.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { install, type InstallOptions, uninstall } from "../../src/install/install.js";
import { findPackageRoot, PLUGIN_ROOT_PLACEHOLDER, shippedFiles, withPackageRoot } from "../../src/install/package.js";
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

function opts(box: Sandbox): InstallOptions {
  return { project: box.project, scope: "project", packageRoot: box.packageRoot, home: box.home };
}

describe("withPackageRoot", () => {
  it("replaces every placeholder with the path, a ' written as '\\'' and $ sequences kept literal", () => {
    expect(withPackageRoot("a '${CLAUDE_PLUGIN_ROOT}/x' b '${CLAUDE_PLUGIN_ROOT}/y'", "/p q")).toBe("a '/p q/x' b '/p q/y'");
    expect(withPackageRoot("'${CLAUDE_PLUGIN_ROOT}/x'", "/it's/$&/$'")).toBe("'/it'\\''s/$&/$'\\''/x'");
    expect(withPackageRoot("no placeholder", "/p")).toBe("no placeholder");
  });
});

describe("project install of files that name ${CLAUDE_PLUGIN_ROOT}", () => {
  it("writes the absolute path, re-installs as unchanged and uninstalls to the exact previous tree", async () => {
    const box = sandbox({ packageName: "pkg dir ü", commands: { "cc-status.md": COMMAND }, agents: { "cc-agent.md": AGENT } });
    const before = snapshot(box.project);
    await install(opts(box));
    const command = readFileSync(join(box.project, ".claude/commands/cc-status.md"), "utf8");
    const agent = readFileSync(join(box.project, ".claude/agents/cc-agent.md"), "utf8");
    for (const text of [command, agent]) expect(text).not.toContain(PLUGIN_ROOT_PLACEHOLDER);
    expect(command).toContain(`allowed-tools: Bash(node '${box.packageRoot}/dist/cli.js':*)`);
    expect(command).toContain(`!\`node '${box.packageRoot}/dist/cli.js' status || true\``);
    expect(agent).toContain(`Run node '${box.packageRoot}/dist/cli.js' review.`);

    const second = await install(opts(box));
    expect(second.actions.filter((a) => a.action !== "unchanged")).toEqual([]);

    await uninstall(opts(box));
    expect(snapshot(box.project)).toEqual(before);
  });

  it("the installed command line runs the package's CLI from a path the shell would otherwise mangle", async () => {
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

  it("this package's own commands and agents keep no placeholder once installed", () => {
    const root = findPackageRoot();
    const files = shippedFiles(root);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      expect(f.content, f.rel).not.toContain(PLUGIN_ROOT_PLACEHOLDER);
    }
  });
});
