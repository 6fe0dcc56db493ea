import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  previewStage,
  runStage
} from "./chunk-T6FPI2Y7.js";
import {
  gitQuote
} from "./chunk-DKVF4M2T.js";
import {
  readRepoFile
} from "./chunk-5EGK72M7.js";
import {
  execa
} from "./chunk-T7IDQBNB.js";

// src/prototype/check.ts
import { join } from "node:path";

// src/prototype/extract.ts
var EXTENDED_HEADER = /^(?:old mode |new mode |deleted file mode |new file mode |similarity index |dissimilarity index |rename from |rename to |copy from |copy to |index |Binary files |GIT binary patch)/;
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
var FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;
var DIFF_LANGS = /* @__PURE__ */ new Set(["", "diff", "patch", "udiff", "git-diff", "gitdiff"]);
var C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function readQuoted(s, start) {
  const bytes = [];
  let i = start + 1;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') return { value: Buffer.from(bytes).toString("utf8"), end: i + 1 };
    if (ch === "\\") {
      const next = s[i + 1];
      if (next === void 0) return null;
      const octal = /^[0-7]{3}/.exec(s.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(Number.parseInt(octal[0], 8) & 255);
        i += 4;
        continue;
      }
      const code = C_ESCAPES[next];
      if (code === void 0) return null;
      bytes.push(code);
      i += 2;
      continue;
    }
    const cp = s.codePointAt(i);
    const text = String.fromCodePoint(cp);
    bytes.push(...Buffer.from(text, "utf8"));
    i += text.length;
  }
  return null;
}
function headerName(rest) {
  if (rest.startsWith('"')) {
    const q = readQuoted(rest, 0);
    if (q) return q.value;
  }
  const tab = rest.indexOf("	");
  return (tab >= 0 ? rest.slice(0, tab) : rest).trimEnd();
}
function gitHeaderNames(rest) {
  if (rest.startsWith('"')) {
    const a = readQuoted(rest, 0);
    if (!a || rest[a.end] !== " ") return null;
    const tail = rest.slice(a.end + 1);
    const b = tail.startsWith('"') ? readQuoted(tail, 0)?.value : tail;
    return b === void 0 ? null : [a.value, b];
  }
  if (rest.endsWith('"')) {
    for (let i = rest.indexOf(' "'); i >= 0; i = rest.indexOf(' "', i + 1)) {
      const b = readQuoted(rest, i + 1);
      if (b && b.end === rest.length) return [rest.slice(0, i), b.value];
    }
    return null;
  }
  const mid = (rest.length - 1) / 2;
  if (Number.isInteger(mid) && rest[mid] === " " && rest.slice(2, mid) === rest.slice(mid + 3)) return [rest.slice(0, mid), rest.slice(mid + 1)];
  const split = rest.indexOf(" b/");
  return split > 0 ? [rest.slice(0, split), rest.slice(split + 1)] : null;
}
function stripPrefix(name, prefix) {
  return name.startsWith(prefix) ? { path: name.slice(2), prefixed: true } : { path: name, prefixed: false };
}
function isFileStart(lines, i) {
  const line = lines[i];
  if (line.startsWith("diff --git ")) return true;
  return line.startsWith("--- ") && (lines[i + 1]?.startsWith("+++ ") ?? false) && (lines[i + 2]?.startsWith("@@") ?? false);
}
function oldCount(hunk) {
  return hunk.slice(1).filter((l) => l === "" || l[0] === " " || l[0] === "-").length;
}
function isHunkLine(line) {
  return line === "" || line[0] === " " || line[0] === "+" || line[0] === "-" || line[0] === "\\";
}
function readNames(draft, lines, i) {
  draft.nameLine = draft.header.length;
  draft.header.push(lines[i], lines[i + 1]);
  const oldName = headerName(lines[i].slice(4));
  const newName = headerName(lines[i + 1].slice(4));
  let unprefixed = false;
  if (oldName === "/dev/null") draft.oldPath = null;
  else {
    const o = stripPrefix(oldName, "a/");
    draft.oldPath = o.path;
    unprefixed ||= !o.prefixed;
  }
  if (newName === "/dev/null") draft.newPath = null;
  else {
    const n = stripPrefix(newName, "b/");
    draft.newPath = n.path;
    unprefixed ||= !n.prefixed;
  }
  draft.unprefixed = unprefixed && draft.gitOld === void 0;
}
function parseSegment(lines, fenced) {
  const drafts = [];
  let i = 0;
  while (i < lines.length) {
    if (!isFileStart(lines, i)) {
      i++;
      continue;
    }
    const draft = { header: [], hunks: [] };
    const first = lines[i];
    if (first.startsWith("diff --git ")) {
      draft.header.push(first);
      const names = gitHeaderNames(first.slice("diff --git ".length));
      if (names) {
        draft.gitOld = stripPrefix(names[0], "a/").path;
        draft.gitNew = stripPrefix(names[1], "b/").path;
      }
      i++;
      while (i < lines.length && EXTENDED_HEADER.test(lines[i])) {
        const line = lines[i];
        draft.header.push(line);
        const value = (prefix) => headerName(line.slice(prefix.length));
        if (line.startsWith("rename from ")) draft.renameFrom = value("rename from ");
        else if (line.startsWith("rename to ")) draft.renameTo = value("rename to ");
        else if (line.startsWith("copy from ")) {
          draft.renameFrom = value("copy from ");
          draft.copy = true;
        } else if (line.startsWith("copy to ")) draft.renameTo = value("copy to ");
        else if (line.startsWith("new file mode ")) draft.newFile = true;
        else if (line.startsWith("deleted file mode ")) draft.deletedFile = true;
        i++;
      }
      if ((lines[i]?.startsWith("--- ") ?? false) && (lines[i + 1]?.startsWith("+++ ") ?? false)) {
        readNames(draft, lines, i);
        i += 2;
      }
    } else {
      readNames(draft, lines, i);
      i += 2;
    }
    while (i < lines.length && lines[i].startsWith("@@")) {
      const hunk = [lines[i]];
      const counts = HUNK_HEADER.exec(lines[i]);
      i++;
      if (!fenced && counts) {
        let oldLeft = counts[2] === void 0 ? 1 : Number(counts[2]);
        let newLeft = counts[4] === void 0 ? 1 : Number(counts[4]);
        while (i < lines.length && (oldLeft > 0 || newLeft > 0) && isHunkLine(lines[i])) {
          const c = lines[i][0];
          if (c === "-") oldLeft--;
          else if (c === "+") newLeft--;
          else if (c !== "\\") {
            oldLeft--;
            newLeft--;
          }
          hunk.push(lines[i++]);
        }
        if (lines[i]?.startsWith("\\")) hunk.push(lines[i++]);
      } else {
        while (i < lines.length && isHunkLine(lines[i]) && !isFileStart(lines, i)) hunk.push(lines[i++]);
        const declaredOld = counts ? counts[2] === void 0 ? 1 : Number(counts[2]) : 0;
        while (hunk.length > 1 && hunk[hunk.length - 1] === "" && oldCount(hunk) > declaredOld) hunk.pop();
      }
      draft.hunks.push(hunk);
    }
    drafts.push(draft);
  }
  return drafts;
}
function segments(text) {
  const lines = text.split("\n");
  const out = [];
  let prose = [];
  let i = 0;
  while (i < lines.length) {
    const open = FENCE.exec(lines[i]);
    if (!open) {
      prose.push(lines[i++]);
      continue;
    }
    const indent = open[1].length;
    const marker = open[2];
    const lang = /^[\w+-]*/.exec(open[3].toLowerCase())?.[0] ?? "";
    const close = new RegExp(`^ {${indent}}${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
    const body = [];
    i++;
    while (i < lines.length && !close.test(lines[i])) {
      const line = lines[i++];
      const lead = /^ */.exec(line)?.[0].length ?? 0;
      body.push(line.slice(Math.min(lead, indent)));
    }
    i++;
    out.push({ lines: prose, fenced: false });
    prose = [];
    if (DIFF_LANGS.has(lang)) out.push({ lines: body, fenced: true });
  }
  out.push({ lines: prose, fenced: false });
  return out;
}
function recount(hunk) {
  const head = hunk[0];
  const body = hunk.slice(1).map((l) => l === "" ? " " : l);
  const m = HUNK_HEADER.exec(head);
  if (!m) return [head, ...body];
  let oldLines = 0;
  let newLines = 0;
  for (const l of body) {
    if (l[0] === "-") oldLines++;
    else if (l[0] === "+") newLines++;
    else if (l[0] === " ") {
      oldLines++;
      newLines++;
    }
  }
  return [`@@ -${m[1]},${oldLines} +${m[3]},${newLines} @@${head.slice(m[0].length)}`, ...body];
}
function hunkStart(hunk) {
  return Number(HUNK_HEADER.exec(hunk[0])?.[1] ?? 0);
}
function finish(draft) {
  if (draft.hunks.length === 0 && draft.header.length < 2) return null;
  let oldPath;
  if (draft.oldPath !== void 0) oldPath = draft.oldPath;
  else if (draft.newFile) oldPath = null;
  else oldPath = draft.renameFrom ?? draft.gitOld ?? null;
  let newPath;
  if (draft.newPath !== void 0) newPath = draft.newPath;
  else if (draft.deletedFile) newPath = null;
  else newPath = draft.renameTo ?? draft.gitNew ?? null;
  const file = newPath ?? oldPath;
  if (file === null || file === "") return null;
  const from = draft.renameFrom ?? (oldPath !== null && newPath !== null && oldPath !== newPath ? oldPath : void 0);
  let kind = "modify";
  if (draft.copy) kind = "copy";
  else if (from !== void 0) kind = "rename";
  else if (oldPath === null) kind = "add";
  else if (newPath === null) kind = "delete";
  const header = [...draft.header];
  if (draft.unprefixed && draft.nameLine !== void 0) {
    const name = (prefix, path) => path === null ? "/dev/null" : gitQuote(`${prefix}${path}`);
    header[draft.nameLine] = `--- ${name("a/", oldPath)}`;
    header[draft.nameLine + 1] = `+++ ${name("b/", newPath)}`;
  }
  const hunks = [...draft.hunks].sort((a, b) => hunkStart(a) - hunkStart(b)).map(recount);
  const text = `${[...header, ...hunks.flat()].join("\n")}
`;
  const paths = [...new Set([draft.gitOld, draft.gitNew, draft.renameFrom, draft.renameTo, oldPath, newPath].filter((p) => typeof p === "string"))];
  return { file, ...from !== void 0 ? { from } : {}, kind, text, paths };
}
function extractPatches(answer) {
  const text = answer.replace(/\r\n?/g, "\n");
  const byFile = /* @__PURE__ */ new Map();
  for (const seg of segments(text)) {
    for (const draft of parseSegment(seg.lines, seg.fenced)) {
      const key = finish(draft)?.file;
      if (key === void 0) continue;
      const earlier = byFile.get(key);
      if (!earlier) {
        byFile.set(key, draft);
        continue;
      }
      const seen = new Set(earlier.hunks.map((h) => h.join("\n")));
      for (const hunk of draft.hunks) if (!seen.has(hunk.join("\n"))) earlier.hunks.push(hunk);
    }
  }
  return [...byFile.values()].map(finish).filter((p) => p !== null);
}
function unsafePathReason(path) {
  if (path === "") return "an empty path";
  if (path.includes("\0")) return "a NUL byte in the path";
  if (path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:/.test(path)) return "an absolute path";
  const parts = path.split(/[\\/]/);
  if (parts.includes("..")) return "a path outside the repository";
  if (parts.some((p) => p.replace(/[. ]+$/, "").toLowerCase() === ".git")) return "a path inside .git";
  return null;
}

// src/prototype/check.ts
var MAX_ERROR_CHARS = 2e3;
async function gitAvailable(env) {
  const r = await execa("git", ["--version"], { reject: false, env });
  return r.exitCode === 0;
}
async function gitApplyCheck(root, text, env) {
  const r = await execa("git", ["apply", "--check", "--whitespace=nowarn", "-"], { cwd: root, input: text, reject: false, env });
  if (r.exitCode === 0) return null;
  const why = (r.stderr || r.stdout || r.shortMessage || `git apply exited with ${r.exitCode}`).trim();
  return why.length > MAX_ERROR_CHARS ? `${why.slice(0, MAX_ERROR_CHARS)}\u2026` : why;
}
function matchLineEndings(root, patch) {
  const target = patch.from ?? (patch.kind === "add" ? void 0 : patch.file);
  if (target === void 0) return patch.text;
  let head;
  try {
    head = readRepoFile(join(root, target), { maxBytes: 65536, head: true }) ?? Buffer.alloc(0);
  } catch {
    return patch.text;
  }
  if (!head.includes("\r\n")) return patch.text;
  let inHunks = false;
  return patch.text.split("\n").map((line, i, all) => {
    if (line.startsWith("@@")) inHunks = true;
    else if (inHunks && i < all.length - 1 && !line.startsWith("\\") && !all[i + 1]?.startsWith("\\")) return `${line}\r`;
    return line;
  }).join("\n");
}
async function checkPatch(root, patch, env) {
  const base = { file: patch.file, ...patch.from !== void 0 ? { from: patch.from } : {} };
  for (const p of patch.paths) {
    const reason = unsafePathReason(p);
    if (reason) return { ...base, applies: false, error: `refused: ${JSON.stringify(p)} is ${reason}`, patch: patch.text };
  }
  const text = matchLineEndings(root, patch);
  const error = await gitApplyCheck(root, text, env);
  return error === null ? { ...base, applies: true, patch: text } : { ...base, applies: false, error, patch: text };
}
async function checkPatches(root, patches, env) {
  return Promise.all(patches.map((p) => checkPatch(root, p, env)));
}

// src/workflow/prototype.ts
var RETRY_TEXT = {
  en: {
    message: (files) => `Some diffs of your prototype do not apply to the current files: \`git apply --check\`, run from the repository root, rejected the diffs for ${files}. Its messages are in the context below. Re-read those files now and send corrected unified diffs for those files only, each in a \`\`\`diff block with \`--- a/<path>\` and \`+++ b/<path>\` headers, hunks based on the exact current lines and at least three lines of unchanged context. Do not repeat the diffs that applied, and do not edit any file.`,
    title: "prototype: corrected diffs"
  },
  zh: {
    message: (files) => `\u4F60\u7684\u539F\u578B\u4E2D\u6709\u4E9B diff \u65E0\u6CD5\u5E94\u7528\u5230\u5F53\u524D\u6587\u4EF6\uFF1A\u5728\u4ED3\u5E93\u6839\u76EE\u5F55\u8FD0\u884C\u7684 \`git apply --check\` \u62D2\u7EDD\u4E86\u8FD9\u4E9B\u6587\u4EF6\u7684 diff\uFF1A${files}\u3002\u5B83\u7684\u62A5\u9519\u4FE1\u606F\u5728\u4E0B\u9762\u7684\u4E0A\u4E0B\u6587\u4E2D\u3002\u8BF7\u73B0\u5728\u91CD\u65B0\u9605\u8BFB\u8FD9\u4E9B\u6587\u4EF6\uFF0C\u53EA\u4E3A\u8FD9\u4E9B\u6587\u4EF6\u7ED9\u51FA\u66F4\u6B63\u540E\u7684\u7EDF\u4E00 diff\uFF0C\u6BCF\u4E2A\u653E\u5728 \`\`\`diff \u4EE3\u7801\u5757\u4E2D\uFF0C\u4F7F\u7528 \`--- a/<\u8DEF\u5F84>\` \u548C \`+++ b/<\u8DEF\u5F84>\` \u6587\u4EF6\u5934\uFF0C\u5757\u57FA\u4E8E\u5F53\u524D\u7684\u786E\u5207\u5185\u5BB9\uFF0C\u5E76\u5E26\u81F3\u5C11\u4E09\u884C\u672A\u6539\u52A8\u7684\u4E0A\u4E0B\u6587\u3002\u4E0D\u8981\u91CD\u590D\u5DF2\u80FD\u5E94\u7528\u7684 diff\uFF0C\u4E5F\u4E0D\u8981\u7F16\u8F91\u4EFB\u4F55\u6587\u4EF6\u3002`,
    title: "\u539F\u578B\uFF1A\u66F4\u6B63\u7684 diff"
  }
};
function label(c) {
  return c.from !== void 0 ? `${c.from} \u2192 ${c.file}` : c.file;
}
function retryRequest(failed, locale) {
  const text = RETRY_TEXT[locale];
  return {
    message: text.message(failed.map(label).join(", ")),
    context: failed.map((f) => `${label(f)}:
${f.error ?? ""}`).join("\n\n"),
    title: text.title
  };
}
function previewPrototype(req) {
  return previewStage({ ...req, kind: "prototype", vars: { ...req.vars }, userText: req.userText ?? req.vars.task });
}
async function runPrototype(req) {
  const vars = { ...req.vars };
  const turn = await runStage({ ...req, kind: "prototype", vars, userText: req.userText ?? req.vars.task });
  const none = { turn, files: [], checked: false, combined: "", combinedError: null };
  if (!turn.result.success) return none;
  const patches = extractPatches(turn.result.agent_messages);
  if (patches.length === 0) return { ...none, checked: true };
  if (!await gitAvailable(req.env)) {
    return { ...none, files: patches.map((p) => ({ file: p.file, ...p.from !== void 0 ? { from: p.from } : {}, applies: false, error: "not checked: git is not available", patch: p.text, retried: false })) };
  }
  const files = (await checkPatches(req.root, patches, req.env)).map((c) => ({ ...c, retried: false }));
  const failed = files.filter((f) => !f.applies);
  let retry;
  if (failed.length > 0 && turn.result.SESSION_ID) {
    req.onRetry?.(failed);
    const ask = retryRequest(failed, turn.locale);
    retry = await runStage({
      ...req,
      kind: "ask",
      // The follow-up speaks the language the prototype was asked in.
      config: { ...req.config, locale: turn.locale },
      target: { name: turn.session.name, threadId: turn.result.SESSION_ID, fresh: false },
      vars: { message: ask.message, context: ask.context },
      userText: ask.title,
      stage: 3
    });
    if (retry.result.success) {
      const corrected = new Map(extractPatches(retry.result.agent_messages).map((p) => [p.file, p]));
      const wanted = failed.map((f) => corrected.get(f.file)).filter((p) => p !== void 0);
      const rechecked = new Map((await checkPatches(req.root, wanted, req.env)).map((c) => [c.file, c]));
      for (const [i, f] of files.entries()) {
        if (f.applies) continue;
        const again = rechecked.get(f.file);
        files[i] = again ? { ...again, retried: true } : { ...f, retried: true, error: `${f.error ?? ""}
(the follow-up sent no corrected diff for this file)`.trim() };
      }
    } else {
      for (const f of failed) f.retried = true;
    }
  }
  const combined = files.filter((f) => f.applies).map((f) => f.patch).join("");
  const combinedError = combined ? await gitApplyCheck(req.root, combined, req.env) : null;
  return { turn, ...retry ? { retry } : {}, files, checked: true, combined, combinedError };
}

export {
  previewPrototype,
  runPrototype
};
