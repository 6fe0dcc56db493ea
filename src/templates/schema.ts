// Front matter of a prompt template (templates/<locale>/<name>.md). Validated for built-in templates and for
// project overrides alike, so a broken override fails with a clear TemplateError instead of a bad prompt.
import * as z from "zod/mini";

/** The built-in templates, in the order of the collaboration flow. */
export const TEMPLATE_NAMES = [
  "requirements-analysis",
  "debugging-analysis",
  "solution-design",
  "follow-up",
  "prototype",
  "code-review",
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

export function isTemplateName(value: string): value is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(value);
}

export const VariableType = z.enum(["string", "number", "boolean", "list"]);
export type VariableType = z.infer<typeof VariableType>;

export const TemplateVariable = z.object({
  /** A plain identifier: it is used as `{{name}}` in the body. */
  name: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier (letters, digits, _)")),
  type: VariableType,
  required: z._default(z.boolean(), false),
  description: z.string().check(z.minLength(1)),
});
export type TemplateVariable = z.infer<typeof TemplateVariable>;

export const TemplateFrontMatter = z
  .object({
    name: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    /** Stage of the seven-stage flow (see STAGES in src/state/schema.ts) the template belongs to. */
    stage: z.number().check(z.int(), z.minimum(1), z.maximum(7)),
    variables: z._default(z.array(TemplateVariable), []),
    /** The output contract in one or two sentences; the body spells it out for Codex. */
    output: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((fm) => new Set(fm.variables.map((v) => v.name)).size === fm.variables.length, {
      message: "variable names must be unique",
      path: ["variables"],
    }),
  );
export type TemplateFrontMatter = z.infer<typeof TemplateFrontMatter>;

export interface TemplateMeta extends TemplateFrontMatter {
  locale: Locale;
  /** "project" when the file came from the project's `.claude/codex-collab/templates`. */
  source: "project" | "builtin";
  /** Absolute path of the template file. */
  path: string;
}
