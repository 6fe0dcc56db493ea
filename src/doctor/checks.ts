// `codex-collab doctor`: one function per check, each returning what is wrong and the exact command (or edit)
// that fixes it. Every check only reads: doctor never moves, rewrites or locks anything, and every subprocess it
// starts has a deadline (probe.ts), so it answers within seconds whatever state the machine is in.
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import * as z from "zod/mini";
import { CODEX_BIN_ENV, findOnPath, resolveCodexBin } from "../codex/bin.js";
import { describeRefused, loadConfigReport, localConfigPath, userConfigPath, type ConfigReport } from "../config/load.js";
import { ConfigError, isCodexCollabError } from "../errors.js";
import { HOOK_EVENTS } from "../install/hooks.js";
import type { Scope } from "../install/manifest.js";
import { stateFilePath } from "../project.js";
import { pendingWithJournal } from "../worker/journal.js";
import { workerAlive } from "../worker/schedule.js";
import { emptyState, STATE_VERSION, StateFile } from "../state/schema.js";
import { AUTH_ENV, customProviderVerdict, LOGIN_FIX } from "./credentials.js";
import { checkStateCommitted, gitStateEntries } from "./state-committed.js";
import { checkStatePaths } from "./state-paths.js";
import { readPrivate, UnsafePathError } from "../state/safe-fs.js";
import { oneLine } from "../text.js";
import { meaningfulLines, probe, PROBE_TIMEOUT_MS } from "./probe.js";
import { shArg } from "./shell.js";

export { shArg };
import { pluginInstallPaths, pluginRuntimeFiles, scanSettings, settingsLocations, userClaudeDirOf, type SettingsScan } from "./wiring.js";

export type Level = "ok" | "warn" | "error";

export interface CheckResult {
  id: string;
  ok: boolean;
  level: Level;
  message: string;
  /** The exact command or edit that fixes it. */
  fix?: string;
}

export interface DoctorContext {
  /** Project root (the git top level). */
  root: string;
  env: NodeJS.ProcessEnv;
  /** Deadline for each subprocess (default 5 s). */
  timeoutMs?: number;
  now?: Date;
}

export const MIN_NODE_MAJOR = 20;
/** The codex release the test suite runs against (package.json devDependencies; a test keeps them equal). */
export const TESTED_CODEX_VERSION = "0.169.0";
export const CODEX_INSTALL_COMMAND = "npm install -g @openai/codex";

function result(id: string, level: Level, message: string, fix?: string): CheckResult {
  return { id, ok: level !== "error", level, message, ...(fix !== undefined ? { fix } : {}) };
}


function installCommand(root: string, scope: Scope): string {
  return scope === "user" ? "codex-collab install --scope user" : `codex-collab install --project ${shArg(root)}${scope === "local" ? " --scope local" : ""}`;
}

function majorOf(version: string): number {
  return Number(/^v?(\d+)/.exec(version)?.[1] ?? NaN);
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.+-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Number.isNaN(d) ? 0 : d;
  }
  return 0;
}

const NODE_FIX = `Install Node.js ${MIN_NODE_MAJOR} or newer (https://nodejs.org, or: nvm install ${MIN_NODE_MAJOR})`;

/** This process's Node, and the `node` on PATH that Claude Code will run the hooks with when it differs. */
export async function checkNode(ctx: DoctorContext): Promise<CheckResult> {
  const own = process.versions.node;
  if (majorOf(own) < MIN_NODE_MAJOR) return result("node", "error", `Node.js ${own} is too old (codex-collab needs ${MIN_NODE_MAJOR} or newer).`, NODE_FIX);
  const onPath = findOnPath("node", ctx.env);
  if (onPath === null) {
    return result("node", "warn", `Node.js ${own}, but there is no \`node\` on PATH: the hooks run \`node …\` and would fail.`, "Put the directory of a Node.js 20+ `node` on the PATH that Claude Code starts with");
  }
  let same = false;
  try {
    same = realpathSync(onPath) === realpathSync(process.execPath);
  } catch {
    // Unresolvable: ask it for its version below.
  }
  if (same) return result("node", "ok", `Node.js ${own} (${onPath})`);
  const r = await probe(onPath, ["--version"], { env: ctx.env, timeoutMs: ctx.timeoutMs });
  const theirs = r.stdout.trim();
  if (r.exitCode !== 0 || !/^v\d/.test(theirs)) return result("node", "warn", `Node.js ${own}, but \`${onPath} --version\` did not answer (${describeFailure(r)}).`, NODE_FIX);
  if (majorOf(theirs) < MIN_NODE_MAJOR) return result("node", "error", `The \`node\` on PATH (${onPath}) is ${theirs}; the hooks run with it and need ${MIN_NODE_MAJOR} or newer.`, NODE_FIX);
  return result("node", "ok", `Node.js ${own}; hooks use ${onPath} (${theirs})`);
}

