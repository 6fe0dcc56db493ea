import type { CheckResult } from "./checks.js";

const MARK: Record<CheckResult["level"], string> = { ok: "✓", warn: "!", error: "✗" };

export function formatChecks(root: string, checks: readonly CheckResult[]): string {
  const width = Math.max(...checks.map((c) => c.id.length));
  const lines = [`codex-collab doctor — ${root}`];
  for (const c of checks) {
    lines.push(`${MARK[c.level]} ${c.id.padEnd(width)}  ${c.message}`);
    if (c.fix !== undefined && c.level !== "ok") lines.push(`    fix: ${c.fix}`);
  }
  const errors = checks.filter((c) => c.level === "error").length;
  const warnings = checks.filter((c) => c.level === "warn").length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  lines.push(errors + warnings === 0 ? "All checks passed." : `${plural(errors, "error")}, ${plural(warnings, "warning")}.`);
  return lines.join("\n");
}
