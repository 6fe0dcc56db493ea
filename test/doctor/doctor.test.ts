import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { doctorVerb } from "../../src/cli/doctor.js";
import { checkCodexBin, checkCodexFlags, checkCodexLogin, checkHooks, checkWorker, CODEX_INSTALL_COMMAND, runChecks, shArg, TESTED_CODEX_VERSION, type CheckResult } from "../../src/doctor/checks.js";
import { bundleOfCommand } from "../../src/doctor/wiring.js";
import { hookCommand } from "../../src/install/hooks.js";
import { appendEdits } from "../../src/worker/journal.js";
import { install } from "../../src/install/install.js";
import { stateFilePath } from "../../src/project.js";
import { emptyState, type StateFile } from "../../src/state/schema.js";
import { makeCodexHome, REAL_CODEX_BIN } from "../support/codex-home.js";
import { AWKWARD_NAME, makeSandbox, type Sandbox } from "../support/install-fixture.js";
import { buildDoctorCli, fakeIo, makeHomes, runBuilt, type BuiltCli, type Homes } from "./helpers.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

let homes: Homes;
let sandboxes: Sandbox[] = [];
beforeEach(() => {
  homes = makeHomes();
});
afterEach(() => {
  homes.cleanup();
  for (const s of sandboxes) s.cleanup();
  sandboxes = [];
});

function byId(checks: CheckResult[], id: string): CheckResult {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check "${id}" in ${checks.map((x) => x.id).join(", ")}`);
  return c;
}

/** The environment with the pinned real codex on PATH (through a link, as a global install would be). */
function withRealCodex(env: Record<string, string>): Record<string, string> {
  const bin = env.PATH!;
  if (!existsSync(join(bin, "codex"))) symlinkSync(REAL_CODEX_BIN, join(bin, "codex"));
  return env;
}

function writeState(root: string, state: unknown): string {
  const file = stateFilePath(root);
  writeFileSync(file, typeof state === "string" ? state : JSON.stringify(state));
  return file;
}

describe("doctor as a real process", () => {
  let cli: BuiltCli;
  beforeAll(() => {
    cli = buildDoctorCli();
  });
  afterAll(() => rmSync(cli.dir, { recursive: true, force: true }));

  it("with a PATH holding only node, the codex check fails with the exact install command and the exit code is 1", async () => {
    const r = await runBuilt(cli, ["--json"], homes.env, homes.project);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { ok: boolean; checks: CheckResult[] };
    expect(report.ok).toBe(false);
    const codex = byId(report.checks, "codex");
    expect(codex).toMatchObject({ ok: false, level: "error" });
    expect(codex.fix?.startsWith(`${CODEX_INSTALL_COMMAND}  #`)).toBe(true);
    expect(codex.fix).toContain("CODEX_COLLAB_CODEX_BIN");
    // Checks that need codex are left out rather than failing after it.
    expect(report.checks.map((c) => c.id)).not.toContain("codex-version");
    expect(byId(report.checks, "node").level).toBe("ok");

    const human = await runBuilt(cli, [], homes.env, homes.project);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/^✗ codex +The Codex CLI was not found on PATH/m);
    expect(human.stdout).toContain(`    fix: ${CODEX_INSTALL_COMMAND}  # or: export CODEX_COLLAB_CODEX_BIN=/path/to/codex`);
    expect(human.stdout).toMatch(/^✓ node /m);
  });

  it("with the real codex and a configured provider everything passes except the unwired hooks (a warning: exit 0)", async () => {
    const codexHome = await makeCodexHome("http://127.0.0.1:9/v1");
    try {
      const env = { ...withRealCodex(homes.env), ...codexHome.env };
      const r = await runBuilt(cli, ["--json", "--cd", homes.project], env, homes.root);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const { checks } = JSON.parse(r.stdout) as { checks: CheckResult[] };
      for (const id of ["node", "codex", "codex-version", "codex-flags", "codex-login", "config", "state", "worker"]) expect(byId(checks, id).level, id).toBe("ok");
      expect(byId(checks, "codex-version").message).toBe(`codex ${TESTED_CODEX_VERSION}`);
      expect(byId(checks, "codex-login").message).toContain("$MOCK_API_KEY, which is set");
      expect(byId(checks, "hooks")).toMatchObject({ level: "warn", fix: `codex-collab install --project '${homes.project}'` });
    } finally {
      await codexHome.cleanup();
    }
  });
});

