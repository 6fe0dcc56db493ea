// Renders a prompt template with handlebars in strict mode (a reference to anything not passed is an error)
// and without HTML escaping (prompts are plain text). Variables are checked against the front matter first:
// missing required ones are reported together, optional ones are filled with empty values so strict mode
// never trips on them, and undeclared ones are not visible to the body.
import Handlebars from "handlebars";
import { TemplateError } from "../errors.js";
import { fenceData } from "./fence.js";
import { loadTemplate, type LoadedTemplate, type TemplateOptions } from "./load.js";
import type { TemplateMeta, TemplateName, TemplateVariable } from "./schema.js";

export type TemplateVars = Record<string, unknown>;

export interface RenderedTemplate {
  /** The prompt to send to Codex. */
  text: string;
  meta: TemplateMeta;
}

const hb = Handlebars.create();

// {{{data "label" value}}}: untrusted text inside a nonce fence (see fence.ts). Throwing here rather than
// rendering "undefined" catches a body that fences a variable its front matter does not declare.
hb.registerHelper("data", function (this: unknown, ...args: unknown[]) {
  if (args.length !== 3 || typeof args[0] !== "string") {
    throw new Error('the "data" helper takes a label and a value: {{{data "label" variable}}}');
  }
  const label = args[0];
  const value = args[1];
  if (value === undefined || value === null) {
    throw new Error(`data section "${label}" has no value: its variable is not declared in the front matter, or is an optional number that was not passed`);
  }
  if (Array.isArray(value)) return fenceData(label, value.map(String));
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return fenceData(label, String(value));
  throw new Error(`data section "${label}" got a ${typeof value}; pass a string or a list`);
});

function emptyValue(v: TemplateVariable): unknown {
  switch (v.type) {
    case "string":
      return "";
    case "list":
      return [];
    case "boolean":
      return false;
    case "number":
      return undefined;
  }
}

function typeProblem(v: TemplateVariable, value: unknown): string | null {
  switch (v.type) {
    case "string":
      return typeof value === "string" ? null : `"${v.name}" must be a string, got ${describe(value)}`;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? null : `"${v.name}" must be a finite number, got ${describe(value)}`;
    case "boolean":
      return typeof value === "boolean" ? null : `"${v.name}" must be a boolean, got ${describe(value)}`;
    case "list":
      return Array.isArray(value) && value.every((item) => typeof item === "string")
        ? null
        : `"${v.name}" must be a list of strings, got ${describe(value)}`;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list with non-string items";
  return value === null ? "null" : typeof value;
}

/** A required string or list that is empty counts as missing: it would produce a prompt without its subject. */
function isMissing(v: TemplateVariable, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (!v.required) return false;
  if (v.type === "string" && typeof value === "string") return value.trim() === "";
  if (v.type === "list" && Array.isArray(value)) return value.length === 0;
  return false;
}

/** The handlebars context: exactly the declared variables, checked and with optional ones filled in. */
export function templateContext(meta: TemplateMeta, vars: TemplateVars): Record<string, unknown> {
  // No prototype, so `{{constructor}}` and friends are undeclared too; handlebars stringifies the context in its
  // strict-mode error message, which a prototype-less object only survives with its own toPrimitive.
  const context = Object.create(null, {
    [Symbol.toPrimitive]: { value: () => "the template variables" },
  }) as Record<string, unknown>;
  const missing: string[] = [];
  const problems: string[] = [];
  for (const v of meta.variables) {
    const value = Object.prototype.hasOwnProperty.call(vars, v.name) ? vars[v.name] : undefined;
    if (isMissing(v, value)) {
      if (v.required) missing.push(v.name);
      else context[v.name] = emptyValue(v);
      continue;
    }
    const problem = typeProblem(v, value);
    if (problem) problems.push(problem);
    else context[v.name] = value;
  }
  if (missing.length > 0) {
    throw new TemplateError(
      `Template "${meta.name}" is missing required variable${missing.length > 1 ? "s" : ""}: ${missing.join(", ")} (${meta.path}).`,
      `Pass ${missing.map((m) => `"${m}"`).join(", ")}; the template's front matter lists its variables.`,
    );
  }
  if (problems.length > 0) {
    throw new TemplateError(`Template "${meta.name}" got variables of the wrong type: ${problems.join("; ")} (${meta.path}).`);
  }
  return context;
}

const STRICT_MISS_RE = /^"([^"]+)" not defined in .*? - (\d+):(\d+)$/s;
const PARSE_LINE_RE = /^Parse error on line (\d+):/;

function renderError(loaded: LoadedTemplate, e: unknown): TemplateError {
  const { meta, bodyLine } = loaded;
  const message = e instanceof Error ? e.message : String(e);
  const miss = STRICT_MISS_RE.exec(message);
  if (miss) {
    const line = bodyLine + Number(miss[2]) - 1;
    return new TemplateError(
      `Template "${meta.name}" uses "${miss[1]}" at ${meta.path}:${line}, which is not one of its declared variables.`,
      `Declare "${miss[1]}" under "variables" in the front matter of ${meta.path}, or remove it from the body.`,
    );
  }
  const parse = PARSE_LINE_RE.exec(message);
  if (parse) {
    const line = bodyLine + Number(parse[1]) - 1;
    return new TemplateError(`Template "${meta.name}" has a syntax error at ${meta.path}:${line}: ${message}`, `Fix the handlebars syntax in ${meta.path}.`);
  }
  return new TemplateError(`Template "${meta.name}" (${meta.path}) failed to render: ${message}`);
}

/** Renders an already loaded template. */
export function renderLoaded(loaded: LoadedTemplate, vars: TemplateVars): RenderedTemplate {
  const context = templateContext(loaded.meta, vars);
  let text: string;
  try {
    text = hb.compile(loaded.body, { strict: true, noEscape: true })(context);
  } catch (e) {
    throw renderError(loaded, e);
  }
  return { text: `${text.trim()}\n`, meta: loaded.meta };
}

/**
 * Loads template `name` (project override first, see load.ts) and renders it with `vars`.
 * Throws TemplateError naming the template and the variable(s) when required variables are missing, a
 * variable has the wrong type, or the body references something its front matter does not declare.
 */
export function renderTemplate(name: TemplateName, vars: TemplateVars, opts: TemplateOptions): RenderedTemplate {
  return renderLoaded(loadTemplate(name, opts), vars);
}
