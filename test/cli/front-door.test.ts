// The CLI as a new user meets it, through the built CLI as a real process: per-verb help, plain messages for
// unknown options, exit codes, aligned columns, no credentials → exit 4 at once, --effort reaching the model,
// and a repository config that tries to loosen the sandbox.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureSession } from "../../src/state/sessions.js";
import { openStore } from "../../src/state/store.js";
import { displayWidth } from "../../src/text.js";
import { runCli } from "../support/cli.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { git, makeRepo } from "../support/git.js";
import { startResponsesServer, type RecordedRequest, type ResponsesServer } from "../support/responses-server.js";

const made: string[] = [];
let srv: ResponsesServer;
let home: CodexHome;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  srv = await startResponsesServer({ script: () => ({ text: "ok" }) });
  home = await makeCodexHome(srv.url);
  env = { ...home.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN, CODEX_COLLAB_CLAUDE_SESSION_ID: "front-door", CLAUDE_CODE_SESSION_ID: undefined };
});
afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function repo(files?: Record<string, string>): string {
  const d = makeRepo(files);
  made.push(d);
  return d;
}

function lastRequest(): RecordedRequest {
  const r = srv.responseRequests().at(-1);
  if (!r) throw new Error("no request reached the model server");
  return r;
}

/** The permissions text codex puts in the request names the sandbox mode it runs with. */
function sandboxOf(req: RecordedRequest): string | undefined {
  return /`sandbox_mode` is `([a-z-]+)`/.exec(JSON.stringify(req.body))?.[1];
}

