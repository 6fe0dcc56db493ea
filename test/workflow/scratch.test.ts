// A `review` killed with SIGKILL cannot remove its codex-collab-review-* scratch directory; the next start must.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanStaleScratch } from "../../src/workflow/scratch.js";
import { CLI, runCli } from "../support/cli.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo, writeFiles } from "../support/git.js";
import { killTree, processTree, waitFor } from "../support/hooks.js";
import { startResponsesServer, wantsSchema, type ResponsesServer } from "../support/responses-server.js";

const REVIEW = { verdict: "approve", summary: "Fine.", findings: [] };

let srv: ResponsesServer;
let home: CodexHome;
let repo: string;
let tmp: string;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  let first = true;
  srv = await startResponsesServer({
    script: (req) => {
      if (first && wantsSchema(req)) {
        first = false;
        return { hang: true };
      }
      return { text: JSON.stringify(REVIEW) };
    },
  });
  home = await makeCodexHome(srv.url);
  repo = makeRepo({ "src/a.ts": "export const a = 1;\n" });
  tmp = mkdtempSync(join(tmpdir(), "cc-scratch-"));
  env = { ...home.env, TMPDIR: tmp, CODEX_COLLAB_CLAUDE_SESSION_ID: "s1", CLAUDE_CODE_SESSION_ID: undefined, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN };
});

afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
  for (const d of [repo, tmp]) if (d) rmSync(d, { recursive: true, force: true });
});

const reviewDirs = (): string[] => readdirSync(tmp).filter((n) => n.startsWith("codex-collab-review-"));

describe("scratch directories", () => {
  it("a SIGKILLed review leaves its directory; the next review removes it", async () => {
    writeFiles(repo, { "src/a.ts": "export const a = 2;\n" });
    const procEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined) procEnv[k] = v;
    const child = spawn(process.execPath, [CLI, "review", "--quiet"], { cwd: repo, env: procEnv, stdio: "ignore" });
    const left = await waitFor("the review's scratch directory and its request", () => srv.responseRequests().length > 0 && reviewDirs().length === 1 && reviewDirs(), 30_000);
    expect(left[0]).toMatch(new RegExp(`^codex-collab-review-${child.pid}-`));
    const tree = processTree(child.pid!);
    const exited = new Promise((r) => child.on("exit", r));
    child.kill("SIGKILL");
    await exited;
    for (const p of tree) killTree(p);
    expect(reviewDirs()).toEqual(left);

    const r = await runCli(["review", "--json"], { cwd: repo, env });
    expect(r.code, r.stderr).toBe(0);
    expect(reviewDirs()).toEqual([]);
  });

  it("keeps the directories of live processes and of other names; removes unowned ones only when old", () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-scratch-unit-"));
    try {
      mkdirSync(join(dir, `codex-collab-review-${process.pid}-abc123`));
      mkdirSync(join(dir, "codex-collab-review-Zx81Qa"));
      mkdirSync(join(dir, "codex-collab-reviewer-notes"));
      expect(cleanStaleScratch(dir)).toEqual([]);
      expect(cleanStaleScratch(dir, Date.now() + 2 * 24 * 3600 * 1000)).toEqual([join(dir, "codex-collab-review-Zx81Qa")]);
      expect(readdirSync(dir).sort()).toEqual([`codex-collab-review-${process.pid}-abc123`, "codex-collab-reviewer-notes"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
