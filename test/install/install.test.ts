import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { InstallError, SettingsInvalidError, SettingsShapeError } from "../../src/errors.js";
import { HOOK_EVENTS, isOurHookCommand } from "../../src/install/hooks.js";
import { defaultConfigText, formatReport, install, type InstallOptions, type InstallReport, uninstall } from "../../src/install/install.js";
import { AWKWARD_NAME, backupsIn, hookLog, makeSandbox, type Sandbox, snapshot, withoutBackups, writeShipped } from "../support/install-fixture.js";

let boxes: Sandbox[] = [];
function sandbox(options?: Parameters<typeof makeSandbox>[0]): Sandbox {
  const box = makeSandbox(options);
  boxes.push(box);
  return box;
}
afterEach(() => {
  for (const b of boxes) b.cleanup();
  boxes = [];
});

function opts(box: Sandbox, extra: Partial<InstallOptions> = {}): InstallOptions {
  return { project: box.project, scope: "project", packageRoot: box.packageRoot, home: box.home, ...extra };
}

function read(file: string): string {
  return readFileSync(file, "utf8");
}

function settingsOf(box: Sandbox, name = "settings.json"): any {
  return JSON.parse(read(join(box.project, ".claude", name)));
}

function actionFor(report: InstallReport, suffix: string): string | undefined {
  return report.actions.find((a) => a.path.endsWith(suffix))?.action;
}

/** All hook commands in a settings object, by event. */
function commands(settings: any, event: string): string[] {
  return (settings.hooks?.[event] ?? []).flatMap((g: any) => g.hooks.map((h: any) => h.command));
}

const HOOK_BUNDLE: Record<string, string> = {
  SessionStart: "session-start",
  UserPromptSubmit: "user-prompt-submit",
  PostToolUse: "post-tool-use",
  Stop: "stop",
};

const USER_SETTINGS_4 = `{
    "permissions": {
        "allow": ["Bash(npm test)", "Read(./src/**)"],
        "deny": []
    },
    "hooks": {
        "Stop": [
            {
                "hooks": [{"type": "command", "command": "echo user-stop"}]
            }
        ],
        "PreToolUse": [
            {
                "matcher": "Bash",
                "hooks": [
                    {
                        "type": "command",
                        "command": "/opt/codex-collab/hooks/audit.sh"
                    }
                ]
            }
        ]
    },
    "model": "sonnet",
    "env": {"A": "1"}
}`;

const USER_SETTINGS_TAB = '{\n\t"zeta": true,\n\t"alpha": [1, 2, 3],\n\t"hooks": {}\n}\n';

