import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { main, parseInstallArgs } from "../../src/install/main.js";
import { makeSandbox, type Sandbox, snapshot } from "../support/install-fixture.js";

let box: Sandbox | undefined;
afterEach(() => {
  box?.cleanup();
  box = undefined;
});

function capture(): { out: string[]; err: string[]; io: { stdout: (t: string) => void; stderr: (t: string) => void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) } };
}

describe("parseInstallArgs", () => {
  it("reads the operation and every flag, in both --flag value and --flag=value forms", () => {
    expect(parseInstallArgs(["uninstall", "--project", "/p q", "--scope=local", "--dry-run", "--force", "--no-doctor", "--purge"], "/tmp")).toEqual({
      operation: "uninstall",
      project: "/p q",
      scope: "local",
      dryRun: true,
      force: true,
      help: false,
      doctor: false,
      purge: true,
    });
    expect(parseInstallArgs(["--project=sub dir"], "/base")).toMatchObject({ operation: "install", project: "/base/sub dir", scope: "project" });
  });

  it("defaults the project to the git top level above cwd", () => {
    box = makeSandbox();
    mkdirSync(join(box.project, ".git"));
    mkdirSync(join(box.project, "a", "b"), { recursive: true });
    expect(parseInstallArgs([], join(box.project, "a", "b")).project).toBe(box.project);
  });

  it.each([[["--scope", "global"]], [["--project"]], [["--project="]], [["--what"]], [["install", "extra"]]])("rejects %j", (argv) => {
    expect(() => parseInstallArgs(argv, "/tmp")).toThrow(UsageError);
  });
});

describe("main", () => {
  it("prints usage for --help", async () => {
    const c = capture();
    expect(await main(["--help"], c.io)).toBe(0);
    expect(c.out.join("")).toContain("--scope");
  });

  it("returns the usage exit code and prints the hint on bad arguments", async () => {
    const c = capture();
    expect(await main(["--scope", "nope"], c.io)).toBe(2);
    expect(c.err.join("")).toMatch(/--scope must be project, local or user[\s\S]*install --help/);
    expect(c.out).toEqual([]);
  });

  it("installs, prints the report, and uninstalls", async () => {
    box = makeSandbox();
    const c = capture();
    expect(await main(["--project", box.project], { ...c.io, packageRoot: box.packageRoot })).toBe(0);
    expect(c.out.join("")).toMatch(/codex-collab install \(scope project\)[\s\S]*created\s+\.claude\/settings\.json/);
    // Then doctor, for what install cannot fix itself: its hooks check sees the hooks just wired.
    expect(c.out.join("")).toMatch(/codex-collab doctor — [\s\S]*hooks/);
    expect(await main(["uninstall", "--project", box.project], { ...c.io, packageRoot: box.packageRoot })).toBe(0);
    expect(snapshot(box.project)).toEqual({});
  });

  it("returns the config exit code for invalid settings and writes nothing", async () => {
    box = makeSandbox();
    mkdirSync(join(box.project, ".claude"));
    writeFileSync(join(box.project, ".claude/settings.json"), "{ nope");
    const c = capture();
    expect(await main(["--project", box.project], { ...c.io, packageRoot: box.packageRoot })).toBe(8);
    expect(c.err.join("")).toMatch(/settings\.json:1:3: not valid JSON/);
    expect(readFileSync(join(box.project, ".claude/settings.json"), "utf8")).toBe("{ nope");
    expect(Object.keys(snapshot(box.project))).toEqual([".claude", ".claude/settings.json"]);
  });
});
