// The BUILT project-relative launcher (dist/launch.cjs) as a project commits it, run as a real process: it prefers
// the package this machine's install recorded, falls back to the codex-collab on PATH (also when the record names a
// package that is gone), and without one fails open for hooks and with exit 3 for the CLI.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_RECORD } from "../../src/launcher/where.js";
import { git } from "../support/git.js";

const BUILT = join(import.meta.dirname, "..", "..", "dist", "launch.cjs");
let root: string;
let project: string;

/** A package whose CLI prints its own name and argv, and whose session-start hook prints its name. */
function fakePackage(name: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "dist", "hooks"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "codex-collab", version: "0.0.0" }));
  writeFileSync(join(dir, "dist", "cli.js"), `process.stdout.write(JSON.stringify([${JSON.stringify(name)}, ...process.argv.slice(2)]));\n`);
  writeFileSync(join(dir, "dist", "hooks", "session-start.cjs"), `process.stdout.write(${JSON.stringify(`hook from ${name}`)});\n`);
  return dir;
}

function run(args: string[], path: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(project, ".claude", "codex-collab", "launch.cjs"), ...args], { cwd: project, env: { PATH: path }, encoding: "utf8", timeout: 10_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "cc-launcher-"));
  project = join(root, "project");
  mkdirSync(join(project, ".claude", "codex-collab"), { recursive: true });
  copyFileSync(BUILT, join(project, ".claude", "codex-collab", "launch.cjs"));
  const onPath = fakePackage("on-path");
  mkdirSync(join(root, "bin"));
  symlinkSync(join(onPath, "dist", "cli.js"), join(root, "bin", "codex-collab"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the project launcher", () => {
  it("without any codex-collab: SessionStart says what to install, other hooks stay silent, the CLI exits 3", () => {
    const start = run(["hook", "session-start"], "/usr/bin:/bin");
    expect(start.status).toBe(0);
    expect(JSON.parse(start.stdout).systemMessage).toContain("not installed on this machine");
    expect(run(["hook", "stop"], "/usr/bin:/bin")).toMatchObject({ status: 0, stdout: "" });
    const cli = run(["status"], "/usr/bin:/bin");
    expect(cli.status).toBe(3);
    expect(cli.stderr).toContain(`looked in ${LOCAL_RECORD} and on PATH`);
  });

  it("runs the codex-collab on PATH, for hooks and the CLI alike", () => {
    const path = `${join(root, "bin")}:/usr/bin:/bin`;
    expect(run(["hook", "session-start"], path).stdout).toBe("hook from on-path");
    expect(JSON.parse(run(["status", "--json"], path).stdout)).toEqual(["on-path", "status", "--json"]);
    expect(JSON.parse(run(["--where"], path).stdout)).toEqual({ project, found: { packageRoot: join(root, "on-path"), via: "path" } });
  });

  it("prefers the recorded package, and falls back to PATH once it is gone", () => {
    const recorded = fakePackage("recorded");
    mkdirSync(join(project, ".codex-collab.d"), { recursive: true });
    writeFileSync(join(project, LOCAL_RECORD), JSON.stringify({ packageRoot: recorded }), { mode: 0o600 });
    const path = `${join(root, "bin")}:/usr/bin:/bin`;
    expect(JSON.parse(run(["status"], path).stdout)).toEqual(["recorded", "status"]);
    rmSync(recorded, { recursive: true });
    expect(JSON.parse(run(["status"], path).stdout)).toEqual(["on-path", "status"]);
  });

  it("runs only a record install wrote (yours, 0600, untracked, an absolute path): a repository cannot ship one", () => {
    const shipped = fakePackage("shipped");
    const path = `${join(root, "bin")}:/usr/bin:/bin`;
    const record = join(project, LOCAL_RECORD);
    mkdirSync(dirname(record), { recursive: true });
    const via = (): unknown => JSON.parse(run(["status"], path).stdout)[0];
    writeFileSync(record, JSON.stringify({ packageRoot: shipped }), { mode: 0o600 });
    expect(via()).toBe("shipped");
    // As git checks a committed file out.
    chmodSync(record, 0o644);
    expect(via()).toBe("on-path");
    chmodSync(record, 0o600);
    writeFileSync(record, JSON.stringify({ packageRoot: relative(project, shipped) }));
    expect(via()).toBe("on-path");
    rmSync(record);
    writeFileSync(join(root, "elsewhere.json"), JSON.stringify({ packageRoot: shipped }), { mode: 0o600 });
    symlinkSync(join(root, "elsewhere.json"), record);
    expect(via()).toBe("on-path");
    rmSync(record);
    // 0600 as a checkout under umask 077 leaves it, but tracked by git.
    writeFileSync(record, JSON.stringify({ packageRoot: shipped }), { mode: 0o600 });
    git(project, "init", "-q");
    git(project, "add", "-f", LOCAL_RECORD);
    expect(via()).toBe("on-path");
    git(project, "rm", "-q", "--cached", LOCAL_RECORD);
    expect(via()).toBe("shipped");
    rmSync(join(project, ".git"), { recursive: true });
    rmSync(record);
  });

  it("names an unknown hook instead of running anything", () => {
    const r = run(["hook", "nope"], `${join(root, "bin")}:/usr/bin:/bin`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).systemMessage).toContain('unknown hook "nope"');
  });
});
