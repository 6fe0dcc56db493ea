// How the project-relative launcher finds codex-collab on the machine it runs on (see main.ts). The installer
// writes the record it reads first.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { delimiter, dirname, isAbsolute, join } from "node:path";
import { readRepoFile } from "../state/safe-fs.js";

const PACKAGE = "codex-collab";
/** Where the installer records this machine's package, relative to the project (inside the git-ignored state dir). */
export const LOCAL_RECORD = join(".codex-collab.d", "install.json");

function isPackage(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown }).name === PACKAGE && existsSync(join(dir, "dist", "cli.js"));
  } catch {
    return false;
  }
}

/**
 * The package the installer recorded, if the record is one it wrote: the record names code this process runs, so
 * a repository must not be able to ship one. Install writes a regular 0600 file of yours naming an absolute path;
 * git checks files out 0644/0755 (0600 only under umask 077, so git must not track it either).
 */
function recorded(project: string): string | null {
  try {
    const text = readRepoFile(join(project, LOCAL_RECORD), { maxBytes: 64 * 1024, ownPrivate: true });
    if (text === null) return null;
    const root = (JSON.parse(text.toString("utf8")) as { packageRoot?: unknown }).packageRoot;
    return typeof root === "string" && isAbsolute(root) && !tracked(project) && isPackage(root) ? root : null;
  } catch {
    return null;
  }
}

/**
 * Whether git tracks the record: asked only once the file passed the other checks. A git that cannot answer leaves
 * those checks alone: its usual refusal (a repository owned by someone else) comes with a record that is not yours.
 */
function tracked(project: string): boolean {
  if (!existsSync(join(project, ".git"))) return false;
  const r = spawnSync("git", ["ls-files", "-z", "--", LOCAL_RECORD], { cwd: project, encoding: "utf8", timeout: 2_000, stdio: ["ignore", "pipe", "ignore"] });
  return r.status === 0 && r.stdout !== "";
}

function onPath(env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    let real: string;
    try {
      real = realpathSync(join(dir, PACKAGE));
    } catch {
      continue;
    }
    for (let d = dirname(real); dirname(d) !== d; d = dirname(d)) if (isPackage(d)) return d;
  }
  return null;
}

export interface Found {
  packageRoot: string;
  via: "recorded" | "path";
}

/** The codex-collab package this machine runs for `project`, or null. */
export function findPackage(project: string, env: NodeJS.ProcessEnv): Found | null {
  const rec = recorded(project);
  if (rec !== null) return { packageRoot: rec, via: "recorded" };
  const path = onPath(env);
  return path === null ? null : { packageRoot: path, via: "path" };
}
