// The MCP server as Claude Code meets it: the SDK's client over stdio, the real built server, the real codex
// against a local Responses server. The contract keeps SESSION_ID across calls, progress arrives while Codex
// works, a cancel stops codex, bad calls are isError results from a server that keeps answering, and no call
// gets a looser sandbox than the user's own configuration allows.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { git, makeRepo } from "../support/git.js";
import { connectMcp, MCP_ENTRY, resultText, type McpConnection } from "../support/mcp.js";
import { assistantTexts, startResponsesServer, userTexts, wantsSchema, type ResponsesServer, type Script } from "../support/responses-server.js";
import { CLI } from "../support/cli.js";
import { isAlive, pidsUsingHome } from "../codex/helpers.js";

const CLAUDE_SESSION = "5d0c2b7e-1111-4222-8333-944455556666";
let script: Script = (req) => ({ text: `echo: ${userTexts(req).at(-1)?.slice(-30) ?? ""}` });

let srv: ResponsesServer;
let home: CodexHome;
let claudeConfig: string;
let repo: string;
let mcp: McpConnection;

beforeAll(async () => {
  srv = await startResponsesServer({ script: (req, i) => script(req, i) });
  home = await makeCodexHome(srv.url);
  claudeConfig = mkdtempSync(join(tmpdir(), "cc-mcp-claude-"));
  repo = makeRepo({ "README.md": "# demo\n", "src/a.ts": "export const a = 1;\n" }, "cc-mcp-repo ");
  mcp = await connect();
});