describe("codex checks against the real pinned codex", () => {
  it("TESTED_CODEX_VERSION is the codex pinned in devDependencies", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies["@openai/codex"]).toBe(TESTED_CODEX_VERSION);
  });

  it("the pinned codex has every flag codex-collab relies on", async () => {
    const env = withRealCodex(homes.env);
    const found = checkCodexBin({ root: homes.project, env });
    expect(found.bin).toBe(join(homes.nodeOnlyBin, "codex"));
    const flags = await checkCodexFlags({ root: homes.project, env }, found.bin!);
    expect(flags.level, flags.message).toBe("ok");
  });

  it("login: not logged in (empty CODEX_HOME) is an error whose fix is codex login", async () => {
    const env = withRealCodex(homes.env);
    const r = await checkCodexLogin({ root: homes.project, env }, join(homes.nodeOnlyBin, "codex"));
    expect(r).toMatchObject({ id: "codex-login", level: "error", message: "Codex is not logged in." });
    expect(r.fix?.startsWith("codex login")).toBe(true);
  });

  it("login: an API key stored with codex login --with-api-key passes, and no fragment of the key is shown", async () => {
    const env = withRealCodex(homes.env);
    const key = "sk-test-doctor-0123456789abcdef";
    await new Promise<void>((resolve, reject) => {
      const child = spawn(REAL_CODEX_BIN, ["login", "--with-api-key"], { env, stdio: ["pipe", "ignore", "ignore"] });
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`codex login exited ${code}`))));
      child.stdin.end(`${key}\n`);
    });
    const r = await checkCodexLogin({ root: homes.project, env }, join(homes.nodeOnlyBin, "codex"));
    expect(r).toMatchObject({ level: "ok", message: "API key configured" });
    expect(JSON.stringify(r)).not.toContain("cdef");
  });

  it("login: a custom provider whose env_key variable is unset is an error with the export to run", async () => {
    const codexHome = await makeCodexHome("http://127.0.0.1:9/v1");
    try {
      const env = { ...withRealCodex(homes.env), CODEX_HOME: codexHome.home };
      const r = await checkCodexLogin({ root: homes.project, env }, join(homes.nodeOnlyBin, "codex"));
      expect(r).toMatchObject({ level: "error", fix: "export MOCK_API_KEY=<your key>" });
      expect(r.message).toContain(join(codexHome.home, "config.toml"));
    } finally {
      await codexHome.cleanup();
    }
  });

  it("a codex that never answers is cut off at the deadline, its process tree killed, and reported", async () => {
    const pidFile = join(homes.root, "hung.pid");
    const hung = join(homes.root, "hung-codex");
    writeFileSync(hung, `#!/bin/sh\necho $$ >> "${pidFile}"\nsleep 300\n`);
    chmodSync(hung, 0o755);
    const env = { ...homes.env, CODEX_COLLAB_CODEX_BIN: hung, PATH: `${homes.nodeOnlyBin}:/bin:/usr/bin` };
    const checks = await runChecks({ root: homes.project, env, timeoutMs: 300 });
    expect(byId(checks, "codex").level).toBe("ok");
    expect(byId(checks, "codex-version")).toMatchObject({ level: "error" });
    expect(byId(checks, "codex-version").message).toContain("no answer within");
    expect(byId(checks, "codex-login").level).toBe("warn");
    const pids = readFileSync(pidFile, "utf8").trim().split("\n").map(Number);
    expect(pids.length).toBeGreaterThanOrEqual(3);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });
});

describe("config and state", () => {
  it("an invalid config fails the config check and names the file", async () => {
    const file = join(homes.project, ".claude", "codex-collab.json");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ review: { mode: "sometimes" } }));
    const io = fakeIo(homes.env, homes.project);
    const code = await doctorVerb(["--json"], io);
    expect(code).toBe(1);
    const config = byId((JSON.parse(io.out()) as { checks: CheckResult[] }).checks, "config");
    expect(config).toMatchObject({ ok: false, level: "error" });
    expect(config.message).toContain(file);
    expect(config.fix).toBe(`Fix ${file} (or delete it to use the defaults)`);
  });

  it("a corrupt state file is reported and left exactly where and as it was", async () => {
    const file = writeState(homes.project, '{"version":1,"sessions":');
    const io = fakeIo(homes.env, homes.project);
    expect(await doctorVerb([], io)).toBe(1);
    expect(io.out()).toMatch(/^✗ state +.*\.codex-collab is unusable \(not valid JSON/m);
    expect(readFileSync(file, "utf8")).toBe('{"version":1,"sessions":');
    expect(readdirSync(homes.project).filter((n) => n.startsWith(".codex-collab"))).toEqual([".codex-collab"]);
    // The worker check needs a readable state, so it is left out.
    expect(io.out()).not.toMatch(/^. worker/m);
  });

  it("a state file from a newer codex-collab is an error with the upgrade command", async () => {
    writeState(homes.project, { ...emptyState(), version: 99 });
    const checks = await runChecks({ root: homes.project, env: homes.env });
    expect(byId(checks, "state")).toMatchObject({ level: "error", fix: "npm install -g codex-collab@latest" });
  });
});

