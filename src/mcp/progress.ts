// Progress while Codex works, for a caller that gave a progress token: one notification per noteworthy Codex
// event (at most one a second) and a heartbeat when Codex is quiet, so the caller always hears from us well
// within 10 s.
import type { CodexEvent } from "../codex/events.js";
import { formatProgress } from "../codex/progress.js";

export const HEARTBEAT_MS = 5_000;
const MIN_GAP_MS = 1_000;

export type ProgressSend = (progress: number, message: string) => void;

export interface ProgressReporter {
  onEvent: (event: CodexEvent) => void;
  stop: () => void;
}

export function progressReporter(send: ProgressSend, heartbeatMs = HEARTBEAT_MS): ProgressReporter {
  const started = Date.now();
  let count = 0;
  let lastSent = 0;
  const emit = (message: string) => {
    lastSent = Date.now();
    try {
      send(++count, message);
    } catch {
      // A closed connection must not fail the Codex run.
    }
  };
  const seconds = () => Math.round((Date.now() - started) / 1000);
  const timer = setInterval(() => {
    if (Date.now() - lastSent >= heartbeatMs - 50) emit(`Codex is working (${seconds()} s)`);
  }, heartbeatMs);
  timer.unref();
  emit("Codex started");
  return {
    onEvent(event) {
      const line = formatProgress(event, Date.now() - started);
      if (line && Date.now() - lastSent >= MIN_GAP_MS) emit(line);
    },
    stop: () => clearInterval(timer),
  };
}
