// `codex-collab prototype` in-process (the real verb, the real codex binary, the local Responses server and a
// real git repository): what it prints, --json, --save, and that it writes nothing otherwise.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { prototypeVerb, SKETCH_WARNING } from "../../src/cli/prototype.js";
import type { Io } from "../../src/cli/io.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { git, makeRepo } from "../support/git.js";
import { startResponsesServer, userTexts, type ResponsesServer, type Script } from "../support/responses-server.js";

const FILES = {
  "src/a.ts": "export const a = 1;\nexport const b = 2;\nexport const c = 3;\n",
  "docs/说明 file.md": "# 标题\n\n第一行\n第二行\n第三行\n",
};
const GOOD_A = "```diff\n--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1,3 +1,3 @@\n export const a = 1;\n-export const b = 2;\n+export const b = 20;\n export const c = 3;\n```";
const NEW_FILE = "```diff\ndiff --git a/src/new.ts b/src/new.ts\nnew file mode 100644\n--- /dev/null\n+++ b/src/new.ts\n@@ -0,0 +1 @@\n+export const n = 1;\n```";
const BAD_DOC = "```diff\n--- a/docs/说明 file.md\n+++ b/docs/说明 file.md\n@@ -2,3 +2,3 @@\n \n-第1行\n+第一行！\n 第二行\n```";

let srv: ResponsesServer;
let home: CodexHome;
let repo: string;
const scratch: string[] = [];

async function rig(script: Script) {
  srv = await startResponsesServer({ script });
  home = await makeCodexHome(srv.url);
  repo = makeRepo(FILES, "cc-proto-cli-");
}

afterEach(async () => {
  await srv?.close();
  await home?.cleanup();
  for (const d of [repo, ...scratch.splice(0)]) if (d) rmSync(d, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
  stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
  const io: Io = {
    stdout,
    stderr,
    stdin,
    cwd: repo,
    env: { ...process.env, ...home.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN, CODEX_COLLAB_CLAUDE_SESSION_ID: "claude-proto", CLAUDE_CODE_SESSION_ID: undefined, CLAUDE_SESSION_ID: undefined },
  };
  const code = await prototypeVerb([...args, "--timeout", "30", "--idle-timeout", "30"], io);
  return { code, stdout: out, stderr: err };
}

/** Every file under the repository except .git and our own state, with its content. */
function tree(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      const rel = relative(repo, p);
      if (rel === ".git" || rel.startsWith(".codex-collab")) continue;
      if (e.isDirectory()) walk(p);
      else out[rel] = readFileSync(p, "utf8");
    }
  };
  walk(repo);
  return out;
}

describe("codex-collab prototype", () => {
  it("prints the answer, the check summary and the sketch warning; --save writes a patch that git applies", async () => {
    await rig(() => ({ text: `**Approach**\n- two changes\n\n**Patch**\n${GOOD_A}\n\n${NEW_FILE}\n\n**Notes**\n- run the tests` }));
    const saveDir = mkdtempSync(join(tmpdir(), "cc-proto-save-"));
    scratch.push(saveDir);
    const r = await run(["--task", "t1", "--save", join(saveDir, "proto.patch"), "Make b twenty and add n"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("**Approach**");
    expect(r.stdout).toContain("Prototype check: 2 files — applies: src/a.ts, src/new.ts\n");
    expect(r.stdout).not.toContain("does not apply");
    expect(srv.responseRequests()).toHaveLength(1);
    expect(userTexts(srv.responseRequests()[0]!).join("\n")).toContain("Make b twenty and add n");
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe(`codex-collab: ${SKETCH_WARNING}`);
    expect(r.stderr).toContain("wrote the diffs that apply (2 of 2 files)");
    expect(git(repo, "status", "--porcelain", "--untracked-files=all", "--", "src", "docs")).toBe("");

    const copy = join(saveDir, "copy");
    cpSync(repo, copy, { recursive: true });
    execFileSync("git", ["apply", join(saveDir, "proto.patch")], { cwd: copy });
    expect(readFileSync(join(copy, "src/a.ts"), "utf8")).toContain("export const b = 20;");
    expect(readFileSync(join(copy, "src/new.ts"), "utf8")).toBe("export const n = 1;\n");
  });

  it("--save never writes through a link planted under the chosen name", async () => {
    await rig(() => ({ text: `**Patch**\n${GOOD_A}` }));
    const saveDir = mkdtempSync(join(tmpdir(), "cc-proto-save-"));
    scratch.push(saveDir);
    writeFileSync(join(saveDir, "victim"), "VICTIM\n");
    symlinkSync(join(saveDir, "victim"), join(saveDir, "proto.patch"));
    const r = await run(["--task", "t-link", "--save", join(saveDir, "proto.patch"), "Make b twenty"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("it is a symbolic link");
    expect(readFileSync(join(saveDir, "victim"), "utf8")).toBe("VICTIM\n");
  });

  it("--json: a follow-up that still fails is reported as not applying, exit 0, nothing written; a Chinese task gets a Chinese follow-up", async () => {
    await rig((_req, i) => ({ text: i === 0 ? `**思路**\n- 两处修改\n\n**补丁**\n${GOOD_A}\n\n${BAD_DOC}` : `更正如下：\n\n${BAD_DOC}` }));
    const before = tree();
    const r = await run(["--task", "t2", "--json", "把 b 改成二十，并修改文档的第一行"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.success).toBe(true);
    expect(out.session).toBe("claude-proto:t2");
    expect(out.stage).toBe(3);
    expect(out.checked).toBe(true);
    expect(out.patches.map((p: { file: string; applies: boolean; retried: boolean }) => [p.file, p.applies, p.retried])).toEqual([
      ["src/a.ts", true, false],
      ["docs/说明 file.md", false, true],
    ]);
    expect(out.patches[1].error).toContain("patch does not apply");
    expect(out.retry).toMatchObject({ success: true, SESSION_ID: out.SESSION_ID });
    expect(out.saved).toBeNull();

    const reqs = srv.responseRequests();
    expect(reqs).toHaveLength(2);
    const retryPrompt = userTexts(reqs[1]!).at(-1)!;
    expect(retryPrompt).toContain("无法应用");
    expect(retryPrompt).toContain("docs/说明 file.md: patch does not apply");
    expect(r.stderr).toContain("1 diff did not apply (docs/说明 file.md); asking Codex once");
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe(`codex-collab: ${SKETCH_WARNING}`);

    // No file appeared or changed: the diffs were only checked.
    expect(tree()).toEqual(before);
    expect(existsSync(join(repo, "src/new.ts"))).toBe(false);
  });

  it("human output names the failing file with git's error; usage errors are typed", async () => {
    await rig((_req, i) => ({ text: i === 0 ? `${GOOD_A}\n${BAD_DOC}` : "I cannot see the file." }));
    const r = await run(["--task", "t3", "fix the doc"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Prototype check: 2 files — applies: src\/a\.ts; does not apply: docs\/说明 file\.md \(error: patch failed: docs\/说明 file\.md:2; docs\/说明 file\.md: patch does not apply; \(the follow-up sent no corrected diff for this file\)\) \[after one follow-up for corrected diffs\]/);
    expect(r.stdout).toContain("--- Follow-up: corrected diffs ---\n\nI cannot see the file.");
    await expect(run(["--design", "x", "--design-file", "y", "task"])).rejects.toThrow(/exclude each other/);
  });
});
