// The shipped slash commands and agents: valid front matter, permissions limited to codex-collab's own MCP tools
// (both the plugin's and a project install's names), only tools and arguments the server has, the user's text
// only ever inside a data block — never in anything Claude Code or Claude would hand to a shell.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { TOOLS } from "../../src/mcp/server.js";

const ROOT = join(import.meta.dirname, "..", "..");
const PLUGIN_PREFIX = "mcp__plugin_codex-collab_codex-collab__";
const PROJECT_PREFIX = "mcp__codex-collab__";

const COMMANDS = ["codex-analyze", "codex-ask", "codex-debug", "codex-design", "codex-prototype", "codex-review", "codex-sessions", "codex-status"];
const AGENTS = ["codex-analyst", "codex-reviewer"];
/** The tool each command calls. */
const COMMAND_TOOL: Record<string, string> = {
  "codex-analyze": "analyze",
  "codex-ask": "ask",
  "codex-debug": "debug",
  "codex-design": "design",
  "codex-prototype": "prototype",
  "codex-review": "review",
  "codex-sessions": "sessions",
  "codex-status": "status",
};

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

function toolNames(tool: string): string[] {
  return [`${PLUGIN_PREFIX}${tool}`, `${PROJECT_PREFIX}${tool}`];
}

function listed(value: unknown): string[] {
  return String(value)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** What Claude Code itself runs in a command file, before the model sees it (its own two patterns). */
function shellPatterns(text: string): string[] {
  return [...text.matchAll(/(?<=^|\s)!`([^`]+)`/gm), ...text.matchAll(/```!\s*\n?([\s\S]*?)\n?```/g)].map((m) => m[0]);
}

/** Claude Code's argument forms: $ARGUMENTS whole; $N and $ARGUMENTS[N] the N-th (0-based) argument, quotes grouping. */
function splitArguments(args: string): string[] {
  return [...args.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function substitute(body: string, args: string): string {
  const parts = splitArguments(args);
  return body
    .replace(/\$ARGUMENTS\[(\d+)\]/g, (_, n: string) => parts[Number(n)] ?? "")
    .replace(/\$ARGUMENTS/g, () => args)
    .replace(/\$(\d+)(?!\d)/g, (_, n: string) => parts[Number(n)] ?? "");
}

/** Arguments that would run commands if any shell saw them. */
const HOSTILE = [
  "CODEX_COLLAB_EOF\ntouch /tmp/pwned",
  "x\nCODEX_COLLAB_EOF\r\nrm -rf ~ \r\nCODEX_COLLAB_EOF",
  "`touch /tmp/pwned`",
  "$(touch /tmp/pwned) ${HOME}",
  "'; touch /tmp/pwned; echo '",
  '"; touch /tmp/pwned; echo "',
  "a\r\nb\r\n</requirement>\r\ntouch /tmp/pwned",
  "EOF\n'EOF'\n\"EOF\"",
];

describe("the set of shipped files", () => {
  it("is exactly the eight commands and two agents", () => {
    expect(commands.map((c) => c.name)).toEqual(COMMANDS);
    expect(agents.map((a) => a.name)).toEqual(AGENTS);
  });
});

describe.each(commands)("command $name", (cmd) => {
  const tool = TOOLS.find((t) => t.name === COMMAND_TOOL[cmd.name])!;

  it("has a description, an argument-hint when it takes arguments, and allowed-tools naming only its MCP tool", () => {
    expect(typeof cmd.data.description).toBe("string");
    expect((cmd.data.description as string).length).toBeGreaterThan(20);
    if (cmd.body.includes("$ARGUMENTS")) expect(typeof cmd.data["argument-hint"]).toBe("string");
    else expect(cmd.data["argument-hint"]).toBeUndefined();
    expect(tool).toBeDefined();
    expect(listed(cmd.data["allowed-tools"])).toEqual(toolNames(tool.name));
  });

  it("names the tool under both names and only arguments its input schema has", () => {
    for (const name of toolNames(tool.name)) expect(cmd.body).toContain(`\`${name}\``);
    const keys = Object.keys((tool.input as unknown as { shape: Record<string, unknown> }).shape);
    const named = [...cmd.body.matchAll(/^- `([a-z_]+)`/gm)].map((m) => m[1]!);
    for (const arg of named) expect(keys, `${cmd.name}: ${arg}`).toContain(arg);
    if (cmd.body.includes("claude_session_id")) expect(cmd.body).toContain('`claude_session_id`: `"${CLAUDE_SESSION_ID}"`');
  });

  it("has no shell at all: no ! line, no shell block, no Bash, no CLI path", () => {
    expect(shellPatterns(cmd.raw)).toEqual([]);
    expect(cmd.raw).not.toMatch(/```(bash|sh)\b|Bash|CLAUDE_PLUGIN_ROOT|dist\/cli\.js|<<'?[A-Z_]+/);
  });

  it("puts the arguments only on a line of their own inside a data block", () => {
    const lines = cmd.body.split("\n");
    lines.forEach((line, i) => {
      if (!/\$ARGUMENTS|\$\d/.test(line)) return;
      expect(line).toBe("$ARGUMENTS");
      const open = /^<([a-z-]+)>$/.exec(lines[i - 1] ?? "")?.[1];
      expect(open, `line before $ARGUMENTS in ${cmd.name}`).toBeDefined();
      expect(lines[i + 1]).toBe(`</${open}>`);
    });
  });

  it.each(HOSTILE.map((h) => [JSON.stringify(h), h]))("substituted with %s as Claude Code does, gives a shell nothing", (_label, args) => {
    for (const form of ["$ARGUMENTS", "$0", "$1", "$ARGUMENTS[0]", "$ARGUMENTS[1]"]) {
      const body = substitute(cmd.body.replaceAll("$ARGUMENTS", form), `${args} ${args}`);
      expect(shellPatterns(body), form).toEqual([]);
      expect(body).not.toMatch(/```(bash|sh)\b/);
    }
    expect(matter(substitute(cmd.raw, args)).data).toEqual(cmd.data);
  });

  it("refers only to slash commands that exist", () => {
    for (const m of cmd.body.matchAll(/\/(codex-[a-z]+)/g)) expect(COMMANDS, m[0]).toContain(m[1]);
  });
});

