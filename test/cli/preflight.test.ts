// Preflight and receipts through the built CLI and the real codex: `--dry-run` on every verb that sends prints
// what would be sent and sends nothing; every real run ends with a one-line receipt; usage and the estimated cost
// appear in the JSON contract, `status` and `sessions show`, priced from the shipped table or the config's.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo, writeFiles } from "../support/git.js";
import { startResponsesServer, wantsSchema, type ResponsesServer } from "../support/responses-server.js";

const SECRET = "ghp_Zx8Kq2Lm4Np6Rs8Tv0Wy2Ab4Cd6Ef8Gh0Ij1K";
const USAGE = { input_tokens: 1_000_000, cached_tokens: 400_000, output_tokens: 100_000 };
const REVIEW = { verdict: "comment", summary: "ok", findings: [] };

let srv: ResponsesServer;
let home: CodexHome;
const repos: string[] = [];
let env: Record<string, string | undefined>;

beforeAll(async () => {
  srv = await startResponsesServer({ script: (req) => ({ text: wantsSchema(req) ? JSON.stringify(REVIEW) : "Plan: do it.", usage: USAGE }) });
  home = await makeCodexHome(srv.url);
  env = { ...home.env, CODEX_COLLAB_CLAUDE_SESSION_ID: "claude-pre", CLAUDE_CODE_SESSION_ID: undefined, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN };
});

afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
  for (const r of repos) rmSync(r, { recursive: true, force: true });
});

function repo(files: Record<string, string> = {}): string {
  const dir = makeRepo({ "src/app.ts": "export const app = 1;\n", ...files }, "cc-pre-");
  repos.push(dir);
  return dir;
}

