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
//
// The patterns come from a repository's config, so matching never backtracks exponentially (a RegExp such as
// `*a*a*a…b` would hang the review): `*` within a segment and `**` across segments are each matched with the
// iterative two-pointer algorithm, at most (pattern length × name length) steps.

type Token =
  | { kind: "lit"; ch: string }
  | { kind: "one" }
  | { kind: "star" }
  | { kind: "class"; negate: boolean; chars: string[]; ranges: [number, number][] };

/** One pattern segment: `**` (any number of whole segments) or tokens matching exactly one segment. */
type Segment = "**" | Token[];

const cache = new Map<string, Segment[]>();

/** Splits an anchored glob (no leading "/") into segments; a trailing `**` matches one or more segments. */
function compile(glob: string): Segment[] {
  const cached = cache.get(glob);
  if (cached) return cached;
  const tokens = tokenize(glob) ?? [...glob].map((ch): Token => ({ kind: "lit", ch }));
  const segments: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === "lit" && t.ch === "/") segments.push([]);
    else (segments[segments.length - 1] as Token[]).push(t);
  }
  const out: Segment[] = segments.map((s) => (s.length === 2 && s[0]?.kind === "star" && s[1]?.kind === "star" ? "**" : s.filter((t, i) => !(t.kind === "star" && s[i - 1]?.kind === "star"))));
  // As a RegExp `x/**` was `x/.*`: at least one segment below x, never x itself.
  if (out[out.length - 1] === "**") out.splice(out.length - 1, 0, [{ kind: "star" }]);
  cache.set(glob, out);
  return out;
}

/** The tokens of `glob`, or null for a malformed class such as `[z-a]` (then the whole pattern is literal). */
function tokenize(glob: string): Token[] | null {
  const chars = [...glob];
  const out: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (ch === "*") {
      // Two stars stay two tokens so that `**` as a whole segment can be recognised after splitting.
      out.push({ kind: "star" });
      i += 1;
    } else if (ch === "?") {
      out.push({ kind: "one" });
      i += 1;
    } else if (ch === "[") {
      const cls = parseClass(chars, i);
      if (cls === "bad") return null;
      if (cls) {
        out.push(cls.token);
        i = cls.end;
      } else {
        out.push({ kind: "lit", ch });
        i += 1;
      }
    } else if (ch === "\\" && i + 1 < chars.length) {
      // An escaped "/" is still a separator, as it was in the RegExp.
      out.push({ kind: "lit", ch: chars[i + 1] as string });
      i += 2;
    } else {
      out.push({ kind: "lit", ch });
      i += 1;
    }
  }
  // `a**b` is `a*b`: only a whole-segment `**` crosses "/" (compile merges the rest).
  return out;
}

/** `[...]` starting at `start`; null when it is not closed (then "[" is a literal), "bad" for a reversed range. */
function parseClass(chars: string[], start: number): { token: Token; end: number } | null | "bad" {
  let i = start + 1;
  let negate = false;
  if (chars[i] === "!" || chars[i] === "^") {
    negate = true;
    i += 1;
  }
  const token = { kind: "class" as const, negate, chars: [] as string[], ranges: [] as [number, number][] };
  let first = true;
  const atom = (): string => {
    const ch = chars[i] as string;
    const escaped = ch === "\\" && i + 1 < chars.length;
    i += escaped ? 2 : 1;
    return escaped ? (chars[i - 1] as string) : ch;
  };
  while (i < chars.length) {
    if (chars[i] === "]" && !first) return { token, end: i + 1 };
    first = false;
    const lo = atom();
    if (chars[i] === "-" && i + 1 < chars.length && chars[i + 1] !== "]") {
      i += 1;
      const hi = atom();
      const [a, b] = [lo.codePointAt(0) as number, hi.codePointAt(0) as number];
      if (a > b) return "bad";
      token.ranges.push([a, b]);
    } else {
      token.chars.push(lo);
    }
  }
  return null;
}

function tokenMatches(t: Token, ch: string): boolean {
  if (t.kind === "lit") return t.ch === ch;
  if (t.kind === "one") return true;
  if (t.kind === "star") return false;
  const cp = ch.codePointAt(0) as number;
  const hit = t.chars.includes(ch) || t.ranges.some(([a, b]) => cp >= a && cp <= b);
  return t.negate ? !hit : hit;
}

/**
 * The two-pointer wildcard match: `isStar(p)` elements match any run of units, the rest exactly one unit. On a
 * mismatch only the most recent star grows by one, which is enough because the elements after it are fixed-width.
 */
function wildMatch<P, U>(pattern: readonly P[], units: readonly U[], isStar: (p: P) => boolean, one: (p: P, u: U) => boolean): boolean {
  let p = 0;
  let u = 0;
  let starP = -1;
  let starU = 0;
  while (u < units.length) {
    if (p < pattern.length && isStar(pattern[p] as P)) {
      starP = p++;
      starU = u;
    } else if (p < pattern.length && one(pattern[p] as P, units[u] as U)) {
      p++;
      u++;
    } else if (starP >= 0) {
      p = starP + 1;
      u = ++starU;
    } else {
      return false;
    }
  }
  while (p < pattern.length && isStar(pattern[p] as P)) p++;
  return p === pattern.length;
}

function segmentMatches(tokens: Token[], name: string): boolean {
  return wildMatch(tokens, [...name], (t) => t.kind === "star", tokenMatches);
}

function pathMatches(pattern: Segment[], segments: readonly string[]): boolean {
  return wildMatch(pattern, segments, (s) => s === "**", (s, name) => s !== "**" && segmentMatches(s, name));
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
  const compiled = compile(anchored ? p.replace(/^\/+/, "") : p);
  // Candidates: each ancestor directory (always), then the path itself (unless the pattern wants a directory).
  const last = dirOnly && !isDir ? segments.length - 1 : segments.length;
  for (let n = 1; n <= last; n++) {
    const candidate = anchored ? segments.slice(0, n) : [segments[n - 1] as string];
    if (pathMatches(compiled, candidate)) return true;
  }
  return false;
}

export function matchesAnyGlob(path: string, patterns: readonly string[], isDir = false): boolean {
  return patterns.some((p) => matchesGlob(path, p, isDir));
}
