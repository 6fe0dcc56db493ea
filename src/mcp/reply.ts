// Tool results: what Claude reads (text) and the same as data (structuredContent). Every failure is a result
// with isError, its code and the user's next step — never a protocol error, never a dead server.
import { isCodexCollabError } from "../errors.js";
import { formatPreview, type Preview } from "../workflow/preview.js";
import type { TurnOutcome } from "../workflow/turn.js";

export interface ToolReply {
  text: string;
  structured?: Record<string, unknown>;
  isError?: boolean;
}

export interface CallToolReply {
  [key: string]: unknown;
  content: Array<{ type: "text"; text: string }>;
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

export function toCallResult(reply: ToolReply): CallToolReply {
  return {
    content: [{ type: "text", text: reply.text }],
    ...(reply.structured ? { structuredContent: reply.structured } : {}),
    ...(reply.isError ? { isError: true } : {}),
  };
}

/** Our typed errors' info, plus INTERNAL for anything unexpected. */
export interface ToolErrorInfo {
  code: string;
  message: string;
  hint: string;
}

export function errorText(error: ToolErrorInfo): string {
  return `codex-collab error ${error.code}: ${error.message}\n→ ${error.hint}`;
}

/** Any exception as error info: ours keep their code and hint. */
export function errorInfo(e: unknown): ToolErrorInfo {
  if (isCodexCollabError(e)) return e.toJSON();
  const message = e instanceof Error ? e.message : String(e);
  return { code: "INTERNAL", message: `internal error: ${message}`, hint: 'Run "codex-collab doctor"; if it finds nothing, report this.' };
}

/** A stage turn's reply: Codex's answer and where the flow stands, or the error and what to do. */
export function turnReply(outcome: TurnOutcome, structured: Record<string, unknown>, answer = outcome.result.agent_messages): ToolReply {
  const { result, session, redactions, violations } = outcome;
  const notes: string[] = [];
  if (redactions.count > 0) notes.push(`redacted ${redactions.count} secret${redactions.count === 1 ? "" : "s"} before sending`);
  if (violations.length > 0) notes.push(`WARNING: the working tree changed during a read-only run: ${violations.join(", ")}`);
  if (!result.success && result.error) return { text: [errorText(result.error), ...notes].join("\n"), structured, isError: true };
  notes.unshift(`session ${session.name} (thread ${result.SESSION_ID ?? "none"}), stage ${session.stage}/7`);
  return { text: `${answer}\n\n[codex-collab: ${notes.join("; ")}]`, structured };
}

/** dry_run: the preview as text (summary, then the prompt verbatim) and as data; nothing was sent. */
export function previewReply(preview: Preview | { skip: string }): ToolReply {
  if ("skip" in preview) return { text: `dry run — nothing would be sent: ${preview.skip}.`, structured: { dryRun: true, skipped: preview.skip } };
  return { text: formatPreview(preview), structured: { ...preview } };
}
