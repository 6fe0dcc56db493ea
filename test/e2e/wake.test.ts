// The wake loop end to end on real parts: codex-collab installed by the real installer, the REAL Claude Code CLI in a
// held-open session (stream-json input, stdin open, no further user message) against the local Messages server, and
// the real codex against the local Responses server. Claude edits and finishes its turn; the background review's
// must-fix finding wakes it (a new model request with no user message in between); its fix gets the final review,
// which approves (no wake) or, past review.wakeRounds, stops the loop. And where waking is impossible (`-p` with a text
// prompt runs an asyncRewake hook in the foreground) the hook returns at once and the next prompt delivers.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { install } from "../../src/install/install.js";
import { CLAUDE_NEWEST_BIN, CLAUDE_OLDEST_BIN, runClaude, startClaudeSession } from "../support/claude.js";
import { makeCodexHome, REAL_CODEX_BIN, type CodexHome } from "../support/codex-home.js";
import { makeRepo } from "../support/git.js";
import { readLog, readState, removeProject, requireBuilt, storedState, waitFor } from "../support/hooks.js";
import { requestText, startMessagesServer, text, toolUse, userTexts, type LoggedRequest, type Step } from "../support/messages-server.js";
import { startResponsesServer, wantsSchema, userTexts as codexUserTexts, type ResponsesServer } from "../support/responses-server.js";

const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BURST = 20;
const BUG = "Division by zero when the count is empty";
const BUG2 = "Average rounds towards zero";

const finding = (title: string, line: number) => ({
  severity: "must-fix",
  file: "src/calc.ts",
  line_start: line,
  line_end: line,
  title,
  explanation: "avg divides by list.length without a check.",
  suggested_fix: "Return 0 for an empty list.",
  confidence: 0.9,
});
const MUST_FIX = { verdict: "request-changes", summary: "Adds constants and avg.", findings: [finding(BUG, 21)] };
const MUST_FIX_2 = { verdict: "request-changes", summary: "Fix rounds.", findings: [finding(BUG2, 22)] };
const APPROVE = { verdict: "approve", summary: "The fix is right.", findings: [] };

interface Setup {
  root: string;
  project: string;
  codex: ResponsesServer;
  codexHome: CodexHome;
  env: Record<string, string>;
  calc: string;
}

const setups: Setup[] = [];

async function setup(reviews: object[], review: Record<string, unknown>, hooks: Record<string, boolean> = {}): Promise<Setup> {
  requireBuilt();
  const root = mkdtempSync(join(tmpdir(), "cc-wake-"));
  const lines = Array.from({ length: BURST }, (_, i) => `export const c${i} = 0;`);
  const project = makeRepo({ "src/calc.ts": `${lines.join("\n")}\n` }, "cc-wake-project-");
  await install({ project, scope: "project", packageRoot: PACKAGE_ROOT, home: join(root, "home") });
  writeFileSync(join(project, ".claude", "codex-collab.json"), JSON.stringify({ hooks, review: { mode: "always", minIntervalSeconds: 0, ...review } }));
  let n = 0;
  const codex = await startResponsesServer({
    script: (req) => (wantsSchema(req) ? { text: JSON.stringify(reviews[Math.min(n++, reviews.length - 1)]) } : { text: "ok" }),
  });
  const codexHome = await makeCodexHome(codex.url);
  const s: Setup = { root, project, codex, codexHome, env: { ...codexHome.env, CODEX_COLLAB_CODEX_BIN: REAL_CODEX_BIN }, calc: join(project, "src", "calc.ts") };
  setups.push(s);
  return s;
}

afterAll(async () => {
  for (const s of setups) {
    await removeProject(s.project);
    await s.codex.close();
    await s.codexHome.cleanup();
    rmSync(s.root, { recursive: true, force: true });
  }
});

