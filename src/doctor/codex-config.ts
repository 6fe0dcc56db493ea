// The few keys of codex's config.toml that decide how it authenticates: the active model provider (directly or
// through `profile`) and that provider's env_key / requires_openai_auth. `codex login status` only knows about
// stored OpenAI credentials, so a custom provider with an API key in the environment needs this second look.
// Not a TOML parser: single-line `key = value` pairs, [tables] and one-level inline tables are enough here.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";

/** Providers built into codex that talk to a local server and need no credentials. */
const LOCAL_PROVIDERS = new Set(["oss", "ollama", "lmstudio"]);

export interface ProviderInfo {
  /** "openai" when config.toml names none. */
  id: string;
  /** Where the choice came from: "default", "config" or `profile <name>`. */
  source: string;
  /** The provider's table exists in config.toml. */
  defined: boolean;
  envKey?: string;
  requiresOpenaiAuth?: boolean;
  local: boolean;
}

export function codexHome(env: NodeJS.ProcessEnv): string {
  return env.CODEX_HOME ? resolve(env.CODEX_HOME) : join(env.HOME || homedir(), ".codex");
}

type Scalar = string | boolean | number;

function splitKey(key: string): string[] {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < key.length && (m = re.exec(key)) !== null) parts.push(m[1] !== undefined ? unescape(m[1]) : (m[2] ?? m[3] ?? ""));
  return parts;
}

function unescape(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}

/** The scalar at the start of `text`; undefined for arrays, tables, dates and multi-line strings. */
function readValue(text: string): Scalar | undefined {
  const t = text.trim();
  let m = /^"((?:[^"\\]|\\.)*)"/.exec(t);
  if (m) return unescape(m[1] ?? "");
  m = /^'([^']*)'/.exec(t);
  if (m) return m[1] ?? "";
  m = /^(true|false)\b/.exec(t);
  if (m) return m[1] === "true";
  m = /^[+-]?\d+(?:\.\d+)?\b/.exec(t);
  if (m) return Number(m[0]);
  return undefined;
}

/** Splits `a = 1, b = "x, y"` at top-level commas. */
function splitInline(body: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote: string | null = null;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      if (c === "\\" && quote === '"') {
        cur += c + (body[++i] ?? "");
        continue;
      }
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ",") {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** Flat map of dotted key paths (joined with "\0") to scalar values. */
export function readTomlScalars(text: string): Map<string, Scalar> {
  const out = new Map<string, Scalar>();
  let table: string[] | null = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("[[")) {
      table = null;
      continue;
    }
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      table = splitKey(header[1] ?? "");
      continue;
    }
    if (table === null) continue;
    const eq = /^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\s-])+?)\s*=\s*(.*)$/.exec(line);
    if (!eq) continue;
    const key = [...table, ...splitKey(eq[1] ?? "")];
    const rest = (eq[2] ?? "").trim();
    const inline = /^\{(.*)\}/.exec(rest);
    if (inline) {
      for (const pair of splitInline(inline[1] ?? "")) {
        const m = /^\s*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-])+)\s*=\s*(.*)$/.exec(pair);
        const value = m ? readValue(m[2] ?? "") : undefined;
        if (m && value !== undefined) out.set([...key, ...splitKey(m[1] ?? "")].join("\0"), value);
      }
      continue;
    }
    const value = readValue(rest);
    if (value !== undefined) out.set(key.join("\0"), value);
  }
  return out;
}

export function activeProvider(tomlText: string): ProviderInfo {
  const v = readTomlScalars(tomlText);
  const str = (...key: string[]): string | undefined => {
    const x = v.get(key.join("\0"));
    return typeof x === "string" ? x : undefined;
  };
  const profile = str("profile");
  const fromProfile = profile !== undefined ? str("profiles", profile, "model_provider") : undefined;
  const fromConfig = str("model_provider");
  const id = fromProfile ?? fromConfig ?? "openai";
  const source = fromProfile !== undefined ? `profile ${profile}` : fromConfig !== undefined ? "config" : "default";
  const prefix = `model_providers\0${id}\0`;
  const defined = [...v.keys()].some((k) => k.startsWith(prefix));
  const envKey = str("model_providers", id, "env_key");
  const requires = v.get(`${prefix}requires_openai_auth`);
  return {
    id,
    source,
    defined,
    ...(envKey !== undefined ? { envKey } : {}),
    ...(typeof requires === "boolean" ? { requiresOpenaiAuth: requires } : {}),
    local: LOCAL_PROVIDERS.has(id),
  };
}

/** The active provider per `$CODEX_HOME/config.toml`; null when the file is missing or unreadable. */
export function readActiveProvider(env: NodeJS.ProcessEnv): { file: string; provider: ProviderInfo } | null {
  const file = join(codexHome(env), "config.toml");
  try {
    return { file, provider: activeProvider(readFileSync(file, "utf8")) };
  } catch {
    return null;
  }
}
