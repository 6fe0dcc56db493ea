// The API key in the config files Firebase generates for an app, which the app ships inside its package: Android's
// google-services.json and iOS's GoogleService-Info.plist. Google documents these keys as identifying the project,
// not authorising it (Firebase security rules and API restrictions guard the data), and the files as safe to commit.
// Only inside the file's own grammar: the same AIza key anywhere else (a Maps or Gemini key) stays secret, and a key
// kept here that the text also writes as a secret is cut there and here (index.ts). Bounded scans: linear in the input.
import { lineSign, sameSide } from "./diff-sides.js";

type Span = [number, number];

/** google-services.json's `"api_key": [ { "current_key": "AIza…" } ]`, a diff's signs allowed between its tokens. */
const CURRENT_KEY_RE = /"api_key"[\s+-]{0,40}:[\s+-]{0,40}\[[\s+-]{0,40}\{[\s+-]{0,40}"current_key"[ \t]*:[ \t]*"(AIza[0-9A-Za-z_-]{35})"/dg;
const PROJECT_INFO_RE = /"project_info"[\s+-]{0,40}:[\s+-]{0,40}\{[^}]{0,400}"project_number"/;

/** Where `needle` starts in `text`, in order: one pass, so each key finds its head without scanning back. */
function positions(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** How far back the file's `"project_info"` head is looked for: a file lists a few clients of ~1 KB each. */
const FILE_REACH = 32 * 1024;

/**
 * Brace depth along the text, read forward once: where each head opens, and the lowest depth since then, so that a
 * key after the object holding its head has closed (another JSON pasted after the file) is told apart.
 */
class Depths {
  private at = 0;
  private depth = 0;
  private headDepth = 0;
  private lowest = 0;
  constructor(private readonly text: string) {}

  private advance(to: number): void {
    for (; this.at < to; this.at++) {
      const c = this.text[this.at];
      if (c === "{") this.depth++;
      else if (c === "}") this.lowest = Math.min(this.lowest, --this.depth);
    }
  }

  head(at: number): void {
    this.advance(at);
    this.headDepth = this.lowest = this.depth;
  }

  /** Whether the object that held the last head is still open at `at`. */
  stillOpen(at: number): boolean {
    this.advance(at);
    return this.lowest >= this.headDepth;
  }
}

/**
 * A `current_key` in google-services.json: the `api_key` list of a client, in a file that opens with the
 * `"project_info"` object holding the `"project_number"`, read on the key's diff side, and inside the object that
 * holds that head. Nothing but the generated client key has that place.
 */
function googleServicesKeys(text: string): Span[] {
  if (!text.includes('"current_key"') || !text.includes('"project_info"')) return [];
  const spans: Span[] = [];
  const heads = positions(text, '"project_info"');
  const proven = new Map<string, boolean>();
  const depths = new Depths(text);
  let h = -1;
  for (const m of text.matchAll(CURRENT_KEY_RE)) {
    while (h + 1 < heads.length && heads[h + 1]! < m.index) depths.head(heads[++h]!);
    const head = heads[h];
    if (head === undefined || m.index - head > FILE_REACH || !depths.stillOpen(m.index)) continue;
    // One head serves every key after it on one side; read it once per side.
    const cacheKey = `${head}${lineSign(text, m.index)}`;
    if (!proven.has(cacheKey)) proven.set(cacheKey, PROJECT_INFO_RE.test(sameSide(text, head, m.index, m.index)));
    if (proven.get(cacheKey)) spans.push(m.indices![1]!);
  }
  return spans;
}

/** GoogleService-Info.plist's `<key>API_KEY</key> <string>AIza…</string>`. */
const PLIST_KEY_RE = /<key>API_KEY<\/key>[\s+-]{0,40}<string>(AIza[0-9A-Za-z_-]{35})<\/string>/dg;
/** Keys only GoogleService-Info.plist holds beside API_KEY: the sender id, the app's bundle and its Firebase app id. */
const PLIST_SIBLING_RE = /<key>(GCM_SENDER_ID|BUNDLE_ID|GOOGLE_APP_ID)<\/key>/g;
/** The plist is ~1.5 KB; its dict is looked for this far on each side of the key. */
const PLIST_REACH = 2048;

/**
 * The API_KEY of GoogleService-Info.plist: in the same `<dict>` as two of GCM_SENDER_ID, BUNDLE_ID and GOOGLE_APP_ID,
 * on the key's diff side. The dict is the one open at the key: none closes between its `<dict>` and the key (a key
 * pasted after a generated plist's dict closed is in another file), none opens between the key and its `</dict>`.
 */
function googleServiceInfoKeys(text: string): Span[] {
  if (!text.includes("<key>API_KEY</key>")) return [];
  const spans: Span[] = [];
  const opens = positions(text, "<dict>");
  const closes = positions(text, "</dict>");
  const proven = new Map<string, boolean>();
  let o = -1;
  let c = 0;
  for (const m of text.matchAll(PLIST_KEY_RE)) {
    const end = m.index + m[0].length;
    while (o + 1 < opens.length && opens[o + 1]! < m.index) o++;
    while (c < closes.length && closes[c]! < end) c++;
    const open = opens[o];
    const close = closes[c];
    if (open === undefined || close === undefined || m.index - open > PLIST_REACH || close - end > PLIST_REACH) continue;
    if ((c > 0 && closes[c - 1]! > open) || (o + 1 < opens.length && opens[o + 1]! < close)) continue;
    // Every key of one dict and side has the same answer: read the dict once.
    const cacheKey = `${open}${lineSign(text, m.index)}`;
    if (!proven.has(cacheKey)) proven.set(cacheKey, new Set([...sameSide(text, open, close, m.index).matchAll(PLIST_SIBLING_RE)].map((k) => k[1])).size >= 2);
    if (proven.get(cacheKey)) spans.push(m.indices![1]!);
  }
  return spans;
}

export function googleAppConfigSpans(text: string): Span[] {
  if (!text.includes("AIza")) return [];
  return [...googleServicesKeys(text), ...googleServiceInfoKeys(text)];
}
