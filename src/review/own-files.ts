// codex-collab's own files in a project: the state, the installed commands and agents, the manifest, the config
// and install's backups. They are never part of the user's change, so a review leaves them out.
import { join } from "node:path";
import { STATE_FILE_NAME } from "../project.js";
import { readRepoFile } from "../state/safe-fs.js";

/** What install writes under .claude when no manifest says so (an install from another version, a copied tree). */
const SHIPPED = /^\.claude\/(?:commands\/codex-(?:analyze|ask|debug|design|prototype|review|sessions|status)\.md|agents\/codex-(?:analyst|reviewer)\.md)$/;
const CONFIG = /^\.claude\/codex-collab(?:\.[\w-]+)?\.json$/;
const BACKUP = /\.codex-collab-backup-[^/]*$/;

export class OwnFiles {
  private readonly listed: Set<string>;

  /** Reads the install manifest of the project at `root`, if there is one. */
  constructor(root: string) {
    this.listed = new Set();
    try {
      const manifest = JSON.parse(readRepoFile(join(root, ".claude", "codex-collab.manifest.json"))?.toString("utf8") ?? "{}") as { files?: Record<string, unknown> };
      for (const rel of Object.keys(manifest.files ?? {})) this.listed.add(`.claude/${rel}`);
    } catch {
      // No manifest (or an unreadable one): the fixed names still apply.
    }
  }

  /** True for a root-relative, "/"-separated path that codex-collab itself wrote. */
  has(path: string): boolean {
    const first = path.split("/")[0] ?? "";
    if (first === STATE_FILE_NAME || first.startsWith(`${STATE_FILE_NAME}.`)) return true;
    return this.listed.has(path) || SHIPPED.test(path) || CONFIG.test(path) || BACKUP.test(path);
  }
}
