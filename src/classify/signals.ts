// Rule signals: named, weighted facts about a prompt (scope words, risk areas, paths named, list items, stack
// traces, questions…). Pure, dependency-free and linear in the prompt length. The model (model.ts) takes them as
// features beside the words themselves; their weights here are the old hand-tuned scores, kept as feature values.
import type { ListName } from "./lists.js";
import { compileList, findAll, isCjk, makeDoc, type Doc, type Match, type Matcher } from "./match.js";
import { PRECOMPILED } from "./precompiled.generated.js";
import { countListItems, countPaths, lengthUnits, SLASH_COMMAND, split } from "./structure.js";

export interface Signal {
  id: string;
  weight: number;
  detail: string;
}

/** The user's own words (the `classify` section of `.claude/codex-collab.json`). */
export interface ExtraWords {
  extraScopeWords?: readonly string[];
  extraRiskWords?: readonly string[];
}

// Chinese question forms that occur only in questions: at the start, anywhere, or as the last character. Kept here,
// not in lists.ts: the hooks do not load that file (see builtIn).
const QUESTION_ZH_START = ["为什么", "为啥", "怎么", "如何", "什么", "解释", "讲讲", "介绍", "说说", "请问", "总结"];
const QUESTION_ZH_ANYWHERE = [
  "是什么", "什么意思", "干什么", "干嘛", "做什么的", "什么区别", "的区别", "怎么工作", "怎么回事", "怎样", "怎么样", "在哪", "哪里", "是否",
  "有没有", "多少", "什么时候该", "原理", "讲讲", "讲一下", "介绍一下", "说说", "总结", "概括", "解释",
];
const QUESTION_END = new Set(["吗", "呢", "？", "?"]);

// Built from strings, not written as literals: the bundler escapes non-ASCII in strings but not in regular-expression
// literals, and one Chinese character anywhere makes V8 hold the whole hook bundle as a two-byte string.
const VERSION_BUMP = new RegExp("(?:^|[^a-z])(?:to|->|改成|改为|升级到|升到|bump \\S+ to) ?v?\\d+\\.\\d+\\.\\d+\\b");
// Changing one value: "from 30s to 60s", "from 'Submit' to 'Save'", "改成 8080".
const TWEAK = new RegExp(
  "\\b(?:change|set|raise|lower|increase|decrease|make|update)\\b[^.\\n]{0,60}\\bfrom ['\"“]?[\\w.-]{1,20}['\"”]? to ['\"“]?\\S{1,20}|改成|改为|调成|调到|设为|设置为",
);

/** Only this many characters are scanned; the rest of a huge paste only counts towards length. */
export const MAX_SCAN_CHARS = 20_000;

/** Matchers built on first use: some lists are only consulted for some prompts. */
interface Compiled {
  get(name: ListName): Matcher;
  risk(): { name: string; m: Matcher }[];
}

let defaults: Compiled | undefined;
const extraCache = new Map<string, Compiled>();

function compiled(extraScope: readonly string[], extraRisk: readonly string[]): Compiled {
  if (extraScope.length === 0 && extraRisk.length === 0) return (defaults ??= build([], []));
  const key = JSON.stringify([extraScope, extraRisk]);
  let c = extraCache.get(key);
  if (!c) {
    // A hook process classifies one prompt; the cache only matters for long-lived callers.
    if (extraCache.size > 16) extraCache.clear();
    c = build(extraScope, extraRisk);
    extraCache.set(key, c);
  }
  return c;
}

let precompiled: Record<string, Matcher> | undefined;

function lists(): Record<string, Matcher> {
  return (precompiled ??= JSON.parse(PRECOMPILED) as Record<string, Matcher>);
}

/**
 * A built-in list as compiled at build time (lists.ts, by precompile.ts), plus the user's words as literals, just
 * as compileList adds them. The hooks never load lists.ts itself: evaluating it and compiling its lists cost the
 * UserPromptSubmit hook ~3 ms, loading the compiled form ~0.5 ms. test/classify/precompiled.test.ts fails when
 * precompiled.generated.ts is stale.
 */
function builtIn(key: string, extra: readonly string[] = []): Matcher {
  const m = lists()[key];
  if (!m) throw new Error(`word list ${key} is missing from precompiled.generated.ts: run npm run gen:classify`);
  const literals = extra.map((w) => w.trim().toLowerCase()).filter(Boolean);
  return literals.length ? { ...m, literals: [...m.literals, ...literals] } : m;
}

