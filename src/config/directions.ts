// Which way each config key loosens. A repository's `.claude/codex-collab.json` may only tighten: a value it sets
// is taken only when it is at least as safe as what the user's own scopes (user, local) and the defaults give.
// The line drawn: what leaves the machine and what Codex may do — whether code is sent automatically at all, how
// much per prompt and in total, which files, and the sandbox. Timing and frequency knobs (debounce, intervals,
// thresholds, auto vs always) are bounded by the totals and stay the project's to choose.

/**
 * rank: values from the tightest (0) up; equal ranks are interchangeable. lower: the smaller number is tighter.
 * union: lists the project can only add to (ignore globs). neutral: the project decides. userOnly: never from the
 * project (what the cost estimate prices: a repository setting prices to zero would lift the cost cap).
 */
export type Direction =
  | { kind: "rank"; ranks: Record<string, number> }
  | { kind: "lower" }
  | { kind: "falseIsTighter" }
  | { kind: "union" }
  | { kind: "neutral" }
  | { kind: "userOnly" };

const neutral: Direction = { kind: "neutral" };
const lower: Direction = { kind: "lower" };

/** Every key of the config (a test keeps this complete); a key missing here is refused from the project file. */
export const DIRECTIONS: Record<string, Direction> = {
  locale: neutral,
  "codex.model": neutral,
  "codex.effort": neutral,
  "codex.sandbox": { kind: "rank", ranks: { "read-only": 0, "workspace-write": 1 } },
  "codex.allowSandbox": { kind: "rank", ranks: { "read-only": 0, "workspace-write": 1, "danger-full-access": 2 } },
  "codex.timeoutSeconds": neutral,
  "codex.idleTimeoutSeconds": neutral,
  "hooks.classify": neutral,
  "hooks.autoReview": { kind: "falseIsTighter" },
  "hooks.stopGate": neutral,
  "classify.mediumThreshold": neutral,
  "classify.complexThreshold": neutral,
  "classify.extraScopeWords": neutral,
  "classify.extraRiskWords": neutral,
  "review.mode": { kind: "rank", ranks: { off: 0, auto: 1, always: 1 } },
  "review.debounceSeconds": neutral,
  "review.minIntervalSeconds": neutral,
  "review.maxReviewsPerSession": lower,
  "review.maxTokensPerSession": lower,
  "review.minChangedLines": neutral,
  "review.ignore": { kind: "union" },
  "review.maxFindingsInContext": neutral,
  "review.stopWaitSeconds": neutral,
  "review.promptBudgetBytes": lower,
  "review.maxCostPerSession": lower,
  "review.wake": neutral,
  "review.wakeRounds": lower,
  "context.threadBudgetTokens": lower,
  "context.model": { kind: "userOnly" },
  "context.prices": { kind: "userOnly" },
  "context.pricesDate": { kind: "userOnly" },
};
