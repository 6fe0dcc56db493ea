// `npm run demo`: the whole codex-collab flow in under a minute, on a fresh machine, offline, without any login.
//
// A LOCAL SIMULATION: two scripted model servers on 127.0.0.1 stand in for OpenAI (Responses API, for codex) and
// Anthropic (Messages API, for Claude Code). Everything else is real: the codex and claude binaries pinned in
// devDependencies, the built codex-collab CLI, its installer and its hooks, git, a temp git project.
//
// Journey: install into a temp project → Claude receives a complex prompt and the UserPromptSubmit hook's guidance
// → analyze (1) → ask (2) → prototype (3, diffs checked with git apply --check) → Claude implements (4), the
// PostToolUse hook starts the background review (5), the Stop hook hands Claude the must-fix finding and Claude
// fixes it (6) → final review (7) → sessions show, one Codex thread throughout.
//
// Options: --keep (leave the temp directory for inspection). Exit 0 when every stage did what it should;
// otherwise 1 with the failing stage named. Every wait is bounded; temp dirs and background workers are cleaned up.
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatFindings, type ReviewResult } from "../../src/review/schema.js";
import { CLAUDE_BIN, runClaude, type RunClaudeResult } from "../support/claude.js";
import { CLI, runCli, type CliResult } from "../support/cli.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { git, makeRepo } from "../support/git.js";
import { killWorkers, pendingEdits, readLog, readState, requireBuilt, storedState, waitFor } from "../support/hooks.js";
import { startMessagesServer, systemText, text, toolUse, userTexts, type MessagesServer } from "../support/messages-server.js";
import { startResponsesServer, wantsSchema, userTexts as codexUserTexts, type ResponsesServer } from "../support/responses-server.js";

const keep = process.argv.includes("--keep");
const tty = process.stdout.isTTY === true;
const paint = (code: string) => (s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = paint("1");
const dim = paint("2");
const cyan = paint("36");
const green = paint("32");
const red = paint("31");

class DemoError extends Error {}
// Output piped into `head` and closed: stop at the next line, and still clean up.
let outputClosed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", () => {
    outputClosed = true;
  });
}
const out = (s = "") => {
  if (outputClosed) throw new DemoError("the output was closed");
  process.stdout.write(`${s}\n`);
};
const indent = (s: string, pad = "    ") =>
  s
    .trimEnd()
    .split("\n")
    .map((l) => pad + l)
    .join("\n");
function heading(tag: string, title: string): void {
  out();
  out(bold(cyan(`── ${tag} ${title} `.padEnd(92, "─") + " LOCAL SIMULATION")));
}
const started = Date.now();
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

let stage = "setup";
// Ctrl-C (or a harness's SIGINT): stop Claude (its own process group), end every wait, then clean up.
const interrupt = new AbortController();
process.once("SIGINT", () => interrupt.abort());
/** A bounded wait that also ends on an interrupt; whether it got there is checked by the caller. */
const settle = (what: string, cond: () => boolean, ms: number) => waitFor(what, () => interrupt.signal.aborted || cond(), ms, 200).catch(() => undefined);
function check(ok: unknown, what: string): asserts ok {
  if (!ok) throw new DemoError(what);
}

// ── The scripted project and answers ─────────────────────────────────────────────────────────────────────────────
const LIMIT_PATH = "src/limit.ts";
const ORIGINAL = `// Per-client rate limiting for the public API. Not implemented yet: every request is allowed.
export function allow(_apiKey: string, _now: number = Date.now()): boolean {
  return true;
}
`;
const bucketCode = (guard: string) => `// Per-client rate limiting for the public API: one token bucket per API key.
const CAPACITY = 10;
const REFILL_PER_SECOND = 5;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const buckets = new Map<string, Bucket>();

export function allow(apiKey: string, now: number = Date.now()): boolean {
  const bucket = buckets.get(apiKey) ?? { tokens: CAPACITY, updatedAt: now };
  bucket.tokens = Math.min(CAPACITY, bucket.tokens + ((now - bucket.updatedAt) / 1000) * REFILL_PER_SECOND);
  bucket.updatedAt = now;
  buckets.set(apiKey, bucket);
  if (${guard}) return false;
  bucket.tokens -= 1;
  return true;
}
`;
const BUGGY_GUARD = "bucket.tokens < 0";
const FIXED_GUARD = "bucket.tokens < 1";
const PROTOTYPE_CODE = bucketCode(FIXED_GUARD);
const BUGGY_CODE = bucketCode(BUGGY_GUARD);
const BUG_LINE = BUGGY_CODE.split("\n").findIndex((l) => l.includes(BUGGY_GUARD)) + 1;

