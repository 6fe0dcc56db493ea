import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { LIMITS } from "../../src/state/schema.js";
import {
  ensureSession,
  forgetSession,
  getSession,
  listSessions,
  MIN_THREAD_PREFIX,
  recordTurn,
  resolveSessionRef,
  sessionName,
  type TurnRecord,
} from "../../src/state/sessions.js";
import { openStore, type Store } from "../../src/state/store.js";
import { buildChild, removeDir, runChild, tempRoot } from "./helpers.js";

const roots: string[] = [];
let child: { script: string; dir: string };

beforeAll(() => {
  child = buildChild();
});
afterAll(() => {
  removeDir(child.dir);
  for (const r of roots) removeDir(r);
});

function store(): Store {
  const r = tempRoot();
  roots.push(r);
  return openStore(r, {
    onWarning: (m) => {
      throw new Error(`unexpected warning: ${m}`);
    },
  });
}

function turn(over: Partial<TurnRecord> = {}): TurnRecord {
  return { threadId: "t-1", kind: "analyze", title: "look at auth", outcome: "ok", ...over };
}

/** Forces distinct updatedAt values without sleeping. */
function touch(s: Store, name: string, at: string): void {
  s.update((d) => {
    const x = d.sessions[name];
    if (x) x.updatedAt = at;
  });
}

describe("sessionName", () => {
  it("uses the Claude session id, or default", () => {
    expect(sessionName("3f2c-11aa")).toBe("3f2c-11aa");
    expect(sessionName()).toBe("default");
    expect(sessionName("")).toBe("default");
    expect(sessionName(undefined, "  ")).toBe("default");
  });

  it("adds a normalised task after a colon", () => {
    expect(sessionName("abc", "Auth Refactor")).toBe("abc:auth-refactor");
    expect(sessionName("abc", "auth   refactor!")).toBe("abc:auth-refactor");
    expect(sessionName(undefined, "fix bug #12")).toBe("default:fix-bug-12");
  });

  it("keeps names shell-friendly, with ':' only as the separator", () => {
    const name = sessionName("we:ird $id; rm -rf /", "--task `x` 'q' \"d\" a/b\\c:d\n");
    expect(name).toBe("we-ird-id-rm-rf:task-x-q-d-a-b-c-d");
    expect(name).toMatch(/^[\p{L}\p{M}\p{N}._-]+(:[\p{L}\p{M}\p{N}._-]+)?$/u);
    expect(name.split(":")).toHaveLength(2);
  });

  it("keeps letters of any script and bounds the length", () => {
    expect(sessionName("s", "重构 认证模块")).toBe("s:重构-认证模块");
    expect(sessionName("s", "Überprüfung")).toBe("s:überprüfung");
    const long = sessionName("s", "x".repeat(500));
    expect(long).toBe(`s:${"x".repeat(64)}`);
  });

  it("gives a task without usable characters a stable tag of its own", () => {
    const a = sessionName("s", "???");
    expect(a).toMatch(/^s:task-[0-9a-f]{8}$/);
    expect(sessionName("s", "???")).toBe(a);
    expect(sessionName("s", "!!!")).not.toBe(a);
  });
});

describe("ensureSession / getSession / listSessions / forgetSession", () => {
  it("creates a session with no thread, then returns the same one", () => {
    const s = store();
    const created = ensureSession(s, { name: "a:task", claudeSessionId: "a", task: "task", cwd: "/p" });
    expect(created).toMatchObject({ name: "a:task", threadId: null, turns: 0, stage: 0, history: [], claudeSessionId: "a", task: "task", cwd: "/p" });
    expect(created.usage).toEqual({ input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 });
    const again = ensureSession(s, { name: "a:task", cwd: "/elsewhere" });
    expect(again.createdAt).toBe(created.createdAt);
    expect(again.cwd).toBe("/p");
    expect(getSession(s, "a:task")).toEqual(again);
    expect(getSession(s, "nope")).toBeUndefined();
  });

  it("fills fields the session did not have yet", () => {
    const s = store();
    ensureSession(s, { name: "n" });
    expect(ensureSession(s, { name: "n", claudeSessionId: "c", task: "t" })).toMatchObject({ claudeSessionId: "c", task: "t" });
  });

  it("rejects an empty name", () => {
    expect(() => ensureSession(store(), { name: " " })).toThrow(UsageError);
  });

  it("lists newest first and forgets by name", () => {
    const s = store();
    for (const n of ["old", "new", "mid"]) ensureSession(s, { name: n });
    touch(s, "old", "2025-01-01T00:00:00.000Z");
    touch(s, "mid", "2025-01-02T00:00:00.000Z");
    touch(s, "new", "2025-01-03T00:00:00.000Z");
    expect(listSessions(s).map((x) => x.name)).toEqual(["new", "mid", "old"]);
    expect(forgetSession(s, "mid")).toBe(true);
    expect(forgetSession(s, "mid")).toBe(false);
    expect(listSessions(s).map((x) => x.name)).toEqual(["new", "old"]);
  });

  it("does not treat inherited object keys as sessions", () => {
    const s = store();
    expect(forgetSession(s, "constructor")).toBe(false);
    expect(ensureSession(s, { name: "toString" }).threadId).toBeNull();
    expect(Object.keys(s.read().sessions)).toEqual(["toString"]);
  });
});

