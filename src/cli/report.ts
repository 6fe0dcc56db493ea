// Human-facing lines on stderr around a Codex turn: progress while it runs, then what the user must know.
import type { CodexEvent } from "../codex/events.js";
import { formatProgress } from "../codex/progress.js";
import { EXIT } from "../errors.js";
import { handoffNotice } from "../workflow/handoff.js";
import { formatPreview, type Preview } from "../workflow/preview.js";
import { formatReceipt } from "../workflow/receipt.js";
import type { TurnOutcome } from "../workflow/turn.js";
import { print, printJson, type Io } from "./io.js";

export function progressPrinter(io: Io, started: number): (event: CodexEvent) => void {
  return (event) => {
    const line = formatProgress(event, Date.now() - started);
    if (line) print(io.stderr, `codex-collab: ${line}`);
  };
}

export function reportTurn(io: Io, outcome: TurnOutcome, opts: { quiet?: boolean } = {}): void {
  const { result, session, redactions, violations } = outcome;
  if (redactions.count > 0) {
    const kinds = Object.entries(redactions.kinds)
      .map(([k, n]) => `${k}×${n}`)
      .join(", ");
    print(io.stderr, `codex-collab: redacted ${redactions.count} secret${redactions.count === 1 ? "" : "s"} before sending (${kinds})`);
  }
  if (outcome.handoffFrom) print(io.stderr, `codex-collab: ${handoffNotice(outcome.handoffFrom, result.SESSION_ID)}`);
  if (violations.length > 0) print(io.stderr, `codex-collab: WARNING: the working tree changed during a read-only run: ${violations.join(", ")}`);
  if (!result.success && result.error) print(io.stderr, `codex-collab: ${result.error.message}\n  → ${result.error.hint}`);
  else if (!opts.quiet) print(io.stderr, `codex-collab: session ${session.name} (thread ${result.SESSION_ID ?? "none"}), stage ${session.stage}/7`);
  // The receipt comes after every real run, quiet or not: it is what left the machine.
  print(io.stderr, `codex-collab: ${formatReceipt(outcome.receipt)}`);
}

export function turnExitCode(outcome: TurnOutcome): number {
  if (outcome.result.success) return EXIT.OK;
  return outcome.result.failure?.exitCode ?? EXIT.FAILED;
}

/** `--dry-run`: the preview as JSON or as text; nothing was sent. */
export function emitPreview(io: Io, preview: Preview, values: { json?: boolean }): number {
  if (values.json) printJson(io, preview);
  else print(io.stdout, formatPreview(preview));
  return EXIT.OK;
}
