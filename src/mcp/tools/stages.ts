// One tool per stage of the flow — analyze, ask, design, prototype, review, debug — each a turn in the task's
// Codex session (one thread per Claude session + task), with the CLI verbs' parameters.
import { formatFindings } from "../../review/schema.js";
import { debugVars } from "../../workflow/debug.js";
import { previewPrototype, runPrototype } from "../../workflow/prototype.js";
import { leftOutNotes, prototypeResult, prototypeText, reviewResult, SKETCH_WARNING, turnResult } from "../../workflow/results.js";
import { previewReview, reviewChange } from "../../workflow/review.js";
import { commonVars, stageSetup } from "../../workflow/setup.js";
import { previewStage, runStage, type StageKind } from "../../workflow/stages.js";
import { runtime, stageInput, type ToolContext } from "../context.js";
import { errorText, previewReply, turnReply, type ToolReply } from "../reply.js";
import { AnalyzeInput, AskInput, DebugInput, DesignInput, PrototypeInput, ReviewInput } from "../schema.js";
import { defineTool, type ToolDef } from "./types.js";

const SESSION_NOTE =
  "Runs in this task's Codex session (read-only sandbox), continuing it, so every stage of a task shares one Codex thread. " +
  "Pass claude_session_id; task_name keeps a second task apart; new/session only when the user asks. Codex's answer is a colleague's opinion: check it against the code.";

type Conversational = Exclude<StageKind, "review" | "prototype" | "debug">;

async function conversational(kind: Conversational, variable: string, text: string, args: Parameters<typeof stageInput>[0] & { context?: string; constraints?: string; files?: string[] }, ctx: ToolContext): Promise<ToolReply> {
  const setup = stageSetup(stageInput(args, ctx), runtime(ctx));
  const request = { ...setup, kind, vars: { ...commonVars(args), [variable]: text }, userText: text };
  if (args.dry_run) return previewReply(await previewStage(request));
  const outcome = await runStage(request);
  return turnReply(outcome, turnResult(outcome));
}

export const STAGE_TOOLS: ToolDef[] = [
  defineTool({
    name: "analyze",
    title: "Stage 1: requirements analysis by Codex",
    description: `Codex analyses a requirement: scope, open questions, risks, acceptance criteria. ${SESSION_NOTE}`,
    input: AnalyzeInput,
    readOnly: false,
    run: (a, ctx) => conversational("analyze", "request", a.requirement, a, ctx),
  }),
  defineTool({
    name: "ask",
    title: "Stage 2: a discussion turn with Codex",
    description: `A question or counter-proposal in the running discussion with Codex. ${SESSION_NOTE}`,
    input: AskInput,
    readOnly: false,
    run: (a, ctx) => conversational("ask", "message", a.message, a, ctx),
  }),
  defineTool({
    name: "design",
    title: "Stage 2: solution design by Codex",
    description: `Codex designs a solution: approach, alternatives set aside, interfaces, risks, test plan. ${SESSION_NOTE}`,
    input: DesignInput,
    readOnly: false,
    run: (a, ctx) => conversational("design", "task", a.task, a, ctx),
  }),
  defineTool({
    name: "prototype",
    title: "Stage 3: a prototype as unified diffs",
    description: `Codex sketches the change as unified diffs (it edits nothing); each diff is checked with git apply --check, never applied, and diffs that do not apply go back to Codex once. Write the production code yourself. ${SESSION_NOTE}`,
    input: PrototypeInput,
    readOnly: false,
    run: async (a, ctx) => {
      const setup = stageSetup(stageInput(a, ctx), runtime(ctx));
      const request = { ...setup, vars: { task: a.task, ...commonVars(a), ...(a.design?.trim() ? { design: a.design } : {}) }, userText: a.task };
      if (a.dry_run) return previewReply(await previewPrototype(request));
      const outcome = await runPrototype(request);
      const { turn, retry } = outcome;
      if (!turn.result.success) return turnReply(turn, prototypeResult(outcome));
      // Diffs that do not apply are advice, not failure; a follow-up that broke read-only or was cancelled is.
      const code = retry?.result.failure?.code;
      if (retry && (code === "SANDBOX_VIOLATION" || code === "CANCELLED")) return turnReply(retry, prototypeResult(outcome));
      return turnReply(retry?.result.success ? retry : turn, prototypeResult(outcome), `${prototypeText(outcome)}\n\n${SKETCH_WARNING}`);
    },
  }),
  defineTool({
    name: "review",
    title: "Stages 5 and 7: structured review of the current change",
    description: `Codex reviews the current change (staged + unstaged + untracked, or everything since base; secret, binary, generated and ignored files left out, secrets redacted) and returns findings by severity. A review after an earlier review is the final review. ${SESSION_NOTE}`,
    input: ReviewInput,
    readOnly: false,
    run: async (a, ctx) => {
      const setup = stageSetup(stageInput(a, ctx), runtime(ctx));
      const request = { ...setup, base: a.base, paths: a.paths, focus: a.focus, taskText: a.about, final: a.final, full: a.full };
      if (a.dry_run) return previewReply(await previewReview(request));
      const outcome = await reviewChange(request);
      const structured = reviewResult(outcome);
      const { record, parsed, turn, budgetNote } = outcome;
      if (record.status === "failed") {
        const error = turn?.result.error ?? { code: "CODEX_FAILED" as const, message: record.error ?? "The review failed.", hint: 'Run "codex-collab doctor".' };
        return { text: errorText(error), structured, isError: true };
      }
      const notes = [budgetNote, ...leftOutNotes(outcome)].filter((n) => n);
      const body = record.status === "skipped" ? `Nothing reviewed: ${record.skipReason}.` : parsed ? `${formatFindings(parsed.result)}\n\nreview ${record.id} · session ${record.sessionName}` : "";
      return { text: [body, ...notes].join("\n"), structured };
    },
  }),
  defineTool({
    name: "debug",
    title: "Debugging analysis of a failure",
    description: `Codex names the likely cause of a failure and how to confirm it, from the problem and the failing output (verbatim). Treat the cause as a hypothesis. ${SESSION_NOTE}`,
    input: DebugInput,
    readOnly: false,
    run: async (a, ctx) => {
      const { vars, userText } = debugVars({ ...a, outputs: a.error_output ? [a.error_output] : [] });
      const setup = stageSetup(stageInput(a, ctx), runtime(ctx));
      const request = { ...setup, kind: "debug" as const, vars, userText };
      if (a.dry_run) return previewReply(await previewStage(request));
      const outcome = await runStage(request);
      return turnReply(outcome, turnResult(outcome));
    },
  }),
];
