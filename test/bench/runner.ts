// `npm run bench:runner`: what `codex-collab run` costs on top of running codex by hand.
//
// Both sides talk to the same local Responses server with the same prompt, the same temp CODEX_HOME, the same
// codex binary and the same codex argv (buildCodexArgs: read-only sandbox), in the same temp git project, runs
// interleaved (alternating which side goes first) so drift hits both equally. The CLI side runs
// `node dist/cli.js run --json --session new --prompt "hi"`: `--session new` makes every run start a fresh
// thread, as raw `codex exec` does, instead of resuming an ever longer conversation.
//
// Options: --runs N (20), --warmup N (2), --files N (tracked files in the temp project, 200),
//          --cli PATH (dist/cli.js), --baseline PATH (another build of the CLI, measured in the same interleaving,
//          e.g. one built from an earlier commit), --cpu-prof DIR (a V8 CPU profile of every CLI run there).
// It is a measurement: it exits 0 whatever the numbers are, and 1 only when a run fails.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildCodexArgs } from "../../src/codex/args.js";
import { makeCodexHome } from "../support/codex-home.js";
import { makeRepo, writeFiles } from "../support/git.js";
import { startResponsesServer } from "../support/responses-server.js";

const TARGET_OVERHEAD_MS = 50;

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "2" },
    files: { type: "string", default: "200" },
    cli: { type: "string", default: "dist/cli.js" },
    baseline: { type: "string" },
    "cpu-prof": { type: "string" },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const fileCount = Number(values.files);
if (![runs, warmup, fileCount].every((n) => Number.isInteger(n) && n >= 0) || runs === 0) {
  console.error("bench:runner: --runs must be a positive integer, --warmup and --files non-negative integers");
  process.exit(2);
}
const cli = resolve(values.cli);
const baseline = values.baseline ? resolve(values.baseline) : undefined;
for (const f of [cli, baseline]) {
  if (f !== undefined && !existsSync(f)) {
    console.error(`bench:runner: ${f} does not exist; run npm run build first`);
    process.exit(1);
  }
}
const codexBin = resolve("node_modules/.bin/codex");
const cpuProfDir = values["cpu-prof"] ? resolve(values["cpu-prof"]) : undefined;
if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });

interface Timed {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

function timed(cmd: string, args: string[], opts: { cwd: string; env: Record<string, string>; input?: string }): Promise<Timed> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ ms: Number(process.hrtime.bigint() - t0) / 1e6, code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? "");
  });
}

