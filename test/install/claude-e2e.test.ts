// The real pinned Claude Code CLI runs what install wrote: the hooks (from project and user scope, with a
// package path that needs quoting) and the copied slash command.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { install } from "../../src/install/install.js";
import { runClaude } from "../support/claude.js";
import { AWKWARD_NAME, hookLog, makeSandbox, type Sandbox } from "../support/install-fixture.js";
import { startMessagesServer, text, toolUse, userTexts, type MessagesServer } from "../support/messages-server.js";

let boxes: Sandbox[] = [];
let server: MessagesServer | undefined;
afterEach(async () => {
  await server?.close();
  for (const b of boxes) b.cleanup();
  boxes = [];
  server = undefined;
});

function expectHooksRan(box: Sandbox): void {
  const log = hookLog(box);
  // The wake hook runs beside post-tool-use (in the foreground in -p with a text prompt): order between them is free.
    expect(log.map((e) => e.bundle).filter((b) => b !== "wake")).toEqual(["session-start", "user-prompt-submit", "post-tool-use", "stop"]);
    expect(log.filter((e) => e.bundle === "wake")).toHaveLength(1);
  for (const entry of log) {
    expect(entry.file).toBe(join(box.packageRoot, "dist/hooks", `${entry.bundle}.cjs`));
    expect(entry.extraCaCerts).toBeNull();
    expect(entry.marker).toBe("1");
  }
  expect(JSON.parse(log.find((e) => e.bundle === "post-tool-use")!.input)).toMatchObject({ hook_event_name: "PostToolUse", tool_name: "Write" });
}

describe("Claude Code runs what install wrote", () => {
  it("hooks from project scope and from user scope (HOME/.claude), and the copied slash command", async () => {
    // Two packages, so each scope's hooks log to their own sandbox.
    const projectBox = makeSandbox({
      packageName: AWKWARD_NAME,
      projectName: "proj été",
      commands: { "cc-hello.md": "---\ndescription: Say hello\n---\nPlease greet $ARGUMENTS.\n" },
    });
    const userBox = makeSandbox({ packageName: `user ${AWKWARD_NAME}` });
    boxes.push(projectBox, userBox);
    const { project, home } = projectBox;
    mkdirSync(join(project, ".git"));
    await install({ project, scope: "project", packageRoot: projectBox.packageRoot, home });
    await install({ project, scope: "user", packageRoot: userBox.packageRoot, home });

    const target = join(project, "note.txt");
    server = await startMessagesServer({ steps: [[toolUse("Write", { file_path: target, content: "hi\n" })], [text("Done.")]] });
    const run = await runClaude({
      cwd: project,
      home,
      prompt: "/cc-hello the team",
      serverUrl: server.url,
      extraEnv: { NODE_EXTRA_CA_CERTS: "/nonexistent/ca.pem" },
      timeoutMs: 45_000,
    });
    expect(run.timedOut).toBe(false);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readFileSync(target, "utf8")).toBe("hi\n");
    expect(userTexts(server.mainRequests()[0]!).join("\n")).toContain("Please greet the team.");
    expectHooksRan(projectBox);
    expectHooksRan(userBox);
  });
});
