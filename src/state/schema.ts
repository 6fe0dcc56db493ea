// The `.codex-collab` state file at the project root. zod/mini keeps the hooks' start-up cost low
// (classic zod adds ~40 ms to every hook process).
import * as z from "zod/mini";
import { markSlowPath } from "../slow-path.js";

export const STATE_VERSION = 1;

/** Bounds that keep the file small however long a project lives. */
export const LIMITS = {
  sessions: 60,
  historyPerSession: 30,
  reviews: 60,
  pendingEdits: 500,
  classifications: 200,
  wakeLoops: 200,
} as const;

/** The seven stages of the collaboration flow; 0 = nothing done yet. */
export const STAGES = [
  "not started",
  "requirements analysis",
  "discussion",
  "prototype",
  "implementation",
  "review",
  "fixes",
  "final review",
] as const;
function build() {
  const Usage = z.object({
    input_tokens: z._default(z.number(), 0),
    cached_input_tokens: z._default(z.number(), 0),
    output_tokens: z._default(z.number(), 0),
    reasoning_output_tokens: z._default(z.number(), 0),
  });

  const Stage = z.number().check(z.int(), z.minimum(0), z.maximum(7));

  const HistoryEntry = z.object({
    at: z.string(),
    /** What ran: a template name (analyze, design, prototype, review, debug, ask) or "run". */
    kind: z.string(),
    title: z.string(),
    outcome: z.enum(["ok", "failed", "timeout", "cancelled"]),
    stage: z.optional(Stage),
    tokens: z.optional(z.number()),
    /** Codex thread the turn ran on (a session can move to a fresh thread; see recordTurn). */
    threadId: z.optional(z.string()),
    /** What the turn cost: tokens by kind, the model priced, the estimate in USD, and bytes both ways. */
    usage: z.optional(Usage),
    model: z.optional(z.string()),
    costUsd: z.optional(z.number()),
    promptBytes: z.optional(z.number()),
    answerBytes: z.optional(z.number()),
  });

  /** The size of one Codex thread, for the per-thread budget: bytes sent and received, and the last context size. */
  const ThreadSize = z.object({
    threadId: z.nullable(z.string()),
    bytes: z._default(z.number(), 0),
    /** Input plus output tokens of the thread's latest turn: what the model held in context then. */
    tokens: z._default(z.number(), 0),
    turns: z._default(z.number(), 0),
    startedAt: z.string(),
    /** Set on a thread that was closed for a fresh one. */
    endedAt: z.optional(z.string()),
    /** Why the session left this thread ("budget": it grew past the per-thread budget; "new": the user asked). */
    endReason: z.optional(z.string()),
    /** The thread this one took over from, with a handoff. */
    handoffFrom: z.optional(z.string()),
  });

  /** A short, redacted excerpt of an answer that settled something (analysis, design, discussion), for handoffs. */
  const Decision = z.object({
    at: z.string(),
    kind: z.string(),
    stage: z.optional(Stage),
    text: z.string(),
  });

  const Session = z.object({
    name: z.string(),
    /** Codex thread id; null until the first turn has returned one. */
    threadId: z.nullable(z.string()),
    claudeSessionId: z.optional(z.string()),
    task: z.optional(z.string()),
    cwd: z.optional(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    turns: z._default(z.number(), 0),
    usage: Usage,
    stage: z._default(Stage, 0),
    history: z._default(z.array(HistoryEntry), []),
    /** Estimated cost of every turn so far, in USD (see src/workflow/usage.ts). */
    costUsd: z.optional(z.number()),
    /** The thread the session is on now, and the ones it left (oldest first): `sessions show` prints the chain. */
    thread: z.optional(ThreadSize),
    chain: z.optional(z.array(ThreadSize)),
    decisions: z.optional(z.array(Decision)),
  });

  const Severity = z.enum(["must-fix", "should-fix", "nit"]);

  const Finding = z.object({
    severity: Severity,
    file: z.string(),
    line_start: z.nullable(z.number()),
    line_end: z.nullable(z.number()),
    title: z.string(),
    explanation: z.string(),
    suggested_fix: z.string(),
    confidence: z.number(),
  });

  const PendingEdit = z.object({
    path: z.string(),
    /** sha1 of the tool input that made the edit: repeated identical events collapse. */
    hash: z.string(),
    at: z.string(),
    tool: z.string(),
    claudeSessionId: z.optional(z.string()),
    /** Failed reviews of this edit so far; it is retried with backoff until MAX_REVIEW_ATTEMPTS, then dropped. */
    attempts: z.optional(z.number()),
    /** Not reviewed again before this time (backoff after a failed review). */
    retryAt: z.optional(z.string()),
    lastError: z.optional(z.string()),
  });

  const ReviewRecord = z.object({
    id: z.string(),
    sessionName: z.string(),
    claudeSessionId: z.optional(z.string()),
    /** sha256 of the reviewed (redacted) diff: the same diff is never reviewed twice. */
    diffHash: z.string(),
    files: z.array(z.string()),
    status: z.enum(["running", "done", "failed", "skipped"]),
    startedAt: z.string(),
    finishedAt: z.optional(z.string()),
    verdict: z.optional(z.string()),
    summary: z.optional(z.string()),
    /** Set when Codex's answer was not the JSON asked for; says what was done with it. */
    note: z.optional(z.string()),
    /** "prose": Codex answered in prose; the record then has no findings and `summary` holds the answer. */
    answer: z.optional(z.enum(["structured", "prose"])),
    /** auto: the background worker reviewed a Claude session's edits; manual: someone ran `codex-collab review`. */
    origin: z.optional(z.enum(["auto", "manual"])),
    /** Fingerprint of each reviewed file's content when it was read, to tell whether a finding still applies. */
    contentHashes: z.optional(z.record(z.string(), z.string())),
    findings: z._default(z.array(Finding), []),
    usage: z.optional(Usage),
    error: z.optional(z.string()),
    skipReason: z.optional(z.string()),
    /** Set once the findings were injected into Claude's context. */
    deliveredAt: z.optional(z.string()),
    /** Set once the Stop gate blocked on this review's must-fix findings. */
    stopBlockedAt: z.optional(z.string()),
    /** What the review saw: the tree it compared with plus the files it sent (see src/review/snapshot.ts). */
    tree: z.optional(z.string()),
    /** The Codex thread it ran on; a later review on the same thread sends only what changed since `tree`. */
    threadId: z.optional(z.string()),
    /** The resolved base commit of a `--base` review. */
    base: z.optional(z.string()),
    /** The review sent only the change since an earlier review (its id). */
    since: z.optional(z.string()),
    /** Bytes of the prompt and the number of files whose diff it carried. */
    promptBytes: z.optional(z.number()),
    sentFiles: z.optional(z.number()),
    /** Set once an asyncRewake hook woke Claude with this review's must-fix findings. */
    wokenAt: z.optional(z.string()),
  });

  /** The automatic review's wake loop of one Claude session (see src/worker/wake.ts). */
  const WakeLoop = z.object({
    /** Wakes in the current loop; a user prompt starts a new loop. */
    rounds: z._default(z.number(), 0),
    /** When the user last prompted: the user's own prompt takes precedence over a scheduled wake. */
    userPromptAt: z.optional(z.string()),
    /** Language of the user's last prompt, for the wake text. */
    locale: z.optional(z.enum(["en", "zh"])),
    /** The waiting asyncRewake hook, while one waits for this session's review. */
    waiter: z.optional(z.object({ pid: z.number(), since: z.string() })),
    /** Findings Claude rejected with a reason (finding id → reason): never raised again in this session. */
    rejected: z._default(z.record(z.string(), z.string()), {}),
    /** Set when the loop stopped at the round cap or on an interrupt, with what was still open. */
    stoppedAt: z.optional(z.string()),
    stopReason: z.optional(z.string()),
    open: z.optional(z.array(z.string())),
  });

  const Classification = z.object({
    level: z.enum(["simple", "medium", "complex"]),
    score: z.number(),
    at: z.string(),
    /** Language of the prompt that set the level (the wake text uses it). */
    locale: z.optional(z.enum(["en", "zh"])),
  });

  const WorkerInfo = z.object({
    pid: z.number(),
    startedAt: z.string(),
    heartbeatAt: z.string(),
  });

  const StateFile = z.object({
    version: z.literal(STATE_VERSION),
    sessions: z._default(z.record(z.string(), Session), {}),
    pendingEdits: z._default(z.array(PendingEdit), []),
    reviews: z._default(z.array(ReviewRecord), []),
    /** Latest classification per Claude session id. */
    classifications: z._default(z.record(z.string(), Classification), {}),
    worker: z._default(z.nullable(WorkerInfo), null),
    /** Wake loop per Claude session id. Optional rather than defaulted, so StateFile literals elsewhere stay valid. */
    wake: z.optional(z.record(z.string(), WakeLoop)),
  });
  return { Usage, Stage, HistoryEntry, ThreadSize, Decision, Session, Severity, Finding, PendingEdit, ReviewRecord, WakeLoop, Classification, WorkerInfo, StateFile };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;

/**
 * The schemas, built on first use: building them costs every hook process milliseconds at start-up, and most
 * hook runs validate nothing (the file is the validated copy; see store.ts).
 */
export function stateSchemas(): Schemas {
  if (built) return built;
  markSlowPath();
  return (built = build());
}

function part<K extends keyof Schemas>(key: K): Schemas[K] {
  return stateSchemas()[key];
}

// Pure: a bundle that never names these (the hooks) does not build the schemas when it starts.
export const Usage = /* @__PURE__ */ part("Usage");
export const Stage = /* @__PURE__ */ part("Stage");
export const HistoryEntry = /* @__PURE__ */ part("HistoryEntry");
export const ThreadSize = /* @__PURE__ */ part("ThreadSize");
export const Decision = /* @__PURE__ */ part("Decision");
export const Session = /* @__PURE__ */ part("Session");
export const Severity = /* @__PURE__ */ part("Severity");
export const Finding = /* @__PURE__ */ part("Finding");
export const PendingEdit = /* @__PURE__ */ part("PendingEdit");
export const ReviewRecord = /* @__PURE__ */ part("ReviewRecord");
export const WakeLoop = /* @__PURE__ */ part("WakeLoop");
export const Classification = /* @__PURE__ */ part("Classification");
export const WorkerInfo = /* @__PURE__ */ part("WorkerInfo");
export const StateFile = /* @__PURE__ */ part("StateFile");
export type Usage = z.infer<typeof Usage>;
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type ThreadSize = z.infer<typeof ThreadSize>;
export type Decision = z.infer<typeof Decision>;
export type Session = z.infer<typeof Session>;
export type Severity = z.infer<typeof Severity>;
export type Finding = z.infer<typeof Finding>;
export type PendingEdit = z.infer<typeof PendingEdit>;
export type ReviewRecord = z.infer<typeof ReviewRecord>;
export type WakeLoop = z.infer<typeof WakeLoop>;
export type Classification = z.infer<typeof Classification>;
export type WorkerInfo = z.infer<typeof WorkerInfo>;
export type StateFile = z.infer<typeof StateFile>;

export function emptyState(): StateFile {
  return { version: STATE_VERSION, sessions: {}, pendingEdits: [], reviews: [], classifications: {}, worker: null };
}
