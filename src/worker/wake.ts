// The wake loop's rules: when a waiting asyncRewake hook wakes Claude with a review's must-fix findings, and with
// what text. Pure functions over the state file; the hook process (waiter.ts) polls them and applies the result
// under the store lock, so one finding set wakes Claude at most once, however many hooks wait or deliver.
//
// The loop: edits → review → must-fix wakes Claude (round 1) → Claude's fix edits → final review (stage 7) →
// approved: no wake, the loop ends; must-fix again: wakes again, up to review.wakeRounds rounds; past the cap one
// last wake tells Claude to stop fixing and tell the user what is still open. A user prompt starts a new loop and
// takes precedence over a pending wake; an interrupt ends the loop.
import type { Locale } from "../classify/workflow.js";
import type { Finding, ReviewRecord, StateFile, WakeLoop } from "../state/schema.js";
import { findingLocation } from "../review/findings.js";
import { oneLine } from "../text.js";
import { belongsTo, liveFindings, type ContentNow } from "./deliver.js";
import { findingId } from "./fingerprint.js";
import { isoTime } from "../time.js";

export type WakeStep =
  /** Edits of the session are pending or its review is running: keep waiting. */
  | { kind: "wait" }
  /** Nothing to wake for; should-fix and nit findings stay for the next hook. */
  | { kind: "done"; reason: string }
  | { kind: "wake"; reviewIds: string[]; findings: Finding[]; capped: boolean };

export interface WakeInput {
  claudeSessionId: string;
  /** When this waiter started: a user prompt or a stop after it ends the wait. */
  since: string;
  /** The session's edits not reviewed yet (state and journal). */
  pendingEdits: number;
  rounds: number;
  now: ContentNow;
}

export function wakeLoop(state: StateFile, claudeSessionId: string): WakeLoop {
  state.wake ??= {};
  return (state.wake[claudeSessionId] ??= { rounds: 0, rejected: {} });
}

/** The user prompted: a waiting wake gives way (wakeStep sees userPromptAt) and the next wake starts a new loop. */
export function userPrompted(state: StateFile, claudeSessionId: string, at: Date, locale: Locale): void {
  const loop = wakeLoop(state, claudeSessionId);
  Object.assign(loop, { rounds: 0, userPromptAt: isoTime(at), locale });
  delete loop.stoppedAt;
  delete loop.stopReason;
  delete loop.open;
}

/** What the waiter does next, from the state as it is. */
export function wakeStep(state: StateFile, input: WakeInput): WakeStep {
  const loop = state.wake?.[input.claudeSessionId];
  if (loop?.userPromptAt && loop.userPromptAt >= input.since) return { kind: "done", reason: "the user prompted; the findings go with the next hook" };
  if (loop?.stoppedAt) return { kind: "done", reason: `the wake loop stopped (${loop.stopReason ?? "stopped"})` };
  const mine = state.reviews.filter((r) => belongsTo(r, input.claudeSessionId));
  if (input.pendingEdits > 0 || mine.some((r) => r.status === "running")) return { kind: "wait" };
  const waking: ReviewRecord[] = [];
  const findings: Finding[] = [];
  for (const r of mine) {
    if (r.status !== "done" || r.deliveredAt || r.wokenAt || r.stopBlockedAt || r.origin !== "auto") continue;
    const must = liveFindings(state, r, input.now).filter((f) => f.severity === "must-fix");
    if (must.length === 0) continue;
    waking.push(r);
    findings.push(...must);
  }
  if (findings.length === 0) return { kind: "done", reason: "no must-fix finding to wake for" };
  return { kind: "wake", reviewIds: waking.map((r) => r.id), findings, capped: (loop?.rounds ?? 0) >= input.rounds };
}

/** Records a wake in `state`: the reviews are marked (their must-fix never wakes or blocks again), the round counted. */
export function applyWake(state: StateFile, claudeSessionId: string, step: Extract<WakeStep, { kind: "wake" }>, at: Date): void {
  const iso = isoTime(at);
  for (const r of state.reviews) {
    if (!step.reviewIds.includes(r.id)) continue;
    r.wokenAt = iso;
    r.stopBlockedAt ??= iso;
  }
  const loop = wakeLoop(state, claudeSessionId);
  if (step.capped) {
    loop.stoppedAt = iso;
    loop.stopReason = `round cap reached (${loop.rounds} round${loop.rounds === 1 ? "" : "s"})`;
    loop.open = step.findings.map((f) => `${findingLocation(f)} ${oneLine(f.title, 100)}`);
  } else loop.rounds += 1;
}

/** Starts every wake text; hooks recognise a wake by it (Claude Code passes the notification through UserPromptSubmit). */
export const WAKE_MARK = "[codex-collab automatic review";

const TEXT = {
  en: {
    head: (n: number, ids: string) =>
      `${WAKE_MARK} — not a message from the user] Codex reviewed your latest edits (${ids}) in the background and found ${n} must-fix issue${n === 1 ? "" : "s"}:`,
    fix: "Fix them now (the fixes get a final review), or reject one with a reason on a line of its own: codex-collab-reject <id>: <reason>.",
    capped: (rounds: number) =>
      `The automatic fix loop has run ${rounds} round${rounds === 1 ? "" : "s"} and stops here: do not start another fix round; tell the user these findings are still open.`,
    details: (ids: string) => `Details: codex-collab reviews show ${ids}`,
  },
  zh: {
    head: (n: number, ids: string) => `${WAKE_MARK} · 自动审查 —— 不是用户的消息] Codex 在后台审查了你最近的修改（${ids}），发现 ${n} 个必须修复（must-fix）的问题：`,
    fix: "请现在修复（修复后会进行最终审查）；如果认为某条不成立，请单独一行写明理由：codex-collab-reject <id>: <理由>。",
    capped: (rounds: number) => `自动修复循环已进行 ${rounds} 轮，到此为止：不要再开始新一轮修复，请告诉用户以下问题仍未解决。`,
    details: (ids: string) => `详情：codex-collab reviews show ${ids}`,
  },
} as const;

/** What the woken Claude reads: compact (severity, file:line, title, fix, id), in the user's language. */
export function formatWake(step: Extract<WakeStep, { kind: "wake" }>, locale: Locale, rounds: number, maxLines: number): string {
  const t = TEXT[locale];
  const ids = step.reviewIds.join(" ");
  const lines: string[] = [t.head(step.findings.length, ids)];
  for (const f of step.findings.slice(0, maxLines)) {
    const fix = f.suggested_fix || f.explanation;
    lines.push(`- [must-fix] ${findingLocation(f)} ${oneLine(f.title, 100)}${fix ? ` — ${oneLine(fix, 160)}` : ""} (id ${findingId(f)})`);
  }
  if (step.findings.length > maxLines) lines.push(`… +${step.findings.length - maxLines}`);
  lines.push(step.capped ? t.capped(rounds) : t.fix, t.details(ids));
  return lines.join("\n");
}
