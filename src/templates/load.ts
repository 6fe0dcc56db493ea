// Finding, reading and validating prompt templates. Lookup order for a template NAME in LOCALE:
//   1. <projectRoot>/.claude/codex-collab/templates/<locale>/<name>.md   (project override, per locale)
//   2. <projectRoot>/.claude/codex-collab/templates/<name>.md            (project override, any locale)
//   3. <built-in dir>/<locale>/<name>.md
// The built-in dir is $CODEX_COLLAB_TEMPLATES_DIR, else the nearest `templates/` (holding `en/`) found by walking
// up from this module — which works from src/templates/ (tests) and from the esbuild bundle in dist/.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import * as z from "zod/mini";
import { TemplateError } from "../errors.js";
import { readRepoFile } from "../state/safe-fs.js";
import {
  LOCALES,
  TEMPLATE_NAMES,
  TemplateFrontMatter,
  isTemplateName,
  type Locale,
  type TemplateMeta,
  type TemplateName,
} from "./schema.js";

export const PROJECT_TEMPLATES_DIR = ".claude/codex-collab/templates";
export const TEMPLATES_DIR_ENV = "CODEX_COLLAB_TEMPLATES_DIR";

export interface TemplateOptions {
  locale: Locale;
  /** Project root whose `.claude/codex-collab/templates` may override the built-in templates. */
  projectRoot?: string;
}

export interface LoadedTemplate {
  meta: TemplateMeta;
  /** The handlebars body (everything after the front matter). */
  body: string;
  /** 1-based line of the file on which the body starts, to turn body positions into file positions. */
  bodyLine: number;
}

let builtinDirCache: string | undefined;

/** Directory holding the built-in `en/` and `zh/` template folders. */
export function builtinTemplatesDir(): string {
  const fromEnv = process.env[TEMPLATES_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  if (builtinDirCache) return builtinDirCache;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "templates");
    if (existsSync(join(candidate, "en"))) return (builtinDirCache = candidate);
    const parent = dirname(dir);
    if (parent === dir) {
      throw new TemplateError(
        `The built-in templates directory was not found above ${fileURLToPath(import.meta.url)}.`,
        `Reinstall codex-collab, or set ${TEMPLATES_DIR_ENV} to a directory containing en/ and zh/.`,
      );
    }
    dir = parent;
  }
}

/** Candidate files for a template, most specific first. */
export function templateCandidates(name: TemplateName, opts: TemplateOptions): { path: string; source: TemplateMeta["source"] }[] {
  const out: { path: string; source: TemplateMeta["source"] }[] = [];
  if (opts.projectRoot) {
    const dir = join(resolve(opts.projectRoot), PROJECT_TEMPLATES_DIR);
    out.push({ path: join(dir, opts.locale, `${name}.md`), source: "project" });
    out.push({ path: join(dir, `${name}.md`), source: "project" });
  }
  out.push({ path: join(builtinTemplatesDir(), opts.locale, `${name}.md`), source: "builtin" });
  return out;
}

// gray-matter picks a front-matter engine from the text after the opening `---` (e.g. `---js`), and its
// JavaScript engine evaluates code. Templates may come from a cloned repository, so the first line must be
// exactly `---` (YAML, parsed by js-yaml's safe loader).
const MATTER_OPTIONS = { language: "yaml" };

/** Parses and validates one template file's text. `name` must match the front matter's `name`. */
export function parseTemplate(text: string, file: string, name: TemplateName, locale: Locale, source: TemplateMeta["source"]): LoadedTemplate {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.trimEnd() !== "---") {
    throw new TemplateError(
      `Template file ${file} does not start with YAML front matter (a first line of exactly "---").`,
      `Start ${file} with front matter: name, description, stage, variables, output.`,
    );
  }
  let parsed: { data: unknown; content: string };
  try {
    parsed = matter(text, MATTER_OPTIONS);
  } catch (e) {
    throw new TemplateError(`Template file ${file} has invalid front matter: ${(e as Error).message}`, `Fix the YAML front matter of ${file}.`);
  }
  const result = z.safeParse(TemplateFrontMatter, parsed.data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new TemplateError(`Template file ${file} has invalid front matter: ${issues}`, `Fix the front matter of ${file}.`);
  }
  if (result.data.name !== name) {
    throw new TemplateError(
      `Template file ${file} declares name "${result.data.name}" but is used as "${name}".`,
      `Set "name: ${name}" in the front matter of ${file}, or rename the file.`,
    );
  }
  const body = parsed.content;
  const head = text.slice(0, text.length - body.length);
  const bodyLine = head.split("\n").length;
  return { meta: { ...result.data, locale, source, path: file }, body, bodyLine };
}

/** Resolves and validates a template (see the lookup order at the top of this file). */
export function loadTemplate(name: TemplateName, opts: TemplateOptions): LoadedTemplate {
  if (!isTemplateName(name)) {
    throw new TemplateError(`Unknown template "${String(name)}".`, `Use one of: ${TEMPLATE_NAMES.join(", ")}.`);
  }
  if (!(LOCALES as readonly string[]).includes(opts.locale)) {
    throw new TemplateError(`Unknown locale "${String(opts.locale)}".`, `Use one of: ${LOCALES.join(", ")}.`);
  }
  const candidates = templateCandidates(name, opts);
  for (const { path, source } of candidates) {
    let text: string;
    try {
      // A project's override comes with the repository: never through a link, never a device, never huge.
      const buf = source === "project" ? readRepoFile(path) : readFileSync(path);
      if (buf === null) continue;
      text = buf.toString("utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      throw new TemplateError(`Cannot read template file ${path}: ${(e as Error).message}`, `Check the permissions of ${path}.`);
    }
    return parseTemplate(text, path, name, opts.locale, source);
  }
  throw new TemplateError(
    `Template "${name}" (${opts.locale}) was not found; looked in: ${candidates.map((c) => c.path).join(", ")}.`,
    `Reinstall codex-collab, or set ${TEMPLATES_DIR_ENV} to a directory containing en/ and zh/.`,
  );
}

/** Metadata of every template as it resolves for these options (project overrides included). */
export function listTemplates(opts: TemplateOptions): TemplateMeta[] {
  return TEMPLATE_NAMES.map((name) => loadTemplate(name, opts).meta);
}
