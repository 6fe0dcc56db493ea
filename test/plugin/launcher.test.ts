// hooks/launch.cjs, the plugin route's hook launcher, as Claude Code runs it: a real node process with the
// hook's JSON on stdin, in a plugin directory without dist/ (a git checkout) or with one.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hookLog, makeSandbox, type Sandbox } from "../support/install-fixture.js";

const REPO = join(import.meta.dirname, "..", "..");
const LAUNCHER = join(REPO, "hooks", "launch.cjs");

interface Layout {
  root: string;
  pluginRoot: string;
  bin: string;
  project: string;
}

let layout: Layout;
let boxes: Sandbox[] = [];
beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), "cc-launcher-"));
  // Claude Code's plugin cache layout: <config>/plugins/cache/<marketplace>/<plugin>/<version>.
  const pluginRoot = join(root, "plugins", "cache", "codex-collab", "codex-collab", "0.1.0");
  mkdirSync(join(pluginRoot, "hooks"), { recursive: true });
  cpSync(LAUNCHER, join(pluginRoot, "hooks", "launch.cjs"));
  writeFileSync(join(pluginRoot, "package.json"), JSON.stringify({ name: "codex-collab", version: "0.1.0" }));
  const bin = join(root, "bin");
  const project = join(root, "project");
  mkdirSync(bin);
  mkdirSync(project);
  layout = { root, pluginRoot, bin, project };
});
afterEach(() => {
  rmSync(layout.root, { recursive: true, force: true });
  for (const b of boxes) b.cleanup();
  boxes = [];
});

/** A built codex-collab whose bundles log each run to <sandbox>/hook-log.jsonl. */
function builtPackage(): Sandbox {
  const box = makeSandbox();
  writeFileSync(join(box.packageRoot, "dist", "cli.js"), "");
  boxes.push(box);
  return box;
}

/** What `npm install -g` leaves on PATH: a link to the package's bin. */
function putOnPath(box: Sandbox): void {
  rmSync(join(layout.bin, "codex-collab"), { force: true });
  symlinkSync(join(box.packageRoot, "dist", "cli.js"), join(layout.bin, "codex-collab"));
}