const PROMPT =
  "Add per-client rate limiting to the public API: a token bucket per API key with configurable limits, 429 responses with Retry-After, and it must stay correct under concurrent requests across all our services.";
const QUESTION = "Should the bucket be keyed by API key or by client IP, and where should the limits live for now?";
const PROTOTYPE_TASK = "Prototype the token bucket in src/limit.ts (constants for the limits; the 429 handling comes later).";
const IMPLEMENT_PROMPT = "Implement the agreed token-bucket rate limiter in src/limit.ts.";

const ANALYSIS = `Understanding: limit each API key to a burst of N requests, refilled at R per second; excess requests get 429.
Functional requirements: per-key buckets; Retry-After on 429; limits configurable per plan.
Non-functional: O(1) per request; correct under concurrency (one bucket update per request, atomically).
Open question: key by API key or client IP? (Assumed: API key.)
Acceptance: 11th request within a second of a full bucket is refused; a refused request costs no token.`;
const ANSWER = `By API key: keys identify the paying client and survive NAT and proxies, which IPs do not.
Keep CAPACITY and REFILL_PER_SECOND as constants in src/limit.ts for this step; move them to the plan
configuration when the 429 handling lands. Admit a request only while at least one whole token is left.`;

/** A unified diff replacing the whole file: applies with git apply whatever the contents. */
function wholeFileDiff(path: string, before: string, after: string): string {
  const a = before.trimEnd().split("\n");
  const b = after.trimEnd().split("\n");
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -1,${a.length} +1,${b.length} @@`, ...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`), ""].join("\n");
}
const PROTOTYPE_ANSWER = `Approach: one bucket per API key in a Map; refill lazily on each call, then spend one token.

\`\`\`diff
${wholeFileDiff(LIMIT_PATH, ORIGINAL, PROTOTYPE_CODE)}\`\`\`

Notes: not thread-safe across processes; a shared store (Redis) comes with the 429 handling.`;

const MUST_FIX_TITLE = "Bucket admits a request with less than one token";
const REVIEW_BUGGY: ReviewResult = {
  verdict: "request-changes",
  summary: "Token bucket per API key; the admission check is off by one.",
  findings: [
    {
      severity: "must-fix",
      file: LIMIT_PATH,
      line_start: BUG_LINE,
      line_end: BUG_LINE,
      title: MUST_FIX_TITLE,
      explanation: "`tokens < 0` lets a request through with 0.x tokens, so a full bucket admits CAPACITY + 1 requests and the balance goes negative.",
      suggested_fix: "Refuse unless a whole token is left: `if (bucket.tokens < 1) return false;`.",
      confidence: 0.93,
    },
    {
      severity: "nit",
      file: LIMIT_PATH,
      line_start: 2,
      line_end: 3,
      title: "Limits are hard-coded",
      explanation: "Fine for this step, as agreed in the discussion.",
      suggested_fix: "Move them to the plan configuration with the 429 handling.",
      confidence: 0.6,
    },
  ],
};
const REVIEW_CLEAN: ReviewResult = {
  verdict: "approve",
  summary: "The earlier must-fix finding is resolved: a request now needs a whole token. Limits stay constants, as agreed.",
  findings: [],
};

// ── Processes ────────────────────────────────────────────────────────────────────────────────────────────────────
let codexServer: ResponsesServer | undefined;
let claudeServer: MessagesServer | undefined;
let codexHome: CodexHome | undefined;
let root: string | undefined;
let project: string | undefined;

