// Incremental reviews with the real codex against the local Responses server, in real git repos: a later review
// in the same thread sends only what changed since the thread's last review — right for edits, renames,
// deletions, untracked files, reverts and --base reviews — and the whole change again on a new thread or --full.
// The user's index and stash are never touched, and --dry-run sends nothing.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { Config } from "../../src/config/schema.js";
import { openStore } from "../../src/state/store.js";
import { previewReview, reviewChange, type ReviewRequest } from "../../src/workflow/review.js";
import { resolveTarget } from "../../src/workflow/turn.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { git, makeRepo, writeFiles } from "../support/git.js";
import { startResponsesServer, userTexts, wantsSchema, type ResponsesServer } from "../support/responses-server.js";

const FINDING = {
  severity: "should-fix",
  file: "src/a.ts",
  line_start: 1,
  line_end: 1,
  title: "a is never validated",
  explanation: "x",
  suggested_fix: "y",
  confidence: 0.9,
};

let srv: ResponsesServer;
/** What the model server does to the repository when a review request arrives (Claude editing meanwhile). */
let duringReview: () => void = () => {};
let home: CodexHome;
const repos: string[] = [];

beforeAll(async () => {
  srv = await startResponsesServer({
    script: (req) => (wantsSchema(req) ? (duringReview(), { text: JSON.stringify({ verdict: "comment", summary: "ok", findings: [FINDING] }) }) : { text: "ok" }),
  });
  home = await makeCodexHome(srv.url);
});

afterAll(async () => {
  await srv?.close();
  await home?.cleanup();
  for (const r of repos) rmSync(r, { recursive: true, force: true });
});

function lines(prefix: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `export const ${prefix}${i} = ${i};\n`).join("");
}

function repo(files: Record<string, string> = { "src/a.ts": lines("a", 30), "src/b.ts": lines("b", 30), "src/c.ts": lines("c", 30) }): string {
  const dir = makeRepo(files, "cc-incr-");
  repos.push(dir);
  return dir;
}

function request(root: string, extra: Partial<ReviewRequest> = {}): ReviewRequest {
  const store = openStore(root);
  const config = z.parse(Config, {});
  return {
    store,
    root,
    config,
    target: resolveTarget(store, { claudeSessionId: "s1", fresh: extra.target?.fresh }),
    claudeSessionId: "s1",
    timeoutMs: 60_000,
    env: { ...home.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN },
    ...extra,
  };
}

/** The review prompt codex sent last (the last user message of the last schema request). */
function lastPrompt(): string {
  const req = srv.responseRequests().filter(wantsSchema).at(-1);
  return req ? (userTexts(req).at(-1) ?? "") : "";
}

async function review(root: string, extra: Partial<ReviewRequest> = {}) {
  const out = await reviewChange(request(root, extra));
  expect(out.record.status, out.record.error ?? out.record.skipReason).toBe("done");
  return { out, prompt: lastPrompt() };
}

function edit(root: string, path: string, from: string, to: string): void {
  const file = join(root, path);
  writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
}

