// The state's append-only journal (.codex-collab.d/edits.jsonl): writes that did not need, or could not get, the
// state lock in time. Hooks append here without any lock (one O_APPEND write per call), so a busy lock never costs
// them their deadline nor their write; whoever next updates the state under the lock drains it, and every read
// sees the state with the journal applied.
//
// Lock-free and lossless: a drain first RENAMES the journal away, then reads it. An appender that wrote into the
// renamed file after it was read would be lost, so every appender checks after its write that the path still
// names the file it wrote to (same inode: the inode cannot be reused while its descriptor is open) and otherwise
// appends again. Entries may therefore arrive twice; applying one is idempotent (edits dedupe by path and hash,
// a classification only ever raises the level, a stage moves on once).
import { closeSync, existsSync, fstatSync, lstatSync, readdirSync, renameSync, unlinkSync } from "node:fs";
import { basename, join } from "node:path";
import { stateDir } from "../project.js";
import { markStateDirChecked } from "./committed.js";
import { ensurePrivateDir, moveAside, openPrivate, readPrivate, UnsafePathError, writeAll } from "./safe-fs.js";
import type { Classification, PendingEdit, StateFile } from "./schema.js";

export type JournalEntry =
  | { kind: "edit"; edit: PendingEdit }
  | { kind: "classification"; key: string; value: Classification }
  /** A Claude edit in this session moved its flow on (see stageAfterEdit). */
  | { kind: "stage"; session: string };

export function journalPath(root: string): string {
  return join(stateDir(root), "edits.jsonl");
}

/** Appends entries with one write, never waiting for a lock. No fsync: see the store's hook options. */
export function appendJournal(root: string, entries: readonly JournalEntry[]): void {
  if (entries.length === 0) return;
  const path = journalPath(root);
  const text = entries.map((e) => JSON.stringify(e) + "\n").join("");
  const created = !existsSync(stateDir(root));
  ensurePrivateDir(stateDir(root));
  if (created) markStateDirChecked(root);
  for (let attempt = 0; attempt < 100; attempt++) {
    const fd = openAppend(path);
    try {
      writeAll(fd, text);
      // Still the journal? Then a drain will read this write; if not, it may have read the file before it.
      if (sameFile(fd, path)) return;
    } finally {
      closeSync(fd);
    }
  }
  throw new Error(`could not append to ${path}: it was drained 100 times in a row`);
}

/** Never through a link: one planted where the journal belongs is moved aside (safe-fs). */
function openAppend(path: string): number {
  try {
    return openPrivate(path, "append");
  } catch (e) {
    if (!(e instanceof UnsafePathError)) throw e;
    moveAside(path);
    return openPrivate(path, "append");
  }
}

function sameFile(fd: number, path: string): boolean {
  try {
    return lstatSync(path).ino === fstatSync(fd).ino;
  } catch {
    return false;
  }
}

/** The entries in `text`; malformed or half-written lines are skipped (a half-written one is appended again). */
export function parseJournal(text: string): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const entry = toEntry(value);
    if (entry) out.push(entry);
  }
  return out;
}

const str = (v: unknown): v is string => typeof v === "string";
const LEVELS = new Set(["simple", "medium", "complex"]);

/** Checked by hand, exactly as strictly as the state's schema: an entry the store would refuse would poison every drain. */
function toEntry(v: unknown): JournalEntry | null {
  if (typeof v !== "object" || v === null) return null;
  const o = v as Record<string, unknown>;
  // Lines without a kind are edits, as the first journal wrote them.
  if (o.kind === undefined || o.kind === "edit") {
    const e = (o.kind === "edit" ? o.edit : o) as Record<string, unknown> | null;
    if (!e || !str(e.path) || !str(e.hash) || !str(e.at) || !str(e.tool) || (e.claudeSessionId !== undefined && !str(e.claudeSessionId))) return null;
    return { kind: "edit", edit: { path: e.path, hash: e.hash, at: e.at, tool: e.tool, ...(e.claudeSessionId !== undefined ? { claudeSessionId: e.claudeSessionId } : {}) } };
  }
  if (o.kind === "classification") {
    const c = o.value as Record<string, unknown> | null;
    if (!str(o.key) || !c || !LEVELS.has(c.level as string) || typeof c.score !== "number" || !Number.isFinite(c.score) || !str(c.at)) return null;
    const locale = c.locale === "en" || c.locale === "zh" ? { locale: c.locale as "en" | "zh" } : {};
    return { kind: "classification", key: o.key, value: { level: c.level as Classification["level"], score: c.score, at: c.at, ...locale } };
  }
  if (o.kind === "stage" && str(o.session)) return { kind: "stage", session: o.session };
  return null;
}

