// runTurn's read-only proof with the real codex in a real git repo. The "before" snapshot is taken while codex
// starts up, gated so it still precedes every model request: a change made while the model is answering (here by
// the model server itself, standing in for a sandbox escape) must be caught, and a failing preparation must stop
// the turn before codex sees the prompt.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/state/store.js";
import { runTurn } from "../../src/workflow/turn.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo } from "../support/git.js";
import { startResponsesServer, type ResponsesServer } from "../support/responses-server.js";

let srv: ResponsesServer;
let home: CodexHome;
let repo: string;
/** What the model server does to the repo when a request arrives. */
let onRequest: () => void = () => {};

beforeAll(async () => {
  srv = await startResponsesServer({
    script: () => {
      onRequest();
      return { text: "done" };
    },
  });
  home = await makeCodexHome(srv.url);
  repo = makeRepo({ "src/a.ts": "export const a = 1;\n", "notes.md": "# notes\n" }, "cc-turn-");
});

afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

function turn(name: string, extra: Partial<Parameters<typeof runTurn>[0]> = {}) {
  return runTurn({
    store: openStore(repo),
    root: repo,
    target: { name, threadId: null, fresh: true },
    prompt: "look only",
    kind: "run",
    title: "look only",
    timeoutMs: 30_000,
    env: { ...home.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN },
    ...extra,
  });
}

describe("runTurn read-only proof", () => {
  it("an untouched tree passes and the turn is recorded", async () => {
    onRequest = () => {};
    const out = await turn("clean");
    expect(out.result.error).toBeUndefined();
    expect(out.violations).toEqual([]);
    expect(out.session.history.at(-1)?.outcome).toBe("ok");
  });

  it("a file changed while the model answers fails the turn with SANDBOX_VIOLATION", async () => {
    onRequest = () => writeFileSync(join(repo, "src/a.ts"), "export const a = 2;\n");
    const out = await turn("escaped");
    expect(out.violations).toEqual(["src/a.ts"]);
    expect(out.result.success).toBe(false);
    expect(out.result.error?.code).toBe("SANDBOX_VIOLATION");
    expect(out.session.history.at(-1)?.outcome).toBe("failed");
    writeFileSync(join(repo, "src/a.ts"), "export const a = 1;\n");
  });

  it("changes another actor is expected to make are not violations", async () => {
    onRequest = () => writeFileSync(join(repo, "notes.md"), "# notes\nedited by Claude meanwhile\n");
    const out = await turn("expected", { expectedChanges: () => new Set(["notes.md"]) });
    expect(out.violations).toEqual([]);
    expect(out.result.success).toBe(true);
  });

  it("a preparation failure (unreadable state) stops the turn before codex sees the prompt", async () => {
    onRequest = () => {};
    const stateFile = join(repo, ".codex-collab");
    const saved = readFileSync(stateFile, "utf8");
    writeFileSync(stateFile, JSON.stringify({ version: 999 }));
    const before = srv.requests.length;
    try {
      await expect(turn("newer-state")).rejects.toThrow(/newer codex-collab/);
      expect(srv.requests.length).toBe(before);
    } finally {
      writeFileSync(stateFile, saved);
    }
  });
});
