// Values whose documented format and place prove them identifiers or digests, not secrets: the argument words of a
// Go traceback frame (the runtime prints only hex machine words there), a Google Cloud billing account id under a
// billing-account name, the SHA-512 `contentHash` of a NuGet lock file entry, and the id attributes of the markup
// in a Jest snapshot file, and document or image fixtures in base64 (known by their magic number). Bounded
// regexes, so linear.
import { linesOf } from "./lines.js";
import { DOCUMENT_MAGIC_HEX } from "./proven-data.js";

type Span = [number, number];

/** A Go traceback frame's function: `pkg/path.(*Type).Method`, a package path and a dotted name, no spaces. */
const GO_FUNC_RE = /^[\w.\/~*()\[\]-]{3,512}$/;
/**
 * Its arguments: words the runtime prints as hex (`...` when elided, `?` when unknown, braces around a string's or
 * slice's words), never a value: `(0x0, {0xc00079cf44, 0x1a4})`.
 */
const GO_ARGS_RE = /^[0-9a-fx{}., ?]{0,512}$/;
const GO_WORD_RE = /^(?:0x[0-9a-f]{1,16}|\.\.\.|\?)$/;
/** The line after a frame: its source file, line and pc offset. */
const GO_FILE_LINE_RE = /^\/?[\w.\/~@-]{1,512}\.go:\d{1,7}(?: \+0x[0-9a-f]{1,16})?$/;

/** The span of a frame line's arguments, or undefined when the line is no frame. */
function goFrameArgs(content: string, at: number): Span | undefined {
  if (!content.endsWith(")")) return undefined;
  const open = content.lastIndexOf("(");
  const args = content.slice(open + 1, -1);
  const name = content.slice(0, open);
  if (open <= 0 || !name.includes(".") || !GO_FUNC_RE.test(name) || !GO_ARGS_RE.test(args)) return undefined;
  const words = args.split(/[{}, ]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => GO_WORD_RE.test(w)) ? [at + open + 1, at + content.length - 1] : undefined;
}

function goTracebackFrames(text: string): Span[] {
  if (!text.includes(".go:")) return [];
  const spans: Span[] = [];
  let frame: Span | undefined;
  for (const line of linesOf(text)) {
    if (frame && GO_FILE_LINE_RE.test(line.content)) spans.push(frame);
    frame = goFrameArgs(line.content, line.contentStart);
  }
  return spans;
}

/** `billing_account = "ACA5FC-14A72F-A732D7"`: Cloud Billing's account id, three groups of six hex digits. */
const BILLING_ACCOUNT_RE = /(?<![\w$])(?:billing_?account(?:_?id)?|billingAccount(?:Id)?|billing-account)["']?[ \t]*[:=][ \t]*(["']?)(?:billingAccounts\/)?([0-9A-F]{6}-[0-9A-F]{6}-[0-9A-F]{6})\1(?![\w-])/dgi;

/** A NuGet lock file entry's `contentHash`: base64 of the package's SHA-512, 64 bytes (88 characters). */
const CONTENT_HASH_RE = /"contentHash"[ \t]*:[ \t]*"([A-Za-z0-9+/]{86}==)"/dg;
/** An entry of packages.lock.json names its `resolved` version just before its hash. */
const RESOLVED_RE = /"resolved"[ \t]*:[ \t]*"[^"\n]{1,64}"[ \t]*,\s*$/;

function nugetContentHashes(text: string): Span[] {
  if (!text.includes('"contentHash"')) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(CONTENT_HASH_RE)) {
    if (RESOLVED_RE.test(text.slice(Math.max(0, m.index - 128), m.index))) spans.push(m.indices![1]!);
  }
  return spans;
}

/** The first line of every Jest snapshot file (`.snap`), written by Jest itself. */
const JEST_SNAPSHOT_HEADER = /^[+\- ]?\/\/ Jest Snapshot v1, https:\/\//m;
/**
 * An element's id attribute as Jest's serializer prints it, one per line: `id="…"`, `data-order-id="ord_…"`. Not a
 * component's camelCase prop (`tokenId` is a Google ID token) and no dots (a JWT has them).
 */
const SNAPSHOT_ID_ATTRIBUTE_RE = /^(?:id|data-[a-z][a-z0-9-]{0,64}-id)="([\w:-]{1,128})"$/d;

/**
 * Id attributes of the DOM a Jest snapshot file holds: rendered markup, so ids a page shows every browser. Other
 * attributes and the snapshot's serialized objects are judged as usual: a test may snapshot a config with a key.
 */
function jestSnapshotIds(text: string): Span[] {
  if (!JEST_SNAPSHOT_HEADER.test(text)) return [];
  const spans: Span[] = [];
  for (const line of linesOf(text)) {
    const m = SNAPSHOT_ID_ATTRIBUTE_RE.exec(line.content);
    if (m) spans.push([line.contentStart + m.indices![1]![0], line.contentStart + m.indices![1]![1]]);
  }
  return spans;
}

/** A string literal of base64 alone on its line, as a long value is split over adjacent literals. */
const BASE64_LITERAL_RE = /^(?:[\w.]{1,64}[ \t]*[:=][ \t]*)?(?:[\w.]{1,64}\([ \t]*)?(["'])([A-Za-z0-9+/]{16,16384}={0,2})\1[ \t]*[,+\\]?$/d;
const CONTINUED_LITERAL_RE = /^(["'])([A-Za-z0-9+/]{4,16384}={0,2})\1[ \t]*[,+\\)]?$/d;

function opensDocument(base64: string): boolean {
  const head = Buffer.from(base64.slice(0, 12), "base64").toString("hex");
  return DOCUMENT_MAGIC_HEX.some((magic) => head.startsWith(magic));
}

/**
 * A document or image fixture in base64 (`SAMPLE_PDF = b64decode("JVBERi0x…"` and the literals continuing it on the
 * next lines): its bytes open with the format's magic number, which a key's random bytes never do.
 */
function encodedDocuments(text: string): Span[] {
  const spans: Span[] = [];
  let continuing = false;
  for (const line of linesOf(text)) {
    let m: RegExpExecArray | null = continuing ? CONTINUED_LITERAL_RE.exec(line.content) : null;
    if (m === null) {
      m = BASE64_LITERAL_RE.exec(line.content);
      if (m !== null && !opensDocument(m[2]!)) m = null;
    }
    continuing = m !== null;
    if (m) spans.push([line.contentStart + m.indices![2]![0], line.contentStart + m.indices![2]![1]]);
  }
  return spans;
}

export function formatSpans(text: string): Span[] {
  const billing = /billing/i.test(text) ? [...text.matchAll(BILLING_ACCOUNT_RE)].map((m) => m.indices![2]!) : [];
  return [...goTracebackFrames(text), ...billing, ...nugetContentHashes(text), ...jestSnapshotIds(text), ...encodedDocuments(text)];
}
