// Whether each file patch of a prototype applies to the current tree: `git apply --check`, which reads the
// patch from stdin and never writes. Paths that climb out of the repository or into .git are refused before
// git sees them (and git is never given --unsafe-paths).
import { join } from "node:path";
import { execa } from "execa";
import { readRepoFile } from "../state/safe-fs.js";
import { unsafePathReason, type FilePatch } from "./extract.js";

export type Env = Record<string, string | undefined>;

export interface PatchCheck {
  file: string;
  from?: string;
  applies: boolean;
  /** Why it does not apply: git's own messages, or the refused path. */
  error?: string;
  /** The patch exactly as checked (line endings matched to the file's). */
  patch: string;
}

/** Git's messages are quoted back to Codex and the user; a runaway error list is cut. */
const MAX_ERROR_CHARS = 2_000;

/** Whether git can be run at all. Outside a repository git apply still works, like patch(1). */
export async function gitAvailable(env?: Env): Promise<boolean> {
  const r = await execa("git", ["--version"], { reject: false, env });
  return r.exitCode === 0;
}

/** null when the patch applies to the tree at `root`, else git's messages. */
export async function gitApplyCheck(root: string, text: string, env?: Env): Promise<string | null> {
  const r = await execa("git", ["apply", "--check", "--whitespace=nowarn", "-"], { cwd: root, input: text, reject: false, env });
  if (r.exitCode === 0) return null;
  const why = (r.stderr || r.stdout || r.shortMessage || `git apply exited with ${r.exitCode}`).trim();
  return why.length > MAX_ERROR_CHARS ? `${why.slice(0, MAX_ERROR_CHARS)}…` : why;
}

/**
 * A patch written with "\n" against a file that uses "\r\n" never matches its context lines; Codex reads files
 * through a shell and answers in "\n", so the hunk lines follow the file instead.
 */
function matchLineEndings(root: string, patch: FilePatch): string {
  const target = patch.from ?? (patch.kind === "add" ? undefined : patch.file);
  if (target === undefined) return patch.text;
  let head: Buffer;
  try {
    head = readRepoFile(join(root, target), { maxBytes: 65_536, head: true }) ?? Buffer.alloc(0);
  } catch {
    return patch.text;
  }
  if (!head.includes("\r\n")) return patch.text;
  let inHunks = false;
  return patch.text
    .split("\n")
    .map((line, i, all) => {
      if (line.startsWith("@@")) inHunks = true;
      // The line before "\ No newline at end of file" ends the file without any line ending.
      else if (inHunks && i < all.length - 1 && !line.startsWith("\\") && !all[i + 1]?.startsWith("\\")) return `${line}\r`;
      return line;
    })
    .join("\n");
}

/** Checks one file patch from `root`: the repository top level, or the project directory outside git. */
export async function checkPatch(root: string, patch: FilePatch, env?: Env): Promise<PatchCheck> {
  const base = { file: patch.file, ...(patch.from !== undefined ? { from: patch.from } : {}) };
  for (const p of patch.paths) {
    const reason = unsafePathReason(p);
    if (reason) return { ...base, applies: false, error: `refused: ${JSON.stringify(p)} is ${reason}`, patch: patch.text };
  }
  const text = matchLineEndings(root, patch);
  const error = await gitApplyCheck(root, text, env);
  return error === null ? { ...base, applies: true, patch: text } : { ...base, applies: false, error, patch: text };
}

/** Each patch is checked on its own against the current tree. */
export async function checkPatches(root: string, patches: readonly FilePatch[], env?: Env): Promise<PatchCheck[]> {
  return Promise.all(patches.map((p) => checkPatch(root, p, env)));
}
