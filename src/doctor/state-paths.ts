// Links planted where codex-collab keeps its files (a cloned repository can commit them): the ones still there,
// which the next hook or command moves aside, and the ones already moved aside (`*.unsafe-*`, the state file's
// `.corrupt-*` copies that are links). Reads only, like every doctor check.
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { STATE_FILE_NAME, stateDir, stateFilePath } from "../project.js";
import { UNSAFE_MARK } from "../state/safe-fs.js";
import type { CheckResult } from "./checks.js";
import { shArg } from "./shell.js";

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function names(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export function checkStatePaths(root: string): CheckResult {
  const planted = [stateFilePath(root), stateDir(root)].filter(isLink);
  if (planted.length > 0) {
    return {
      id: "state-paths",
      ok: false,
      level: "error",
      message: `${planted.join(" and ")} ${planted.length === 1 ? "is a symbolic link" : "are symbolic links"} (a repository may have planted ${planted.length === 1 ? "it" : "them"}): codex-collab never writes through ${planted.length === 1 ? "it" : "them"}, and the next hook or command moves ${planted.length === 1 ? "it" : "them"} aside.`,
      fix: `rm ${planted.map(shArg).join(" ")}  # removes only the link${planted.length === 1 ? "" : "s"}; then check who committed ${planted.length === 1 ? "it" : "them"}`,
    };
  }
  const aside = [
    ...names(root).filter((n) => n.startsWith(STATE_FILE_NAME) && (n.includes(UNSAFE_MARK) || (n.includes(".corrupt-") && isLink(join(root, n))))),
    ...names(stateDir(root))
      .filter((n) => n.includes(UNSAFE_MARK))
      .map((n) => `${STATE_FILE_NAME}.d/${n}`),
  ].sort();
  if (aside.length > 0) {
    return {
      id: "state-paths",
      ok: true,
      level: "warn",
      message: `Links planted where codex-collab keeps its files were moved aside, never written through: ${aside.join(", ")}.`,
      fix: `Check who committed them (git log --stat -- ${shArg(STATE_FILE_NAME)}*), then delete them`,
    };
  }
  return { id: "state-paths", ok: true, level: "ok", message: "no links where codex-collab keeps its files" };
}