describe("--dry-run", () => {
  const verbs: [string, string[]][] = [
    ["run", ["run", "--prompt", `use ${SECRET} please`]],
    ["analyze", ["analyze", `add login; token ${SECRET}`]],
    ["design", ["design", `design it; token ${SECRET}`]],
    ["ask", ["ask", `why? token ${SECRET}`]],
    ["debug", ["debug", `it fails; token ${SECRET}`]],
    ["prototype", ["prototype", `sketch it; token ${SECRET}`]],
    ["review", ["review", "--about", `token ${SECRET}`]],
  ];
  for (const [verb, args] of verbs) {
    it(`${verb} prints the redacted prompt and sends nothing`, async () => {
      const root = repo();
      writeFileSync(join(root, "src/app.ts"), `export const app = 2;\nexport const key = "${SECRET}";\n`);
      const before = srv.responseRequests().length;
      const r = await runCli([...args, "--dry-run", "--json"], { cwd: root, env });
      expect(r.code, r.stderr).toBe(0);
      expect(srv.responseRequests().length).toBe(before);
      const out = JSON.parse(r.stdout);
      expect(out.dryRun).toBe(true);
      expect(out.prompt).not.toContain(SECRET);
      expect(out.prompt).toContain("[REDACTED");
      expect(out.redactions.count).toBeGreaterThan(0);
      expect(out.bytes).toBe(Buffer.byteLength(out.prompt));
      if (verb === "review") expect(out.files.included).toEqual(["src/app.ts"]);
      // Nothing recorded either: no session, no review.
      const state = existsSync(join(root, ".codex-collab")) ? JSON.parse(readFileSync(join(root, ".codex-collab"), "utf8")) : { sessions: {}, reviews: [] };
      expect(Object.keys(state.sessions ?? {})).toEqual([]);
      expect(state.reviews ?? []).toEqual([]);
    });
  }

  it("the text form names every file in and out with its reason", async () => {
    const root = repo();
    writeFiles(root, { "src/app.ts": "export const app = 3;\n", ".env": "A=1\n", "package-lock.json": "{}\n" });
    const r = await runCli(["review", "--dry-run"], { cwd: root, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^dry run — nothing was sent/);
    expect(r.stdout).toContain('included  "src/app.ts"');
    expect(r.stdout).toContain('left out  ".env" (secret-file)');
    expect(r.stdout).toContain('left out  "package-lock.json" (lockfile)');
    expect(r.stdout).toContain("----- prompt as it would be sent -----");
  });
});

describe("receipts, usage and cost", () => {
  it("a real run ends with one receipt line; the JSON contract carries usage and the estimate", async () => {
    const root = repo();
    const r = await runCli(["analyze", "--json", `add login; token ${SECRET}`], { cwd: root, env });
    expect(r.code, r.stderr).toBe(0);
    const receipts = r.stderr.split("\n").filter((l) => l.startsWith("codex-collab: sent "));
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatch(/^codex-collab: sent 0 files, [\d.]+ kB, 1 value redacted · 1,000,000 in \(400,000 cached\) \/ 100,000 out tokens, ~\$6\.20\d? \(estimate, gpt-5\.5 prices of \d{4}-\d{2}\)$/);
    expect(r.stderr).not.toContain(SECRET);
    const out = JSON.parse(r.stdout);
    // gpt-5.5: 600k × $5 + 400k × $0.50 + 100k × $30 per million.
    expect(out.receipt.costUsd).toBeCloseTo(6.2, 6);
    expect(out.receipt.usage).toMatchObject({ input_tokens: 1_000_000, cached_input_tokens: 400_000, output_tokens: 100_000 });
    expect(out.session_usage).toMatchObject({ turns: 1, costUsd: out.receipt.costUsd });

    writeFileSync(join(root, "src/app.ts"), "export const app = 5;\n");
    const rv = await runCli(["review", "--json"], { cwd: root, env });
    expect(rv.code, rv.stderr).toBe(0);
    expect(rv.stderr).toMatch(/codex-collab: sent 1 file, /);
    expect(JSON.parse(rv.stdout).receipt.files).toBe(1);

    const status = await runCli(["status", "--json"], { cwd: root, env });
    const s = JSON.parse(status.stdout);
    expect(s.usage.project.turns).toBe(2);
    expect(s.usage.project.costUsd).toBeCloseTo(12.4, 6);
    expect(s.usage.prices.note).toMatch(/estimate/);
    const text = await runCli(["status"], { cwd: root, env });
    expect(text.stdout).toMatch(/Usage — 2 turns: 2,000,000 in \(800,000 cached\) \/ 200,000 out tokens, ~\$12\.40\d? \(estimate\)/);
    const show = await runCli(["sessions", "show", "claude-pre"], { cwd: root, env });
    expect(show.stdout).toMatch(/cost +~\$12\.40\d? \(estimate\)/);
  });

  it("the config's price table overrides the shipped one, with its date; an invalid one is refused; a repository's is not used", async () => {
    // Prices are the user's own setting (a repository's zero prices would lift the cost cap): the user scope.
    const userDir = mkdtempSync(join(tmpdir(), "cc-pre-user-"));
    repos.push(userDir);
    const userEnv = { ...env, CLAUDE_CONFIG_DIR: userDir };
    const prices = { context: { model: "house-model", pricesDate: "2026-11-30", prices: { "house-model": { input: 1, cachedInput: 0, output: 2 } } } };
    writeFileSync(join(userDir, "codex-collab.json"), JSON.stringify(prices));
    const root = repo();
    const r = await runCli(["ask", "--json", "anything?"], { cwd: root, env: userEnv });
    expect(r.code, r.stderr).toBe(0);
    // 600k × $1 + 400k × $0 + 100k × $2 per million.
    expect(JSON.parse(r.stdout).receipt).toMatchObject({ costUsd: 0.8, model: "house-model", pricesDate: "2026-11-30" });
    expect(r.stderr).toContain("(estimate, house-model prices of 2026-11-30)");

    // The same table in the repository's file is refused (said on stderr), and the shipped prices apply.
    const shared = repo({ ".claude/codex-collab.json": JSON.stringify(prices) });
    const fromRepo = await runCli(["ask", "--json", "anything?"], { cwd: shared, env });
    expect(fromRepo.code, fromRepo.stderr).toBe(0);
    expect(JSON.parse(fromRepo.stdout).receipt.model).not.toBe("house-model");
    expect(fromRepo.stderr).toMatch(/context\.prices/);

    writeFileSync(join(userDir, "codex-collab.json"), JSON.stringify({ context: { prices: { "house-model": { input: -1, cachedInput: 0, output: 2 } } } }));
    const bad = await runCli(["ask", "anything?"], { cwd: root, env: userEnv });
    expect(bad.code).toBe(8);
    expect(bad.stderr).toMatch(/context\.prices/);
  });
});
