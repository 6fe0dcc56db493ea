// The hook entries codex-collab wires into Claude Code settings, and the rule that recognises them later.
import { join } from "node:path";

export const HOOK_EVENTS = ["SessionStart", "UserPromptSubmit", "PostToolUse", "Stop"] as const;
export type HookEvent = (typeof HOOK_EVENTS)[number];

interface HookSpec {
  bundle: string;
  timeout: number;
  matcher?: string;
  /**
   * A second handler in the same group that Claude Code runs in the background (`asyncRewake`): it waits for the
   * review of the edits and wakes Claude with must-fix findings (src/worker/waiter.ts). Its timeout covers the
   * debounce and a whole review; it never holds Claude's foreground.
   */
  wake?: { bundle: string; timeout: number };
}

/** Matches WAKE_HOOK_TIMEOUT_SECONDS in src/worker/waiter.ts (install must not import the worker). */
const WAKE_TIMEOUT_SECONDS = 1800;

const SPECS: Record<HookEvent, HookSpec> = {
  SessionStart: { bundle: "session-start.cjs", timeout: 10 },
  UserPromptSubmit: { bundle: "user-prompt-submit.cjs", timeout: 10 },
  PostToolUse: {
    bundle: "post-tool-use.cjs",
    timeout: 10,
    matcher: "Edit|Write|MultiEdit|NotebookEdit",
    wake: { bundle: "wake.cjs", timeout: WAKE_TIMEOUT_SECONDS },
  },
  // Stop may wait for a running review when review.stopWaitSeconds is set.
  Stop: { bundle: "stop.cjs", timeout: 15 },
};

/**
 * Every command we write runs `env -u NODE_EXTRA_CA_CERTS CODEX_COLLAB_HOOK=1 node …` (the wake hook's behind `nice`). The
 * CODEX_COLLAB_HOOK=1 assignment is the recognition marker: it survives package moves and upgrades (the
 * bundle path changes, the marker does not) and never appears in a hook a user writes by accident.
 */
export const HOOK_MARKER = "CODEX_COLLAB_HOOK=1";
const MARKER_RE = /(?:^|\s)CODEX_COLLAB_HOOK=/;

export function isOurHookCommand(command: string): boolean {
  return MARKER_RE.test(command);
}

/** A hook handler object from settings is ours when it is a command carrying the marker. */
export function isOurHookHandler(handler: unknown): boolean {
  if (typeof handler !== "object" || handler === null) return false;
  const command = (handler as { command?: unknown }).command;
  return typeof command === "string" && isOurHookCommand(command);
}

/** Double-quotes a word for POSIX sh: inside "…" only ", $, ` and \ are special. */
export function shellQuote(word: string): string {
  return `"${word.replace(/["$`\\]/g, "\\$&")}"`;
}

/** The project-relative launcher that project and local scopes install (see src/launcher/main.ts). */
export const LAUNCHER_REL = ".claude/codex-collab/launch.cjs";

export function hookBundlePath(packageRoot: string, event: HookEvent): string {
  return join(packageRoot, "dist", "hooks", SPECS[event].bundle);
}

/**
 * NODE_EXTRA_CA_CERTS is cleared because loading a CA bundle adds ~90 ms to every node start and the
 * hooks make no TLS calls; `env -u` works in GNU, BSD and busybox env.
 */
export function hookCommand(packageRoot: string, event: HookEvent, bundle = SPECS[event].bundle): string {
  return `env -u NODE_EXTRA_CA_CERTS ${HOOK_MARKER} node ${shellQuote(join(packageRoot, "dist", "hooks", bundle))}`;
}

/**
 * The wake hook runs in the background, but Claude Code starts it together with the PostToolUse hook Claude waits
 * for, and two node start-ups at once slow each other: under load PostToolUse measured +134 ms beside it instead of
 * +9 (niced: +22); on a quiet machine +32 (started 0.3 s later: +19, PostToolUse having finished). So it starts a
 * moment later and niced; nothing it does is urgent (the review waits for the debounce anyway), and `claude -p`,
 * where Claude Code waits for it, pays the 0.3 s per edit. The worker it starts inherits the priority, which suits a
 * background reviewer that mostly waits for Codex. `sleep` with a fraction and `nice` are in GNU, BSD and busybox.
 */
export const BACKGROUND = "sleep 0.3; nice -n 10 ";

export interface HookHandler {
  type: "command";
  command: string;
  timeout: number;
  asyncRewake?: true;
}

/**
 * The command shared settings carry: the launcher inside the project, found through CLAUDE_PROJECT_DIR (Claude Code
 * sets it for every hook), so it names no path of the installing machine.
 */
export function launcherHookCommand(bundle: string): string {
  return `env -u NODE_EXTRA_CA_CERTS ${HOOK_MARKER} node "$CLAUDE_PROJECT_DIR/${LAUNCHER_REL}" hook ${bundle.replace(/\.cjs$/, "")}`;
}

/** Where the hooks run from: a package's bundles by absolute path (user scope), or the project's launcher. */
export type HookTarget = { packageRoot: string } | "launcher";

export interface HookGroup {
  matcher?: string;
  hooks: HookHandler[];
}

export function hookGroup(target: string | HookTarget, event: HookEvent): HookGroup {
  const spec = SPECS[event];
  const packageRoot = target === "launcher" ? undefined : typeof target === "string" ? target : target.packageRoot;
  const command = (bundle: string) => (packageRoot === undefined ? launcherHookCommand(bundle) : hookCommand(packageRoot, event, bundle));
  const hooks: HookHandler[] = [{ type: "command", command: command(spec.bundle), timeout: spec.timeout }];
  if (spec.wake) hooks.push({ type: "command", command: `${BACKGROUND}${command(spec.wake.bundle)}`, timeout: spec.wake.timeout, asyncRewake: true });
  return spec.matcher === undefined ? { hooks } : { matcher: spec.matcher, hooks };
}

export function desiredHooks(target: string | HookTarget): Map<HookEvent, HookGroup> {
  return new Map(HOOK_EVENTS.map((e) => [e, hookGroup(target, e)]));
}
