// Values vendors document as public, proven by structure (publishable-vendors-data.ts): a publishable prefix no
// secret carries, a browser SDK's init field or first argument, or a browser script URL's key parameter. Each match
// must also be random of the documented shape (words after a public prefix are someone's password) and must not
// stand under a name that says secret. Spans only: the secret sibling beside it is read by the detectors as usual.
// One bounded regex pass per table entry, each skipped unless its literal is in the text: linear in the input.
import { closingBrace } from "./braces.js";
import { PUBLIC_PREFIXES, SCRIPT_URL_KEYS, SDK_CALLS, SDK_FIELDS, SECRET_NAME_RE } from "./publishable-vendors-data.js";
import { hasSecretFormat } from "./secret-formats.js";
import { isMadeOfWords, isWordsAndNumbers, looksRandom } from "./values.js";

type Span = [number, number];

/** How far an init object's closing brace is looked for: SDK init objects are a few hundred characters. */
const OBJECT_REACH = 2000;
/** A token character: nothing of one may touch a kept value on either side (`=` may open one: `NAME=pk_…`). */
const TOKEN = "A-Za-z0-9_+/\\-";
/** Before a value: no token character, except a diff's `+`/`-` at a line's start. */
const OPEN = `(?:(?<![.${TOKEN}])|(?<=^[+-]))`;
/** After a value: no token character or `=`, nor a `.` that continues it. */
const CLOSE = `(?![=${TOKEN}]|\\.[A-Za-z0-9_-])`;