describe("install into a fresh project", () => {
  it("creates settings with all four hooks, copies commands and agents, gitignore, config and manifest", async () => {
    const box = sandbox();
    const report = await install(opts(box));

    const settings = settingsOf(box);
    expect(Object.keys(settings)).toEqual(["hooks"]);
    expect(Object.keys(settings.hooks)).toEqual([...HOOK_EVENTS]);
    expect(settings.hooks.PostToolUse[0].matcher).toBe("Edit|Write|MultiEdit|NotebookEdit");
    expect(settings.hooks.Stop[0].hooks[0].timeout).toBe(15);
    expect(settings.hooks.UserPromptSubmit[0].hooks[0].timeout).toBe(10);
    expect(settings.hooks.SessionStart[0].hooks[0].timeout).toBe(10);
    expect(settings.hooks.PostToolUse[0].hooks[0].timeout).toBe(10);
    // The wake hook: in the background (asyncRewake), with a timeout that covers a whole review.
    expect(settings.hooks.PostToolUse[0].hooks[1]).toMatchObject({ timeout: 1800, asyncRewake: true, command: expect.stringContaining("launch.cjs\" hook wake") });
    const stop = commands(settings, "Stop")[0]!;
    expect(stop).toBe('env -u NODE_EXTRA_CA_CERTS CODEX_COLLAB_HOOK=1 node "$CLAUDE_PROJECT_DIR/.claude/codex-collab/launch.cjs" hook stop');
    expect(isOurHookCommand(stop)).toBe(true);
    expect(read(join(box.project, ".claude/codex-collab/launch.cjs"))).toBe(read(join(box.packageRoot, "dist/launch.cjs")));
    // This machine's package is recorded only in the git-ignored state directory.
    expect(JSON.parse(read(join(box.project, ".codex-collab.d/install.json")))).toEqual({ packageRoot: box.packageRoot });
    const shared = Object.entries(snapshot(box.project)).filter(([k, v]) => v !== "dir" && !k.startsWith(".codex-collab.d/"));
    for (const [k, v] of shared) expect(Buffer.from(v, "base64").toString("utf8"), k).not.toContain(box.root);

    expect(read(join(box.project, ".claude/commands/cc-review.md"))).toBe(read(join(box.packageRoot, "commands/cc-review.md")));
    expect(read(join(box.project, ".claude/agents/cc-analyst.md"))).toBe(read(join(box.packageRoot, "agents/cc-analyst.md")));
    expect(read(join(box.project, ".gitignore")).split("\n")).toEqual(expect.arrayContaining([".codex-collab", ".codex-collab.*"]));
    expect(read(join(box.project, ".claude/codex-collab.json"))).toBe(defaultConfigText());
    expect(loadConfig(box.project).review.mode).toBe("auto");
    expect(existsSync(join(box.project, ".claude/codex-collab.manifest.json"))).toBe(true);

    expect(report.actions.every((a) => a.action === "created")).toBe(true);
    expect(backupsIn(snapshot(box.project))).toEqual([]);
    expect(formatReport(report)).toMatch(/created\s+\.claude\/settings\.json/);
  });

  it("a second install changes no byte and writes no backup", async () => {
    const box = sandbox();
    writeFileSync(join(box.project, ".gitignore"), "node_modules/\n");
    mkdirSync(join(box.project, ".claude"));
    writeFileSync(join(box.project, ".claude/settings.json"), USER_SETTINGS_4);
    await install(opts(box));
    const before = snapshot(box.project);
    const report = await install(opts(box));
    expect(snapshot(box.project)).toEqual(before);
    expect(report.actions.map((a) => a.action)).toEqual(report.actions.map(() => "unchanged"));
    expect(formatReport(report)).toContain("Nothing to change.");
  });

  it("uninstall after a fresh install leaves the project exactly as it was (empty)", async () => {
    const box = sandbox();
    writeFileSync(join(box.project, "README.md"), "hello\n");
    const before = snapshot(box.project);
    await install(opts(box));
    const report = await uninstall(opts(box));
    expect(snapshot(box.project)).toEqual(before);
    expect(actionFor(report, ".claude/settings.json")).toBe("removed");
    expect(actionFor(report, ".claude")).toBe("removed");
  });
});

