// Human-facing lines on stderr around a Codex turn: progress while it runs, then what the user must know.
import type { CodexEvent } from "../codex/events.js";
import { formatHeartbeat, formatProgress, HEARTBEAT_EVERY_MS } from "../codex/progress.js";
import { TICK_MS } from "../codex/runner.js";
import { EXIT } from "../errors.js";
import { handoffNotice } from "../workflow/handoff.js";
import { formatPreview, type Preview } from "../workflow/preview.js";
import { formatReceipt } from "../workflow/receipt.js";
import type { TurnOutcome } from "../workflow/turn.js";
import { print, printJson, type Io } from "./io.js";

export interface ProgressDisplay {
  onEvent: (event: CodexEvent) => void;
  /** The runner's clock (RunCodexOptions.onTick): prints a "still working" line when codex has been silent. */
  onTick: (elapsedMs: number) => void;
}

/** Progress lines on stderr, and a heartbeat so that no silent stretch goes without a line for HEARTBEAT_EVERY_MS. */
export function progressPrinter(io: Io, started: number): ProgressDisplay {
  let last: { line: string; atMs: number } | null = null;
  let printedAt = 0;
  const show = (line: string, atMs: number) => {
    printedAt = atMs;
    print(io.stderr, `codex-collab: ${line}`);
  };
  return {
    onEvent(event) {
      const at = Date.now() - started;
      const line = formatProgress(event, at);
      if (!line) return;
      last = { line: line.replace(/^\[\d+s\] /, ""), atMs: at };
      show(line, at);
    },
    onTick() {
      const at = Date.now() - started;
      // A tick can come up to TICK_MS late: print early enough that the gap never exceeds HEARTBEAT_EVERY_MS.
      if (at - printedAt >= HEARTBEAT_EVERY_MS - TICK_MS) show(formatHeartbeat(at, last), at);
    },
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
