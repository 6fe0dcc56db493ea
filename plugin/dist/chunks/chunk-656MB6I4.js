import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/doctor/format.ts
var MARK = { ok: "\u2713", warn: "!", error: "\u2717" };
function formatChecks(root, checks) {
  const width = Math.max(...checks.map((c) => c.id.length));
  const lines = [`codex-collab doctor \u2014 ${root}`];
  for (const c of checks) {
    lines.push(`${MARK[c.level]} ${c.id.padEnd(width)}  ${c.message}`);
    if (c.fix !== void 0 && c.level !== "ok") lines.push(`    fix: ${c.fix}`);
  }
  const errors = checks.filter((c) => c.level === "error").length;
  const warnings = checks.filter((c) => c.level === "warn").length;
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  lines.push(errors + warnings === 0 ? "All checks passed." : `${plural(errors, "error")}, ${plural(warnings, "warning")}.`);
  return lines.join("\n");
}

export {
  formatChecks
};
