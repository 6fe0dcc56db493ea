// The project's .gitignore gets our state file and its siblings (lock, corrupt copies, the `.d` directory).
export const IGNORE_PATTERNS = [".codex-collab", ".codex-collab.*"] as const;
const HEADER = "# codex-collab: local state, locks and logs";

export interface GitignoreRecord {
  createdFile: boolean;
  /** The exact text we appended; uninstall cuts it off again. */
  appended: string;
}

function covered(pattern: string, lines: readonly string[]): boolean {
  const accepted = new Set([pattern, `/${pattern}`, ".codex-collab*", "/.codex-collab*"]);
  return lines.some((l) => accepted.has(l.trim()));
}

/** The new text and what we appended, or null when every pattern is already there. */
export function addIgnores(original: string | null): { text: string; record: GitignoreRecord } | null {
  const text = original ?? "";
  const lines = text.split(/\r?\n/);
  const missing = IGNORE_PATTERNS.filter((p) => !covered(p, lines));
  if (missing.length === 0) return null;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  // A blank line sets our block apart from the user's last entry.
  const lead = text === "" ? "" : text.endsWith("\n") ? eol : eol + eol;
  const appended = lead + [HEADER, ...missing].join(eol) + eol;
  return { text: text + appended, record: { createdFile: original === null, appended } };
}

/** The text without our lines; null when we created the file and nothing else is left in it. */
export function removeIgnores(current: string, record: GitignoreRecord): string | null {
  let text: string;
  if (current.endsWith(record.appended)) {
    text = current.slice(0, current.length - record.appended.length);
  } else {
    // The user edited below our block: drop our lines one by one, wherever they are now.
    const lines = current.split("\n");
    for (const ours of record.appended.split(/\r?\n/).filter((l) => l !== "")) {
      const at = lines.findLastIndex((l) => l.replace(/\r$/, "") === ours);
      if (at >= 0) lines.splice(at, 1);
    }
    text = lines.join("\n");
  }
  return text === "" && record.createdFile ? null : text;
}