const reviewRequests = (s: Setup) => s.codex.responseRequests().filter(wantsSchema);
const wakeTexts = (r: LoggedRequest) => userTexts(r).filter((t) => t.includes("codex-collab automatic review"));
/** Claude's edits: read the file, then one Edit per constant (a burst), then "done". */
function burstSteps(calc: string, count: number): Step[] {
  const edits = Array.from({ length: count }, (_, i): Step => [toolUse("Edit", { file_path: calc, old_string: `c${i} = 0;`, new_string: `c${i} = ${i + 1};` })]);
  const avg = [toolUse("Edit", { file_path: calc, old_string: `c${count - 1} = ${count};`, new_string: `c${count - 1} = ${count};\nexport const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;` })];
  return [[toolUse("Read", { file_path: calc })], ...edits, avg, [text("Done: constants set and avg added.")]];
}

const fixStep = (calc: string, from: string, to: string): Step => [toolUse("Edit", { file_path: calc, old_string: from, new_string: to })];

/** Waits until the worker is idle, nobody waits to wake, and `settleMs` pass with nothing new. */
async function settle(s: Setup, sid: string, settleMs = 4000): Promise<void> {
  await waitFor(
    "the worker and the wake hook to finish, every edit reviewed",
    () => {
      const st = readState(s.project);
      // An edit's worker is started by the wake hook beside it, a moment after the edit is recorded: "no worker"
      // alone is also the moment before that start.
      const pending = storedState(s.project)?.pendingEdits.length ?? 0;
      return st && st.worker === null && pending === 0 && !st.reviews.some((r: any) => r.status === "running") && !st.wake?.[sid]?.waiter;
    },
    120_000,
    250,
  );
  await new Promise((r) => setTimeout(r, settleMs));
}