describe("review worker", () => {
  async function deadPid(): Promise<number> {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await new Promise((r) => child.on("close", r));
    return child.pid!;
  }

  it("pending edits with a recorded worker that died: a warning whose fix restarts it", async () => {
    const now = new Date();
    const state: StateFile = {
      ...emptyState(),
      worker: { pid: await deadPid(), startedAt: now.toISOString(), heartbeatAt: now.toISOString() },
      pendingEdits: [{ path: "src/a.ts", hash: "h1", at: now.toISOString(), tool: "Edit", claudeSessionId: "s1" }],
    };
    const r = checkWorker({ root: homes.project, env: homes.env, now }, state);
    expect(r).toMatchObject({ level: "warn", ok: true, fix: `codex-collab review-worker --project '${homes.project}'` });
    expect(r.message).toContain(`pid ${state.worker!.pid}`);
  });

  it("a live worker, or nothing pending, is fine", () => {
    const now = new Date();
    const alive: StateFile = {
      ...emptyState(),
      worker: { pid: process.pid, startedAt: now.toISOString(), heartbeatAt: now.toISOString() },
      pendingEdits: [{ path: "a", hash: "h", at: now.toISOString(), tool: "Write" }],
    };
    expect(checkWorker({ root: homes.project, env: homes.env, now }, alive).level).toBe("ok");
    expect(checkWorker({ root: homes.project, env: homes.env, now }, emptyState()).level).toBe("ok");
  });

  it("edits still in the hooks' journal count as pending", async () => {
    const now = new Date();
    const dead: StateFile = { ...emptyState(), worker: { pid: await deadPid(), startedAt: now.toISOString(), heartbeatAt: now.toISOString() } };
    expect(checkWorker({ root: homes.project, env: homes.env, now }, dead).level).toBe("ok");
    appendEdits(homes.project, [{ path: "src/a.ts", hash: "h1", at: now.toISOString(), tool: "Edit" }], () => undefined);
    const r = checkWorker({ root: homes.project, env: homes.env, now }, dead);
    expect(r).toMatchObject({ level: "warn", ok: true });
    expect(r.message).toContain("1 edit wait for review");
  });
});

