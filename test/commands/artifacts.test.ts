// The shipped slash commands and agents: valid front matter, permissions limited to the codex-collab CLI, only
// verbs and flags the CLI has, the user's text never reaching a shell unquoted, and long Codex runs kept out of
// `!` lines (which block the prompt and die at 120 s).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { PLUGIN_ROOT_PLACEHOLDER, withPackageRoot } from "../../src/install/package.js";
import { CLI } from "../support/cli.js";
import { AWKWARD_NAME } from "../support/install-fixture.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI_WORD = `'${PLUGIN_ROOT_PLACEHOLDER}/dist/cli.js'`;
const CLI_CALL = `node ${CLI_WORD}`;
const ALLOWED = `Bash(${CLI_CALL}:*)`;
/** Verbs that run Codex: minutes long, so never in a `!` line. */
const LONG_VERBS = new Set(["analyze", "design", "ask", "prototype", "review", "debug", "run"]);

const COMMANDS = ["codex-analyze", "codex-ask", "codex-debug", "codex-design", "codex-prototype", "codex-review", "codex-sessions", "codex-status"];
const AGENTS = ["codex-analyst", "codex-reviewer"];

interface Artifact {
  name: string;
  data: Record<string, unknown>;
  body: string;
  raw: string;
}

function load(dir: "commands" | "agents"): Artifact[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(ROOT, dir, f), "utf8");
      const { data, content } = matter(raw);
      return { name: f.slice(0, -3), data, body: content, raw };
    });
}

const commands = load("commands");
const agents = load("agents");

