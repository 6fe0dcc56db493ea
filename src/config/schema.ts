// `.claude/codex-collab.json`: every key optional, defaults filled in by the schema.
import * as z from "zod/mini";
import { markSlowPath } from "../slow-path.js";
import { EFFORT_PATTERN } from "../codex/args.js";

/**
 * What a missing file, or a missing section, means. The schema's section defaults are these values, so
 * `z.parse(Config, {})` equals this (a test checks); the hooks use it without building the schema at all.
 */
export function defaultConfig() {
  return {
    codex: { sandbox: "read-only" as const, timeoutSeconds: 900, idleTimeoutSeconds: 300 },
    hooks: { classify: true, autoReview: true, stopGate: true },
    classify: { mediumThreshold: 3, complexThreshold: 7, extraScopeWords: [] as string[], extraRiskWords: [] as string[] },
    review: {
      mode: "auto" as const,
      debounceSeconds: 20,
      minIntervalSeconds: 60,
      maxReviewsPerSession: 20,
      maxTokensPerSession: 2_000_000,
      minChangedLines: 1,
      ignore: [] as string[],
      maxFindingsInContext: 8,
      stopWaitSeconds: 0,
      promptBudgetBytes: 200_000,
      wake: true,
      wakeRounds: 2,
      maxCostPerSession: 5,
    },
    context: {
      threadBudgetTokens: 150_000,
      prices: {} as Record<string, { input: number; cachedInput: number; output: number }>,
    },
  };
}

function build() {
  const d = defaultConfig();
  const ReviewMode = z.enum(["off", "auto", "always"]);
  const Rate = z.number().check(z.nonnegative());
  const Price = z.object({ input: Rate, cachedInput: Rate, output: Rate });
  const Config = z.object({
    locale: z.optional(z.enum(["en", "zh"])),
    codex: z._default(
      z.object({
        model: z.optional(z.string()),
        /** Reasoning effort passed as `-c model_reasoning_effort=…` (--effort overrides it). */
        effort: z.optional(z.string().check(z.regex(EFFORT_PATTERN, "a reasoning effort level such as low, medium or high"))),
        sandbox: z._default(z.enum(["read-only", "workspace-write"]), d.codex.sandbox),
        /** The loosest sandbox a tool call may ask for; a project file may only lower it (directions.ts). */
        allowSandbox: z.optional(z.enum(["read-only", "workspace-write", "danger-full-access"])),
        timeoutSeconds: z._default(z.number().check(z.positive()), d.codex.timeoutSeconds),
        idleTimeoutSeconds: z._default(z.number().check(z.positive()), d.codex.idleTimeoutSeconds),
      }),
      d.codex,
    ),
    hooks: z._default(
      z.object({
        classify: z._default(z.boolean(), d.hooks.classify),
        autoReview: z._default(z.boolean(), d.hooks.autoReview),
        stopGate: z._default(z.boolean(), d.hooks.stopGate),
      }),
      d.hooks,
    ),
    classify: z._default(
      z.object({
        /** Score at or above which a prompt is medium / complex. */
        mediumThreshold: z._default(z.number(), d.classify.mediumThreshold),
        complexThreshold: z._default(z.number(), d.classify.complexThreshold),
        extraScopeWords: z._default(z.array(z.string()), d.classify.extraScopeWords),
        extraRiskWords: z._default(z.array(z.string()), d.classify.extraRiskWords),
      }),
      d.classify,
    ),
    review: z._default(
      z.object({
        /** auto: review only tasks classified medium or complex; always: every edit burst; off: never. */
        mode: z._default(ReviewMode, d.review.mode),
        debounceSeconds: z._default(z.number().check(z.nonnegative()), d.review.debounceSeconds),
        minIntervalSeconds: z._default(z.number().check(z.nonnegative()), d.review.minIntervalSeconds),
        maxReviewsPerSession: z._default(z.number().check(z.nonnegative()), d.review.maxReviewsPerSession),
        maxTokensPerSession: z._default(z.number().check(z.nonnegative()), d.review.maxTokensPerSession),
        /** Diffs with fewer changed lines than this are not auto-reviewed. */
        minChangedLines: z._default(z.number().check(z.nonnegative()), d.review.minChangedLines),
        ignore: z._default(z.array(z.string()), d.review.ignore),
        maxFindingsInContext: z._default(z.number().check(z.positive()), d.review.maxFindingsInContext),
        stopWaitSeconds: z._default(z.number().check(z.nonnegative()), d.review.stopWaitSeconds),
        promptBudgetBytes: z._default(z.number().check(z.positive()), d.review.promptBudgetBytes),
        /** Estimated USD per Claude session after which automatic reviews stop (see context.prices). */
        maxCostPerSession: z._default(z.number().check(z.nonnegative()), d.review.maxCostPerSession),
        /** Wake an idle Claude with must-fix findings (asyncRewake hook), where Claude Code supports it. */
        wake: z._default(z.boolean(), d.review.wake),
        /** Wakes per loop (review → fixes → final review) before it stops and leaves the rest to the user. */
        wakeRounds: z._default(z.number().check(z.int(), z.nonnegative()), d.review.wakeRounds),
      }),
      d.review,
    ),
    context: z._default(
      z.object({
        /** A thread whose next turn would pass this many tokens continues in a fresh thread with a handoff. */
        threadBudgetTokens: z._default(z.number().check(z.int(), z.minimum(4_000)), d.context.threadBudgetTokens),
        /** Model the estimate prices when codex.model is not set (default: the price table's). */
        model: z.optional(z.string().check(z.minLength(1))),
        /** USD per million tokens, per model; overrides and extends the shipped table (src/workflow/prices.json). */
        prices: z._default(z.record(z.string().check(z.minLength(1)), Price), d.context.prices),
        /** When the overriding prices were taken, shown with every estimate. */
        pricesDate: z.optional(z.string().check(z.minLength(1))),
      }),
      d.context,
    ),
  });
  return { ReviewMode, Config };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;

/**
 * The schemas, built on first use: building them costs every hook process milliseconds at start-up, and most
 * hook runs never validate a config (most projects have no config file).
 */
export function configSchemas(): Schemas {
  if (built) return built;
  markSlowPath();
  return (built = build());
}

function part<K extends keyof Schemas>(key: K): Schemas[K] {
  return configSchemas()[key];
}

// Pure: a bundle that never names these (the hooks) does not build the schemas when it starts.
export const ReviewMode = /* @__PURE__ */ part("ReviewMode");
export const Config = /* @__PURE__ */ part("Config");
export type Config = z.infer<typeof Config>;
export type ConfigInput = z.input<typeof Config>;

export const CONFIG_RELATIVE_PATH = ".claude/codex-collab.json";
/** Your own settings for this project; git-ignored (a tracked one only tightens). */
export const LOCAL_CONFIG_RELATIVE_PATH = ".claude/codex-collab.local.json";
