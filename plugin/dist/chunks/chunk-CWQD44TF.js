import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  parseReviewAnswer,
  reviewJsonSchema
} from "./chunk-6I6GK4CH.js";
import {
  sortFindings
} from "./chunk-74YMS3QO.js";
import {
  countChanges,
  diffHeader,
  newFileDiff,
  splitHunks
} from "./chunk-7ITYIVUS.js";
import {
  runStage
} from "./chunk-6MOMFP2S.js";
import {
  isSecretFile,
  redact
} from "./chunk-DI3QD2SS.js";
import {
  isAlive
} from "./chunk-TDWSTA6Y.js";
import {
  STATE_FILE_NAME
} from "./chunk-O2EGVUQG.js";
import {
  UsageError
} from "./chunk-UMH65Y2S.js";

// src/workflow/review.ts
import { randomBytes } from "node:crypto";
import { rmSync as rmSync2, writeFileSync } from "node:fs";
import { join as join3 } from "node:path";

// src/review/budget.ts
var SENSITIVE = /auth|login|logout|passw|secret|token|credential|session|cookie|csrf|crypt|cipher|\bhash|signature|signing|jwt|oauth|saml|permission|\bacl\b|rbac|privilege|payment|billing|checkout|invoice|stripe|wallet|\bsql|query|database|\bdb\b|migration|security|sanitiz|escape|upload|deserializ|\bexec|shell|\beval\b/i;
var DOCS = /\.(?:md|mdx|rst|adoc|txt)$|(?:^|\/)(?:docs?|documentation)\//i;
var TESTS = /(?:^|\/)(?:tests?|__tests__|spec|specs|e2e|fixtures?|testdata)\/|\.(?:test|spec)\.[^/]+$|_test\.[^/]+$|(?:^|\/)test_[^/]+\.py$/i;
var CONFIG = /\.(?:json|ya?ml|toml|ini|cfg|conf|xml|csv|properties|env\.example)$|(?:^|\/)\.[^/]+rc$/i;
function riskScore(file) {
  const path = file.path;
  const kind = DOCS.test(path) ? 0 : TESTS.test(path) ? 1 : CONFIG.test(path) ? 2 : 3;
  let score = kind * 2 + Math.log2(1 + file.added + file.removed);
  if (SENSITIVE.test(path) || file.oldPath !== void 0 && SENSITIVE.test(file.oldPath)) score += 5;
  if (file.status === "deleted") score -= 3;
  return score;
}
var LIST_HEADING = "\nAlso changed, diff not shown (review budget):\n";
var CUT_MIN_CONTENT_BYTES = 256;
function bytes(s) {
  return Buffer.byteLength(s, "utf8");
}
function withNewline(s) {
  return s === "" || s.endsWith("\n") ? s : `${s}
`;
}
function listLine(f) {
  const from = f.oldPath !== void 0 ? ` (from ${f.oldPath})` : "";
  return `- ${f.path}${from} [${f.status}, +${f.added} -${f.removed}]
`;
}
function fitToBudget(files, budgetBytes) {
  const whole = files.map((f) => withNewline(f.diff)).join("");
  if (bytes(whole) <= budgetBytes) {
    return { text: whole, included: files.map((f) => f.path), truncated: [], omitted: [], note: "" };
  }
  const ranked = [...files].sort((a, b) => riskScore(b) - riskScore(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const listCost = new Map(ranked.map((f) => [f, bytes(listLine(f))]));
  const headingCost = bytes(LIST_HEADING);
  let used = 0;
  const full = /* @__PURE__ */ new Set();
  let othersListed = ranked.reduce((n, f) => n + (listCost.get(f) ?? 0), 0);
  for (const f of ranked) {
    const cost = bytes(withNewline(f.diff));
    const listAfter = othersListed - (listCost.get(f) ?? 0);
    if (used + cost + (listAfter > 0 ? headingCost + listAfter : 0) <= budgetBytes) {
      full.add(f);
      used += cost;
      othersListed = listAfter;
    }
  }
  const cut = /* @__PURE__ */ new Map();
  const rest = ranked.filter((f) => !full.has(f));
  let namesLeft = othersListed;
  rest.forEach((f, i) => {
    namesLeft -= listCost.get(f) ?? 0;
    const share = Math.floor((budgetBytes - used - (namesLeft > 0 ? headingCost + namesLeft : 0)) / (rest.length - i));
    const text2 = cutDiff(withNewline(f.diff), share);
    if (text2 === null) {
      namesLeft += listCost.get(f) ?? 0;
      return;
    }
    if (text2 === withNewline(f.diff)) full.add(f);
    else cut.set(f, text2);
    used += bytes(text2);
  });
  const named = [];
  const omitted = [];
  let listUsed = 0;
  for (const f of rest) {
    if (cut.has(f)) continue;
    const cost = (named.length === 0 ? headingCost : 0) + (listCost.get(f) ?? 0);
    if (used + listUsed + cost <= budgetBytes) {
      named.push(f);
      listUsed += cost;
    } else {
      omitted.push(f);
    }
  }
  const namedSet = new Set(named);
  let text = files.map((f) => full.has(f) ? withNewline(f.diff) : cut.get(f) ?? "").join("");
  if (named.length > 0) text += LIST_HEADING + files.filter((f) => namedSet.has(f)).map(listLine).join("");
  const omittedSet = new Set(omitted);
  return {
    text,
    included: files.filter((f) => full.has(f)).map((f) => f.path),
    truncated: files.filter((f) => cut.has(f) || namedSet.has(f)).map((f) => ({ path: f.path, how: cut.has(f) ? "hunks" : "list-only" })),
    omitted: files.filter((f) => omittedSet.has(f)).map((f) => f.path),
    note: budgetNote(files.length, bytes(whole), budgetBytes, full.size, cut.size, named.length, omitted.length)
  };
}
function cutDiff(diff, maxBytes) {
  const { header, hunks } = splitHunks(diff);
  const markerCost = bytes(marker(hunks.length, hunks.length, 1e6));
  if (bytes(diff) <= maxBytes) return diff;
  let room = maxBytes - bytes(header) - markerCost;
  if (room < CUT_MIN_CONTENT_BYTES || hunks.length === 0) return null;
  const head = [];
  const tail = [];
  let i = 0;
  let j = hunks.length - 1;
  let fromHead = true;
  while (i <= j) {
    const next = fromHead ? hunks[i] : hunks[j];
    const cost = bytes(next);
    if (cost > room) break;
    room -= cost;
    if (fromHead) head.push(hunks[i++]);
    else tail.unshift(hunks[j--]);
    fromHead = !fromHead;
  }
  if (head.length + tail.length === hunks.length) return header + head.join("") + tail.join("");
  if (head.length + tail.length > 0) {
    const left = hunks.slice(head.length, hunks.length - tail.length);
    return header + head.join("") + marker(left.length, hunks.length, lineCount(left.join(""))) + tail.join("");
  }
  const lines = hunks.join("").split(/(?<=\n)/);
  const first = [];
  const last = [];
  let a = 0;
  let b = lines.length - 1;
  fromHead = true;
  while (a <= b) {
    const next = fromHead ? lines[a] : lines[b];
    const cost = bytes(next);
    if (cost > room) break;
    room -= cost;
    if (fromHead) first.push(lines[a++]);
    else last.unshift(lines[b--]);
    fromHead = !fromHead;
  }
  if (first.length < 2) return null;
  return `${header}${first.join("")}${lineMarker(b - a + 1)}${last.join("")}`;
}
function lineCount(text) {
  return text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}
function marker(left, total, lines) {
  return `[codex-collab: ${left} of ${total} hunks (${lines} lines) left out here to fit the review budget]
`;
}
function lineMarker(lines) {
  return `[codex-collab: ${lines} lines left out here to fit the review budget]
`;
}
function size(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1e3))} kB`;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function budgetNote(total, wholeBytes, budget, full, cut, named, omitted) {
  const parts = [];
  if (full > 0) parts.push([full, "in full"]);
  if (cut > 0) parts.push([cut, `cut to ${cut === 1 ? "its" : "their"} first and last hunks`]);
  if (named > 0) parts.push([named, "by name only"]);
  const words = parts.map(([n, how], i) => i === 0 ? `${plural(n, "file")} ${how}` : `${n} ${how}`);
  if (omitted > 0) words.push(`the ${omitted === 1 ? "least risky file" : `${omitted} least risky`} not at all`);
  const list = words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}` : words[0] ?? "nothing";
  return `The change (${plural(total, "file")}, ${size(wholeBytes)} of diff) is larger than the review budget of ${size(budget)}, so it shows ${list}. Findings can only cover what is shown; review the rest separately by naming its paths.`;
}

