// Proof that a read-only Codex run left the working tree alone: git's view of the tree (status plus a hash of
// every changed or untracked file) before and after. Public reports say some codex versions lost read-only on
// resumed turns, so this is checked after every run rather than trusted.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { isOwnStatePath } from "../project.js";
import { readRepoFile } from "../state/safe-fs.js";

export type TreeSnapshot = Map<string, string>;

/** null outside a git work tree (nothing to compare against). */
export async function snapshotTree(root: string): Promise<TreeSnapshot | null> {
  const stdout = await gitStatus(root);
  if (stdout === null) return null;
  const snap: TreeSnapshot = new Map();
  const records = stdout.split("\0");
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    if (!rec) continue;
    const status = rec.slice(0, 2);
    const path = rec.slice(3);
    // Renames and copies carry the source path as the next record.
    if (status.startsWith("R") || status.startsWith("C")) i++;
    if (isOwnStatePath(path)) continue;
    snap.set(path, `${status}:${contentHash(join(root, path))}`);
  }
  return snap;
}

// node:child_process rather than execa: this runs on every Codex turn, and `run` otherwise needs no execa.
function gitStatus(root: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--ignore-submodules"],
      { cwd: root, encoding: "utf8", maxBuffer: 100 * 1024 * 1024, windowsHide: true },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
}

function contentHash(file: string): string {
  try {
    // A changed path may be a link to /dev/zero or a huge file: such a path is only told apart by its status.
    const content = readRepoFile(file, { maxBytes: 64 * 1024 * 1024 });
    return content === null ? "-" : createHash("sha1").update(content).digest("hex");
  } catch {
    return "-";
  }
}

/** Paths whose status or content differs between two snapshots. */
export function treeChanges(before: TreeSnapshot | null, after: TreeSnapshot | null): string[] {
  if (!before || !after) return [];
  const changed = new Set<string>();
  for (const [path, sig] of after) if (before.get(path) !== sig) changed.add(path);
  for (const path of before.keys()) if (!after.has(path)) changed.add(path);
  return [...changed].sort();
}