function describeFailure(r: { exitCode: number | null; stderr: string; timedOut: boolean; spawnError?: string }): string {
  if (r.timedOut) return `no answer within ${PROBE_TIMEOUT_MS / 1000} s`;
  if (r.spawnError) return r.spawnError;
  const tail = meaningfulLines(r.stderr).slice(-2).join(" ");
  return `exit ${r.exitCode}${tail ? `: ${oneLine(tail).slice(0, 200)}` : ""}`;
}

export interface CodexBinCheck {
  result: CheckResult;
  /** The resolved executable, when found. */
  bin?: string;
}

export function checkCodexBin(ctx: DoctorContext): CodexBinCheck {
  const configured = ctx.env[CODEX_BIN_ENV]?.trim();
  try {
    const bin = resolveCodexBin(ctx.env);
    return { bin, result: result("codex", "ok", `codex: ${bin}${configured ? ` (from ${CODEX_BIN_ENV})` : ""}`) };
  } catch (e) {
    if (!isCodexCollabError(e)) throw e;
    if (configured) {
      return {
        result: result(
          "codex",
          "error",
          `${CODEX_BIN_ENV}=${configured} is not an executable codex.`,
          `unset ${CODEX_BIN_ENV}  # or set it to the full path of an executable codex; to install one: ${CODEX_INSTALL_COMMAND}`,
        ),
      };
    }
    return {
      result: result(
        "codex",
        "error",
        `The Codex CLI was not found on PATH (set ${CODEX_BIN_ENV} to its path if it is installed elsewhere).`,
        `${CODEX_INSTALL_COMMAND}  # or: export ${CODEX_BIN_ENV}=/path/to/codex`,
      ),
    };
  }
}

export async function checkCodexVersion(ctx: DoctorContext, bin: string): Promise<CheckResult> {
  const r = await probe(bin, ["--version"], { env: ctx.env, timeoutMs: ctx.timeoutMs });
  const version = /(\d+\.\d+\.\d+\S*)/.exec(r.stdout)?.[1];
  if (r.exitCode !== 0 || version === undefined) {
    return result("codex-version", "error", `\`codex --version\` failed (${describeFailure(r)}): the installation looks broken.`, CODEX_INSTALL_COMMAND);
  }
  if (compareVersions(version, TESTED_CODEX_VERSION) < 0) {
    return result("codex-version", "warn", `codex ${version} is older than ${TESTED_CODEX_VERSION}, the release codex-collab is tested with.`, `${CODEX_INSTALL_COMMAND}@latest`);
  }
  return result("codex-version", "ok", `codex ${version}`);
}

/** The flags codex-collab passes: new turns use all four; resumed turns pin the sandbox with -c. */
export const EXEC_FLAGS = ["--json", "--sandbox", "--output-schema", "--skip-git-repo-check"] as const;

function mentions(help: string, flag: string): boolean {
  return new RegExp(`(^|[\\s,])${flag}(?![\\w-])`, "m").test(help);
}

export async function checkCodexFlags(ctx: DoctorContext, bin: string): Promise<CheckResult> {
  const [exec, resume] = await Promise.all([
    probe(bin, ["exec", "--help"], { env: ctx.env, timeoutMs: ctx.timeoutMs }),
    probe(bin, ["exec", "resume", "--help"], { env: ctx.env, timeoutMs: ctx.timeoutMs }),
  ]);
  const fix = `${CODEX_INSTALL_COMMAND}@latest`;
  if (exec.exitCode !== 0) return result("codex-flags", "error", `\`codex exec --help\` failed (${describeFailure(exec)}).`, fix);
  const missing: string[] = EXEC_FLAGS.filter((f) => !mentions(exec.stdout, f));
  if (resume.exitCode !== 0) return result("codex-flags", "error", `\`codex exec resume\` is not available (${describeFailure(resume)}); sessions cannot continue.`, fix);
  if (!mentions(resume.stdout, "-c") && !mentions(resume.stdout, "--config")) missing.push("exec resume -c/--config");
  if (missing.length > 0) return result("codex-flags", "error", `This codex lacks flags codex-collab relies on: ${missing.join(", ")}.`, fix);
  return result("codex-flags", "ok", `codex exec supports ${EXEC_FLAGS.join(", ")}; exec resume supports -c`);
}


