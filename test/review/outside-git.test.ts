// Outside git, `review` (and the background worker, which passes the edited paths the same way) applies git mode's
// containment: named paths must lie inside the directory, and a link is judged by where it leads — out of the
// project it is left out, and a secret file behind an innocent name is still a secret file.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectChange } from "../../src/review/diff.js";
import { runCli } from "../support/cli.js";
import { makeCodexHome, REAL_CODEX_BIN } from "../support/codex-home.js";
import { startResponsesServer } from "../support/responses-server.js";

const KEY_BODY = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0";
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** `<base>/home/.ssh/id_rsa` outside, `<base>/project` (no git) holding ordinary files and planted links. */
function layout(): { base: string; project: string } {
  const base = mkdtempSync(join(tmpdir(), "cc-outside-git-"));
  made.push(base);
  mkdirSync(join(base, "home", ".ssh"), { recursive: true });
  writeFileSync(join(base, "home", ".ssh", "id_rsa"), `-----BEGIN RSA PRIVATE KEY-----\n${KEY_BODY}\n-----END RSA PRIVATE KEY-----\n`);
  writeFileSync(join(base, "outside.txt"), "OUTSIDE-CONTENT\n");
  const project = join(base, "project");
  mkdirSync(join(project, "src"), { recursive: true });
  mkdirSync(join(project, "config"), { recursive: true });
  writeFileSync(join(project, "src", "app.ts"), "export const a = 1;\n");
  writeFileSync(join(project, "config", "deploy.pem"), "secret key material\n");
  symlinkSync("../../home/.ssh/id_rsa", join(project, "src", "notes.txt"));
  symlinkSync("../../outside.txt", join(project, "src", "readme.txt"));
  symlinkSync("../config/deploy.pem", join(project, "src", "cert.txt"));
  symlinkSync("app.ts", join(project, "src", "alias.ts"));
  symlinkSync("../../home", join(project, "src", "homedir"));
  return { base, project };
}

describe("review outside git", () => {
  it("leaves out links that lead outside, and links to secret files inside, whatever their own name", async () => {
    const { project } = layout();
    const change = await collectChange({ cwd: project, paths: ["src"] });
    expect(change.inGit).toBe(false);
    expect(change.files.map((f) => f.path)).toEqual(["src/alias.ts", "src/app.ts"]);
    expect(change.skipped).toEqual([
      { path: "src/cert.txt", reason: "secret-file" },
      { path: "src/homedir", reason: "outside-project" },
      { path: "src/notes.txt", reason: "outside-project" },
      { path: "src/readme.txt", reason: "outside-project" },
    ]);
    const text = JSON.stringify(change);
    for (const leaked of [KEY_BODY.slice(0, 20), "OUTSIDE-CONTENT", "secret key material"]) expect(text).not.toContain(leaked);
  });

  it("a link named directly is judged the same way (the worker passes edited paths like this)", async () => {
    const { project } = layout();
    const change = await collectChange({ cwd: project, paths: ["src/notes.txt", "src/cert.txt", "src/alias.ts"] });
    expect(change.files.map((f) => f.path)).toEqual(["src/alias.ts"]);
    expect(change.skipped.map((s) => s.reason)).toEqual(["secret-file", "outside-project"]);
  });

  it("the CLI refuses paths outside the directory (absolute or ../) before anything is sent", async () => {
    const { base, project } = layout();
    const srv = await startResponsesServer({ script: () => ({ text: "{}" }) });
    const home = await makeCodexHome(srv.url);
    try {
      for (const path of ["/etc/passwd", "../outside.txt", join(base, "home", ".ssh", "id_rsa")]) {
        const r = await runCli(["review", path], { cwd: project, env: { ...home.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN } });
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(/is outside the project/);
      }
      expect(srv.responseRequests()).toEqual([]);
    } finally {
      await srv.close();
      await home.cleanup();
    }
  });
});