describe("merging into the user's settings", () => {
  it("keeps 4-space layout, the user's hooks, permissions and key order; uninstall restores every byte", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude"));
    const file = join(box.project, ".claude/settings.json");
    writeFileSync(file, USER_SETTINGS_4);
    const original = JSON.parse(USER_SETTINGS_4);

    const report = await install(opts(box));
    const text = read(file);
    const after = JSON.parse(text);
    expect(Object.keys(after)).toEqual(["permissions", "hooks", "model", "env"]);
    expect(after.permissions).toEqual(original.permissions);
    expect(after.model).toBe("sonnet");
    expect(after.env).toEqual({ A: "1" });
    expect(after.hooks.PreToolUse).toEqual(original.hooks.PreToolUse);
    expect(after.hooks.Stop[0]).toEqual(original.hooks.Stop[0]);
    expect(after.hooks.Stop).toHaveLength(2);
    expect(commands(after, "Stop")[1]).toContain("/.claude/codex-collab/launch.cjs\" hook stop");
    // The user's own lines are untouched and ours use their 4-space indentation.
    expect(text).toContain('                "hooks": [{"type": "command", "command": "echo user-stop"}]');
    expect(text).toMatch(/\n {24}"command": "env -u NODE_EXTRA_CA_CERTS/);
    expect(text.endsWith("}")).toBe(true);
    // The rewritten file's old bytes are kept, in the git-ignored state directory.
    const backup = report.actions.find((a) => a.path === file)?.backup;
    expect(backup).toMatch(new RegExp(`^${box.project.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/\\.codex-collab\\.d/backups/\\d{8}T\\d{6}Z/\\.claude/settings\\.json$`));
    expect(read(backup!)).toBe(USER_SETTINGS_4);

    await uninstall(opts(box));
    expect(read(file)).toBe(USER_SETTINGS_4);
  });

  it("keeps tab indentation and an empty hooks object the user had", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude"));
    const file = join(box.project, ".claude/settings.json");
    writeFileSync(file, USER_SETTINGS_TAB);
    await install(opts(box));
    const text = read(file);
    expect(text).toMatch(/\n\t\t"SessionStart": \[\n\t\t\t\{\n\t\t\t\t"hooks": \[/);
    expect(text).not.toMatch(/\n {2}/);
    expect(Object.keys(JSON.parse(text))).toEqual(["zeta", "alpha", "hooks"]);
    await uninstall(opts(box));
    expect(read(file)).toBe(USER_SETTINGS_TAB);
  });

  it("adds hooks to a one-line file without a trailing newline and takes them out again", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude"));
    const file = join(box.project, ".claude/settings.json");
    const original = '{"permissions":{"allow":["Bash(ls)"]}}';
    writeFileSync(file, original);
    await install(opts(box));
    expect(JSON.parse(read(file)).permissions).toEqual({ allow: ["Bash(ls)"] });
    expect(read(file).endsWith("\n")).toBe(false);
    await uninstall(opts(box));
    expect(read(file)).toBe(original);
  });

  it("keeps CRLF line ends", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude"));
    const file = join(box.project, ".claude/settings.json");
    const original = '{\r\n  "model": "opus"\r\n}\r\n';
    writeFileSync(file, original);
    await install(opts(box));
    expect(read(file).replace(/\r\n/g, "")).not.toContain("\n");
    await uninstall(opts(box));
    expect(read(file)).toBe(original);
  });

  it("restores an empty settings file and a user's empty event array byte for byte", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude"));
    const settings = join(box.project, ".claude/settings.json");
    writeFileSync(settings, '{\n  "hooks": {\n    "Stop": []\n  }\n}\n');
    const local = join(box.project, ".claude/settings.local.json");
    writeFileSync(local, "\n");
    await install(opts(box));
    await install(opts(box, { scope: "local" }));
    expect(commands(settingsOf(box, "settings.local.json"), "Stop")).toHaveLength(1);
    await uninstall(opts(box, { scope: "local" }));
    await uninstall(opts(box));
    expect(read(settings)).toBe('{\n  "hooks": {\n    "Stop": []\n  }\n}\n');
    expect(read(local)).toBe("\n");
  });

  it("replaces an entry of ours with an outdated path in place instead of adding a second one", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude"));
    const file = join(box.project, ".claude/settings.json");
    const stale = 'env -u NODE_EXTRA_CA_CERTS CODEX_COLLAB_HOOK=1 node "/old/place/codex-collab/dist/hooks/stop.cjs"';
    const userHook = 'node "/home/me/codex-collab/dist/hooks/stop.cjs"'; // looks like ours but has no marker
    writeFileSync(
      file,
      JSON.stringify({ hooks: { Stop: [{ hooks: [{ type: "command", command: stale, timeout: 15 }] }, { hooks: [{ type: "command", command: userHook }] }] } }, null, 2),
    );
    await install(opts(box));
    const stop = commands(settingsOf(box), "Stop");
    expect(stop).toEqual([expect.stringContaining('launch.cjs" hook stop'), userHook]);

    // A handler of ours inside a group the user also uses: ours leaves, theirs stays.
    const mixed = settingsOf(box);
    mixed.hooks.PostToolUse[0].hooks.push({ type: "command", command: "echo mine" });
    mixed.hooks.PostToolUse[0].matcher = "Edit";
    writeFileSync(file, JSON.stringify(mixed, null, 2));
    await install(opts(box));
    const post = settingsOf(box).hooks.PostToolUse;
    expect(post).toHaveLength(2);
    expect(post[0]).toEqual({ matcher: "Edit", hooks: [{ type: "command", command: "echo mine" }] });
    expect(post[1].matcher).toBe("Edit|Write|MultiEdit|NotebookEdit");

    await uninstall(opts(box));
    const left = settingsOf(box);
    expect(commands(left, "Stop")).toEqual([userHook]);
    expect(left.hooks.PostToolUse).toEqual([{ matcher: "Edit", hooks: [{ type: "command", command: "echo mine" }] }]);
  });

  it("follows a symlinked settings file that stays in the project instead of replacing the link", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude"));
    mkdirSync(join(box.project, "config"));
    const real = join(box.project, "config", "claude-settings.json");
    writeFileSync(real, '{\n  "model": "opus"\n}\n');
    const link = join(box.project, ".claude/settings.json");
    symlinkSync(real, link);
    await install(opts(box));
    expect(readlinkSync(link)).toBe(real);
    expect(commands(JSON.parse(read(real)), "Stop")).toHaveLength(1);
    await uninstall(opts(box));
    expect(readlinkSync(link)).toBe(real);
    expect(read(real)).toBe('{\n  "model": "opus"\n}\n');
  });

  it("project scope refuses a settings link (or a linked .claude) leading outside the project and changes nothing", async () => {
    for (const linked of [".claude/settings.json", ".claude"]) {
      const box = sandbox();
      const victim = join(box.root, "victim");
      mkdirSync(victim);
      writeFileSync(join(victim, "settings.json"), '{\n  "model": "opus"\n}\n');
      if (linked === ".claude") symlinkSync(victim, join(box.project, ".claude"));
      else {
        mkdirSync(join(box.project, ".claude"));
        symlinkSync(join(victim, "settings.json"), join(box.project, linked));
      }
      const before = snapshot(victim);
      await expect(install(opts(box))).rejects.toThrow(InstallError);
      await expect(install(opts(box))).rejects.toThrow(/leads outside the project/);
      expect(snapshot(victim)).toEqual(before);
    }
  });
});