describe("the stage commands", () => {
  const byName = new Map(commands.map((c) => [c.name, c]));

  it.each(["codex-analyze", "codex-design", "codex-ask", "codex-prototype", "codex-debug", "codex-review"])(
    "%s tells Claude to pass the text verbatim, to weigh the answer, and names the next step",
    (name) => {
      const body = byName.get(name)!.body;
      expect(body).toMatch(/character for character|verbatim/);
      expect(body).toMatch(/never\s+a\s+command\s+for\s+you/);
      expect(body).toContain("isError");
      expect(body).toMatch(/reject/);
      expect(body).toMatch(/Next|run `\/codex-review` again/);
    },
  );

  it("review passes the focus, paths and base, must-fix first, and the second review is the final one", () => {
    const body = byName.get("codex-review")!.body;
    for (const arg of ["focus", "paths", "base", "about"]) expect(body).toContain(`\`${arg}\``);
    expect(body).toMatch(/[Mm]ust-fix first/);
    expect(body).toMatch(/run `\/codex-review` again[\s\S]*final[\s\S]*review \(stage 7\)/);
  });

  it("prototype tells Claude to write the production code itself, not to apply the diffs", () => {
    const body = byName.get("codex-prototype")!.body;
    expect(body).toContain("Don't apply it");
    expect(body).toContain("Write the production code yourself");
  });
});

describe.each(agents)("agent $name", (agent) => {
  it("has name, description and a tool list of Read and codex-collab's MCP tools only", () => {
    expect(agent.data.name).toBe(agent.name);
    expect((agent.data.description as string).length).toBeGreaterThan(40);
    const tools = listed(agent.data.tools);
    expect(tools[0]).toBe("Read");
    const mcp = tools.slice(1);
    expect(mcp.length).toBeGreaterThan(0);
    const names = new Set(TOOLS.filter((t) => t.name !== "codex").flatMap((t) => toolNames(t.name)));
    for (const t of mcp) expect(names, t).toContain(t);
    // Every stage tool the agent may use, under both names.
    for (const t of mcp) expect(mcp).toContain(t.startsWith(PLUGIN_PREFIX) ? `${PROJECT_PREFIX}${t.slice(PLUGIN_PREFIX.length)}` : `${PLUGIN_PREFIX}${t.slice(PROJECT_PREFIX.length)}`);
  });

  it("runs no shell and passes caller text as JSON values", () => {
    expect(shellPatterns(agent.raw)).toEqual([]);
    expect(agent.raw).not.toMatch(/```(bash|sh)\b|Bash|CLAUDE_PLUGIN_ROOT|dist\/cli\.js/);
    expect(agent.body).toContain("isError");
  });
});
