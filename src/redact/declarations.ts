// Defaults of infrastructure parameters named for a secret: Terraform, OpenTofu and Packer `variable` blocks, ARM
// and JSON Schema parameters, Pulumi YAML config, Azure Pipelines and Ansible parameter lists, Bicep `param`s. The
// name is on the declaration, the value on a `default` line of its block, so neither the assignment pass (which
// sees "default") nor the name alone finds it. Every default in the block goes: a diff shows the old and the new.
// Each block is read once, with a bound, and heads inside a block already read are skipped: linear.
import { closingBrace } from "./braces.js";
import { DECLARATION_HEADS, DEFAULT_RE, LINE_VALUE_RE, type DeclarationHead } from "./declaration-rules.js";
import { categorize } from "./names.js";
import { acceptStrong } from "./prose.js";
import { isPlaceholder, MARKER_PREFIX, type Tally } from "./values.js";

/** How far a block may run past its head. */
const MAX_BLOCK = 2000;
const MAX_BLOCK_LINES = 24;

/** The end of the block opened by a head ending at `from` (just after its `{`, or at its line's end). */
function blockEnd(text: string, from: number, head: DeclarationHead, indent: number, diff: boolean): number {
  const limit = Math.min(text.length, from + MAX_BLOCK);
  if (head.block === "line") {
    const nl = text.indexOf("\n", from);
    return nl === -1 || nl > limit ? limit : nl;
  }
  if (head.block === "brace") {
    const close = closingBrace(text, from, limit);
    return close === -1 ? limit : close;
  }
  // A list item's block: the lines after it indented deeper than its dash.
  let end = text.indexOf("\n", from);
  for (let lines = 0; end !== -1 && end < limit && lines < MAX_BLOCK_LINES; lines++) {
    const next = text.indexOf("\n", end + 1);
    const raw = text.slice(end + 1, next === -1 ? text.length : next);
    const line = diff ? raw.replace(/^[+\- ]/, "") : raw;
    if (line.trim() !== "" && line.search(/\S/) <= indent) break;
    end = next;
  }
  return end === -1 ? limit : Math.min(end, limit);
}

/** A default worth cutting: not a placeholder or a reference; a password may be any word, a key must look made. */
function accepted(value: string, password: boolean): boolean {
  if (value.includes(MARKER_PREFIX) || isPlaceholder(value) || /\s/.test(value)) return false;
  return password ? value.length >= 4 && !/^(?:null|true|false|\d+)$/i.test(value) : acceptStrong(value, "token");
}

function defaultsIn(text: string, from: number, end: number, head: DeclarationHead, password: boolean): [number, number][] {
  const cuts: [number, number][] = [];
  const block = text.slice(from, end);
  if (head.block === "line") {
    const m = LINE_VALUE_RE.exec(block);
    const value = m?.groups!.quoted;
    if (m && value !== undefined && accepted(value, password)) cuts.push([from + m[0].length - 1 - value.length, from + m[0].length - 1]);
    return cuts;
  }
  DEFAULT_RE.lastIndex = 0;
  for (let m = DEFAULT_RE.exec(block); m; m = DEFAULT_RE.exec(block)) {
    const value = m.groups!.quoted ?? m.groups!.plain!;
    const close = m.groups!.quoted === undefined ? 0 : 1;
    const at = from + m.index + m[0].length - close - value.length;
    if (accepted(value, password)) cuts.push([at, at + value.length]);
  }
  return cuts;
}

export function redactDeclaredDefaults(text: string, tally: Tally): string {
  if (!/default|param/i.test(text)) return text;
  const cuts: [number, number, string][] = [];
  for (const head of DECLARATION_HEADS) {
    head.re.lastIndex = 0;
    for (let m = head.re.exec(text); m; m = head.re.exec(text)) {
      const category = categorize(m.groups!.name!);
      if (category === null || category === "uuid-secret") continue;
      const from = m.index + m[0].length;
      const end = blockEnd(text, from, head, m.groups!.indent?.length ?? 0, m.groups!.marker !== undefined);
      const password = category === "password";
      for (const [start, stop] of defaultsIn(text, from, end, head, password)) cuts.push([start, stop, password ? "password" : "secret"]);
      // Heads inside this block (a nested object) were read with it.
      head.re.lastIndex = Math.max(head.re.lastIndex, end);
    }
  }
  return tally.cut(text, cuts, "secret");
}
