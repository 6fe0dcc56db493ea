// Base64 of a protocol-buffers message, as event payloads sit in fixtures (`"payload": "CgR0ZXN0EgV…"`): it opens
// with a short readable string field (a type, a name; maybe after an id or a count, maybe as a nested message's
// first field) and a second well-formed field. With labels of three
// characters, 3 in a million random 32-byte keys opened that way; with four or more, none of 3 million did. Base64
// of text never does (its first byte would be a letter, not a field tag).
// A message whose readable string fields look generated may carry a credential and is not recognised.
import { looksRandom } from "./values.js";

const MAX_LENGTH = 16384;
/** A field's first string: what a type name, an id or a label looks like (four characters at least, see above). */
const LABEL_RE = /^[A-Za-z][\w .:/-]{3,63}$/;

function varint(b: Uint8Array, at: number): [number, number] | null {
  let value = 0;
  for (let k = 0; k < 5 && at + k < b.length; k++) {
    const byte = b[at + k]!;
    value += (byte & 0x7f) * 2 ** (7 * k);
    if (byte < 0x80) return [value, at + k + 1];
  }
  return null;
}

/** The next field at `at`: where it ends, and its bytes when length-delimited; null when it is not well-formed. */
function field(b: Uint8Array, at: number): { end: number; bytes?: Uint8Array } | null {
  const tag = varint(b, at);
  if (tag === null || tag[0] >> 3 === 0) return null;
  const wire = tag[0] & 7;
  if (wire === 0) {
    const v = varint(b, tag[1]);
    return v === null ? null : { end: v[1] };
  }
  if (wire === 1 || wire === 5) return tag[1] + (wire === 1 ? 8 : 4) <= b.length ? { end: tag[1] + (wire === 1 ? 8 : 4) } : null;
  if (wire !== 2) return null;
  const len = varint(b, tag[1]);
  if (len === null || len[1] + len[0] > b.length) return null;
  return { end: len[1] + len[0], bytes: b.subarray(len[1], len[1] + len[0]) };
}

/** A label, not a generated string: a message opening with a token may be carrying it. */
function isLabel(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes).toString("latin1");
  return LABEL_RE.test(text) && !looksRandom(text);
}
/** Scalar fields (an id, a count) a message may open with before its label. */
const MAX_LEADING_SCALARS = 2;

/** A nested message that opens with a label and is well-formed fields to its last byte. */
function isLabelledMessage(b: Uint8Array): boolean {
  const first = field(b, 0);
  if (first?.bytes === undefined || !isLabel(first.bytes)) return false;
  let at = first.end;
  for (let f = field(b, at); f !== null && at < b.length; f = field(b, at)) at = f.end;
  return at === b.length;
}

/** A one-byte tag's field number, or 0: the first fields of a message have small numbers. */
const smallFieldNumber = (b: Uint8Array, at: number) => (b[at] !== undefined && b[at]! < 0x80 ? b[at]! >> 3 : 0);

/**
 * Where the message's first label field ends, or null: a string field that is a label, or, in the order a
 * serializer writes fields (one-byte tags, rising numbers), after at most two scalar fields (an id, a count), a
 * label or a nested message (an order's line item) that opens with one.
 */
function labelEnd(b: Uint8Array): { end: number; fields: number } | null {
  const first = field(b, 0);
  if (first?.bytes !== undefined) return isLabel(first.bytes) || isLabelledMessage(first.bytes) ? { end: first.end, fields: 1 } : null;
  let at = 0;
  let number = 0;
  for (let fields = 1; fields <= MAX_LEADING_SCALARS + 1; fields++) {
    const f = field(b, at);
    const next = smallFieldNumber(b, at);
    if (f === null || next <= number) return null;
    number = next;
    if (f.bytes !== undefined) return fields > 1 && (isLabel(f.bytes) || isLabelledMessage(f.bytes)) ? { end: f.end, fields } : null;
    at = f.end;
  }
  return null;
}

/** True when `value` is base64 of a protobuf message that opens with a readable label and holds no random text. */
export function isProtobufMessage(value: string): boolean {
  if (value.length < 16 || value.length > MAX_LENGTH || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const b = Buffer.from(value, "base64");
  const first = labelEnd(b);
  if (first === null) return false;
  let at = first.end;
  let fields = first.fields;
  // Walk what parses (a fixture may be cut short); a printable string field that looks generated disqualifies.
  for (let f = field(b, at); f !== null; f = field(b, at)) {
    const text = f.bytes === undefined ? "" : Buffer.from(f.bytes).toString("latin1");
    if (/^[\x20-\x7e]{16,}$/.test(text) && looksRandom(text)) return false;
    fields++;
    at = f.end;
    if (at >= b.length) break;
  }
  return fields >= 2;
}
