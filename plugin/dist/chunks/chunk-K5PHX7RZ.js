import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  HOOK_EVENTS,
  LAUNCHER_REL,
  LOCAL_RECORD,
  addProperty,
  appendItem,
  desiredHooks,
  detectStyle,
  findPackageRoot,
  findProp,
  hookBundlePath,
  mergeHooks,
  nodeValue,
  parseJson,
  parseSettingsLike,
  removeItem,
  removeProperty,
  replaceNode,
  shippedFiles
} from "./chunk-7EDPVFEX.js";
import {
  CONFIG_RELATIVE_PATH,
  Config,
  userClaudeDirOf
} from "./chunk-2N2Y57GQ.js";
import {
  _enum,
  array,
  boolean,
  literal,
  object,
  optional,
  parse,
  record,
  safeParse,
  string
} from "./chunk-O76QQAV3.js";
import {
  InstallError,
  STATE_FILE_NAME,
  SettingsShapeError,
  UsageError,
  ensurePrivateDir,
  findProjectRoot,
  isCodexCollabError,
  isInside,
  isoTime,
  readRepoFile,
  stateDir,
  writePrivateFile
} from "./chunk-5EGK72M7.js";

// src/install/main.ts
import { resolve as resolve5 } from "node:path";

// src/install/install.ts
import { existsSync as existsSync5, mkdirSync as mkdirSync3, rmdirSync, rmSync as rmSync2 } from "node:fs";
import { basename as basename4, dirname as dirname5, isAbsolute as isAbsolute2, join as join7, relative as relative2 } from "node:path";