/** The verb names in src/cli/main.ts's VERBS table. */
function cliVerbs(): Set<string> {
  const source = readFileSync(join(ROOT, "src/cli/main.ts"), "utf8");
  const table = /const VERBS[^=]*= \{([\s\S]*?)\n\};/.exec(source)?.[1] ?? "";
  return new Set([...table.matchAll(/^\s+"?([a-z][a-z-]*)"?: \{/gm)].map((m) => m[1]!));
}

/** Verbs the text runs through the CLI. */
function verbsUsed(text: string): string[] {
  return [...new Set([...text.matchAll(/node '\$\{CLAUDE_PLUGIN_ROOT\}\/dist\/cli\.js' ([a-z-]+)/g)].map((m) => m[1]!))];
}

/** `!` lines: run by Claude Code itself before the prompt is sent. */
function bangLines(body: string): string[] {
  return body.split("\n").filter((l) => l.startsWith("!`"));
}

/** Lines of fenced bash/sh blocks, with whether each sits inside a quoted heredoc's text. */
function shellBlockLines(body: string): Array<{ line: string; inQuotedHeredoc: boolean }> {
  const out: Array<{ line: string; inQuotedHeredoc: boolean }> = [];
  let inFence = false;
  let delimiter: string | null = null;
  for (const raw of body.split("\n")) {
    const line = raw.trim();
    if (!inFence) {
      if (/^```(bash|sh)\s*$/.test(line)) inFence = true;
      continue;
    }
    if (line === "```") {
      inFence = false;
      delimiter = null;
      continue;
    }
    if (delimiter !== null) {
      if (line === delimiter) delimiter = null;
      else out.push({ line, inQuotedHeredoc: true });
      continue;
    }
    out.push({ line, inQuotedHeredoc: false });
    delimiter = /<<'([A-Z_]+)'\s*$/.exec(line)?.[1] ?? null;
  }
  return out;
}

const ARG_REF = /\$ARGUMENTS|\$\d/;

describe("the set of shipped files", () => {
  it("is exactly the eight commands and two agents", () => {
    expect(commands.map((c) => c.name)).toEqual(COMMANDS);
    expect(agents.map((a) => a.name)).toEqual(AGENTS);
  });
});

describe.each(commands)("command $name", (cmd) => {
  it("has a description, an argument-hint when it takes arguments, and allowed-tools naming only the CLI", () => {
    expect(typeof cmd.data.description).toBe("string");
    expect((cmd.data.description as string).length).toBeGreaterThan(20);
    if (cmd.body.includes("$ARGUMENTS")) expect(typeof cmd.data["argument-hint"]).toBe("string");
    else expect(cmd.data["argument-hint"]).toBeUndefined();
    expect(cmd.data["allowed-tools"]).toBe(ALLOWED);
  });

  it("runs only verbs the CLI has, with flags their --help lists", () => {
    const verbs = verbsUsed(cmd.body);
    expect(verbs.length).toBeGreaterThan(0);
    const known = cliVerbs();
    for (const v of verbs) expect(known, v).toContain(v);
    const help = verbs
      .map((v) => {
        const r = spawnSync(process.execPath, [CLI, v, "--help"], { encoding: "utf8", timeout: 10_000 });
        expect(r.status, `${v} --help: ${r.stderr}`).toBe(0);
        return r.stdout;
      })
      .join("\n");
    for (const flag of new Set(cmd.body.match(/(?<![\w-])--[a-z][a-z-]+/g) ?? [])) expect(help, `${cmd.name} mentions ${flag}`).toContain(flag);
  });

  it("names the package only as the single-quoted CLI path, so the installer's quoting holds", () => {
    const count = cmd.raw.split(PLUGIN_ROOT_PLACEHOLDER).length - 1;
    expect(count).toBeGreaterThan(0);
    expect(cmd.raw.split(CLI_WORD).length - 1).toBe(count);
  });

  it("never splices the user's arguments into a shell line outside a quoted heredoc", () => {
    for (const line of bangLines(cmd.body)) expect(line).not.toMatch(ARG_REF);
    for (const { line, inQuotedHeredoc } of shellBlockLines(cmd.body)) {
      if (inQuotedHeredoc) expect(line === "$ARGUMENTS" || !ARG_REF.test(line), line).toBe(true);
      else expect(line).not.toMatch(ARG_REF);
    }
  });

  it("keeps Codex runs out of `!` lines; a `!` line cannot fail the command silently", () => {
    for (const line of bangLines(cmd.body)) {
      for (const v of verbsUsed(line)) expect(LONG_VERBS.has(v), line).toBe(false);
      expect(line).toMatch(/ \|\| true`$/);
    }
    if (verbsUsed(cmd.body).some((v) => LONG_VERBS.has(v))) expect(cmd.body).toContain("`timeout: 600000`");
  });

  it("refers only to slash commands that exist", () => {
    for (const m of cmd.body.matchAll(/\/(codex-[a-z]+)/g)) expect(COMMANDS, m[0]).toContain(m[1]);
  });

  it("keeps valid front matter once installed from a path full of YAML and shell specials", () => {
    const installed = matter(withPackageRoot(cmd.raw, `/opt/${AWKWARD_NAME} it's`));
    expect(installed.data.description).toBe(cmd.data.description);
    expect(installed.data["allowed-tools"]).toBe(`Bash(node '/opt/${AWKWARD_NAME} it'\\''s/dist/cli.js':*)`);
  });
});

describe("the long-running stages", () => {
  const byName = new Map(commands.map((c) => [c.name, c]));

  it.each(["codex-analyze", "codex-design", "codex-ask", "codex-prototype"])("%s passes the user's text on stdin through a quoted heredoc", (name) => {
    const lines = shellBlockLines(byName.get(name)!.body);
    const verb = name.replace("codex-", "");
    expect(lines.map((l) => l.line)).toEqual([`${CLI_CALL} ${verb} --quiet <<'CODEX_COLLAB_EOF'`, "$ARGUMENTS"]);
    expect(lines[1]!.inQuotedHeredoc).toBe(true);
  });

  it("review gives the base command, the focus as one single-quoted argument, --fail-on and the final review", () => {
    const body = byName.get("codex-review")!.body;
    expect(shellBlockLines(body).map((l) => l.line)).toEqual([`${CLI_CALL} review --quiet`]);
    expect(body).toContain("--focus '<their words>'");
    expect(body).toContain("`'\\''`");
    expect(body).toContain("--fail-on must-fix");
    expect(body).toMatch(/[Mm]ust-fix first/);
    expect(body).toMatch(/run `\/codex-review` again[\s\S]*final[\s\S]*review \(stage 7\)/);
  });

  it.each(["codex-analyze", "codex-design", "codex-ask", "codex-prototype", "codex-debug", "codex-review"])(
    "%s tells Claude to weigh the answer and names the next step",
    (name) => {
      const body = byName.get(name)!.body;
      expect(body).toMatch(/reject/);
      expect(body).toMatch(/Next|run `\/codex-review` again/);
    },
  );

  it("prototype tells Claude to write the production code itself, not to apply the diffs", () => {
    const body = byName.get("codex-prototype")!.body;
    expect(body).toContain("Don't apply it");
    expect(body).toContain("Write the production code yourself");
  });
});

describe.each(agents)("agent $name", (agent) => {
  it("has name, description and a restricted tool list", () => {
    expect(agent.data.name).toBe(agent.name);
    expect(typeof agent.data.description).toBe("string");
    expect((agent.data.description as string).length).toBeGreaterThan(40);
    expect(agent.data.tools).toBe("Bash, Read");
  });

  it("runs only CLI verbs that exist, long ones with the 10-minute timeout", () => {
    const verbs = verbsUsed(agent.body);
    expect(verbs.length).toBeGreaterThan(0);
    const known = cliVerbs();
    for (const v of verbs) expect(known, v).toContain(v);
    expect(agent.body).toContain("`timeout: 600000`");
    const count = agent.raw.split(PLUGIN_ROOT_PLACEHOLDER).length - 1;
    expect(agent.raw.split(CLI_WORD).length - 1).toBe(count);
  });

  it("never puts caller text on a shell line outside a quoted heredoc", () => {
    for (const { line, inQuotedHeredoc } of shellBlockLines(agent.body)) {
      if (!inQuotedHeredoc) expect(line).not.toMatch(/\$ARGUMENTS|<[a-z]/);
    }
  });
});
