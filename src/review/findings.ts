// Ranking, counting and locating findings. Free of zod so the hooks (delivery, Stop gate) can use it without
// paying for the review schema's start-up.
import type { Finding, Severity } from "../state/schema.js";

export const SEVERITY_RANK: Record<Severity, number> = { "must-fix": 0, "should-fix": 1, nit: 2 };

/** must-fix, should-fix, nit; then by file and line (findings without a line first within a file). A new array. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line_start ?? -1) - (b.line_start ?? -1),
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { "must-fix": 0, "should-fix": 0, nit: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function findingLocation(f: Finding): string {
  if (f.file === "") return "(no file)";
  if (f.line_start === null) return f.file;
  return f.line_end !== null && f.line_end !== f.line_start ? `${f.file}:${f.line_start}-${f.line_end}` : `${f.file}:${f.line_start}`;
}
