// A throw-away CODEX_HOME whose config.toml points the real codex binary at a local Responses server.
// Provider settings live in config.toml (not in -c flags) so product code runs codex exactly as it would
// for a user; tests only pass `env`. Never touches the user's ~/.codex.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The real codex CLI pinned in devDependencies (a node shim that spawns the native binary). */
export const REAL_CODEX_BIN = fileURLToPath(new URL("../../node_modules/.bin/codex", import.meta.url));

export interface CodexHome {
  home: string;
  /** Environment for the codex process: CODEX_HOME and the provider's dummy key. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export interface CodexHomeOptions {
  /** `request_max_retries`: silent HTTP retries with backoff after a 5xx/401 (codex default 4). 0 keeps failures fast. */
  requestMaxRetries?: number;
  /** `stream_max_retries`: the "Reconnecting... n/N" error events before turn.failed (codex default 5). */
  streamMaxRetries?: number;
  /** Codex's own stream idle timeout; large by default so the runner's watchdog is what fires in tests. */
  streamIdleTimeoutMs?: number;
  /** Extra TOML appended verbatim. */
  extraToml?: string;
}

export async function makeCodexHome(serverUrl: string, opts: CodexHomeOptions = {}): Promise<CodexHome> {
  const home = await mkdtemp(join(tmpdir(), "cc-codex-home-"));
  const toml = [
    `model = "mock-model"`,
    `model_provider = "mock"`,
    `check_for_update_on_startup = false`,
    ``,
    `[analytics]`,
    `enabled = false`,
    ``,
    `[features]`,
    `plugins = false`,
    ``,
    `[model_providers.mock]`,
    `name = "Mock"`,
    `base_url = ${JSON.stringify(serverUrl)}`,
    `wire_api = "responses"`,
    `env_key = "MOCK_API_KEY"`,
    `request_max_retries = ${opts.requestMaxRetries ?? 0}`,
    `stream_max_retries = ${opts.streamMaxRetries ?? 1}`,
    `stream_idle_timeout_ms = ${opts.streamIdleTimeoutMs ?? 300_000}`,
    ``,
    opts.extraToml ?? "",
  ].join("\n");
  await writeFile(join(home, "config.toml"), toml);
  // Codex snapshots the user's login shell at start (`bash -lc`, in a session of its own that can outlive codex).
  // An empty HOME keeps that snapshot from running this machine's shell start-up files (pyenv rehash and the
  // like, seconds on a loaded machine), so test runs stay fast and leave no stragglers behind.
  const userHome = join(home, "user-home");
  await mkdir(userHome);
  return {
    home,
    env: { CODEX_HOME: home, MOCK_API_KEY: "dummy", HOME: userHome },
    cleanup: () => rm(home, { recursive: true, force: true }),
  };
}