function launch(bundle: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(layout.pluginRoot, "hooks", "launch.cjs"), bundle], {
    env: { PATH: layout.bin, CLAUDE_PROJECT_DIR: layout.project, ...env },
    input: JSON.stringify({ hook_event_name: bundle, session_id: "s1" }),
    encoding: "utf8",
    timeout: 10_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const pluginDist = () => join(layout.pluginRoot, "dist");

describe("hooks/launch.cjs", () => {
  it("with no built codex-collab anywhere: SessionStart says how to fix it, the other hooks stay silent, all exit 0", () => {
    const start = launch("session-start");
    expect(start.status).toBe(0);
    const message = (JSON.parse(start.stdout) as { systemMessage: string }).systemMessage;
    expect(message).toContain("npm install -g codex-collab");
    expect(message).toContain(`${pluginDist()} is missing, it could not be built (the plugin has no installed dependencies to build with)`);
    for (const b of ["user-prompt-submit", "post-tool-use", "stop"]) expect(launch(b)).toMatchObject({ status: 0, stdout: "" });
    expect(existsSync(pluginDist())).toBe(false);
  });

  it("links the plugin's dist/ to the codex-collab on PATH and runs the hook; later hooks run through the link", () => {
    const pkg = builtPackage();
    putOnPath(pkg);
    expect(launch("session-start")).toMatchObject({ status: 0, stdout: "" });
    expect(lstatSync(pluginDist()).isSymbolicLink()).toBe(true);
    expect(readlinkSync(pluginDist())).toBe(join(pkg.packageRoot, "dist"));

    rmSync(join(layout.bin, "codex-collab"));
    expect(launch("post-tool-use").status).toBe(0);
    const log = hookLog(pkg);
    expect(log.map((e) => e.bundle)).toEqual(["session-start", "post-tool-use"]);
    expect(JSON.parse(log[1]!.input)).toEqual({ hook_event_name: "post-tool-use", session_id: "s1" });
    expect(log[1]!.file).toBe(realpathSync(join(pkg.packageRoot, "dist", "hooks", "post-tool-use.cjs")));
  });

  it("prefers the project's node_modules/codex-collab to PATH", () => {
    const onPath = builtPackage();
    putOnPath(onPath);
    const local = builtPackage();
    mkdirSync(join(layout.project, "node_modules"));
    symlinkSync(local.packageRoot, join(layout.project, "node_modules", "codex-collab"));
    expect(launch("stop").status).toBe(0);
    expect(hookLog(local).map((e) => e.bundle)).toEqual(["stop"]);
    expect(hookLog(onPath)).toEqual([]);
  });

  it("replaces a link left dangling when its package was removed", () => {
    const old = builtPackage();
    putOnPath(old);
    launch("session-start");
    old.cleanup();
    const next = builtPackage();
    putOnPath(next);
    expect(launch("user-prompt-submit").status).toBe(0);
    expect(readlinkSync(pluginDist())).toBe(join(next.packageRoot, "dist"));
    expect(hookLog(next).map((e) => e.bundle)).toEqual(["user-prompt-submit"]);
  });

  it("uses the plugin's own complete build as it is, and never links over an incomplete one", () => {
    const onPath = builtPackage();
    putOnPath(onPath);
    const own = makeSandbox({ packageName: "own" });
    boxes.push(own);
    cpSync(join(own.packageRoot, "dist"), pluginDist(), { recursive: true });
    writeFileSync(join(pluginDist(), "cli.js"), "");
    expect(launch("stop").status).toBe(0);
    expect(lstatSync(pluginDist()).isSymbolicLink()).toBe(false);
    expect(hookLog(onPath)).toEqual([]);

    rmSync(join(pluginDist(), "cli.js"));
    const start = launch("session-start");
    expect((JSON.parse(start.stdout) as { systemMessage: string }).systemMessage).toContain("not a complete build");
    expect(lstatSync(pluginDist()).isDirectory()).toBe(true);
    expect(hookLog(onPath)).toEqual([]);
  });

  it("--where reports the lookup as JSON and changes nothing", () => {
    const pkg = builtPackage();
    putOnPath(pkg);
    const r = launch("--where");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pluginRoot: layout.pluginRoot, pluginVersion: "0.1.0", dist: "missing", found: { via: "path", packageRoot: pkg.packageRoot, version: "0.0.0-test" } });
    expect(existsSync(pluginDist())).toBe(false);
    expect(hookLog(pkg)).toEqual([]);
  });

  it("CODEX_COLLAB_DISABLE=1 does nothing at all; an unknown hook name is reported once", () => {
    const pkg = builtPackage();
    putOnPath(pkg);
    expect(launch("session-start", { CODEX_COLLAB_DISABLE: "1" })).toMatchObject({ status: 0, stdout: "" });
    expect(existsSync(pluginDist())).toBe(false);
    const unknown = launch("pre-tool-use");
    expect(unknown.status).toBe(0);
    expect((JSON.parse(unknown.stdout) as { systemMessage: string }).systemMessage).toContain('unknown hook "pre-tool-use"');
    expect(hookLog(pkg)).toEqual([]);
  });

  it("a bundle that fails to load: SessionStart reports it, exit 0", () => {
    const pkg = builtPackage();
    putOnPath(pkg);
    writeFileSync(join(pkg.packageRoot, "dist", "hooks", "session-start.cjs"), "throw new Error('broken bundle');");
    const r = launch("session-start");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { systemMessage: string }).systemMessage).toContain("broken bundle");
  });

  describe("building dist/ in place (a clone whose dependencies Claude Code installed)", () => {
    /** The plugin as Claude Code leaves it: the repository's files and node_modules, but no dist/. */
    function cloneWithDependencies(): void {
      for (const rel of ["src", "install.ts", "tsconfig.json", "templates"]) cpSync(join(REPO, rel), join(layout.pluginRoot, rel), { recursive: true });
      cpSync(join(REPO, "package.json"), join(layout.pluginRoot, "package.json"));
      symlinkSync(join(REPO, "node_modules"), join(layout.pluginRoot, "node_modules"));
    }
    const sessionStart = readFileSync(join(REPO, "test", "fixtures", "hooks", "session-start.json"), "utf8");
    const leftovers = () => readdirSync(layout.pluginRoot).filter((n) => n.startsWith(".dist-build"));

    it("builds with package.json's own scripts, renames the build into place and runs the real hook from it", () => {
      cloneWithDependencies();
      const pkg = builtPackage();
      putOnPath(pkg);
      const envFile = join(layout.root, "claude-env");
      const r = spawnSync(process.execPath, [join(layout.pluginRoot, "hooks", "launch.cjs"), "session-start"], {
        env: { PATH: `${layout.bin}:${process.env.PATH}`, CLAUDE_PROJECT_DIR: layout.project, CLAUDE_ENV_FILE: envFile },
        input: sessionStart,
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe("");
      expect(lstatSync(pluginDist()).isDirectory()).toBe(true);
      for (const b of ["session-start", "user-prompt-submit", "post-tool-use", "stop"]) expect(existsSync(join(pluginDist(), "hooks", `${b}.cjs`))).toBe(true);
      // The real SessionStart bundle ran: it exports the session id for later Bash commands.
      expect(readFileSync(envFile, "utf8")).toBe("export CODEX_COLLAB_CLAUDE_SESSION_ID=570c2d2f-3da1-466b-a6b0-7e5194b2cf9a\n");
      const version = spawnSync(process.execPath, [join(pluginDist(), "cli.js"), "--version"], { encoding: "utf8" });
      expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version);
      expect(leftovers()).toEqual([]);
      // Building beats linking: the plugin runs its own version, not the one on PATH.
      expect(hookLog(pkg)).toEqual([]);
    });

    it("hooks started together: one builds, the others skip quietly, the result is complete and nothing is left behind", async () => {
      cloneWithDependencies();
      const runs = ["session-start", "user-prompt-submit", "stop"].map(
        (b) =>
          new Promise<{ code: number | null; out: string }>((resolve) => {
            const child = spawn(process.execPath, [join(layout.pluginRoot, "hooks", "launch.cjs"), b], { env: { PATH: process.env.PATH ?? "", CLAUDE_PROJECT_DIR: layout.project }, stdio: ["pipe", "pipe", "ignore"] });
            let out = "";
            child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
            child.on("close", (code) => resolve({ code, out }));
            child.stdin.end(sessionStart);
          }),
      );
      const results = await Promise.all(runs);
      expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
      for (const r of results) expect(r.out).not.toContain("failed");
      expect(lstatSync(pluginDist()).isDirectory()).toBe(true);
      expect(leftovers()).toEqual([]);
    });

    it("a stale lock left by a killed build is taken over; a fresh one means someone else is building", () => {
      cloneWithDependencies();
      const lock = join(layout.pluginRoot, ".dist-build.lock");
      mkdirSync(lock);
      expect(launch("stop")).toMatchObject({ status: 0, stdout: "" });
      expect(existsSync(pluginDist())).toBe(false);
      const old = new Date(Date.now() - 120_000);
      utimesSync(lock, old, old);
      expect(launch("stop").status).toBe(0);
      expect(lstatSync(pluginDist()).isDirectory()).toBe(true);
      expect(existsSync(lock)).toBe(false);
    });

    it("a failing build falls back to linking the codex-collab on PATH", () => {
      cloneWithDependencies();
      writeFileSync(join(layout.pluginRoot, "src", "hooks", "stop.ts"), "this is not TypeScript (");
      const pkg = builtPackage();
      putOnPath(pkg);
      const r = spawnSync(process.execPath, [join(layout.pluginRoot, "hooks", "launch.cjs"), "stop"], {
        env: { PATH: `${layout.bin}:${process.env.PATH}`, CLAUDE_PROJECT_DIR: layout.project },
        input: "{}",
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(r.status).toBe(0);
      expect(readlinkSync(pluginDist())).toBe(join(pkg.packageRoot, "dist"));
      expect(hookLog(pkg).map((e) => e.bundle)).toEqual(["stop"]);
      expect(leftovers()).toEqual([]);
    });

    it("a failing build with nothing to link: SessionStart names the build error", () => {
      cloneWithDependencies();
      writeFileSync(join(layout.pluginRoot, "src", "hooks", "stop.ts"), "this is not TypeScript (");
      const r = spawnSync(process.execPath, [join(layout.pluginRoot, "hooks", "launch.cjs"), "session-start"], {
        env: { PATH: process.env.PATH ?? "", CLAUDE_PROJECT_DIR: layout.project },
        input: "{}",
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(r.status).toBe(0);
      const message = (JSON.parse(r.stdout) as { systemMessage: string }).systemMessage;
      expect(message).toMatch(/it could not be built \(the build failed \(exit 1\)/);
      expect(existsSync(pluginDist())).toBe(false);
      expect(leftovers()).toEqual([]);
    });

    it("--where says the next hook will build it, and builds nothing", () => {
      cloneWithDependencies();
      const r = launch("--where");
      expect(JSON.parse(r.stdout)).toMatchObject({ dist: "missing", buildable: true, found: { via: "build", packageRoot: layout.pluginRoot } });
      expect(existsSync(pluginDist())).toBe(false);
    });
  });
});
