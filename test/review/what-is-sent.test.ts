// Issue 11, "What is sent": the whole prompt (file list included) stays within the budget with 3,000 changed
// files; a Latin-1 file arrives transcoded, not with U+FFFD; a file name with a newline stays one entry in the
// lists; codex-collab's own installed files are left out. Real git repos; previewReview renders the exact prompt
// without sending it.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { Config } from "../../src/config/schema.js";
import { collectChange } from "../../src/review/diff.js";
import { openStore } from "../../src/state/store.js";
import type { Preview } from "../../src/workflow/preview.js";
import { previewReview } from "../../src/workflow/review.js";
import { resolveTarget } from "../../src/workflow/turn.js";
import { makeRepo, writeFiles } from "../support/git.js";

const repos: string[] = [];
afterAll(() => {
  for (const r of repos) rmSync(r, { recursive: true, force: true });
});

function repo(files?: Record<string, string>): string {
  const dir = makeRepo(files, "cc-sent-");
  repos.push(dir);
  return dir;
}

async function preview(root: string): Promise<Preview> {
  const store = openStore(root);
  const p = await previewReview({ store, root, config: z.parse(Config, {}), target: resolveTarget(store, { claudeSessionId: "s" }), claudeSessionId: "s" });
  if ("skip" in p) throw new Error(p.skip);
  return p;
}

describe("what a review sends", () => {
  it("3,000 changed files: the whole prompt, file list included, stays within the 200,000-byte budget", async () => {
    const root = repo();
    for (let d = 0; d < 30; d++) {
      mkdirSync(join(root, `src/pkg${d}`), { recursive: true });
      for (let f = 0; f < 100; f++) writeFileSync(join(root, `src/pkg${d}/module_with_a_long_name_${f}.ts`), `export const v${f} = ${f};\n`.repeat(4));
    }
    const p = await preview(root);
    expect(p.bytes).toBeLessThanOrEqual(200_000);
    expect(p.bytes).toBeGreaterThan(150_000);
    expect(p.review?.budgetNote).toMatch(/larger than the review budget/);
  }, 120_000);

  it("a Latin-1 file is transcoded: its accented letters arrive, no U+FFFD", async () => {
    const root = repo();
    writeFileSync(join(root, "legacy.txt"), Buffer.from("caf\xe9 cr\xe8me br\xfbl\xe9e\n", "latin1"));
    const change = await collectChange({ cwd: root });
    expect(change.files[0]?.encoding).toBe("latin1");
    const p = await preview(root);
    expect(p.prompt).toContain("+café crème brûlée");
    expect(p.prompt).not.toContain("\ufffd");
  });

  it("a file name with a newline stays one quoted entry in the file list", async () => {
    const root = repo();
    writeFiles(root, { "src/ok.ts": "export const ok = 1;\n", "src/evil\nname.ts": "export const evil = 1;\n" });
    const p = await preview(root);
    const files = p.prompt.slice(p.prompt.indexOf("## Changed files"));
    expect(files).toContain('"src/evil\\nname.ts"');
    expect(files.split("\n").some((l) => l === "name.ts")).toBe(false);
  });

  it("codex-collab's own installed files (commands, agents, manifest, config, backups, state) are left out", async () => {
    const root = repo();
    writeFiles(root, {
      ".claude/commands/codex-review.md": "# ours\n",
      ".claude/commands/my-own.md": "# the user's\n",
      ".claude/agents/codex-reviewer.md": "# ours\n",
      ".claude/codex-collab.json": "{}\n",
      ".claude/codex-collab.manifest.json": JSON.stringify({ version: 1, scopes: ["project"], files: { "commands/codex-extra.md": "x" }, createdDirs: [], settings: {} }),
      ".claude/commands/codex-extra.md": "# ours, by the manifest\n",
      ".claude/settings.json.codex-collab-backup-20260101T000000": "{}\n",
      "src/app.ts": "export const app = 1;\n",
    });
    const p = await preview(root);
    expect(p.files.included).toEqual([".claude/commands/my-own.md", "src/app.ts"]);
    const own = p.files.leftOut.filter((f) => f.reason === "codex-collab").map((f) => f.path);
    expect(own).toEqual(
      expect.arrayContaining([
        ".claude/commands/codex-review.md",
        ".claude/agents/codex-reviewer.md",
        ".claude/codex-collab.json",
        ".claude/codex-collab.manifest.json",
        ".claude/commands/codex-extra.md",
        ".claude/settings.json.codex-collab-backup-20260101T000000",
      ]),
    );
    expect(p.prompt).not.toContain("# ours");
  });
});
