// Fitting a change into the prompt budget. Degrades in steps, and says what it left out:
//   1. the whole diff;
//   2. the riskiest files in full (risk: security-sensitive paths, source over config over tests over docs, size);
//   3. the rest cut to their first and last hunks;
//   4. the rest only named in a list (path, status, line counts);
//   5. the least risky files not even named, when the list itself does not fit.
import { displayPath, type ChangedFile } from "./diff.js";
import { splitHunks } from "./patch.js";

export interface BudgetFit {
  /** The diffs (full or cut) in the order of `files`, then the list of files shown by name only. */
  text: string;
  /** Files shown in full. */
  included: string[];
  /** Files cut to their first and last hunks, or shown by name only. */
  truncated: { path: string; how: "hunks" | "list-only" }[];
  /** Files left out of `text` entirely. */
  omitted: string[];
  /** One or two sentences on what was left out; empty when everything fit. */
  note: string;
}

const SENSITIVE =
  /auth|login|logout|passw|secret|token|credential|session|cookie|csrf|crypt|cipher|\bhash|signature|signing|jwt|oauth|saml|permission|\bacl\b|rbac|privilege|payment|billing|checkout|invoice|stripe|wallet|\bsql|query|database|\bdb\b|migration|security|sanitiz|escape|upload|deserializ|\bexec|shell|\beval\b/i;
const DOCS = /\.(?:md|mdx|rst|adoc|txt)$|(?:^|\/)(?:docs?|documentation)\//i;
const TESTS = /(?:^|\/)(?:tests?|__tests__|spec|specs|e2e|fixtures?|testdata)\/|\.(?:test|spec)\.[^/]+$|_test\.[^/]+$|(?:^|\/)test_[^/]+\.py$/i;
const CONFIG = /\.(?:json|ya?ml|toml|ini|cfg|conf|xml|csv|properties|env\.example)$|(?:^|\/)\.[^/]+rc$/i;

/** Higher means review first. Exported for tests and for callers that order files the same way. */
export function riskScore(file: ChangedFile): number {
  const path = file.path;
  const kind = DOCS.test(path) ? 0 : TESTS.test(path) ? 1 : CONFIG.test(path) ? 2 : 3;
  let score = kind * 2 + Math.log2(1 + file.added + file.removed);
  if (SENSITIVE.test(path) || (file.oldPath !== undefined && SENSITIVE.test(file.oldPath))) score += 5;
  // A deletion has nothing left to get wrong except that it happened.
  if (file.status === "deleted") score -= 3;
  return score;
}

const LIST_HEADING = "\nAlso changed, diff not shown (review budget):\n";
/** A cut diff shows at least this much of its hunks, or the file is only named: a bare `@@` line helps nobody. */
const CUT_MIN_CONTENT_BYTES = 256;

function bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

function withNewline(s: string): string {
  return s === "" || s.endsWith("\n") ? s : `${s}\n`;
}

function listLine(f: ChangedFile): string {
  const from = f.oldPath !== undefined ? ` (from ${displayPath(f.oldPath)})` : "";
  return `- ${displayPath(f.path)}${from} [${f.status}, +${f.added} -${f.removed}]\n`;
}