describe.each([
  { name: "newest (2.1.332)", bin: CLAUDE_NEWEST_BIN },
  // Measured: 2.1.197 wakes too in a held-open session (CLAUDE_CODE_FACTS.md §a), so it runs the same loop.
  { name: "oldest (2.1.197)", bin: CLAUDE_OLDEST_BIN },
])("wake loop, Claude Code $name, held-open session", ({ bin }) => {
  it(
    "a burst of 20 edits → one review → one wake; the fix gets the final review, which approves: no second wake",
    async () => {
      // A debounce well above a loaded machine's gap between two edits: the burst must be one review.
      const s = await setup([MUST_FIX, APPROVE], { debounceSeconds: 6 });
      const steps = [
        ...burstSteps(s.calc, BURST),
        fixStep(s.calc, "/ xs.length;", "/ (xs.length || 1);"),
        [text("Fixed the empty-list case.")],
      ];
      const claude = await startMessagesServer({ steps });
      const session = startClaudeSession({ cwd: s.project, prompt: "Set the constants and add avg.", serverUrl: claude.url, home: join(s.root, "home"), extraEnv: s.env, bin, timeoutMs: 240_000 });
      try {
        await session.waitForEvent((e) => e.type === "result", 60_000);
        const sid = session.results()[0].session_id as string;
        // No user message is sent: the next turn can only come from the wake.
        await session.waitForEvent((e) => e.type === "result", 120_000, session.events.indexOf(session.results()[0]) + 1);
        await settle(s, sid);

        const main = claude.mainRequests();
        const woken = main.find((r) => wakeTexts(r).length > 0)!;
        expect(woken, "a model request carrying the wake").toBeDefined();
        expect(woken.step).toBe(BURST + 3);
        const wake = wakeTexts(woken).at(-1)!;
        expect(wake).toContain(`[must-fix] src/calc.ts:21 ${BUG} — Return 0 for an empty list.`);
        expect(wake).toMatch(/not a message from the user/);
        expect(wake).toMatch(/codex-collab reviews show r\d+/);
        expect(wake).toMatch(/codex-collab-reject <id>/);
        // Nothing between Claude's finished turn ("Done…") and the wake: no user message came in between.
        // (Claude Code adds its system-role context after it; only user and assistant turns count here.)
        const [done, notice] = (woken.body.messages as any[]).filter((m) => m.role !== "system").slice(-2);
        expect(done.role).toBe("assistant");
        expect(JSON.stringify(done.content)).toContain("Done: constants set and avg added.");
        expect(notice.role).toBe("user");
        expect(JSON.stringify(notice.content)).toContain("codex-collab automatic review");
        // 2.1.332 passes the wake through UserPromptSubmit as a prompt; codex-collab does not take it for the user's.
        expect(JSON.stringify(woken.body.messages)).not.toMatch(/UserPromptSubmit hook additional context: codex-collab: \w+ task \(score \d+: ~\d+ words, change fix/);
        expect(main.map((r) => requestText(r)).filter((t) => t.includes(BUG)).length).toBeGreaterThan(0);

        // One review for the burst, one final review for the fix; exactly one wake (no wake after the approval).
        expect(reviewRequests(s)).toHaveLength(2);
        // A wake stays in the conversation's history, so later requests repeat it: count distinct ones.
        expect(new Set(main.flatMap((r) => wakeTexts(r))).size).toBe(1);
        expect(session.results()).toHaveLength(2);
        expect(main.at(-1)!.step).toBe(BURST + 4);
        const state = readState(s.project);
        const [first, final] = state.reviews;
        expect(first).toMatchObject({ status: "done", origin: "auto", claudeSessionId: sid, verdict: "request-changes" });
        expect(first.wokenAt).toBeDefined();
        expect(final).toMatchObject({ status: "done", verdict: "approve" });
        expect(final.wokenAt).toBeUndefined();
        expect(state.wake[sid]).toMatchObject({ rounds: 1 });
        // The final review is stage 7: it follows the fixes.
        expect(Object.values(state.sessions).map((x: any) => x.stage)).toEqual([7]);
        expect(codexUserTexts(reviewRequests(s)[1]!).join("\n")).toContain(BUG);
        expect(readLog(s.project, "hooks.log")).toMatch(/wake: \[codex-collab automatic review/);
      } finally {
        await session.close(5_000);
        await claude.close();
      }
    },
    300_000,
  );
});

describe("wake loop limits, newest Claude Code, held-open session", () => {
  it(
    "the round cap holds: with review.wakeRounds 1 the second must-fix set stops the loop and says what is open",
    async () => {
      // Without the Stop gate a slow turn cannot take the finding first: every round goes through a wake.
      const s = await setup([MUST_FIX, MUST_FIX_2, MUST_FIX_2], { debounceSeconds: 4, wakeRounds: 1 }, { stopGate: false });
      const steps = [
        ...burstSteps(s.calc, 2),
        fixStep(s.calc, "/ xs.length;", "/ (xs.length || 1);"),
        [text("Fixed the empty-list case.")],
        [text("The automatic review still reports the rounding issue; I leave it open for you.")],
      ];
      const claude = await startMessagesServer({ steps });
      const session = startClaudeSession({ cwd: s.project, prompt: "Set two constants and add avg.", serverUrl: claude.url, home: join(s.root, "home"), extraEnv: s.env, bin: CLAUDE_NEWEST_BIN, timeoutMs: 240_000 });
      try {
        await session.waitForEvent((e) => e.type === "result", 60_000);
        const sid = session.results()[0].session_id as string;
        await waitFor("three turns", () => session.results().length >= 3, 150_000, 250);
        await settle(s, sid);

        const wakes = claude.mainRequests().map((r) => wakeTexts(r).at(-1)).filter((t): t is string => t !== undefined);
        const distinct = [...new Set(wakes)];
        expect(distinct).toHaveLength(2);
        expect(distinct[0]).toContain(BUG);
        expect(distinct[1]).toContain(BUG2);
        expect(distinct[1]).toMatch(/stops here: do not start another fix round; tell the user/);
        expect(session.results()).toHaveLength(3);
        expect(reviewRequests(s)).toHaveLength(2);
        expect(readState(s.project).wake[sid]).toMatchObject({ rounds: 1, stopReason: expect.stringMatching(/round cap/), open: [`src/calc.ts:22 ${BUG2}`] });
      } finally {
        await session.close(5_000);
        await claude.close();
      }
    },
    300_000,
  );

  it(
    "a user interrupt ends the loop: the review's must-fix finding does not wake Claude",
    async () => {
      const s = await setup([MUST_FIX], { debounceSeconds: 2 });
      let release: () => void = () => {};
      const released = new Promise<void>((r) => (release = r));
      const steps = burstSteps(s.calc, 2).slice(0, -1);
      const claude = await startMessagesServer({
        steps: [...steps, [text("never sent")], [text("after")]],
        // Claude "thinks" after its edits until the user interrupts (bounded).
        beforeStep: async (k) => {
          if (k === steps.length) await Promise.race([released, new Promise((r) => setTimeout(r, 20_000))]);
        },
      });
      const session = startClaudeSession({ cwd: s.project, prompt: "Set two constants and add avg.", serverUrl: claude.url, home: join(s.root, "home"), extraEnv: s.env, bin: CLAUDE_NEWEST_BIN, timeoutMs: 240_000 });
      try {
        await waitFor("Claude to think after its edits", () => claude.mainRequests().some((r) => r.step === steps.length), 60_000, 100);
        session.interrupt();
        const result = await session.waitForEvent((e) => e.type === "result", 30_000);
        release();
        const sid = result.session_id as string;
        await waitFor("the review", () => readState(s.project)?.reviews.some((r: any) => r.status === "done"), 120_000, 250);
        await settle(s, sid);
        expect(claude.mainRequests().some((r) => wakeTexts(r).length > 0)).toBe(false);
        expect(session.results()).toHaveLength(1);
        expect(readState(s.project).wake[sid]).toMatchObject({ rounds: 0, stopReason: "the user interrupted" });
        expect(readLog(s.project, "hooks.log")).toContain("no wake: the user interrupted");
      } finally {
        await session.close(5_000);
        await claude.close();
      }
    },
    300_000,
  );
});

describe("where waking is impossible, the next prompt delivers", () => {
  it(
    "oldest Claude Code in -p with a text prompt: the asyncRewake hook runs in the foreground and returns at once; the finding comes with the next prompt",
    async () => {
      const s = await setup([MUST_FIX], { debounceSeconds: 2, stopWaitSeconds: 0 });
      const steps = [...burstSteps(s.calc, 2)];
      const claude = await startMessagesServer({ steps: [...steps, [text("Looking at it.")]] });
      const home = join(s.root, "home");
      const started = Date.now();
      const run = await runClaude({ cwd: s.project, prompt: "Set two constants and add avg.", serverUrl: claude.url, home, extraEnv: s.env, bin: CLAUDE_OLDEST_BIN, timeoutMs: 120_000 });
      const ranFor = Date.now() - started;
      expect(run.exitCode, run.stderr).toBe(0);
      const sid = run.events.find((e) => e.type === "result")?.session_id as string;
      // The turn did not wait for the review: it ended before the review could even start (debounce 2 s).
      const state0 = readState(s.project);
      expect(state0.reviews.filter((r: any) => r.status === "done")).toHaveLength(0);
      expect(ranFor).toBeLessThan(60_000);
      expect(readLog(s.project, "hooks.log")).toMatch(/wake: off for this session: a -p session without streaming input/);
      await waitFor("the review", () => readState(s.project).reviews.some((r: any) => r.status === "done"), 120_000, 250);

      const next = await runClaude({ cwd: s.project, prompt: "What next?", serverUrl: claude.url, home, extraEnv: s.env, bin: CLAUDE_OLDEST_BIN, args: ["--resume", sid], timeoutMs: 120_000 });
      expect(next.exitCode, next.stderr).toBe(0);
      const last = claude.mainRequests().at(-1)!;
      expect(requestText(last)).toContain(BUG);
      expect(claude.mainRequests().some((r) => wakeTexts(r).length > 0)).toBe(false);
    },
    300_000,
  );
});
