// SIP transaction and dialog identifiers (RFC 3261) in a SIP message's own headers: the `branch` of a Via header,
// which §8.1.1.7 makes every RFC 3261 element open with the magic cookie `z9hG4bK`, and the `tag` a From or To
// header carries. Each is a random label the user agent makes up for one transaction or dialog and sends in clear on
// every hop (proxies copy them into their own logs); none authenticates anything, since SIP's credentials travel in
// an Authorization header's digest, which stays redactable. Only a header of the SIP grammar counts: a Via whose
// value opens with `SIP/2.0/<transport>`, a From/To in a text that holds a SIP start line, each at its line's start, and only a parameter's
// value in SIP's token alphabet, bounded, ended by `;`, `,`, `>`, a space or the line's end, so nothing glued to it
// rides along. Bounded regexes, so linear in the input.

import { hasSecretFormat } from "./secret-formats.js";

type Span = [number, number];

/** A `token` of RFC 3261 §25.1, bounded: what a branch or tag value may hold. */
const TOKEN = "[A-Za-z0-9.!%*_+`'~-]{1,128}";
const END = String.raw`(?=[;,>\s]|$)`;
/** A header starts its line (after a diff's marker): one try per line, so the scan stays linear. */
const LINE_START = String.raw`(?:^|\n)[ \t+-]?`;
/** A Via header (or its compact form `v`) with SIP's protocol name, then its branch parameter on the same line. */
const VIA_BRANCH_RE = new RegExp(String.raw`${LINE_START}(?:Via|v)[ \t]*:[ \t]*SIP\/2\.0\/[A-Za-z]{2,4}\b[^\r\n;]{0,256}(?:;[^\r\n;]{0,128}){0,8}?;[ \t]*branch=(z9hG4bK${TOKEN})${END}`, "dgi");
/** A From or To header (or `f` / `t`) with its tag parameter on the same line. */
const DIALOG_TAG_RE = new RegExp(String.raw`${LINE_START}(?:From|To|f|t)[ \t]*:[^\r\n;]{0,256}(?:;[^\r\n;]{0,128}){0,8}?;[ \t]*tag=(${TOKEN})${END}`, "dgi");
/** A request line (`INVITE sip:… SIP/2.0`) or a status line (`SIP/2.0 200 OK`): the text is a SIP message. */
const START_LINE_RE = /(?:^|\n)[ \t+-]?(?:[A-Z]{3,9}[ \t]+sips?:[^\s]{1,256}[ \t]+SIP\/2\.0|SIP\/2\.0[ \t]+\d{3}\b)/;

/** A branch past its magic cookie, or a tag, in a vendor's credential format is that credential, not an id. */
const isId = (value: string) => !hasSecretFormat(value.replace(/^z9hG4bK/, ""));

export function sipIdSpans(text: string): Span[] {
  if (!text.includes("SIP/2.0")) return [];
  const matches = [...text.matchAll(VIA_BRANCH_RE)];
  if (START_LINE_RE.test(text)) matches.push(...text.matchAll(DIALOG_TAG_RE));
  return matches.filter((m) => isId(m[1]!)).map((m) => m.indices![1]! as Span);
}
