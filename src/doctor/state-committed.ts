// A repository that commits codex-collab's state: what git still tracks (the hooks and commands move the committed
// text aside and start fresh, but every checkout brings it back), and what was moved aside already. Reads only.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { STATE_FILE_NAME } from "../project.js";
import { COMMITTED_MARK, type Committed, committedStatePaths } from "../state/committed.js";
import type { CheckResult } from "./checks.js";
import { shArg } from "./shell.js";

function movedAside(root: string): string[] {
  try {
    return readdirSync(root)
      .filter((n) => n.startsWith(STATE_FILE_NAME) && n.includes(COMMITTED_MARK))
      .sort();
  } catch {
    return [];
  }
}

/** What git says about our paths (null: no git work tree, or git could not answer). */
export function gitStateEntries(root: string): Committed | null {
  return existsSync(join(root, ".git")) ? committedStatePaths(root) : null;
}

export function checkStateCommitted(root: string, entries: Committed | null = gitStateEntries(root)): CheckResult {
  const tracked = entries?.tracked ?? [];
  const aside = movedAside(root);
  if (tracked.length > 0) {
    return {
      id: "state-committed",
      ok: false,
      level: "warn",
      message: `git tracks codex-collab's state (${tracked.join(", ")}): a repository's state is never trusted — the hooks move the committed text aside and start fresh, but every checkout brings it back.${aside.length > 0 ? ` Moved aside so far: ${aside.join(", ")}.` : ""}`,
      fix: `git rm -r --cached -- ${shArg(STATE_FILE_NAME)} ${shArg(`${STATE_FILE_NAME}.d`)} && printf '%s\\n' ${shArg(STATE_FILE_NAME)} ${shArg(`${STATE_FILE_NAME}.*`)} >> .gitignore && git commit -m "Untrack codex-collab state"`,
    };
  }
  if (aside.length > 0) {
    return {
      id: "state-committed",
      ok: true,
      level: "warn",
      message: `A state this repository had committed was moved aside, never used: ${aside.join(", ")}.`,
      fix: `Check who committed it (git log --stat -- ${shArg(STATE_FILE_NAME)} ${shArg(`${STATE_FILE_NAME}.d`)}), then delete the moved-aside copies`,
    };
  }
  return { id: "state-committed", ok: true, level: "ok", message: "git tracks none of codex-collab's state" };
}
