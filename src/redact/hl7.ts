// Documents carried in an HL7 v2 message: an ED (encapsulated data) field, `|^application^pdf^Base64^JVBERi0x…|`,
// whose declared subtype is a document or image format and whose bytes open with that format's magic number. The
// field's own grammar delimits the value (`^` before, `|`, `~` or the line's end after), so the span is checked here
// rather than by proven.ts' value delimiters, which HL7's `^` and `|` are not. Bounded regex, so linear.

type Span = [number, number];

/** Magic numbers (hex) by the subtype an ED field declares: the declared format and the bytes must agree. */
const MAGIC_BY_SUBTYPE: Record<string, string[]> = {
  pdf: ["255044462d"],
  png: ["89504e470d0a1a0a"],
  gif: ["474946383761", "474946383961"],
  jpeg: ["ffd8ffe0", "ffd8ffe1", "ffd8ffdb"],
  jpg: ["ffd8ffe0", "ffd8ffe1", "ffd8ffdb"],
};

/** `|<source>^<type>^<subtype>^Base64^<data>` up to the field's end: `|`, a repetition's `~`, or the line's end. */
const ED_FIELD_RE = /\|[A-Za-z0-9 _.-]{0,32}\^(?:application|image|AP|IM)\^([A-Za-z]{3,4})\^Base64\^([A-Za-z0-9+/]{16,65536}={0,2})(?=[|~\r\n]|$)/dg;

function isDocument(subtype: string, base64: string): boolean {
  const magics = MAGIC_BY_SUBTYPE[subtype.toLowerCase()];
  if (magics === undefined) return false;
  // The whole value must be canonical base64: a value that decodes only in part would keep the rest unread.
  if (Buffer.from(base64, "base64").toString("base64") !== base64) return false;
  const head = Buffer.from(base64.slice(0, 12), "base64").toString("hex");
  return magics.some((magic) => head.startsWith(magic));
}

export function hl7DocumentSpans(text: string): Span[] {
  if (!text.includes("^Base64^")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(ED_FIELD_RE)) if (isDocument(m[1]!, m[2]!)) spans.push(m.indices![2]!);
  return spans;
}