describe("help", () => {
  it("help VERB prints the verb's help, like VERB --help", async () => {
    const dir = repo();
    for (const verb of ["analyze", "review", "sessions", "doctor"]) {
      const viaHelp = await runCli(["help", verb], { cwd: dir });
      const viaFlag = await runCli([verb, "--help"], { cwd: dir });
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toBe(viaFlag.stdout);
      expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: codex-collab ${verb}`));
    }
  });

  it("uninstall --help prints uninstall's usage, not install's", async () => {
    const r = await runCli(["uninstall", "--help"], { cwd: repo() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: codex-collab uninstall/);
    expect(r.stdout).not.toContain("--no-doctor");
  });

  it("run --help names TEXT, --prompt-file, --allow-dangerous, --effort and the contract keys", async () => {
    const r = await runCli(["run", "--help"], { cwd: repo() });
    for (const word of ["TEXT", "--prompt-file F", "--allow-dangerous", "--effort LEVEL", "last_message", "warnings", "SESSION_ID"]) expect(r.stdout).toContain(word);
  });
});

describe("errors", () => {
  it("an unknown option is one plain sentence and a pointer to the verb's help (exit 2)", async () => {
    const r = await runCli(["run", "--bogus", "hi"], { cwd: repo() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('codex-collab: unknown option --bogus for codex-collab run\n  → See "codex-collab run --help".\n');
    const missing = await runCli(["analyze", "--task"], { cwd: repo() });
    expect(missing.stderr).toContain("--task needs a value");
  });

  it("sessions show / forget of an unknown session exit 6, as documented", async () => {
    const dir = repo();
    for (const action of ["show", "forget"]) {
      const r = await runCli(["sessions", action, "nope"], { cwd: dir });
      expect(r.code, r.stderr).toBe(6);
      expect(r.stderr).toContain('No session "nope" in this project.');
    }
  });
});

describe("columns", () => {
  it("sessions list aligns by terminal columns, CJK task names included", async () => {
    const dir = repo();
    const store = openStore(dir);
    for (const task of ["认证重构", "ascii-task", "データ移行の準備"]) ensureSession(store, { name: `claude-1:${task}`, claudeSessionId: "claude-1", task });
    const r = await runCli(["sessions", "list"], { cwd: dir });
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    // Every row's second column starts at the header's THREAD column, counted in terminal columns.
    const col2 = (line: string): number => {
      const m = /^(\S+)( +)/.exec(line)!;
      return displayWidth(m[1]!) + m[2]!.length;
    };
    for (const line of lines.slice(1)) expect(col2(line), line).toBe(col2(lines[0]!));
  });
});

describe("credentials", () => {
  it("with no credentials at all, analyze exits 4 at once with doctor's fix (no 300 s idle wait)", async () => {
    const empty = mkdtempSync(join(tmpdir(), "cc-no-login-"));
    made.push(empty);
    const before = srv.responseRequests().length;
    const r = await runCli(["analyze", "Add rate limiting"], {
      cwd: repo(),
      env: { ...env, CODEX_HOME: empty, MOCK_API_KEY: undefined, OPENAI_API_KEY: undefined, CODEX_API_KEY: undefined, CODEX_ACCESS_TOKEN: undefined },
      timeoutMs: 30_000,
    });
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain("codex login");
    expect(srv.responseRequests().length).toBe(before);
  });

  it("a custom provider whose env_key is unset exits 4 naming the variable; set, it runs", async () => {
    const dir = repo();
    const unset = await runCli(["analyze", "Add rate limiting"], { cwd: dir, env: { ...env, MOCK_API_KEY: undefined }, timeoutMs: 30_000 });
    expect(unset.code, unset.stderr).toBe(4);
    expect(unset.stderr).toContain("export MOCK_API_KEY=");
    const set = await runCli(["analyze", "Add rate limiting"], { cwd: dir, env });
    expect(set.code, set.stderr).toBe(0);
  });
});

describe("--effort and codex.effort", () => {
  it("reach the model as reasoning.effort; the flag wins over the config", async () => {
    const dir = repo();
    mkdirSync(join(dir, ".claude"), { recursive: true });
    writeFileSync(join(dir, ".claude", "codex-collab.json"), JSON.stringify({ codex: { effort: "low" } }));
    expect((await runCli(["run", "hello"], { cwd: dir, env })).code).toBe(0);
    expect(lastRequest().body.reasoning.effort).toBe("low");
    expect((await runCli(["analyze", "--effort", "high", "Plan it"], { cwd: dir, env })).code).toBe(0);
    expect(lastRequest().body.reasoning.effort).toBe("high");
    const bad = await runCli(["run", "--effort", 'high" -c x="y', "hello"], { cwd: dir, env });
    expect(bad.code).toBe(2);
  });
});

describe("a repository config that tries to loosen the sandbox", () => {
  it("run stays read-only and says why; your own local file (untracked) or the flag may loosen it", async () => {
    const dir = repo({ ".claude/codex-collab.json": JSON.stringify({ codex: { sandbox: "workspace-write" } }) });
    const r = await runCli(["run", "--new", "hello"], { cwd: dir, env });
    expect(r.code, r.stderr).toBe(0);
    expect(sandboxOf(lastRequest())).toBe("read-only");
    expect(r.stderr).toMatch(/\.claude\/codex-collab\.json asks for codex\.sandbox = "workspace-write", which loosens safety; .* "read-only" applies/);

    const doctor = JSON.parse((await runCli(["doctor", "--json"], { cwd: dir, env })).stdout);
    const config = doctor.checks.find((c: { id: string }) => c.id === "config");
    expect(config.level).toBe("warn");
    expect(config.message).toContain("codex.sandbox");

    // The same file committed as the "local" one is still the repository's.
    writeFileSync(join(dir, ".claude", "codex-collab.local.json"), JSON.stringify({ codex: { sandbox: "workspace-write" } }));
    git(dir, "add", "-f", ".claude/codex-collab.local.json");
    git(dir, "commit", "-q", "-m", "planted local config");
    await runCli(["run", "--new", "hello"], { cwd: dir, env });
    expect(sandboxOf(lastRequest())).toBe("read-only");

    // Untracked, it is the user's own: it may loosen.
    git(dir, "rm", "-q", "--cached", ".claude/codex-collab.local.json");
    git(dir, "commit", "-q", "-m", "untrack");
    const own = await runCli(["run", "--new", "hello"], { cwd: dir, env });
    expect(own.code, own.stderr).toBe(0);
    expect(sandboxOf(lastRequest())).toBe("workspace-write");
    expect(own.stderr).not.toContain("loosens safety");

    const flag = await runCli(["run", "--new", "--sandbox", "workspace-write", "hello"], { cwd: repo({ ".claude/codex-collab.json": "{}" }), env });
    expect(flag.code, flag.stderr).toBe(0);
    expect(sandboxOf(lastRequest())).toBe("workspace-write");
  });
});
