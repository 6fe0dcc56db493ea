import { describe, expect, it } from "vitest";
import { compileList, findAll, makeDoc, type WordList } from "../../src/classify/match.js";

function found(list: WordList, text: string, extra?: string[]): string[] {
  return findAll(compileList(list, extra), makeDoc(text)).map((m) => m.text);
}

const en = (...words: string[]): WordList => ({ en: words, zh: [] });

describe("makeDoc", () => {
  it("keeps joined tokens together and marks sentence starts", () => {
    const d = makeDoc("doesn't node.js, n+1 c++ src/a.ts. then go");
    expect(d.tokens).toEqual(["doesn't", "node.js", "n+1", "c++", "src", "a.ts", "then", "go"]);
    expect(d.sentenceStart).toEqual([true, false, true, false, false, false, true, false]);
    expect(d.text.slice(d.start[5], d.end[5])).toBe("a.ts");
  });

  it("splits on hyphens, punctuation and Chinese characters", () => {
    expect(makeDoc("multi-tenant 把auth改了").tokens).toEqual(["multi", "tenant", "auth"]);
  });
});

describe("English entries", () => {
  it("whole words only, stems by prefix", () => {
    expect(found(en("lock"), "unlock the locks, lock it")).toEqual(["lock"]);
    expect(found(en("refactor*"), "refactoring and prefactor")).toEqual(["refactoring"]);
  });

  it("phrases, hyphens as spaces, optional and alternative parts", () => {
    expect(found(en("race condition"), "a race-condition here")).toEqual(["race-condition"]);
    expect(found(en("add (a|an|) (comment|comments)"), "add comments; add a comment")).toEqual(["add comments", "add a comment"]);
    expect(found(en("(look into|fix) it"), "please look into it")).toEqual(["look into it"]);
  });

  it("gaps of bounded length", () => {
    const list = en("replac* ..3 with");
    expect(found(list, "replace the old cache with redis")).toEqual(["replace the old cache with"]);
    expect(found(list, "replace the very old cache with redis")).toEqual([]);
  });

  it("number atoms: major versions and HTTP error statuses", () => {
    const list = en("upgrad* ..3 to #", "(returns|return) #4xx");
    expect(found(list, "upgrade react-router to v6")).toEqual(["upgrade react-router to v6"]);
    expect(found(list, "upgrade lodash to 4.17.21")).toEqual([]);
    expect(found(list, "it returns 503, or returns 200")).toEqual(["returns 503"]);
  });

  it("^ anchors an entry to the start of a sentence or clause", () => {
    expect(found(en("^run"), "run the tests")).toEqual(["run"]);
    expect(found(en("^run"), "then run the tests")).toEqual([]);
    expect(found(en("^run"), "ok. run the tests")).toEqual(["run"]);
  });

  it("the longest match at a position wins and matches never overlap", () => {
    expect(found(en("unit", "unit tests", "tests"), "unit tests pass")).toEqual(["unit tests"]);
    expect(found({ en: ["debug"], zh: ["bug"] }, "debug this bug")).toEqual(["debug", "bug"]);
  });

  it("unlessAfter skips matches right after the named words", () => {
    const list: WordList = { en: ["service"], zh: ["服务"], unlessAfter: { en: ["existing"], zh: ["现有"] } };
    expect(found(list, "use the existing pdf service")).toEqual([]);
    expect(found(list, "a new service")).toEqual(["service"]);
    expect(found(list, "用现有的 pdf 服务")).toEqual([]);
    expect(found(list, "现有的接口，新的服务")).toEqual(["服务"]);
  });

  it("rejects entries that cannot start a match", () => {
    expect(() => compileList(en("..2 with"))).toThrow(/must start with a word/);
    expect(() => compileList(en("(a|) b"))).toThrow(/optional/);
  });
});

describe("Chinese entries and literals", () => {
  it("substrings, anchored substrings and regular expressions", () => {
    expect(found({ en: [], zh: ["重构"] }, "帮我重构一下")).toEqual(["重构"]);
    expect(found({ en: [], zh: ["^跑一下"] }, "  跑一下测试")).toEqual(["跑一下"]);
    expect(found({ en: [], zh: ["^跑一下"] }, "帮我跑一下测试")).toEqual([]);
    expect(found({ en: [], zh: [/服务(?!器)/] }, "服务器和服务")).toEqual(["服务"]);
  });

  it("extra words are literals bounded by non-word characters, in either language", () => {
    expect(found(en(), "port the c++ parser", ["C++"])).toEqual(["c++"]);
    expect(found(en(), "abc++ parser", ["c++"])).toEqual([]);
    expect(found(en(), "医保结算", ["医保"])).toEqual(["医保"]);
  });
});
