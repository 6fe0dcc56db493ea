// Algolia search-only API keys, which Algolia documents as safe in the browser (they can only search, and only the
// indices they are scoped to). Admin, write and search keys share one shape (32 hex), so a key is kept only where the
// text proves its kind by structure; anywhere else, or where an admin word stands beside it, it stays secret. A kept
// key that the text also writes as a secret elsewhere is cut there and here (index.ts). Bounded regexes and scans:
// linear in the input.
import { closingBrace } from "./braces.js";
import { ALGOLIA_CONTEXT_WORDS, ALGOLIA_UNSAFE_WORDS } from "./proven-data.js";
import { words } from "./values.js";

type Span = [number, number];

/** The API key of a call to Algolia's client: `algoliasearch("APPID", "key")`. */
const ALGOLIA_CALL_RE = /(?<![\w$.])(?:algoliasearch|liteClient)\([ \t]*(["'])[A-Z0-9]{10}\1[ \t]*,[ \t]*(["'])([0-9a-f]{32})\2[ \t]*\)/dg;
const ALGOLIA_LITE_IMPORT_RE = /\bfrom[ \t]+["']algoliasearch\/lite["']|require\(["']algoliasearch\/lite["']\)/;
/** Algolia's own name for the key, "search-only API key". */
const SEARCH_ONLY_RE = /search[ _-]?only/i;
/** What a search key never is called: an admin, write or master key, a secret (`管理` is admin in Chinese). */
const UNSAFE_RE = new RegExp(`${ALGOLIA_UNSAFE_WORDS.join("|")}|管理|写入`, "i");
/** The binding a client call is assigned to, at the end of the text before the call on its line. */
const BINDING_RE = /(?<![\w$])([A-Za-z_$][\w$]{0,60})[ \t]*[:=][ \t]*(?:await[ \t]+)?$/;
/** Whether a name is named for search and not for a secret: `searchClient`, `search`, not `adminSearchClient`. */
const searchNamed = (name: string) => {
  const parts = words(name);
  return parts.includes("search") && !parts.some((w) => ALGOLIA_UNSAFE_WORDS.includes(w));
};

/** The call's line and the line before, within a bounded reach: where a comment says what the key is. */
function callLines(text: string, start: number, end: number): { before: string; lines: string } {
  const head = text.slice(Math.max(0, start - 512), start).split("\n").slice(-2).join("\n");
  const tail = text.slice(end, end + 512).split("\n")[0]!;
  return { before: head, lines: head + text.slice(start, end) + tail };
}

/**
 * Keys given to Algolia's client and called search-only where they are written, with one more proof of their kind:
 * either the lite client is imported (it can do nothing but search), or the client is bound to a name for search
 * (`const searchClient = algoliasearch(…)`, InstantSearch's own name for its client) and the call's line or the
 * line before calls the key search-only with no admin word. A call that is only one of these could hold the admin key.
 */
function calledSearchOnly(text: string): Span[] {
  if (!text.includes("algoliasearch(") && !text.includes("liteClient(")) return [];
  const lite = text.includes("algoliasearch/lite") && ALGOLIA_LITE_IMPORT_RE.test(text);
  const spans: Span[] = [];
  for (const m of text.matchAll(ALGOLIA_CALL_RE)) {
    const { before, lines } = callLines(text, m.index, m.index + m[0].length);
    if (lite && SEARCH_ONLY_RE.test(before)) {
      spans.push(m.indices![3]!);
      continue;
    }
    const binding = BINDING_RE.exec(before.slice(before.lastIndexOf("\n") + 1));
    if (binding && searchNamed(binding[1]!) && SEARCH_ONLY_RE.test(lines) && !UNSAFE_RE.test(lines)) spans.push(m.indices![3]!);
  }
  return spans;
}

/** A 32-hex value under a name: `ALGOLIA_SEARCH_KEY=…`, `searchOnlyApiKey: "…"`, `search_api_key = '…'`. */
const NAMED_KEY_RE = /(?<![\w$-])([A-Za-z_$][\w$.-]{0,80})["']?[ \t]*[:=][ \t]*(["']?)([0-9a-f]{32})\2(?![0-9A-Za-z])/dg;
/** How far around a key whose name lacks `algolia` the text is read for Algolia's name or its libraries'. */
const CONTEXT_REACH = 1024;
let contextRe: RegExp | undefined;

/**
 * A key in a place named for search: the name's words hold `search` and `key` and no admin, write, master or secret
 * word, and the name says `algolia` or Algolia (or InstantSearch, DocSearch) is named within reach. Another vendor's
 * search key (Bing's is 32 hex too) has no Algolia beside it.
 */
function searchNamedKeys(text: string): Span[] {
  contextRe ??= new RegExp(ALGOLIA_CONTEXT_WORDS.join("|"), "i");
  if (!contextRe.test(text) || !/search/i.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(NAMED_KEY_RE)) {
    const parts = words(m[1]!);
    if (!parts.includes("search") || !parts.includes("key") || parts.some((w) => ALGOLIA_UNSAFE_WORDS.includes(w))) continue;
    const around = text.slice(Math.max(0, m.index - CONTEXT_REACH), m.index + m[0].length + CONTEXT_REACH);
    if (parts.includes("algolia") || contextRe.test(around)) spans.push(m.indices![3]!);
  }
  return spans;
}

const DOCSEARCH_CALL_RE = /(?<![\w$.])docsearch\([ \t]*\{/g;
const API_KEY_RE = /(?<![\w$])apiKey["']?[ \t]*:[ \t]*(["'])([0-9a-f]{32})\1/dg;
const DOCSEARCH_JSX_RE = /<DocSearch\b[^<>]{0,600}?[ \t\n]apiKey=(["'])([0-9a-f]{32})\1/dg;
/** A docsearch config is a few lines. */
const DOCSEARCH_REACH = 2048;

/**
 * The apiKey of a DocSearch config, `docsearch({ apiKey, appId, indexName })` or `<DocSearch apiKey="…" />`: DocSearch
 * only searches, and its docs require the search-only key there.
 */
function docsearchKeys(text: string): Span[] {
  if (!/docsearch/i.test(text)) return [];
  const spans: Span[] = [...text.matchAll(DOCSEARCH_JSX_RE)].map((m) => m.indices![2]!);
  for (const o of text.matchAll(DOCSEARCH_CALL_RE)) {
    const from = o.index + o[0].length;
    const close = closingBrace(text, from, from + DOCSEARCH_REACH);
    if (close === -1) continue;
    for (const k of text.slice(from, close).matchAll(API_KEY_RE)) spans.push([from + k.indices![2]![0], from + k.indices![2]![1]]);
  }
  return spans;
}

export function algoliaSearchKeySpans(text: string): Span[] {
  return [...calledSearchOnly(text), ...searchNamedKeys(text), ...docsearchKeys(text)];
}