const DRAINING = ".draining-";

/** Journals being drained right now, or left by a drain that crashed before its state write. */
function drainingFiles(root: string): string[] {
  const prefix = basename(journalPath(root)) + DRAINING;
  try {
    return readdirSync(stateDir(root))
      .filter((n) => n.startsWith(prefix))
      .map((n) => join(stateDir(root), n));
  } catch {
    return [];
  }
}

function readText(path: string): string {
  try {
    return readPrivate(path) ?? "";
  } catch {
    return "";
  }
}

/**
 * The journal's entries, read without any lock, including those of a drain in progress: read BEFORE the state,
 * they cover every entry that drain has not yet written into it.
 */
export function readJournalEntries(root: string): JournalEntry[] {
  const text = readText(journalPath(root));
  return parseJournal([...drainingFiles(root).map(readText), text].join("\n"));
}

/** Whether the journal holds anything: a stat, cheap enough for every prompt. */
export function journalNonEmpty(root: string): boolean {
  return journalBytes(root) > 0;
}

/** The journal's size in bytes (0 when there is none): a stat. */
export function journalBytes(root: string): number {
  try {
    return lstatSync(journalPath(root)).size;
  } catch {
    return 0;
  }
}

const LEVEL_RANK = { simple: 0, medium: 1, complex: 2 } as const;

/**
 * Claude editing files moves the task's flow on: after analysis, discussion or a prototype it is implementing
 * (stage 4); after a review it is fixing (stage 6). Undefined when an edit changes nothing.
 */
export function stageAfterEdit(stage: number): number | undefined {
  if (stage >= 1 && stage <= 3) return 4;
  // Edits after a review or a final review are fixes; the review that follows them is the final review.
  if (stage === 5 || stage === 7) return 6;
  return undefined;
}

/** Adds an edit unless the very same edit (same path and input) is already pending. */
export function addEdit(state: StateFile, edit: PendingEdit): boolean {
  if (state.pendingEdits.some((e) => e.path === edit.path && e.hash === edit.hash)) return false;
  state.pendingEdits.push(edit);
  return true;
}

/** Applies entries to a state in place; returns how many edits were added. */
export function applyJournal(state: StateFile, entries: readonly JournalEntry[]): number {
  let added = 0;
  for (const e of entries) {
    if (e.kind === "edit") {
      if (addEdit(state, e.edit)) added++;
    } else if (e.kind === "classification") {
      const stored = state.classifications[e.key];
      // A session's level only goes up (see the UserPromptSubmit hook).
      if (stored === undefined || LEVEL_RANK[e.value.level] > LEVEL_RANK[stored.level]) state.classifications[e.key] = e.value;
    } else {
      const session = state.sessions[e.session];
      if (session) session.stage = stageAfterEdit(session.stage) ?? session.stage;
    }
  }
  return added;
}

export interface Drained {
  entries: JournalEntry[];
  /** Removes the drained entries for good: call it once the state that holds them is written. */
  commit(): void;
  /** The state write failed: put the entries back (appended again, so nothing is lost). */
  abort(): void;
}

/**
 * Takes the journal over for a drain, with any drain a crashed process left behind. Only under the store lock:
 * drains run one at a time, so every draining file found there is a leftover.
 */
export function takeJournal(root: string): Drained {
  const path = journalPath(root);
  const taken = `${path}${DRAINING}${process.pid}-${Math.random().toString(36).slice(2)}`;
  let files = drainingFiles(root);
  try {
    renameSync(path, taken);
    files = [...files, taken];
  } catch {
    // No journal: only leftovers, if any.
  }
  if (files.length === 0) return { entries: [], commit: () => {}, abort: () => {} };
  const entries = parseJournal(files.map(readText).join("\n"));
  const remove = () => {
    for (const f of files) {
      try {
        unlinkSync(f);
      } catch {
        // Already gone.
      }
    }
  };
  return {
    entries,
    commit: remove,
    abort: () => {
      appendJournal(root, entries);
      remove();
    },
  };
}
