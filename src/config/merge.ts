// Combining the scopes: user and local (the user's own) override the defaults freely; the project file (part of
// the repository) is applied key by key and only where it tightens (directions.ts). What it tried to loosen is
// kept as a note for `doctor` and the commands that would have been affected.
import { DIRECTIONS, type Direction } from "./directions.js";

type Json = Record<string, unknown>;

export interface RefusedSetting {
  /** Dotted key, e.g. `codex.sandbox`. */
  key: string;
  /** What the project file asked for. */
  asked: unknown;
  /** What applies instead (from the user's scopes or the defaults). */
  kept: unknown;
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `over`'s keys replace `base`'s, objects merged recursively; lists with a union direction are joined instead. */
export function mergeScopes(base: Json, over: Json, prefix = ""): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const key = `${prefix}${k}`;
    if (DIRECTIONS[key]?.kind === "union" && Array.isArray(v) && Array.isArray(out[k])) out[k] = union(out[k] as unknown[], v);
    else out[k] = isObject(v) && isObject(out[k]) ? mergeScopes(out[k] as Json, v, `${key}.`) : v;
  }
  return out;
}

function union(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  return [...new Set([...a, ...b])];
}

function leaves(obj: Json, prefix = ""): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]): [string, unknown][] => {
    const key = `${prefix}${k}`;
    return isObject(v) && DIRECTIONS[key] === undefined ? leaves(v, `${key}.`) : [[key, v]];
  });
}

function get(obj: Json, key: string): unknown {
  let cur: unknown = obj;
  for (const part of key.split(".")) cur = isObject(cur) ? cur[part] : undefined;
  return cur;
}

function set(obj: Json, key: string, value: unknown): void {
  const parts = key.split(".");
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(cur[part])) cur[part] = {};
    cur = cur[part] as Json;
  }
  cur[parts[parts.length - 1]!] = value;
}

/** The value to use for a key the project sets, or undefined when the project's value would loosen. */
function tightened(dir: Direction | undefined, asked: unknown, kept: unknown): { value: unknown } | undefined {
  // Asking for what applies anyway loosens nothing (install writes every default into the project file).
  if (JSON.stringify(asked) === JSON.stringify(kept)) return { value: asked };
  switch (dir?.kind) {
    case "neutral":
      return { value: asked };
    case "lower":
      return kept === undefined || (asked as number) <= (kept as number) ? { value: asked } : undefined;
    case "falseIsTighter":
      return asked === false || kept === true ? { value: asked } : undefined;
    case "rank": {
      const a = dir.ranks[String(asked)];
      const k = kept === undefined ? 0 : dir.ranks[String(kept)];
      return a !== undefined && k !== undefined && a <= k ? { value: asked } : undefined;
    }
    case "union":
      return { value: union((kept as unknown[]) ?? [], asked as unknown[]) };
    default:
      return undefined;
  }
}

/**
 * `trusted` = defaults merged with the user's scopes (every key filled in); `project` = the project file as written;
 * `local` = the local file, whose keys win over the project's as in Claude Code (local > project > user).
 * Returns the combined raw config and what the project was refused.
 */
export function applyProject(trusted: Json, project: Json, local: Json): { merged: Json; refused: RefusedSetting[] } {
  const merged = structuredClone(trusted);
  const refused: RefusedSetting[] = [];
  for (const [key, asked] of leaves(project)) {
    const kept = get(trusted, key);
    if (DIRECTIONS[key]?.kind !== "union" && get(local, key) !== undefined) continue;
    const r = tightened(DIRECTIONS[key], asked, kept);
    if (r) set(merged, key, r.value);
    else refused.push({ key, asked, kept });
  }
  return { merged, refused };
}
