import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { StateError } from "../../src/errors.js";
import { stateFilePath } from "../../src/project.js";
import { emptyState, LIMITS, type Session, type StateFile } from "../../src/state/schema.js";
import { openStore, pruneState, STATE_MAX_BYTES, stateLockPath, StateVersionError } from "../../src/state/store.js";
import { buildChild, type ChildResult, deadPid, removeDir, startChild, tempRoot } from "./helpers.js";

const roots: string[] = [];
let child: { script: string; dir: string };

beforeAll(() => {
  child = buildChild();
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(() => {
  removeDir(child.dir);
  for (const r of roots) removeDir(r);
});

function root(): string {
  const r = tempRoot();
  roots.push(r);
  return r;
}

function quietStore(r: string) {
  const warnings: string[] = [];
  const store = openStore(r, { onWarning: (m) => warnings.push(m) });
  return { store, warnings };
}

function session(name: string, updatedAt: string): Session {
  return {
    name,
    threadId: null,
    createdAt: updatedAt,
    updatedAt,
    turns: 0,
    usage: { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 },
    stage: 0,
    history: [],
  };
}

/** Distinct, ordered ISO timestamps: t(0) < t(1) < … */
function t(i: number): string {
  return new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
}

/** codex-collab's files at the root; the scratch directory (logs, the validated copy) is not the store's output. */
function namesIn(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.startsWith(".codex-collab") && n !== ".codex-collab.d");
}

describe("read and update", () => {
  it("reads a missing file as an empty state without creating it", () => {
    const r = root();
    const { store, warnings } = quietStore(r);
    expect(store.path).toBe(stateFilePath(r));
    expect(store.read()).toEqual(emptyState());
    expect(existsSync(store.path)).toBe(false);
    expect(warnings).toEqual([]);
  });

  it("writes atomically: a 0600 file, no temp or lock files left, the value of fn returned", () => {
    const r = root();
    const { store } = quietStore(r);
    const old = process.umask(0);
    let result: string;
    try {
      result = store.update((d) => {
        d.sessions.a = session("a", t(1));
        return "done";
      });
    } finally {
      process.umask(old);
    }
    expect(result).toBe("done");
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    expect(namesIn(r)).toEqual([".codex-collab"]);
    expect(store.read().sessions.a?.updatedAt).toBe(t(1));
    expect(JSON.parse(readFileSync(store.path, "utf8")).version).toBe(1);
  });

  it("removes a temp file left by a crashed writer on the next update", () => {
    const r = root();
    const { store } = quietStore(r);
    writeFileSync(`${store.path}.tmp-99999-abc`, "{half");
    store.update((d) => {
      d.sessions.b = session("b", t(2));
    });
    expect(namesIn(r)).toEqual([".codex-collab"]);
  });

  it("writes nothing when fn throws, and releases the lock", () => {
    const r = root();
    const { store } = quietStore(r);
    store.update((d) => {
      d.sessions.keep = session("keep", t(1));
    });
    const before = readFileSync(store.path, "utf8");
    expect(() =>
      store.update((d) => {
        d.sessions.lost = session("lost", t(2));
        throw new Error("caller failed");
      }),
    ).toThrow("caller failed");
    expect(readFileSync(store.path, "utf8")).toBe(before);
    expect(existsSync(stateLockPath(store.path))).toBe(false);
  });

  it("refuses to write a draft that breaks the schema, keeping the file readable", () => {
    const r = root();
    const { store, warnings } = quietStore(r);
    store.update((d) => {
      d.sessions.ok = session("ok", t(1));
    });
    const before = readFileSync(store.path, "utf8");
    expect(() =>
      store.update((d) => {
        (d.sessions.ok as { stage: number }).stage = 99;
      }),
    ).toThrow(/Refusing to write an invalid state.*stage/);
    expect(readFileSync(store.path, "utf8")).toBe(before);
    expect(store.read().sessions.ok?.stage).toBe(0);
    expect(warnings).toEqual([]);
  });

  it("rejects an async update function", () => {
    const { store } = quietStore(root());
    expect(() => store.update(async () => 1)).toThrow(StateError);
    expect(existsSync(store.path)).toBe(false);
  });

  it("reports a StateError when the state file cannot be written", () => {
    // A path under a regular file fails for every user (root ignores directory permissions).
    const r = root();
    writeFileSync(join(r, "file"), "");
    const store = openStore(join(r, "file", "proj"), { lockTimeoutMs: 200 });
    expect(() => store.update(() => undefined)).toThrow(StateError);
  });
});

describe("corrupt and foreign files", () => {
  for (const [label, bytes] of [
    ["invalid JSON", "{ this is not json"],
    ["an empty file", ""],
    ["a schema violation", JSON.stringify({ version: 1, sessions: { x: { name: 5 } } })],
    ["an older, unknown version", JSON.stringify({ version: 0, sessions: {} })],
  ] as const) {
    it(`moves ${label} aside with one warning and starts fresh`, () => {
      const r = root();
      const { store, warnings } = quietStore(r);
      writeFileSync(store.path, bytes);
      expect(store.read()).toEqual(emptyState());
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).not.toContain("\n");
      const moved = namesIn(r).filter((n) => n.startsWith(".codex-collab.corrupt-"));
      expect(moved).toHaveLength(1);
      expect(moved[0]).toMatch(/^\.codex-collab\.corrupt-\d{4}-\d\d-\d\dT\d{6}\.\d{3}Z$/);
      expect(warnings[0]).toContain(moved[0]);
      expect(readFileSync(join(r, moved[0] as string), "utf8")).toBe(bytes);

      store.update((d) => {
        d.sessions.fresh = session("fresh", t(1));
      });
      expect(Object.keys(store.read().sessions)).toEqual(["fresh"]);
      expect(warnings).toHaveLength(1);
    });
  }

  it(`moves a state over ${STATE_MAX_BYTES} bytes aside unread (a committed huge file would slow every hook)`, () => {
    const r = root();
    const { store, warnings } = quietStore(r);
    const huge = JSON.stringify({ version: 1, sessions: { x: { ...session("x", t(1)), task: "x".repeat(STATE_MAX_BYTES) } } });
    writeFileSync(store.path, huge);
    expect(store.read()).toEqual(emptyState());
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`larger than ${STATE_MAX_BYTES} bytes`);
    const moved = namesIn(r).filter((n) => n.startsWith(".codex-collab.corrupt-"));
    expect(moved).toHaveLength(1);
    expect(statSync(join(r, moved[0] as string)).size).toBe(huge.length);
  });

  it("quarantines on update too, and never overwrites an earlier quarantined file", () => {
    const r = root();
    const { store, warnings } = quietStore(r);
    writeFileSync(store.path, "first");
    store.update(() => undefined);
    writeFileSync(store.path, "second");
    store.update(() => undefined);
    const moved = namesIn(r).filter((n) => n.includes(".corrupt-"));
    expect(moved).toHaveLength(2);
    expect(moved.map((n) => readFileSync(join(r, n), "utf8")).sort()).toEqual(["first", "second"]);
    expect(warnings).toHaveLength(2);
  });

  it("prints the default warning on stderr with a codex-collab: prefix", () => {
    const r = root();
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const store = openStore(r);
    writeFileSync(store.path, "garbage");
    store.read();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0]?.[0])).toMatch(/^codex-collab: .*moved it to \.codex-collab\.corrupt-/);
  });

  it("moves an unreadable path (a directory) aside", () => {
    const r = root();
    const { store, warnings } = quietStore(r);
    mkdirSync(store.path);
    expect(store.read()).toEqual(emptyState());
    expect(warnings[0]).toMatch(/not a regular file/);
    store.update(() => undefined);
    expect(statSync(store.path).isFile()).toBe(true);
  });

  it("refuses a newer version without touching or moving the file", () => {
    const r = root();
    const { store, warnings } = quietStore(r);
    const bytes = JSON.stringify({ version: 2, sessions: {}, somethingNew: [1, 2] });
    writeFileSync(store.path, bytes);
    expect(() => store.read()).toThrow(StateVersionError);
    expect(() => store.update(() => undefined)).toThrow(/newer codex-collab.*state version 2/);
    try {
      store.read();
    } catch (e) {
      expect(e).toBeInstanceOf(StateError);
      expect((e as StateError).hint).toMatch(/Upgrade codex-collab/);
    }
    expect(readFileSync(store.path, "utf8")).toBe(bytes);
    expect(namesIn(r)).toEqual([".codex-collab"]);
    expect(warnings).toEqual([]);
  });
});

