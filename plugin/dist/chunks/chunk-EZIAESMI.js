import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  commonVars
} from "./chunk-W3UC3DIS.js";
import {
  redact
} from "./chunk-ZWIYQRNR.js";
import {
  UsageError
} from "./chunk-5EGK72M7.js";

// src/workflow/debug.ts
var MAX_ERROR_CHARS = 12e4;
function headTail(text, max) {
  if (text.length <= max) return text;
  const half = Math.floor(max / 2);
  return `${text.slice(0, half)}
\u2026 [${text.length - max} characters omitted] \u2026
${text.slice(-half)}`;
}
function debugVars(input) {
  const outputs = input.outputs.filter((o) => o.trim() !== "");
  const problem = input.problem.trim();
  if (!problem && outputs.length === 0) throw new UsageError("describe the problem or give the failing output");
  const vars = { ...commonVars(input), problem: problem || "Find the cause of the failure in the error output." };
  const errorOutput = redact(outputs.join("\n\n")).text;
  if (outputs.length > 0) vars.errorOutput = headTail(errorOutput, MAX_ERROR_CHARS);
  if (input.repro) vars.reproduction = input.repro;
  if (input.changes) vars.recentChanges = input.changes;
  return { vars, userText: problem || errorOutput.slice(0, 2e3) };
}

export {
  debugVars
};