describe("refusing invalid settings", () => {
  async function expectRefusal(content: string, error: new (...a: any[]) => Error, where: RegExp): Promise<void> {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude/commands"), { recursive: true });
    writeFileSync(join(box.project, ".claude/commands/mine.md"), "mine\n");
    writeFileSync(join(box.project, ".claude/settings.json"), content);
    writeFileSync(join(box.project, ".gitignore"), "dist/");
    const before = snapshot(box.project);
    const attempt = install(opts(box));
    await expect(attempt).rejects.toBeInstanceOf(error);
    await expect(install(opts(box))).rejects.toThrow(where);
    await expect(uninstall(opts(box))).rejects.toBeInstanceOf(error);
    expect(snapshot(box.project)).toEqual(before);
  }

  it("names file, line and column of a syntax error and changes nothing", async () => {
    await expectRefusal('{\n  "model": "opus",\n  "hooks": {\n    "Stop": [,]\n  }\n}\n', SettingsInvalidError, /settings\.json:4:14: not valid JSON/);
  });

  it("reports a trailing comma at the closing brace", async () => {
    await expectRefusal('{\n\t"a": 1,\n}', SettingsInvalidError, /settings\.json:3:1:/);
  });

  it("refuses a top level that is not an object", async () => {
    await expectRefusal("[1, 2]\n", SettingsShapeError, /settings\.json:1:1: the top level must be a JSON object/);
  });

  it("refuses hooks that are not an object, pointing at the value", async () => {
    await expectRefusal('{\n  "hooks": "none"\n}\n', SettingsShapeError, /settings\.json:2:12: "hooks" must be an object/);
  });

  it("refuses an event that is not an array", async () => {
    await expectRefusal('{"hooks": {"Stop": {}}}', SettingsShapeError, /settings\.json:1:20: "hooks\.Stop" must be an array/);
  });

  it("refuses before writing when a hook bundle is missing", async () => {
    const box = sandbox();
    rmSync(join(box.packageRoot, "dist/hooks/post-tool-use.cjs"));
    await expect(install(opts(box))).rejects.toBeInstanceOf(InstallError);
    expect(snapshot(box.project)).toEqual({});
  });
});

