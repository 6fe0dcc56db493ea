import { describe, expect, it } from "vitest";
import { hostArgs, interruptedSince, MIN_WAKE_VERSION, runsInBackground, transcriptVersion, versionAtLeast, wakeSupport } from "../../src/hooks/host.js";

const entry = (o: Record<string, unknown>) => JSON.stringify(o);

describe("Claude Code host detection for waking", () => {
  it("reads the version from the transcript's last entry that has one", () => {
    const tail = [entry({ type: "queue-operation" }), entry({ type: "user", version: "2.1.197" }), entry({ type: "assistant", version: "2.1.332" }), entry({ type: "last-prompt" })].join("\n");
    expect(transcriptVersion(tail)).toBe("2.1.332");
    expect(transcriptVersion("")).toBeNull();
  });

  it("compares versions numerically", () => {
    expect(versionAtLeast("2.1.197", MIN_WAKE_VERSION)).toBe(true);
    expect(versionAtLeast("2.1.332", "2.1.197")).toBe(true);
    expect(versionAtLeast("2.1.96", "2.1.197")).toBe(false);
    expect(versionAtLeast("1.9.999", "2.1.197")).toBe(false);
  });

  it("backgrounds asyncRewake hooks in interactive sessions and -p with stream-json input, not in -p with a text prompt", () => {
    expect(runsInBackground(["claude"])).toBe(true);
    expect(runsInBackground(["claude", "--resume", "x"])).toBe(true);
    expect(runsInBackground(["claude", "-p", "--input-format", "stream-json", "--output-format", "stream-json"])).toBe(true);
    expect(runsInBackground(["claude", "--print", "--input-format=stream-json"])).toBe(true);
    expect(runsInBackground(["claude", "-p", "hello", "--output-format", "stream-json"])).toBe(false);
  });

  it("finds an interrupt after a time in the transcript", () => {
    const tail = [
      entry({ type: "user", message: { role: "user", content: [{ type: "text", text: "[Request interrupted by user]" }] }, timestamp: "2026-12-02T14:06:43.517Z" }),
    ].join("\n");
    expect(interruptedSince(tail, "2026-12-02T14:06:40.000Z")).toBe(true);
    expect(interruptedSince(tail, "2026-12-02T14:06:50.000Z")).toBe(false);
  });

  it("says no when in doubt: no transcript, an old version, or a process that is not Claude's", () => {
    expect(wakeSupport({}, "")).toMatchObject({ ok: false, why: expect.stringMatching(/unknown/) });
    expect(wakeSupport({}, entry({ version: "2.0.1" }))).toMatchObject({ ok: false, why: expect.stringMatching(/cannot wake/) });
    // CLAUDE_PID (set by 2.1.332) names the host directly: here, this very process.
    expect(hostArgs({ CLAUDE_PID: String(process.pid) })?.length).toBeGreaterThan(0);
    expect(wakeSupport({ CLAUDE_PID: "999999999" }, entry({ version: "2.1.332" }))).toMatchObject({ ok: false, why: expect.stringMatching(/not found/) });
  });
});
