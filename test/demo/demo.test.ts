// `npm run demo` must run to completion: bundle test/demo/demo.ts the way the npm script does, run it as a process
// (bounded), and check what it shows — every stage, the hook texts reaching the models, one Codex thread for every
// stage — and that it leaves no temp directory behind.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { requireBuilt } from "../support/hooks.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DEMO = fileURLToPath(new URL("../../dist/demo/demo.mjs", import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runDemo(timeoutMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith("CLAUDE")) env[k] = v;
    const child = spawn(process.execPath, [DEMO], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    // SIGINT first: the demo then removes its temp dirs and background worker; SIGKILL if that hangs too.
    const soft = setTimeout(() => child.kill("SIGINT"), timeoutMs);
    const hard = setTimeout(() => child.kill("SIGKILL"), timeoutMs + 10_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(soft);
      clearTimeout(hard);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("npm run demo", () => {
  let run: Run;

  beforeAll(async () => {
    requireBuilt();
    await build({ entryPoints: [fileURLToPath(new URL("./demo.ts", import.meta.url))], bundle: true, platform: "node", format: "esm", outfile: DEMO, logLevel: "warning" });
    run = await runDemo(110_000);
  }, 150_000);

  it("runs to completion and says it is a local simulation", () => {
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stderr).not.toContain("DEMO FAILED");
    expect(run.stdout.split("\n")[0]).toContain("LOCAL SIMULATION");
  });

  it("shows every stage, in order", () => {
    const headings = ["0/7 Install", "▶ Claude gets a complex prompt", "1/7 ", "2/7 ", "3/7 ", "4/7 ", "5/7 ", "6/7 ", "7/7 ", "✓ The flow"];
    const at = headings.map((h) => run.stdout.indexOf(`── ${h}`));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("shows the hook texts that reached the models: the classification guidance and the Stop hook's must-fix finding", () => {
    expect(run.stdout).toMatch(/│ codex-collab: complex task \(score \d+/);
    expect(run.stdout).toMatch(/│ Stop hook feedback:\n\s+│ Codex's review found 1 must-fix issue/);
    expect(run.stdout).toContain("git apply --check: src/limit.ts applies");
    expect(run.stdout).toContain("Verdict: approve");
  });

  it("prints one and the same Codex thread for every stage", () => {
    const threads = [...run.stdout.matchAll(/thread\s+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/g)].map((m) => m[1]);
    // analyze, ask, prototype, the background review, the final review, and sessions show.
    expect(threads.length).toBeGreaterThanOrEqual(6);
    expect(new Set(threads).size).toBe(1);
    expect(run.stdout).toContain(`One Codex thread for every stage: ${threads[0]}`);
    expect(run.stdout).toMatch(/stage\s+7\/7 final review/);
  });

  it("leaves no temp directory behind", () => {
    const dirs = /project (\/\S+codex-collab-demo-project-\S+)\s+\(Claude's HOME: (\S+)\)/.exec(run.stdout);
    expect(dirs).not.toBeNull();
    expect(existsSync(dirs![1]!)).toBe(false);
    expect(existsSync(dirs![2]!)).toBe(false);
  });
});
