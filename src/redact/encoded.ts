// Base64 that announces what it encodes: files (images, fonts, PDFs, archives, SVG and XML) by their magic bytes,
// and PEM blocks of public material (`LS0tLS1CRUdJTi…` is "-----BEGIN"). Kubernetes `caData`, a ConfigMap's
// `binaryData`, a mail attachment: assets and certificates, not keys. A PEM block naming a private or encrypted key
// is never public, whatever encodes it.

/** The base64 of magic bytes: PNG, JPEG, GIF, PDF, RIFF (WebP, WAV), WOFF, WOFF2, ZIP, gzip, `<svg`, `<?xml`. */
const FILE_MAGIC_RE = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|JVBERi0|UklGR|d09GR|d09GMg|UEsDB|H4sI|PHN2Zy|PD94bWwg)/;
/** "-----BEGIN" in base64 at the start of the value (its three alignments are all the same for a leading block). */
const PEM_B64_PREFIX = "LS0tLS1CRUdJTi";
const SECRET_LABEL_RE = /PRIVATE|ENCRYPTED|SECRET/;

/** True when `value` is base64 of a file or of a public PEM block (its first bytes say so). */
export function isEncodedPublicData(value: string): boolean {
  if (FILE_MAGIC_RE.test(value)) return true;
  if (!value.startsWith(PEM_B64_PREFIX)) return false;
  const head = Buffer.from(value.slice(0, 80).replace(/[^A-Za-z0-9+/]/g, "").slice(0, 76), "base64").toString("latin1");
  const label = /^-----BEGIN ([A-Z0-9 ]{1,40})-----/.exec(head)?.[1];
  return label !== undefined && !SECRET_LABEL_RE.test(label);
}

const B64_LINE_RE = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/**
 * Ranges of line-wrapped base64 whose first line is a file's or a public PEM block's (a mail attachment, a wrapped
 * asset): the lines after the first say nothing of what they encode, the first says it for all.
 */
export function encodedFileBlocks(text: string, prefixLength: (line: string) => number): [number, number][] {
  const ranges: [number, number][] = [];
  let open: [number, number] | undefined;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end).replace(/\r$/, "");
    const content = line.slice(prefixLength(line)).trimEnd();
    if (open !== undefined && B64_LINE_RE.test(content)) open[1] = end;
    else {
      if (open !== undefined) ranges.push(open);
      open = content.length >= 40 && B64_LINE_RE.test(content) && isEncodedPublicData(content) ? [start, end] : undefined;
    }
    start = end + 1;
  }
  if (open !== undefined) ranges.push(open);
  return ranges;
}
