// Temp layouts for installer tests: a fake codex-collab package (hook bundles that report how they ran),
// projects and HOME directories, and byte-level snapshots of directory trees.
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A name with a space, non-ASCII letters and every character that is special inside sh double quotes. */
export const AWKWARD_NAME = 'pkg dir ü 日本 $HOME "q" `b` \\x';

const BUNDLES = ["session-start", "user-prompt-submit", "post-tool-use", "stop", "wake"] as const;
const BUILT_LAUNCHER = join(import.meta.dirname, "..", "..", "dist", "launch.cjs");

/**
 * Each fake bundle appends what it saw (its name and file, the two environment variables we care about, and
 * stdin) as one JSON line to `<sandbox>/hook-log.jsonl`, and prints nothing: Claude Code reads hook stdout.
 */
function bundleSource(name: string): string {
  return `const { appendFileSync } = require("node:fs");
const { join } = require("node:path");
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  const entry = {
    bundle: ${JSON.stringify(name)},
    file: __filename,
    extraCaCerts: process.env.NODE_EXTRA_CA_CERTS ?? null,
    marker: process.env.CODEX_COLLAB_HOOK ?? null,
    input,
  };
  appendFileSync(join(__dirname, "..", "..", "..", "hook-log.jsonl"), JSON.stringify(entry) + "\\n");
});
`;
}

export interface HookLogEntry {
  bundle: string;
  file: string;
  extraCaCerts: string | null;
  marker: string | null;
  input: string;
}

/** Lines the fake bundles logged, oldest first. */
export function hookLog(box: { root: string }): HookLogEntry[] {
  const file = join(box.root, "hook-log.jsonl");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as HookLogEntry);
}

export interface Sandbox {
  root: string;
  packageRoot: string;
  project: string;
  home: string;
  cleanup(): void;
}

export interface SandboxOptions {
  /** Directory name of the package root (inside the sandbox). */
  packageName?: string;
  projectName?: string;
  commands?: Record<string, string>;
  agents?: Record<string, string>;
}

export function makeSandbox(options: SandboxOptions = {}): Sandbox {
  const root = mkdtempSync(join(tmpdir(), "cc-install-"));
  const packageRoot = join(root, options.packageName ?? "codex-collab");
  const project = join(root, options.projectName ?? "project");
  const home = join(root, "home");
  mkdirSync(join(packageRoot, "dist", "hooks"), { recursive: true });
  writeFileSync(join(packageRoot, "package.json"), JSON.stringify({ name: "codex-collab", version: "0.0.0-test" }) + "\n");
  for (const b of BUNDLES) writeFileSync(join(packageRoot, "dist", "hooks", `${b}.cjs`), bundleSource(b));
  // The real launcher (project and local scopes install it), so hooks run through it as they would.
  if (!existsSync(BUILT_LAUNCHER)) throw new Error(`${BUILT_LAUNCHER} is missing: run npm run build first`);
  copyFileSync(BUILT_LAUNCHER, join(packageRoot, "dist", "launch.cjs"));
  writeFileSync(join(packageRoot, "dist", "cli.js"), "");
  writeShipped(packageRoot, "commands", options.commands ?? { "cc-review.md": "---\ndescription: Review\n---\nReview $ARGUMENTS\n" });
  writeShipped(packageRoot, "agents", options.agents ?? { "cc-analyst.md": "---\nname: cc-analyst\n---\nAnalyse.\n" });
  mkdirSync(project, { recursive: true });
  mkdirSync(home, { recursive: true });
  return { root, packageRoot, project, home, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function writeShipped(packageRoot: string, sub: "commands" | "agents", files: Record<string, string>): void {
  mkdirSync(join(packageRoot, sub), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(packageRoot, sub, name), content);
}

/** Every entry under `dir`: files as their bytes (base64), directories as "dir", symlinks as their target. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    const abs = rel === "" ? dir : join(dir, rel);
    for (const name of readdirSync(abs).sort()) {
      const r = rel === "" ? name : `${rel}/${name}`;
      const st = lstatSync(join(dir, r));
      if (st.isSymbolicLink()) out[r] = `link:${readlinkSync(join(dir, r))}`;
      else if (st.isDirectory()) {
        out[r] = "dir";
        walk(r);
      } else out[r] = readFileSync(join(dir, r)).toString("base64");
    }
  };
  walk("");
  return out;
}

/** Where install keeps backups: the project's state directory, or ~/.claude/codex-collab-backups for user scope. */
const BACKUP_DIRS = [".codex-collab.d/backups", ".claude/codex-collab-backups"];
const isBackup = (k: string) => BACKUP_DIRS.some((d) => k.startsWith(`${d}/`));

/** The snapshot without backups and the state directory entries that only exist to hold them. */
export function withoutBackups(snap: Record<string, string>): Record<string, string> {
  const kept = Object.entries(snap).filter(([k]) => !isBackup(k) && !BACKUP_DIRS.includes(k));
  const stateDirEmpty = !kept.some(([k]) => k.startsWith(".codex-collab.d/"));
  return Object.fromEntries(kept.filter(([k]) => !(stateDirEmpty && k === ".codex-collab.d")));
}

/** Backup files (not directories) in a snapshot. */
export function backupsIn(snap: Record<string, string>): string[] {
  return Object.keys(snap).filter((k) => isBackup(k) && snap[k] !== "dir");
}
