import { describe, expect, it } from "vitest";
import { pluginCommandNames } from "../../src/hooks/handlers.js";

describe("pluginCommandNames", () => {
  const text = "Run /codex-analyze <task> first; 然后运行 /codex-review。Details: codex-collab reviews show r1";
  it("namespaces the slash commands when the hook runs from the plugin", () => {
    const out = pluginCommandNames(text, { CLAUDE_PLUGIN_ROOT: "/p" });
    expect(out).toContain("/codex-collab:codex-analyze <task>");
    expect(out).toContain("运行 /codex-collab:codex-review");
    expect(out).toContain("codex-collab reviews show r1");
    expect(pluginCommandNames(out, { CLAUDE_PLUGIN_ROOT: "/p" })).toBe(out);
  });
  it("leaves the project-install names alone", () => {
    expect(pluginCommandNames(text, {})).toBe(text);
  });
});
