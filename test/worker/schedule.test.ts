import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { drainJournal, journalNonEmpty, journalPath, readJournal } from "../../src/worker/journal.js";
import { appendJournal } from "../../src/state/journal.js";
import { openStore } from "../../src/state/store.js";
import { editedPaths, editHash, HEARTBEAT_MS, recordEdit, workerAlive } from "../../src/worker/schedule.js";
import { emptyState } from "../../src/state/schema.js";

describe("editedPaths", () => {
  const root = "/home/u/my project";
  it("reads Edit/Write file_path and NotebookEdit notebook_path, relative to the root", () => {
    expect(editedPaths(root, { file_path: "/home/u/my project/src/中文 名.ts" })).toEqual(["src/中文 名.ts"]);
    expect(editedPaths(root, { notebook_path: "nb/a.ipynb" })).toEqual(["nb/a.ipynb"]);
  });
  it("drops paths outside the project and malformed input", () => {
    expect(editedPaths(root, { file_path: "/etc/passwd" })).toEqual([]);
    expect(editedPaths(root, { file_path: 42 })).toEqual([]);
    expect(editedPaths(root, null)).toEqual([]);
    expect(editedPaths(root, "x")).toEqual([]);
  });
});

describe("recordEdit", () => {
  it("collapses the same edit reported twice but keeps different edits of one file", () => {
    const s = emptyState();
    const e = { path: "a.ts", hash: editHash("Edit", { a: 1 }), at: "t", tool: "Edit" };
    expect(recordEdit(s, e)).toBe(true);
    expect(recordEdit(s, { ...e })).toBe(false);
    expect(recordEdit(s, { ...e, hash: editHash("Edit", { a: 2 }) })).toBe(true);
    expect(s.pendingEdits).toHaveLength(2);
  });
});

describe("workerAlive", () => {
  it("needs both a live pid and a fresh heartbeat", () => {
    const now = new Date();
    const fresh = now.toISOString();
    expect(workerAlive(null, now)).toBe(false);
    expect(workerAlive({ pid: process.pid, startedAt: fresh, heartbeatAt: fresh }, now)).toBe(true);
    const stale = new Date(now.getTime() - 4 * HEARTBEAT_MS).toISOString();
    expect(workerAlive({ pid: process.pid, startedAt: stale, heartbeatAt: stale }, now)).toBe(false);
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    expect(workerAlive({ pid: dead ?? 999999, startedAt: fresh, heartbeatAt: fresh }, now)).toBe(false);
  });
});

describe("edit journal", () => {
  it("appends without the lock, and the store's next update drains it into pendingEdits (deduped, malformed lines skipped)", () => {
    const root = mkdtempSync(join(tmpdir(), "cc journal "));
    try {
      expect(journalNonEmpty(root)).toBe(false);
      expect(readJournal(root)).toEqual([]);
      const a = { path: "a.ts", hash: editHash("Edit", { a: 1 }), at: "2026-01-01T00:00:00.000Z", tool: "Edit", claudeSessionId: "s1" };
      const b = { path: "b.ts", hash: editHash("Write", { b: 1 }), at: "2026-01-01T00:00:01.000Z", tool: "Write" };
      appendJournal(root, [{ kind: "edit", edit: a }]);
      expect(existsSync(join(root, ".codex-collab.lock"))).toBe(false);
      writeFileSync(journalPath(root), "not json\n" + JSON.stringify({ path: 1 }) + "\n", { flag: "a" });
      appendJournal(root, [{ kind: "edit", edit: a }, { kind: "edit", edit: b }]);
      writeFileSync(journalPath(root), '{"path":"half', { flag: "a" });
      expect(journalNonEmpty(root)).toBe(true);
      expect(readJournal(root)).toEqual([a, a, b]);

      const s = emptyState();
      recordEdit(s, b);
      expect(drainJournal(s, root)).toBe(1);
      expect(s.pendingEdits).toEqual([b, a]);
      // Applying only: the journal is removed by the store's update, once the state holding its edits is written.
      expect(journalNonEmpty(root)).toBe(true);
      const store = openStore(root);
      expect(store.read().pendingEdits).toEqual([a, b]);
      store.update(() => {});
      expect(existsSync(journalPath(root))).toBe(false);
      expect(store.read().pendingEdits).toEqual([a, b]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
