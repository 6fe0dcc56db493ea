// The structured answer a review asks Codex for: its schema (for `codex exec --output-schema`), parsing the answer
// (JSON as asked; a prose answer is kept as prose, never mined for findings), sorting, counting and printing findings.
import * as z from "zod/mini";
import { Finding, Severity } from "../state/schema.js";
import { countBySeverity, findingLocation, sortFindings } from "./findings.js";

export const Verdict = z.enum(["approve", "request-changes", "comment"]);
export type Verdict = z.infer<typeof Verdict>;

export const ReviewResult = z.object({
  verdict: Verdict,
  summary: z.string(),
  findings: z.array(Finding),
});
export type ReviewResult = z.infer<typeof ReviewResult>;

type JsonSchema = Record<string, unknown>;

/** Shown to the model inside the schema; they say what each field must hold. */
const DESCRIPTIONS = new Map<unknown, string>([
  [ReviewResult.shape.verdict, "request-changes when there is at least one must-fix finding; approve when nothing needs changing; otherwise comment."],
  [ReviewResult.shape.summary, "Two or three sentences: what the change does and how sound it is."],
  [ReviewResult.shape.findings, "Concrete problems in the change. Empty when there is nothing to report."],
  [Finding.shape.severity, "must-fix: a bug, security hole, data loss or broken contract; should-fix: a real problem that does not block; nit: style or polish."],
  [Finding.shape.file, "Path relative to the repository root, as in the diff."],
  [Finding.shape.line_start, "First line in the new version of the file; null when the finding is not about specific lines."],
  [Finding.shape.line_end, "Last line (equal to line_start for a single line); null when line_start is null."],
  [Finding.shape.title, "One line, under 80 characters."],
  [Finding.shape.explanation, "Why this is a problem, with the evidence from the code."],
  [Finding.shape.suggested_fix, "The concrete change to make."],
  [Finding.shape.confidence, "How sure you are that this is a real problem, from 0 to 1."],
]);

/** The JSON Schema for `codex exec --output-schema`, in the strict form OpenAI structured outputs require. */
export function reviewJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(ReviewResult, {
    override: (ctx) => {
      const description = DESCRIPTIONS.get(ctx.zodSchema);
      if (description !== undefined) ctx.jsonSchema.description = description;
    },
  }) as JsonSchema;
  return toStrictJsonSchema(generated);
}

/**
 * Validation keywords that OpenAI's strict mode rejects on some models. We validate answers with zod anyway, so
 * dropping them from what the model sees loses nothing.
 */
const UNSUPPORTED_KEYWORDS = [
  "$schema",
  "default",
  "examples",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "contains",
  "minProperties",
  "maxProperties",
  "patternProperties",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
] as const;

function isObject(v: unknown): v is JsonSchema {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Sub-schemas of a node, wherever JSON Schema nests them. */
function children(node: JsonSchema): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const key of ["properties", "$defs", "definitions"]) {
    const map = node[key];
    if (isObject(map)) for (const v of Object.values(map)) if (isObject(v)) out.push(v);
  }
  for (const key of ["items", "additionalProperties", "not"]) if (isObject(node[key])) out.push(node[key]);
  for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"]) {
    const list = node[key];
    if (Array.isArray(list)) for (const v of list) if (isObject(v)) out.push(v);
  }
  return out;
}

function makeNullable(node: JsonSchema): JsonSchema {
  const type = node.type;
  if (typeof type === "string") return type === "null" ? node : { ...node, type: [type, "null"] };
  if (Array.isArray(type)) return type.includes("null") ? node : { ...node, type: [...type, "null"] };
  const { description, ...rest } = node;
  return { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: "null" }] };
}

/**
 * Rewrites a JSON Schema into OpenAI's strict form (a deep copy): every object lists all its properties in
 * `required` and forbids additional ones; a property that was optional becomes required but nullable; keywords
 * strict mode does not accept are dropped.
 */
export function toStrictJsonSchema(schema: JsonSchema): JsonSchema {
  const visit = (input: JsonSchema): JsonSchema => {
    const node: JsonSchema = structuredClone(input);
    for (const k of UNSUPPORTED_KEYWORDS) delete node[k];
    for (const key of ["$defs", "definitions"]) {
      const map = node[key];
      if (isObject(map)) node[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, isObject(v) ? visit(v) : v]));
    }
    for (const key of ["items", "not"]) if (isObject(node[key])) node[key] = visit(node[key]);
    for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"]) {
      const list = node[key];
      if (Array.isArray(list)) node[key] = list.map((v: unknown) => (isObject(v) ? visit(v) : v));
    }
    if (node.type === "object" || isObject(node.properties)) {
      const props = isObject(node.properties) ? node.properties : {};
      const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
      node.properties = Object.fromEntries(
        Object.entries(props).map(([k, v]) => {
          const strict = isObject(v) ? visit(v) : v;
          return [k, required.has(k) || !isObject(strict) ? strict : makeNullable(strict)];
        }),
      );
      node.required = Object.keys(props);
      node.additionalProperties = false;
    }
    return node;
  };
  return visit(schema);
}