/**
 * Login state. `codex login status` exits 0 with "Logged in using …" / "API key configured - sk-…" (on stderr)
 * and 1 with "Not logged in" (0.169.0). It knows nothing about a custom model provider whose key comes from an
 * env_key variable, so config.toml decides that case. Output is never echoed: it can hold a key's fragments.
 */
export async function checkCodexLogin(ctx: DoctorContext, bin: string): Promise<CheckResult> {
  const custom = customProviderVerdict(ctx.env);
  if (custom) return result("codex-login", custom.ok ? "ok" : "error", custom.message, custom.fix);

  const r = await probe(bin, ["login", "status"], { env: ctx.env, timeoutMs: ctx.timeoutMs });
  const said = meaningfulLines(`${r.stdout}\n${r.stderr}`);
  if (r.exitCode === 0) {
    // "API key configured - sk-proj-***abcd": keep only the part before the masked key.
    const how = (said.find((l) => /logged in|configured/i.test(l)) ?? "logged in").replace(/\s+-\s+\S.*$/, "");
    return result("codex-login", "ok", how);
  }
  if (r.timedOut || r.spawnError) return result("codex-login", "warn", `Could not ask codex for its login state (${describeFailure(r)}).`, "codex login status");
  const fromEnv = AUTH_ENV.find((k) => ctx.env[k]);
  if (fromEnv) return result("codex-login", "ok", `No stored login, but $${fromEnv} is set; codex uses it`);
  const notLoggedIn = said.some((l) => /not logged in/i.test(l));
  return result("codex-login", "error", notLoggedIn ? "Codex is not logged in." : `\`codex login status\` failed (${describeFailure(r)}).`, LOGIN_FIX);
}

function shownPath(root: string, file: string): string {
  return file.startsWith(root + sep) ? file.slice(root.length + 1) : file;
}

export async function checkHooks(ctx: DoctorContext): Promise<CheckResult> {
  const scans: SettingsScan[] = settingsLocations(ctx.root, ctx.env).map(({ scope, file }) => scanSettings(scope, file, ctx.root, ctx.env));
  const broken = scans.find((s) => s.error !== undefined);
  if (broken) return result("hooks", "error", `${broken.error} — Claude Code cannot read it either.`, `Fix the JSON in ${broken.file}`);

  const wired = scans.filter((s) => s.hooks.length > 0);
  const pluginIds = [...new Set(scans.flatMap((s) => s.plugins))];
  const plugin = pluginIds.length > 0 ? await pluginRoute(ctx, pluginIds[0]!) : undefined;

  if (wired.length === 0) {
    if (plugin) return plugin;
    return result(
      "hooks",
      "warn",
      "The hooks are not wired (no codex-collab entries in the project, local or user Claude Code settings, and no enabled codex-collab plugin): task classification, automatic reviews and the Stop gate are off.",
      installCommand(ctx.root, "project"),
    );
  }

  for (const s of wired) {
    const bad = s.hooks.find((h) => !h.bundleExists);
    if (bad) {
      if (bad.problem !== undefined) return result("hooks", "error", `${shownPath(ctx.root, s.file)}: the ${bad.event} hook cannot run: ${bad.problem}.`, installCommand(ctx.root, s.scope));
      const what = bad.bundle === null ? `a ${bad.event} hook command we do not recognise (${bad.command})` : `${bad.bundle}, which does not exist (package moved or removed)`;
      return result("hooks", "error", `${shownPath(ctx.root, s.file)}: the ${bad.event} hook runs ${what}.`, installCommand(ctx.root, s.scope));
    }
  }
  for (const s of wired) {
    const events = new Set(s.hooks.map((h) => h.event));
    const missing = HOOK_EVENTS.filter((e) => !events.has(e));
    if (missing.length > 0) return result("hooks", "warn", `${shownPath(ctx.root, s.file)} wires only ${[...events].join(", ")}; missing ${missing.join(", ")}.`, installCommand(ctx.root, s.scope));
  }

  const where = wired.map((s) => `${shownPath(ctx.root, s.file)} (${s.scope})`).join(" and ");
  const bundleDirs = [...new Set(wired.flatMap((s) => s.hooks.map((h) => dirname(h.bundle ?? ""))))];
  if (wired.length > 1) {
    const extra = wired[wired.length - 1]!;
    return result("hooks", "warn", `The hooks are wired twice, in ${where}: every hook runs twice.`, `codex-collab uninstall ${extra.scope === "user" ? "--scope user" : `--project ${shArg(ctx.root)} --scope ${extra.scope}`}`);
  }
  if (plugin) {
    return result(
      "hooks",
      "warn",
      `The hooks are wired in ${where} and by the enabled plugin ${pluginIds[0]}: every hook runs twice.`,
      `claude plugin disable ${pluginIds[0]}  # or: codex-collab uninstall ${wired[0]!.scope === "user" ? "--scope user" : `--project ${shArg(ctx.root)} --scope ${wired[0]!.scope}`}`,
    );
  }
  return result("hooks", "ok", `wired in ${where}; bundles in ${bundleDirs.join(", ")}`);
}