describe("pruneState", () => {
  it("keeps the newest sessions, the latest history, reviews, edits and classifications", () => {
    const s: StateFile = emptyState();
    const extra = 7;
    for (let i = 0; i < LIMITS.sessions + extra; i++) {
      // Insert out of order so pruning has to sort, not just cut the front.
      const j = (i * 37) % (LIMITS.sessions + extra);
      s.sessions[`s${j}`] = session(`s${j}`, t(j));
    }
    const busy = s.sessions[`s${LIMITS.sessions + extra - 1}`] as Session;
    for (let i = 0; i < LIMITS.historyPerSession + extra; i++) busy.history.push({ at: t(i), kind: "run", title: `h${i}`, outcome: "ok" });
    for (let i = 0; i < LIMITS.reviews + extra; i++) {
      s.reviews.push({ id: `r${i}`, sessionName: "x", diffHash: "h", files: [], status: "done", startedAt: t(i), findings: [] });
    }
    for (let i = 0; i < LIMITS.pendingEdits + extra; i++) s.pendingEdits.push({ path: `f${i}`, hash: "h", at: t(i), tool: "Edit" });
    for (let i = 0; i < LIMITS.classifications + extra; i++) s.classifications[`c${i}`] = { level: "simple", score: 0, at: t(i) };

    pruneState(s);

    expect(Object.keys(s.sessions)).toHaveLength(LIMITS.sessions);
    for (let j = 0; j < extra; j++) expect(s.sessions[`s${j}`]).toBeUndefined();
    expect(s.sessions[`s${extra}`]).toBeDefined();
    expect(busy.history).toHaveLength(LIMITS.historyPerSession);
    expect(busy.history[0]?.title).toBe(`h${extra}`);
    expect(s.reviews).toHaveLength(LIMITS.reviews);
    expect(s.reviews[0]?.id).toBe(`r${extra}`);
    expect(s.pendingEdits).toHaveLength(LIMITS.pendingEdits);
    expect(s.pendingEdits[0]?.path).toBe(`f${extra}`);
    expect(Object.keys(s.classifications)).toHaveLength(LIMITS.classifications);
    expect(s.classifications.c0).toBeUndefined();
    expect(s.classifications[`c${extra}`]).toBeDefined();
  });

  it("drops the oldest review by start time even when it is not first in the list", () => {
    const s = emptyState();
    for (let i = 0; i <= LIMITS.reviews; i++) {
      s.reviews.push({ id: `r${i}`, sessionName: "x", diffHash: "h", files: [], status: "done", startedAt: t(i === 50 ? -1 : i), findings: [] });
    }
    pruneState(s);
    expect(s.reviews.map((r) => r.id)).not.toContain("r50");
    expect(s.reviews[0]?.id).toBe("r0");
  });

  it("is applied by update", () => {
    const { store } = quietStore(root());
    store.update((d) => {
      for (let i = 0; i < LIMITS.pendingEdits + 3; i++) d.pendingEdits.push({ path: `f${i}`, hash: "h", at: t(i), tool: "Write" });
    });
    const edits = store.read().pendingEdits;
    expect(edits).toHaveLength(LIMITS.pendingEdits);
    expect(edits.at(-1)?.path).toBe(`f${LIMITS.pendingEdits + 2}`);
  });
});

