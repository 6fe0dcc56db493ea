// Redaction tests check that every marker the redactor writes stays whole: `[REDACTED:` followed by a kind and `]`.

/** True when every `[REDACTED:` in `out` is a whole marker naming a kind. */
export function markersWhole(out: string): boolean {
  return out.split("[REDACTED:").slice(1).every((rest) => /^[a-z0-9-]+\]/.test(rest));
}
