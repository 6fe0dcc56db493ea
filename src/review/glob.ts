// A small glob matcher for the `review.ignore` patterns in the config. Node 20's path.matchesGlob is
// experimental (it warns on use), and the semantics users expect here are gitignore's, which it lacks.
//
// Paths are relative to the project root with "/" separators. Pattern rules (as in .gitignore):
// - `*` matches within one path segment, `?` one character except "/", `[abc]` / `[a-z]` / `[!abc]` / `[^abc]` one
//   character of a class, `**` as a whole segment any number of segments, `\x` a literal x.
// - A pattern without a "/" (other than a trailing one) matches a file or directory name at any depth: `*.snap`,
//   `fixtures`.
// - A pattern with a "/" is anchored at the root (a leading "/" is optional): `test/fixtures`, `src/**/*.gen.ts`.
// - A pattern that matches a directory matches everything below it; a trailing "/" matches directories only.

const cache = new Map<string, RegExp>();

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/** Translates one glob into an anchored RegExp over a "/"-separated path. */
export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let re = "";
  let i = 0;
  while (i < glob.length) {
    const ch = glob[i] as string;
    if (ch === "*") {
      const double = glob[i + 1] === "*";
      const atSegmentStart = i === 0 || glob[i - 1] === "/";
      const end = double ? i + 2 : i + 1;
      const atSegmentEnd = end === glob.length || glob[end] === "/";
      if (double && atSegmentStart && atSegmentEnd) {
        if (end === glob.length) {
          // Trailing `**` (or the whole pattern): anything, including nothing after a preceding "/".
          re += ".*";
          i = end;
        } else {
          // `**/`: zero or more whole segments.
          re += "(?:[^/]*/)*";
          i = end + 1;
        }
        continue;
      }
      re += "[^/]*";
      i = double ? i + 2 : i + 1;
      continue;
    }
    if (ch === "?") {
      re += "[^/]";
      i += 1;
      continue;
    }
    if (ch === "[") {
      const cls = parseClass(glob, i);
      if (cls) {
        re += cls.re;
        i = cls.end;
        continue;
      }
      re += "\\[";
      i += 1;
      continue;
    }
    if (ch === "\\" && i + 1 < glob.length) {
      re += escapeRegExp(glob[i + 1] as string);
      i += 2;
      continue;
    }
    re += escapeRegExp(ch);
    i += 1;
  }
  let out: RegExp;
  try {
    out = new RegExp(`^${re}$`, "u");
  } catch {
    // A malformed class such as `[z-a]`: match the pattern literally rather than failing the review.
    out = new RegExp(`^${[...glob].map(escapeRegExp).join("")}$`, "u");
  }
  cache.set(glob, out);
  return out;
}

/** `[...]` starting at `start`; null when it is not closed (then "[" is a literal). */
function parseClass(glob: string, start: number): { re: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (glob[i] === "!" || glob[i] === "^") {
    negate = true;
    i += 1;
  }
  let body = "";
  let first = true;
  while (i < glob.length) {
    const ch = glob[i] as string;
    if (ch === "]" && !first) {
      // A class never matches "/": paths are matched segment-wise, as in git.
      return { re: negate ? `[^/${body}]` : `(?![/])[${body}]`, end: i + 1 };
    }
    if (ch === "\\" && i + 1 < glob.length) {
      body += classChar(glob[i + 1] as string);
      i += 2;
    } else {
      body += ch === "-" && !first && glob[i + 1] !== "]" ? "-" : classChar(ch);
      i += 1;
    }
    first = false;
  }
  return null;
}

function classChar(ch: string): string {
  return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * True when `path` (root-relative, "/"-separated) is matched by `pattern`; see the rules above.
 * `isDir` says `path` itself is a directory (so a trailing-"/" pattern may match it).
 */
export function matchesGlob(path: string, pattern: string, isDir = false): boolean {
  let p = pattern.trim();
  if (p === "") return false;
  const dirOnly = p.endsWith("/");
  p = p.replace(/\/+$/, "");
  if (p === "") return false;
  const segments = path.split("/").filter((s) => s !== "");
  const anchored = p.includes("/");
  const re = globToRegExp(anchored ? p.replace(/^\/+/, "") : p);
  // Candidates: each ancestor directory (always), then the path itself (unless the pattern wants a directory).
  const last = dirOnly && !isDir ? segments.length - 1 : segments.length;
  for (let n = 1; n <= last; n++) {
    const candidate = anchored ? segments.slice(0, n).join("/") : (segments[n - 1] as string);
    if (re.test(candidate)) return true;
  }
  return false;
}

export function matchesAnyGlob(path: string, patterns: readonly string[], isDir = false): boolean {
  return patterns.some((p) => matchesGlob(path, p, isDir));
}
