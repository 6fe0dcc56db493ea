// What install leaves in a real git repository: project scope writes only files that work on a teammate's clone
// (no path of this machine), machine-specific parts and backups stay where git never sees them, local scope keeps
// its ignore rules in .git/info/exclude, uninstall lists the state it leaves and --purge removes it, and a route
// without a .gitignore edit (the plugin) still keeps the state out of git.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureStateExcluded, stateIgnored } from "../../src/install/gitignore.js";
import { formatReport, install, type InstallOptions, uninstall } from "../../src/install/install.js";
import { git, makeRepo } from "../support/git.js";
import { makeSandbox, type Sandbox } from "../support/install-fixture.js";

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function setup(): { box: Sandbox; repo: string; opts: (extra?: Partial<InstallOptions>) => InstallOptions } {
  const box = makeSandbox();
  const repo = makeRepo({ "README.md": "# app\n", ".claude/settings.json": '{\n  "model": "opus"\n}\n' }, "cc-shared-");
  cleanups.push(box.cleanup, () => rmSync(repo, { recursive: true, force: true }));
  return { box, repo, opts: (extra = {}) => ({ project: repo, scope: "project", packageRoot: box.packageRoot, home: box.home, ...extra }) };
}

/** `git status --porcelain` paths (untracked directories expanded). */
function status(repo: string): string[] {
  return git(repo, "status", "--porcelain", "--untracked-files=all").split("\n").filter((l) => l !== "").map((l) => l.slice(3));
}

describe("project scope in a real repository", () => {
  it("shows git only shared, machine-free files; the record and backups stay ignored", async () => {
    const { box, repo, opts } = setup();
    await install(opts());
    // A second install over a user-changed command with --force makes backups.
    writeFileSync(join(repo, ".claude/commands/cc-review.md"), "mine\n");
    const forced = await install(opts({ force: true }));
    expect(forced.actions.filter((a) => a.backup !== undefined).length).toBeGreaterThan(0);

    const changed = status(repo).sort();
    expect(changed).toEqual([".claude/agents/cc-analyst.md", ".claude/codex-collab.json", ".claude/codex-collab.manifest.json", ".claude/codex-collab/launch.cjs", ".claude/commands/cc-review.md", ".claude/settings.json", ".gitignore"]);
    for (const file of changed) expect(readFileSync(join(repo, file), "utf8"), file).not.toContain(box.root);
    expect(git(repo, "check-ignore", ".codex-collab.d/install.json").trim()).toBe(".codex-collab.d/install.json");
  });

  it("uninstall lists the state and logs it leaves; --purge removes them and git status is clean again", async () => {
    const { repo, opts } = setup();
    await install(opts());
    writeFileSync(join(repo, ".codex-collab"), "{}\n");
    mkdirSync(join(repo, ".codex-collab.d"), { recursive: true });
    writeFileSync(join(repo, ".codex-collab.d", "hooks.log"), "x\n");

    const dry = await uninstall(opts({ dryRun: true }));
    expect(dry.actions.filter((a) => a.action === "left").map((a) => a.path).sort()).toEqual([join(repo, ".codex-collab"), join(repo, ".codex-collab.d")]);
    expect(formatReport(dry)).toMatch(/would leave\s+\.codex-collab\s+\(state, logs and backups; --purge removes it\)/);

    const purged = await uninstall(opts({ purge: true }));
    expect(purged.actions.filter((a) => a.kind === "state").map((a) => `${a.action} ${a.path}`).sort()).toEqual([`removed ${join(repo, ".codex-collab")}`, `removed ${join(repo, ".codex-collab.d")}`]);
    expect(status(repo)).toEqual([]);
  });

  it("uninstall without state or backups removes the state directory it created for the record", async () => {
    const { repo, opts } = setup();
    rmSync(join(repo, ".claude"), { recursive: true });
    git(repo, "commit", "-qam", "no settings");
    await install(opts());
    const report = await uninstall(opts());
    expect(report.actions.filter((a) => a.action === "left")).toEqual([]);
    expect(status(repo)).toEqual([]);
    expect(readFileSync(join(repo, ".git", "info", "exclude"), "utf8")).not.toContain(".codex-collab");
  });

  it("backups uninstall makes are left in the state directory, which stays out of git through .git/info/exclude", async () => {
    const { repo, opts } = setup();
    await install(opts());
    const report = await uninstall(opts());
    expect(report.actions.find((a) => a.path.endsWith(".claude/settings.json"))?.backup).toContain("/.codex-collab.d/backups/");
    expect(report.actions.filter((a) => a.action === "left").map((a) => a.path)).toEqual([join(repo, ".codex-collab.d")]);
    // The .gitignore install created is gone again, yet git does not see the leftovers.
    expect(existsSync(join(repo, ".gitignore"))).toBe(false);
    expect(status(repo)).toEqual([]);
  });
});