/** A field value's lower-case kind prefix (`sdk-`, `client-`, `live_`), which is no word of the key's body. */
const KIND_PREFIX_RE = /^[a-z]{2,7}[-_]/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const literal = (source: string) => source.replace(/\\(.)/g, "$1").replace(/\[.*$/, "");

/**
 * The name a value is assigned to on its line (`NAME=`, `name:`, `"name":`, `data-name="`), or the label it
 * follows with a space (`password pk_…` in a .netrc line, "password is pk_…"), or "".
 */
function nameBefore(text: string, start: number): string {
  const lead = text.slice(Math.max(0, start - 120), start);
  return /([A-Za-z_][\w.-]{0,80})["']?(?:[ \t]*[:=][ \t]*|[ \t]+(?:is[ \t]+)?)["'`]?$/.exec(lead)?.[1] ?? "";
}

/**
 * Random of its documented shape: long bodies by looksRandom (entropy, mixed classes, not words), short ones (a
 * 10–15 character id) by two character classes and no word-like pieces; neither words glued to numbers, a
 * person's password ("Summer2024Acme"), once a field's own kind prefix (`sdk-`, `live_`) is set aside.
 */
function isRandomBody(body: string): boolean {
  if (isWordsAndNumbers(body.replace(KIND_PREFIX_RE, ""))) return false;
  if (body.length >= 16) return looksRandom(body);
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((re) => re.test(body)).length;
  return classes >= 2 && !isMadeOfWords(body);
}

/** Where another token may start inside a kept value: a letter after a body separator (`-ghp_`, `_sk_live_`). */
const INNER_START_RE = /[-_+/](?=[A-Za-z])/g;

/**
 * Whether a secret of a fixed vendor format is joined onto the value by a character its public body allows
 * (`pk_live_…-ghp_…`, `…_sk_live_…`): the span would hide it from every detector. The value's own start is its
 * public format, which a pattern may also name (LaunchDarkly's `mob-` key), so only later starts are tried.
 */
function holdsSecretFormat(value: string): boolean {
  const starts = Array.from(value.matchAll(INNER_START_RE), (m) => m.index + 1);
  return starts.some((at) => hasSecretFormat(value.slice(at)));
}

const accepted = (text: string, span: Span, body: string): boolean =>
  isRandomBody(body) && !SECRET_NAME_RE.test(nameBefore(text, span[0])) && !holdsSecretFormat(text.slice(span[0], span[1]));

let prefixRes: [string[], RegExp][] | undefined;

/** Values that open with a prefix the vendor issues only to public keys, with the body it documents after it. */
function prefixSpans(text: string): Span[] {
  prefixRes ??= PUBLIC_PREFIXES.map((p) => [p.prefixes, new RegExp(`${OPEN}(?:${p.prefixes.map(escape).join("|")})(${p.body})${CLOSE}`, "dgm")]);
  const spans: Span[] = [];
  for (const [prefixes, re] of prefixRes) {
    if (!prefixes.some((p) => text.includes(p))) continue;
    for (const m of text.matchAll(re)) {
      const span: Span = [m.index, m.index + m[0].length];
      if (accepted(text, span, m[1]!)) spans.push(span);
    }
  }
  return spans;
}

let fieldRes: { needles: string[]; opener: RegExp; field: RegExp }[] | undefined;

/**
 * A public field of a browser SDK's init object: `createAuth0Client({ …, clientId: "…" })`. The field is read only
 * inside the object the opener opens (nested braces counted, bounded reach), so a same-named field elsewhere is not.
 */
function sdkFieldSpans(text: string): Span[] {
  fieldRes ??= SDK_FIELDS.map((f) => ({
    needles: f.openers.map(literal),
    opener: new RegExp(`(?<![\\w$])(?:${f.openers.join("|")})[ \\t]*\\{`, "g"),
    field: new RegExp(`(?<![\\w$])${f.field}["']?[ \\t]*:[ \\t]*(["'])(${f.value})\\1`, "dg"),
  }));
  const spans: Span[] = [];
  for (const f of fieldRes) {
    if (!f.needles.some((n) => text.includes(n))) continue;
    for (const o of text.matchAll(f.opener)) {
      const from = o.index + o[0].length;
      const close = closingBrace(text, from, from + OBJECT_REACH);
      if (close === -1) continue;
      for (const m of text.slice(from, close).matchAll(f.field)) {
        const [start, end] = m.indices![2]!;
        const span: Span = [from + start, from + end];
        if (accepted(text, span, m[2]!)) spans.push(span);
      }
    }
  }
  return spans;
}

let callRes: { needles: string[]; re: RegExp }[] | undefined;

/** A client SDK constructor's first argument in its public key's documented shape: `new StatsigClient("client-…")`. */
function sdkCallSpans(text: string): Span[] {
  callRes ??= SDK_CALLS.map((c) => ({ needles: c.calls.map(literal), re: new RegExp(`(?<![\\w$.])(?:${c.calls.join("|")})[ \\t]*(["'])(${c.value})\\1`, "dg") }));
  const spans: Span[] = [];
  for (const c of callRes) {
    if (!c.needles.some((n) => text.includes(n))) continue;
    for (const m of text.matchAll(c.re)) {
      const span = m.indices![2]! as Span;
      if (accepted(text, span, m[2]!)) spans.push(span);
    }
  }
  return spans;
}

let urlRe: RegExp | undefined;

/** The key parameter of a browser script loader's URL (`api.map.baidu.com/api?v=3.0&ak=…`). */
function scriptUrlSpans(text: string): Span[] {
  if (!SCRIPT_URL_KEYS.some(([url]) => text.includes(url))) return [];
  urlRe ??= new RegExp(`(${SCRIPT_URL_KEYS.map(([url]) => escape(url)).join("|")})([^\\s"'<>#]{1,2048})`, "dg");
  const spans: Span[] = [];
  for (const m of text.matchAll(urlRe)) {
    const query = m[2]!;
    const queryStart = m.indices![2]![0];
    for (const [url, param, value] of SCRIPT_URL_KEYS) {
      if (url !== m[1]) continue;
      const key = new RegExp(`(?:^|&)${param}=(${value})(?=&|$)`, "d").exec(query);
      if (key === null) continue;
      const span: Span = [queryStart + key.indices![1]![0], queryStart + key.indices![1]![1]];
      if (isRandomBody(key[1]!)) spans.push(span);
    }
  }
  return spans;
}

/** Every span of `text` holding a value its vendor documents as public, by prefix, SDK placement or script URL. */
export function publishableVendorSpans(text: string): Span[] {
  return [...prefixSpans(text), ...sdkFieldSpans(text), ...sdkCallSpans(text), ...scriptUrlSpans(text)];
}
