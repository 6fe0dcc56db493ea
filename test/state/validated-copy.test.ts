// The store's read shortcut: a state file byte-identical to the copy the last validating writer left is not
// validated again; anything else is, and every update validates what it changed before writing.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { StateError } from "../../src/errors.js";
import { emptyState } from "../../src/state/schema.js";
import { openStore, validatedCopyPath } from "../../src/state/store.js";
import { tempRoot } from "./helpers.js";

let roots: string[] = [];
afterEach(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
  roots = [];
});

function setup() {
  const root = tempRoot();
  roots.push(root);
  const warnings: string[] = [];
  const store = openStore(root, { onWarning: (m) => warnings.push(m) });
  return { root, store, warnings };
}

const at = "2026-01-01T00:00:00.000Z";

describe("validated copy", () => {
  it("every update leaves a copy identical to the state file", () => {
    const { root, store } = setup();
    store.update((s) => {
      s.classifications.a = { level: "complex", score: 9, at };
    });
    expect(readFileSync(validatedCopyPath(root), "utf8")).toBe(readFileSync(store.path, "utf8"));
    expect(store.read().classifications.a?.level).toBe("complex");
  });

  it("a file identical to the copy is taken as is (that is the shortcut); any other text is validated", () => {
    const { root, store, warnings } = setup();
    store.update(() => {});
    // Only a validating writer produces the copy, so this can only happen by hand; it shows reads trust the copy.
    const unchecked = JSON.stringify({ ...emptyState(), classifications: { a: { level: "enormous", score: 1, at } } });
    writeFileSync(store.path, unchecked);
    writeFileSync(validatedCopyPath(root), unchecked);
    expect(store.read().classifications.a?.level).toBe("enormous");
    expect(warnings).toEqual([]);

    // A hand edit leaves the copy behind: the edited file is validated, found wrong and moved aside.
    writeFileSync(store.path, JSON.stringify({ ...emptyState(), classifications: { a: { level: "huge", score: 1, at } } }));
    expect(store.read()).toEqual(emptyState());
    expect(warnings.join("\n")).toContain("invalid content: classifications.a.level");
  });

  it("a stale, missing or half-written copy only costs a validation", () => {
    const { root, store, warnings } = setup();
    store.update((s) => {
      s.classifications.a = { level: "medium", score: 4, at };
    });
    const text = readFileSync(store.path, "utf8");
    writeFileSync(validatedCopyPath(root), text.slice(0, 20));
    expect(store.read().classifications.a?.level).toBe("medium");
    rmSync(validatedCopyPath(root));
    // Defaults are filled in by validation when the shortcut is not taken.
    writeFileSync(store.path, JSON.stringify({ version: 1 }));
    expect(store.read()).toEqual(emptyState());
    expect(warnings).toEqual([]);
  });

  it("an update validates the sections it changed and refuses to write an invalid one", () => {
    const { store } = setup();
    store.update((s) => {
      s.classifications.a = { level: "simple", score: 0, at };
    });
    const before = readFileSync(store.path, "utf8");
    expect(() =>
      store.update((s) => {
        s.pendingEdits.push({ path: "a.ts", hash: "h", at, tool: "Edit" });
        (s.classifications.a as { score: unknown }).score = "high";
      }),
    ).toThrow(StateError);
    expect(readFileSync(store.path, "utf8")).toBe(before);
    expect(() =>
      store.update((s) => {
        (s as unknown as { worker: unknown }).worker = { pid: "x" };
      }),
    ).toThrow(/worker\.pid/);
  });

  it("keys outside the schema are dropped on write, as a whole-object parse would", () => {
    const { store } = setup();
    store.update((s) => {
      (s as unknown as Record<string, unknown>).extra = 1;
      s.pendingEdits.push({ path: "a.ts", hash: "h", at, tool: "Edit", ...{ stray: true } });
    });
    const written = JSON.parse(readFileSync(store.path, "utf8"));
    expect(written.extra).toBeUndefined();
    expect(written.pendingEdits[0]).toEqual({ path: "a.ts", hash: "h", at, tool: "Edit" });
  });
});
