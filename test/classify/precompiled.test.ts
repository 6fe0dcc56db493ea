// The word lists the hooks load precompiled are exactly what compileList makes of the lists in lists.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classify } from "../../src/classify/classify.js";
import { compileList, findAll, makeDoc, type Matcher } from "../../src/classify/match.js";
import { builtInLists, GENERATED_PATH, precompiledSource } from "../../src/classify/precompile.js";
import { PRECOMPILED } from "../../src/classify/precompiled.generated.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("precompiled word lists", () => {
  it("precompiled.generated.ts is up to date with the word lists (else run npm run gen:classify)", () => {
    expect(readFileSync(join(ROOT, GENERATED_PATH), "utf8")).toBe(precompiledSource());
  });

  it("every built-in list loads as the very matcher compileList builds", () => {
    const data = JSON.parse(PRECOMPILED) as Record<string, Matcher>;
    const lists = builtInLists();
    expect(Object.keys(data).sort()).toEqual(Object.keys(lists).sort());
    expect(Object.keys(lists).length).toBeGreaterThan(20);
    for (const [name, list] of Object.entries(lists)) expect(data[name], name).toEqual(compileList(list));
  });

  it("a shipped phrase entry, parsed when first reached, matches as the compiled one does", () => {
    const list = { en: ["(mov*|port*) ..3 to", "^look into", "upgrad* ..4 to #"], zh: [] };
    const shipped = JSON.parse(JSON.stringify(compileList(list))) as Matcher;
    for (const text of ["please move the cache to redis", "look into the crash", "so look into it", "upgrade react to 19", "upgrade react to 1.2.3"]) {
      const doc = makeDoc(text);
      expect(findAll(shipped, doc), text).toEqual(findAll(compileList(list), doc));
    }
  });

  it("keeps an entry shared between buckets once, and regular expressions global", () => {
    const m = compileList({ en: ["(mov*|port*) ..3 to", "(a|b) c"], zh: [/从.{1,3}到/] });
    expect(m.entries).toEqual(["(mov*|port*) ..3 to", "(a|b) c"]);
    expect(m.stems).toEqual([["mov", [0]], ["port", [0]]]);
    expect(m.exact).toEqual([["a", [1]], ["b", [1]]]);
    expect(m.regexps).toEqual([["从.{1,3}到", "g"]]);
    expect(findAll(m, makeDoc("从北京到上海"))[0]?.text).toBe("从北京到");
  });

  it("extra scope and risk words still count (those lists are compiled on the spot)", () => {
    expect(classify("please tidy the frobnicator").signals.some((s) => s.id === "scope")).toBe(false);
    const extra = classify("please tidy the frobnicator", { extraScopeWords: ["frobnicator"], extraRiskWords: ["tidy"] });
    expect(extra.signals.map((s) => s.id)).toEqual(expect.arrayContaining(["scope"]));
    expect(extra.signals.find((s) => s.id.startsWith("risk"))?.detail ?? "").toContain("tidy");
  });
});
