import { describe, expect, it } from "vitest";
import { buildCodexArgs, isThreadId } from "../../src/codex/args.js";

const ID = "01a215da-89e6-7ca3-b265-ef0573f3e8e3";

function valueAfter(args: string[], flag: string): string[] {
  return args.flatMap((a, i) => (a === flag ? [args[i + 1] ?? ""] : []));
}

describe("buildCodexArgs", () => {
  it("new turn: read-only sandbox, JSON events, no approvals, prompt from stdin", () => {
    const args = buildCodexArgs();
    expect(args).toEqual(["exec", "--json", "--skip-git-repo-check", "-c", 'approval_policy="never"', "--sandbox", "read-only", "-"]);
  });

  it("new turn passes sandbox, model and output schema", () => {
    const args = buildCodexArgs({ sandbox: "workspace-write", model: "gpt-x", outputSchemaFile: "/tmp/s.json" });
    expect(valueAfter(args, "--sandbox")).toEqual(["workspace-write"]);
    expect(valueAfter(args, "-m")).toEqual(["gpt-x"]);
    expect(valueAfter(args, "--output-schema")).toEqual(["/tmp/s.json"]);
    expect(args.at(-1)).toBe("-");
  });

  it("resume pins the sandbox with -c on every turn and never uses -s/--sandbox or -C", () => {
    const args = buildCodexArgs({ sessionId: ID });
    expect(args.slice(0, 3)).toEqual(["exec", "resume", ID]);
    expect(valueAfter(args, "-c")).toEqual(['approval_policy="never"', 'sandbox_mode="read-only"']);
    for (const banned of ["-s", "--sandbox", "-C", "--cd"]) expect(args).not.toContain(banned);
    expect(args.at(-1)).toBe("-");
  });

  it("resume keeps a requested sandbox mode, model and schema", () => {
    const args = buildCodexArgs({ sessionId: ID, sandbox: "workspace-write", model: "m1", outputSchemaFile: "s.json" });
    expect(valueAfter(args, "-c")).toContain('sandbox_mode="workspace-write"');
    expect(valueAfter(args, "-m")).toEqual(["m1"]);
    expect(valueAfter(args, "--output-schema")).toEqual(["s.json"]);
  });

  it("refuses a resume target that is not a thread id (codex would start a new session for an unknown name)", () => {
    expect(() => buildCodexArgs({ sessionId: "--last" })).toThrow(TypeError);
    expect(() => buildCodexArgs({ sessionId: "my-thread" })).toThrow(TypeError);
  });

  it("refuses an unknown sandbox mode", () => {
    expect(() => buildCodexArgs({ sandbox: "yolo" as never })).toThrow(TypeError);
  });

  it("isThreadId accepts codex UUIDs only", () => {
    expect(isThreadId(ID)).toBe(true);
    expect(isThreadId(ID.toUpperCase())).toBe(true);
    expect(isThreadId(`${ID}x`)).toBe(false);
    expect(isThreadId("")).toBe(false);
  });
});
