import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/state/schema.js";
import { countBySeverity, findingLocation, sortFindings } from "../../src/review/findings.js";
import {
  formatFindings,
  parseReviewAnswer,
  ReviewResult,
  reviewJsonSchema,
  strictSchemaProblems,
  toStrictJsonSchema,
} from "../../src/review/schema.js";

function finding(over: Partial<Finding>): Finding {
  return {
    severity: "should-fix",
    file: "src/a.ts",
    line_start: 1,
    line_end: 1,
    title: "t",
    explanation: "e",
    suggested_fix: "f",
    confidence: 0.8,
    ...over,
  };
}

const VALID: ReviewResult = {
  verdict: "request-changes",
  summary: "Adds token checks; one comparison is unsafe.",
  findings: [
    finding({ severity: "nit", file: "src/b.ts", line_start: 3, line_end: 3, title: "Name" }),
    finding({ severity: "must-fix", file: "src/auth.ts", line_start: 12, line_end: 14, title: "Timing-unsafe compare" }),
  ],
};

/** Every object node of a JSON schema, wherever it sits. */
function objectNodes(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const n of node) objectNodes(n, out);
  else if (node && typeof node === "object") {
    const rec = node as Record<string, unknown>;
    if (rec.type === "object") out.push(rec);
    for (const v of Object.values(rec)) objectNodes(v, out);
  }
  return out;
}

describe("reviewJsonSchema", () => {
  it("is acceptable to OpenAI strict mode: every property required, no additional properties anywhere", () => {
    const schema = reviewJsonSchema();
    expect(strictSchemaProblems(schema)).toEqual([]);
    const objects = objectNodes(schema);
    expect(objects.length).toBe(2);
    for (const o of objects) {
      expect(o.additionalProperties).toBe(false);
      expect([...(o.required as string[])].sort()).toEqual(Object.keys(o.properties as object).sort());
    }
    expect(schema).not.toHaveProperty("$schema");
  });

  it("describes the fields and keeps nullable lines and the severity enum", () => {
    const schema = reviewJsonSchema() as any;
    const item = schema.properties.findings.items;
    expect(item.properties.severity.enum).toEqual(["must-fix", "should-fix", "nit"]);
    expect(item.properties.line_start.type).toEqual(["number", "null"]);
    expect(item.properties.confidence.description).toMatch(/0 to 1/);
    expect(schema.properties.verdict.enum).toEqual(["approve", "request-changes", "comment"]);
  });

  it("toStrictJsonSchema turns optional into required-but-nullable and drops unsupported keywords", () => {
    const S = z.object({
      name: z.string().check(z.minLength(2)),
      note: z.optional(z.string()),
      count: z.number().check(z.int()),
      tags: z.array(z.object({ label: z.string(), weight: z.optional(z.number()) })),
    });
    const raw = z.toJSONSchema(S) as Record<string, unknown>;
    expect(strictSchemaProblems(raw).length).toBeGreaterThan(0);
    const strict = toStrictJsonSchema(raw) as any;
    expect(strictSchemaProblems(strict)).toEqual([]);
    expect(strict.required).toEqual(["name", "note", "count", "tags"]);
    expect(strict.properties.note.type).toEqual(["string", "null"]);
    expect(strict.properties.name).not.toHaveProperty("minLength");
    expect(strict.properties.count).not.toHaveProperty("maximum");
    expect(strict.properties.tags.items.required).toEqual(["label", "weight"]);
    expect(strict.properties.tags.items.properties.weight.type).toEqual(["number", "null"]);
  });

  it("toStrictJsonSchema makes a typeless optional property nullable through anyOf", () => {
    const strict = toStrictJsonSchema({
      type: "object",
      properties: { v: { description: "either", anyOf: [{ type: "string" }, { type: "number" }] } },
      required: [],
    }) as any;
    expect(strict.properties.v).toEqual({ description: "either", anyOf: [{ anyOf: [{ type: "string" }, { type: "number" }] }, { type: "null" }] });
    expect(strictSchemaProblems(strict)).toEqual([]);
  });

  it("strictSchemaProblems finds each kind of problem, also deep inside", () => {
    expect(strictSchemaProblems({ type: "array", items: { type: "string" } })).toContain("the root must be an object schema");
    const problems = strictSchemaProblems({
      type: "object",
      properties: {
        a: { type: "string", pattern: "x" },
        list: { type: "array", items: { type: "object", properties: { b: { type: "number" } }, required: [] } },
        u: { anyOf: [{ type: "object", properties: {}, additionalProperties: true, required: [] }, { type: "null" }] },
      },
      required: ["a", "list", "u"],
      additionalProperties: false,
    });
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/keyword "pattern"/);
    expect(problems.join("\n")).toMatch(/properties\/b: must be listed in required/);
    expect(problems.filter((p) => /additionalProperties must be false/.test(p))).toHaveLength(2);
  });

  it("a value that satisfies the schema parses with ReviewResult", () => {
    expect(z.safeParse(ReviewResult, VALID).success).toBe(true);
    expect(z.safeParse(ReviewResult, { ...VALID, verdict: "maybe" }).success).toBe(false);
  });
});

