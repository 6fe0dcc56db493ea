// runPrototype with the real codex binary against the local Responses server, in a real git repository:
// a diff that does not apply goes back to Codex once, in the same thread, with git's messages as data.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { openStore } from "../../src/state/store.js";
import { runPrototype } from "../../src/workflow/prototype.js";
import { resolveTarget } from "../../src/workflow/turn.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { git, makeRepo } from "../support/git.js";
import { assistantTexts, startResponsesServer, userTexts, type ResponsesServer, type Script } from "../support/responses-server.js";

const FILES = {
  "src/a.ts": "export const a = 1;\nexport const b = 2;\nexport const c = 3;\n",
  "src/c.ts": "line one\nline two\nline three\n",
};

const GOOD_A = "```diff\n--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1,3 +1,3 @@\n export const a = 1;\n-export const b = 2;\n+export const b = 20;\n export const c = 3;\n```";
const BAD_C = "```diff\n--- a/src/c.ts\n+++ b/src/c.ts\n@@ -1,3 +1,3 @@\n line one\n-line 2\n+line TWO\n line three\n```";
const GOOD_C = "```diff\n--- a/src/c.ts\n+++ b/src/c.ts\n@@ -1,3 +1,3 @@\n line one\n-line two\n+line TWO\n line three\n```";
const FIRST = `**Approach**\n- bump b, rename a line\n\n**Patch**\n${GOOD_A}\n\n${BAD_C}\n\n**Notes**\n- none`;

let srv: ResponsesServer;
let home: CodexHome;
let repo: string;

async function rig(script: Script) {
  srv = await startResponsesServer({ script });
  home = await makeCodexHome(srv.url);
  repo = makeRepo(FILES, "cc-proto-wf-");
}

afterEach(async () => {
  await srv?.close();
  await home?.cleanup();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** git status of the user's files: our own state file (.codex-collab) is expected to appear. */
function userStatus(): string {
  return git(repo, "status", "--porcelain", "--untracked-files=all")
    .split("\n")
    .filter((l) => !l.includes(".codex-collab"))
    .join("\n");
}

function request(task: string) {
  const store = openStore(repo);
  return {
    root: repo,
    store,
    config: loadConfig(repo),
    target: resolveTarget(store, { task: "proto" }),
    task: "proto",
    env: { ...home.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN },
    timeoutMs: 30_000,
    idleTimeoutMs: 30_000,
    vars: { task },
  };
}

describe("runPrototype", () => {
  it("a diff that does not apply is sent back once in the same thread; the corrected one applies", async () => {
    await rig((_req, i) => ({ text: i === 0 ? FIRST : `Corrected:\n\n${GOOD_C}` }));
    const statusBefore = userStatus();
    const retried: string[] = [];
    const out = await runPrototype({ ...request("Make b twenty and shout line two"), onRetry: (failed) => retried.push(...failed.map((f) => f.file)) });

    expect(out.turn.result.success).toBe(true);
    expect(retried).toEqual(["src/c.ts"]);
    expect(out.files.map((f) => [f.file, f.applies, f.retried, f.error])).toEqual([
      ["src/a.ts", true, false, undefined],
      ["src/c.ts", true, true, undefined],
    ]);
    expect(out.checked).toBe(true);
    expect(out.combinedError).toBeNull();
    expect(out.combined).toContain("+export const b = 20;");
    expect(out.combined).toContain("+line TWO");

    // The follow-up resumed the first turn's thread: its request carries the first prompt and answer.
    const reqs = srv.responseRequests();
    expect(reqs).toHaveLength(2);
    expect(out.retry?.result.SESSION_ID).toBe(out.turn.result.SESSION_ID);
    const second = userTexts(reqs[1]!).join("\n");
    expect(second).toContain("Make b twenty and shout line two");
    expect(assistantTexts(reqs[1]!).join("\n")).toContain("-line 2");
    // The retry prompt quotes git's own error for the failing file, inside a data section, and names only it.
    const retryPrompt = userTexts(reqs[1]!).at(-1)!;
    expect(retryPrompt).toMatch(/<<<DATA context \S+>>>[\s\S]*src\/c\.ts:\nerror: patch failed: src\/c\.ts:1\nerror: src\/c\.ts: patch does not apply[\s\S]*<<<END DATA context/);
    expect(retryPrompt).toContain("rejected the diffs for src/c.ts.");
    expect(retryPrompt).not.toContain("src/a.ts");

    // Nothing was applied or written in the tree.
    expect(userStatus()).toBe(statusBefore);
    expect(statusBefore).toBe("");
    expect(readFileSync(join(repo, "src/c.ts"), "utf8")).toBe(FILES["src/c.ts"]);

    // Both turns are in the task's session; the follow-up keeps the flow at stage 3.
    const session = openStore(repo).read().sessions[out.turn.session.name]!;
    expect(session.stage).toBe(3);
    expect(session.history.map((h) => [h.kind, h.stage, h.outcome])).toEqual([
      ["prototype", 3, "ok"],
      ["ask", 3, "ok"],
    ]);
  });

  it("a follow-up that is still wrong leaves the file reported as not applying, with git's error", async () => {
    await rig((_req, i) => ({ text: i === 0 ? FIRST : `Try this:\n\n${BAD_C}` }));
    const out = await runPrototype(request("Make b twenty and shout line two"));
    expect(srv.responseRequests()).toHaveLength(2);
    const c = out.files.find((f) => f.file === "src/c.ts");
    expect(c).toMatchObject({ applies: false, retried: true });
    expect(c?.error).toContain("error: src/c.ts: patch does not apply");
    expect(out.combined).not.toContain("src/c.ts");
    expect(out.combined).toContain("src/a.ts");
  });

  it("no follow-up when every diff applies; none either when the answer has no diff", async () => {
    await rig((_req, i) => ({ text: i === 0 ? `${GOOD_A}\n${GOOD_C}` : "No diff here, just words." }));
    const all = await runPrototype(request("Both changes"));
    expect(all.files.every((f) => f.applies)).toBe(true);
    expect(all.retry).toBeUndefined();
    expect(srv.responseRequests()).toHaveLength(1);
    const none = await runPrototype(request("Anything"));
    expect(none.files).toEqual([]);
    expect(none.retry).toBeUndefined();
    expect(srv.responseRequests()).toHaveLength(2);
  });
});