describe("hooks", () => {
  function sandbox(): Sandbox {
    const s = makeSandbox({ packageName: AWKWARD_NAME });
    sandboxes.push(s);
    return s;
  }

  it("the bundle path is read back from the command install writes, however awkward the path", () => {
    const root = `/opt/${AWKWARD_NAME}`;
    expect(bundleOfCommand(hookCommand(root, "PostToolUse"))).toBe(`${root}/dist/hooks/post-tool-use.cjs`);
    expect(bundleOfCommand("node /no/quotes.cjs")).toBeNull();
  });

  it("hooks installed by the real install() into the project are ok and name the file", async () => {
    const pkg = sandbox();
    await install({ project: homes.project, scope: "project", packageRoot: pkg.packageRoot });
    const r = await checkHooks({ root: homes.project, env: homes.env });
    expect(r.level, r.message).toBe("ok");
    expect(r.message).toContain(".claude/settings.json (project)");
    expect(r.message).toContain(join(pkg.packageRoot, "dist", "hooks"));
  });

  it("hooks whose bundle is gone are an error whose fix re-runs install for that scope", async () => {
    const pkg = sandbox();
    await install({ project: homes.project, scope: "local", packageRoot: pkg.packageRoot });
    unlinkSync(join(pkg.packageRoot, "dist", "hooks", "stop.cjs"));
    const r = await checkHooks({ root: homes.project, env: homes.env });
    expect(r).toMatchObject({ level: "error", fix: `codex-collab install --project '${homes.project}' --scope local` });
    expect(r.message).toContain("the Stop hook runs");
  });

  it("user-scope hooks are found through CLAUDE_CONFIG_DIR; wired in two places is a warning", async () => {
    const pkg = sandbox();
    const saved = process.env.CLAUDE_CONFIG_DIR;
    process.env.CLAUDE_CONFIG_DIR = homes.claudeConfigDir;
    try {
      await install({ project: homes.project, scope: "user", packageRoot: pkg.packageRoot });
    } finally {
      if (saved === undefined) delete process.env.CLAUDE_CONFIG_DIR;
      else process.env.CLAUDE_CONFIG_DIR = saved;
    }
    const user = await checkHooks({ root: homes.project, env: homes.env });
    expect(user.level, user.message).toBe("ok");
    expect(user.message).toContain(`${join(homes.claudeConfigDir, "settings.json")} (user)`);

    await install({ project: homes.project, scope: "project", packageRoot: pkg.packageRoot });
    const twice = await checkHooks({ root: homes.project, env: homes.env });
    expect(twice).toMatchObject({ level: "warn", fix: "codex-collab uninstall --scope user" });
  });

  it("invalid settings JSON is an error that names the line", async () => {
    mkdirSync(join(homes.project, ".claude"), { recursive: true });
    writeFileSync(join(homes.project, ".claude", "settings.json"), '{\n  "hooks": {,\n}');
    const r = await checkHooks({ root: homes.project, env: homes.env });
    expect(r.level).toBe("error");
    expect(r.message).toContain("settings.json:2:");
  });

  describe("plugin route", () => {
    /** A plugin install as Claude Code records it: enabled in user settings, files in the plugin cache. */
    function installPlugin(): string {
      const pluginRoot = join(homes.claudeConfigDir, "plugins", "cache", "codex-collab", "codex-collab", "0.1.0");
      mkdirSync(join(pluginRoot, "hooks"), { recursive: true });
      cpSync(join(REPO, "hooks", "launch.cjs"), join(pluginRoot, "hooks", "launch.cjs"));
      cpSync(join(REPO, "hooks", "hooks.json"), join(pluginRoot, "hooks", "hooks.json"));
      writeFileSync(join(pluginRoot, "package.json"), JSON.stringify({ name: "codex-collab", version: "0.0.0-test" }));
      writeFileSync(
        join(homes.claudeConfigDir, "plugins", "installed_plugins.json"),
        JSON.stringify({ version: 2, plugins: { "codex-collab@codex-collab": [{ scope: "user", installPath: pluginRoot, version: "0.1.0" }] } }),
      );
      writeFileSync(join(homes.claudeConfigDir, "settings.json"), JSON.stringify({ enabledPlugins: { "codex-collab@codex-collab": true } }));
      return pluginRoot;
    }

    it("enabled plugin without any built codex-collab: an error whose fix installs the package", async () => {
      installPlugin();
      const r = await checkHooks({ root: homes.project, env: homes.env });
      expect(r).toMatchObject({ level: "error", fix: "npm install -g codex-collab" });
      expect(r.message).toContain("hooks and commands are inactive");
    });

    it("enabled plugin that can build itself (Claude Code installed its dependencies): a warning that the next hook builds it", async () => {
      const pluginRoot = installPlugin();
      cpSync(join(REPO, "package.json"), join(pluginRoot, "package.json"));
      mkdirSync(join(pluginRoot, "src"));
      symlinkSync(join(REPO, "node_modules"), join(pluginRoot, "node_modules"));
      const r = await checkHooks({ root: homes.project, env: homes.env });
      expect(r).toMatchObject({ level: "warn", fix: `cd ${shArg(pluginRoot)} && npm run build  # or start a new Claude Code session` });
      expect(r.message).toContain("next hook builds it");
      expect(existsSync(join(pluginRoot, "dist"))).toBe(false);
    });

    it("enabled plugin with codex-collab on PATH: a warning until the launcher links dist/, then ok naming the package", async () => {
      const pluginRoot = installPlugin();
      const pkg = sandbox();
      writeFileSync(join(pkg.packageRoot, "dist", "cli.js"), "");
      symlinkSync(join(pkg.packageRoot, "dist", "cli.js"), join(homes.nodeOnlyBin, "codex-collab"));
      const before = await checkHooks({ root: homes.project, env: homes.env });
      expect(before.level, before.message).toBe("warn");
      expect(before.fix).toBe(`ln -sfn ${shArg(`${pkg.packageRoot}/dist`)} ${shArg(`${pluginRoot}/dist`)}  # or start a new Claude Code session`);
      expect(before.fix).toContain(`'${pkg.packageRoot}/dist'`);
      expect(existsSync(join(pluginRoot, "dist"))).toBe(false);

      // What the next session start does: the launcher links the plugin's dist/ and runs the hook.
      const run = spawnSync(process.execPath, [join(pluginRoot, "hooks", "launch.cjs"), "session-start"], {
        env: { ...homes.env, CLAUDE_PROJECT_DIR: homes.project },
        input: JSON.stringify({ hook_event_name: "SessionStart" }),
        encoding: "utf8",
      });
      expect(run.status).toBe(0);
      const after = await checkHooks({ root: homes.project, env: homes.env });
      expect(after.level, after.message).toBe("ok");
      expect(after.message).toContain(`codex-collab from ${pkg.packageRoot} (dist/ linked there)`);

      await install({ project: homes.project, scope: "project", packageRoot: pkg.packageRoot });
      const twice = await checkHooks({ root: homes.project, env: homes.env });
      expect(twice.level).toBe("warn");
      expect(twice.fix?.startsWith("claude plugin disable codex-collab@codex-collab")).toBe(true);
    });
  });
});
