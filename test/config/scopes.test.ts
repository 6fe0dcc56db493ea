// The three config scopes against real files and real git repositories: user and local (untracked) may set
// anything, the project file only tightens, a tracked "local" file counts as the repository's, and every key has a
// declared direction.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as z from "zod/mini";
import { afterAll, describe, expect, it } from "vitest";
import { DIRECTIONS } from "../../src/config/directions.js";
import { loadConfigReport } from "../../src/config/load.js";
import { Config } from "../../src/config/schema.js";
import { git, makeRepo } from "../support/git.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

interface Files {
  user?: unknown;
  project?: unknown;
  local?: unknown;
}

/** A git repo (nothing of ours committed) and a user config dir, with the given files; env points at the dir. */
function setup(files: Files): { root: string; env: NodeJS.ProcessEnv } {
  const root = makeRepo();
  const userDir = mkdtempSync(join(tmpdir(), "cc-user-claude-"));
  made.push(root, userDir);
  mkdirSync(join(root, ".claude"), { recursive: true });
  if (files.user !== undefined) writeFileSync(join(userDir, "codex-collab.json"), JSON.stringify(files.user));
  if (files.project !== undefined) writeFileSync(join(root, ".claude", "codex-collab.json"), JSON.stringify(files.project));
  if (files.local !== undefined) writeFileSync(join(root, ".claude", "codex-collab.local.json"), JSON.stringify(files.local));
  return { root, env: { ...process.env, CLAUDE_CONFIG_DIR: userDir } };
}

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const key = `${prefix}${k}`;
    // An empty object is a record-valued key (context.prices): a leaf.
    return typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 ? keyPaths(v, `${key}.`) : [key];
  });
}

describe("config scopes", () => {
  it("every config key has a direction, and no direction names a key that does not exist", () => {
    const keys = keyPaths(z.parse(Config, { locale: "en", codex: { model: "m", effort: "low", allowSandbox: "read-only" }, context: { model: "m", pricesDate: "2026-01" } })).sort();
    expect(Object.keys(DIRECTIONS).sort()).toEqual(keys);
  });

  it("the project file tightens freely and is refused, key by key, where it would loosen", () => {
    const { root, env } = setup({
      project: {
        codex: { sandbox: "workspace-write", model: "team-model" },
        hooks: { autoReview: true },
        review: { mode: "always", maxReviewsPerSession: 5, maxTokensPerSession: 9_000_000, promptBudgetBytes: 400_000, ignore: ["fixtures/**"] },
      },
      user: { hooks: { autoReview: false }, review: { ignore: ["*.log"] } },
    });
    const r = loadConfigReport(root, env);
    expect(r.config.codex.sandbox).toBe("read-only");
    expect(r.config.codex.model).toBe("team-model");
    expect(r.config.hooks.autoReview).toBe(false);
    expect(r.config.review.mode).toBe("always");
    expect(r.config.review.maxReviewsPerSession).toBe(5);
    expect(r.config.review.maxTokensPerSession).toBe(2_000_000);
    expect(r.config.review.promptBudgetBytes).toBe(200_000);
    expect(r.config.review.ignore).toEqual(["*.log", "fixtures/**"]);
    expect(r.refused.map((x) => x.key).sort()).toEqual(["codex.sandbox", "hooks.autoReview", "review.maxTokensPerSession", "review.promptBudgetBytes"]);
  });

  it("review.mode: a project may not turn reviews back on when your own config turned them off", () => {
    const { root, env } = setup({ user: { review: { mode: "off" } }, project: { review: { mode: "auto" } } });
    const r = loadConfigReport(root, env);
    expect(r.config.review.mode).toBe("off");
    expect(r.refused).toEqual([{ key: "review.mode", asked: "auto", kept: "off" }]);
  });

  it("user and untracked local files may loosen; local wins over project and user", () => {
    const { root, env } = setup({ user: { codex: { sandbox: "workspace-write", model: "u" }, review: { promptBudgetBytes: 500_000 } }, project: { codex: { model: "p" } }, local: { codex: { model: "l" } } });
    const r = loadConfigReport(root, env);
    expect(r.config.codex.sandbox).toBe("workspace-write");
    expect(r.config.review.promptBudgetBytes).toBe(500_000);
    expect(r.config.codex.model).toBe("l");
    expect(r.refused).toEqual([]);
    expect(r.localTracked).toBe(false);
  });

  it("a local file the repository tracks only tightens, like the project file", () => {
    const { root, env } = setup({ local: { codex: { sandbox: "workspace-write" }, review: { maxReviewsPerSession: 3 } } });
    git(root, "add", "-f", ".claude/codex-collab.local.json");
    git(root, "commit", "-q", "-m", "ship a local config");
    const r = loadConfigReport(root, env);
    expect(r.localTracked).toBe(true);
    expect(r.config.codex.sandbox).toBe("read-only");
    expect(r.config.review.maxReviewsPerSession).toBe(3);
    expect(r.refused.map((x) => x.key)).toEqual(["codex.sandbox"]);
  });

  it("a local file inside a submodule at .claude counts as the repository's", () => {
    const sub = makeRepo({ "codex-collab.local.json": JSON.stringify({ codex: { sandbox: "workspace-write", allowSandbox: "danger-full-access" } }) }, "cc-sub-");
    const { root, env } = setup({});
    made.push(sub);
    rmSync(join(root, ".claude"), { recursive: true });
    git(root, "-c", "protocol.file.allow=always", "submodule", "-q", "add", sub, ".claude");
    git(root, "commit", "-q", "-m", "config as a submodule");
    const r = loadConfigReport(root, env);
    expect(r.files.local).toBeDefined();
    expect(r.localTracked).toBe(true);
    expect(r.config.codex.sandbox).toBe("read-only");
    expect(r.config.codex.allowSandbox).not.toBe("danger-full-access");
  });

  it("a local file in a nested repository at .claude (not a submodule) counts as the repository's", () => {
    const { root, env } = setup({ local: { codex: { sandbox: "workspace-write" } } });
    git(join(root, ".claude"), "init", "-q");
    const r = loadConfigReport(root, env);
    expect(r.localTracked).toBe(true);
    expect(r.config.codex.sandbox).toBe("read-only");
  });

  it("a tracked case variant of the local file's name counts as tracked (one file on a case-insensitive filesystem)", () => {
    const { root, env } = setup({ local: { codex: { sandbox: "workspace-write" } } });
    writeFileSync(join(root, ".claude", "CODEX-COLLAB.local.json"), "{}");
    git(root, "add", "-f", ".claude/CODEX-COLLAB.local.json");
    git(root, "commit", "-q", "-m", "case variant");
    const r = loadConfigReport(root, env);
    expect(r.localTracked).toBe(true);
    expect(r.config.codex.sandbox).toBe("read-only");
  });

  it("an invalid file in any scope is a ConfigError naming that file", () => {
    const { root, env } = setup({ user: { review: { mode: "sometimes" } } });
    expect(() => loadConfigReport(root, env)).toThrow(/codex-collab\.json.*review\.mode/s);
  });
});