/** Every reason `schema` would be refused by OpenAI's strict structured outputs; empty when it is acceptable. */
export function strictSchemaProblems(schema: JsonSchema): string[] {
  const problems: string[] = [];
  if (schema.type !== "object") problems.push("the root must be an object schema");
  const walk = (node: JsonSchema, at: string): void => {
    for (const k of UNSUPPORTED_KEYWORDS) if (k in node && !(k === "$schema" && at === "#")) problems.push(`${at}: keyword "${k}" is not supported`);
    if (node.type === "object" || isObject(node.properties)) {
      if (node.additionalProperties !== false) problems.push(`${at}: additionalProperties must be false`);
      const keys = isObject(node.properties) ? Object.keys(node.properties) : [];
      const required = Array.isArray(node.required) ? node.required : [];
      for (const k of keys) if (!required.includes(k)) problems.push(`${at}/properties/${k}: must be listed in required`);
    }
    for (const child of children(node)) walk(child, `${at}/…`);
  };
  walk(schema, "#");
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing the answer

export interface ParsedReview {
  result: ReviewResult;
  /** True when the answer was JSON that matched (or was repaired into) the schema. */
  structured: boolean;
  /**
   * Set when Codex answered in prose: the answer itself. Findings are never guessed from prose (a prose answer can
   * echo our own template's lines), so `result.findings` is empty and `result.verdict` is "comment".
   */
  prose?: string;
  /** Set when the answer was not exactly what was asked for; says what was done with it. */
  note?: string;
}

/** Candidate JSON texts in an answer: the whole answer, each fenced block, then the outermost braces. */
function jsonCandidates(text: string): string[] {
  const out = [text.trim()];
  for (const m of text.matchAll(/```[ \t]*(?:json|JSON|jsonc)?[ \t]*\r?\n([\s\S]*?)```/g)) out.push((m[1] ?? "").trim());
  const first = text.indexOf("{");
  const last = text.lastIndexOf("}");
  if (first >= 0 && last > first) out.push(text.slice(first, last + 1));
  return out;
}

export function parseReviewAnswer(text: string): ParsedReview {
  if (text.trim() === "") {
    return { result: { verdict: "comment", summary: "", findings: [] }, structured: false, note: "Codex returned an empty answer." };
  }
  let repairable: Record<string, unknown> | null = null;
  for (const candidate of jsonCandidates(text)) {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    const strict = z.safeParse(ReviewResult, value);
    if (strict.success) return { result: strict.data, structured: true };
    if (repairable === null && isObject(value) && (Array.isArray(value.findings) || typeof value.verdict === "string")) repairable = value;
  }
  if (repairable !== null) {
    const { result, repairs } = repairReview(repairable);
    return {
      result,
      structured: true,
      note: `Codex's JSON did not match the review schema exactly; it was repaired (${repairs.join("; ")}).`,
    };
  }
  return {
    result: { verdict: "comment", summary: "", findings: [] },
    structured: false,
    prose: text.trim(),
    note: "Codex answered in prose instead of the requested JSON; no findings were taken from it. Read the answer itself.",
  };
}

/** Fits almost-right JSON (a missing field, a severity synonym, a line number as text) to the schema. */
function repairReview(value: Record<string, unknown>): { result: ReviewResult; repairs: string[] } {
  const repairs = new Set<string>();
  const str = (v: unknown, what: string): string => {
    if (typeof v === "string") return v;
    repairs.add(`${what} missing`);
    return v === undefined || v === null ? "" : JSON.stringify(v);
  };
  const line = (v: unknown, what: string): number | null => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    const n = typeof v === "string" ? Number.parseInt(v, 10) : Number.NaN;
    repairs.add(`${what} not a number`);
    return Number.isFinite(n) ? n : null;
  };
  const rawFindings = Array.isArray(value.findings) ? value.findings : [];
  if (!Array.isArray(value.findings)) repairs.add("findings missing");
  const findings: Finding[] = [];
  for (const raw of rawFindings) {
    if (!isObject(raw)) {
      repairs.add("a finding was not an object");
      continue;
    }
    const severity = typeof raw.severity === "string" ? severityFromWord(raw.severity) : null;
    if (severity === null || severity !== raw.severity) repairs.add("severity mapped");
    const confidence = typeof raw.confidence === "number" ? raw.confidence : Number.NaN;
    if (!Number.isFinite(confidence)) repairs.add("confidence missing");
    findings.push({
      severity: severity ?? "should-fix",
      file: str(raw.file ?? raw.path, "file"),
      line_start: line(raw.line_start ?? raw.line, "line_start"),
      line_end: line(raw.line_end, "line_end"),
      title: str(raw.title, "title"),
      explanation: str(raw.explanation ?? raw.description, "explanation"),
      suggested_fix: str(raw.suggested_fix ?? raw.fix ?? raw.suggestion, "suggested_fix"),
      // Unknown confidence: neither trusted nor dismissed.
      confidence: Number.isFinite(confidence) ? confidence : 0.5,
    });
  }
  const verdictParse = z.safeParse(Verdict, value.verdict);
  if (!verdictParse.success) repairs.add("verdict inferred");
  return {
    result: {
      verdict: verdictParse.success ? verdictParse.data : inferVerdict(findings, typeof value.verdict === "string" ? value.verdict : ""),
      summary: str(value.summary, "summary"),
      findings,
    },
    repairs: [...repairs],
  };
}

