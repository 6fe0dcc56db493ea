import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/review/findings.ts
var SEVERITY_RANK = { "must-fix": 0, "should-fix": 1, nit: 2 };
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line_start ?? -1) - (b.line_start ?? -1)
  );
}
function countBySeverity(findings) {
  const counts = { "must-fix": 0, "should-fix": 0, nit: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
function findingLocation(f) {
  if (f.file === "") return "(no file)";
  if (f.line_start === null) return f.file;
  return f.line_end !== null && f.line_end !== f.line_start ? `${f.file}:${f.line_start}-${f.line_end}` : `${f.file}:${f.line_start}`;
}

export {
  SEVERITY_RANK,
  sortFindings,
  countBySeverity,
  findingLocation
};
