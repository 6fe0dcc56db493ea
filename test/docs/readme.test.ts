// Keeps README.md and README.zh-CN.md honest against the code: the two quick-start commands, npm scripts, CLI
// verbs and their flags (asked of the built CLI itself), slash commands and agents, the default config, the exit
// codes and the file map. A doc change that drifts from the code, or a code change the docs miss, fails here.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { beforeAll, describe, expect, it } from "vitest";
import { Config } from "../../src/config/schema.js";
import { EXIT } from "../../src/errors.js";
import { CLI } from "../support/cli.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DOCS = ["README.md", "README.zh-CN.md"] as const;
const QUICK_START = ["npm ci && npm run demo", "npm test"];

interface Block {
  lang: string;
  lines: string[];
  /** Offset of the opening fence in the document. */
  start: number;
}

interface Doc {
  name: string;
  text: string;
  blocks: Block[];
  /** Inline `code` spans outside fenced blocks. */
  spans: string[];
}

function parseDoc(name: string): Doc {
  const text = readFileSync(join(ROOT, name), "utf8");
  const blocks: Block[] = [];
  // Fences may be indented (a code block inside a list item); the body loses that indentation.
  for (const m of text.matchAll(/^([ \t]*)```([\w-]*)[ \t]*\n([\s\S]*?)^[ \t]*```[ \t]*$/gm)) {
    const indent = m[1]!.length;
    const lines = m[3]!.replace(/\n$/, "").split("\n").map((l) => (l.slice(0, indent).trim() === "" ? l.slice(indent) : l));
    blocks.push({ lang: m[2]!, lines, start: m.index });
  }
  const prose = text.replace(/^[ \t]*```[\s\S]*?^[ \t]*```[ \t]*$/gm, "");
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  return { name, text, blocks, spans };
}

const docs = DOCS.map(parseDoc);
const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };

/** Text that is code: fenced block lines and inline spans. */
function codeText(doc: Doc): string[] {
  return [...doc.blocks.flatMap((b) => b.lines), ...doc.spans];
}

