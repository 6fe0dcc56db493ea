import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  parseReviewAnswer,
  reviewJsonSchema
} from "./chunk-AIKYF4WE.js";
import {
  fileFingerprint
} from "./chunk-APWNE2EQ.js";
import {
  renderStage,
  runStage
} from "./chunk-T6FPI2Y7.js";
import {
  changeHash,
  collectChange,
  displayPath,
  gitOk,
  handedOff,
  handoffText,
  needsHandoff,
  openFindings,
  prepareTurn,
  previewOf,
  runGit,
  splitHunks
} from "./chunk-DKVF4M2T.js";
import {
  redact
} from "./chunk-ZWIYQRNR.js";
import {
  findingLocation,
  sortFindings
} from "./chunk-74YMS3QO.js";
import {
  isAlive
} from "./chunk-XQ3S6CER.js";
import {
  isoTime
} from "./chunk-5EGK72M7.js";

// src/workflow/review.ts
import { randomBytes } from "node:crypto";
import { rmSync as rmSync2, writeFileSync } from "node:fs";
import { join as join3 } from "node:path";

// src/review/snapshot.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function writeReviewedTree(root, from, paths) {
  const scratch = await mkdtemp(join(tmpdir(), "codex-collab-seen-"));
  try {
    const env = { GIT_INDEX_FILE: join(scratch, "index") };
    await gitOk(root, ["read-tree", from], env);
    if (paths.length > 0) await gitOk(root, ["update-index", "--add", "--remove", "-z", "--stdin"], env, `${paths.join("\0")}\0`);
    return (await gitOk(root, ["write-tree"], env)).trim();
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
async function treeExists(root, tree) {
  if (!/^[0-9a-f]{40,64}$/.test(tree)) return false;
  const r = await runGit(root, ["cat-file", "-e", `${tree}^{tree}`]).catch(() => null);
  return r !== null && r.code === 0;
}

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
  const from = f.oldPath !== void 0 ? ` (from ${displayPath(f.oldPath)})` : "";
  return `- ${displayPath(f.path)}${from} [${f.status}, +${f.added} -${f.removed}]
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

// src/workflow/review-plan.ts
async function planReview(req) {
  const cfg = req.config.review;
  const cwd = req.cwd ?? req.root;
  const change = await collectChange({ cwd, base: req.base, paths: req.paths, ignore: cfg.ignore });
  const hash = changeHash(change);
  if (change.files.length === 0) return { skip: "no changes to review", change };
  const changed = change.files.reduce((n, f) => n + f.added + f.removed, 0);
  if (req.minChangedLines !== void 0 && changed < req.minChangedLines) return { skip: `only ${changed} changed lines`, change };
  if (req.dedupe && await alreadyReviewed(req, change, hash)) return { skip: "this exact change was already reviewed", change };
  const state = req.store.read();
  const stage = stageOf(req, state, hash);
  const baseCommit = req.base !== void 0 ? change.against : void 0;
  const common = { change, hash, stage, ...baseCommit !== void 0 ? { baseCommit } : {} };
  const since = await lastSeen(req, state, change, baseCommit);
  if (since?.tree) {
    const delta = await collectChange({ cwd, paths: req.paths, ignore: cfg.ignore, since: since.tree });
    if (delta.files.length === 0) return { skip: `nothing changed since review ${since.id}`, change };
    const plan2 = fitPlan(req, { ...common, sent: delta, since, target: req.target }, incrementalVars(req, state, since, delta));
    if (!needsHandoff(state.sessions[req.target.name], req.target, promptBytes(req, plan2), req.config)) return plan2;
  }
  const plan = fitPlan(req, { ...common, sent: change, target: req.target }, fullVars(req, state, stage));
  const session = state.sessions[req.target.name];
  if (!session || !needsHandoff(session, req.target, promptBytes(req, plan), req.config)) return plan;
  const prefix = handoffText({ session, findings: openFindings(state, session.name), changedFiles: change.files.map(fileLine) });
  return fitPlan(req, { ...common, sent: change, target: handedOff(req.target), prefix, handoffFrom: session.threadId ?? void 0 }, fullVars(req, state, stage));
}
async function lastSeen(req, state, change, baseCommit) {
  if (req.full || req.target.fresh || req.target.threadId === null || !change.inGit) return void 0;
  const prev = state.reviews.filter((r) => r.sessionName === req.target.name && r.status === "done").at(-1);
  if (!prev?.tree || prev.threadId !== req.target.threadId || prev.base !== baseCommit) return void 0;
  return await treeExists(change.root, prev.tree) ? prev : void 0;
}
function fitPlan(req, base, varsFor) {
  const budget = req.config.review.promptBudgetBytes;
  const files = base.sent.files;
  const listFiles = Buffer.byteLength(files.map(fileLine).join("\n")) <= budget / 10;
  let diffBudget = budget;
  let plan = withFit(base, fitToBudget(files, diffBudget), varsFor, listFiles);
  for (let i = 0; i < 4; i++) {
    const over = promptBytes(req, plan) - budget;
    if (over <= 0 || diffBudget <= 1024) break;
    diffBudget = Math.max(1024, diffBudget - over - 256);
    plan = withFit(base, fitToBudget(files, diffBudget), varsFor, listFiles);
  }
  return plan;
}
function withFit(base, fit, varsFor, listFiles) {
  const leftOut = [...base.sent.skipped, ...fit.omitted.map((path) => ({ path, reason: "budget" }))];
  return { ...base, fit, vars: varsFor(fit, listFiles), files: { included: fit.included, truncated: fit.truncated, leftOut } };
}
function promptBytes(req, plan) {
  const { prompt } = renderStage({ ...req, target: plan.target, kind: "review", vars: plan.vars, userText: req.taskText ?? "", stage: plan.stage, prefix: plan.prefix });
  return Buffer.byteLength(prompt);
}
function fileLine(f) {
  return `${displayPath(f.path)}${f.oldPath !== void 0 ? ` (from ${displayPath(f.oldPath)})` : ""} (${f.status}, +${f.added} -${f.removed})`;
}
function findingLines(findings) {
  return findings.map((f) => `- [${f.severity}] ${findingLocation(f)} ${f.title}`).join("\n");
}
function taskVars(req) {
  const vars = {};
  if (req.taskText) vars.task = req.taskText;
  if (req.focus) vars.focus = req.focus;
  return vars;
}
function fullVars(req, state, stage) {
  const previous = openFindings(state, req.target.name);
  return (fit, listFiles) => {
    const vars = { ...taskVars(req), diff: fit.text };
    const shown = /* @__PURE__ */ new Set([...fit.included, ...fit.truncated.map((t) => t.path)]);
    if (listFiles) vars.files = [...shown].map(displayPath);
    if (fit.note) vars.omitted = fit.note;
    if (stage === 7 && previous.length > 0) vars.previousFindings = findingLines(previous);
    return vars;
  };
}
function incrementalVars(req, state, since, delta) {
  return (fit, listFiles) => {
    const vars = { ...taskVars(req), diff: fit.text, sinceReview: since.id };
    if (listFiles) vars.files = delta.files.map(fileLine);
    if (fit.note) vars.omitted = fit.note;
    if (since.findings.length > 0) vars.previousFindings = findingLines(since.findings);
    return vars;
  };
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
function stageOf(req, state, hash) {
  const previous = state.reviews.filter((r) => r.sessionName === req.target.name && r.status === "done").at(-1);
  const current = state.sessions[req.target.name]?.stage ?? 0;
  const fixed = current === 6 || current >= 5 && previous !== void 0 && previous.diffHash !== hash;
  return req.final || fixed ? 7 : 5;
}

// src/workflow/review.ts
function newReviewId(now = /* @__PURE__ */ new Date()) {
  return `r${isoTime(now).replace(/[-:TZ.]/g, "").slice(2, 14)}-${randomBytes(2).toString("hex")}`;
}
function newRecord(req, change, hash, status) {
  return {
    id: newReviewId(),
    sessionName: req.target.name,
    claudeSessionId: req.claudeSessionId,
    diffHash: hash,
    files: change.files.map((f) => f.path),
    status,
    origin: req.origin ?? "manual",
    startedAt: isoTime(),
    findings: []
  };
}
function contentHashes(root, change) {
  const out = {};
  for (const f of change.files) {
    const hash = fileFingerprint(root, f.path);
    if (hash !== null) out[f.path] = hash;
  }
  return out;
}
function skipped(req, change, hash, reason) {
  const record = { ...newRecord(req, change, hash, "skipped"), skipReason: reason };
  record.finishedAt = record.startedAt;
  req.store.update((s) => {
    s.reviews.push(record);
    req.onFinish?.(s, record);
  });
  return { record, change, budgetNote: "" };
}
async function previewReview(req) {
  const plan = await planReview(req);
  if ("skip" in plan) return plan;
  const { prompt } = renderStage(stageRequest(req, plan));
  const prepared = await prepareTurn({ ...req, target: plan.target, prompt, handoffFrom: plan.handoffFrom });
  return previewOf(prepared, req.target, plan.files, {
    mode: plan.since ? "incremental" : "full",
    ...plan.since ? { since: plan.since.id, changedSince: plan.sent.files.map((f) => f.path) } : {},
    ...plan.fit.note ? { budgetNote: plan.fit.note } : {}
  });
}
function stageRequest(req, plan) {
  return {
    ...req,
    target: plan.target,
    kind: "review",
    vars: plan.vars,
    prefix: plan.prefix,
    userText: req.taskText ?? plan.change.files.map((f) => f.path).join(", "),
    stage: plan.stage,
    sentFiles: plan.fit.included.length + plan.fit.truncated.filter((t) => t.how === "hunks").length,
    ...plan.handoffFrom !== void 0 ? { handoffFrom: plan.handoffFrom } : {}
  };
}
async function reviewChange(req) {
  const plan = await planReview(req);
  if ("skip" in plan) return skipped(req, plan.change, changeHash(plan.change), plan.skip);
  const { change, fit } = plan;
  const record = { ...newRecord(req, change, plan.hash, "running"), contentHashes: contentHashes(req.root, change), ...plan.baseCommit ? { base: plan.baseCommit } : {}, ...plan.since ? { since: plan.since.id } : {} };
  req.store.update((s) => {
    s.reviews.push(record);
  });
  const dir = makeScratchDir("review");
  const schemaFile = join3(dir, "review.schema.json");
  writeFileSync(schemaFile, JSON.stringify(reviewJsonSchema()));
  let turn;
  let parsed;
  let tree;
  try {
    tree = await seenTree(req, plan).catch(() => void 0);
    turn = await runStage({ ...stageRequest(req, plan), outputSchemaFile: schemaFile });
    if (turn.result.success) parsed = parseReviewAnswer(redact(turn.result.last_message ?? turn.result.agent_messages).text);
  } finally {
    rmSync2(dir, { recursive: true, force: true });
    const finished = req.store.update((s) => {
      const r = s.reviews.find((x) => x.id === record.id);
      if (!r) return record;
      r.finishedAt = isoTime();
      if (turn) {
        r.usage = turn.result.usage;
        r.promptBytes = turn.receipt.bytes;
        r.sentFiles = turn.receipt.files;
        if (turn.result.SESSION_ID) r.threadId = turn.result.SESSION_ID;
      }
      if (parsed) {
        r.status = "done";
        r.answer = parsed.prose === void 0 ? "structured" : "prose";
        r.verdict = parsed.prose === void 0 ? parsed.result.verdict : void 0;
        r.summary = parsed.prose === void 0 ? parsed.result.summary : parsed.prose.slice(0, 4e3);
        r.findings = sortFindings(parsed.result.findings);
        if (parsed.note) r.note = parsed.note;
        if (tree) r.tree = tree;
        if (r.origin === "manual") r.deliveredAt = r.finishedAt;
      } else {
        r.status = "failed";
        r.error = redact(turn?.result.error?.message ?? "the review did not finish").text;
      }
      req.onFinish?.(s, r);
      return { ...r };
    });
    Object.assign(record, finished);
  }
  return { record, change, budgetNote: fit.note, parsed, turn, ...plan.since ? { since: plan.since.id } : {} };
}
async function seenTree(req, plan) {
  const sent = plan.sent;
  if (!sent.inGit || sent.against === void 0 || sent.files.length === 0) return void 0;
  const paths = sent.files.flatMap((f) => f.oldPath !== void 0 ? [f.oldPath, f.path] : [f.path]);
  const tree = await writeReviewedTree(sent.root, sent.against, paths);
  const check = await collectChange({ cwd: sent.root, since: sent.against, to: tree, paths, ignore: req.config.review.ignore });
  return changeHash(check) === changeHash(sent) ? tree : void 0;
}

export {
  previewReview,
  reviewChange
};
