// The per-thread budget. Codex resends a thread's whole history on every turn, so a long task grows in bytes and
// tokens with every turn and finally meets the model's window, where codex's own compaction silently drops
// detail. Before that, the session continues in a fresh thread that starts with a handoff: requirement, decisions
// so far, stage reached, open findings and the change as it stands.
import type { Config } from "../config/schema.js";
import { findingLocation } from "../review/findings.js";
import { STAGES, type Finding, type Session, type StateFile } from "../state/schema.js";
import { fenceData } from "../templates/fence.js";
import type { SessionTarget } from "./turn.js";

/** How the thread's bytes are turned into tokens when codex reported fewer (a rough, conservative rate). */
export const BYTES_PER_TOKEN = 4;
/** Changed files named in a handoff; a review sends its diff after it anyway. */
const MAX_HANDOFF_FILES = 200;
/** Room kept for the answer to the next turn. */
const ANSWER_RESERVE_TOKENS = 4_000;

/** The thread's size in tokens: what codex reported, or its bytes at BYTES_PER_TOKEN, whichever is larger. */
export function threadTokens(session: Pick<Session, "thread" | "threadId"> | undefined): number {
  const t = session?.thread;
  if (!t || t.threadId !== session?.threadId) return 0;
  return Math.max(t.tokens, Math.ceil(t.bytes / BYTES_PER_TOKEN));
}

/** True when a turn of `promptBytes` on the target's thread would take it past the per-thread budget. */
export function needsHandoff(session: Session | undefined, target: SessionTarget, promptBytes: number, config: Pick<Config, "context">): boolean {
  if (target.fresh || target.threadId === null || !session || session.threadId !== target.threadId) return false;
  const next = threadTokens(session) + Math.ceil(promptBytes / BYTES_PER_TOKEN) + ANSWER_RESERVE_TOKENS;
  return next > config.context.threadBudgetTokens;
}

/** The same session, on a new thread. */
export function handedOff(target: SessionTarget): SessionTarget {
  return { ...target, threadId: null, fresh: true };
}

/** Open findings: those of the session's latest finished review. */
export function openFindings(state: Pick<StateFile, "reviews">, sessionName: string): Finding[] {
  return state.reviews.filter((r) => r.sessionName === sessionName && r.status === "done").at(-1)?.findings ?? [];
}

export interface HandoffInput {
  session: Session;
  findings: readonly Finding[];
  /** The change as it stands: one line per changed file (a review sends the diff itself after this). */
  changedFiles: readonly string[];
}

/** The text a fresh thread starts with. Everything from users, repositories or earlier answers is fenced. */
export function handoffText({ session, findings, changedFiles }: HandoffInput): string {
  const from = session.threadId ?? "an earlier thread";
  const requirement = session.task ?? session.history.find((h) => h.kind === "analyze" || h.kind === "design")?.title ?? session.history[0]?.title ?? "";
  const out = [
    `# Handoff from Codex thread ${from}`,
    "This task continues from an earlier Codex thread that grew past its size budget. What it established:",
    "",
    `Stage reached: ${session.stage}/7 ${STAGES[session.stage] ?? ""}.`,
  ];
  if (requirement) out.push("", "## Requirement", fenceData("requirement", requirement));
  const decisions = session.decisions ?? [];
  if (decisions.length > 0) {
    out.push("", "## Decisions so far (excerpts of earlier answers, oldest first)");
    out.push(fenceData("decisions", decisions.map((d) => `[${d.kind}${d.stage !== undefined ? `, stage ${d.stage}` : ""}] ${d.text}`)));
  }
  out.push("", "## Open findings");
  out.push(findings.length > 0 ? fenceData("open-findings", findings.map((f) => `[${f.severity}] ${findingLocation(f)} ${f.title}`)) : "None.");
  out.push("", "## The change as it stands");
  const named = changedFiles.length > MAX_HANDOFF_FILES ? [...changedFiles.slice(0, MAX_HANDOFF_FILES), `… and ${changedFiles.length - MAX_HANDOFF_FILES} more files`] : [...changedFiles];
  out.push(named.length > 0 ? fenceData("changed-files", named) : "No uncommitted change.");
  out.push("", "---", "");
  return out.join("\n");
}

/** The line the user sees when a session moves to a new thread. */
export function handoffNotice(fromThread: string, toThread: string | null): string {
  return `continued in a new Codex thread${toThread ? ` (${toThread})` : ""}: handoff from ${fromThread} (the thread reached its budget; context.threadBudgetTokens)`;
}
