// The MCP tools' inputs and the `codex` tool's output: one zod schema per tool, the types derive from them.
// Limits keep a bad call from reaching codex at all; the texts are data, never interpreted.
import * as z from "zod";
import { SANDBOX_MODES } from "../codex/args.js";

const TEXT_MAX = 4_000_000;
const name = (what: string) => z.string().min(1).max(200).describe(what);

const dryRun = z
  .boolean()
  .optional()
  .describe("Send nothing: return exactly what would be sent (the prompt after redaction and budgeting, the files in and out with reasons, the redaction count).");

/** Parameters every session-bound tool shares (the CLI's stage flags). */
export const SessionParams = {
  cd: z.string().min(1).max(4096).optional().describe("Project directory; default: the project Claude Code runs in."),
  task_name: name("Keeps a separate Codex session per task within one Claude session.").optional(),
  new: z.boolean().optional().describe("Start a fresh Codex session instead of continuing the task's session."),
  session: name("Continue a given session: its name, thread id or a unique prefix.").optional(),
  claude_session_id: name("The Claude Code session this call belongs to (commands pass ${CLAUDE_SESSION_ID}); default: the server's.").optional(),
  model: name("Model for Codex; default from config.").optional(),
  timeout: z.number().positive().max(86_400).optional().describe("Wall-clock limit in seconds; default from config (900)."),
  idle_timeout: z.number().positive().max(86_400).optional().describe("Longest silence from Codex in seconds; default from config (300)."),
  dry_run: dryRun,
};

const Extras = {
  context: z.string().max(TEXT_MAX).optional().describe("Extra background for Codex."),
  constraints: z.string().max(TEXT_MAX).optional().describe("Limits the answer must respect."),
  files: z.array(z.string().min(1).max(4096)).max(200).optional().describe("Files Codex should look at (it reads them itself, read-only)."),
};

const text = (what: string) => z.string().max(TEXT_MAX).describe(what);
/** The user's main text: what the stage is about, so it may not be blank. */
const words = (what: string) => z.string().max(TEXT_MAX).regex(/\S/, "must not be empty").describe(what);

export const AnalyzeInput = z.strictObject({ requirement: words("The requirement to analyse, verbatim."), ...Extras, ...SessionParams });
export const AskInput = z.strictObject({ message: words("The question or counter-proposal, verbatim."), ...Extras, ...SessionParams });
export const DesignInput = z.strictObject({ task: words("The task to design a solution for, verbatim."), ...Extras, ...SessionParams });
export const PrototypeInput = z.strictObject({
  task: words("What the prototype should do, verbatim."),
  design: text("The agreed design to follow.").optional(),
  ...Extras,
  ...SessionParams,
});
export const DebugInput = z.strictObject({
  problem: text("The problem in the user's words."),
  error_output: text("The failing output, verbatim: test failure, stack trace, log excerpt.").optional(),
  repro: text("How to reproduce.").optional(),
  changes: text("What changed recently.").optional(),
  ...Extras,
  ...SessionParams,
});
export const ReviewInput = z.strictObject({
  paths: z.array(z.string().min(1).max(4096)).max(500).optional().describe("Review only these paths."),
  base: name("Review everything since this git ref instead of the uncommitted change.").optional(),
  focus: text("What to look at hardest.").optional(),
  about: text("What the change is for.").optional(),
  final: z.boolean().optional().describe("Mark this as the final review (stage 7)."),
  full: z.boolean().optional().describe("Send the whole change again; by default a later review in the same thread sends only what changed since its last review."),
  ...SessionParams,
});

export const CodexInput = z.strictObject({
  PROMPT: z.string().min(1).max(TEXT_MAX).describe("The prompt for Codex, verbatim."),
  cd: z.string().min(1).max(4096).describe("Working directory for Codex."),
  sandbox: z.enum(SANDBOX_MODES).default("read-only").describe("Looser than read-only only when your own codex-collab config allows it."),
  SESSION_ID: name("Codex thread id (or session name) to continue; omit for a new session.").optional(),
  return_all_messages: z.boolean().default(false).describe("Include every Codex event in all_messages."),
  dry_run: dryRun,
});

const ErrorInfo = z.object({ code: z.string(), message: z.string(), hint: z.string() });

export const CodexOutput = z.object({
  success: z.boolean(),
  SESSION_ID: z.string().nullable(),
  agent_messages: z.string(),
  all_messages: z.array(z.record(z.string(), z.unknown())).optional(),
  error: ErrorInfo.optional(),
  /** dry_run only: what would have been sent (src/workflow/preview.ts); nothing was. */
  preview: z.record(z.string(), z.unknown()).optional(),
});
export type CodexOutput = z.infer<typeof CodexOutput>;

const cdOnly = { cd: SessionParams.cd };
export const StatusInput = z.strictObject(cdOnly);
export const SessionsInput = z.strictObject({ ...cdOnly, show: name("Show one session (name, thread id or prefix) with its history.").optional() });
export const ReviewsInput = z.strictObject({ ...cdOnly, ids: z.array(name("review id or prefix")).max(50).optional().describe("Show these reviews in full; empty: list all.") });
