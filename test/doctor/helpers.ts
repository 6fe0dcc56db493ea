// Shared by the doctor tests: a doctor CLI built into a temp dir (the real src/cli/main.ts when it builds, else
// the doctor verb alone), a fake Io for in-process runs, and temp homes that keep the user's ~/.codex and
// ~/.claude out of every run.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import type { Io } from "../../src/cli/io.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const BANNER = "import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);";

export interface BuiltCli {
  /** Script to run with node; its first argument is the verb ("doctor") when it is the full CLI. */
  script: string;
  /** True when this is the whole CLI (src/cli/main.ts), false for the doctor-only fallback entry. */
  full: boolean;
  dir: string;
}

export function buildDoctorCli(): BuiltCli {
  const dir = mkdtempSync(join(tmpdir(), "cc-doctor-cli-"));
  const common = { bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "silent", banner: { js: BANNER } } as const;
  try {
    buildSync({ ...common, entryPoints: { cli: join(REPO, "src/cli/main.ts") }, outdir: dir, splitting: true, chunkNames: "chunks/[name]-[hash]" });
    return { script: join(dir, "cli.js"), full: true, dir };
  } catch {
    buildSync({ ...common, entryPoints: [join(REPO, "test/doctor/cli-entry.ts")], outfile: join(dir, "doctor.mjs") });
    return { script: join(dir, "doctor.mjs"), full: false, dir };
  }
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built doctor as a real process; killed after `timeoutMs`. */
export function runBuilt(cli: BuiltCli, args: string[], env: Record<string, string>, cwd: string, timeoutMs = 30_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli.script, ...(cli.full ? ["doctor"] : []), ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

export function fakeIo(env: NodeJS.ProcessEnv, cwd: string): FakeIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
  stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
  const stdin = new PassThrough();
  stdin.end();
  return { stdout, stderr, stdin, env, cwd, out: () => out, err: () => err };
}

export interface Homes {
  root: string;
  /** A directory holding only a `node` link: a PATH with node and nothing else. */
  nodeOnlyBin: string;
  home: string;
  claudeConfigDir: string;
  codexHome: string;
  project: string;
  /** A clean environment: HOME, CLAUDE_CONFIG_DIR and CODEX_HOME in temp dirs, PATH = nodeOnlyBin. */
  env: Record<string, string>;
  cleanup(): void;
}

export function makeHomes(): Homes {
  const root = mkdtempSync(join(tmpdir(), "cc-doctor-"));
  const nodeOnlyBin = join(root, "bin");
  const home = join(root, "home");
  const claudeConfigDir = join(home, ".claude");
  const codexHome = join(root, "codex-home");
  const project = join(root, "project dir é");
  for (const d of [nodeOnlyBin, claudeConfigDir, codexHome, join(project, ".git")]) mkdirSync(d, { recursive: true });
  symlinkSync(process.execPath, join(nodeOnlyBin, "node"));
  return {
    root,
    nodeOnlyBin,
    home,
    claudeConfigDir,
    codexHome,
    project,
    env: { PATH: nodeOnlyBin, HOME: home, CLAUDE_CONFIG_DIR: claudeConfigDir, CODEX_HOME: codexHome },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