describe("recordTurn", () => {
  it("binds the first thread, counts turns, adds usage and appends history", () => {
    const s = store();
    ensureSession(s, { name: "w" });
    const first = recordTurn(s, "w", turn({ usage: { input_tokens: 100, cached_input_tokens: 40, output_tokens: 7, reasoning_output_tokens: 3 }, stage: 1 }));
    expect(first.threadId).toBe("t-1");
    const second = recordTurn(s, "w", turn({ usage: { input_tokens: 10, output_tokens: 1 }, kind: "design", title: "plan it", stage: 2 }));
    expect(second.turns).toBe(2);
    expect(second.usage).toEqual({ input_tokens: 110, cached_input_tokens: 40, output_tokens: 8, reasoning_output_tokens: 3 });
    expect(second.stage).toBe(2);
    expect(second.history).toMatchObject([
      { kind: "analyze", title: "look at auth", outcome: "ok", stage: 1, tokens: 107, threadId: "t-1" },
      { kind: "design", title: "plan it", outcome: "ok", stage: 2, tokens: 11, threadId: "t-1" },
    ]);
    expect(second.updatedAt >= first.updatedAt).toBe(true);
    expect(getSession(s, "w")).toEqual(second);
  });

  it("only advances the stage unless told to set it", () => {
    const s = store();
    recordTurn(s, "st", turn({ stage: 5 }));
    expect(recordTurn(s, "st", turn({ stage: 3 })).stage).toBe(5);
    expect(recordTurn(s, "st", turn()).stage).toBe(5);
    expect(recordTurn(s, "st", turn({ stage: 4, setStage: true })).stage).toBe(4);
  });

  it("moves to a new thread only for a fresh turn; otherwise keeps the binding and records the real thread", () => {
    const s = store();
    recordTurn(s, "th", turn({ threadId: "t-1" }));
    const stray = recordTurn(s, "th", turn({ threadId: "t-2" }));
    expect(stray.threadId).toBe("t-1");
    expect(stray.history.at(-1)?.threadId).toBe("t-2");
    const fresh = recordTurn(s, "th", turn({ threadId: "t-3", fresh: true }));
    expect(fresh.threadId).toBe("t-3");
    expect(fresh.turns).toBe(3);
    expect(fresh.history.map((h) => h.threadId)).toEqual(["t-1", "t-2", "t-3"]);
  });

  it("records a turn that never got a thread without unbinding the session", () => {
    const s = store();
    recordTurn(s, "f", turn({ threadId: "t-1" }));
    const failed = recordTurn(s, "f", turn({ threadId: null, outcome: "failed", fresh: true }));
    expect(failed.threadId).toBe("t-1");
    expect(failed.history.at(-1)).toMatchObject({ outcome: "failed" });
    expect(failed.history.at(-1)?.threadId).toBeUndefined();
    expect(failed.history.at(-1)?.tokens).toBeUndefined();
  });

  it("creates a missing session, clips long titles and bounds the history", () => {
    const s = store();
    const long = "é".repeat(500);
    let last = recordTurn(s, "new", turn({ title: long }));
    expect(last.history[0]?.title).toHaveLength(200);
    expect(last.history[0]?.title.endsWith("…")).toBe(true);
    for (let i = 1; i < LIMITS.historyPerSession + 5; i++) last = recordTurn(s, "new", turn({ title: `turn ${i}` }));
    expect(last.turns).toBe(LIMITS.historyPerSession + 5);
    const stored = getSession(s, "new");
    expect(stored?.history).toHaveLength(LIMITS.historyPerSession);
    expect(stored?.history.at(-1)?.title).toBe(`turn ${LIMITS.historyPerSession + 4}`);
    expect(stored?.history[0]?.title).toBe("turn 5");
  });

  it("loses no turn when processes record on one session at once", async () => {
    const r = tempRoot();
    roots.push(r);
    const results = await Promise.all(Array.from({ length: 10 }, () => runChild(child.script, ["turn", r, "shared"], 120_000)));
    for (const res of results) expect(res.code, res.stderr).toBe(0);
    const s = getSession(openStore(r), "shared");
    expect(s?.turns).toBe(10);
    expect(s?.usage.input_tokens).toBe(10);
    expect(s?.history).toHaveLength(10);
    expect(s?.threadId).toBe("thread-1");
  });
});

describe("resolveSessionRef", () => {
  const A = "0199a213-81c0-7800-8aa1-bbab2a035a53";
  const B = "0199a213-92ff-7000-8000-000000000001";

  function seeded(): Store {
    const s = store();
    recordTurn(s, "alpha", turn({ threadId: A }));
    recordTurn(s, "beta", turn({ threadId: B }));
    ensureSession(s, { name: "empty" });
    return s;
  }

  it("finds by name, by thread id and by a unique thread-id prefix", () => {
    const s = seeded();
    expect(resolveSessionRef(s, "beta")?.threadId).toBe(B);
    expect(resolveSessionRef(s, A)?.name).toBe("alpha");
    expect(resolveSessionRef(s, "0199a213-81")?.name).toBe("alpha");
    expect(resolveSessionRef(s, "empty")?.threadId).toBeNull();
  });

  it("returns undefined for unknown refs, ambiguous prefixes and too-short prefixes", () => {
    const s = seeded();
    expect(resolveSessionRef(s, "gamma")).toBeUndefined();
    expect(resolveSessionRef(s, "0199a213-")).toBeUndefined();
    recordTurn(s, "only", turn({ threadId: "ffff0000" }));
    expect(resolveSessionRef(s, "f".repeat(MIN_THREAD_PREFIX))?.name).toBe("only");
    expect(resolveSessionRef(s, "f".repeat(MIN_THREAD_PREFIX - 1))).toBeUndefined();
  });

  it("prefers the most recently updated session when two share a thread", () => {
    const s = seeded();
    recordTurn(s, "alpha-copy", turn({ threadId: A }));
    touch(s, "alpha", "2020-01-01T00:00:00.000Z");
    expect(resolveSessionRef(s, A)?.name).toBe("alpha-copy");
    expect(resolveSessionRef(s, A.slice(0, 12))?.name).toBe("alpha-copy");
  });
});
