// What a review saw, as a git tree: the tree it compared with, plus the files it sent as they were then. Written
// through a throw-away index (GIT_INDEX_FILE), so the user's index, stash and refs are never touched; the only
// trace is unreferenced objects, which git's own gc collects. A later review diffs the working tree against this
// tree to send only what changed since.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gitOk, runGit } from "./git.js";

/**
 * Writes the tree `from` with `paths` replaced by their working-tree state (a path gone from the working tree is
 * removed). Paths are root-relative; a rename passes both its old and its new path.
 */
export async function writeReviewedTree(root: string, from: string, paths: readonly string[]): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), "codex-collab-seen-"));
  try {
    const env = { GIT_INDEX_FILE: join(scratch, "index") };
    await gitOk(root, ["read-tree", from], env);
    // update-index takes paths, not pathspecs, and NUL-separated input: any file name passes through unchanged.
    if (paths.length > 0) await gitOk(root, ["update-index", "--add", "--remove", "-z", "--stdin"], env, `${paths.join("\0")}\0`);
    return (await gitOk(root, ["write-tree"], env)).trim();
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** False when the tree is gone (git gc pruned it, or the repository was re-cloned): the next review is full again. */
export async function treeExists(root: string, tree: string): Promise<boolean> {
  if (!/^[0-9a-f]{40,64}$/.test(tree)) return false;
  const r = await runGit(root, ["cat-file", "-e", `${tree}^{tree}`]).catch(() => null);
  return r !== null && r.code === 0;
}
