// Entries of a block or map whose name says every value in it is a secret: HCL `tokens { agent = "…" }` (Consul
// ACL), YAML `secrets:` / `api_keys:` maps keyed by environment or service. The entry's own name ("agent",
// "prod") says nothing, so the value must look generated (also INI sections: CouchDB's `[admins]` holds
// `name = password` until the server hashes it) (a UUID, hex, random characters). Line by line, a block
// followed for a bounded number of lines.
import { looksRandom, MARKER_PREFIX, isPlaceholder, type Tally } from "./values.js";

const OPEN_RE = /^([+\- ]?[ \t]*)["']?(?:tokens|secrets|passwords|credentials|api_?keys|apikeys|access_?keys)["']?[ \t]*=?[ \t]*(\{|:)[ \t]*$/i;
/** An INI section of secrets; it runs to the next section. */
const INI_OPEN_RE = /^[+\- ]?[ \t]*\[(?:admins|tokens|secrets|passwords|credentials|api_?keys|apikeys|access_?keys)\][ \t]*$/i;
const ENTRY_RE = /^[+\- ]?([ \t]*)["']?[\w.-]{1,64}["']?[ \t]*[:=][ \t]*(["']?)([^"'\s#,{}]{8,512})\2[ \t]*,?[ \t]*$/;
const MAX_BLOCK_LINES = 50;

const generated = (v: string) =>
  !isPlaceholder(v) && !v.includes(MARKER_PREFIX) && (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) || /^[0-9a-f]{16,}$/i.test(v) || looksRandom(v));

export function redactSecretBlocks(text: string, tally: Tally): string {
  if (!/(?:(?:tokens|secrets|passwords|credentials|keys)["']?[ \t]*=?[ \t]*[{:]|^[+\- ]?[ \t]*\[\w+\])[ \t]*\r?$/im.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!.replace(/\r$/, "");
    const ini = INI_OPEN_RE.test(head);
    const open = ini ? null : OPEN_RE.exec(head);
    if (!open && !ini) continue;
    const brace = open?.[2] === "{";
    const indent = ini ? -1 : open![1]!.replace(/^[+\- ]/, "").length;
    for (let j = i + 1; j < lines.length && j <= i + MAX_BLOCK_LINES; j++) {
      const line = lines[j]!.replace(/\r$/, "");
      if (blockEnds(line, ini, brace, indent)) break;
      const entry = ENTRY_RE.exec(line);
      if (!entry || (!brace && entry[1]!.length <= indent)) continue;
      if (generated(entry[3]!)) lines[j] = line.replace(entry[3]!, tally.add("secret", entry[3]!)) + (lines[j]!.endsWith("\r") ? "\r" : "");
    }
  }
  return lines.join("\n");
}

/** A brace block ends at its `}`; an INI section at the next section; a YAML map at a line indented no deeper. */
function blockEnds(line: string, ini: boolean, brace: boolean, indent: number): boolean {
  if (ini) return /^[+\- ]?[ \t]*\[/.test(line);
  if (brace) return /^[+\- ]?[ \t]*\}/.test(line);
  return line.trim() !== "" && line.replace(/^[+\- ]/, "").search(/\S/) <= indent;
}
