// Children of a YAML key named for a secret that holds a map instead of a value (`dbPassword:` then `  cipher: aes`
// and `  plain: Hunter2!…`): whatever a child is called, a strong literal among the key's children is the secret.
// Only lines indented deeper than the key, for a bounded number of lines; a setting word ("aes") stays. A parent that
// names a key's owner (`api:`) makes a generated child `key:` a secret too.
import { categorize } from "./names.js";
import { acceptStrong } from "./prose.js";
import { isPlaceholder, looksRandom, MARKER_PREFIX, type Tally } from "./values.js";

const PARENT_RE = /^[+\- ]?([ \t]*)(?:-[ \t]+)?["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*:[ \t]*$/;
const CHILD_RE = /^[+\- ]?([ \t]*)["']?([\w.$-]{1,64})["']?[ \t]*:[ \t]+(["']?)([^\s"'#|>&*!][^\s"']{0,255})\3[ \t]*$/;
const MAX_CHILD_LINES = 12;
const generated = (v: string) => !isPlaceholder(v) && (/^[0-9a-f]{16,}$/i.test(v) || looksRandom(v));
/** A schema describing the secret (OpenAPI, JSON Schema, form specs): its pattern or example is no secret. */
const SCHEMA_CHILDREN = new Set(["pattern", "regex", "format", "type", "description", "title", "example", "examples", "$ref", "ref", "label", "hint"]);

export function redactSecretChildren(text: string, tally: Tally): string {
  if (!/:[ \t]*\r?\n/.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const parent = PARENT_RE.exec(lines[i]!.replace(/\r$/, ""));
    const category = parent ? categorize(parent[2]!) : null;
    // `api:` then `  key: <hex>` (OctoPrint's config.yaml): the child's name completes the parent's into a secret's.
    const keyParent = parent !== null && category === null && categorize(`${parent[2]!}_key`) === "secret";
    if (!parent || (category !== "password" && category !== "secret" && !keyParent)) continue;
    const indent = parent[1]!.length;
    for (let j = i + 1; j < lines.length && j <= i + MAX_CHILD_LINES; j++) {
      const line = lines[j]!.replace(/\r$/, "");
      if (line.trim() === "") continue;
      const child = CHILD_RE.exec(line);
      if (!child || child[1]!.length <= indent) break;
      const value = child[4]!;
      if (keyParent && (child[2]!.toLowerCase() !== "key" || !generated(value))) continue;
      if (SCHEMA_CHILDREN.has(child[2]!.toLowerCase()) || value.includes(MARKER_PREFIX) || !acceptStrong(value, "password")) continue;
      const at = line.lastIndexOf(value);
      lines[j] = line.slice(0, at) + tally.add(keyParent ? "secret" : "password", value) + line.slice(at + value.length) + (lines[j]!.endsWith("\r") ? "\r" : "");
    }
  }
  return lines.join("\n");
}
