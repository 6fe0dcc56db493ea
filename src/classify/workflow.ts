// The text the UserPromptSubmit hook adds to Claude's context. It is paid for on every prompt,
// so it stays short: the level, why, and which commands to run.
import { reasonText, type ClassifyResult, type Signal } from "./classify.js";
import { isCjk } from "./match.js";

export type Locale = "en" | "zh";

const LOCALE_SCAN_CHARS = 4000;

/** "zh" when Chinese characters make up a real share of the prose (fenced and inline code ignored). */
export function detectLocale(text: string): Locale {
  const s = text.slice(0, LOCALE_SCAN_CHARS);
  let cjk = 0;
  let words = 0;
  let inWord = false;
  let inFence = false;
  for (let i = 0; i < s.length; i++) {
    if (s.startsWith("```", i)) {
      inFence = !inFence;
      inWord = false;
      i += 2;
      continue;
    }
    if (inFence) continue;
    const c = s[i] ?? "";
    if (c === "`") {
      const close = s.indexOf("`", i + 1);
      const newline = s.indexOf("\n", i + 1);
      // Inline code ends on the same line; a lone backtick is just a character.
      if (close > 0 && (newline < 0 || close < newline)) {
        i = close;
        inWord = false;
        continue;
      }
    }
    const letter = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
    if (letter && !inWord) words++;
    inWord = letter;
    if (!letter && isCjk(c)) cjk++;
  }
  if (cjk < 2) return "en";
  // One Chinese character carries about as much as one English word.
  return cjk / (cjk + words) >= 0.3 ? "zh" : "en";
}

const REASON_MAX_CHARS = 64;

/** The reasons that pushed towards the level, joined and cut to a fixed budget. */
function topSignals(reasons: readonly Signal[], n: number, sep: string): string {
  const joined = reasons
    .filter((s) => s.weight > 0)
    .slice(0, n)
    .map((s) => {
      const d = s.detail
        .split(", ")
        .slice(0, 2)
        .map((w) => (w.length > 16 ? `${w.slice(0, 15)}…` : w))
        .join("/");
      return reasonText({ ...s, detail: d });
    })
    .join(sep);
  return joined.length > REASON_MAX_CHARS ? `${joined.slice(0, REASON_MAX_CHARS - 1)}…` : joined;
}

/** Short additionalContext for Claude: level, top signals and the workflow to follow. */
export function guidance(result: ClassifyResult, locale: Locale): string {
  if (locale === "zh") {
    const why = topSignals(result.reasons, 3, "、");
    const reason = `得分 ${result.score}${why ? `：${why}` : ""}`;
    if (result.level === "simple") return `codex-collab：简单任务（得分 ${result.score}），直接完成，不需要 Codex。`;
    if (result.level === "medium") {
      return `codex-collab：中等任务（${reason}）。先运行 /codex-analyze <任务>，再自己实现，完成后运行 /codex-review 并处理其发现。分类是启发式的，明显不对就说明并按实际情况处理。`;
    }
    return `codex-collab：复杂任务（${reason}）。在同一个 Codex 会话里走完 7 步：1 /codex-analyze <任务>；2 /codex-ask 讨论方案；3 /codex-prototype（只出 diff）；4 自己实现，批判地对待原型；5 /codex-review；6 修复问题；7 /codex-review 终审。分类是启发式的，明显不对就说明。`;
  }
  const why = topSignals(result.reasons, 3, ", ");
  const reason = `score ${result.score}${why ? `: ${why}` : ""}`;
  if (result.level === "simple") return `codex-collab: simple task (score ${result.score}); do it directly, no Codex needed.`;
  if (result.level === "medium") {
    return `codex-collab: medium task (${reason}). Run /codex-analyze <task> first, implement it yourself, then run /codex-review and address its findings. Heuristic level: if clearly wrong, say so.`;
  }
  return `codex-collab: complex task (${reason}). 7 stages in one Codex session: 1 /codex-analyze <task>; 2 /codex-ask to discuss the plan; 3 /codex-prototype (diff only); 4 implement it yourself, judging the prototype critically; 5 /codex-review; 6 fix the findings; 7 /codex-review as final review. Heuristic level: if clearly wrong, say so.`;
}
