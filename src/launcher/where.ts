// How the project-relative launcher finds codex-collab on the machine it runs on (see main.ts). The installer
// writes the record it reads first.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";

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

function recorded(project: string): string | null {
  try {
    const root = (JSON.parse(readFileSync(join(project, LOCAL_RECORD), "utf8")) as { packageRoot?: unknown }).packageRoot;
    return typeof root === "string" && isPackage(root) ? root : null;
  } catch {
    return null;
  }
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
