// `.claude/codex-collab.manifest.json`: what install wrote and created, so that updates never clobber the
// user's edits and uninstall removes exactly our part.
import { createHash } from "node:crypto";
import { join } from "node:path";
import * as z from "zod/mini";
import { SettingsShapeError } from "../errors.js";
import { parseSettingsLike } from "./settings.js";

export const MANIFEST_NAME = "codex-collab.manifest.json";

export const Scope = z.enum(["project", "local", "user"]);
export type Scope = z.infer<typeof Scope>;

const SettingsRecordSchema = z.object({
  createdFile: z.boolean(),
  blank: z.optional(z.string()),
  createdHooks: z.boolean(),
  createdEvents: z.array(z.string()),
  /** We created `enabledMcpjsonServers` (to approve our MCP server). */
  createdMcpApproval: z.optional(z.boolean()),
});

export const Manifest = z.object({
  version: z.literal(1),
  /** Scopes installed from this `.claude` directory; shared files go when the last one is uninstalled. */
  scopes: z.array(Scope),
  /** Path relative to the `.claude` directory → sha256 of the bytes we wrote. */
  files: z.record(z.string(), z.string()),
  /** sha256 of the default config we wrote, if we wrote one. */
  config: z.optional(z.string()),
  /** Directories we created, relative to the `.claude` directory ("." is the directory itself). */
  createdDirs: z.array(z.string()),
  /** Settings file name → what we created in it. */
  settings: z.record(z.string(), SettingsRecordSchema),
  gitignore: z.optional(z.object({ createdFile: z.boolean(), appended: z.string() })),
  /** What local scope appended to .git/info/exclude. */
  exclude: z.optional(z.object({ createdFile: z.boolean(), appended: z.string() })),
  /** What install created in the project's .mcp.json. */
  mcp: z.optional(z.object({ createdFile: z.boolean(), createdServers: z.boolean() })),
  /** User scope: what install created in Claude Code's user config (~/.claude.json), and sha256 of the entry's value. */
  userMcp: z.optional(z.object({ createdFile: z.boolean(), createdServers: z.boolean(), entry: z.optional(z.string()) })),
});
export type Manifest = z.infer<typeof Manifest>;

export function emptyManifest(): Manifest {
  return { version: 1, scopes: [], files: {}, createdDirs: [], settings: {} };
}

export function manifestPath(claudeDir: string): string {
  return join(claudeDir, MANIFEST_NAME);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function parseManifest(file: string, text: string): Manifest {
  const raw = parseSettingsLike(file, text);
  const parsed = z.safeParse(Manifest, raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsShapeError(file, 1, 1, `not a codex-collab manifest (${issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "invalid"})`);
  }
  return parsed.data;
}

/** Stable text (sorted keys, fixed order) so an unchanged install writes the same bytes. */
export function renderManifest(m: Manifest): string {
  const sorted = <T>(rec: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.keys(rec).sort().map((k) => [k, rec[k]!]));
  const out: Manifest = {
    version: 1,
    scopes: [...m.scopes].sort(),
    files: sorted(m.files),
    ...(m.config !== undefined ? { config: m.config } : {}),
    createdDirs: [...new Set(m.createdDirs)].sort(),
    settings: sorted(m.settings),
    ...(m.gitignore !== undefined ? { gitignore: m.gitignore } : {}),
    ...(m.exclude !== undefined ? { exclude: m.exclude } : {}),
    ...(m.mcp !== undefined ? { mcp: m.mcp } : {}),
    ...(m.userMcp !== undefined ? { userMcp: m.userMcp } : {}),
  };
  return JSON.stringify(out, null, 2) + "\n";
}