/** What the scripted Codex says next to a non-review prompt (the demo runs one stage at a time). */
let nextAnswer = "";

async function cli(args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  out(dim(`  $ codex-collab ${args.map((a) => (/[\s"'$]/.test(a) ? JSON.stringify(a) : a)).join(" ")}`));
  const r = await runCli(args, { cwd: project!, env, timeoutMs: 90_000 });
  return r;
}

function json(r: CliResult, what: string): any {
  check(r.code === 0, `${what} exited ${r.code}:\n${r.stderr.trim()}`);
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new DemoError(`${what} printed no JSON:\n${r.stdout}\n${r.stderr}`);
  }
}

/** The codex-collab lines a stage printed on stderr (progress, session, next step), shown dimmed. */
function notes(r: CliResult): void {
  const lines = r.stderr
    .split("\n")
    .filter((l) => l.startsWith("codex-collab:"))
    .filter((l) => !/: \[\d/.test(l));
  if (lines.length > 0) out(dim(indent(lines.join("\n"))));
}

/** Claude's turns as stream-json reported them: each a list of lines (text, and tool calls with their file). */
function claudeTurns(run: RunClaudeResult): { lines: string[]; toolCalls: number }[] {
  const turns = new Map<string, { lines: string[]; toolCalls: number }>();
  for (const e of run.events) {
    if (e.type !== "assistant") continue;
    // stream-json sends one event per content block; blocks of one model message share its id.
    const id = String(e.message?.id ?? turns.size);
    const turn = turns.get(id) ?? { lines: [] as string[], toolCalls: 0 };
    turns.set(id, turn);
    for (const b of e.message?.content ?? []) {
      if (b.type === "text" && b.text.trim()) turn.lines.push(`    Claude: ${b.text.trim()}`);
      if (b.type === "tool_use") {
        turn.toolCalls++;
        const file = typeof b.input?.file_path === "string" ? b.input.file_path.replace(`${project}/`, "") : "";
        turn.lines.push(`    Claude → ${b.name} ${file}`);
      }
    }
  }
  return [...turns.values()];
}

function workerLines(): string[] {
  return readLog(project!, "worker.log")
    .split("\n")
    .filter(Boolean)
    .map((l) => l.replace(/^\S+ \[\d+\] /, ""));
}

async function main(): Promise<void> {
  out(bold("codex-collab demo — LOCAL SIMULATION"));
  out(
    indent(
      `Scripted model servers on 127.0.0.1 play OpenAI and Anthropic; everything else is real: the pinned codex and
claude binaries, the codex-collab CLI, installer and hooks, git. No network, no login, nothing outside a temp dir.`,
      "",
    ),
  );

  stage = "setup";
  try {
    requireBuilt();
  } catch (e) {
    throw new DemoError(`${(e as Error).message}`);
  }
  for (const bin of [REAL_CODEX_BIN, CLAUDE_BIN]) check(existsSync(bin), `${bin} is missing: run npm ci first`);
  try {
    git(tmpdir(), "--version");
  } catch {
    throw new DemoError("git is not installed (the demo's project is a git repository)");
  }

  root = mkdtempSync(join(tmpdir(), "codex-collab-demo-"));
  const home = join(root, "home");
  mkdirSync(home);
  project = makeRepo({ "README.md": "# rate-limited API\n", [LIMIT_PATH]: ORIGINAL }, "codex-collab-demo-project-");
  const claudeSession = randomUUID();

  codexServer = await startResponsesServer({
    script: (req) => {
      if (!wantsSchema(req)) return { text: nextAnswer || "OK." };
      // Review what was really sent: the buggy guard added by the diff gets the must-fix finding (a later review
      // sends only the change since the last one, where the fix removes the guard: a "-" line).
      const prompt = codexUserTexts(req).at(-1) ?? "";
      const addsBug = prompt.split("\n").some((l) => l.startsWith("+") && l.includes(BUGGY_GUARD));
      return { text: JSON.stringify(addsBug ? REVIEW_BUGGY : REVIEW_CLEAN) };
    },
  });
  codexHome = await makeCodexHome(codexServer.url);

  // One Claude session across both `claude -p` runs (the second resumes the first), so hooks and CLI stages all
  // land in the Codex session named after it.
  const reviewSettled = () => (readState(project!)?.reviews ?? []).some((r: any) => r.claudeSessionId === claudeSession && r.status !== "running");
  const limitFile = join(project, LIMIT_PATH);
  const FIRST_IMPLEMENT_STEP = 1;
  claudeServer = await startMessagesServer({
    steps: [
      [text("This is a complex, cross-cutting change, so I'll follow the guidance: Codex's requirements analysis first (stage 1), no code yet.")],
      [text("Implementing the agreed token bucket."), toolUse("Read", { file_path: limitFile })],
      [toolUse("Edit", { file_path: limitFile, old_string: ORIGINAL, new_string: BUGGY_CODE })],
      [text("Done: src/limit.ts keeps one token bucket per API key.")],
      [text("Codex is right: a request must need a whole token. Fixing the guard."), toolUse("Edit", { file_path: limitFile, old_string: BUGGY_GUARD, new_string: FIXED_GUARD })],
      [text("Fixed. The final review (stage 7) can check it.")],
    ],
    // The model "thinks" after the edit until the background review has finished (bounded), as a slower model
    // would; so the Stop hook has findings to hand over when Claude tries to finish.
    beforeStep: async (step) => {
      if (step !== FIRST_IMPLEMENT_STEP + 2) return;
      await settle("the background review", reviewSettled, 90_000);
    },
  });

  const cliEnv: Record<string, string | undefined> = { ...codexHome.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN, CODEX_COLLAB_CLAUDE_SESSION_ID: claudeSession };
  // Nothing from the shell running the demo may steer it (a Claude session around it, CA bundles that slow node).
  for (const k of Object.keys(process.env)) {
    if (k === "NODE_EXTRA_CA_CERTS" || (k.startsWith("CLAUDE") && k !== "CODEX_COLLAB_CLAUDE_SESSION_ID") || (k.startsWith("CODEX_COLLAB_") && !(k in cliEnv))) cliEnv[k] = undefined;
  }
  // Claude keeps its own HOME (runClaude's); its hooks and the review worker they start inherit this env.
  const { HOME: _codexUserHome, ...codexEnv } = codexHome.env;
  const claudeEnv = { ...codexEnv, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN };

  out(dim(`  project ${project}   (Claude's HOME: ${home})`));
  out(dim(`  model servers: codex → ${codexServer.url}   claude → ${claudeServer.url}`));

  // ── Install ──
  stage = "install";
  heading("0/7", "Install codex-collab into the project (real installer, project scope)");
  const inst = await cli(["install", "--project", project, "--scope", "project"], cliEnv);
  check(inst.code === 0, `install exited ${inst.code}:\n${inst.stderr}`);
  out(indent(inst.stdout));
  const configFile = join(project, ".claude", "codex-collab.json");
  const config = JSON.parse(readFileSync(configFile, "utf8"));
  // Demo pacing: the review starts 1 s after the last edit (default 20 s), and one automatic review per session
  // leaves the check of the fix to the final review you run yourself (stage 7).
  config.review = { ...config.review, debounceSeconds: 1, maxReviewsPerSession: 1 };
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  out(dim("  demo pacing in .claude/codex-collab.json: review.debounceSeconds 1 (default 20), review.maxReviewsPerSession 1"));
  git(project, "add", "-A");
  git(project, "commit", "-q", "-m", "Install codex-collab");

  // ── Classification ──
  stage = "classify";
  heading("▶", "Claude gets a complex prompt; the UserPromptSubmit hook classifies it");
  out(dim(`  $ claude -p "<the prompt>" --session-id ${claudeSession}     (model: the scripted Messages server)`));
  out(`    User: ${PROMPT}`);
  const run1 = await runClaude({ cwd: project, prompt: PROMPT, serverUrl: claudeServer.url, home, extraEnv: claudeEnv, args: ["--session-id", claudeSession], timeoutMs: 120_000, signal: interrupt.signal });
  check(!run1.timedOut && run1.exitCode === 0, `claude -p exited ${run1.exitCode}${run1.timedOut ? " (timed out)" : ""}:\n${run1.stderr.slice(-2000)}`);
  const first = claudeServer.mainRequests()[0];
  check(first, "Claude made no model request");
  const guidance = /UserPromptSubmit hook additional context: ([\s\S]*)/.exec(systemText(first))?.[1]?.trim();
  check(guidance, "the UserPromptSubmit hook's guidance did not reach the model");
  out("  The model received this from the hook:");
  out(cyan(indent(guidance, "    │ ")));
  for (const t of claudeTurns(run1)) out(t.lines.join("\n"));
  const level = storedState(project)?.classifications?.[claudeSession]?.level;
  check(level === "complex", `the prompt was classified ${level ?? "not at all"}, expected complex`);

  // ── Stage 1 ──
  const threads: { stage: string; thread: string }[] = [];
  stage = "1/7 analyze";
  heading("1/7", "Requirements analysis by Codex — codex-collab analyze");
  nextAnswer = ANALYSIS;
  const a = json(await cli(["analyze", "--json", PROMPT], cliEnv), "analyze");
  check(a.success && typeof a.SESSION_ID === "string", `analyze failed: ${JSON.stringify(a.error)}`);
  out(indent(a.agent_messages));
  out(green(`  → Codex thread ${a.SESSION_ID} · session ${a.session} · stage ${a.stage}/7 ${a.stage_name}`));
  threads.push({ stage: "analyze", thread: a.SESSION_ID });

  // ── Stage 2 ──
  stage = "2/7 ask";
  heading("2/7", "Discussion in the same Codex session — codex-collab ask");
  nextAnswer = ANSWER;
  const q = json(await cli(["ask", "--json", QUESTION], cliEnv), "ask");
  check(q.success, `ask failed: ${JSON.stringify(q.error)}`);
  out(`    Q: ${QUESTION}`);
  out(indent(q.agent_messages, "    A: ").replace(/\n {4}A: /g, "\n       "));
  const resumed = codexUserTexts(codexServer.responseRequests().at(-1)!).join("\n").includes(PROMPT);
  check(resumed, "the ask turn did not carry the analysis turn (not resumed)");
  out(green(`  → same thread ${q.SESSION_ID} (the request carried the analysis turn) · stage ${q.stage}/7 ${q.stage_name}`));
  threads.push({ stage: "ask", thread: q.SESSION_ID });

  // ── Stage 3 ──
  stage = "3/7 prototype";
  heading("3/7", "Prototype as a diff, checked with git apply --check — codex-collab prototype");
  nextAnswer = PROTOTYPE_ANSWER;
  const p = json(await cli(["prototype", "--json", PROTOTYPE_TASK], cliEnv), "prototype");
  check(p.success, `prototype failed: ${JSON.stringify(p.error)}`);
  out(indent(p.agent_messages));
  const patches: { file: string; applies: boolean; error?: string }[] = p.patches ?? [];
  check(patches.length > 0 && patches.every((x) => x.applies), `the prototype's diff did not pass git apply --check: ${JSON.stringify(patches)}`);
  check(git(project, "status", "--porcelain") === "", "the prototype changed the working tree");
  out(green(`  → git apply --check: ${patches.map((x) => `${x.file} applies`).join(", ")} (nothing was applied; the tree is unchanged)`));
  out(green(`  → same thread ${p.SESSION_ID} · stage ${p.stage}/7 ${p.stage_name}`));
  threads.push({ stage: "prototype", thread: p.SESSION_ID });

  // ── Stages 4-6 ──
  stage = "4/7 implement";
  heading("4/7", "Claude implements it; the PostToolUse hook schedules a background review");
  out(dim(`  $ claude -p "${IMPLEMENT_PROMPT}" --resume ${claudeSession}`));
  out(`    User: ${IMPLEMENT_PROMPT}`);
  nextAnswer = "";
  const run2 = await runClaude({ cwd: project, prompt: IMPLEMENT_PROMPT, serverUrl: claudeServer.url, home, extraEnv: claudeEnv, args: ["--resume", claudeSession], timeoutMs: 180_000, signal: interrupt.signal });
  check(!run2.timedOut && run2.exitCode === 0, `claude -p --resume exited ${run2.exitCode}${run2.timedOut ? " (timed out)" : ""}:\n${run2.stderr.slice(-2000)}`);
  check(run2.events.find((e) => e.type === "result")?.session_id === claudeSession, "the resumed Claude run got a different session id");
  // Claude's first turn without a tool call is where it tried to finish: the Stop hook's block splits the run.
  const turns = claudeTurns(run2);
  const stopAt = turns.findIndex((t) => t.toolCalls === 0);
  check(stopAt > 0 && stopAt < turns.length - 1, "Claude did not continue after trying to finish (no Stop hook block)");
  for (const t of turns.slice(0, stopAt + 1)) out(t.lines.join("\n"));
  // Whatever the worker does after the fix (here: skip, the per-session budget is used), wait until it is gone.
  await settle("the review worker to finish", () => readState(project!)?.worker === null && pendingEdits(project!).length === 0, 60_000);
  const log = workerLines();
  check(log.includes("started"), "the PostToolUse hook did not start the review worker");
  const reviewLine = log.findIndex((l) => l.startsWith("review "));
  out("  The PostToolUse hook recorded the edit and started the background review worker (.codex-collab.d/worker.log):");
  out(dim(indent(log.slice(0, reviewLine + 1).join("\n"), "    │ ")));

  stage = "5/7 review";
  heading("5/7", "The background review's findings come back to Claude");
  const auto = (readState(project)?.reviews ?? []).find((r: any) => r.claudeSessionId === claudeSession && r.status === "done");
  check(auto, `the background review did not finish (worker log:\n${log.join("\n")})`);
  out(indent(formatFindings({ verdict: auto.verdict, summary: auto.summary ?? "", findings: auto.findings })));
  const autoTurn = (readState(project)?.sessions?.[claudeSession]?.history ?? []).find((h: any) => h.kind === "review");
  check(autoTurn?.threadId, "the background review is not in the session's history");
  out(green(`  → review ${auto.id} ran in the same thread ${autoTurn.threadId} · stage ${autoTurn.stage}/7`));
  threads.push({ stage: "background review", thread: autoTurn.threadId });
  const feedback = claudeServer
    .mainRequests()
    .flatMap((r) => userTexts(r))
    .find((t) => t.startsWith("Stop hook feedback:"));
  check(feedback !== undefined && feedback.includes(MUST_FIX_TITLE), "the must-fix finding did not reach Claude through the Stop hook");
  out("  Claude tried to finish; the Stop hook blocked once and the model received:");
  out(cyan(indent(feedback, "    │ ")));

  stage = "6/7 fix";
  heading("6/7", "Claude fixes the must-fix finding");
  for (const t of turns.slice(stopAt + 1)) out(t.lines.join("\n"));
  const now = readFileSync(limitFile, "utf8");
  check(now.includes(FIXED_GUARD) && !now.includes(BUGGY_GUARD), "Claude's fix is not in src/limit.ts");
  out(indent(`- ${BUGGY_CODE.split("\n")[BUG_LINE - 1]}\n+ ${now.split("\n")[BUG_LINE - 1]}`, `    ${LIMIT_PATH}:${BUG_LINE}  `));
  const after = log.slice(reviewLine + 1).filter((l) => l.startsWith("skipped") || l.startsWith("review "));
  if (after.length > 0) {
    out("  The fix's edit went to the worker too:");
    out(dim(indent(after.join("\n"), "    │ ")));
  }

  // ── Stage 7 ──
  stage = "7/7 final review";
  heading("7/7", "Final review in the same Codex session — codex-collab review");
  const f = json(await cli(["review", "--json", "--about", IMPLEMENT_PROMPT], cliEnv), "review");
  check(f.success && f.review?.status === "done", `the final review did not finish: ${JSON.stringify(f.error ?? f.review)}`);
  out(indent(formatFindings({ verdict: f.review.verdict, summary: f.review.summary ?? "", findings: f.review.findings })));
  const finalPrompt = codexUserTexts(codexServer.responseRequests().filter(wantsSchema).at(-1)!).at(-1) ?? "";
  check(finalPrompt.includes(MUST_FIX_TITLE), "the final review was not told the earlier findings");
  out(green(`  → Codex re-checked the earlier findings (they were in its prompt) · thread ${f.SESSION_ID}`));
  threads.push({ stage: "review", thread: f.SESSION_ID });

  // ── The whole flow ──
  stage = "sessions show";
  heading("✓", "The flow, as codex-collab recorded it — codex-collab sessions show");
  const show = await cli(["sessions", "show", claudeSession], cliEnv);
  check(show.code === 0, `sessions show exited ${show.code}: ${show.stderr}`);
  out(indent(show.stdout));
  const session = readState(project)?.sessions?.[claudeSession];
  check(session?.stage === 7, `the session ended at stage ${session?.stage}, expected 7`);
  const turnThreads: string[] = (session.history ?? []).map((h: any) => h.threadId);
  const all = [...threads.map((t) => t.thread), ...turnThreads, session.threadId];
  const one = all[0];
  check(all.every((t) => t === one), `the stages ran on different Codex threads: ${[...new Set(all)].join(", ")}`);
  out();
  out(bold(green(`One Codex thread for every stage: ${one}`)));
  out(`  ${session.history.length} Codex turns (${session.history.map((h: any) => h.kind).join(" → ")}), stage ${session.stage}/7, ${claudeServer.mainRequests().length} Claude model requests, ${codexServer.responseRequests().length} Codex model requests — finished in ${secs()}.`);
  out(dim("  This was a LOCAL SIMULATION. For real use: node dist/install.js --project /path/to/your/project (README → Install)."));
}

function removeDirs(): void {
  for (const dir of [project, root]) {
    if (!dir) continue;
    try {
      // A worker killed a moment ago may still be closing files in the project.
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (e) {
      process.stderr.write(`demo: could not remove ${dir}: ${(e as Error).message}\n`);
    }
  }
}

async function cleanup(failed: boolean): Promise<void> {
  if (project) killWorkers(project);
  await claudeServer?.close();
  await codexServer?.close();
  await codexHome?.cleanup();
  if (keep) {
    process.stderr.write(`\nKept for inspection: ${project} and ${root} (Claude's HOME).\n`);
    return;
  }
  removeDirs();
  // After a failure or an interrupt, a hook may have spawned a worker that had not logged itself yet: it
  // recreates the project's state directory. Look again briefly, end it, remove again.
  for (let pass = 0; failed && pass < 3; pass++) {
    await new Promise((r) => setTimeout(r, 300));
    if (![project, root].some((d) => d && existsSync(d))) break;
    if (project) killWorkers(project);
    removeDirs();
  }
}

let code = 0;
// Anything thrown outside the awaited flow (an emitter's "error", say) still ends in a clean-up and a clear message.
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.once(event, (e: unknown) => {
    process.stderr.write(`\n${red(bold(`DEMO FAILED at stage "${stage}"`))}\n${(e as Error)?.stack ?? String(e)}\n`);
    void cleanup(true).finally(() => process.exit(1));
  });
}
try {
  await main();
} catch (e) {
  if (interrupt.signal.aborted) {
    code = 130;
    process.stderr.write(`\ndemo interrupted at stage "${stage}"; cleaning up\n`);
  } else {
    code = 1;
    const message = e instanceof DemoError ? e.message : ((e as Error)?.stack ?? String(e));
    process.stderr.write(`\n${red(bold(`DEMO FAILED at stage "${stage}"`))}\n${message}\n`);
    process.stderr.write(`Built and installed? Try: npm ci && npm run demo   (the CLI under test is ${CLI})\n`);
  }
} finally {
  await cleanup(code !== 0);
}
process.exit(code);
