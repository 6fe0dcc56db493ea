// Shared plumbing for every hook entry. The failure policy lives here: a hook fails OPEN — any internal error
// exits 0 with at most one short systemMessage; details go to the project's hook log; stdout carries only JSON.
import { readSync, writeSync } from "node:fs";
import { join } from "node:path";
import { endStaleRuns } from "../codex/registry.js";
import { findProjectRoot, stateDir } from "../project.js";
import { appendLog } from "../state/log.js";
import { isoTime } from "../time.js";
import { parseHookInput, type HookEvent, type HookOutput, type InputOf } from "./schema.js";

/** Prompts and tool payloads can be large; past this we stop reading rather than hold the user up. */
const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export function readStdinSync(): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A non-blocking stdin (some terminals, pipes opened O_NONBLOCK) says EAGAIN: wait briefly and retry.
      if (code === "EAGAIN") {
        pause();
        continue;
      }
      if (code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    if (total > MAX_INPUT_BYTES) break;
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function hookLog(root: string, message: string): void {
  appendLog(join(stateDir(root), "hooks.log"), `${isoTime()} ${message}`);
}

/** Waits briefly on a non-blocking descriptor that has no data or room yet. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
}

/**
 * Writes straight to descriptor 1: the first touch of process.stdout loads Node's stream machinery, ~3 ms of
 * every hook's start-up. Loops over partial writes, and waits on EAGAIN like readStdinSync.
 */
export function emit(output: HookOutput | null): void {
  if (!output) return;
  const bytes = Buffer.from(JSON.stringify(output), "utf8");
  for (let off = 0; off < bytes.length; ) {
    try {
      off += writeSync(1, bytes, off, bytes.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      pause();
    }
  }
}

/** A codex whose owner was killed gets SIGTERM (SIGKILL after the grace) from the next hook: one readdir when none. */
function endOrphans(root: string): void {
  try {
    endStaleRuns(root);
  } catch (e) {
    hookLog(root, `ending orphaned codex runs: ${(e as Error)?.message ?? String(e)}`);
  }
}

/**
 * Every wait of a hook (the state lock, however often it is asked for) ends this long after the hook started: well
 * under the 10 s Claude Code gives it, whatever the lock does. A write that cannot get the lock by then is journaled.
 */
export const HOOK_DEADLINE_MS = 2_000;

export interface HookContext<E extends HookEvent> {
  /** When the hook body started (ms since the epoch); deadlines count from here. */
  started?: number;
  input: InputOf<E>;
  root: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Runs a hook body with the fail-open policy. The body returns the output to print (or null for none).
 * Malformed input, a wrong event or a thrown error all end in exit code 0.
 */
export function runHook<E extends HookEvent>(event: E, body: (ctx: HookContext<E>) => HookOutput | null): void {
  const started = Date.now();
  const env = process.env;
  let root = env.CLAUDE_PROJECT_DIR || process.cwd();
  let output: HookOutput | null;
  try {
    try {
      if (env.CODEX_COLLAB_DISABLE === "1") return;
      const text = readStdinSync();
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        hookLog(findProjectRoot(root), `${event}: stdin was not JSON (${text.length} bytes); ignored`);
        return;
      }
      const input = parseHookInput(raw);
      if (input === null || input.hook_event_name !== event) {
        hookLog(findProjectRoot(root), `${event}: unexpected input shape; ignored`);
        return;
      }
      root = findProjectRoot(env.CLAUDE_PROJECT_DIR || input.cwd || process.cwd());
      output = body({ started, input: input as InputOf<E>, root, env });
    } catch (e) {
      hookLog(findProjectRoot(root), `${event}: internal error: ${(e as Error)?.stack ?? String(e)}`);
      output = { systemMessage: `codex-collab: ${event} hook skipped (internal error; see .codex-collab.d/hooks.log)` };
    }
    try {
      emit(output);
    } catch (e) {
      // Nobody is reading (Claude went away): nothing left to tell.
      hookLog(findProjectRoot(root), `${event}: could not write the output: ${(e as Error)?.message ?? String(e)}`);
    }
    // After the output: Claude is not kept waiting for it (one readdir when nothing is left over).
    endOrphans(root);
  } finally {
    process.exitCode = 0;
  }
}
