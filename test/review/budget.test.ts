import { describe, expect, it } from "vitest";
import { cutDiff, fitToBudget, riskScore } from "../../src/review/budget.js";
import type { ChangedFile } from "../../src/review/diff.js";
import { countChanges, newFileDiff } from "../../src/review/patch.js";

/** A modified file whose diff has `hunks` hunks of `lines` added lines each. */
function modified(path: string, hunks: number, lines: number): ChangedFile {
  let diff = `diff --git a/${path} b/${path}\nindex 1111111..2222222 100644\n--- a/${path}\n+++ b/${path}\n`;
  for (let h = 0; h < hunks; h++) {
    const at = h * 100 + 1;
    diff += `@@ -${at},3 +${at},${3 + lines} @@ function f${h}() {\n context ${h}\n`;
    for (let l = 0; l < lines; l++) diff += `+hunk ${h} line ${l} ${"x".repeat(30)}\n`;
    diff += ` context end ${h}\n`;
  }
  return { path, status: "modified", diff, ...countChanges(diff) };
}

function added(path: string, lines: number): ChangedFile {
  const diff = newFileDiff(path, Array.from({ length: lines }, (_, i) => `line ${i} ${"y".repeat(30)}\n`).join(""));
  return { path, status: "added", diff, ...countChanges(diff) };
}

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

/** Each path lands in exactly one of included / truncated / omitted, and the text respects the budget. */
function checkInvariants(files: ChangedFile[], budget: number, fit: ReturnType<typeof fitToBudget>): void {
  expect(bytes(fit.text)).toBeLessThanOrEqual(budget);
  const all = [...fit.included, ...fit.truncated.map((t) => t.path), ...fit.omitted].sort();
  expect(all).toEqual(files.map((f) => f.path).sort());
}

describe("riskScore", () => {
  it("ranks security-sensitive source over plain source over config, tests and docs", () => {
    const same = (path: string, status: ChangedFile["status"] = "modified"): ChangedFile => ({ ...modified(path, 1, 10), status });
    const order = ["src/auth/session.ts", "src/util/strings.ts", "config/app.json", "test/strings.test.ts", "docs/guide.md"].map((p) =>
      riskScore(same(p)),
    );
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
    expect(riskScore(same("src/util/strings.ts", "deleted"))).toBeLessThan(riskScore(same("src/util/strings.ts")));
    expect(riskScore(modified("src/a.ts", 4, 40))).toBeGreaterThan(riskScore(modified("src/b.ts", 1, 2)));
  });
});