describe("parseReviewAnswer", () => {
  it("accepts the JSON that was asked for", () => {
    const parsed = parseReviewAnswer(JSON.stringify(VALID));
    expect(parsed).toEqual({ result: VALID, structured: true });
  });

  it("finds JSON inside a ```json fence with prose around it", () => {
    const text = `Here is my review:\n\n\`\`\`json\n${JSON.stringify(VALID, null, 2)}\n\`\`\`\n\nThanks.`;
    const parsed = parseReviewAnswer(text);
    expect(parsed.structured).toBe(true);
    expect(parsed.result).toEqual(VALID);
    expect(parsed.note).toBeUndefined();
  });

  it("repairs almost-right JSON and says so", () => {
    const text = JSON.stringify({
      verdict: "needs work",
      summary: "s",
      findings: [{ severity: "critical", file: "src/x.ts", line_start: "12", line_end: null, title: "T", explanation: "E", suggested_fix: "F" }],
    });
    const parsed = parseReviewAnswer(text);
    expect(parsed.structured).toBe(true);
    expect(parsed.note).toMatch(/repaired/);
    expect(parsed.note).toMatch(/severity mapped/);
    expect(parsed.result.findings[0]).toEqual({
      severity: "must-fix",
      file: "src/x.ts",
      line_start: 12,
      line_end: null,
      title: "T",
      explanation: "E",
      suggested_fix: "F",
      confidence: 0.5,
    });
    expect(parsed.result.verdict).toBe("request-changes");
  });

  it("keeps invalid JSON as a prose answer: no findings, structured false, a note", () => {
    const text = '{"verdict": "approve", "summary": "cut off here';
    const parsed = parseReviewAnswer(text);
    expect(parsed.structured).toBe(false);
    expect(parsed.prose).toBe(text);
    expect(parsed.note).toMatch(/prose/);
    expect(parsed.result.findings).toEqual([]);
  });

  it("never turns a prose answer into findings, even one with severity headings or echoes of our template", () => {
    const echo = [
      "The change adds login throttling.",
      "",
      "## Must fix",
      "- `src/auth.ts:12-14` compares tokens with ==. Fix: use crypto.timingSafeEqual.",
      '- [must-fix] (no file) severity: "must-fix", "should-fix" or "nit"',
      "### 必须修复",
      "- `文档/说明.md:3` 示例代码无法运行。",
    ].join("\n");
    const parsed = parseReviewAnswer(echo);
    expect(parsed).toMatchObject({ structured: false, prose: echo, result: { verdict: "comment", findings: [] } });
    expect(parseReviewAnswer("LGTM, approve.").result).toEqual({ verdict: "comment", summary: "", findings: [] });
  });

  it("reports an empty answer", () => {
    expect(parseReviewAnswer("  \n")).toEqual({
      result: { verdict: "comment", summary: "", findings: [] },
      structured: false,
      note: "Codex returned an empty answer.",
    });
  });
});

describe("sorting, counting, formatting", () => {
  const findings = [
    finding({ severity: "nit", file: "b.ts", line_start: 1 }),
    finding({ severity: "must-fix", file: "z.ts", line_start: 9 }),
    finding({ severity: "should-fix", file: "a.ts", line_start: 30 }),
    finding({ severity: "must-fix", file: "a.ts", line_start: 5 }),
    finding({ severity: "must-fix", file: "a.ts", line_start: null, line_end: null }),
  ];

  it("sorts by severity, then file, then line (no line first)", () => {
    expect(sortFindings(findings).map((f) => `${f.severity} ${f.file}:${f.line_start}`)).toEqual([
      "must-fix a.ts:null",
      "must-fix a.ts:5",
      "must-fix z.ts:9",
      "should-fix a.ts:30",
      "nit b.ts:1",
    ]);
    expect(findings[0]?.severity).toBe("nit");
  });

  it("counts by severity", () => {
    expect(countBySeverity(findings)).toEqual({ "must-fix": 3, "should-fix": 1, nit: 1 });
    expect(countBySeverity([])).toEqual({ "must-fix": 0, "should-fix": 0, nit: 0 });
  });

  it("formats locations", () => {
    expect(findingLocation(finding({ line_start: 3, line_end: 3 }))).toBe("src/a.ts:3");
    expect(findingLocation(finding({ line_start: 3, line_end: 7 }))).toBe("src/a.ts:3-7");
    expect(findingLocation(finding({ line_start: null, line_end: null }))).toBe("src/a.ts");
    expect(findingLocation(finding({ file: "" }))).toBe("(no file)");
  });

  it("prints a compact plain report, most severe first", () => {
    const out = formatFindings(VALID);
    expect(out).toBe(
      [
        "Verdict: request changes (1 must-fix, 0 should-fix, 1 nit)",
        "Adds token checks; one comparison is unsafe.",
        "",
        "[must-fix] src/auth.ts:12-14 Timing-unsafe compare",
        "  e",
        "  Fix: f",
        "",
        "[nit] src/b.ts:3 Name",
        "  e",
        "  Fix: f",
      ].join("\n"),
    );
    expect(out).not.toContain("\x1b[");
  });

  it("colours severities only when asked, and says when there is nothing", () => {
    const colored = formatFindings(VALID, { color: true });
    expect(colored).toContain("\x1b[31m[must-fix]\x1b[0m");
    expect(colored).toContain("\x1b[36m[nit]\x1b[0m");
    expect(formatFindings({ verdict: "approve", summary: "", findings: [] })).toBe("Verdict: approve (0 must-fix, 0 should-fix, 0 nit)\nNo findings.");
  });
});
