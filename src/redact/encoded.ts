// Base64 that announces what it encodes: media files (images, fonts, PDFs, SVG) by their magic bytes, and PEM text
// of public material only (`LS0tLS1CRUdJTi…` is "-----BEGIN"). Kubernetes `caData`, a ConfigMap's `binaryData`, a
// mail attachment: assets and certificates, not keys. Formats that can carry credentials inside (XML, archives) are
// not recognised, and PEM text holding a private or encrypted key anywhere in it is never public.
import { type Line, linesOf } from "./lines.js";

/** The base64 of magic bytes: PNG, JPEG, GIF, PDF, RIFF (WebP, WAV), WOFF, WOFF2, `<svg`. */
const FILE_MAGIC_RE = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|JVBERi0|UklGR|d09GR|d09GMg|PHN2Zy)/;
/** "-----BEGIN" in base64 at the start of the value. */
const PEM_B64_PREFIX = "LS0tLS1CRUdJTi";
const SECRET_BLOCK_RE = /-----BEGIN [A-Z0-9 ]{0,40}(?:PRIVATE|ENCRYPTED|SECRET)/;
/** How much of a PEM bundle is decoded to look for a private block (a certificate chain is a few KB). */
const PEM_DECODE_MAX = 65536;

/** True when `base64` (whitespace allowed) decodes to PEM text with only public blocks in what is decoded. */
function isPublicPem(base64: string): boolean {
  const text = Buffer.from(base64.slice(0, PEM_DECODE_MAX).replace(/[^A-Za-z0-9+/]/g, ""), "base64").toString("latin1");
  return /^-----BEGIN [A-Z0-9 ]{1,40}-----/.test(text) && !SECRET_BLOCK_RE.test(text) && base64.length <= PEM_DECODE_MAX;
}

/** True when `value` is base64 of a media file or of PEM text holding only public blocks. */
export function isEncodedPublicData(value: string): boolean {
  if (FILE_MAGIC_RE.test(value)) return true;
  return value.startsWith(PEM_B64_PREFIX) && isPublicPem(value);
}

const B64_LINE_RE = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/**
 * Ranges of line-wrapped base64 whose first line is a media file's or public PEM text's (a mail attachment, a wrapped
 * certificate): full lines of the first line's width, then at most one shorter last line. A PEM block is decoded
 * whole before it counts, so a bundle with a private key in it stays redactable.
 */
export function encodedFileBlocks(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let block: Line[] = [];
  let closed = false;
  const flush = () => {
    const first = block[0];
    if (first !== undefined && (FILE_MAGIC_RE.test(first.content) || (first.content.startsWith(PEM_B64_PREFIX) && isPublicPem(block.map((l) => l.content).join(""))))) {
      ranges.push([first.start, block[block.length - 1]!.end]);
    }
    block = [];
    closed = false;
  };
  for (const line of linesOf(text)) {
    const { content } = line;
    const width = block[0]?.content.length;
    if (width !== undefined && !closed && B64_LINE_RE.test(content) && content.length <= width) {
      block.push(line);
      closed = content.length < width;
    } else {
      flush();
      if (content.length >= 40 && B64_LINE_RE.test(content) && (FILE_MAGIC_RE.test(content) || content.startsWith(PEM_B64_PREFIX))) block = [line];
    }
  }
  flush();
  return ranges;
}
