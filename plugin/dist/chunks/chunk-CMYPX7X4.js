import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  _default,
  _enum,
  _gte,
  _minLength,
  _nonnegative,
  _positive,
  _regex,
  array,
  boolean,
  int,
  number,
  object,
  optional,
  record,
  string
} from "./chunk-N7COAWPZ.js";

// src/codex/args.ts
var SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"];
function isThreadId(id) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
var EFFORT_PATTERN = /^[a-z][a-z_-]{0,23}$/;
function checkedEffort(effort) {
  if (!EFFORT_PATTERN.test(effort)) throw new TypeError(`not a reasoning effort level: ${effort}`);
  return effort;
}
function buildCodexArgs(opts = {}) {
  const sandbox = opts.sandbox ?? "read-only";
  if (!SANDBOX_MODES.includes(sandbox)) throw new TypeError(`unknown sandbox mode: ${String(sandbox)}`);
  const common = ["--json", "--skip-git-repo-check", "-c", 'approval_policy="never"'];
  const optional2 = [
    ...opts.model ? ["-m", opts.model] : [],
    ...opts.effort ? ["-c", `model_reasoning_effort="${checkedEffort(opts.effort)}"`] : [],
    ...opts.outputSchemaFile ? ["--output-schema", opts.outputSchemaFile] : []
  ];
  if (opts.sessionId !== void 0) {
    if (!isThreadId(opts.sessionId)) throw new TypeError(`not a codex thread id: ${opts.sessionId}`);
    return ["exec", "resume", opts.sessionId, ...common, "-c", `sandbox_mode="${sandbox}"`, ...optional2, "-"];
  }
  return ["exec", ...common, "--sandbox", sandbox, ...optional2, "-"];
}

// src/config/schema.ts
function defaultConfig() {
  return {
    codex: { sandbox: "read-only", timeoutSeconds: 900, idleTimeoutSeconds: 300 },
    hooks: { classify: true, autoReview: true, stopGate: true },
    classify: { mediumThreshold: 3, complexThreshold: 7, extraScopeWords: [], extraRiskWords: [] },
    review: {
      mode: "auto",
      debounceSeconds: 20,
      minIntervalSeconds: 60,
      maxReviewsPerSession: 20,
      maxTokensPerSession: 2e6,
      minChangedLines: 1,
      ignore: [],
      maxFindingsInContext: 8,
      stopWaitSeconds: 0,
      promptBudgetBytes: 2e5,
      wake: true,
      wakeRounds: 2,
      maxCostPerSession: 5
    },
    context: {
      threadBudgetTokens: 15e4,
      prices: {}
    }
  };
}
function build() {
  const d = defaultConfig();
  const ReviewMode = _enum(["off", "auto", "always"]);
  const Rate = number().check(_nonnegative());
  const Price = object({ input: Rate, cachedInput: Rate, output: Rate });
  const Config2 = object({
    locale: optional(_enum(["en", "zh"])),
    codex: _default(
      object({
        model: optional(string()),
        /** Reasoning effort passed as `-c model_reasoning_effort=…` (--effort overrides it). */
        effort: optional(string().check(_regex(EFFORT_PATTERN, "a reasoning effort level such as low, medium or high"))),
        sandbox: _default(_enum(["read-only", "workspace-write"]), d.codex.sandbox),
        /** The loosest sandbox a tool call may ask for; a project file may only lower it (directions.ts). */
        allowSandbox: optional(_enum(["read-only", "workspace-write", "danger-full-access"])),
        timeoutSeconds: _default(number().check(_positive()), d.codex.timeoutSeconds),
        idleTimeoutSeconds: _default(number().check(_positive()), d.codex.idleTimeoutSeconds)
      }),
      d.codex
    ),
    hooks: _default(
      object({
        classify: _default(boolean(), d.hooks.classify),
        autoReview: _default(boolean(), d.hooks.autoReview),
        stopGate: _default(boolean(), d.hooks.stopGate)
      }),
      d.hooks
    ),
    classify: _default(
      object({
        /** Score at or above which a prompt is medium / complex. */
        mediumThreshold: _default(number(), d.classify.mediumThreshold),
        complexThreshold: _default(number(), d.classify.complexThreshold),
        extraScopeWords: _default(array(string()), d.classify.extraScopeWords),
        extraRiskWords: _default(array(string()), d.classify.extraRiskWords)
      }),
      d.classify
    ),
    review: _default(
      object({
        /** auto: review only tasks classified medium or complex; always: every edit burst; off: never. */
        mode: _default(ReviewMode, d.review.mode),
        debounceSeconds: _default(number().check(_nonnegative()), d.review.debounceSeconds),
        minIntervalSeconds: _default(number().check(_nonnegative()), d.review.minIntervalSeconds),
        maxReviewsPerSession: _default(number().check(_nonnegative()), d.review.maxReviewsPerSession),
        maxTokensPerSession: _default(number().check(_nonnegative()), d.review.maxTokensPerSession),
        /** Diffs with fewer changed lines than this are not auto-reviewed. */
        minChangedLines: _default(number().check(_nonnegative()), d.review.minChangedLines),
        ignore: _default(array(string()), d.review.ignore),
        maxFindingsInContext: _default(number().check(_positive()), d.review.maxFindingsInContext),
        stopWaitSeconds: _default(number().check(_nonnegative()), d.review.stopWaitSeconds),
        promptBudgetBytes: _default(number().check(_positive()), d.review.promptBudgetBytes),
        /** Estimated USD per Claude session after which automatic reviews stop (see context.prices). */
        maxCostPerSession: _default(number().check(_nonnegative()), d.review.maxCostPerSession),
        /** Wake an idle Claude with must-fix findings (asyncRewake hook), where Claude Code supports it. */
        wake: _default(boolean(), d.review.wake),
        /** Wakes per loop (review → fixes → final review) before it stops and leaves the rest to the user. */
        wakeRounds: _default(number().check(int(), _nonnegative()), d.review.wakeRounds)
      }),
      d.review
    ),
    context: _default(
      object({
        /** A thread whose next turn would pass this many tokens continues in a fresh thread with a handoff. */
        threadBudgetTokens: _default(number().check(int(), _gte(4e3)), d.context.threadBudgetTokens),
        /** Model the estimate prices when codex.model is not set (default: the price table's). */
        model: optional(string().check(_minLength(1))),
        /** USD per million tokens, per model; overrides and extends the shipped table (src/workflow/prices.json). */
        prices: _default(record(string().check(_minLength(1)), Price), d.context.prices),
        /** When the overriding prices were taken, shown with every estimate. */
        pricesDate: optional(string().check(_minLength(1)))
      }),
      d.context
    )
  });
  return { ReviewMode, Config: Config2 };
}
var built;
function configSchemas() {
  return built ??= build();
}
function part(key) {
  return configSchemas()[key];
}
var Config = /* @__PURE__ */ part("Config");
var CONFIG_RELATIVE_PATH = ".claude/codex-collab.json";
var LOCAL_CONFIG_RELATIVE_PATH = ".claude/codex-collab.local.json";

export {
  SANDBOX_MODES,
  isThreadId,
  EFFORT_PATTERN,
  buildCodexArgs,
  defaultConfig,
  configSchemas,
  Config,
  CONFIG_RELATIVE_PATH,
  LOCAL_CONFIG_RELATIVE_PATH
};