describe("command and agent files", () => {
  it("keeps a file the user changed, updates untouched ones, replaces with --force and a backup", async () => {
    const box = sandbox({ commands: { "cc-review.md": "v1 review\n", "cc-plan.md": "v1 plan\n" } });
    await install(opts(box));
    const review = join(box.project, ".claude/commands/cc-review.md");
    const plan = join(box.project, ".claude/commands/cc-plan.md");
    writeFileSync(review, "my own review\n");
    writeShipped(box.packageRoot, "commands", { "cc-review.md": "v2 review\n", "cc-plan.md": "v2 plan\n" });

    const second = await install(opts(box));
    expect(read(review)).toBe("my own review\n");
    expect(actionFor(second, "cc-review.md")).toBe("skipped-user-modified");
    expect(read(plan)).toBe("v2 plan\n");
    expect(second.actions.find((a) => a.path === plan)).toMatchObject({ action: "updated" });
    expect(second.actions.find((a) => a.path === plan)?.backup).toBeUndefined();
    expect(formatReport(second)).toMatch(/kept\s+\.claude\/commands\/cc-review\.md {2}\(you changed it/);

    const forced = await install(opts(box, { force: true }));
    expect(read(review)).toBe("v2 review\n");
    const backup = forced.actions.find((a) => a.path === review)?.backup;
    expect(read(backup!)).toBe("my own review\n");
  });

  it("never overwrites a file of the user's that happens to have our name", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude/commands"), { recursive: true });
    const mine = join(box.project, ".claude/commands/cc-review.md");
    writeFileSync(mine, "the user's own command\n");
    const report = await install(opts(box));
    expect(read(mine)).toBe("the user's own command\n");
    expect(actionFor(report, "cc-review.md")).toBe("skipped-user-modified");
    await uninstall(opts(box));
    expect(read(mine)).toBe("the user's own command\n");
  });

  it("uninstall keeps a command the user edited and removes the rest", async () => {
    const box = sandbox();
    await install(opts(box));
    const review = join(box.project, ".claude/commands/cc-review.md");
    writeFileSync(review, "edited\n");
    const report = await uninstall(opts(box));
    expect(read(review)).toBe("edited\n");
    expect(actionFor(report, "cc-review.md")).toBe("skipped-user-modified");
    expect(existsSync(join(box.project, ".claude/agents/cc-analyst.md"))).toBe(false);
    expect(existsSync(join(box.project, ".claude/settings.json"))).toBe(false);
  });

  it("removes a file an earlier version shipped and this one does not", async () => {
    const box = sandbox({ commands: { "old.md": "old\n", "cc-review.md": "review\n" } });
    await install(opts(box));
    rmSync(join(box.packageRoot, "commands/old.md"));
    const report = await install(opts(box));
    expect(actionFor(report, "commands/old.md")).toBe("removed");
    expect(existsSync(join(box.project, ".claude/commands/old.md"))).toBe(false);
  });
});

describe("gitignore", () => {
  it("appends only the missing patterns and uninstall cuts exactly them", async () => {
    const box = sandbox();
    const file = join(box.project, ".gitignore");
    writeFileSync(file, "node_modules\n.codex-collab\n*.log");
    await install(opts(box));
    const text = read(file);
    expect(text.startsWith("node_modules\n.codex-collab\n*.log\n")).toBe(true);
    expect(text.split("\n").filter((l) => l === ".codex-collab")).toHaveLength(1);
    expect(text.split("\n")).toContain(".codex-collab.*");
    await uninstall(opts(box));
    expect(read(file)).toBe("node_modules\n.codex-collab\n*.log");
  });

  it("leaves a gitignore that already covers everything alone", async () => {
    const box = sandbox();
    const file = join(box.project, ".gitignore");
    writeFileSync(file, "/.codex-collab*\n");
    const report = await install(opts(box));
    expect(actionFor(report, ".gitignore")).toBe("unchanged");
    await uninstall(opts(box));
    expect(read(file)).toBe("/.codex-collab*\n");
  });
});

describe("config", () => {
  it("keeps the user's config on install and uninstall, and removes our untouched default", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude"));
    const config = join(box.project, ".claude/codex-collab.json");
    writeFileSync(config, '{"review": {"mode": "off"}}');
    await install(opts(box));
    expect(read(config)).toBe('{"review": {"mode": "off"}}');
    await uninstall(opts(box));
    expect(read(config)).toBe('{"review": {"mode": "off"}}');

    const other = sandbox();
    await install(opts(other));
    const edited = join(other.project, ".claude/codex-collab.json");
    writeFileSync(edited, defaultConfigText().replace('"auto"', '"always"'));
    await uninstall(opts(other));
    expect(loadConfig(other.project).review.mode).toBe("always");
  });
});