describe("incremental reviews", () => {
  it("sends only the change since the thread's last review, names the files, lists open findings", async () => {
    const root = repo();
    edit(root, "src/a.ts", "a1 = 1", "a1 = 100");
    edit(root, "src/b.ts", "b1 = 1", "b1 = 100");
    const first = await review(root);
    expect(first.out.since).toBeUndefined();
    expect(first.prompt).toContain("b1 = 100");
    expect(first.out.record.tree).toMatch(/^[0-9a-f]{40}$/);
    expect(first.out.record.threadId).toBeTruthy();

    edit(root, "src/c.ts", "c2 = 2", "c2 = 200");
    const second = await review(root);
    expect(second.out.since).toBe(first.out.record.id);
    expect(second.prompt).toContain("c2 = 200");
    expect(second.prompt).not.toContain("a1 = 100");
    expect(second.prompt).not.toContain("b1 = 100");
    expect(second.prompt).toContain("Files changed since the earlier review");
    expect(second.prompt).toContain("already in this conversation");
    expect(second.prompt).toContain("a is never validated");
    expect(second.prompt).not.toContain("## Checklist");
    // The whole change is still what the review record covers.
    expect(second.out.record.files).toEqual(["src/a.ts", "src/b.ts", "src/c.ts"]);
  });

  it("renames, deletions and new untracked files since the last review", async () => {
    const root = repo();
    writeFiles(root, { "src/new.ts": lines("n", 10) });
    edit(root, "src/a.ts", "a1 = 1", "a1 = 100");
    await review(root);

    renameSync(join(root, "src/new.ts"), join(root, "src/renamed.ts"));
    unlinkSync(join(root, "src/b.ts"));
    writeFiles(root, { "src/other.ts": "export const other = 1;\n" });
    const { out, prompt } = await review(root);
    expect(out.since).toBeTruthy();
    expect(prompt).toMatch(/rename from src\/new\.ts\nrename to src\/renamed\.ts/);
    expect(prompt).toContain("deleted file mode");
    expect(prompt).toContain("+export const other = 1;");
    expect(prompt).not.toContain("a1 = 100");
  });

  it("odd file names (a newline, a glob character) are recorded and compared exactly", async () => {
    const root = repo();
    writeFiles(root, { "src/odd\nname.ts": "export const odd = 1;\n", "src/[x]*.ts": "export const star = 1;\n" });
    edit(root, "src/a.ts", "a1 = 1", "a1 = 100");
    await review(root);
    writeFiles(root, { "src/odd\nname.ts": "export const odd = 2;\n" });
    const { out, prompt } = await review(root);
    expect(out.since).toBeTruthy();
    expect(prompt).toContain("+export const odd = 2;");
    expect(prompt).not.toContain("export const star = 1;");
    expect(prompt).not.toContain("a1 = 100");
  });

  it("a revert of an earlier reviewed change is sent as such", async () => {
    const root = repo();
    edit(root, "src/a.ts", "a1 = 1", "a1 = 100");
    edit(root, "src/b.ts", "b1 = 1", "b1 = 100");
    await review(root);
    git(root, "checkout", "--", "src/a.ts");
    const { out, prompt } = await review(root);
    expect(out.since).toBeTruthy();
    expect(prompt).toContain("-export const a1 = 100;");
    expect(prompt).toContain("+export const a1 = 1;");
    expect(prompt).not.toContain("b1 = 100");
  });

  it("--base reviews continue from a review of the same base; another base sends the whole change", async () => {
    const root = repo();
    const base = git(root, "rev-parse", "HEAD").trim();
    edit(root, "src/a.ts", "a1 = 1", "a1 = 100");
    git(root, "commit", "-qam", "a");
    edit(root, "src/b.ts", "b1 = 1", "b1 = 100");
    const first = await review(root, { base });
    expect(first.prompt).toContain("a1 = 100");
    expect(first.out.record.base).toBe(base);

    edit(root, "src/c.ts", "c1 = 1", "c1 = 100");
    const second = await review(root, { base });
    expect(second.out.since).toBe(first.out.record.id);
    expect(second.prompt).toContain("c1 = 100");
    expect(second.prompt).not.toContain("a1 = 100");

    const third = await review(root);
    expect(third.out.since).toBeUndefined();
    expect(third.prompt).toContain("b1 = 100");
    expect(third.prompt).not.toContain("a1 = 100");
  });

  it("the whole change again with --full and on a new thread; nothing changed since is a skip", async () => {
    const root = repo();
    edit(root, "src/a.ts", "a1 = 1", "a1 = 100");
    const first = await review(root);
    const again = await reviewChange(request(root));
    expect(again.record.status).toBe("skipped");
    expect(again.record.skipReason).toBe(`nothing changed since review ${first.out.record.id}`);

    edit(root, "src/b.ts", "b1 = 1", "b1 = 100");
    const full = await review(root, { full: true });
    expect(full.out.since).toBeUndefined();
    expect(full.prompt).toContain("a1 = 100");
    expect(full.prompt).toContain("## Checklist");

    edit(root, "src/c.ts", "c1 = 1", "c1 = 100");
    const fresh = await review(root, { target: { name: "s1", threadId: null, fresh: true } });
    expect(fresh.out.since).toBeUndefined();
    expect(fresh.prompt).toContain("a1 = 100");
  });

  it("an edit made while Codex reviews is news to the next review", async () => {
    const root = repo();
    edit(root, "src/a.ts", "a1 = 1", "a1 = 100");
    duringReview = () => edit(root, "src/b.ts", "b1 = 1", "b1 = 100");
    try {
      await review(root, { expectedChanges: () => new Set(["src/b.ts"]) });
    } finally {
      duringReview = () => {};
    }
    const { out, prompt } = await review(root);
    expect(out.since).toBeTruthy();
    expect(prompt).toContain("+export const b1 = 100;");
    expect(prompt).not.toContain("a1 = 100");
  });

  it("never touches the user's index or stash", async () => {
    const root = repo();
    edit(root, "src/a.ts", "a1 = 1", "a1 = 100");
    git(root, "add", "src/a.ts");
    edit(root, "src/b.ts", "b1 = 1", "b1 = 100");
    writeFiles(root, { "src/u.ts": "export const u = 1;\n" });
    git(root, "stash", "push", "-q", "--keep-index", "--", "src/b.ts");
    edit(root, "src/b.ts", "b2 = 2", "b2 = 200");
    const index = () => createHash("sha256").update(readFileSync(join(root, ".git/index"))).digest("hex");
    // Our own state files are not the user's; everything else must be as it was.
    const status = () => git(root, "status", "--porcelain").split("\n").filter((l) => !l.includes(".codex-collab") && l !== " M src/c.ts");
    const before = { index: index(), stash: git(root, "stash", "list"), status: status() };
    await review(root);
    edit(root, "src/c.ts", "c1 = 1", "c1 = 100");
    await review(root);
    expect({ index: index(), stash: git(root, "stash", "list"), status: status() }).toEqual(before);
  });

  it("--dry-run shows what would be sent and sends nothing", async () => {
    const root = repo();
    edit(root, "src/a.ts", "a1 = 1", "a1 = 100");
    writeFiles(root, { ".env": "TOKEN=abc\n", "src/key.ts": 'export const k = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd";\n' });
    const requests = srv.responseRequests().length;
    const preview = await previewReview(request(root));
    expect(srv.responseRequests().length).toBe(requests);
    expect(openStore(root).read().reviews).toEqual([]);
    if ("skip" in preview) throw new Error(preview.skip);
    expect(preview.dryRun).toBe(true);
    expect(preview.files.included).toEqual(["src/a.ts", "src/key.ts"]);
    expect(preview.files.leftOut).toContainEqual({ path: ".env", reason: "secret-file" });
    expect(preview.redactions.count).toBeGreaterThan(0);
    expect(preview.prompt).toContain("a1 = 100");
    expect(preview.prompt).not.toContain("sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd");
    expect(preview.bytes).toBe(Buffer.byteLength(preview.prompt));
  });
});