/** The command lines of a block: comments after `#` and blank lines dropped. */
function commands(block: Block): string[] {
  return block.lines.map((l) => l.replace(/(^|\s)#.*$/, "").trim()).filter((l) => l !== "");
}

/** Verbs of `codex-collab <verb>` (or `<a|b|c>`) in code, with the rest of the line from there. */
function verbMentions(line: string): { verbs: string[]; rest: string }[] {
  const out: { verbs: string[]; rest: string }[] = [];
  const starts = [...line.matchAll(/(?<![\w@:/-])codex-collab (?=\S)/g)].map((m) => m.index);
  starts.forEach((at, i) => {
    const segment = line.slice(at, starts[i + 1] ?? line.length);
    const verbs = /^codex-collab ([a-z][a-z-]*(?:\|[a-z][a-z-]*)*)(?![\w-])/.exec(segment)?.[1]?.split("|") ?? [];
    out.push({ verbs, rest: segment });
  });
  return out;
}

function flagsIn(text: string): string[] {
  return [...text.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => `--${m[1]!}`);
}

/** Every key path of an object, e.g. `review.mode`. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...keyPaths(v, `${prefix}${k}.`)]);
}

function expandBraces(path: string): string[] {
  const m = /\{([^{}]*)\}/.exec(path);
  if (!m) return [path];
  return m[1]!.split(",").flatMap((alt) => expandBraces(path.slice(0, m.index) + alt + path.slice(m.index + m[0].length)));
}

/** Paths in the first cell of the file map table (header cell "Path" / "路径"). */
function fileMapPaths(doc: Doc): string[] {
  const lines = doc.text.split("\n");
  const header = lines.findIndex((l) => /^\|\s*(Path|路径)\s*\|/.test(l));
  if (header < 0) return [];
  const paths: string[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) break;
    const cell = line.split("|")[1] ?? "";
    for (const m of cell.matchAll(/`([^`]+)`/g)) paths.push(...expandBraces(m[1]!));
  }
  return paths;
}

let verbs: Set<string>;
const helpCache = new Map<string, string>();

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
  if (r.status !== 0) throw new Error(`node dist/cli.js ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function help(verb: string): string {
  let text = helpCache.get(verb);
  if (text === undefined) {
    text = cli([verb, "--help"]);
    helpCache.set(verb, text);
  }
  return text;
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does)`);
  const usage = cli(["--help"]);
  const section = /^Commands:\n((?: {2}\S.*\n)+)/m.exec(usage)?.[1] ?? "";
  verbs = new Set([...section.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]!));
});

describe.each(docs)("$name", (doc) => {
  it("starts with the quick-start block: npm ci && npm run demo, then npm test", () => {
    const first = doc.blocks[0];
    expect(first, "no code block").toBeDefined();
    expect(commands(first!).slice(0, 2)).toEqual(QUICK_START);
    // Nothing but the title comes before it.
    const before = doc.text.slice(0, first!.start).split("\n").filter((l) => l.trim() !== "");
    expect(before.length).toBeLessThanOrEqual(1);
    expect(before.every((l) => l.startsWith("# "))).toBe(true);
  });

  it("names only npm scripts that package.json has", () => {
    const named = new Set<string>();
    for (const m of doc.text.matchAll(/\bnpm run ([\w:-]+)/g)) named.add(m[1]!);
    if (/\bnpm test\b/.test(doc.text)) named.add("test");
    expect(named.size).toBeGreaterThan(3);
    const missing = [...named].filter((s) => packageJson.scripts[s] === undefined);
    expect(missing, `scripts named in ${doc.name} but not in package.json`).toEqual([]);
  });

  it("names only codex-collab verbs that the CLI has", () => {
    expect(verbs.size).toBeGreaterThan(5);
    const named = new Set(codeText(doc).flatMap((line) => verbMentions(line).flatMap((m) => m.verbs)));
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter((v) => !verbs.has(v))).toEqual([]);
    // The CLI synopsis covers every verb the CLI lists.
    expect([...verbs].filter((v) => !named.has(v))).toEqual([]);
  });

  it("gives each verb in the CLI synopsis only flags its --help knows", () => {
    const wrong: string[] = [];
    let checked = 0;
    const check = (scope: string[], text: string): void => {
      for (const flag of flagsIn(text)) {
        for (const v of scope) {
          checked += 1;
          if (!new RegExp(`(?<![\\w-])${flag}(?![\\w-])`).test(help(v))) wrong.push(`${v} ${flag}`);
        }
      }
    };
    for (const block of doc.blocks) {
      let current: string[] = [];
      for (const line of block.lines) {
        const mentions = verbMentions(line);
        if (mentions.length === 0) {
          // An indented line continues the previous verb's options; "prototype:" narrows them to one verb.
          if (!/^\s/.test(line)) {
            current = [];
            continue;
          }
          let scope = current;
          for (const part of line.split(/(?<![\w-])(?=[a-z][a-z-]*: )/)) {
            const label = /^([a-z][a-z-]*): /.exec(part)?.[1];
            if (label !== undefined) scope = current.includes(label) ? [label] : current;
            check(scope, part);
          }
          continue;
        }
        for (const m of mentions) {
          current = m.verbs.filter((v) => verbs.has(v));
          check(current, m.rest);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it("names only slash commands that commands/ ships, and every one of them", () => {
    const shipped = readdirSync(join(ROOT, "commands")).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3));
    const named = new Set([...doc.text.matchAll(/(?<![\w./-])\/(?:codex-collab:)?(codex-[a-z]+(?:-[a-z]+)*)/g)].map((m) => m[1]!));
    expect([...named].filter((c) => !existsSync(join(ROOT, "commands", `${c}.md`)))).toEqual([]);
    expect(shipped.filter((c) => !named.has(c))).toEqual([]);
  });

  it("names every agent that agents/ ships", () => {
    const shipped = readdirSync(join(ROOT, "agents")).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3));
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.filter((a) => !doc.spans.includes(a))).toEqual([]);
  });

  it("shows exactly the config defaults, and names only config keys that exist", () => {
    const json = doc.blocks.filter((b) => b.lang === "json").map((b) => JSON.parse(b.lines.join("\n")) as Record<string, unknown>);
    const shown = json.find((j) => "review" in j && "codex" in j);
    expect(shown, "no config block").toBeDefined();
    expect(shown).toEqual(z.parse(Config, {}));
    const keys = new Set(keyPaths(z.parse(Config, { locale: "en", codex: { model: "m", effort: "low", allowSandbox: "read-only" } })));
    // `hooks.json` is a file, not a key.
    const named = doc.spans.filter((s) => /^(?:locale|codex|hooks|classify|review)\.[A-Za-z]+$/.test(s) && !s.endsWith(".json"));
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("lists exactly the CLI's exit codes", () => {
    const paragraph = doc.text.split(/\n\s*\n/).find((p) => /^(Exit codes:|退出码[:：])/.test(p.trim()));
    expect(paragraph, "no exit code paragraph").toBeDefined();
    const listed = paragraph!.split("·").map((piece) => Number(/(\d+)/.exec(piece)?.[1]));
    expect(new Set(listed)).toEqual(new Set(Object.values(EXIT)));
  });

  it("has a file map whose paths all exist and which covers every folder of src/", () => {
    const paths = fileMapPaths(doc);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
    const folders = readdirSync(join(ROOT, "src")).filter((f) => statSync(join(ROOT, "src", f)).isDirectory());
    expect(folders.filter((f) => !paths.includes(`src/${f}/`))).toEqual([]);
  });
});

describe("README.zh-CN.md", () => {
  it("links back to README.md near the top, and README.md links to it", () => {
    const [en, zh] = docs;
    const top = zh!.text.split("\n").slice(0, 12).join("\n");
    expect(top).toContain("(README.md)");
    expect(en!.text).toContain("(README.zh-CN.md)");
  });

  it("keeps the code blocks of README.md unchanged", () => {
    const [en, zh] = docs;
    expect(zh!.blocks.map((b) => b.lines.join("\n"))).toEqual(en!.blocks.map((b) => b.lines.join("\n")));
  });
});