// src/install/gitignore.ts
import { lstatSync, mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
var IGNORE_PATTERNS = [".codex-collab", ".codex-collab.*"];
var HEADER = "# codex-collab: local state, locks and logs";
function covered(pattern, lines) {
  const accepted = /* @__PURE__ */ new Set([pattern, `/${pattern}`, ".codex-collab*", "/.codex-collab*"]);
  return lines.some((l) => accepted.has(l.trim()));
}
function addIgnores(original) {
  const text = original ?? "";
  const lines = text.split(/\r?\n/);
  const missing = IGNORE_PATTERNS.filter((p) => !covered(p, lines));
  if (missing.length === 0) return null;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lead = text === "" ? "" : text.endsWith("\n") ? eol : eol + eol;
  const appended = lead + [HEADER, ...missing].join(eol) + eol;
  return { text: text + appended, record: { createdFile: original === null, appended } };
}
function removeIgnores(current, record2) {
  let text;
  if (current.endsWith(record2.appended)) {
    text = current.slice(0, current.length - record2.appended.length);
  } else {
    const lines = current.split("\n");
    for (const ours of record2.appended.split(/\r?\n/).filter((l) => l !== "")) {
      const at = lines.findLastIndex((l) => l.replace(/\r$/, "") === ours);
      if (at >= 0) lines.splice(at, 1);
    }
    text = lines.join("\n");
  }
  return text === "" && record2.createdFile ? null : text;
}
function excludeFile(project) {
  const dotGit = join(project, ".git");
  let gitDir;
  try {
    const st = lstatSync(dotGit);
    if (st.isDirectory()) gitDir = dotGit;
    else if (st.isFile()) {
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(readRepoFile(dotGit, { maxBytes: 4096 })?.toString("utf8") ?? "");
      if (!m) return null;
      gitDir = resolve(project, m[1]);
      if (!isInside(project, gitDir) && !isWorktreeOf(gitDir, dotGit)) return null;
      const common = readRepoFile(join(gitDir, "commondir"), { maxBytes: 4096 })?.toString("utf8").trim() ?? "";
      if (common !== "") {
        if (resolve(gitDir, common) !== resolve(gitDir, "..", "..")) return null;
        gitDir = resolve(gitDir, common);
      }
    } else return null;
  } catch {
    return null;
  }
  return join(gitDir, "info", "exclude");
}
function isWorktreeOf(gitDir, dotGit) {
  if (basename(dirname(gitDir)) !== "worktrees") return false;
  const back = readRepoFile(join(gitDir, "gitdir"), { maxBytes: 4096 })?.toString("utf8").trim();
  return back !== void 0 && resolve(back) === resolve(dotGit);
}

// src/install/mcp.ts
var MCP_FILE = ".mcp.json";
var MCP_SERVER_NAME = "codex-collab";
function mcpServerEntry() {
  return { command: "node", args: [LAUNCHER_REL, "mcp"] };
}
function objectAt(file, text) {
  parseSettingsLike(file, text);
  const root = parseJson(text);
  if (root.kind !== "object") throw new SettingsShapeError(file, 1, 1, "the top level must be a JSON object");
  const servers = findProp(root, "mcpServers")?.value;
  if (servers !== void 0 && servers.kind !== "object") throw new SettingsShapeError(file, 1, 1, '"mcpServers" must be an object');
  return { root, servers };
}
function addMcpServer(file, original, previous, want = mcpServerEntry()) {
  if (original === null || original.trim() === "") {
    return { text: JSON.stringify({ mcpServers: { [MCP_SERVER_NAME]: want } }, null, 2) + "\n", record: { createdFile: original === null, createdServers: true } };
  }
  const style = detectStyle(original);
  const { root, servers } = objectAt(file, original);
  const record2 = previous ?? { createdFile: false, createdServers: false };
  if (servers === void 0) return { text: addProperty(original, root, "mcpServers", { [MCP_SERVER_NAME]: want }, style), record: { ...record2, createdServers: true } };
  const ours = findProp(servers, MCP_SERVER_NAME);
  if (ours === void 0) return { text: addProperty(original, servers, MCP_SERVER_NAME, want, style), record: record2 };
  if (JSON.stringify(nodeValue(original, ours.value)) === JSON.stringify(want)) return null;
  return { text: replaceNode(original, ours.value, want, style), record: record2 };
}
function mcpServerValue(file, text) {
  const { servers } = objectAt(file, text);
  const ours = servers === void 0 ? void 0 : findProp(servers, MCP_SERVER_NAME);
  return ours === void 0 ? void 0 : nodeValue(text, ours.value);
}
function removeMcpServer(file, current, record2) {
  const { servers } = objectAt(file, current);
  const ours = servers === void 0 ? void 0 : findProp(servers, MCP_SERVER_NAME);
  if (servers === void 0 || ours === void 0) return current;
  let text = removeProperty(current, servers, MCP_SERVER_NAME);
  const after = objectAt(file, text);
  if (record2?.createdServers && after.servers !== void 0 && after.servers.props.length === 0) text = removeProperty(text, after.root, "mcpServers");
  return record2?.createdFile && objectAt(file, text).root.props.length === 0 ? null : text;
}
function approveMcpServer(file, text, createdBefore) {
  const style = detectStyle(text);
  const { root } = objectAt(file, text);
  const list = findProp(root, "enabledMcpjsonServers")?.value;
  if (list === void 0) return { text: addProperty(text, root, "enabledMcpjsonServers", [MCP_SERVER_NAME], style), createdList: true };
  if (list.kind !== "array") throw new SettingsShapeError(file, 1, 1, '"enabledMcpjsonServers" must be an array');
  if (list.items.some((i) => nodeValue(text, i) === MCP_SERVER_NAME)) return { text, createdList: createdBefore };
  return { text: appendItem(text, list, MCP_SERVER_NAME, style), createdList: createdBefore };
}
function unapproveMcpServer(file, text, createdList) {
  const { root } = objectAt(file, text);
  const list = findProp(root, "enabledMcpjsonServers")?.value;
  if (list?.kind !== "array") return text;
  const at = list.items.findIndex((i) => nodeValue(text, i) === MCP_SERVER_NAME);
  if (at < 0) return text;
  const rest = removeItem(text, list, at);
  const after = objectAt(file, rest).root;
  const left = findProp(after, "enabledMcpjsonServers")?.value;
  return createdList && left?.kind === "array" && left.items.length === 0 ? removeProperty(rest, after, "enabledMcpjsonServers") : rest;
}

// src/install/fsops.ts
import { randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, constants, existsSync, lstatSync as lstatSync2, mkdirSync as mkdirSync2, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename as basename2, dirname as dirname2, isAbsolute, join as join2 } from "node:path";
function readIfExists(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
}
function resolveTarget(file) {
  try {
    return lstatSync2(file).isSymbolicLink() ? realpathSync(file) : file;
  } catch (e) {
    if (e.code === "ENOENT") return file;
    throw e;
  }
}
function writeAtomic(file, content) {
  const target = resolveTarget(file);
  const temp = join2(dirname2(target), `.${basename2(target)}.codex-collab-tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    writeFileSync(temp, content, { flag: "wx" });
    if (existsSync(target)) chmodSync(temp, statSync(target).mode & 4095);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
function backupStamp(now) {
  return isoTime(now).replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}
function backupPath(dir, rel, stamp, taken) {
  const base = join2(dir, stamp, rel.startsWith("..") || isAbsolute(rel) ? basename2(rel) : rel);
  let candidate = base;
  for (let n = 2; existsSync(candidate) || taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}
function writeBackup(file, backup) {
  mkdirSync2(dirname2(backup), { recursive: true, mode: 448 });
  copyFileSync(file, backup, constants.COPYFILE_EXCL);
}
function removeFile(file) {
  unlinkSync(file);
}

// src/install/manifest.ts
import { createHash } from "node:crypto";
import { join as join3 } from "node:path";
var MANIFEST_NAME = "codex-collab.manifest.json";
var Scope = _enum(["project", "local", "user"]);
var SettingsRecordSchema = object({
  createdFile: boolean(),
  blank: optional(string()),
  createdHooks: boolean(),
  createdEvents: array(string()),
  /** We created `enabledMcpjsonServers` (to approve our MCP server). */
  createdMcpApproval: optional(boolean())
});
var Manifest = object({
  version: literal(1),
  /** Scopes installed from this `.claude` directory; shared files go when the last one is uninstalled. */
  scopes: array(Scope),
  /** Path relative to the `.claude` directory → sha256 of the bytes we wrote. */
  files: record(string(), string()),
  /** sha256 of the default config we wrote, if we wrote one. */
  config: optional(string()),
  /** Directories we created, relative to the `.claude` directory ("." is the directory itself). */
  createdDirs: array(string()),
  /** Settings file name → what we created in it. */
  settings: record(string(), SettingsRecordSchema),
  gitignore: optional(object({ createdFile: boolean(), appended: string() })),
  /** What local scope appended to .git/info/exclude. */
  exclude: optional(object({ createdFile: boolean(), appended: string() })),
  /** What install created in the project's .mcp.json. */
  mcp: optional(object({ createdFile: boolean(), createdServers: boolean() })),
  /** User scope: what install created in Claude Code's user config (~/.claude.json), and sha256 of the entry's value. */
  userMcp: optional(object({ createdFile: boolean(), createdServers: boolean(), entry: optional(string()) }))
});
function emptyManifest() {
  return { version: 1, scopes: [], files: {}, createdDirs: [], settings: {} };
}
function manifestPath(claudeDir) {
  return join3(claudeDir, MANIFEST_NAME);
}
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function parseManifest(file, text) {
  const raw = parseSettingsLike(file, text);
  const parsed = safeParse(Manifest, raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsShapeError(file, 1, 1, `not a codex-collab manifest (${issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "invalid"})`);
  }
  return parsed.data;
}
function renderManifest(m) {
  const sorted = (rec) => Object.fromEntries(Object.keys(rec).sort().map((k) => [k, rec[k]]));
  const out = {
    version: 1,
    scopes: [...m.scopes].sort(),
    files: sorted(m.files),
    ...m.config !== void 0 ? { config: m.config } : {},
    createdDirs: [...new Set(m.createdDirs)].sort(),
    settings: sorted(m.settings),
    ...m.gitignore !== void 0 ? { gitignore: m.gitignore } : {},
    ...m.exclude !== void 0 ? { exclude: m.exclude } : {},
    ...m.mcp !== void 0 ? { mcp: m.mcp } : {},
    ...m.userMcp !== void 0 ? { userMcp: m.userMcp } : {}
  };
  return JSON.stringify(out, null, 2) + "\n";
}

// src/install/plan.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { homedir } from "node:os";
import { dirname as dirname3, join as join4, relative, resolve as resolve2, sep } from "node:path";
function userClaudeDir(home) {
  return home !== void 0 ? join4(home, ".claude") : userClaudeDirOf(process.env);
}
function userMcpFile(home) {
  if (home !== void 0) return join4(home, ".claude.json");
  const fromEnv = process.env.CLAUDE_CONFIG_DIR;
  return fromEnv ? join4(resolve2(fromEnv), ".claude.json") : join4(homedir(), ".claude.json");
}
function settingsFileFor(scope, claudeDir) {
  return join4(claudeDir, scope === "local" ? "settings.local.json" : "settings.json");
}
function defaultConfigText() {
  return JSON.stringify(parse(Config, {}), null, 2) + "\n";
}
function context(opts) {
  const project = resolve2(opts.project);
  if (!existsSync2(project) || !statSync2(project).isDirectory()) {
    throw new InstallError(`The project directory ${project} does not exist.`, "Pass an existing directory with --project.");
  }
  const claudeDir = opts.scope === "user" ? userClaudeDir(opts.home) : join4(project, ".claude");
  const manifestFile = manifestPath(claudeDir);
  const manifestText = readIfExists(manifestFile);
  return {
    project,
    scope: opts.scope,
    claudeDir,
    settingsFile: settingsFileFor(opts.scope, claudeDir),
    manifestFile,
    manifest: manifestText === null ? void 0 : parseManifest(manifestFile, manifestText),
    ...opts.scope === "user" ? { userMcpFile: userMcpFile(opts.home) } : {},
    stamp: backupStamp(/* @__PURE__ */ new Date()),
    backups: /* @__PURE__ */ new Set()
  };
}
function backupFor(ctx, file) {
  const base = ctx.scope === "user" ? ctx.claudeDir : ctx.project;
  const dir = ctx.scope === "user" ? join4(ctx.claudeDir, "codex-collab-backups") : join4(stateDir(ctx.project), "backups");
  const b = backupPath(dir, relative(base, file), ctx.stamp, ctx.backups);
  ctx.backups.add(b);
  return b;
}
var LAUNCHER_IN_CLAUDE_DIR = relative(".claude", LAUNCHER_REL).split(sep).join("/");
function kindOf(rel) {
  return rel.startsWith("agents/") ? "agent" : rel === LAUNCHER_IN_CLAUDE_DIR ? "launcher" : "command";
}
function viaLauncher(scope) {
  return scope !== "user";
}
function filesToShip(ctx, packageRoot) {
  if (!viaLauncher(ctx.scope)) return shippedFiles(packageRoot);
  return [...shippedFiles(packageRoot, LAUNCHER_REL), { rel: LAUNCHER_IN_CLAUDE_DIR, content: readFileSync2(join4(packageRoot, "dist", "launch.cjs"), "utf8") }];
}
function recordStep(ctx, packageRoot) {
  const path = join4(ctx.project, LOCAL_RECORD);
  const next = packageRoot === null ? null : `${JSON.stringify({ packageRoot: resolve2(packageRoot) }, null, 2)}
`;
  return fileStep(ctx, path, "record", readIfExists(path), next, true);
}
function missingDirs(ctx, file, planned) {
  const out = [];
  for (let dir = dirname3(file); ; dir = dirname3(dir)) {
    const inside = dir === ctx.claudeDir || dir.startsWith(ctx.claudeDir + sep);
    if (!inside || existsSync2(dir) || planned.has(dir)) break;
    out.unshift(dir);
  }
  return out;
}
function relDir(ctx, dir) {
  return relative(ctx.claudeDir, dir) || ".";
}
function write(steps, ctx, dirs, step) {
  if (step.action === "created" || step.action === "updated") {
    for (const d of missingDirs(ctx, step.path, dirs)) {
      dirs.add(d);
      steps.push({ path: d, kind: "directory", action: "created" });
    }
  }
  steps.push(step);
}
function fileStep(ctx, path, kind, current, next, ours = false) {
  if (current === next) return { path, kind, action: "unchanged" };
  if (next === null) return { path, kind, action: "removed", ...ours ? {} : { backup: backupFor(ctx, path) } };
  if (current === null) return { path, kind, action: "created", content: next };
  return { path, kind, action: "updated", content: next, ...ours ? {} : { backup: backupFor(ctx, path) } };
}
function removeOwnedFile(opts, ctx, rel, recorded) {
  const dest = join4(ctx.claudeDir, rel);
  const current = readIfExists(dest);
  if (current === null) return [];
  if (sha256(current) === recorded) return [fileStep(ctx, dest, kindOf(rel), current, null, true)];
  if (opts.force) return [{ ...fileStep(ctx, dest, kindOf(rel), current, null), note: "your changes were removed (--force)" }];
  return [{ path: dest, kind: kindOf(rel), action: "skipped-user-modified", note: "you changed it; kept (--force removes it, with a backup)" }];
}

// src/install/uninstall-plan.ts
import { existsSync as existsSync4, readdirSync } from "node:fs";
import { basename as basename3, dirname as dirname4, join as join6, resolve as resolve4 } from "node:path";

// src/install/user-mcp.ts
import { existsSync as existsSync3 } from "node:fs";
import { join as join5, resolve as resolve3 } from "node:path";
function userMcpServerEntry(packageRoot) {
  return { type: "stdio", command: "node", args: [join5(resolve3(packageRoot), "dist", "mcp.js")], env: {} };
}
function entryHash(value) {
  return sha256(JSON.stringify(value));
}
function planUserMcpInstall(ctx, packageRoot, next) {
  const file = ctx.userMcpFile;
  if (file === void 0) return [];
  if (!existsSync3(join5(packageRoot, "dist", "mcp.js"))) return [];
  const want = userMcpServerEntry(packageRoot);
  const text = readIfExists(file);
  const previous = ctx.manifest?.userMcp;
  const added = addMcpServer(file, text, previous, want);
  next.userMcp = { ...added?.record ?? previous ?? { createdFile: false, createdServers: false }, entry: entryHash(want) };
  return [added === null ? { path: file, kind: "mcp", action: "unchanged" } : fileStep(ctx, file, "mcp", text, added.text)];
}
function planUserMcpUninstall(ctx, packageRoot) {
  const file = ctx.userMcpFile;
  if (file === void 0) return [];
  const text = readIfExists(file);
  if (text === null) return [];
  const value = mcpServerValue(file, text);
  if (value === void 0) return [];
  const record2 = ctx.manifest?.userMcp;
  const ours = record2?.entry !== void 0 ? entryHash(value) === record2.entry : packageRoot !== void 0 && entryHash(value) === entryHash(userMcpServerEntry(packageRoot));
  if (!ours) return [{ path: file, kind: "mcp", action: "skipped-user-modified", note: `the "${MCP_SERVER_NAME}" server there is not the one codex-collab wrote; kept` }];
  const rest = removeMcpServer(file, text, record2);
  return [fileStep(ctx, file, "mcp", text, rest, rest === null)];
}

// src/install/uninstall-plan.ts
function planUninstall(opts, ctx, packageRoot) {
  const steps = [];
  const manifest = ctx.manifest;
  const settingsText = readIfExists(ctx.settingsFile);
  const settingsKey = basename3(ctx.settingsFile);
  const record2 = manifest?.settings[settingsKey];
  const unapproved = settingsText === null || settingsText.trim() === "" ? settingsText : unapproveMcpServer(ctx.settingsFile, settingsText, record2?.createdMcpApproval === true);
  const merged = mergeHooks(ctx.settingsFile, unapproved, /* @__PURE__ */ new Map(), record2);
  if (settingsText !== null) steps.push(fileStep(ctx, ctx.settingsFile, "hooks", settingsText, merged.text, merged.text === null));
  steps.push(...planUserMcpUninstall(ctx, packageRoot));
  const scopes = (manifest?.scopes ?? []).filter((s) => s !== ctx.scope);
  if (manifest !== void 0 && scopes.length > 0) {
    const { [settingsKey]: _dropped, ...settings } = manifest.settings;
    const { userMcp: _gone, ...rest } = manifest;
    const text = renderManifest({ ...ctx.scope === "user" ? rest : manifest, scopes, settings });
    steps.push(fileStep(ctx, ctx.manifestFile, "manifest", readIfExists(ctx.manifestFile), text, true));
    return steps;
  }
  if (manifest !== void 0) {
    for (const [rel, recorded] of Object.entries(manifest.files)) steps.push(...removeOwnedFile(opts, ctx, rel, recorded));
  } else if (packageRoot !== void 0) {
    for (const { rel, content } of filesToShip(ctx, packageRoot)) {
      steps.push(...removeOwnedFile(opts, ctx, rel, sha256(content)));
    }
  }
  if (ctx.scope !== "user") {
    const gitignore = join6(ctx.project, ".gitignore");
    const gitignoreText = readIfExists(gitignore);
    if (manifest?.gitignore !== void 0 && gitignoreText !== null) {
      const rest = removeIgnores(gitignoreText, manifest.gitignore);
      steps.push(fileStep(ctx, gitignore, "gitignore", gitignoreText, rest, rest === null));
    }
    if (existsSync4(join6(ctx.project, LOCAL_RECORD))) steps.push(recordStep(ctx, null));
    const mcpFile = join6(ctx.project, MCP_FILE);
    const mcpText = readIfExists(mcpFile);
    if (mcpText !== null) {
      const rest = removeMcpServer(mcpFile, mcpText, manifest?.mcp);
      if (rest !== mcpText) steps.push(fileStep(ctx, mcpFile, "mcp", mcpText, rest, rest === null));
    }
    const config = join6(ctx.project, CONFIG_RELATIVE_PATH);
    const configText = readIfExists(config);
    if (configText !== null) {
      const ours = manifest ? manifest.config !== void 0 && sha256(configText) === manifest.config : configText === defaultConfigText();
      steps.push(ours ? fileStep(ctx, config, "config", configText, null, true) : { path: config, kind: "config", action: "unchanged", note: "yours; left as it is" });
    }
  }
  const manifestText = readIfExists(ctx.manifestFile);
  if (manifestText !== null) steps.push(fileStep(ctx, ctx.manifestFile, "manifest", manifestText, null, true));
  const removed = new Set(steps.filter((s) => s.action === "removed").map((s) => s.path));
  const backupDirs = new Set(steps.flatMap((s) => s.backup !== void 0 ? [dirname4(s.backup)] : []));
  const created = (manifest?.createdDirs ?? []).map((d) => resolve4(ctx.claudeDir, d));
  for (const dir of created.sort((a, b) => b.length - a.length)) {
    if (!existsSync4(dir) || backupDirs.has(dir)) continue;
    if (readdirSync(dir).every((name) => removed.has(join6(dir, name)))) {
      removed.add(dir);
      steps.push({ path: dir, kind: "directory", action: "removed" });
    }
  }
  if (ctx.scope !== "user") {
    const state = stateSteps(opts, ctx, steps);
    steps.push(...state, ...excludeSteps(ctx, manifest, state.some((s) => s.action === "left")));
  }
  return steps;
}
function stateSteps(opts, ctx, planned) {
  const removed = new Set(planned.filter((s) => s.action === "removed").map((s) => s.path));
  const backups = planned.some((s) => s.backup !== void 0);
  const dir = stateDir(ctx.project);
  return readdirSync(ctx.project).filter((name) => name === STATE_FILE_NAME || name.startsWith(`${STATE_FILE_NAME}.`)).map((name) => {
    const path = join6(ctx.project, name);
    if (opts.purge) return { path, kind: "state", action: "removed", note: "--purge" };
    if (path === dir && !backups && readdirSync(dir).every((n) => removed.has(join6(dir, n)))) return { path, kind: "directory", action: "removed" };
    return { path, kind: "state", action: "left", note: "state, logs and backups; --purge removes it" };
  }).filter((s) => !removed.has(s.path));
}
function excludeSteps(ctx, manifest, leaving) {
  const exclude = excludeFile(ctx.project);
  if (exclude === null) return [];
  const text = readIfExists(exclude);
  if (leaving) {
    const added = addIgnores(text);
    return added === null ? [] : [{ ...fileStep(ctx, exclude, "gitignore", text, added.text, true), note: "keeps the state left here out of git" }];
  }
  if (manifest?.exclude === void 0 || text === null) return [];
  return [fileStep(ctx, exclude, "gitignore", text, removeIgnores(text, manifest.exclude) ?? "", true)];
}

// src/install/install.ts
function requireBundles(packageRoot, scope) {
  const needed = [...HOOK_EVENTS.map((e) => hookBundlePath(packageRoot, e)), ...viaLauncher(scope) ? [join7(packageRoot, "dist", "launch.cjs")] : []];
  for (const bundle of needed) {
    if (!existsSync5(bundle)) {
      throw new InstallError(`The hook bundle ${bundle} is missing.`, "Build the package (npm run build) or reinstall codex-collab.");
    }
  }
}
function planInstall(opts, ctx, packageRoot) {
  const steps = [];
  const dirs = /* @__PURE__ */ new Set();
  const previous = ctx.manifest ?? emptyManifest();
  const next = {
    ...previous,
    scopes: [.../* @__PURE__ */ new Set([...previous.scopes, ctx.scope])],
    files: {},
    createdDirs: [...previous.createdDirs],
    settings: { ...previous.settings }
  };
  const settingsText = readIfExists(ctx.settingsFile);
  const settingsKey = basename4(ctx.settingsFile);
  const prior = previous.settings[settingsKey];
  const merged = mergeHooks(ctx.settingsFile, settingsText, desiredHooks(viaLauncher(ctx.scope) ? "launcher" : { packageRoot }), prior);
  let settingsNext = merged.text;
  next.settings[settingsKey] = merged.record;
  if (viaLauncher(ctx.scope) && existsSync5(join7(packageRoot, "dist", "mcp.js")) && settingsNext !== null) {
    const approved = approveMcpServer(ctx.settingsFile, settingsNext, prior?.createdMcpApproval === true);
    settingsNext = approved.text;
    next.settings[settingsKey] = { ...merged.record, ...approved.createdList ? { createdMcpApproval: true } : {} };
  }
  write(steps, ctx, dirs, fileStep(ctx, ctx.settingsFile, "hooks", settingsText, settingsNext));
  const shipped = filesToShip(ctx, packageRoot);
  for (const { rel, content } of shipped) {
    const dest = join7(ctx.claudeDir, rel);
    const current = readIfExists(dest);
    const recorded = previous.files[rel];
    const wrote = sha256(content);
    if (current === null || current === content) {
      next.files[rel] = wrote;
      write(steps, ctx, dirs, fileStep(ctx, dest, kindOf(rel), current, content));
    } else if (recorded !== void 0 && sha256(current) === recorded) {
      next.files[rel] = wrote;
      write(steps, ctx, dirs, fileStep(ctx, dest, kindOf(rel), current, content, true));
    } else if (opts.force) {
      next.files[rel] = wrote;
      write(steps, ctx, dirs, { ...fileStep(ctx, dest, kindOf(rel), current, content), note: "your version was replaced (--force)" });
    } else {
      if (recorded !== void 0) next.files[rel] = recorded;
      const why = recorded !== void 0 ? "you changed it" : "a file of yours has this name";
      steps.push({ path: dest, kind: kindOf(rel), action: "skipped-user-modified", note: `${why}; kept (--force replaces it, with a backup)` });
    }
  }
  const shippedNow = new Set(shipped.map((f) => f.rel));
  for (const [rel, recorded] of Object.entries(previous.files)) {
    if (shippedNow.has(rel)) continue;
    steps.push(...removeOwnedFile(opts, ctx, rel, recorded));
  }
  steps.push(...planUserMcpInstall(ctx, packageRoot, next));
  if (ctx.scope !== "user") {
    const ignoreFile = ctx.scope === "project" ? join7(ctx.project, ".gitignore") : excludeFile(ctx.project);
    if (ignoreFile !== null) {
      const ignoreText = readIfExists(ignoreFile);
      const added = addIgnores(ignoreText);
      if (added !== null) {
        if (ctx.scope === "project") next.gitignore = added.record;
        else next.exclude = added.record;
        steps.push(fileStep(ctx, ignoreFile, "gitignore", ignoreText, added.text));
      } else {
        steps.push({ path: ignoreFile, kind: "gitignore", action: "unchanged" });
      }
    }
    steps.push(recordStep(ctx, packageRoot));
    if (existsSync5(join7(packageRoot, "dist", "mcp.js"))) {
      const mcpFile = join7(ctx.project, MCP_FILE);
      const mcpText = readIfExists(mcpFile);
      const added = addMcpServer(mcpFile, mcpText, previous.mcp);
      if (added !== null) next.mcp = added.record;
      steps.push(added === null ? { path: mcpFile, kind: "mcp", action: "unchanged" } : fileStep(ctx, mcpFile, "mcp", mcpText, added.text));
    }
    const config = join7(ctx.project, CONFIG_RELATIVE_PATH);
    const configText = readIfExists(config);
    if (configText === null) {
      const text = defaultConfigText();
      next.config = sha256(text);
      write(steps, ctx, dirs, fileStep(ctx, config, "config", null, text));
    } else {
      const ours = previous.config !== void 0 && sha256(configText) === previous.config;
      steps.push({ path: config, kind: "config", action: "unchanged", ...ours ? {} : { note: "yours; left as it is" } });
    }
  }
  next.createdDirs = [.../* @__PURE__ */ new Set([...next.createdDirs, ...[...dirs].map((d) => relDir(ctx, d))])];
  const manifestText = readIfExists(ctx.manifestFile);
  write(steps, ctx, dirs, fileStep(ctx, ctx.manifestFile, "manifest", manifestText, renderManifest(next), true));
  return steps;
}
function checkContained(ctx, steps) {
  if (ctx.scope === "user") return;
  const outside = steps.find((s) => !isInside(ctx.project, s.path) || s.backup !== void 0 && !isInside(ctx.project, s.backup));
  if (outside) {
    throw new InstallError(
      `${outside.path} leads outside the project ${ctx.project} (a symbolic link); nothing was changed.`,
      `Remove the link (ls -l ${outside.path}), or install with --scope user.`
    );
  }
}
function execute(ctx, steps) {
  checkContained(ctx, steps);
  for (const s of steps) if (s.kind === "directory" && s.action === "created") mkdirSync3(s.path);
  for (const s of steps) if (s.backup !== void 0) writeBackup(s.path, s.backup);
  for (const s of steps) {
    if (s.kind === "directory") continue;
    if (s.kind === "record" && s.content !== void 0) ensurePrivateDir(dirname5(s.path));
    if (s.kind === "gitignore" && s.content !== void 0) mkdirSync3(dirname5(s.path), { recursive: true });
    if (s.kind === "record" && s.content !== void 0) writePrivateFile(s.path, s.content);
    else if (s.content !== void 0) writeAtomic(s.path, s.content);
    else if (s.action === "removed" && s.kind !== "state") removeFile(s.path);
  }
  for (const s of steps) if (s.kind === "directory" && s.action === "removed") rmdirSync(s.path);
  for (const s of steps) if (s.kind === "state" && s.action === "removed") rmSync2(s.path, { recursive: true, force: true });
}
function report(operation, opts, ctx, steps) {
  return {
    operation,
    scope: ctx.scope,
    project: ctx.project,
    claudeDir: ctx.claudeDir,
    settingsFile: ctx.settingsFile,
    dryRun: opts.dryRun === true,
    actions: steps.map(({ content: _content, ...action }) => action)
  };
}
async function install(opts) {
  const ctx = context(opts);
  const packageRoot = opts.packageRoot ?? findPackageRoot();
  requireBundles(packageRoot, ctx.scope);
  const steps = planInstall(opts, ctx, packageRoot);
  if (!opts.dryRun) execute(ctx, steps);
  return report("install", opts, ctx, steps);
}
async function uninstall(opts) {
  const ctx = context(opts);
  let packageRoot = opts.packageRoot;
  if (packageRoot === void 0) {
    try {
      packageRoot = findPackageRoot();
    } catch {
    }
  }
  const steps = planUninstall(opts, ctx, packageRoot);
  if (!opts.dryRun) execute(ctx, steps);
  return report("uninstall", opts, ctx, steps);
}
var LABEL = {
  created: "created",
  updated: "updated",
  unchanged: "unchanged",
  "skipped-user-modified": "kept",
  removed: "removed",
  left: "left"
};
var WOULD = {
  created: "would create",
  updated: "would update",
  unchanged: "unchanged",
  "skipped-user-modified": "would keep",
  removed: "would remove",
  left: "would leave"
};
function shown(report2, path) {
  const rel = relative2(report2.project, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute2(rel) ? rel : path;
}
function formatReport(report2) {
  const labels = report2.dryRun ? WOULD : LABEL;
  const width = Math.max(...report2.actions.map((a) => labels[a.action].length), 0);
  const head = `codex-collab ${report2.operation} (scope ${report2.scope}) for ${report2.project}${report2.dryRun ? " \u2014 dry run, nothing written" : ""}`;
  const lines = report2.actions.map((a) => {
    const extra = [a.note, a.backup !== void 0 ? `backup: ${shown(report2, a.backup)}` : void 0].filter((x) => x !== void 0);
    return `  ${labels[a.action].padEnd(width)}  ${shown(report2, a.path)}${extra.length ? `  (${extra.join("; ")})` : ""}`;
  });
  const changed = report2.actions.filter((a) => a.action === "created" || a.action === "updated" || a.action === "removed").length;
  const tail = changed === 0 ? "Nothing to change." : `${changed} change${changed === 1 ? "" : "s"}${report2.dryRun ? " planned" : ""}.`;
  return [head, ...lines, tail].join("\n") + "\n";
}

// src/install/main.ts
var INSTALL_USAGE = `Usage: codex-collab install [uninstall] [--project DIR] [--scope project|local|user] [--dry-run] [--force]

  uninstall       remove what install added (your own settings and files stay)
  --project DIR   the project (default: the git top level above the current directory)
  --scope S       project: .claude/settings.json (shared)  local: .claude/settings.local.json (yours)
                  user: ~/.claude/settings.json (every project)       default: project
  --dry-run       show the plan, write nothing
  --force         replace (or remove) command and agent files you changed; a backup is kept
  --no-doctor     do not run codex-collab doctor after installing
`;
var UNINSTALL_USAGE = `Usage: codex-collab uninstall [--project DIR] [--scope project|local|user] [--dry-run] [--force] [--purge]

  Removes exactly what install added to that scope; your own settings and files stay.
  --project DIR   the project (default: the git top level above the current directory)
  --scope S       the scope to remove from: project (default), local or user
  --dry-run       show the plan, change nothing
  --force         also remove command and agent files you changed (a backup is kept)
  --purge         also remove the project's state, logs and backups (.codex-collab, .codex-collab.d)
`;
var usageHint = (operation) => `See "codex-collab ${operation} --help".`;
function parseInstallArgs(argv, cwd = process.cwd()) {
  const args = { operation: "install", project: "", scope: "project", dryRun: false, force: false, help: false, doctor: true, purge: false };
  let project;
  const rest = [...argv];
  if (rest[0] === "install" || rest[0] === "uninstall") args.operation = rest.shift();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      const v = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : rest[++i];
      if (v === void 0 || v === "") throw new UsageError(`${name} needs a value.`, usageHint(args.operation));
      return v;
    };
    switch (name) {
      case "--project":
        project = value();
        break;
      case "--scope": {
        const s = value();
        const parsed = Scope.options.find((o) => o === s);
        if (parsed === void 0) throw new UsageError(`--scope must be project, local or user (got "${s}").`, usageHint(args.operation));
        args.scope = parsed;
        break;
      }
      case "--dry-run":
        args.dryRun = true;
        break;
      case "--force":
        args.force = true;
        break;
      case "--no-doctor":
        args.doctor = false;
        break;
      case "--purge":
        args.purge = true;
        break;
      case "--help":
      case "-h":
        args.help = true;
        break;
      default:
        throw new UsageError(`Unknown argument "${arg}".`, usageHint(args.operation));
    }
  }
  args.project = project !== void 0 ? resolve5(cwd, project) : findProjectRoot(cwd);
  return args;
}
async function main(argv, options = {}) {
  const stdout = options.stdout ?? ((t) => void process.stdout.write(t));
  const stderr = options.stderr ?? ((t) => void process.stderr.write(t));
  try {
    const args = parseInstallArgs(argv, options.cwd);
    if (args.help) {
      stdout(args.operation === "uninstall" ? UNINSTALL_USAGE : INSTALL_USAGE);
      return 0;
    }
    const opts = {
      project: args.project,
      scope: args.scope,
      dryRun: args.dryRun,
      force: args.force,
      purge: args.purge,
      ...options.packageRoot !== void 0 ? { packageRoot: options.packageRoot } : {}
    };
    const report2 = args.operation === "install" ? await install(opts) : await uninstall(opts);
    stdout(formatReport(report2));
    if (args.operation === "install" && !args.dryRun && args.doctor) {
      const { runChecks } = await import("./checks-ZN6RLOME.js");
      const { formatChecks } = await import("./format-TTYDQ2VB.js");
      stdout(`
${formatChecks(args.project, await runChecks({ root: args.project, env: options.env ?? process.env }))}
`);
    }
    return 0;
  } catch (e) {
    if (!isCodexCollabError(e)) throw e;
    stderr(`codex-collab: ${e.message}
${e.hint}
`);
    return e.exitCode;
  }
}

export {
  main
};