afterAll(async () => {
  await mcp?.close();
  await srv?.close();
  await home?.cleanup();
  rmSync(claudeConfig, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

afterEach(() => {
  script = (req) => ({ text: `echo: ${userTexts(req).at(-1)?.slice(-30) ?? ""}` });
});

function connect(extraEnv: Record<string, string> = {}): Promise<McpConnection> {
  return connectMcp({
    cwd: repo,
    env: { ...home.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN, CLAUDE_CONFIG_DIR: claudeConfig, CLAUDE_CODE_SESSION_ID: CLAUDE_SESSION, ...extraEnv },
  });
}

async function call(name: string, args: Record<string, unknown>, conn = mcp) {
  return (await conn.client.callTool({ name, arguments: args }, undefined, { timeout: 120_000 })) as { content: unknown; structuredContent?: any; isError?: boolean };
}

describe("tools/list", () => {
  it("offers the contract, one tool per stage and the read-only views, with schemas", async () => {
    const { tools } = await mcp.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["analyze", "ask", "codex", "debug", "design", "prototype", "review", "reviews", "sessions", "status"]);
    const codex = tools.find((t) => t.name === "codex")!;
    expect(codex.inputSchema.required).toEqual(["PROMPT", "cd"]);
    expect((codex.inputSchema.properties as any).sandbox.enum).toEqual(["read-only", "workspace-write", "danger-full-access"]);
    expect(codex.outputSchema?.required).toEqual(expect.arrayContaining(["success", "SESSION_ID", "agent_messages"]));
    for (const view of ["status", "sessions", "reviews"]) expect(tools.find((t) => t.name === view)!.annotations?.readOnlyHint).toBe(true);
  });
});

describe("codex: the seed's contract", () => {
  it("starts a session, then continues it from its SESSION_ID: the model sees the first turn in the second request", async () => {
    const before = srv.responseRequests().length;
    const first = await call("codex", { PROMPT: "remember the word PELICAN", cd: repo });
    expect(first.isError ?? false).toBe(false);
    const one = first.structuredContent;
    expect(one.success).toBe(true);
    expect(one.SESSION_ID).toMatch(/^[0-9a-f-]{36}$/);
    expect(one.agent_messages).toContain("PELICAN");
    expect(one).not.toHaveProperty("all_messages");
    expect(JSON.parse(resultText(first))).toEqual(one);

    const second = await call("codex", { PROMPT: "which word?", cd: repo, SESSION_ID: one.SESSION_ID });
    expect(second.structuredContent.success).toBe(true);
    expect(second.structuredContent.SESSION_ID).toBe(one.SESSION_ID);
    const requests = srv.responseRequests().slice(before);
    expect(requests).toHaveLength(2);
    // Resume, proven at the model: the second request carries the first prompt and the first answer.
    expect(userTexts(requests[1]!).join("\n")).toContain("remember the word PELICAN");
    expect(assistantTexts(requests[1]!).join("\n")).toContain(one.agent_messages);
  });

  it("return_all_messages adds every Codex event", async () => {
    const r = await call("codex", { PROMPT: "all of it", cd: repo, return_all_messages: true });
    const events = r.structuredContent.all_messages as Array<{ type: string }>;
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(["thread.started", "turn.completed"]));
  });

  it("keeps a read-only run read-only without any config, and refuses anything looser before codex starts", async () => {
    const before = srv.responseRequests().length;
    for (const sandbox of ["workspace-write", "danger-full-access"]) {
      const r = await call("codex", { PROMPT: "edit things", cd: repo, sandbox });
      expect(r.isError).toBe(true);
      expect(r.structuredContent.error.code).toBe("SANDBOX_NOT_ALLOWED");
      expect(resultText(r)).toContain("~/.claude/codex-collab.json");
    }
    expect(srv.responseRequests().length).toBe(before);
  });

  it("never lets the repository loosen the sandbox: neither the project config nor a tracked local file", async () => {
    const allow = JSON.stringify({ codex: { allowSandbox: "danger-full-access" } });
    mkdirSync(join(repo, ".claude"), { recursive: true });
    writeFileSync(join(repo, ".claude/codex-collab.json"), allow);
    writeFileSync(join(repo, ".claude/codex-collab.local.json"), allow);
    git(repo, "add", ".claude");
    git(repo, "commit", "-qm", "try to loosen");
    try {
      const r = await call("codex", { PROMPT: "edit things", cd: repo, sandbox: "workspace-write" });
      expect(r.structuredContent.error.code).toBe("SANDBOX_NOT_ALLOWED");
    } finally {
      git(repo, "rm", "-rq", ".claude");
      git(repo, "commit", "-qm", "undo");
    }
  });

  it("runs workspace-write when the user's own config allows it", async () => {
    writeFileSync(join(claudeConfig, "codex-collab.json"), JSON.stringify({ codex: { allowSandbox: "workspace-write" } }));
    try {
      const r = await call("codex", { PROMPT: "may write", cd: repo, sandbox: "workspace-write" });
      expect(r.structuredContent.success).toBe(true);
      const last = srv.responseRequests().at(-1)!;
      expect(JSON.stringify(last.body)).toContain("workspace-write");
      const danger = await call("codex", { PROMPT: "more", cd: repo, sandbox: "danger-full-access" });
      expect(danger.structuredContent.error.code).toBe("SANDBOX_NOT_ALLOWED");
    } finally {
      rmSync(join(claudeConfig, "codex-collab.json"));
    }
  });

  it("takes the project's local file as the user's own while git does not track it", async () => {
    mkdirSync(join(repo, ".claude"), { recursive: true });
    writeFileSync(join(repo, ".claude/codex-collab.local.json"), JSON.stringify({ codex: { allowSandbox: "workspace-write" } }));
    try {
      const r = await call("codex", { PROMPT: "may write here", cd: repo, sandbox: "workspace-write" });
      expect(r.structuredContent.success, resultText(r)).toBe(true);
    } finally {
      rmSync(join(repo, ".claude"), { recursive: true, force: true });
    }
  });

  it("ignores a local file outside a git work tree: nobody can tell it is the user's", async () => {
    const plain = mkdtempSync(join(tmpdir(), "cc-mcp-nogit-"));
    mkdirSync(join(plain, ".claude"));
    writeFileSync(join(plain, ".claude/codex-collab.local.json"), JSON.stringify({ codex: { allowSandbox: "danger-full-access" } }));
    try {
      const r = await call("codex", { PROMPT: "write", cd: plain, sandbox: "workspace-write" });
      expect(r.structuredContent.error.code).toBe("SANDBOX_NOT_ALLOWED");
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe("bad calls are results, and the server keeps answering", () => {
  it("answers invalid arguments, unknown tools and sessions with isError, a code and a next step", async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ["codex", { PROMPT: "x" }, "USAGE"],
      ["codex", { PROMPT: "", cd: repo }, "USAGE"],
      ["codex", { PROMPT: "x", cd: repo, sandbox: "yolo" }, "USAGE"],
      ["codex", { PROMPT: "x", cd: repo, extra: 1 }, "USAGE"],
      ["analyze", { requirement: 42 }, "USAGE"],
      ["analyze", { requirement: " \n\t" }, "USAGE"],
      ["debug", { problem: "" }, "USAGE"],
      ["analyze", { requirement: "x", timeout: -1 }, "USAGE"],
      ["nosuchtool", {}, "USAGE"],
      ["codex", { PROMPT: "x", cd: join(repo, "missing-dir") }, "USAGE"],
      ["analyze", { requirement: "x", session: "no-such-session" }, "SESSION_NOT_FOUND"],
      ["sessions", { show: "no-such-session" }, "USAGE"],
    ];
    for (const [name, args, code] of cases) {
      const r = await call(name, args);
      expect(r.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      expect(resultText(r)).toMatch(new RegExp(`^codex-collab error ${code}: .+\\n→ .+`));
    }
    const status = await call("status", {});
    expect(status.isError ?? false).toBe(false);
    expect(status.structuredContent.project).toBe(repo);
  });
});

describe("raw stdio", () => {
  it("skips a malformed line and answers the next request", async () => {
    const child = spawn(process.execPath, [MCP_ENTRY], { cwd: repo, env: { PATH: process.env.PATH ?? "", ...home.env, CLAUDE_CONFIG_DIR: claudeConfig }, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    const init = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "0" } } };
    child.stdin.write(`{not json\n${"\u0000garbage"}\n${JSON.stringify(init)}\n`);
    const deadline = Date.now() + 10_000;
    while (!out.includes('"id":1') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.stdin.end();
    await new Promise((r) => child.once("close", r));
    const reply = out.split("\n").filter((l) => l.includes('"id":1')).map((l) => JSON.parse(l))[0];
    expect(reply?.result?.serverInfo?.name).toBe("codex-collab");
  });
});

describe("stage tools", () => {
  it("continue one Codex thread per Claude session + task, named by the claude_session_id parameter", async () => {
    const id = "aaaabbbb-cccc-4ddd-8eee-ffff00001111";
    const a = await call("analyze", { requirement: "add a login page", claude_session_id: id });
    expect(a.isError ?? false, resultText(a)).toBe(false);
    expect(a.structuredContent.session).toBe(id);
    expect(a.structuredContent.stage).toBe(1);
    const d = await call("design", { task: "design it", claude_session_id: id });
    expect(d.structuredContent.SESSION_ID).toBe(a.structuredContent.SESSION_ID);
    expect(d.structuredContent.stage).toBe(2);
    const other = await call("ask", { message: "other task", claude_session_id: id, task_name: "Other" });
    expect(other.structuredContent.SESSION_ID).not.toBe(a.structuredContent.SESSION_ID);
    // Without the parameter the server's own CLAUDE_CODE_SESSION_ID names the session.
    const env = await call("ask", { message: "hello" });
    expect(env.structuredContent.session).toBe(CLAUDE_SESSION);
    const sessions = await call("sessions", {});
    expect((sessions.structuredContent.items as Array<{ name: string }>).map((s) => s.name)).toEqual(expect.arrayContaining([id, `${id}:other`, CLAUDE_SESSION]));
  });

  it("redact secrets before they reach the model", async () => {
    const secret = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
    const r = await call("debug", { problem: "auth fails", error_output: `token=${secret}\nError: 401` });
    expect(r.isError ?? false, resultText(r)).toBe(false);
    expect(JSON.stringify(srv.responseRequests().at(-1)!.body)).not.toContain(secret);
    expect(r.structuredContent.redactions).toBeGreaterThan(0);
  });
});

describe("review and prototype tools", () => {
  it("review sends the change for schema-bound findings and returns them as text and data", async () => {
    const finding = { severity: "must-fix", file: "src/a.ts", line_start: 1, line_end: 1, title: "Exported constant is mutable state", explanation: "x", suggested_fix: "y", confidence: 0.9 };
    script = (req) => (wantsSchema(req) ? { text: JSON.stringify({ verdict: "request-changes", summary: "One problem.", findings: [finding] }) } : { text: "ok" });
    writeFileSync(join(repo, "src/a.ts"), "export let a = 1;\n");
    try {
      const r = await call("review", { focus: "mutability", claude_session_id: "rev-session" });
      expect(r.isError ?? false, resultText(r)).toBe(false);
      expect(resultText(r)).toContain("Exported constant is mutable state");
      expect(r.structuredContent.review.findings[0].title).toBe(finding.title);
      const sent = srv.responseRequests().at(-1)!;
      expect(wantsSchema(sent)).toBe(true);
      expect(userTexts(sent).join("\n")).toContain("export let a = 1;");
      expect(userTexts(sent).join("\n")).toContain("mutability");
    } finally {
      git(repo, "checkout", "--", "src/a.ts");
    }
  });

  it("prototype checks the diffs with git apply --check and reports them", async () => {
    const diff = "```diff\n--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1 +1 @@\n-export const a = 1;\n+export const a = 2;\n```";
    script = () => ({ text: `Here is the sketch.\n\n${diff}` });
    const r = await call("prototype", { task: "make a two", claude_session_id: "proto-session" });
    expect(r.isError ?? false, resultText(r)).toBe(false);
    expect(r.structuredContent.patches).toEqual([expect.objectContaining({ file: "src/a.ts", applies: true })]);
    expect(resultText(r)).toContain("Prototype check: 1 file — applies: src/a.ts");
    expect(git(repo, "status", "--porcelain")).not.toContain("src/a.ts");
  });
});

describe("dry_run: what would be sent, and nothing sent", () => {
  const secret = "ghp_" + "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2";

  it("every sending tool returns the prompt after redaction as text and data; the model gets 0 requests, no session is recorded", async () => {
    const id = "dddddddd-1111-4222-8333-000000000001";
    const before = srv.responseRequests().length;
    const sessionsBefore = ((await call("sessions", {})).structuredContent.items as unknown[]).length;
    const calls: Array<[string, Record<string, unknown>, string]> = [
      ["codex", { PROMPT: `contract words KIWI token=${secret}`, cd: repo }, "KIWI"],
      ["analyze", { requirement: `analyse words MANGO token=${secret}` }, "MANGO"],
      ["ask", { message: `ask words PAPAYA token=${secret}` }, "PAPAYA"],
      ["design", { task: `design words GUAVA token=${secret}` }, "GUAVA"],
      ["prototype", { task: `prototype words LYCHEE token=${secret}` }, "LYCHEE"],
      ["debug", { problem: "debug words QUINCE", error_output: `token=${secret}\nError: 401` }, "QUINCE"],
    ];
    for (const [name, args, word] of calls) {
      const r = await call(name, { ...args, ...(name === "codex" ? {} : { claude_session_id: id }), dry_run: true });
      expect(r.isError ?? false, resultText(r)).toBe(false);
      const preview = name === "codex" ? r.structuredContent.preview : r.structuredContent;
      expect(preview.dryRun, name).toBe(true);
      expect(preview.prompt, name).toContain(word);
      expect(preview.prompt, name).not.toContain(secret);
      expect(preview.redactions.count, name).toBeGreaterThan(0);
      expect(preview.bytes, name).toBe(Buffer.byteLength(preview.prompt));
      expect(resultText(r), name).toContain("dry run — nothing was sent");
      expect(resultText(r), name).toContain(preview.prompt);
      expect(resultText(r), name).not.toContain(secret);
    }
    expect(srv.responseRequests().length).toBe(before);
    expect(((await call("sessions", {})).structuredContent.items as unknown[]).length).toBe(sessionsBefore);
  });

  it("review lists the files it would send and those it leaves out with the reason; nothing reaches the model", async () => {
    writeFileSync(join(repo, "src/a.ts"), `export const a = 2; // token=${secret}\n`);
    writeFileSync(join(repo, ".env"), `API_KEY=${secret}\n`);
    try {
      const before = srv.responseRequests().length;
      const r = await call("review", { claude_session_id: "dry-review", dry_run: true });
      expect(r.isError ?? false, resultText(r)).toBe(false);
      const p = r.structuredContent;
      expect(p.files.included).toContain("src/a.ts");
      expect(p.files.leftOut).toEqual(expect.arrayContaining([expect.objectContaining({ path: ".env" })]));
      expect(p.prompt).toContain("export const a = 2;");
      expect(p.prompt).not.toContain(secret);
      expect(p.redactions.count).toBeGreaterThan(0);
      expect(resultText(r)).toMatch(/left out {2}"\.env"/);
      expect(srv.responseRequests().length).toBe(before);
      const reviews = await call("reviews", {});
      expect((reviews.structuredContent.items as Array<{ sessionName: string }>).some((x) => x.sessionName === "dry-review")).toBe(false);
    } finally {
      git(repo, "checkout", "--", "src/a.ts");
      rmSync(join(repo, ".env"), { force: true });
    }
  });

  it("review after a review in the same thread would send only what changed since; full sends the whole change", async () => {
    writeFileSync(join(repo, "src/a.ts"), "export let a = 3;\n");
    try {
      const since = await call("review", { claude_session_id: "rev-session", dry_run: true });
      expect(since.isError ?? false, resultText(since)).toBe(false);
      expect(since.structuredContent.review.mode).toBe("incremental");
      const full = await call("review", { claude_session_id: "rev-session", dry_run: true, full: true });
      expect(full.structuredContent.review.mode).toBe("full");
    } finally {
      git(repo, "checkout", "--", "src/a.ts");
    }
  });

  it("a clean tree: review says nothing would be sent", async () => {
    const r = await call("review", { claude_session_id: "dry-review", dry_run: true });
    expect(r.isError ?? false, resultText(r)).toBe(false);
    expect(r.structuredContent).toEqual({ dryRun: true, skipped: expect.any(String) });
    expect(resultText(r)).toContain("nothing would be sent");
  });

  it("the same refusals hold: a looser sandbox is refused in a dry run too", async () => {
    const r = await call("codex", { PROMPT: "edit", cd: repo, sandbox: "workspace-write", dry_run: true });
    expect(r.isError).toBe(true);
    expect(r.structuredContent.error.code).toBe("SANDBOX_NOT_ALLOWED");
  });
});

describe("status", () => {
  it("shows the tokens used and their estimated cost, per project and session", async () => {
    const r = await call("status", {});
    expect(r.isError ?? false, resultText(r)).toBe(false);
    const usage = r.structuredContent.usage;
    expect(usage.project.turns).toBeGreaterThan(0);
    expect(usage.project.input_tokens).toBeGreaterThan(0);
    expect(usage.project.costUsd).toBeGreaterThan(0);
    expect(usage.sessions.length).toBeGreaterThan(0);
    expect(usage.prices.note).toContain("estimate");
    expect(JSON.parse(resultText(r)).usage).toEqual(usage);
  });
});

describe("codex-collab mcp", () => {
  it("serves the same tools from the CLI", async () => {
    const conn = await connectMcp({ cwd: repo, env: { ...home.env, CLAUDE_CONFIG_DIR: claudeConfig }, args: [CLI, "mcp"] });
    try {
      const { tools } = await conn.client.listTools();
      expect(tools).toHaveLength(10);
      const r = await call("codex", { PROMPT: "x", cd: repo, sandbox: "danger-full-access" }, conn);
      expect(r.structuredContent.error.code).toBe("SANDBOX_NOT_ALLOWED");
    } finally {
      await conn.close();
    }
  });
});

describe("progress and cancellation", () => {
  it("sends progress at least every 10 s while Codex works", async () => {
    script = async (req) => {
      await new Promise((r) => setTimeout(r, 12_000));
      return { text: "slow answer" };
    };
    const stamps: number[] = [];
    const started = Date.now();
    const r = await mcp.client.callTool({ name: "codex", arguments: { PROMPT: "take your time", cd: repo } }, undefined, {
      timeout: 120_000,
      onprogress: () => stamps.push(Date.now()),
    });
    const ended = Date.now();
    expect((r as any).structuredContent.agent_messages).toBe("slow answer");
    expect(stamps.length).toBeGreaterThanOrEqual(3);
    const gaps = [stamps[0]! - started, ...stamps.slice(1).map((t, i) => t - stamps[i]!), ended - stamps.at(-1)!];
    expect(Math.max(...gaps)).toBeLessThan(10_000);
  }, 60_000);

  it("a cancelled call stops the Codex process tree within 2 s, and the server still answers", async () => {
    let reached!: () => void;
    const atModel = new Promise<void>((r) => (reached = r));
    script = () => {
      reached();
      return { hang: true };
    };
    const controller = new AbortController();
    const pending = mcp.client.callTool({ name: "codex", arguments: { PROMPT: "never finishes", cd: repo } }, undefined, { signal: controller.signal, timeout: 120_000 });
    pending.catch(() => {});
    await atModel;
    const codexPids = pidsUsingHome(home.home).filter((p) => p !== mcp.pid);
    expect(codexPids.length).toBeGreaterThan(0);
    const cancelledAt = Date.now();
    controller.abort("user pressed Esc");
    await expect(pending).rejects.toThrow();
    while (codexPids.some(isAlive) && Date.now() - cancelledAt < 5_000) await new Promise((r) => setTimeout(r, 20));
    expect(codexPids.filter(isAlive)).toEqual([]);
    expect(Date.now() - cancelledAt).toBeLessThan(2_000);
    expect(isAlive(mcp.pid)).toBe(true);
    const status = await call("status", {});
    expect(status.isError ?? false).toBe(false);
  }, 60_000);

  it("closing the connection stops a running Codex turn too", async () => {
    script = () => ({ hang: true });
    const conn = await connect();
    const pending = conn.client.callTool({ name: "codex", arguments: { PROMPT: "orphan", cd: repo } }, undefined, { timeout: 120_000 });
    pending.catch(() => {});
    const deadline = Date.now() + 30_000;
    let pids: number[] = [];
    while (pids.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      pids = pidsUsingHome(home.home).filter((p) => p !== mcp.pid && p !== conn.pid);
    }
    expect(pids.length).toBeGreaterThan(0);
    await conn.close();
    const closedAt = Date.now();
    while (pids.some(isAlive) && Date.now() - closedAt < 10_000) await new Promise((r) => setTimeout(r, 50));
    expect(pids.filter(isAlive)).toEqual([]);
  }, 60_000);
});
