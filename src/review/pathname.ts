// Whether a path can name a file at all. Kept apart (no imports) because the PostToolUse hook checks every edit.

/**
 * A path no file system can hold (a NUL byte), or absurdly long: git cannot even be started with it as an
 * argument, and one such path must not cost the review of the others.
 */
export function invalidPath(path: string): boolean {
  return path === "" || path.includes("\0") || path.length > 4096;
}
