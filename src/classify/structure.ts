// The shape of a prompt, apart from its words: fenced code, stack traces and error lines, paths named, list items
// and length. Checked once per prompt, so a regular expression costs no more than a loop here.
import { isCjk, isDigits, isWordChar } from "./match.js";

export const SLASH_COMMAND = /^\/[A-Za-z][\w:.-]*(?:\s|$)/;
const TRACE_PREFIXES = ["Traceback (most recent call last)", "goroutine ", "Caused by:", "panic:", "Exception in thread"];
const ERROR_WORDS = new Set(["ERROR", "FATAL", "ENOENT", "EACCES", "ECONNREFUSED", "EADDRINUSE", "ETIMEDOUT"]);

function isAsciiWordChar(c: string | undefined): boolean {
  return c !== undefined && (isWordChar(c) || (c >= "A" && c <= "Z"));
}

/** "…:12" or "…:12)" at the end of a line. */
function endsWithLineNumber(t: string): boolean {
  const body = t.endsWith(")") ? t.slice(0, -1) : t;
  const colon = body.lastIndexOf(":");
  return colon >= 0 && isDigits(body.slice(colon + 1));
}

/** A stack frame or traceback header: JS/Java frames, Python tracebacks, Go panics. */
function isTraceLine(line: string): boolean {
  const t = line.trim();
  if (t.startsWith("at ")) return endsWithLineNumber(t) || t.endsWith("(native)") || t.endsWith("(<anonymous>)");
  if (t.startsWith('File "')) {
    const at = t.indexOf('", line ');
    return at >= 0 && isDigits(t.slice(at + 8).split(",")[0] ?? "");
  }
  return TRACE_PREFIXES.some((p) => t.startsWith(p));
}

/** "TypeError: …", "ERROR: …", "ENOENT: …", "error TS2345: …": a word like these right before a colon. */
function isErrorLine(line: string): boolean {
  for (let colon = line.indexOf(":"); colon >= 0; colon = line.indexOf(":", colon + 1)) {
    let s = colon;
    while (isAsciiWordChar(line[s - 1])) s--;
    const word = line.slice(s, colon);
    if (!word || (s > 0 && line[s - 1] !== " " && line[s - 1] !== "\t")) continue;
    const first = word[0] ?? "";
    const named = word.length > 5 && (word.endsWith("Error") || word.endsWith("Exception")); // TypeError, IOException
    if (first >= "A" && first <= "Z" && named) return true;
    if (ERROR_WORDS.has(word)) return true;
    if (word.startsWith("TS") && isDigits(word.slice(2)) && line.slice(Math.max(0, s - 6), s) === "error ") return true;
  }
  return false;
}

const FILE_EXTENSIONS = new Set(
  (
    "ts tsx js jsx mjs cjs py go rs java kt kts swift rb php cs c h cc cpp hpp scala ex exs erl dart lua vue svelte astro json jsonc " +
    "yml yaml toml ini md mdx sql prisma graphql gql proto css scss sass less html htm xml sh bash zsh ps1 tf gradle conf cfg lock"
  ).split(" "),
);
const FRAMEWORK_JS = new Set(
  "node next nuxt vue react express three d3 chart moment nest ember backbone angular socket.io".split(" ").map((n) => `${n}.js`),
);
const PATH_ROOTS = new Set([
  "src", "lib", "app", "apps", "test", "tests", "spec", "server", "client", "web", "mobile", "packages", "cmd", "internal",
  "pkg", "scripts", "config", "docs", "components", "pages", "api", "services", "modules", "frontend", "backend", "infra",
]);


export interface Parts {
  /** Natural-language text: fenced code and stack-trace lines removed, lower case. */
  prose: string;
  traceLines: number;
  errorLines: number;
  codeLines: number;
}