describe("dry run", () => {
  it("plans everything and writes nothing, for install and uninstall", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude"));
    writeFileSync(join(box.project, ".claude/settings.json"), USER_SETTINGS_4);
    const before = snapshot(box.project);
    const planned = await install(opts(box, { dryRun: true }));
    expect(snapshot(box.project)).toEqual(before);
    expect(planned.dryRun).toBe(true);
    expect(actionFor(planned, ".claude/settings.json")).toBe("updated");
    expect(actionFor(planned, "cc-review.md")).toBe("created");
    expect(formatReport(planned)).toMatch(/dry run, nothing written[\s\S]*would update\s+\.claude\/settings\.json/);

    await install(opts(box));
    const installed = snapshot(box.project);
    const plannedRemoval = await uninstall(opts(box, { dryRun: true }));
    expect(snapshot(box.project)).toEqual(installed);
    expect(actionFor(plannedRemoval, "cc-review.md")).toBe("removed");
  });
});

describe("awkward paths", () => {
  it("installs into a project and from a package whose paths need quoting; the hook commands run through /bin/sh", async () => {
    const box = sandbox({ packageName: AWKWARD_NAME, projectName: "mon projet été 项目" });
    const before = snapshot(box.project);
    await install(opts(box));
    const settings = settingsOf(box);
    for (const event of HOOK_EVENTS) {
      const command = commands(settings, event)[0]!;
      const run = spawnSync("/bin/sh", ["-c", command], {
        input: JSON.stringify({ hook_event_name: event }),
        encoding: "utf8",
        env: { ...process.env, NODE_EXTRA_CA_CERTS: "/nonexistent/ca.pem", CLAUDE_PROJECT_DIR: box.project },
        timeout: 20_000,
      });
      expect(run.status, run.stderr).toBe(0);
      const seen = hookLog(box).at(-1)!;
      expect(seen.bundle).toBe(HOOK_BUNDLE[event]);
      expect(seen.file).toBe(join(box.packageRoot, "dist/hooks", `${seen.bundle}.cjs`));
      expect(seen.extraCaCerts).toBeNull();
      expect(seen.marker).toBe("1");
      expect(JSON.parse(seen.input)).toEqual({ hook_event_name: event });
    }
    await uninstall(opts(box));
    expect(snapshot(box.project)).toEqual(before);
  });
});

describe("scopes", () => {
  it("user scope writes only under HOME/.claude and uninstall restores it", async () => {
    const box = sandbox();
    const userClaude = join(box.home, ".claude");
    mkdirSync(userClaude);
    writeFileSync(join(userClaude, "settings.json"), '{\n  "theme": "dark"\n}\n');
    const project = snapshot(box.project);
    const home = snapshot(box.home);
    const report = await install(opts(box, { scope: "user" }));
    expect(report.settingsFile).toBe(join(userClaude, "settings.json"));
    expect(snapshot(box.project)).toEqual(project);
    expect(commands(JSON.parse(read(join(userClaude, "settings.json"))), "UserPromptSubmit")).toHaveLength(1);
    expect(existsSync(join(userClaude, "commands/cc-review.md"))).toBe(true);
    await uninstall(opts(box, { scope: "user" }));
    expect(withoutBackups(snapshot(box.home))).toEqual(home);
  });

  it("local scope uses settings.local.json; shared files stay until the last scope is uninstalled", async () => {
    const box = sandbox();
    await install(opts(box));
    await install(opts(box, { scope: "local" }));
    expect(commands(settingsOf(box, "settings.local.json"), "Stop")).toHaveLength(1);
    expect(commands(settingsOf(box), "Stop")).toHaveLength(1);

    await uninstall(opts(box, { scope: "local" }));
    expect(existsSync(join(box.project, ".claude/settings.local.json"))).toBe(false);
    expect(existsSync(join(box.project, ".claude/commands/cc-review.md"))).toBe(true);
    expect(commands(settingsOf(box), "Stop")).toHaveLength(1);

    await uninstall(opts(box));
    expect(snapshot(box.project)).toEqual({});
  });

  it("uninstall without a manifest still removes our hooks and unchanged shipped files", async () => {
    const box = sandbox();
    mkdirSync(join(box.project, ".claude"));
    writeFileSync(join(box.project, ".claude/settings.json"), '{\n  "model": "opus"\n}\n');
    await install(opts(box));
    rmSync(join(box.project, ".claude/codex-collab.manifest.json"));
    await uninstall(opts(box));
    expect(read(join(box.project, ".claude/settings.json"))).toBe('{\n  "model": "opus"\n}\n');
    expect(existsSync(join(box.project, ".claude/commands/cc-review.md"))).toBe(false);
    expect(existsSync(join(box.project, ".claude/codex-collab.json"))).toBe(false);
  });
});
