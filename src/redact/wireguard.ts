// WireGuard public keys where WireGuard's own structure says so: `PublicKey = <key>` inside a `[Peer]` section of a
// wg-quick config, and the `PublicKey` column of a peer table that also has WireGuard's `AllowedIPs` column. A
// peer's public key is published to every other peer; the interface's `PrivateKey` and a peer's `PresharedKey` are
// never kept. A diff is read per side (a removed line belongs to the old file, an added one to the new, context to
// both), so a `[Peer]` header or a table header on one side proves nothing about a key on the other. One pass over
// the lines: linear in the input.
import { linesOf } from "./lines.js";

type Span = [number, number];

/** A WireGuard key: 32 bytes in base64. */
const KEY_RE = /^[A-Za-z0-9+/]{43}=$/;
const SECTION_RE = /^\[([A-Za-z]{1,16})\]$/;
const PEER_PUBLIC_KEY_RE = /^PublicKey[ \t]*=[ \t]*([A-Za-z0-9+/]{43}=)$/;
const TABLE_SEPARATOR_RE = /^\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$/;

/** What one side of a text (the old or the new file of a diff) is in at the current line. */
interface SideState {
  /** The `[section]` a config line is in. */
  section?: string;
  /** The index of a peer table's PublicKey column, once its header and separator are read; -1 while unconfirmed. */
  keyColumn?: number;
  /** A header row's PublicKey column, waiting for the separator row. */
  pendingColumn?: number;
}

const cellsOf = (row: string) => row.replace(/^\|/, "").replace(/\|$/, "").split("|");

/** The PublicKey column of a header row that also names AllowedIPs, or undefined. */
function publicKeyColumn(row: string): number | undefined {
  if (!row.startsWith("|")) return undefined;
  const cells = cellsOf(row).map((c) => c.trim());
  const key = cells.findIndex((c) => /^public ?key$/i.test(c));
  return key !== -1 && cells.some((c) => /^allowed ?ips$/i.test(c)) ? key : undefined;
}

/** Reads one line into a side's state; returns the key span this line proves on that side, or null. */
function step(state: SideState, content: string, contentStart: number): Span | null {
  const section = SECTION_RE.exec(content);
  if (section) {
    state.section = section[1]!.toLowerCase();
    state.keyColumn = state.pendingColumn = undefined;
    return null;
  }
  if (!content.startsWith("|")) {
    state.keyColumn = state.pendingColumn = undefined;
    const m = PEER_PUBLIC_KEY_RE.exec(content);
    return m && state.section === "peer" ? [contentStart + content.length - m[1]!.length, contentStart + content.length] : null;
  }
  state.section = undefined;
  if (state.pendingColumn !== undefined) {
    state.keyColumn = TABLE_SEPARATOR_RE.test(content) ? state.pendingColumn : undefined;
    state.pendingColumn = undefined;
    return null;
  }
  const header = publicKeyColumn(content);
  if (header !== undefined) {
    state.pendingColumn = header;
    state.keyColumn = undefined;
    return null;
  }
  if (state.keyColumn === undefined) return null;
  const cells = cellsOf(content);
  const cell = cells[state.keyColumn];
  if (cell === undefined || !KEY_RE.test(cell.trim())) return null;
  const offset = content.indexOf("|") + 1 + cells.slice(0, state.keyColumn).reduce((n, c) => n + c.length + 1, 0);
  const start = contentStart + offset + (cell.length - cell.trimStart().length);
  return [start, start + cell.trim().length];
}

const sameSpan = (a: Span | null, b: Span | null) => a !== null && b !== null && a[0] === b[0] && a[1] === b[1];

export function wireguardConfigSpans(text: string): Span[] {
  if (!/PublicKey|public ?key/i.test(text)) return [];
  const spans: Span[] = [];
  const old: SideState = {};
  const now: SideState = {};
  for (const line of linesOf(text)) {
    const sign = text[line.start];
    if (sign === "-" || sign === "+") {
      const span = step(sign === "-" ? old : now, line.content, line.contentStart);
      if (span) spans.push(span);
    } else {
      // A context or plain line is on both sides: only a key both sides prove is kept.
      const a = step(old, line.content, line.contentStart);
      const b = step(now, line.content, line.contentStart);
      if (sameSpan(a, b)) spans.push(a!);
    }
  }
  return spans;
}