export function split(text: string): Parts {
  const kept: string[] = [];
  let traceLines = 0;
  let errorLines = 0;
  let codeLines = 0;
  let inFence = false;
  for (const line of text.split("\n")) {
    const isFence = line.trimStart().startsWith("```");
    if (isFence) {
      inFence = !inFence;
      continue;
    }
    if (isTraceLine(line)) {
      traceLines++;
      continue;
    }
    if (isErrorLine(line)) errorLines++;
    if (inFence) codeLines += 1 + Math.floor(line.length / 120);
    else kept.push(line);
  }
  return { prose: kept.join("\n").toLowerCase(), traceLines, errorLines, codeLines };
}

const PATH_CHARS = new Set([..."abcdefghijklmnopqrstuvwxyz0123456789_.-/*"]);

export function countPaths(prose: string): { files: number; named: string[] } {
  const named: string[] = [];
  let files = 0;
  for (let i = 0; i < prose.length; ) {
    if (!PATH_CHARS.has(prose[i] ?? "")) {
      i++;
      continue;
    }
    let j = i;
    while (PATH_CHARS.has(prose[j] ?? "")) j++;
    const run = prose.slice(i, j);
    i = j;
    let end = run.length;
    while (end > 0 && (run[end - 1] === "." || run[end - 1] === "-")) end--;
    let tok = run.slice(0, end);
    if (tok.length < 3 || tok.length > 256 || tok.startsWith("/") || tok.startsWith("http")) continue;
    if (named.includes(tok)) continue;
    const isGlob = tok.includes("*");
    tok = stripDirectorySuffix(tok);
    const segs = tok.split("/");
    const base = segs[segs.length - 1] ?? "";
    let weight = 0;
    const dot = base.lastIndexOf(".");
    if (dot > 0 && FILE_EXTENSIONS.has(base.slice(dot + 1)) && !isGlob) {
      if (segs.length === 1 && FRAMEWORK_JS.has(base)) continue;
      weight = 1;
    } else if (isGlob || run.endsWith("/") || (segs.length > 1 && PATH_ROOTS.has(segs[0] ?? ""))) {
      weight = 2; // a directory or glob names a whole module
    }
    if (weight === 0) continue;
    named.push(run);
    files += weight;
  }
  return { files, named };
}

/** "src/chat/" → "src/chat", "src/chat/*" or "src/chat/**.ts" → "src/chat". */
function stripDirectorySuffix(tok: string): string {
  if (tok.endsWith("/")) return tok.slice(0, -1);
  const slash = tok.lastIndexOf("/");
  const tail = tok.slice(slash + 1);
  if (slash < 0 || !tail.startsWith("*")) return tok;
  let k = 0;
  while (tail[k] === "*") k++;
  const rest = tail.slice(k);
  return rest === "" || (rest.startsWith(".") && [...rest.slice(1)].every((c) => isAsciiWordChar(c))) ? tok.slice(0, slash) : tok;
}

const CHINESE_NUMERALS = new Set([..."一二三四五六七八九十"]);

/** Lines starting "1." "2)" "3、" "-" "*" "•" "一、" followed by text. */
export function countListItems(prose: string): number {
  let n = 0;
  for (const line of prose.split("\n")) {
    const t = line.trimStart();
    let k = 0;
    if (isDigits(t.slice(0, 1))) {
      k = isDigits(t.slice(1, 2)) ? 2 : 1;
      if (!".)、".includes(t[k] ?? "x")) continue;
      k++;
    } else if ("-*•".includes(t[0] ?? "x")) k = 1;
    else if (CHINESE_NUMERALS.has(t[0] ?? "") && "、.".includes(t[1] ?? "x")) k = 2;
    else continue;
    if (t.slice(k).trim()) n++;
  }
  return n;
}

/** Rough size in words: ASCII words plus CJK characters (a Chinese word is one to two characters). */
export function lengthUnits(prose: string): number {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  // Code units: a character outside the Basic Multilingual Plane is neither a word character nor CJK either way.
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i]!;
    const wordChar = isWordChar(c) || c === "'" || c === "-";
    if (wordChar && !inWord) words++;
    inWord = wordChar;
    if (!wordChar && isCjk(c)) cjk++;
  }
  return words + Math.round(cjk * 0.8);
}

