// Large inputs for the redaction tests' linearity checks (timings belong to `npm run bench:redact`).
export const MB = 1024 * 1024;

/** `unit` repeated to exactly 1 MB. */
export function fill(unit: string): string {
  return unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
}
