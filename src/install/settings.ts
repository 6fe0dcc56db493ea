// Merging our hook entries into a Claude Code settings file, and taking them out again, by splicing text:
// every byte outside our entries stays as the user wrote it.
import { SettingsInvalidError, SettingsShapeError } from "../errors.js";
import { isOurHookHandler, type HookGroup } from "./hooks.js";
import {
  addProperty,
  appendItem,
  detectStyle,
  findProp,
  JsonSyntaxError,
  lineColumn,
  nodeValue,
  parseJson,
  removeItem,
  removeProperty,
  replaceNode,
  type JsonArray,
  type JsonNode,
  type JsonObject,
  type Style,
} from "./jsonText.js";

/** What install created in a settings file, so uninstall removes exactly that (kept in the manifest). */
export interface SettingsRecord {
  createdFile: boolean;
  /** The file's text when it held only whitespace (we filled it; uninstall puts this back). */
  blank?: string;
  createdHooks: boolean;
  createdEvents: string[];
}

interface Parsed {
  root: JsonObject;
  hooks: JsonObject | undefined;
}

/** Parses and checks the shape we rely on; throws SettingsInvalidError / SettingsShapeError naming line and column. */
function parseOrThrow(file: string, text: string): JsonNode {
  try {
    return parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const { line, column } = lineColumn(text, e.offset);
    throw new SettingsInvalidError(file, line, column, e.message);
  }
}

/** JSON.parse with the SettingsInvalidError (file:line:column) that install reports for any JSON file it edits. */
export function parseSettingsLike(file: string, text: string): unknown {
  return nodeValue(text, parseOrThrow(file, text));
}

export function parseSettings(file: string, text: string): Parsed {
  const root = parseOrThrow(file, text);
  const shapeError = (offset: number, detail: string): SettingsShapeError => {
    const { line, column } = lineColumn(text, offset);
    return new SettingsShapeError(file, line, column, detail);
  };
  if (root.kind !== "object") throw shapeError(root.start, "the top level must be a JSON object");
  const hooks = findProp(root, "hooks")?.value;
  if (hooks === undefined) return { root, hooks: undefined };
  if (hooks.kind !== "object") throw shapeError(hooks.start, '"hooks" must be an object');
  for (const p of hooks.props) {
    if (p.value.kind !== "array") throw shapeError(p.value.start, `"hooks.${p.key}" must be an array`);
  }
  return { root, hooks };
}

interface OurEntry {
  group: number;
  /** Index of our handler inside a group that also holds the user's handlers; undefined = the whole group is ours. */
  handler?: number;
}

function ourEntries(text: string, arr: JsonArray): OurEntry[] {
  const found: OurEntry[] = [];
  arr.items.forEach((item, group) => {
    if (item.kind !== "object") return;
    const handlers = findProp(item, "hooks")?.value;
    if (handlers?.kind !== "array") return;
    const mine = handlers.items.flatMap((h, k) => (isOurHookHandler(nodeValue(text, h)) ? [k] : []));
    if (mine.length === 0) return;
    if (mine.length === handlers.items.length) found.push({ group });
    else for (const handler of mine) found.push({ group, handler });
  });
  return found;
}

function removeEntry(text: string, arr: JsonArray, entry: OurEntry): string {
  if (entry.handler === undefined) return removeItem(text, arr, entry.group);
  const group = arr.items[entry.group] as JsonObject;
  return removeItem(text, findProp(group, "hooks")!.value as JsonArray, entry.handler);
}

/** One edit towards "the array holds exactly `want` as one group of ours" (or none of ours); null when done. */
function nextEdit(text: string, arr: JsonArray, want: HookGroup | undefined, style: Style): string | null {
  const entries = ourEntries(text, arr);
  const keep = want === undefined ? undefined : entries.find((e) => e.handler === undefined);
  if (want !== undefined) {
    if (keep === undefined) return appendItem(text, arr, want, style);
    const node = arr.items[keep.group]!;
    if (JSON.stringify(nodeValue(text, node)) !== JSON.stringify(want)) return replaceNode(text, node, want, style);
  }
  const stray = entries.find((e) => e !== keep);
  return stray === undefined ? null : removeEntry(text, arr, stray);
}