export function fitToBudget(files: readonly ChangedFile[], budgetBytes: number): BudgetFit {
  const whole = files.map((f) => withNewline(f.diff)).join("");
  if (bytes(whole) <= budgetBytes) {
    return { text: whole, included: files.map((f) => f.path), truncated: [], omitted: [], note: "" };
  }

  const ranked = [...files].sort((a, b) => riskScore(b) - riskScore(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const listCost = new Map(ranked.map((f) => [f, bytes(listLine(f))]));
  const headingCost = bytes(LIST_HEADING);
  let used = 0;

  // Step 2: riskiest first, in full, as long as the names of all the others would still fit after them.
  const full = new Set<ChangedFile>();
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

  // Step 3: the rest share what is left, riskiest first; each gets its first and last hunks within its share.
  const cut = new Map<ChangedFile, string>();
  const rest = ranked.filter((f) => !full.has(f));
  let namesLeft = othersListed;
  rest.forEach((f, i) => {
    namesLeft -= listCost.get(f) ?? 0;
    const share = Math.floor((budgetBytes - used - (namesLeft > 0 ? headingCost + namesLeft : 0)) / (rest.length - i));
    const text = cutDiff(withNewline(f.diff), share);
    if (text === null) {
      namesLeft += listCost.get(f) ?? 0;
      return;
    }
    if (text === withNewline(f.diff)) full.add(f);
    else cut.set(f, text);
    used += bytes(text);
  });

  // Steps 4 and 5: names for what is left, riskiest first, while they fit.
  const named: ChangedFile[] = [];
  const omitted: ChangedFile[] = [];
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
  let text = files.map((f) => (full.has(f) ? withNewline(f.diff) : (cut.get(f) ?? ""))).join("");
  if (named.length > 0) text += LIST_HEADING + files.filter((f) => namedSet.has(f)).map(listLine).join("");

  const omittedSet = new Set(omitted);
  return {
    text,
    included: files.filter((f) => full.has(f)).map((f) => f.path),
    truncated: files
      .filter((f) => cut.has(f) || namedSet.has(f))
      .map((f) => ({ path: f.path, how: cut.has(f) ? ("hunks" as const) : ("list-only" as const) })),
    omitted: files.filter((f) => omittedSet.has(f)).map((f) => f.path),
    note: budgetNote(files.length, bytes(whole), budgetBytes, full.size, cut.size, named.length, omitted.length),
  };
}

/**
 * A file diff cut to at most `maxBytes`: its header, then as many whole hunks as fit, taken alternately from the
 * start and the end, with a marker where hunks were left out. When not even one hunk fits, the first and last
 * lines of the hunks. The diff itself when it fits; null when nothing useful fits.
 */
export function cutDiff(diff: string, maxBytes: number): string | null {
  const { header, hunks } = splitHunks(diff);
  const markerCost = bytes(marker(hunks.length, hunks.length, 1_000_000));
  if (bytes(diff) <= maxBytes) return diff;
  let room = maxBytes - bytes(header) - markerCost;
  if (room < CUT_MIN_CONTENT_BYTES || hunks.length === 0) return null;

  const head: string[] = [];
  const tail: string[] = [];
  let i = 0;
  let j = hunks.length - 1;
  let fromHead = true;
  while (i <= j) {
    const next = (fromHead ? hunks[i] : hunks[j]) as string;
    const cost = bytes(next);
    if (cost > room) break;
    room -= cost;
    if (fromHead) head.push(hunks[i++] as string);
    else tail.unshift(hunks[j--] as string);
    fromHead = !fromHead;
  }
  if (head.length + tail.length === hunks.length) return header + head.join("") + tail.join("");
  if (head.length + tail.length > 0) {
    const left = hunks.slice(head.length, hunks.length - tail.length);
    return header + head.join("") + marker(left.length, hunks.length, lineCount(left.join(""))) + tail.join("");
  }

  // One hunk is bigger than the share: keep the first and the last lines of the body.
  const lines = hunks.join("").split(/(?<=\n)/);
  const first: string[] = [];
  const last: string[] = [];
  let a = 0;
  let b = lines.length - 1;
  fromHead = true;
  while (a <= b) {
    const next = (fromHead ? lines[a] : lines[b]) as string;
    const cost = bytes(next);
    if (cost > room) break;
    room -= cost;
    if (fromHead) first.push(lines[a++] as string);
    else last.unshift(lines[b--] as string);
    fromHead = !fromHead;
  }
  if (first.length < 2) return null;
  return `${header}${first.join("")}${lineMarker(b - a + 1)}${last.join("")}`;
}

function lineCount(text: string): number {
  return text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

function marker(left: number, total: number, lines: number): string {
  return `[codex-collab: ${left} of ${total} hunks (${lines} lines) left out here to fit the review budget]\n`;
}

function lineMarker(lines: number): string {
  return `[codex-collab: ${lines} lines left out here to fit the review budget]\n`;
}

function size(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1000))} kB`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function budgetNote(total: number, wholeBytes: number, budget: number, full: number, cut: number, named: number, omitted: number): string {
  // The first count carries the noun: "3 files in full, 2 cut to …, 5 by name only and the 4 least risky not at all".
  const parts: [number, string][] = [];
  if (full > 0) parts.push([full, "in full"]);
  if (cut > 0) parts.push([cut, `cut to ${cut === 1 ? "its" : "their"} first and last hunks`]);
  if (named > 0) parts.push([named, "by name only"]);
  const words = parts.map(([n, how], i) => (i === 0 ? `${plural(n, "file")} ${how}` : `${n} ${how}`));
  if (omitted > 0) words.push(`the ${omitted === 1 ? "least risky file" : `${omitted} least risky`} not at all`);
  const list = words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}` : (words[0] ?? "nothing");
  return (
    `The change (${plural(total, "file")}, ${size(wholeBytes)} of diff) is larger than the review budget of ${size(budget)}, so it shows ${list}. ` +
    "Findings can only cover what is shown; review the rest separately by naming its paths."
  );
}
