import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  countBySeverity,
  findingLocation,
  sortFindings
} from "./chunk-74YMS3QO.js";
import {
  Finding
} from "./chunk-XQ3S6CER.js";
import {
  _enum,
  array,
  object,
  safeParse,
  string,
  toJSONSchema
} from "./chunk-O76QQAV3.js";

// src/review/schema.ts
var Verdict = _enum(["approve", "request-changes", "comment"]);
var ReviewResult = object({
  verdict: Verdict,
  summary: string(),
  findings: array(Finding)
});
var DESCRIPTIONS = /* @__PURE__ */ new Map([
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
  [Finding.shape.confidence, "How sure you are that this is a real problem, from 0 to 1."]
]);
function reviewJsonSchema() {
  const generated = toJSONSchema(ReviewResult, {
    override: (ctx) => {
      const description = DESCRIPTIONS.get(ctx.zodSchema);
      if (description !== void 0) ctx.jsonSchema.description = description;
    }
  });
  return toStrictJsonSchema(generated);
}
var UNSUPPORTED_KEYWORDS = [
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
  "unevaluatedItems"
];
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function makeNullable(node) {
  const type = node.type;
  if (typeof type === "string") return type === "null" ? node : { ...node, type: [type, "null"] };
  if (Array.isArray(type)) return type.includes("null") ? node : { ...node, type: [...type, "null"] };
  const { description, ...rest } = node;
  return { ...description === void 0 ? {} : { description }, anyOf: [rest, { type: "null" }] };
}
function toStrictJsonSchema(schema) {
  const visit = (input) => {
    const node = structuredClone(input);
    for (const k of UNSUPPORTED_KEYWORDS) delete node[k];
    for (const key of ["$defs", "definitions"]) {
      const map = node[key];
      if (isObject(map)) node[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, isObject(v) ? visit(v) : v]));
    }
    for (const key of ["items", "not"]) if (isObject(node[key])) node[key] = visit(node[key]);
    for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"]) {
      const list = node[key];
      if (Array.isArray(list)) node[key] = list.map((v) => isObject(v) ? visit(v) : v);
    }
    if (node.type === "object" || isObject(node.properties)) {
      const props = isObject(node.properties) ? node.properties : {};
      const required = new Set(Array.isArray(node.required) ? node.required : []);
      node.properties = Object.fromEntries(
        Object.entries(props).map(([k, v]) => {
          const strict = isObject(v) ? visit(v) : v;
          return [k, required.has(k) || !isObject(strict) ? strict : makeNullable(strict)];
        })
      );
      node.required = Object.keys(props);
      node.additionalProperties = false;
    }
    return node;
  };
  return visit(schema);
}
function jsonCandidates(text) {
  const out = [text.trim()];
  for (const m of text.matchAll(/```[ \t]*(?:json|JSON|jsonc)?[ \t]*\r?\n([\s\S]*?)```/g)) out.push((m[1] ?? "").trim());
  const first = text.indexOf("{");
  const last = text.lastIndexOf("}");
  if (first >= 0 && last > first) out.push(text.slice(first, last + 1));
  return out;
}
function parseReviewAnswer(text) {
  if (text.trim() === "") {
    return { result: { verdict: "comment", summary: "", findings: [] }, structured: false, note: "Codex returned an empty answer." };
  }
  let repairable = null;
  for (const candidate of jsonCandidates(text)) {
    let value;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    const strict = safeParse(ReviewResult, value);
    if (strict.success) return { result: strict.data, structured: true };
    if (repairable === null && isObject(value) && (Array.isArray(value.findings) || typeof value.verdict === "string")) repairable = value;
  }
  if (repairable !== null) {
    const { result, repairs } = repairReview(repairable);
    return {
      result,
      structured: true,
      note: `Codex's JSON did not match the review schema exactly; it was repaired (${repairs.join("; ")}).`
    };
  }
  return {
    result: { verdict: "comment", summary: "", findings: [] },
    structured: false,
    prose: text.trim(),
    note: "Codex answered in prose instead of the requested JSON; no findings were taken from it. Read the answer itself."
  };
}
function repairReview(value) {
  const repairs = /* @__PURE__ */ new Set();
  const str = (v, what) => {
    if (typeof v === "string") return v;
    repairs.add(`${what} missing`);
    return v === void 0 || v === null ? "" : JSON.stringify(v);
  };
  const line = (v, what) => {
    if (v === null || v === void 0) return null;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    const n = typeof v === "string" ? Number.parseInt(v, 10) : Number.NaN;
    repairs.add(`${what} not a number`);
    return Number.isFinite(n) ? n : null;
  };
  const rawFindings = Array.isArray(value.findings) ? value.findings : [];
  if (!Array.isArray(value.findings)) repairs.add("findings missing");
  const findings = [];
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
      confidence: Number.isFinite(confidence) ? confidence : 0.5
    });
  }
  const verdictParse = safeParse(Verdict, value.verdict);
  if (!verdictParse.success) repairs.add("verdict inferred");
  return {
    result: {
      verdict: verdictParse.success ? verdictParse.data : inferVerdict(findings, typeof value.verdict === "string" ? value.verdict : ""),
      summary: str(value.summary, "summary"),
      findings
    },
    repairs: [...repairs]
  };
}
var SEVERITY_WORDS = [
  {
    severity: "must-fix",
    label: /must[\s_-]*fix|必须修复|必须修改/i,
    synonym: /\bblock(?:er|ing)\b|\bcritical\b|\bhigh\b(?!-)|\bsevere\b|必须|严重|阻塞/i
  },
  {
    severity: "should-fix",
    label: /should[\s_-]*fix|建议修复|建议修改|应该修复|应修复/i,
    synonym: /\bmajor\b|\bmedium\b|\bimportant\b|\bwarning\b/i
  },
  {
    severity: "nit",
    label: /\bnits?\b|\bnit-?pick/i,
    synonym: /\bminor\b|\blow\b(?!-)|\bstyle\b|\boptional\b|可选|小问题|细节/i
  }
];
function severityFromWord(word) {
  for (const { severity, label } of SEVERITY_WORDS) if (label.test(word)) return severity;
  for (const { severity, synonym } of SEVERITY_WORDS) if (synonym.test(word)) return severity;
  return null;
}
function inferVerdict(findings, text) {
  if (/request[\s_-]*changes|changes requested|需要修改|请求修改|不通过/i.test(text)) return "request-changes";
  if (findings.some((f) => f.severity === "must-fix")) return "request-changes";
  if (/\bapprove[ds]?\b|\blgtm\b|looks good|批准|可以合并|通过/i.test(text)) return "approve";
  return "comment";
}
var ANSI = { red: "\x1B[31m", yellow: "\x1B[33m", cyan: "\x1B[36m", bold: "\x1B[1m", dim: "\x1B[2m", reset: "\x1B[0m" };
var SEVERITY_COLOR = { "must-fix": ANSI.red, "should-fix": ANSI.yellow, nit: ANSI.cyan };
var VERDICT_TEXT = { approve: "approve", "request-changes": "request changes", comment: "comment" };
function formatFindings(result, opts = {}) {
  const paint = (code, s) => opts.color ? `${code}${s}${ANSI.reset}` : s;
  const counts = countBySeverity(result.findings);
  const lines = [
    `${paint(ANSI.bold, `Verdict: ${VERDICT_TEXT[result.verdict]}`)} (${counts["must-fix"]} must-fix, ${counts["should-fix"]} should-fix, ${counts.nit} nit)`
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
function indent(text) {
  return text.split("\n").map((l) => `  ${l}`).join("\n");
}

export {
  reviewJsonSchema,
  parseReviewAnswer,
  formatFindings
};
