// The state journal: lock-free appends from real concurrent processes while the store drains it again and again
// lose nothing; entries apply idempotently; a failed write puts them back; a crashed drain's leftovers are recovered.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendJournal, applyJournal, journalPath, parseJournal, readJournalEntries, stageAfterEdit } from "../../src/state/journal.js";
import { emptyState } from "../../src/state/schema.js";
import { openStore } from "../../src/state/store.js";
import { buildChild, startChild } from "./helpers.js";

let child: { script: string; dir: string };
beforeAll(() => {
  child = buildChild();
});
afterAll(() => rmSync(child.dir, { recursive: true, force: true }));

function root(): string {
  return mkdtempSync(join(tmpdir(), "cc journal "));
}

describe("state journal", () => {
  it("4 processes appending 120 entries each while the store drains continuously: all 480 arrive (the state keeps 500)", async () => {
    const dir = root();
    try {
      const store = openStore(dir, { syncDirectory: false });
      const kids = ["a", "b", "c", "d"].map((name) => startChild(child.script, ["journal", dir, name, "120"]));
      let finished = false;
      const all = Promise.all(kids.map((k) => k.done)).finally(() => (finished = true));
      let drains = 0;
      while (!finished) {
        store.update(() => {});
        drains++;
        await new Promise((r) => setTimeout(r, 1));
      }
      for (const r of await all) expect(r.code, r.stderr).toBe(0);
      store.update(() => {});
      const paths = new Set(store.read().pendingEdits.map((e) => e.path));
      expect(paths.size).toBe(480);
      expect(drains).toBeGreaterThan(5);
      expect(existsSync(journalPath(dir))).toBe(false);
      expect(readdirSync(join(dir, ".codex-collab.d")).filter((n) => n.includes("draining"))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("applies classifications (only upwards), stage moves (once) and edits (deduped), twice as harmlessly as once", () => {
    const s = emptyState();
    (s.sessions as Record<string, unknown>).t = { name: "t", threadId: null, stage: 5, createdAt: "", updatedAt: "", history: [], usage: { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 } };
    s.classifications.k = { level: "medium", score: 1, at: "x" };
    const entries = parseJournal(
      [
        JSON.stringify({ kind: "classification", key: "k", value: { level: "simple", score: 0, at: "y" } }),
        JSON.stringify({ kind: "classification", key: "n", value: { level: "complex", score: 9, at: "y" } }),
        JSON.stringify({ kind: "stage", session: "t" }),
        JSON.stringify({ kind: "edit", edit: { path: "a", hash: "h", at: "z", tool: "Edit" } }),
        JSON.stringify({ path: "b", hash: "h", at: "z", tool: "Write", extra: 1 }),
        JSON.stringify({ kind: "classification", key: "bad", value: { level: "huge", score: 1, at: "y" } }),
        JSON.stringify({ kind: "edit", edit: { path: 3 } }),
        '{"kind":"stage","sess',
      ].join("\n"),
    );
    expect(entries).toHaveLength(5);
    expect(applyJournal(s, entries)).toBe(2);
    expect(applyJournal(s, entries)).toBe(0);
    expect(s.classifications.k?.level).toBe("medium");
    expect(s.classifications.n?.level).toBe("complex");
    expect(s.sessions.t?.stage).toBe(6);
    expect(s.pendingEdits.map((e) => e.path)).toEqual(["a", "b"]);
    // Extra fields are not carried into the state.
    expect(Object.keys(s.pendingEdits[1]!)).toEqual(["path", "hash", "at", "tool"]);
    // Edits after a review or a final review are fixes (stage 6).
    expect([1, 2, 3, 4, 5, 6, 7].map(stageAfterEdit)).toEqual([4, 4, 4, undefined, 6, undefined, 6]);
  });

  it("a failed state write puts the drained entries back; a crashed drain's leftovers are read and drained", () => {
    const dir = root();
    try {
      const store = openStore(dir);
      appendJournal(dir, [{ kind: "edit", edit: { path: "a", hash: "h", at: "z", tool: "Edit" } }]);
      expect(() =>
        store.update(() => {
          throw new Error("boom");
        }),
      ).toThrow("boom");
      expect(readJournalEntries(dir)).toHaveLength(1);
      // A drain that crashed between taking the journal and writing the state.
      writeFileSync(`${journalPath(dir)}.draining-999999-x`, JSON.stringify({ kind: "edit", edit: { path: "b", hash: "h", at: "z", tool: "Edit" } }) + "\n");
      expect(store.read().pendingEdits.map((e) => e.path).sort()).toEqual(["a", "b"]);
      store.update(() => {});
      expect(readdirSync(join(dir, ".codex-collab.d")).filter((n) => n.startsWith("edits.jsonl"))).toEqual([]);
      expect(store.read().pendingEdits.map((e) => e.path).sort()).toEqual(["a", "b"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