// src/review/diff.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, lstat, mkdtemp, readFile, readdir, realpath, rm, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

// src/review/glob.ts
var cache = /* @__PURE__ */ new Map();
function escapeRegExp(ch) {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}
function globToRegExp(glob) {
  const cached = cache.get(glob);
  if (cached) return cached;
  let re = "";
  let i = 0;
  while (i < glob.length) {
    const ch = glob[i];
    if (ch === "*") {
      const double = glob[i + 1] === "*";
      const atSegmentStart = i === 0 || glob[i - 1] === "/";
      const end = double ? i + 2 : i + 1;
      const atSegmentEnd = end === glob.length || glob[end] === "/";
      if (double && atSegmentStart && atSegmentEnd) {
        if (end === glob.length) {
          re += ".*";
          i = end;
        } else {
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
      re += escapeRegExp(glob[i + 1]);
      i += 2;
      continue;
    }
    re += escapeRegExp(ch);
    i += 1;
  }
  let out;
  try {
    out = new RegExp(`^${re}$`, "u");
  } catch {
    out = new RegExp(`^${[...glob].map(escapeRegExp).join("")}$`, "u");
  }
  cache.set(glob, out);
  return out;
}
function parseClass(glob, start) {
  let i = start + 1;
  let negate = false;
  if (glob[i] === "!" || glob[i] === "^") {
    negate = true;
    i += 1;
  }
  let body = "";
  let first = true;
  while (i < glob.length) {
    const ch = glob[i];
    if (ch === "]" && !first) {
      return { re: negate ? `[^/${body}]` : `(?![/])[${body}]`, end: i + 1 };
    }
    if (ch === "\\" && i + 1 < glob.length) {
      body += classChar(glob[i + 1]);
      i += 2;
    } else {
      body += ch === "-" && !first && glob[i + 1] !== "]" ? "-" : classChar(ch);
      i += 1;
    }
    first = false;
  }
  return null;
}
function classChar(ch) {
  return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
}
function matchesGlob(path, pattern, isDir = false) {
  let p = pattern.trim();
  if (p === "") return false;
  const dirOnly = p.endsWith("/");
  p = p.replace(/\/+$/, "");
  if (p === "") return false;
  const segments = path.split("/").filter((s) => s !== "");
  const anchored = p.includes("/");
  const re = globToRegExp(anchored ? p.replace(/^\/+/, "") : p);
  const last = dirOnly && !isDir ? segments.length - 1 : segments.length;
  for (let n = 1; n <= last; n++) {
    const candidate = anchored ? segments.slice(0, n).join("/") : segments[n - 1];
    if (re.test(candidate)) return true;
  }
  return false;
}
function matchesAnyGlob(path, patterns, isDir = false) {
  return patterns.some((p) => matchesGlob(path, p, isDir));
}

// src/review/paths.ts
var LOCKFILES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "deno.lock",
  "Cargo.lock",
  "poetry.lock",
  "Pipfile.lock",
  "pdm.lock",
  "uv.lock",
  "go.sum",
  "go.work.sum",
  "composer.lock",
  "Gemfile.lock",
  "mix.lock",
  "Podfile.lock",
  "Package.resolved",
  "packages.lock.json",
  "pubspec.lock",
  "gradle.lockfile",
  "flake.lock",
  "shard.lock",
  "conan.lock"
]);
var VENDORED_DIRS = /* @__PURE__ */ new Set(["vendor", "node_modules", "third_party", "third-party", "bower_components", "Pods", ".yarn"]);
var GENERATED_DIRS = /* @__PURE__ */ new Set(["dist", "build", ".next", ".nuxt", ".svelte-kit", "coverage", "__generated__"]);
var GENERATED_NAME = [
  /\.min\.(?:js|mjs|cjs|css)$/,
  /\.map$/,
  /\.generated\./,
  /\.g\.dart$/,
  /\.pb\.(?:go|cc|h)$/,
  /_pb2(?:_grpc)?\.pyi?$/,
  /\.designer\.cs$/
];
function pathSkipReason(path, ignore, isDir = false) {
  const segments = path.split("/").filter((s) => s !== "");
  const name = segments[segments.length - 1] ?? "";
  const dirs = isDir ? segments : segments.slice(0, -1);
  if (!isDir && isSecretFile(path)) return "secret-file";
  if (matchesAnyGlob(path, ignore, isDir)) return "ignored";
  if (!isDir && LOCKFILES.has(name)) return "lockfile";
  if (dirs.some((d) => VENDORED_DIRS.has(d))) return "vendored";
  if (segments[0] === STATE_FILE_NAME || segments[0] === `${STATE_FILE_NAME}.d`) return "generated";
  if (dirs.some((d) => GENERATED_DIRS.has(d))) return "generated";
  if (!isDir && GENERATED_NAME.some((re) => re.test(name))) return "generated";
  return null;
}