describe("fitToBudget", () => {
  it("returns the whole diff when it fits", () => {
    const files = [modified("src/a.ts", 2, 3), added("src/b.ts", 4)];
    const fit = fitToBudget(files, 100_000);
    expect(fit.text).toBe(files[0]!.diff + files[1]!.diff);
    expect(fit).toMatchObject({ included: ["src/a.ts", "src/b.ts"], truncated: [], omitted: [], note: "" });
  });

  it("keeps the riskiest files in full and cuts the rest to head and tail hunks", () => {
    const files = [modified("docs/guide.md", 10, 10), modified("src/payment/charge.ts", 10, 10), modified("test/charge.test.ts", 10, 10)];
    const one = bytes(files[0]!.diff);
    const budget = Math.floor(one * 1.8);
    const fit = fitToBudget(files, budget);
    checkInvariants(files, budget, fit);
    expect(fit.included).toEqual(["src/payment/charge.ts"]);
    expect(fit.truncated).toEqual([
      { path: "docs/guide.md", how: "hunks" },
      { path: "test/charge.test.ts", how: "hunks" },
    ]);
    // Cut files keep their first and last hunks, with a marker for the middle.
    const testPart = fit.text.slice(fit.text.indexOf("diff --git a/test/charge.test.ts"));
    expect(testPart).toContain("+hunk 0 line 0");
    expect(testPart).toContain("+hunk 9 line 9");
    expect(testPart).not.toContain("+hunk 5 line 0");
    expect(testPart).toMatch(/\[codex-collab: \d+ of 10 hunks \(\d+ lines\) left out here to fit the review budget\]/);
    // Output keeps the order of the input.
    expect(fit.text.indexOf("a/docs/guide.md")).toBeLessThan(fit.text.indexOf("a/src/payment/charge.ts"));
    expect(fit.note).toMatch(/so it shows 1 file in full and 2 cut to their first and last hunks\./);
  });

  it("falls back to the file list when not even hunks fit", () => {
    const files = [modified("src/a.ts", 3, 50), modified("src/b.ts", 3, 50), modified("src/c.ts", 3, 50)];
    const budget = 400;
    const fit = fitToBudget(files, budget);
    checkInvariants(files, budget, fit);
    expect(fit.included).toEqual([]);
    expect(fit.truncated.every((t) => t.how === "list-only")).toBe(true);
    expect(fit.truncated).toHaveLength(3);
    expect(fit.text).toContain("Also changed, diff not shown (review budget):");
    expect(fit.text).toContain("- src/a.ts [modified, +150 -0]");
    expect(fit.text).not.toContain("diff --git");
    expect(fit.note).toMatch(/so it shows 3 files by name only\./);
  });

  it("leaves the least risky files out entirely when the list itself is too long", () => {
    const files = [
      ...Array.from({ length: 20 }, (_, i) => modified(`docs/page${String(i).padStart(2, "0")}.md`, 1, 40)),
      modified("src/auth/token.ts", 1, 40),
    ];
    const budget = 300;
    const fit = fitToBudget(files, budget);
    checkInvariants(files, budget, fit);
    expect(fit.omitted.length).toBeGreaterThan(0);
    expect(fit.omitted).not.toContain("src/auth/token.ts");
    expect(fit.text).toContain("src/auth/token.ts");
    expect(fit.note).toMatch(/files? by name only and the (\d+ )?least risky( file)? not at all\./);
  });

  it("respects the budget at every size and accounts for every file", () => {
    const files = [
      modified("src/auth/login.ts", 6, 12),
      added("src/new feature.ts", 80),
      modified("src/util.ts", 1, 200),
      modified("test/login.test.ts", 4, 8),
      { ...modified("src/old.ts", 2, 5), status: "deleted" as const },
      { ...modified("src/moved.ts", 1, 3), status: "renamed" as const, oldPath: "src/was.ts" },
    ];
    const total = bytes(files.map((f) => f.diff).join(""));
    for (const budget of [50, 200, 700, 1500, 3000, 6000, 12_000, total - 1, total]) {
      const fit = fitToBudget(files, budget);
      checkInvariants(files, budget, fit);
      expect(fit.note === "").toBe(budget >= total);
    }
  });

  it("names renames with their old path in the list", () => {
    const files = [{ ...modified("src/moved.ts", 2, 40), status: "renamed" as const, oldPath: "src/was.ts" }, modified("src/x.ts", 2, 40)];
    const fit = fitToBudget(files, 200);
    expect(fit.text).toContain("- src/moved.ts (from src/was.ts) [renamed, +80 -0]");
  });
});

describe("cutDiff", () => {
  it("cuts inside a single hunk that is larger than the share, keeping first and last lines", () => {
    const file = added("src/big.ts", 400);
    const out = cutDiff(file.diff, 1200);
    expect(out).not.toBeNull();
    expect(bytes(out!)).toBeLessThanOrEqual(1200);
    expect(out).toContain("+line 0 ");
    expect(out).toContain("+line 399 ");
    expect(out).not.toContain("+line 200 ");
    expect(out).toMatch(/\[codex-collab: \d+ lines left out here to fit the review budget\]/);
    expect(out!.startsWith("diff --git a/src/big.ts b/src/big.ts\n")).toBe(true);
  });

  it("returns the diff unchanged when it fits, and null when nothing useful fits", () => {
    const file = modified("src/a.ts", 3, 2);
    expect(cutDiff(file.diff, 100_000)).toBe(file.diff);
    expect(cutDiff(file.diff, 120)).toBeNull();
    const headerOnly = "diff --git a/x b/x\nold mode 100644\nnew mode 100755\n";
    expect(cutDiff(headerOnly, 1000)).toBe(headerOnly);
    expect(cutDiff(headerOnly, 20)).toBeNull();
    // Room for a few lines only: better named than shown as a bare hunk header.
    expect(cutDiff(added("src/big.ts", 400).diff, 300)).toBeNull();
  });
});
