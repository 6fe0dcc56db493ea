// hooks/launch.cjs, the plugin route's hook launcher, as Claude Code runs it: a real node process with the
// hook's JSON on stdin, in a plugin directory without dist/ (a git checkout) or with one.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hookLog, makeSandbox, type Sandbox } from "../support/install-fixture.js";

const LAUNCHER = join(import.meta.dirname, "..", "..", "hooks", "launch.cjs");

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
    expect(message).toContain(pluginDist());
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
});
