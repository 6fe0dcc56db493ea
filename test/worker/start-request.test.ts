// The PostToolUse hook's request that the wake hook start the worker: taken exactly once, never through a link.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { requestWorkerStart, startRequestPath, takeWorkerStartRequest } from "../../src/worker/start-request.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "cc-start-request-"));
  dirs.push(dir);
  return dir;
}

describe("worker start request", () => {
  it("is taken once, however many ask, and can be left again", () => {
    const dir = project();
    expect(takeWorkerStartRequest(dir)).toBe(false);
    requestWorkerStart(dir);
    requestWorkerStart(dir);
    expect(existsSync(startRequestPath(dir))).toBe(true);
    expect([takeWorkerStartRequest(dir), takeWorkerStartRequest(dir), takeWorkerStartRequest(dir)]).toEqual([true, false, false]);
    expect(readdirSync(join(dir, ".codex-collab.d")).filter((n) => n.includes("request"))).toEqual([]);
    requestWorkerStart(dir);
    expect(takeWorkerStartRequest(dir)).toBe(true);
  });

  it("replaces a planted link instead of writing through it", () => {
    const dir = project();
    const victim = join(project(), "victim");
    writeFileSync(victim, "keep me");
    mkdirSync(join(dir, ".codex-collab.d"), { mode: 0o700 });
    symlinkSync(victim, startRequestPath(dir));
    requestWorkerStart(dir);
    expect(readFileSync(victim, "utf8")).toBe("keep me");
    expect(takeWorkerStartRequest(dir)).toBe(true);
  });

  it("never takes a request through a linked state directory: the link is moved aside and the outside file stays", () => {
    const dir = project();
    const outside = project();
    writeFileSync(join(outside, "worker-start.request"), "not ours");
    symlinkSync(outside, join(dir, ".codex-collab.d"));
    expect(takeWorkerStartRequest(dir)).toBe(false);
    expect(readFileSync(join(outside, "worker-start.request"), "utf8")).toBe("not ours");
    expect(lstatSync(join(dir, ".codex-collab.d")).isDirectory()).toBe(true);
  });
});
