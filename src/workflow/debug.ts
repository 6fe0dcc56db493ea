// The debugging stage's variables: the problem, the failing output (cut to its head and tail), and how to
// reproduce it. Shared by every front door.
import { UsageError } from "../errors.js";
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
  if (outputs.length > 0) vars.errorOutput = headTail(outputs.join("\n\n"), MAX_ERROR_CHARS);
  if (input.repro) vars.reproduction = input.repro;
  if (input.changes) vars.recentChanges = input.changes;
  return { vars, userText: problem || outputs.join("\n").slice(0, 2000) };
}
