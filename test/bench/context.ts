// `npm run bench:context`: bytes sent to the model over one task's reviews (issue 9's scenario).
//
// One task, six reviews in its Codex thread: a large first change (20 files × 400 lines), then five rounds that
// each change one line in three files, each followed by `codex-collab review`. The real codex talks to the local
// Responses server; every request body is measured as received. Two runs in the same process:
//   baseline     — every review with --full and no thread budget (what every review sent before this work);
//   incremental  — plain `review`: later reviews send only the change since the thread's last review.
// Printed: request bytes per review, the 6th/1st ratio and the total, against the targets (6th ≤ 1.5× 1st;
// total ≤ 35 % of the 4.8 MB measured in the issue, and of the baseline in this run).
// It is a measurement: it exits 0 whatever the numbers are, and 1 only when a review fails.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { makeCodexHome, REAL_CODEX_BIN } from "../support/codex-home.js";
import { makeRepo, writeFiles } from "../support/git.js";
import { startResponsesServer, wantsSchema, type ResponsesServer } from "../support/responses-server.js";

const ISSUE_TOTAL_BYTES = 4.8 * 1000 * 1000;
const FILES = 20;
const LINES = 400;
const ROUNDS = 5;
const cli = resolve("dist/cli.js");
if (!existsSync(cli)) {
  console.error(`bench:context: ${cli} does not exist; run npm run build first`);
  process.exit(1);
}

/** A plausible source line of about 40 bytes. */
function line(file: number, i: number): string {
  return `export const value_${file}_${i} = compute(${i}, "f${file}");\n`;
}

function fileName(i: number): string {
  return `src/module${String(i).padStart(2, "0")}.ts`;
}

/** A review answer like a real one: a verdict, a summary, two findings. */
function answer(round: number): string {
  const finding = (n: number) => ({
    severity: n === 0 ? "should-fix" : "nit",
    file: fileName(n),
    line_start: 10 + round,
    line_end: 10 + round,
    title: `value_${n}_${10 + round} is computed but never validated`,
    explanation: "The value comes from compute() without a range check, so a bad input reaches the caller unchanged.",
    suggested_fix: "Check the range after compute() and throw a RangeError with the offending input.",
    confidence: 0.7,
  });
  return JSON.stringify({ verdict: "comment", summary: `Round ${round}: the change is mostly sound; two small issues.`, findings: [finding(0), finding(1)] });
}

/** Runs the CLI without blocking: the Responses server answering codex lives in this process. */
function run(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

interface Run {
  perReview: number[];
  total: number;
}

async function scenario(srv: ResponsesServer, env: Record<string, string>, full: boolean): Promise<Run> {
  const files: Record<string, string> = Object.fromEntries(Array.from({ length: FILES }, (_, f) => [fileName(f), ""]));
  // The baseline is the behaviour before this work: no thread budget either (it would hand off mid-scenario).
  if (full) files[".claude/codex-collab.json"] = JSON.stringify({ context: { threadBudgetTokens: 1e9 } });
  const root = makeRepo(files, "cc-bench-context-");
  try {
    const perReview: number[] = [];
    let round = 0;
    srv.setScript((req) => (wantsSchema(req) ? { text: answer(round) } : { text: "ok" }));
    const review = async () => {
      const before = srv.responseRequests().length;
      const r = await run([cli, "review", "--json", "--quiet", "--about", "the module rewrite", ...(full ? ["--full"] : [])], root, {
        ...env,
        CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN,
        CODEX_COLLAB_CLAUDE_SESSION_ID: "bench-context",
      });
      if (r.code !== 0) throw new Error(`review failed (exit ${r.code}): ${r.stderr}`);
      const sent = srv.responseRequests().slice(before);
      perReview.push(sent.reduce((n, q) => n + q.bytes, 0));
      round++;
    };
    writeFiles(root, Object.fromEntries(Array.from({ length: FILES }, (_, f) => [fileName(f), Array.from({ length: LINES }, (_, i) => line(f, i)).join("")])));
    await review();
    for (let k = 0; k < ROUNDS; k++) {
      for (let j = 0; j < 3; j++) {
        const file = join(root, fileName((k * 3 + j) % FILES));
        const target = line((k * 3 + j) % FILES, 50 + k);
        writeFileSync(file, readFileSync(file, "utf8").replace(target, target.replace("compute(", "computeChecked(")));
      }
      await review();
    }
    return { perReview, total: perReview.reduce((a, b) => a + b, 0) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function kb(n: number): string {
  return `${(n / 1000).toFixed(0)} KB`;
}

function report(name: string, run: Run): void {
  const ratio = (run.perReview.at(-1) ?? 0) / (run.perReview[0] ?? 1);
  console.log(`${name.padEnd(12)} ${run.perReview.map(kb).join(", ")}   6th/1st ${ratio.toFixed(2)}   total ${(run.total / 1e6).toFixed(2)} MB`);
}

const srv = await startResponsesServer();
const home = await makeCodexHome(srv.url);
try {
  const baseline = await scenario(srv, home.env, true);
  const incremental = await scenario(srv, home.env, false);
  console.log(`bench:context — ${FILES} files × ${LINES} lines, then ${ROUNDS} rounds of one line in 3 files, a review after each (request bytes per review)`);
  report("baseline", baseline);
  report("incremental", incremental);
  const ratio = (incremental.perReview.at(-1) ?? 0) / (incremental.perReview[0] ?? 1);
  const ofIssue = incremental.total / ISSUE_TOTAL_BYTES;
  const ofBaseline = incremental.total / baseline.total;
  console.log(`targets: 6th ≤ 1.5× 1st: ${ratio.toFixed(2)} ${ratio <= 1.5 ? "met" : "NOT met"}`);
  console.log(`         total ≤ 35 % of the issue's 4.8 MB: ${(ofIssue * 100).toFixed(1)} % ${ofIssue <= 0.35 ? "met" : "NOT met"}`);
  console.log(`         (total vs this run's baseline: ${(ofBaseline * 100).toFixed(1)} %)`);
} catch (e) {
  console.error(`bench:context: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await srv.close();
  await home.cleanup();
}
