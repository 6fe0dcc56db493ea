import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  HOOK_EVENTS,
  desiredHooks,
  findPackageRoot,
  hookBundlePath,
  mergeHooks,
  parseSettingsLike,
  shippedFiles
} from "./chunk-Y3WDDGD3.js";
import {
  CONFIG_RELATIVE_PATH,
  Config
} from "./chunk-UBYVC3JQ.js";
import {
  _enum,
  array,
  boolean,
  findProjectRoot,
  literal,
  object,
  optional,
  parse,
  record,
  safeParse,
  string
} from "./chunk-UPM4JHD7.js";
import {
  InstallError,
  SettingsShapeError,
  UsageError,
  isCodexCollabError
} from "./chunk-CVUZ6IGW.js";

// src/install/main.ts
import { resolve as resolve2 } from "node:path";

// src/install/install.ts
import { existsSync as existsSync2, mkdirSync, readdirSync, rmdirSync, statSync as statSync2 } from "node:fs";
import { homedir } from "node:os";
import { basename as basename2, dirname as dirname2, isAbsolute, join as join3, relative, resolve, sep } from "node:path";

// src/install/gitignore.ts
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

// src/install/fsops.ts
import { randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, constants, existsSync, lstatSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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
    return lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  } catch (e) {
    if (e.code === "ENOENT") return file;
    throw e;
  }
}
function writeAtomic(file, content) {
  const target = resolveTarget(file);
  const temp = join(dirname(target), `.${basename(target)}.codex-collab-tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
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
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}
function backupPath(file, stamp, taken) {
  const base = `${file}.codex-collab-backup-${stamp}`;
  let candidate = base;
  for (let n = 2; existsSync(candidate) || taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}
function writeBackup(file, backup) {
  copyFileSync(file, backup, constants.COPYFILE_EXCL);
}
function removeFile(file) {
  unlinkSync(file);
}

// src/install/manifest.ts
import { createHash } from "node:crypto";
import { join as join2 } from "node:path";
var MANIFEST_NAME = "codex-collab.manifest.json";
var Scope = _enum(["project", "local", "user"]);
var SettingsRecordSchema = object({
  createdFile: boolean(),
  blank: optional(string()),
  createdHooks: boolean(),
  createdEvents: array(string())
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
  gitignore: optional(object({ createdFile: boolean(), appended: string() }))
});
function emptyManifest() {
  return { version: 1, scopes: [], files: {}, createdDirs: [], settings: {} };
}
function manifestPath(claudeDir) {
  return join2(claudeDir, MANIFEST_NAME);
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
    ...m.gitignore !== void 0 ? { gitignore: m.gitignore } : {}
  };
  return JSON.stringify(out, null, 2) + "\n";
}

// src/install/install.ts
function userClaudeDir(home) {
  if (home !== void 0) return join3(home, ".claude");
  const fromEnv = process.env.CLAUDE_CONFIG_DIR;
  return fromEnv ? resolve(fromEnv) : join3(homedir(), ".claude");
}
function settingsFileFor(scope, claudeDir) {
  return join3(claudeDir, scope === "local" ? "settings.local.json" : "settings.json");
}
function defaultConfigText() {
  return JSON.stringify(parse(Config, {}), null, 2) + "\n";
}
function context(opts) {
  const project = resolve(opts.project);
  if (!existsSync2(project) || !statSync2(project).isDirectory()) {
    throw new InstallError(`The project directory ${project} does not exist.`, "Pass an existing directory with --project.");
  }
  const claudeDir = opts.scope === "user" ? userClaudeDir(opts.home) : join3(project, ".claude");
  const manifestFile = manifestPath(claudeDir);
  const manifestText = readIfExists(manifestFile);
  return {
    project,
    scope: opts.scope,
    claudeDir,
    settingsFile: settingsFileFor(opts.scope, claudeDir),
    manifestFile,
    manifest: manifestText === null ? void 0 : parseManifest(manifestFile, manifestText),
    stamp: backupStamp(/* @__PURE__ */ new Date()),
    backups: /* @__PURE__ */ new Set()
  };
}
function backupFor(ctx, file) {
  const b = backupPath(file, ctx.stamp, ctx.backups);
  ctx.backups.add(b);
  return b;
}
function kindOf(rel) {
  return rel.startsWith("agents/") ? "agent" : "command";
}
function missingDirs(ctx, file, planned) {
  const out = [];
  for (let dir = dirname2(file); ; dir = dirname2(dir)) {
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
function requireBundles(packageRoot) {
  for (const event of HOOK_EVENTS) {
    const bundle = hookBundlePath(packageRoot, event);
    if (!existsSync2(bundle)) {
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
  const settingsKey = basename2(ctx.settingsFile);
  const merged = mergeHooks(ctx.settingsFile, settingsText, desiredHooks(packageRoot), previous.settings[settingsKey]);
  next.settings[settingsKey] = merged.record;
  write(steps, ctx, dirs, fileStep(ctx, ctx.settingsFile, "hooks", settingsText, merged.text));
  const shipped = shippedFiles(packageRoot);
  for (const { rel, content } of shipped) {
    const dest = join3(ctx.claudeDir, rel);
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
  if (ctx.scope !== "user") {
    const gitignore = join3(ctx.project, ".gitignore");
    const gitignoreText = readIfExists(gitignore);
    const added = addIgnores(gitignoreText);
    if (added !== null) {
      next.gitignore = added.record;
      steps.push(fileStep(ctx, gitignore, "gitignore", gitignoreText, added.text));
    } else {
      steps.push({ path: gitignore, kind: "gitignore", action: "unchanged" });
    }
    const config = join3(ctx.project, CONFIG_RELATIVE_PATH);
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
function removeOwnedFile(opts, ctx, rel, recorded) {
  const dest = join3(ctx.claudeDir, rel);
  const current = readIfExists(dest);
  if (current === null) return [];
  if (sha256(current) === recorded) return [fileStep(ctx, dest, kindOf(rel), current, null, true)];
  if (opts.force) return [{ ...fileStep(ctx, dest, kindOf(rel), current, null), note: "your changes were removed (--force)" }];
  return [{ path: dest, kind: kindOf(rel), action: "skipped-user-modified", note: "you changed it; kept (--force removes it, with a backup)" }];
}
function planUninstall(opts, ctx, packageRoot) {
  const steps = [];
  const manifest = ctx.manifest;
  const settingsText = readIfExists(ctx.settingsFile);
  const settingsKey = basename2(ctx.settingsFile);
  const merged = mergeHooks(ctx.settingsFile, settingsText, /* @__PURE__ */ new Map(), manifest?.settings[settingsKey]);
  if (settingsText !== null) steps.push(fileStep(ctx, ctx.settingsFile, "hooks", settingsText, merged.text, merged.text === null));
  const scopes = (manifest?.scopes ?? []).filter((s) => s !== ctx.scope);
  if (manifest !== void 0 && scopes.length > 0) {
    const { [settingsKey]: _dropped, ...settings } = manifest.settings;
    const text = renderManifest({ ...manifest, scopes, settings });
    steps.push(fileStep(ctx, ctx.manifestFile, "manifest", readIfExists(ctx.manifestFile), text, true));
    return steps;
  }
  if (manifest !== void 0) {
    for (const [rel, recorded] of Object.entries(manifest.files)) steps.push(...removeOwnedFile(opts, ctx, rel, recorded));
  } else if (packageRoot !== void 0) {
    for (const { rel, content } of shippedFiles(packageRoot)) {
      steps.push(...removeOwnedFile(opts, ctx, rel, sha256(content)));
    }
  }
  if (ctx.scope !== "user") {
    const gitignore = join3(ctx.project, ".gitignore");
    const gitignoreText = readIfExists(gitignore);
    if (manifest?.gitignore !== void 0 && gitignoreText !== null) {
      const rest = removeIgnores(gitignoreText, manifest.gitignore);
      steps.push(fileStep(ctx, gitignore, "gitignore", gitignoreText, rest, rest === null));
    }
    const config = join3(ctx.project, CONFIG_RELATIVE_PATH);
    const configText = readIfExists(config);
    if (configText !== null) {
      const ours = manifest ? manifest.config !== void 0 && sha256(configText) === manifest.config : configText === defaultConfigText();
      steps.push(ours ? fileStep(ctx, config, "config", configText, null, true) : { path: config, kind: "config", action: "unchanged", note: "yours; left as it is" });
    }
  }
  const manifestText = readIfExists(ctx.manifestFile);
  if (manifestText !== null) steps.push(fileStep(ctx, ctx.manifestFile, "manifest", manifestText, null, true));
  const removed = new Set(steps.filter((s) => s.action === "removed").map((s) => s.path));
  const backupDirs = new Set(steps.flatMap((s) => s.backup !== void 0 ? [dirname2(s.backup)] : []));
  const created = (manifest?.createdDirs ?? []).map((d) => resolve(ctx.claudeDir, d));
  for (const dir of created.sort((a, b) => b.length - a.length)) {
    if (!existsSync2(dir) || backupDirs.has(dir)) continue;
    if (readdirSync(dir).every((name) => removed.has(join3(dir, name)))) {
      removed.add(dir);
      steps.push({ path: dir, kind: "directory", action: "removed" });
    }
  }
  return steps;
}
function execute(steps) {
  for (const s of steps) if (s.backup !== void 0) writeBackup(s.path, s.backup);
  for (const s of steps) {
    if (s.kind === "directory") {
      if (s.action === "created") mkdirSync(s.path);
      continue;
    }
    if (s.content !== void 0) writeAtomic(s.path, s.content);
    else if (s.action === "removed") removeFile(s.path);
  }
  for (const s of steps) if (s.kind === "directory" && s.action === "removed") rmdirSync(s.path);
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
  requireBundles(packageRoot);
  const steps = planInstall(opts, ctx, packageRoot);
  if (!opts.dryRun) execute(steps);
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
  if (!opts.dryRun) execute(steps);
  return report("uninstall", opts, ctx, steps);
}
var LABEL = {
  created: "created",
  updated: "updated",
  unchanged: "unchanged",
  "skipped-user-modified": "kept",
  removed: "removed"
};
var WOULD = {
  created: "would create",
  updated: "would update",
  unchanged: "unchanged",
  "skipped-user-modified": "would keep",
  removed: "would remove"
};
function shown(report2, path) {
  const rel = relative(report2.project, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
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
var INSTALL_USAGE_HINT = 'See "codex-collab install --help".';
function parseInstallArgs(argv, cwd = process.cwd()) {
  const args = { operation: "install", project: "", scope: "project", dryRun: false, force: false, help: false, doctor: true };
  let project;
  const rest = [...argv];
  if (rest[0] === "install" || rest[0] === "uninstall") args.operation = rest.shift();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      const v = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : rest[++i];
      if (v === void 0 || v === "") throw new UsageError(`${name} needs a value.`, INSTALL_USAGE_HINT);
      return v;
    };
    switch (name) {
      case "--project":
        project = value();
        break;
      case "--scope": {
        const s = value();
        const parsed = Scope.options.find((o) => o === s);
        if (parsed === void 0) throw new UsageError(`--scope must be project, local or user (got "${s}").`, INSTALL_USAGE_HINT);
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
      case "--help":
      case "-h":
        args.help = true;
        break;
      default:
        throw new UsageError(`Unknown argument "${arg}".`, INSTALL_USAGE_HINT);
    }
  }
  args.project = project !== void 0 ? resolve2(cwd, project) : findProjectRoot(cwd);
  return args;
}
async function main(argv, options = {}) {
  const stdout = options.stdout ?? ((t) => void process.stdout.write(t));
  const stderr = options.stderr ?? ((t) => void process.stderr.write(t));
  try {
    const args = parseInstallArgs(argv, options.cwd);
    if (args.help) {
      stdout(INSTALL_USAGE);
      return 0;
    }
    const opts = {
      project: args.project,
      scope: args.scope,
      dryRun: args.dryRun,
      force: args.force,
      ...options.packageRoot !== void 0 ? { packageRoot: options.packageRoot } : {}
    };
    const report2 = args.operation === "install" ? await install(opts) : await uninstall(opts);
    stdout(formatReport(report2));
    if (args.operation === "install" && !args.dryRun && args.doctor) {
      const { runChecks } = await import("./checks-UBPJDH4L.js");
      const { formatChecks } = await import("./format-ASEBTOIL.js");
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
