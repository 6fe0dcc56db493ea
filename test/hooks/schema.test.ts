import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHookInput } from "../../src/hooks/schema.js";

const load = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../fixtures/hooks/${name}.json`, import.meta.url), "utf8"));

describe("parseHookInput", () => {
  it("accepts every captured payload of the four events as it is, unknown fields included", () => {
    for (const name of ["session-start", "user-prompt-submit", "user-prompt-submit-slash-command", "post-tool-use-edit", "post-tool-use-write-create", "post-tool-use-edit-replace-all", "stop", "stop-hook-active"]) {
      const raw = load(name);
      expect(parseHookInput(raw), name).toBe(raw);
    }
  });

  it("refuses other events, non-objects and known fields of the wrong type", () => {
    for (const name of ["pre-tool-use-edit", "session-end", "user-prompt-expansion-slash-command"]) expect(parseHookInput(load(name)), name).toBeNull();
    for (const raw of [null, 1, "x", [], [load("stop")], {}]) expect(parseHookInput(raw)).toBeNull();
    expect(parseHookInput({ ...load("stop"), session_id: 5 })).toBeNull();
    expect(parseHookInput({ ...load("stop"), cwd: null })).toBeNull();
    expect(parseHookInput({ ...load("stop"), stop_hook_active: "true" })).toBeNull();
    expect(parseHookInput({ ...load("session-start"), source: 1 })).toBeNull();
    expect(parseHookInput({ ...load("user-prompt-submit"), prompt: undefined })).toBeNull();
    expect(parseHookInput({ ...load("post-tool-use-edit"), tool_name: ["Edit"] })).toBeNull();
    expect(parseHookInput({ ...load("post-tool-use-edit"), hook_event_name: "toString" })).toBeNull();
  });

  it("leaves optional fields optional", () => {
    expect(parseHookInput({ hook_event_name: "Stop" })).toEqual({ hook_event_name: "Stop" });
    expect(parseHookInput({ hook_event_name: "PostToolUse", tool_name: "Bash" })).toEqual({ hook_event_name: "PostToolUse", tool_name: "Bash" });
  });
});
