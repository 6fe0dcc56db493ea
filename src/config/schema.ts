// `.claude/codex-collab.json`: every key optional, defaults filled in by the schema.
import * as z from "zod/mini";

export const ReviewMode = z.enum(["off", "auto", "always"]);

export const Config = z.object({
  locale: z.optional(z.enum(["en", "zh"])),
  codex: z._default(
    z.object({
      model: z.optional(z.string()),
      sandbox: z._default(z.enum(["read-only", "workspace-write"]), "read-only"),
      timeoutSeconds: z._default(z.number().check(z.positive()), 900),
      idleTimeoutSeconds: z._default(z.number().check(z.positive()), 300),
    }),
    { sandbox: "read-only", timeoutSeconds: 900, idleTimeoutSeconds: 300 },
  ),
  hooks: z._default(
    z.object({
      classify: z._default(z.boolean(), true),
      autoReview: z._default(z.boolean(), true),
      stopGate: z._default(z.boolean(), true),
    }),
    { classify: true, autoReview: true, stopGate: true },
  ),
  classify: z._default(
    z.object({
      /** Score at or above which a prompt is medium / complex. */
      mediumThreshold: z._default(z.number(), 3),
      complexThreshold: z._default(z.number(), 7),
      extraScopeWords: z._default(z.array(z.string()), []),
      extraRiskWords: z._default(z.array(z.string()), []),
    }),
    { mediumThreshold: 3, complexThreshold: 7, extraScopeWords: [], extraRiskWords: [] },
  ),
  review: z._default(
    z.object({
      /** auto: review only tasks classified medium or complex; always: every edit burst; off: never. */
      mode: z._default(ReviewMode, "auto"),
      debounceSeconds: z._default(z.number().check(z.nonnegative()), 20),
      minIntervalSeconds: z._default(z.number().check(z.nonnegative()), 60),
      maxReviewsPerSession: z._default(z.number().check(z.nonnegative()), 20),
      maxTokensPerSession: z._default(z.number().check(z.nonnegative()), 2_000_000),
      /** Diffs with fewer changed lines than this are not auto-reviewed. */
      minChangedLines: z._default(z.number().check(z.nonnegative()), 1),
      ignore: z._default(z.array(z.string()), []),
      maxFindingsInContext: z._default(z.number().check(z.positive()), 8),
      stopWaitSeconds: z._default(z.number().check(z.nonnegative()), 0),
      promptBudgetBytes: z._default(z.number().check(z.positive()), 200_000),
    }),
    {
      mode: "auto",
      debounceSeconds: 20,
      minIntervalSeconds: 60,
      maxReviewsPerSession: 20,
      maxTokensPerSession: 2_000_000,
      minChangedLines: 1,
      ignore: [],
      maxFindingsInContext: 8,
      stopWaitSeconds: 0,
      promptBudgetBytes: 200_000,
    },
  ),
});
export type Config = z.infer<typeof Config>;
export type ConfigInput = z.input<typeof Config>;

export const CONFIG_RELATIVE_PATH = ".claude/codex-collab.json";