// src/review/diff.ts
var DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
var BINARY_SNIFF_BYTES = 8e3;
var MAX_CARRY = 64 * 1024;
async function collectChange(opts) {
  const ignore = opts.ignore ?? [];
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let cwd;
  try {
    cwd = await realpath(opts.cwd);
  } catch {
    throw new UsageError(`The directory ${opts.cwd} does not exist.`);
  }
  const top = await runGit(cwd, ["rev-parse", "--show-toplevel"]).catch(() => null);
  if (top && top.code === 0) {
    return collectFromGit(top.stdout.toString("utf8").replace(/\n$/, ""), cwd, opts, ignore, maxFileBytes);
  }
  if (!opts.paths || opts.paths.length === 0) {
    throw new UsageError(
      `${cwd} is not inside a git repository, so there is no change to find.`,
      "Name the files or directories to review (for example: codex-collab review src/app.ts)."
    );
  }
  return collectFromPaths(cwd, opts.paths, ignore, maxFileBytes);
}
function changeHash(change) {
  const hash = createHash("sha256");
  for (const f of [...change.files].sort(byPath)) hash.update(f.path).update("\0").update(f.diff).update("\0");
  return hash.digest("hex");
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
var GIT_BASE_ARGS = ["--literal-pathspecs", "-c", "core.quotePath=false"];
async function collectFromGit(root, cwd, opts, ignore, maxFileBytes) {
  const pathspecs = (opts.paths ?? []).map((p) => toPathspec(root, cwd, p));
  const against = await resolveAgainst(root, opts.base);
  const skipped2 = [];
  const others = await gitOk(root, ["ls-files", "-z", "--others", "--exclude-standard", "--", ...pathspecs]);
  const untracked = /* @__PURE__ */ new Set();
  for (const path of splitNul(others)) {
    const reason = path.endsWith("/") ? "vendored" : pathSkipReason(path, ignore);
    if (reason) {
      skipped2.push({ path, reason });
      continue;
    }
    const st = await lstat(join(root, path)).catch(() => null);
    if (!st) continue;
    if (st.size > maxFileBytes) skipped2.push({ path, reason: "too-large" });
    else untracked.add(path);
  }
  const scratch = await mkdtemp(join(tmpdir(), "codex-collab-index-"));
  try {
    const index = join(scratch, "index");
    const realIndex = resolve(root, (await gitOk(root, ["rev-parse", "--git-path", "index"])).replace(/\n$/, ""));
    await copyIndex(realIndex, index);
    const env = { GIT_INDEX_FILE: index };
    if (untracked.size > 0) await addIntentToAdd(root, env, untracked);
    const parser = new PatchWithRawParser((records) => {
      const keep = /* @__PURE__ */ new Set();
      for (const r of records) {
        const reason = pathSkipReason(r.path, ignore) ?? (r.oldPath !== void 0 && isSecretFile(r.oldPath) ? "secret-file" : null);
        if (reason) skipped2.push({ path: r.path, reason });
        else keep.add(r);
      }
      return keep;
    }, maxFileBytes);
    const args = [
      "diff",
      "--patch-with-raw",
      "-z",
      "--find-renames",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--submodule=short",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      against,
      "--",
      ...pathspecs
    ];
    await streamGit(root, args, env, parser);
    const files = [];
    const redactions = new Redactions();
    for (const r of parser.records) {
      const chunk = parser.chunks.get(r);
      if (!chunk) continue;
      if (chunk.binary || chunk.tooLarge) {
        skipped2.push({ path: r.path, reason: chunk.binary ? "binary" : "too-large" });
        continue;
      }
      const file = {
        path: r.path,
        status: statusOf(r, untracked),
        diff: redactions.apply(chunk.diff),
        ...countChanges(chunk.diff)
      };
      if (r.oldPath !== void 0) file.oldPath = r.oldPath;
      files.push(file);
    }
    return { root, inGit: true, files: files.sort(byPath), skipped: skipped2.sort(byPath), redactions: redactions.summary() };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
async function addIntentToAdd(root, env, untracked) {
  const args = ["add", "--intent-to-add", "--pathspec-from-file=-", "--pathspec-file-nul"];
  const first = await runGit(root, args, env, [...untracked].join("\0"));
  if (first.code === 0) return;
  for (const path of [...untracked]) if (!await lstat(join(root, path)).catch(() => null)) untracked.delete(path);
  if (untracked.size > 0) await gitOk(root, args, env, [...untracked].join("\0"));
}
async function copyIndex(from, to) {
  const st = await stat(from).catch((e) => {
    if (e.code === "ENOENT") return null;
    throw e;
  });
  if (!st) return;
  await copyFile(from, to);
  const seconds = Math.floor(st.mtimeMs / 1e3);
  await utimes(to, seconds, seconds);
}
function statusOf(r, untracked) {
  switch (r.status) {
    case "A":
      return untracked.has(r.path) ? "untracked" : "added";
    case "D":
      return "deleted";
    case "R":
      return "renamed";
    default:
      return "modified";
  }
}
function toPathspec(root, cwd, path) {
  const rel = relative(root, resolve(cwd, path));
  if (escapes(rel)) {
    throw new UsageError(`${path} is outside the repository ${root}.`, "Name paths inside the repository, or run from the other repository.");
  }
  return rel === "" ? "." : rel.split(sep).join("/");
}
async function resolveAgainst(root, base) {
  if (base !== void 0) {
    const resolved = base.startsWith("-") ? null : await runGit(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
    if (!resolved || resolved.code !== 0) {
      throw new UsageError(`"${base}" is not a commit in ${root}.`, "Pass a branch, tag or commit hash as the base.");
    }
    return resolved.stdout.toString("utf8").trim();
  }
  const head = await runGit(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.code === 0) return head.stdout.toString("utf8").trim();
  return (await gitOk(root, ["hash-object", "-t", "tree", "--stdin"], {}, "")).trim();
}
function splitNul(text) {
  return text.split("\0").filter((s) => s !== "");
}
function gitEnv(extra) {
  return { ...process.env, GIT_OPTIONAL_LOCKS: "0", ...extra };
}
function spawnGit(cwd, args, env, input, sink) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", [...GIT_BASE_ARGS, ...args], { cwd, env: gitEnv(env), stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let errBytes = 0;
    child.stdout.on("data", (d) => sink ? sink.push(d) : out.push(d));
    child.stderr.on("data", (d) => {
      err.push(d);
      errBytes += d.length;
      while (errBytes > 16 * 1024 && err.length > 1) errBytes -= err.shift().length;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      sink?.end();
      resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(input ?? "");
  });
}
function runGit(cwd, args, env = {}, input) {
  return spawnGit(cwd, args, env, input, null);
}
async function gitOk(cwd, args, env = {}, input) {
  const r = await runGit(cwd, args, env, input);
  if (r.code !== 0) throw new Error(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${r.stderr.trim()}`);
  return r.stdout.toString("utf8");
}
async function streamGit(cwd, args, env, sink) {
  const r = await spawnGit(cwd, args, env, void 0, sink);
  if (r.code !== 0) throw new Error(`git ${args[0] ?? ""} failed (exit ${r.code}) in ${cwd}: ${r.stderr.trim()}`);
}
var DIFF_GIT = Buffer.from("diff --git ");
var BINARY_FILES = Buffer.from("Binary files ");
var HUNK = Buffer.from("@@");
var PatchWithRawParser = class {
  constructor(decide, maxFileBytes) {
    this.decide = decide;
    this.maxFileBytes = maxFileBytes;
  }
  decide;
  maxFileBytes;
  records = [];
  chunks = /* @__PURE__ */ new Map();
  phase = "raw";
  carry = Buffer.alloc(0);
  midLine = false;
  pendingStatus = null;
  pendingPaths = [];
  byHeader = /* @__PURE__ */ new Map();
  current = null;
  push(data) {
    let buf = this.carry.length > 0 ? Buffer.concat([this.carry, data]) : data;
    let start = 0;
    while (this.phase === "raw") {
      const nul = buf.indexOf(0, start);
      if (nul < 0) break;
      this.rawField(buf.toString("utf8", start, nul));
      start = nul + 1;
    }
    if (this.phase === "raw") {
      this.carry = Buffer.from(buf.subarray(start));
      return;
    }
    buf = buf.subarray(start);
    start = 0;
    for (; ; ) {
      const nl = buf.indexOf(10, start);
      if (nl < 0) break;
      this.line(buf.subarray(start, nl + 1));
      start = nl + 1;
    }
    if (buf.length - start > MAX_CARRY) {
      this.line(buf.subarray(start));
      this.carry = Buffer.alloc(0);
    } else {
      this.carry = Buffer.from(buf.subarray(start));
    }
  }
  end() {
    if (this.phase === "raw") this.startPatch();
    if (this.carry.length > 0) this.line(this.carry);
    this.carry = Buffer.alloc(0);
    this.closeChunk();
  }
  rawField(field) {
    if (this.pendingStatus === null) {
      if (field === "") {
        this.startPatch();
        return;
      }
      this.pendingStatus = (field.split(" ").pop() ?? "").charAt(0);
      this.pendingPaths = [];
      return;
    }
    this.pendingPaths.push(field);
    const twoPaths = this.pendingStatus === "R" || this.pendingStatus === "C";
    if (this.pendingPaths.length < (twoPaths ? 2 : 1)) return;
    const record = { status: this.pendingStatus, path: this.pendingPaths[this.pendingPaths.length - 1] };
    if (twoPaths) record.oldPath = this.pendingPaths[0];
    this.records.push(record);
    this.pendingStatus = null;
  }
  startPatch() {
    this.phase = "patch";
    for (const r of this.decide(this.records)) this.byHeader.set(diffHeader(r.oldPath ?? r.path, r.path), r);
  }
  line(bytes2) {
    const atLineStart = !this.midLine;
    this.midLine = bytes2[bytes2.length - 1] !== 10;
    if (atLineStart && startsWith(bytes2, DIFF_GIT)) {
      this.closeChunk();
      const header = bytes2.toString("utf8").replace(/\n$/, "");
      this.current = { record: this.byHeader.get(header), parts: [], size: 0, binary: false, tooLarge: false, inHunk: false };
    }
    const c = this.current;
    if (!c || !c.record || c.binary || c.tooLarge) return;
    if (atLineStart && startsWith(bytes2, HUNK)) c.inHunk = true;
    if (bytes2.includes(0) || atLineStart && !c.inHunk && startsWith(bytes2, BINARY_FILES)) {
      c.binary = true;
      c.parts = [];
      return;
    }
    c.size += bytes2.length;
    if (c.size > this.maxFileBytes) {
      c.tooLarge = true;
      c.parts = [];
      return;
    }
    c.parts.push(Buffer.from(bytes2));
  }
  closeChunk() {
    const c = this.current;
    this.current = null;
    if (!c || !c.record) return;
    this.chunks.set(c.record, { diff: Buffer.concat(c.parts).toString("utf8"), binary: c.binary, tooLarge: c.tooLarge });
  }
};
function startsWith(bytes2, prefix) {
  return bytes2.length >= prefix.length && bytes2.subarray(0, prefix.length).equals(prefix);
}
async function collectFromPaths(root, paths, ignore, maxFileBytes) {
  const files = /* @__PURE__ */ new Map();
  const skipped2 = /* @__PURE__ */ new Map();
  const redactions = new Redactions();
  const addFile = async (abs, rel) => {
    if (files.has(rel) || skipped2.has(rel)) return;
    const target = await linkTarget(root, abs);
    if (target === void 0) return;
    const reason = target === null ? "outside-project" : pathSkipReason(rel, ignore) ?? (target !== rel ? pathSkipReason(target, ignore) : null);
    if (reason) {
      skipped2.set(rel, reason);
      return;
    }
    const st = await stat(abs).catch(() => null);
    if (!st || !st.isFile()) return;
    if (st.size > maxFileBytes) {
      skipped2.set(rel, "too-large");
      return;
    }
    const content = await readFile(abs);
    if (content.length > maxFileBytes) {
      skipped2.set(rel, "too-large");
      return;
    }
    if (content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      skipped2.set(rel, "binary");
      return;
    }
    const diff = newFileDiff(rel, content.toString("utf8"));
    files.set(rel, { path: rel, status: "untracked", diff: redactions.apply(diff), ...countChanges(diff) });
  };
  const walk = async (absDir, relDir) => {
    const entries = await readdir(absDir, { withFileTypes: true });
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const abs = join(absDir, entry.name);
      const rel = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === ".git") continue;
        const reason = pathSkipReason(rel, ignore, true);
        if (reason) skipped2.set(`${rel}/`, reason);
        else await walk(abs, rel);
      } else {
        await addFile(abs, rel);
      }
    }
  };
  for (const p of paths) {
    const abs = resolve(root, p);
    const rel = relative(root, abs);
    if (escapes(rel)) {
      throw new UsageError(`${p} is outside the project ${root}.`, "Name paths inside the project, or run from the directory that holds them.");
    }
    const lst = await lstat(abs).catch(() => null);
    if (!lst) throw new UsageError(`No such file or directory: ${p}`, "Check the path; it is read relative to the current directory.");
    const relPath = rel.split(sep).join("/");
    if (lst.isDirectory()) await walk(abs, relPath);
    else await addFile(abs, relPath);
  }
  return {
    root,
    inGit: false,
    files: [...files.values()].sort(byPath),
    skipped: [...skipped2].map(([path, reason]) => ({ path, reason })).sort(byPath),
    redactions: redactions.summary()
  };
}
async function linkTarget(root, abs) {
  let real;
  try {
    real = await realpath(abs);
  } catch {
    return void 0;
  }
  const rel = relative(root, real);
  if (rel === "" || escapes(rel)) return null;
  return rel.split(sep).join("/");
}
function escapes(rel) {
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}
var Redactions = class {
  count = 0;
  kinds = {};
  apply(text) {
    const r = redact(text);
    this.count += r.count;
    for (const [kind, n] of Object.entries(r.kinds)) this.kinds[kind] = (this.kinds[kind] ?? 0) + n;
    return r.text;
  }
  summary() {
    return { count: this.count, kinds: { ...this.kinds } };
  }
};

// src/workflow/scratch.ts
import { lstatSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
var PREFIX = "codex-collab-";
var UNOWNED_STALE_MS = 24 * 60 * 60 * 1e3;
function makeScratchDir(kind, dir = tmpdir2()) {
  cleanStaleScratch(dir);
  return mkdtempSync(join2(dir, `${PREFIX}${kind}-${process.pid}-`));
}
function cleanStaleScratch(dir = tmpdir2(), now = Date.now()) {
  const removed = [];
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const m = /^codex-collab-(?:review|index)-(?:(\d+)-)?[A-Za-z0-9]{6}$/.exec(name);
    if (!m) continue;
    const path = join2(dir, name);
    try {
      const st = lstatSync(path);
      if (!st.isDirectory() || uid !== void 0 && st.uid !== uid) continue;
      const pid = m[1] === void 0 ? void 0 : Number(m[1]);
      const stale = pid === void 0 ? now - st.mtimeMs > UNOWNED_STALE_MS : pid !== process.pid && !isAlive(pid);
      if (!stale) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
    }
  }
  return removed;
}

// src/workflow/review.ts
function newReviewId(now = /* @__PURE__ */ new Date()) {
  return `r${now.toISOString().replace(/[-:TZ.]/g, "").slice(2, 14)}-${randomBytes(2).toString("hex")}`;
}
function newRecord(req, change, hash, status) {
  return {
    id: newReviewId(),
    sessionName: req.target.name,
    claudeSessionId: req.claudeSessionId,
    diffHash: hash,
    files: change.files.map((f) => f.path),
    status,
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    findings: []
  };
}
function skipped(req, change, hash, reason) {
  const record = { ...newRecord(req, change, hash, "skipped"), skipReason: reason };
  record.finishedAt = record.startedAt;
  req.store.update((s) => {
    s.reviews.push(record);
  });
  return { record, change, budgetNote: "" };
}
async function alreadyReviewed(req, change, hash) {
  const done = req.store.read().reviews.filter((r) => r.status === "done");
  if (done.some((r) => r.diffHash === hash)) return true;
  const paths = change.files.map((f) => f.path);
  const covering = done.filter((r) => paths.every((p) => r.files.includes(p))).at(-1);
  if (!covering) return false;
  const now = await collectChange({ cwd: req.root, base: req.base, paths: covering.files, ignore: req.config.review.ignore });
  return changeHash(now) === covering.diffHash;
}
async function reviewChange(req) {
  const cfg = req.config.review;
  const change = await collectChange({ cwd: req.cwd ?? req.root, base: req.base, paths: req.paths, ignore: cfg.ignore });
  const hash = changeHash(change);
  if (change.files.length === 0) return skipped(req, change, hash, "no changes to review");
  const changed = change.files.reduce((n, f) => n + f.added + f.removed, 0);
  if (req.minChangedLines !== void 0 && changed < req.minChangedLines) return skipped(req, change, hash, `only ${changed} changed lines`);
  if (req.dedupe && await alreadyReviewed(req, change, hash)) {
    return skipped(req, change, hash, "this exact change was already reviewed");
  }
  const fit = fitToBudget(change.files, cfg.promptBudgetBytes);
  const state = req.store.read();
  const stage = req.final || (state.sessions[req.target.name]?.stage ?? 0) >= 5 ? 7 : 5;
  const previous = state.reviews.filter((r) => r.sessionName === req.target.name && r.status === "done").at(-1);
  const vars = { diff: fit.text, files: [...fit.included, ...fit.truncated.map((t) => t.path)] };
  if (fit.note) vars.omitted = fit.note;
  if (req.taskText) vars.task = req.taskText;
  if (req.focus) vars.focus = req.focus;
  if (stage === 7 && previous && previous.findings.length > 0) {
    vars.previousFindings = previous.findings.map((f) => `- [${f.severity}] ${f.file}${f.line_start !== null ? `:${f.line_start}` : ""} ${f.title}`).join("\n");
  }
  const record = newRecord(req, change, hash, "running");
  req.store.update((s) => {
    s.reviews.push(record);
  });
  const dir = makeScratchDir("review");
  const schemaFile = join3(dir, "review.schema.json");
  writeFileSync(schemaFile, JSON.stringify(reviewJsonSchema()));
  let turn;
  let parsed;
  try {
    turn = await runStage({
      ...req,
      kind: "review",
      vars,
      userText: req.taskText ?? change.files.map((f) => f.path).join(", "),
      stage,
      outputSchemaFile: schemaFile
    });
    if (turn.result.success) parsed = parseReviewAnswer(turn.result.last_message ?? turn.result.agent_messages);
  } finally {
    rmSync2(dir, { recursive: true, force: true });
    const finished = req.store.update((s) => {
      const r = s.reviews.find((x) => x.id === record.id);
      if (!r) return record;
      r.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
      if (turn) r.usage = turn.result.usage;
      if (parsed) {
        r.status = "done";
        r.verdict = parsed.result.verdict;
        r.summary = parsed.result.summary;
        r.findings = sortFindings(parsed.result.findings);
        if (parsed.note) r.note = parsed.note;
      } else {
        r.status = "failed";
        r.error = turn?.result.error?.message ?? "the review did not finish";
      }
      return { ...r };
    });
    Object.assign(record, finished);
  }
  return { record, change, budgetNote: fit.note, parsed, turn };
}

export {
  reviewChange
};