function build(extraScope: readonly string[], extraRisk: readonly string[]): Compiled {
  const built = new Map<ListName, Matcher>();
  let risk: { name: string; m: Matcher }[] | undefined;
  return {
    get(name) {
      let m = built.get(name);
      if (!m) {
        m = builtIn(name, name === "scope" ? extraScope : []);
        built.set(name, m);
      }
      return m;
    },
    risk() {
      if (!risk) {
        const names = Object.keys(lists()).filter((k) => k.startsWith("risk:"));
        risk = names.map((k) => ({ name: k.slice(5), m: builtIn(k) }));
        if (extraRisk.some((w) => w.trim())) risk.push({ name: "custom", m: compileList({ en: [], zh: [] }, extraRisk) });
      }
      return risk;
    },
  };
}

/** Distinct matched words in order of appearance, shortened for display. */
function words(found: readonly Match[]): string[] {
  const out: string[] = [];
  for (const m of found) {
    const ws = m.text.split("\n").join(" ").split("\t").join(" ").split(" ").filter(Boolean);
    const flat = ws.join(" ");
    // Phrase patterns can match half a sentence; the first and last words are enough to explain them.
    const w =
      ws.length > 3
        ? `${ws[0]} … ${ws[ws.length - 1]}`
        : flat.length > 6 && [...flat].some(isCjk)
          ? `${flat.slice(0, 1)}…${flat.slice(-1)}`
          : flat;
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

function find(m: Matcher, doc: Doc): string[] {
  return words(findAll(m, doc));
}

function detail(words: readonly string[]): string {
  return words.slice(0, 3).join(", ");
}


function isQuestion(doc: Doc, c: Compiled): { question: boolean; advice: boolean; cue: string } {
  const only = find(c.get("explainOnly"), doc)[0];
  if (only) return { question: true, advice: false, cue: only };
  let cue = find(c.get("questionEn"), doc)[0] ?? "";
  if (!cue) {
    const trimmed = doc.text.trim();
    let at = Infinity;
    for (const w of QUESTION_ZH_START) if (trimmed.startsWith(w)) [at, cue] = [0, w];
    for (const w of QUESTION_ZH_ANYWHERE) {
      const i = trimmed.indexOf(w);
      if (i >= 0 && i < at) [at, cue] = [i, w];
    }
    const last = trimmed.slice(-1);
    if (!cue && QUESTION_END.has(last)) cue = last;
  }
  if (!cue) return { question: false, advice: false, cue: "" };
  const imperative = findAll(c.get("imperative"), doc).length > 0;
  const advice = find(c.get("advice"), doc)[0];
  return { question: !imperative, advice: advice !== undefined, cue: advice ?? cue };
}

export interface Analysis {
  signals: Signal[];
  /** The natural-language part of the prompt, lower case: fenced code and stack-trace lines removed. */
  prose: string;
  /** The prose's word tokens (see makeDoc), for the model's word features. */
  tokens: readonly string[];
  /** The slash command the prompt starts with: it brings its own workflow, so nothing else is looked at. */
  slashCommand?: string;
}

export function ruleSignals(text: string, opts: ExtraWords = {}): Analysis {
  const trimmed = (text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text).trim();
  const signals: Signal[] = [];
  if (!trimmed) return { signals, prose: "", tokens: [] };
  const slash = SLASH_COMMAND.exec(trimmed);
  if (slash) return { signals, prose: "", tokens: [], slashCommand: slash[0].trim() };

  const c = compiled(opts.extraScopeWords ?? [], opts.extraRiskWords ?? []);
  const { prose, traceLines, errorLines, codeLines } = split(trimmed);
  const doc = makeDoc(prose);
  const add = (id: string, weight: number, d: string) => {
    if (weight !== 0) signals.push({ id, weight, detail: d });
  };

  const scopeMatches = findAll(c.get("scope"), doc);
  const scope = words(scopeMatches);
  // A phrase already counted as a migration is not counted again as a replacement.
  const shift = words(findAll(c.get("shift"), doc).filter((m) => !scopeMatches.some((s) => s.start <= m.start && m.start < s.end)));
  const scopeWords = [...scope, ...shift];
  if (scopeWords.length) add("scope", (scope.length ? 3 : 2) + (scopeWords.length > 1 ? 1 : 0), detail(scopeWords));

  const risks: string[] = [];
  for (const r of c.risk()) {
    const first = find(r.m, doc)[0];
    if (first) risks.push(first);
  }
  if (risks.length) add("risk", Math.min(6, 2 * risks.length), detail(risks));

  const cross = find(c.get("cross"), doc);
  if (cross.length) add("crossCutting", 2, detail(cross));

  const strong = find(c.get("featureStrong"), doc);
  const feature = strong.length ? strong : find(c.get("feature"), doc);
  if (feature.length) add("feature", strong.length ? 3 : 2, detail(feature));
  const modify = find(c.get("modify"), doc);
  if (modify.length) add("change", 1, detail(modify));
  // What is being built only matters when something is being built.
  if (feature.length || scopeWords.length) {
    const systemNoun = find(c.get("systemNoun"), doc);
    const artifact = systemNoun.length ? [] : find(c.get("artifact"), doc);
    if (systemNoun.length) add("system", 2, detail(systemNoun));
    else if (artifact.length && feature.length) add("artifact", 1, detail(artifact));
  }

  const { files, named } = countPaths(prose);
  if (files >= 2) add("files", files >= 5 ? 3 : files >= 3 ? 2 : 1, `${named.length} ${named.length === 1 ? "path" : "paths"} named`);

  // Requirements come as list items, as sequencing words, or as a run of comma-separated parts.
  const items = countListItems(prose);
  const seq = find(c.get("sequence"), doc);
  let parts = 0;
  for (let i = 0; i < prose.length; i++) {
    const ch = prose[i];
    if (ch === "," || ch === "，" || ch === "、" || ch === ";" || ch === "；") parts++;
  }
  const listWeight = Math.max(items >= 2 ? Math.min(3, items - 1) : 0, parts >= 6 ? 2 : parts >= 3 ? 1 : 0);
  const stepWeight = Math.min(3, listWeight + (seq.length >= 3 ? 2 : seq.length >= 2 ? 1 : 0));
  if (stepWeight) {
    const what = items >= 2 ? `${items} list items` : seq.length >= 2 ? `steps ${detail(seq)}` : `${parts + 1} parts`;
    add("steps", stepWeight, what);
  }

  if (traceLines >= 2) add("errorLog", 2, `stack trace (${traceLines} frames)`);
  else if (traceLines + errorLines > 0) add("errorLog", 1, "error message");

  // Pasted code is context the task has to digest; a long paste is rarely a one-line fix.
  if (codeLines >= 15) add("code", codeLines >= 60 ? 2 : 1, `${codeLines} lines of code pasted`);

  const bug = find(c.get("bug"), doc);
  if (bug.length) add("bug", 2, detail(bug));

  const perf = find(c.get("performance"), doc);
  if (perf.length) add("performance", 2, detail(perf));

  const tests = find(c.get("tests"), doc);
  if (tests.length) add("tests", 1, detail(tests));

  const units = lengthUnits(prose);
  const longWeight = text.length > MAX_SCAN_CHARS ? 3 : units >= 60 ? 3 : units >= 30 ? 2 : units >= 12 ? 1 : 0;
  const lengthDetail = text.length > MAX_SCAN_CHARS ? `${text.length} chars (first ${MAX_SCAN_CHARS} scanned)` : `~${units} words`;
  if (longWeight) add("length", longWeight, lengthDetail);

  const trivial = find(c.get("trivial"), doc);
  if (trivial.length) add("trivial", -3, detail(trivial));
  else if (VERSION_BUMP.test(prose)) add("trivial", -3, "version bump");

  const tweak = TWEAK.exec(prose);
  if (tweak && !scope.length) add("tweak", -2, tweak[0].length > 24 ? `${tweak[0].slice(0, 24)}…` : tweak[0]);

  // Commands count only as the first words of the prompt.
  const lead = prose.length - prose.trimStart().length;
  const op = findAll(c.get("operation"), doc).find((m) => m.start === lead);
  if (op) add("operation", -2, op.text);

  const q = isQuestion(doc, c);
  if (q.question) add("question", q.advice ? -2 : -5, q.cue);

  return { signals, prose, tokens: doc.tokens };
}