/** The `hooks` object for a file that has none: one group of ours per event. */
function hooksValue(want: ReadonlyMap<string, HookGroup>): Record<string, HookGroup[]> {
  return Object.fromEntries([...want].map(([event, group]) => [event, [group]]));
}

function hooksObject(file: string, text: string): JsonObject | undefined {
  return parseSettings(file, text).hooks;
}

/**
 * Brings our entries in `text` (null: no file) to `want` (empty map: none of ours).
 * Returns the new text (null: delete the file) and the updated record.
 */
export function mergeHooks(
  file: string,
  original: string | null,
  want: ReadonlyMap<string, HookGroup>,
  previous: SettingsRecord | undefined,
): { text: string | null; record: SettingsRecord } {
  if (original === null || original.trim() === "") {
    if (want.size === 0) return { text: original, record: previous ?? { createdFile: false, createdHooks: false, createdEvents: [] } };
    // Nothing of the user's to keep: the record describes this install alone.
    const text = JSON.stringify({ hooks: hooksValue(want) }, null, 2) + "\n";
    const fresh: SettingsRecord = { createdFile: original === null, createdHooks: true, createdEvents: [...want.keys()] };
    return { text, record: original === null ? fresh : { ...fresh, blank: original } };
  }
  const record: SettingsRecord = previous
    ? { ...previous, createdEvents: [...previous.createdEvents] }
    : { createdFile: false, createdHooks: false, createdEvents: [] };

  const style = detectStyle(original);
  let text = original;
  const parsed = parseSettings(file, text);
  if (parsed.hooks === undefined) {
    if (want.size === 0) return { text, record };
    text = addProperty(text, parsed.root, "hooks", hooksValue(want), style);
    return { text, record: { ...record, createdHooks: true, createdEvents: [...want.keys()] } };
  }

  const emptied = new Set<string>();
  const events = [...new Set([...want.keys(), ...parsed.hooks.props.map((p) => p.key)])];
  for (const event of events) {
    for (;;) {
      const hooks = hooksObject(file, text)!;
      const arr = findProp(hooks, event)?.value as JsonArray | undefined;
      const wanted = want.get(event);
      if (arr === undefined) {
        if (wanted === undefined) break;
        text = addProperty(text, hooks, event, [wanted], style);
        if (!record.createdEvents.includes(event)) record.createdEvents.push(event);
        break;
      }
      const hadOurs = ourEntries(text, arr).length > 0;
      const next = nextEdit(text, arr, wanted, style);
      if (next === null) break;
      text = next;
      if (hadOurs && wanted === undefined) emptied.add(event);
    }
  }

  // Take away containers we created (or, without a record, that only held our entries) once they are empty.
  const removable = (event: string): boolean => (previous ? record.createdEvents.includes(event) : emptied.has(event));
  for (const event of events) {
    if (want.has(event)) continue;
    const hooks = hooksObject(file, text)!;
    const arr = findProp(hooks, event)?.value as JsonArray | undefined;
    if (arr !== undefined && arr.items.length === 0 && removable(event)) text = removeProperty(text, hooks, event);
    record.createdEvents = record.createdEvents.filter((e) => e !== event);
  }
  const { root, hooks } = parseSettings(file, text);
  if (want.size === 0 && hooks !== undefined && hooks.props.length === 0 && (previous ? record.createdHooks : emptied.size > 0)) {
    text = removeProperty(text, root, "hooks");
    record.createdHooks = false;
    if (parseSettings(file, text).root.props.length === 0) {
      if (record.createdFile) return { text: null, record };
      if (record.blank !== undefined) return { text: record.blank, record };
    }
  }
  return { text, record };
}