/**
 * Severity words in English and Chinese, as models write them in a JSON `severity` field: `label` are the words we
 * ask for, `synonym` looser ones.
 */
const SEVERITY_WORDS: { severity: Severity; label: RegExp; synonym: RegExp }[] = [
  {
    severity: "must-fix",
    label: /must[\s_-]*fix|必须修复|必须修改/i,
    synonym: /\bblock(?:er|ing)\b|\bcritical\b|\bhigh\b(?!-)|\bsevere\b|必须|严重|阻塞/i,
  },
  {
    severity: "should-fix",
    label: /should[\s_-]*fix|建议修复|建议修改|应该修复|应修复/i,
    synonym: /\bmajor\b|\bmedium\b|\bimportant\b|\bwarning\b/i,
  },
  {
    severity: "nit",
    label: /\bnits?\b|\bnit-?pick/i,
    synonym: /\bminor\b|\blow\b(?!-)|\bstyle\b|\boptional\b|可选|小问题|细节/i,
  },
];

function severityFromWord(word: string): Severity | null {
  for (const { severity, label } of SEVERITY_WORDS) if (label.test(word)) return severity;
  for (const { severity, synonym } of SEVERITY_WORDS) if (synonym.test(word)) return severity;
  return null;
}

function inferVerdict(findings: Finding[], text: string): Verdict {
  if (/request[\s_-]*changes|changes requested|需要修改|请求修改|不通过/i.test(text)) return "request-changes";
  if (findings.some((f) => f.severity === "must-fix")) return "request-changes";
  if (/\bapprove[ds]?\b|\blgtm\b|looks good|批准|可以合并|通过/i.test(text)) return "approve";
  return "comment";
}

// ---------------------------------------------------------------------------------------------------------------
// Presenting findings

const ANSI = { red: "\x1b[31m", yellow: "\x1b[33m", cyan: "\x1b[36m", bold: "\x1b[1m", dim: "\x1b[2m", reset: "\x1b[0m" };
const SEVERITY_COLOR: Record<Severity, string> = { "must-fix": ANSI.red, "should-fix": ANSI.yellow, nit: ANSI.cyan };
const VERDICT_TEXT: Record<Verdict, string> = { approve: "approve", "request-changes": "request changes", comment: "comment" };

/** Compact text for a terminal: a verdict line with counts, the summary, then each finding in sorted order. */
export function formatFindings(result: ReviewResult, opts: { color?: boolean } = {}): string {
  const paint = (code: string, s: string): string => (opts.color ? `${code}${s}${ANSI.reset}` : s);
  const counts = countBySeverity(result.findings);
  const lines = [
    `${paint(ANSI.bold, `Verdict: ${VERDICT_TEXT[result.verdict]}`)} (${counts["must-fix"]} must-fix, ${counts["should-fix"]} should-fix, ${counts.nit} nit)`,
  ];
  if (result.summary.trim() !== "") lines.push(result.summary.trim());
  if (result.findings.length === 0) {
    lines.push("No findings.");
    return lines.join("\n");
  }
  for (const f of sortFindings(result.findings)) {
    lines.push("");
    lines.push(`${paint(SEVERITY_COLOR[f.severity], `[${f.severity}]`)} ${paint(ANSI.bold, findingLocation(f))} ${f.title}`);
    if (f.explanation.trim() !== "") lines.push(indent(f.explanation.trim()));
    if (f.suggested_fix.trim() !== "") lines.push(indent(`${paint(ANSI.dim, "Fix:")} ${f.suggested_fix.trim()}`));
  }
  return lines.join("\n");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}
