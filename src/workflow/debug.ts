// The debugging stage's variables: the problem, the failing output (cut to its head and tail), and how to
// reproduce it. Shared by every front door.
import { UsageError } from "../errors.js";
import { redact } from "../redact/index.js";
import { commonVars, type StageExtras } from "./setup.js";

/** Error output beyond this is cut to its head and tail: the cause is almost always at one end. */
export const MAX_ERROR_CHARS = 120_000;

export function headTail(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.floor(max / 2);
  return `${text.slice(0, half)}\n… [${text.length - max} characters omitted] …\n${text.slice(-half)}`;
}

export interface DebugInput extends StageExtras {
  problem: string;
  /** Pieces of failing output (error text, logs), in order. */
  outputs: string[];
  repro?: string;
  changes?: string;
}

export interface DebugVars {
  vars: Record<string, unknown>;
  /** The user's own words: history title and language choice. */
  userText: string;
}

export function debugVars(input: DebugInput): DebugVars {
  const outputs = input.outputs.filter((o) => o.trim() !== "");
  const problem = input.problem.trim();
  if (!problem && outputs.length === 0) throw new UsageError("describe the problem or give the failing output");
  const vars: Record<string, unknown> = { ...commonVars(input), problem: problem || "Find the cause of the failure in the error output." };
  // Redact before the head/tail cut: a key whose BEGIN line falls in the omitted middle is still recognised.
  const errorOutput = redact(outputs.join("\n\n")).text;
  if (outputs.length > 0) vars.errorOutput = headTail(errorOutput, MAX_ERROR_CHARS);
  if (input.repro) vars.reproduction = input.repro;
  if (input.changes) vars.recentChanges = input.changes;
  return { vars, userText: problem || errorOutput.slice(0, 2000) };
}