describe("local scope", () => {
  it("ignores the state through .git/info/exclude and leaves the tracked .gitignore alone", async () => {
    const { repo, opts } = setup();
    writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
    git(repo, "add", ".gitignore");
    git(repo, "commit", "-qm", "ignore");
    await install(opts({ scope: "local" }));
    expect(readFileSync(join(repo, ".gitignore"), "utf8")).toBe("node_modules/\n");
    expect(readFileSync(join(repo, ".git", "info", "exclude"), "utf8").split("\n")).toEqual(expect.arrayContaining([".codex-collab", ".codex-collab.*"]));
    writeFileSync(join(repo, ".codex-collab"), "{}\n");
    expect(status(repo)).not.toContain(".codex-collab");
    expect(status(repo)).not.toContain(".codex-collab.d/install.json");

    const excludeBefore = readFileSync(join(repo, ".git", "info", "exclude"), "utf8");
    await uninstall(opts({ scope: "local", purge: true }));
    expect(readFileSync(join(repo, ".git", "info", "exclude"), "utf8")).not.toContain(".codex-collab");
    expect(excludeBefore).toContain(".codex-collab");
    expect(status(repo)).toEqual([]);
  });
});

describe("ensureStateExcluded (SessionStart, for routes that write no .gitignore)", () => {
  it("adds the patterns to .git/info/exclude once, also for a linked worktree, and never when .gitignore has them", () => {
    const { repo } = setup();
    expect(stateIgnored(repo)).toBe(false);
    expect(ensureStateExcluded(repo)).toBe(true);
    expect(ensureStateExcluded(repo)).toBe(false);
    writeFileSync(join(repo, ".codex-collab"), "{}\n");
    expect(status(repo)).toEqual([]);

    const tree = `${repo}-tree`;
    cleanups.push(() => rmSync(tree, { recursive: true, force: true }));
    git(repo, "worktree", "add", "-q", tree);
    // The worktree shares the main repository's exclude file, which already has the patterns.
    expect(stateIgnored(tree)).toBe(true);
    expect(ensureStateExcluded(tree)).toBe(false);

    const other = makeRepo({ ".gitignore": ".codex-collab\n.codex-collab.*\n" }, "cc-shared-ignored-");
    cleanups.push(() => rmSync(other, { recursive: true, force: true }));
    expect(ensureStateExcluded(other)).toBe(false);
    expect(readFileSync(join(other, ".git", "info", "exclude"), "utf8")).not.toContain(".codex-collab");
  });

  it("never writes through a planted .git file or link: a gitdir leading out, or info/exclude linked to a victim", () => {
    const base = mkdtempSync(join(tmpdir(), "cc-planted-exclude-"));
    cleanups.push(() => rmSync(base, { recursive: true, force: true }));
    const victim = join(base, "victim.txt");
    writeFileSync(victim, "victim\n");
    // gitdir inside the project, its info/exclude a link to the victim.
    const inside = join(base, "inside");
    mkdirSync(join(inside, "g", "info"), { recursive: true });
    writeFileSync(join(inside, ".git"), "gitdir: g\n");
    symlinkSync(victim, join(inside, "g", "info", "exclude"));
    expect(ensureStateExcluded(inside)).toBe(false);
    // gitdir leading outside the project (not a worktree git made for it).
    const outside = join(base, "outside");
    mkdirSync(join(base, "elsewhere", "info"), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(outside, ".git"), `gitdir: ${join(base, "elsewhere")}\n`);
    expect(ensureStateExcluded(outside)).toBe(false);
    expect(existsSync(join(base, "elsewhere", "info", "exclude"))).toBe(false);
    // info itself a link out of the project.
    const linkedInfo = join(base, "linked-info");
    mkdirSync(join(linkedInfo, "g"), { recursive: true });
    writeFileSync(join(linkedInfo, ".git"), "gitdir: g\n");
    symlinkSync(join(base, "elsewhere", "info"), join(linkedInfo, "g", "info"));
    expect(ensureStateExcluded(linkedInfo)).toBe(false);
    expect(existsSync(join(base, "elsewhere", "info", "exclude"))).toBe(false);
    expect(readFileSync(victim, "utf8")).toBe("victim\n");
  });
});
