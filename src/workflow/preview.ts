// `--dry-run`: exactly what a turn would send — the prompt after redaction and budgeting, the files whose diffs it
// carries and each file left out with its reason, the redaction count — computed by the same code that sends it,
// with nothing sent and nothing recorded. The CLI and the MCP server both print this.
import type { SkipReason } from "../review/diff.js";
import { BYTES_PER_TOKEN } from "./handoff.js";
import { prepareTurn, type PreparedTurn, type SessionTarget, type TurnOptions } from "./turn.js";

export interface PreviewFiles {
  /** Diffs carried in full. */
  included: string[];
  /** Diffs cut to their first and last hunks, or named only, to fit the prompt budget. */
  truncated: { path: string; how: "hunks" | "list-only" }[];
  /** Left out entirely, each with its reason (secret file, binary, lock file, budget …). */
  leftOut: { path: string; reason: SkipReason | "budget" | "unchanged-since-last-review" }[];
}

export interface Preview {
  dryRun: true;
  session: string;
  /** The thread the turn would resume; null for a new one. */
  thread: string | null;
  /** Set when the turn would move to a fresh thread with a handoff from this one. */
  handoffFrom?: string;
  prompt: string;
  bytes: number;
  /** A rough count (bytes / 4); the model's tokenizer decides. */
  estimatedTokens: number;
  redactions: { count: number; kinds: Record<string, number> };
  files: PreviewFiles;
  /** Reviews only: whether the whole change or only the change since the thread's last review would be sent. */
  review?: { mode: "full" | "incremental"; since?: string; changedSince?: string[]; budgetNote?: string };
}

export function previewOf(prepared: PreparedTurn, requested: SessionTarget, files?: PreviewFiles, review?: Preview["review"]): Preview {
  const bytes = Buffer.byteLength(prepared.prompt);
  return {
    dryRun: true,
    session: requested.name,
    thread: prepared.target.threadId,
    ...(prepared.handoffFrom !== undefined ? { handoffFrom: prepared.handoffFrom } : {}),
    prompt: prepared.prompt,
    bytes,
    estimatedTokens: Math.ceil(bytes / BYTES_PER_TOKEN),
    redactions: prepared.redactions,
    files: files ?? { included: [], truncated: [], leftOut: [] },
    ...(review ? { review } : {}),
  };
}

/** What a plain turn (`run`) would send; nothing is sent or recorded. */
export async function previewTurn(opts: Pick<TurnOptions, "store" | "root" | "cwd" | "target" | "prompt" | "config">): Promise<Preview> {
  return previewOf(await prepareTurn(opts), opts.target);
}

/** The human form: a summary on top, then the prompt exactly as it would be sent. */
export function formatPreview(p: Preview): string {
  const out = [
    `dry run — nothing was sent. session ${p.session}, ${p.thread ? `thread ${p.thread}` : "a new thread"}${p.handoffFrom ? ` (handoff from ${p.handoffFrom})` : ""}`,
    `prompt: ${p.bytes} bytes (~${p.estimatedTokens} tokens), ${p.redactions.count} value${p.redactions.count === 1 ? "" : "s"} redacted`,
  ];
  if (p.review) out.push(`review: ${p.review.mode === "full" ? "the whole change" : `only the change since review ${p.review.since}`}`);
  if (p.review?.budgetNote) out.push(`budget: ${p.review.budgetNote}`);
  for (const f of p.files.included) out.push(`  included  ${JSON.stringify(f)}`);
  for (const f of p.files.truncated) out.push(`  ${f.how === "hunks" ? "cut      " : "named    "} ${JSON.stringify(f.path)}`);
  for (const f of p.files.leftOut) out.push(`  left out  ${JSON.stringify(f.path)} (${f.reason})`);
  out.push("", "----- prompt as it would be sent -----", p.prompt);
  return out.join("\n");
}
