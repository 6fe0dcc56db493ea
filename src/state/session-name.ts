// A session's name: stable per Claude session (and task), so every hook and command of one Claude conversation lands
// on the same Codex thread. Apart from sessions.ts, which redacts titles: the hooks need the name, not the redactor.
import { fnv1a32 } from "../fnv.js";

const MAX_PART_CHARS = 64;

/**
 * `<claude session id or "default">[:<task>]`. Parts keep letters (any script), digits, `.`, `_`
 * and `-`; anything else becomes `-`, so a name needs no quoting in a shell and `:` only ever
 * separates the parts. The task part is lower-cased so "Auth refactor" and "auth  refactor" match.
 */
export function sessionName(claudeSessionId?: string, task?: string): string {
  const base = slug(claudeSessionId ?? "") || "default";
  if (task === undefined || task.trim() === "") return base;
  return `${base}:${slug(task.toLowerCase()) || `task-${fnv1a32(task)}`}`;
}

function slug(s: string): string {
  // Claude session ids are plain ASCII: skip the Unicode-property regex, whose first use costs a hook ~2-5 ms.
  const cleaned = (/^[\w.-]*$/.test(s) ? s : s.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}._-]+/gu, "-"))
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+/, "");
  // A leading "-" would read as an option on a command line; a trailing one is noise.
  return Array.from(cleaned).slice(0, MAX_PART_CHARS).join("").replace(/-+$/, "");
}
