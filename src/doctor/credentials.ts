// Does codex have credentials? The knowledge doctor's login check and the pre-spawn check share: a custom model
// provider is judged by config.toml (its env_key set or not; `codex login status` knows nothing of it), the built-in
// OpenAI provider by the key variables and CODEX_HOME/auth.json — files only, no process. Only when none of those
// answers is `codex login status` asked (it also knows the OS keyring).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CodexAuthError } from "../errors.js";
import { codexHome, readActiveProvider } from "./codex-config.js";
import { meaningfulLines, probe } from "./probe.js";

/** Environment variables codex reads credentials from for its built-in OpenAI provider. */
export const AUTH_ENV = ["CODEX_API_KEY", "OPENAI_API_KEY", "CODEX_ACCESS_TOKEN"] as const;
export const LOGIN_FIX = "codex login  # or, with an API key: printenv OPENAI_API_KEY | codex login --with-api-key";

export interface ProviderVerdict {
  ok: boolean;
  message: string;
  fix?: string;
}

/** The verdict for a custom (non-OpenAI) provider from config.toml; undefined when the OpenAI login applies. */
export function customProviderVerdict(env: NodeJS.ProcessEnv): ProviderVerdict | undefined {
  const configured = readActiveProvider(env);
  const provider = configured?.provider;
  if (!provider || provider.id === "openai" || provider.requiresOpenaiAuth === true) return undefined;
  const via = `model provider "${provider.id}" (${provider.source === "config" ? "" : `${provider.source} in `}${configured.file})`;
  if (provider.local) return { ok: true, message: `${via}: a local provider, no login needed` };
  if (!provider.defined) {
    return { ok: false, message: `config.toml selects ${via}, which is not defined there.`, fix: `Add a [model_providers.${provider.id}] table to ${configured.file}, or remove model_provider` };
  }
  if (provider.envKey === undefined) return { ok: true, message: `${via}: no env_key, no login needed` };
  if (env[provider.envKey]) return { ok: true, message: `${via}: its key comes from $${provider.envKey}, which is set` };
  return { ok: false, message: `${via} reads its key from $${provider.envKey}, which is not set.`, fix: `export ${provider.envKey}=<your key>` };
}

/**
 * Before spawning codex: the CodexAuthError (carrying doctor's fix) when codex certainly has no credentials, else
 * null. Never a false alarm: whatever cannot be decided (a keyring, a probe that fails or times out) lets codex try.
 */
export async function missingCredentials(env: NodeJS.ProcessEnv, bin: string, timeoutMs = 5_000): Promise<CodexAuthError | null> {
  const custom = customProviderVerdict(env);
  if (custom) return custom.ok ? null : new CodexAuthError(custom.message, custom.fix);
  if (AUTH_ENV.some((k) => env[k])) return null;
  if (existsSync(join(codexHome(env), "auth.json"))) return null;
  const r = await probe(bin, ["login", "status"], { env, timeoutMs });
  if (r.exitCode !== 1) return null;
  const notLoggedIn = meaningfulLines(`${r.stdout}\n${r.stderr}`).some((l) => /not logged in/i.test(l));
  return notLoggedIn ? new CodexAuthError("Codex is not logged in (codex login status).", LOGIN_FIX) : null;
}