/** The plugin route: the installed plugin holds its built hooks and CLI (committed in plugin/, nothing to build). */
async function pluginRoute(ctx: DoctorContext, pluginId: string): Promise<CheckResult> {
  const reinstall = `claude plugin uninstall ${pluginId} && claude plugin install ${pluginId}`;
  const roots = pluginInstallPaths(userClaudeDirOf(ctx.env), pluginId);
  const pluginRoot = roots.find((r) => readable(join(r, "hooks", "hooks.json")));
  if (pluginRoot === undefined) {
    return result("hooks", "error", `The plugin ${pluginId} is enabled, but its files (hooks/hooks.json) were not found${roots.length ? ` in ${roots.join(", ")}` : ""}.`, reinstall);
  }
  const missing = pluginRuntimeFiles().filter((rel) => !readable(join(pluginRoot, rel)));
  if (missing.length > 0) {
    return result("hooks", "error", `The plugin ${pluginId} (${pluginRoot}) lacks ${missing.join(", ")}: its hooks and commands cannot run.`, reinstall);
  }
  return result("hooks", "ok", `wired by the plugin ${pluginId} (${pluginRoot})`);
}

function readable(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

type StateRead = { ok: true; state: StateFile | null } | { ok: false; level: Level; message: string; fix: string };

/** Reads the state file without the store: the store would move a corrupt file aside, doctor only reports. */
export function readStateReadOnly(root: string): StateRead {
  const path = stateFilePath(root);
  let text: string | null;
  try {
    // Never through a link: its target's text would end up in this report (state-paths reports the link).
    text = readPrivate(path);
  } catch (e) {
    if (e instanceof UnsafePathError) return { ok: false, level: "error", message: e.message, fix: `rm ${shArg(path)}  # removes only the link` };
    return { ok: false, level: "error", message: `Cannot read ${path}: ${(e as Error).message}`, fix: `chmod u+rw ${shArg(path)}` };
  }
  if (text === null) return { ok: true, state: null };
  const corrupt = (why: string): StateRead => ({
    ok: false,
    level: "error",
    message: `${path} is unusable (${why}). The next hook or command will move it aside and start a fresh state.`,
    fix: `mv ${shArg(path)} ${shArg(`${path}.corrupt-manual`)}  # keeps a copy; sessions and reviews recorded there are dropped`,
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return corrupt(`not valid JSON: ${oneLine((e as Error).message)}`);
  }
  const version = typeof raw === "object" && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === "number" && version > STATE_VERSION) {
    return {
      ok: false,
      level: "error",
      message: `${path} was written by a newer codex-collab (state version ${version}; this one understands ${STATE_VERSION}).`,
      fix: "Install a newer codex-collab (README → Install: npm pack, then npm install -g ./codex-collab-<version>.tgz; or update the plugin)",
    };
  }
  const parsed = z.safeParse(StateFile, raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return corrupt(`invalid content: ${first ? `${first.path.map(String).join(".") || "(root)"}: ${first.message}` : "schema mismatch"}`);
  }
  return { ok: true, state: parsed.data };
}

export function checkState(ctx: DoctorContext, read: StateRead = readStateReadOnly(ctx.root)): CheckResult {
  if (!read.ok) return result("state", read.level, read.message, read.fix);
  const path = stateFilePath(ctx.root);
  const moved = corruptCopies(path);
  const note = moved.length > 0 ? `; ${moved.length} earlier unusable cop${moved.length === 1 ? "y was" : "ies were"} moved aside (${moved.slice(-1)[0]})` : "";
  if (read.state === null) return result("state", "ok", `no state file yet (${basename(path)} is created on first use)${note}`);
  const s = read.state;
  return result("state", "ok", `${basename(path)}: version ${s.version}, ${Object.keys(s.sessions).length} sessions, ${s.reviews.length} reviews, ${s.pendingEdits.length} pending edits${note}`);
}

function corruptCopies(path: string): string[] {
  try {
    const prefix = `${basename(path)}.corrupt-`;
    return readdirSync(dirname(path))
      .filter((n) => n.startsWith(prefix))
      .sort();
  } catch {
    return [];
  }
}

export function checkConfig(ctx: DoctorContext): CheckResult {
  let report: ConfigReport;
  try {
    report = loadConfigReport(ctx.root, ctx.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return result("config", "error", e.message, `Fix ${e.file} (or delete it to use the defaults)`);
  }
  const refused = describeRefused(ctx.root, report, ctx.env);
  if (refused.length > 0) {
    return result("config", "warn", `A repository file tried to loosen safety and was overruled: ${refused.join(" ")}`, `Only if you trust this repository: put those keys in ${localConfigPath(ctx.root)} (untracked) or ${userConfigPath(ctx.env)}`);
  }
  const files = Object.entries(report.files).map(([scope, file]) => `${shownPath(ctx.root, file)} (${scope})`);
  return result("config", "ok", files.length > 0 ? `${files.join(", ")} valid` : "no codex-collab config files; defaults apply");
}

/** Edits waiting for review while no worker is alive stay unreviewed until the next prompt restarts one. */
export function checkWorker(ctx: DoctorContext, state: StateFile | null): CheckResult {
  const now = ctx.now ?? new Date();
  // Edits the hooks recorded since the worker last drained are still in the journal.
  const pending = pendingWithJournal(state ?? emptyState(), ctx.root).length;
  const worker = state?.worker ?? null;
  const alive = workerAlive(worker, now);
  if (alive) return result("worker", "ok", `review worker running (pid ${worker!.pid}), ${pending} pending edit${pending === 1 ? "" : "s"}`);
  const running = state?.reviews.filter((r) => r.status === "running").length ?? 0;
  if (pending === 0 && running === 0) return result("worker", "ok", "no pending edits, no review worker needed");
  const dead = worker ? `the review worker (pid ${worker.pid}, last heartbeat ${worker.heartbeatAt}) is gone` : "no review worker is running";
  const parts = [pending > 0 ? `${pending} edit${pending === 1 ? "" : "s"} wait for review` : "", running > 0 ? `${running} review${running === 1 ? "" : "s"} marked running` : ""].filter(Boolean);
  return result("worker", "warn", `${parts.join(" and ")}, but ${dead}.`, `codex-collab review-worker --project ${shArg(ctx.root)}`);
}

/** Every check, in display order. The codex version, flags and login checks are left out when codex is missing. */
export async function runChecks(ctx: DoctorContext): Promise<CheckResult[]> {
  const codex = checkCodexBin(ctx);
  const [node, codexDetails, hooks] = await Promise.all([
    checkNode(ctx),
    codex.bin === undefined ? Promise.resolve([]) : Promise.all([checkCodexVersion(ctx, codex.bin), checkCodexFlags(ctx, codex.bin), checkCodexLogin(ctx, codex.bin)]),
    checkHooks(ctx),
  ]);
  const entries = gitStateEntries(ctx.root);
  // The repository's committed state is not ours: its sessions and worker are not reported as if they were.
  const read: StateRead = entries?.state ? { ok: true, state: null } : readStateReadOnly(ctx.root);
  const results = [node, codex.result, ...codexDetails, hooks, checkConfig(ctx), checkStatePaths(ctx.root), checkStateCommitted(ctx.root, entries), checkState(ctx, read)];
  if (read.ok) results.push(checkWorker(ctx, read.state));
  return results;
}

export function exitCodeFor(results: readonly CheckResult[]): number {
  return results.some((r) => r.level === "error") ? 1 : 0;
}
