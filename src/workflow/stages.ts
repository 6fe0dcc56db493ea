// The template-driven stages of the collaboration flow. Each renders its template in the user's language and
// runs as one turn of the task's Codex session.
import { detectLocale } from "../classify/workflow.js";
import type { Config } from "../config/schema.js";
import { redact } from "../redact/index.js";
import { renderTemplate } from "../templates/render.js";
import type { Locale, TemplateName } from "../templates/schema.js";
import { previewOf, type Preview } from "./preview.js";
import { prepareTurn, runTurn, type SessionTarget, type TurnOptions, type TurnOutcome } from "./turn.js";

export type StageKind = "analyze" | "design" | "ask" | "debug" | "prototype" | "review";

export const STAGE_TEMPLATES: Record<StageKind, TemplateName> = {
  analyze: "requirements-analysis",
  design: "solution-design",
  ask: "follow-up",
  debug: "debugging-analysis",
  prototype: "prototype",
  review: "code-review",
};

export function pickLocale(config: Config, sample: string): Locale {
  return config.locale ?? detectLocale(sample);
}

export interface StageRequest extends Omit<TurnOptions, "prompt" | "kind" | "stage" | "target" | "title"> {
  kind: StageKind;
  target: SessionTarget;
  config: Config;
  vars: Record<string, unknown>;
  /** The user's own words, for the history title and the language choice. */
  userText: string;
  /** Overrides the template's stage (e.g. a second review is the final review, stage 7). */
  stage?: number;
  /** Text sent before the rendered template (a handoff to a fresh thread). */
  prefix?: string;
}

/** The stage's prompt before redaction, in the user's language. */
export function renderStage(req: StageRequest): { prompt: string; stage: number; locale: Locale } {
  const locale = pickLocale(req.config, req.userText);
  const rendered = renderTemplate(STAGE_TEMPLATES[req.kind], req.vars, { locale, projectRoot: req.root });
  return { prompt: (req.prefix ?? "") + rendered.text, stage: req.stage ?? rendered.meta.stage, locale };
}

/** What the stage would send (`--dry-run`): nothing runs, nothing is recorded. */
export async function previewStage(req: StageRequest): Promise<Preview> {
  const { prompt } = renderStage(req);
  return previewOf(await prepareTurn({ ...req, prompt }), req.target);
}

export async function runStage(req: StageRequest): Promise<TurnOutcome & { locale: Locale }> {
  const { prompt, stage, locale } = renderStage(req);
  const outcome = await runTurn({
    ...req,
    prompt,
    kind: req.kind,
    // Redact the whole text before taking its first line and clipping: a cut must never split a secret.
    title: redact(req.userText).text.trim().split("\n")[0]?.slice(0, 200) ?? req.kind,
    stage,
  });
  return { ...outcome, locale };
}
