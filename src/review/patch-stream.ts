// Parsing `git diff --patch-with-raw -z` as it streams, so skipped and oversized files are never held in memory.
import { decodeText } from "./decode.js";
import { diffHeader } from "./patch.js";
import type { OutputSink } from "./git.js";

/** Longest partial line kept while streaming git's output; longer lines are passed on in pieces. */
const MAX_CARRY = 64 * 1024;

export interface RawRecord {
  /** A, C, D, M, R, T, U or X. */
  status: string;
  path: string;
  oldPath?: string;
}

interface Chunk {
  diff: string;
  latin1: boolean;
  binary: boolean;
  tooLarge: boolean;
}

interface OpenChunk {
  record: RawRecord | undefined;
  parts: Buffer[];
  size: number;
  binary: boolean;
  tooLarge: boolean;
  inHunk: boolean;
}

const DIFF_GIT = Buffer.from("diff --git ");
const BINARY_FILES = Buffer.from("Binary files ");
const HUNK = Buffer.from("@@");

/**
 * The raw section (`:modes shas status\0path\0[path\0]`, ended by an empty field) lists every file pair; `decide`
 * picks the ones to keep. The patch section that follows is cut at `diff --git` lines, each matched to its pair by
 * the header git writes for it (so the order of the two sections does not matter).
 */
export class PatchWithRawParser implements OutputSink {
  readonly records: RawRecord[] = [];
  readonly chunks = new Map<RawRecord, Chunk>();
  private phase: "raw" | "patch" = "raw";
  private carry: Buffer = Buffer.alloc(0);
  private midLine = false;
  private pendingStatus: string | null = null;
  private pendingPaths: string[] = [];
  private byHeader = new Map<string, RawRecord>();
  private current: OpenChunk | null = null;

  constructor(
    private readonly decide: (records: RawRecord[]) => Set<RawRecord>,
    private readonly maxFileBytes: number,
  ) {}

  push(data: Buffer): void {
    let buf = this.carry.length > 0 ? Buffer.concat([this.carry, data]) : data;
    let start = 0;
    while (this.phase === "raw") {
      const nul = buf.indexOf(0, start);
      if (nul < 0) break;
      this.rawField(buf.toString("utf8", start, nul));
      start = nul + 1;
    }
    if (this.phase === "raw") {
      this.carry = Buffer.from(buf.subarray(start));
      return;
    }
    buf = buf.subarray(start);
    start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      if (nl < 0) break;
      this.line(buf.subarray(start, nl + 1));
      start = nl + 1;
    }
    if (buf.length - start > MAX_CARRY) {
      this.line(buf.subarray(start));
      this.carry = Buffer.alloc(0);
    } else {
      this.carry = Buffer.from(buf.subarray(start));
    }
  }

  end(): void {
    if (this.phase === "raw") this.startPatch();
    if (this.carry.length > 0) this.line(this.carry);
    this.carry = Buffer.alloc(0);
    this.closeChunk();
  }

  private rawField(field: string): void {
    if (this.pendingStatus === null) {
      if (field === "") {
        this.startPatch();
        return;
      }
      // ":100644 100644 abc123 def456 R087": the letter is the status, the digits a similarity score.
      this.pendingStatus = (field.split(" ").pop() ?? "").charAt(0);
      this.pendingPaths = [];
      return;
    }
    this.pendingPaths.push(field);
    const twoPaths = this.pendingStatus === "R" || this.pendingStatus === "C";
    if (this.pendingPaths.length < (twoPaths ? 2 : 1)) return;
    const record: RawRecord = { status: this.pendingStatus, path: this.pendingPaths[this.pendingPaths.length - 1] as string };
    if (twoPaths) record.oldPath = this.pendingPaths[0] as string;
    this.records.push(record);
    this.pendingStatus = null;
  }

  private startPatch(): void {
    this.phase = "patch";
    for (const r of this.decide(this.records)) this.byHeader.set(diffHeader(r.oldPath ?? r.path, r.path), r);
  }

  private line(bytes: Buffer): void {
    const atLineStart = !this.midLine;
    this.midLine = bytes[bytes.length - 1] !== 10;
    if (atLineStart && startsWith(bytes, DIFF_GIT)) {
      this.closeChunk();
      const header = bytes.toString("utf8").replace(/\n$/, "");
      this.current = { record: this.byHeader.get(header), parts: [], size: 0, binary: false, tooLarge: false, inHunk: false };
    }
    const c = this.current;
    if (!c || !c.record || c.binary || c.tooLarge) return;
    if (atLineStart && startsWith(bytes, HUNK)) c.inHunk = true;
    if (bytes.includes(0) || (atLineStart && !c.inHunk && startsWith(bytes, BINARY_FILES))) {
      c.binary = true;
      c.parts = [];
      return;
    }
    c.size += bytes.length;
    if (c.size > this.maxFileBytes) {
      c.tooLarge = true;
      c.parts = [];
      return;
    }
    c.parts.push(Buffer.from(bytes));
  }

  private closeChunk(): void {
    const c = this.current;
    this.current = null;
    if (!c || !c.record) return;
    const { text, latin1 } = decodeText(Buffer.concat(c.parts));
    this.chunks.set(c.record, { diff: text, latin1, binary: c.binary, tooLarge: c.tooLarge });
  }
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
