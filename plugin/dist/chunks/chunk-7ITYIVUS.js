import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);

// src/review/patch.ts
function gitQuote(path) {
  if (!/["\\\x00-\x1f\x7f]/.test(path)) return path;
  const named = { "\x07": "\\a", "\b": "\\b", "	": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\" };
  let out = "";
  for (const ch of path) {
    const code = ch.codePointAt(0);
    out += named[ch] ?? (code < 32 || code === 127 ? `\\${code.toString(8).padStart(3, "0")}` : ch);
  }
  return `"${out}"`;
}
function diffHeader(oldPath, newPath) {
  return `diff --git ${gitQuote(`a/${oldPath}`)} ${gitQuote(`b/${newPath}`)}`;
}
function countChanges(diff) {
  let added = 0;
  let removed = 0;
  let inHunk = false;
  for (const line of diff.split("\n")) {
    if (line.startsWith("@@")) inHunk = true;
    else if (line.startsWith("diff --git ")) inHunk = false;
    else if (inHunk && line.startsWith("+")) added += 1;
    else if (inHunk && line.startsWith("-")) removed += 1;
  }
  return { added, removed };
}
function splitHunks(diff) {
  const lines = diff.split(/(?<=\n)/);
  let header = "";
  const hunks = [];
  for (const line of lines) {
    if (line.startsWith("@@")) hunks.push(line);
    else if (hunks.length === 0) header += line;
    else hunks[hunks.length - 1] += line;
  }
  return { header, hunks };
}
function newFileDiff(path, content) {
  let out = `${diffHeader(path, path)}
new file mode 100644
`;
  if (content === "") return out;
  const endsWithNewline = content.endsWith("\n");
  const lines = (endsWithNewline ? content.slice(0, -1) : content).split("\n");
  const name = gitQuote(`b/${path}`);
  out += `--- /dev/null
+++ ${name}${name.includes(" ") ? "	" : ""}
@@ -0,0 +1${lines.length === 1 ? "" : `,${lines.length}`} @@
`;
  out += lines.map((l) => `+${l}
`).join("");
  if (!endsWithNewline) out += "\\ No newline at end of file\n";
  return out;
}

export {
  gitQuote,
  diffHeader,
  countChanges,
  splitHunks,
  newFileDiff
};