describe("between real processes", () => {
  /** Starts `n` children adding sessions prefix0…, and lets them all go at the same instant. */
  async function race(r: string, prefix: string, n: number): Promise<ChildResult[]> {
    const go = join(child.dir, `go-${prefix}-${Date.now()}`);
    const kids = Array.from({ length: n }, (_, i) => startChild(child.script, ["add", r, `${prefix}${i}`, go], 120_000));
    await Promise.all(kids.map((k) => k.printed("ready")));
    writeFileSync(go, "");
    return Promise.all(kids.map((k) => k.done));
  }

  it("50 concurrent processes each adding a session leave exactly 50 sessions", async () => {
    const r = root();
    const results = await race(r, "p", 50);
    for (const res of results) expect(res, res.stderr).toMatchObject({ code: 0, stderr: "" });
    const { store } = quietStore(r);
    const names = Object.keys(store.read().sessions).sort();
    expect(names).toEqual(Array.from({ length: 50 }, (_, i) => `p${i}`).sort());
    expect(namesIn(r)).toEqual([".codex-collab"]);
  });

  it("20 processes racing to take over a dead holder's lock lose no update", async () => {
    const r = root();
    const { store } = quietStore(r);
    const pid = await deadPid(child.script);
    writeFileSync(stateLockPath(store.path), JSON.stringify({ pid, host: hostname(), token: "dead", at: t(0) }));
    const results = await race(r, "q", 20);
    for (const res of results) expect(res, res.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(Object.keys(store.read().sessions)).toHaveLength(20);
    expect(namesIn(r)).toEqual([".codex-collab"]);
  });

  it("a corrupt file seen by many processes at once is quarantined once", async () => {
    const r = root();
    const { store } = quietStore(r);
    writeFileSync(store.path, "corrupt!");
    const results = await race(r, "c", 8);
    for (const res of results) expect(res.code, res.stderr).toBe(0);
    expect(results.filter((res) => res.stderr.includes("warning:"))).toHaveLength(1);
    expect(Object.keys(store.read().sessions)).toHaveLength(8);
    const moved = namesIn(r).filter((n) => n.includes(".corrupt-"));
    expect(moved).toHaveLength(1);
    expect(readFileSync(join(r, moved[0] as string), "utf8")).toBe("corrupt!");
  });
});