function percentile(sorted: number[], p: number): number {
  // Nearest-rank: with 20 runs p95 is the 19th value, a real observation rather than an interpolation.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), min: s[0]!, max: s.at(-1)!, mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;

const server = await startResponsesServer({ script: () => ({ text: "hello" }) });
const home = await makeCodexHome(server.url);
// A small but real project: tracked files in a few folders, one modified and one untracked file, so the CLI's
// before/after tree check has something to list and hash.
const files: Record<string, string> = { "README.md": "# bench\n" };
for (let i = 0; i < fileCount; i++) files[`src/mod${i % 10}/file${i}.ts`] = `export const v${i} = ${i};\n`.repeat(20);
const project = makeRepo(files, "cc-bench-runner-");
writeFiles(project, { "README.md": "# bench\n\nchanged\n", "notes.txt": "untracked\n".repeat(100) });

// NODE_EXTRA_CA_CERTS makes every node start read and parse a CA bundle (~90 ms here); both sides start node
// (our CLI, and codex's own node shim), so it is removed from both for a fair comparison. Claude session
// variables are removed so the CLI does not pick up a session of whoever runs the benchmark.
const baseEnv: Record<string, string> = {};
for (const [k, v] of Object.entries(process.env)) {
  if (v === undefined || k === "NODE_EXTRA_CA_CERTS" || k.startsWith("CLAUDE") || k.startsWith("CODEX_COLLAB_")) continue;
  baseEnv[k] = v;
}
const env = { ...baseEnv, ...home.env, CODEX_COLLAB_CODEX_BIN: codexBin };
const prompt = "hi";
const rawArgs = buildCodexArgs({ sandbox: "read-only" });
const cliArgs = ["run", "--json", "--session", "new", "--prompt", prompt];

async function runCli(i: number, entry = cli): Promise<number> {
  const nodeArgs = cpuProfDir && entry === cli ? ["--cpu-prof", "--cpu-prof-dir", cpuProfDir, "--cpu-prof-name", `cli-${i}.cpuprofile`] : [];
  const r = await timed(process.execPath, [...nodeArgs, entry, ...cliArgs], { cwd: project, env });
  let ok = false;
  try {
    ok = r.code === 0 && JSON.parse(r.stdout).success === true;
  } catch {
    ok = false;
  }
  if (!ok) throw new Error(`${entry} run failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  return r.ms;
}

async function runRaw(): Promise<number> {
  const r = await timed(codexBin, rawArgs, { cwd: project, env, input: prompt });
  if (r.code !== 0 || !r.stdout.includes('"turn.completed"')) throw new Error(`codex exec failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  return r.ms;
}

async function nodeStart(args: string[]): Promise<number> {
  const r = await timed(process.execPath, args, { cwd: project, env });
  if (r.code !== 0) throw new Error(`node ${args.join(" ")} failed (exit ${r.code}): ${r.stderr}`);
  return r.ms;
}

let code = 0;
try {
  console.log("codex-collab run vs raw codex exec — local Responses server on 127.0.0.1, temp CODEX_HOME");
  console.log(`  CLI:  node ${values.cli} ${cliArgs.map((a) => (a.includes(" ") ? JSON.stringify(a) : a)).join(" ")}`);
  if (baseline) console.log(`  base: node ${values.baseline} (same arguments)`);
  console.log(`  raw:  codex ${rawArgs.join(" ")}   (prompt "${prompt}" on stdin)`);
  console.log(`  cwd:  temp git project, ${fileCount + 1} tracked files, 1 modified, 1 untracked`);
  console.log(`  NODE_EXTRA_CA_CERTS removed from both sides' environment${process.env.NODE_EXTRA_CA_CERTS ? " (it is set here)" : " (it is not set here anyway)"}`);
  console.log(`  ${runs} runs each, interleaved, after ${warmup} warm-up run(s) each${cpuProfDir ? `; CPU profiles in ${cpuProfDir}` : ""}\n`);

  for (let i = 0; i < warmup; i++) {
    await runRaw();
    await runCli(-1 - i);
    if (baseline) await runCli(-1 - i, baseline);
  }
  const cliMs: number[] = [];
  const rawMs: number[] = [];
  const baseMs: number[] = [];
  const bareMs: number[] = [];
  const helpMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const sides = [async () => rawMs.push(await runRaw()), async () => cliMs.push(await runCli(i))];
    if (baseline) sides.push(async () => baseMs.push(await runCli(i, baseline)));
    // Rotate which side goes first, so a slow first (or last) spot does not always fall on the same side.
    for (let k = 0; k < sides.length; k++) await sides[(i + k) % sides.length]!();
    // Where the CLI's time goes, outside codex: a bare node start, and the CLI loading the run verb's code.
    bareMs.push(await nodeStart(["-e", "0"]));
    helpMs.push(await nodeStart([cli, "run", "--help"]));
  }

  const c = stats(cliMs);
  const r = stats(rawMs);
  const bare = stats(bareMs);
  const help = stats(helpMs);
  console.log(`                          p50         p95         min        mean`);
  console.log(`codex-collab run    ${fmt(c.p50)} ${fmt(c.p95)} ${fmt(c.min)} ${fmt(c.mean)}`);
  if (baseline) {
    const b = stats(baseMs);
    console.log(`baseline CLI        ${fmt(b.p50)} ${fmt(b.p95)} ${fmt(b.min)} ${fmt(b.mean)}   (overhead p50 ${(b.p50 - r.p50).toFixed(1)} ms)`);
  }
  console.log(`raw codex exec      ${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.min)} ${fmt(r.mean)}`);
  const overhead = c.p50 - r.p50;
  console.log(`\noverhead (p50): ${overhead.toFixed(1)} ms   ratio ${(c.p50 / r.p50).toFixed(3)}x   overhead (p95): ${(c.p95 - r.p95).toFixed(1)} ms`);
  console.log(`target ≤ ${TARGET_OVERHEAD_MS} ms overhead: ${overhead <= TARGET_OVERHEAD_MS ? "met" : "MISSED"}`);
  console.log(`\nbreakdown (p50): bare node start ${bare.p50.toFixed(1)} ms; node + CLI loading the run verb (run --help) ${help.p50.toFixed(1)} ms`);
  console.log(`  → module loading ≈ ${(help.p50 - bare.p50).toFixed(1)} ms; the rest (state file, tree check after codex, spawning, exit) ≈ ${(overhead - help.p50).toFixed(1)} ms`);
  const kb = (p: string) => (statSync(p).size / 1024).toFixed(0);
  console.log(`  dist/cli.js ${kb(cli)} KB (the run verb's chunks load lazily)`);
  console.log(`\nModel requests served: ${server.responseRequests().length}`);
} catch (e) {
  console.error(`bench:runner: ${(e as Error).message}`);
  code = 1;
} finally {
  await server.close();
  await home.cleanup();
  rmSync(project, { recursive: true, force: true });
}
process.exit(code);
