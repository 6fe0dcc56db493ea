// Collects what one codex turn said on stdout: its thread id, agent messages, usage, failure messages and
// non-fatal warnings, from the JSONL lines in order. No process here: lines in, a plain record out.
import type { Usage } from "../state/schema.js";
import { redact } from "../redact/index.js";
import { type CodexEvent, parseEventLine } from "./events.js";

const RECONNECT_RE = /^Reconnecting\.\.\./;
const KEPT_NON_JSON = 5;
const NON_JSON_CHARS = 200;

/** Redact first, then clip: a clip before redaction could leave a token's head too short to recognise. */
const clip = (line: string) => (line.length > NON_JSON_CHARS ? `${line.slice(0, NON_JSON_CHARS)}…` : line);

export interface Collected {
  sessionId: string | null;
  messages: string[];
  /** Every parsed event, only when asked for (return_all_messages). */
  events: CodexEvent[];
  warnings: string[];
  usage: Usage;
  turnCompleted: boolean;
  /** The message of a `turn.failed` event (or the last error before it). */
  turnFailed: string | null;
  /** The last fatal `error` event (reconnects are warnings). */
  lastError: string | null;
  nonJsonCount: number;
  /** The first few non-JSON lines, clipped, for the warning. */
  nonJson: string[];
}

export interface CollectorOptions {
  returnAllMessages?: boolean;
  /** Called for every parsed event, in order; exceptions become warnings. */
  onEvent?: (event: CodexEvent) => void;
  /** Called once a thread.started names another thread than the one resumed. */
  onSessionMismatch?: () => void;
  /** The thread being resumed, if any. */
  expectedSession?: string;
}

export interface Collector {
  readonly collected: Collected;
  /** One stdout line; returns whether it was an event. */
  line(text: string): boolean;
  /** Closes the record: the non-JSON lines become one warning. */
  done(): Collected;
}

export function zeroUsage(): Usage {
  return { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 };
}

export function createCollector(opts: CollectorOptions = {}): Collector {
  const c: Collected = {
    sessionId: null,
    messages: [],
    events: [],
    warnings: [],
    usage: zeroUsage(),
    turnCompleted: false,
    turnFailed: null,
    lastError: null,
    nonJsonCount: 0,
    nonJson: [],
  };

  const handle = (ev: CodexEvent) => {
    switch (ev.type) {
      case "thread.started":
        c.sessionId = ev.thread_id;
        // Never let a resume silently become a new session.
        if (opts.expectedSession && ev.thread_id.toLowerCase() !== opts.expectedSession.toLowerCase()) opts.onSessionMismatch?.();
        break;
      case "turn.completed":
        c.turnCompleted = true;
        c.usage.input_tokens += ev.usage.input_tokens;
        c.usage.cached_input_tokens += ev.usage.cached_input_tokens;
        c.usage.output_tokens += ev.usage.output_tokens;
        c.usage.reasoning_output_tokens += ev.usage.reasoning_output_tokens;
        break;
      case "turn.failed":
        c.turnFailed = ev.error.message || c.lastError || "Codex reported a failed turn.";
        break;
      case "error":
        if (RECONNECT_RE.test(ev.message)) c.warnings.push(ev.message);
        else c.lastError = ev.message;
        break;
      case "item.completed":
        if (ev.item.type === "agent_message") c.messages.push(ev.item.text);
        else if (ev.item.type === "error") c.warnings.push(ev.item.message);
        break;
      default:
        break;
    }
  };

  let closed = false;
  return {
    collected: c,
    line(text) {
      const ev = parseEventLine(text);
      if (ev === null) {
        if (text.trim() === "") return false;
        c.nonJsonCount++;
        if (c.nonJson.length < KEPT_NON_JSON) c.nonJson.push(clip(redact(text).text));
        return false;
      }
      if (opts.returnAllMessages) c.events.push(ev);
      handle(ev);
      if (opts.onEvent) {
        try {
          opts.onEvent(ev);
        } catch (e) {
          c.warnings.push(`onEvent callback threw: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      return true;
    },
    done() {
      if (!closed && c.nonJsonCount > 0) {
        c.warnings.push(`skipped ${c.nonJsonCount} non-JSON stdout line(s): ${c.nonJson.map((l) => JSON.stringify(l)).join(", ")}`);
      }
      closed = true;
      return c;
    },
  };
}
