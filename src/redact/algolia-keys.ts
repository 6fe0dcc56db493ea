// Algolia search-only API keys, which Algolia documents as safe in the browser (they can only search, and only the
// indices they are scoped to). Admin, write and search keys share one shape (32 hex), so a key is kept only where the
// text proves its kind by structure; anywhere else, or where an admin word stands beside it, it stays secret. A kept
// key that the text also writes as a secret elsewhere is cut there and here (index.ts). Bounded regexes and scans:
// linear in the input.
import { outerBlocks, ownLevel } from "./braces.js";
import { ALGOLIA_CONTEXT_WORDS, ALGOLIA_SEARCH_NAME_WORDS, ALGOLIA_UNSAFE_WORDS } from "./proven-data.js";
import { words } from "./values.js";

type Span = [number, number];

/** The API key of a call to Algolia's client: `algoliasearch("APPID", "key")`. */
const ALGOLIA_CALL_RE = /(?<![\w$.])(?:algoliasearch|liteClient)\([ \t]*(["'])[A-Z0-9]{10}\1[ \t]*,[ \t]*(["'])([0-9a-f]{32})\2[ \t]*\)/dg;
const ALGOLIA_LITE_IMPORT_RE = /\bfrom[ \t]+["']algoliasearch\/lite["']|require\(["']algoliasearch\/lite["']\)/;
/** Algolia's own name for the key, "search-only API key". */
const SEARCH_ONLY_RE = /search[ _-]?only/i;
/** A remark denying it: `not search-only`, `non-search-only`, `isn't the search-only key`. */
const NOT_SEARCH_ONLY_RE = /\b(?:not|non|never|isn't|no)[ \t-]+(?:(?:a|the|our)[ \t]+)?search[ _-]?only/i;
/** What a search key never is called: an admin, write or master key, a secret (`管理` is admin in Chinese). */
const UNSAFE_RE = new RegExp(`${ALGOLIA_UNSAFE_WORDS.join("|")}|管理|写入`, "i");
/** The binding a client call is assigned to, at the end of the text before the call on its line. */
const BINDING_RE = /(?<![\w$])([A-Za-z_$][\w$]{0,60})[ \t]*[:=][ \t]*(?:await[ \t]+)?$/;
/** A line that is only a comment, a diff's sign allowed before it: `// search-only key`, ` * …`, `# …`. */
const COMMENT_LINE_RE = /^[ +-]?[ \t]*(?:\/\/|\/\*|\*|#)/;
/** A comment after a value or call on its line: `…); // search-only key`. */
const TRAILING_COMMENT_RE = /^[ \t]*[;,]?[ \t]*(?:\/\/|\/\*|#)/;
/** How far around a value its line is read. */
const LINE_REACH = 512;
/** Whether a name is named for search and not for a secret: `searchClient`, `search`, not `adminSearchClient`. */
const searchNamed = (name: string) => {
  const parts = words(name);
  return parts.includes("search") && !parts.some((w) => ALGOLIA_UNSAFE_WORDS.includes(w));
};

/**
 * What the text says of the value or call from `start` to `end`: its line before it (`own`), the rest of its line
 * (`after`), and the line before when that is a whole comment line on the same diff side (`comment`). Code on the line
 * before (another call, another key) says nothing of this one. Each read within a bounded reach.
 */
function lineOf(text: string, start: number, end: number): { own: string; after: string; comment: string } {
  const head = text.slice(Math.max(0, start - LINE_REACH), start).split("\n");
  const own = head.pop()!;
  const after = text.slice(end, end + LINE_REACH).split("\n")[0]!;
  // The line before is whole only when a line starts before it within reach, or the text does.
  const prev = head.length >= 2 || (head.length === 1 && start - LINE_REACH <= 0) ? head[head.length - 1]! : "";
  const otherSide = (own[0] === "+" && prev[0] === "-") || (own[0] === "-" && prev[0] === "+");
  return { own, after, comment: COMMENT_LINE_RE.test(prev) && !otherSide ? prev : "" };
}

/**
 * Whether the comments about a value call it search-only (the comment after it on its line or a comment line right
 * before it) and nothing said about it, there or in the rest of its line, names an admin, write or master key.
 */
function calledSearchOnlyThere({ after, comment }: { after: string; comment: string }): boolean {
  const remark = `${TRAILING_COMMENT_RE.test(after) ? after : ""}\n${comment}`;
  return SEARCH_ONLY_RE.test(remark) && !NOT_SEARCH_ONLY_RE.test(remark) && !UNSAFE_RE.test(`${after}\n${comment}`);
}

/**
 * Keys given to Algolia's client and called search-only by a comment about that call, with one more proof of their
 * kind: either the lite client is imported (it can do nothing but search), or the client is bound to a name for
 * search (`const searchClient = algoliasearch(…)`, InstantSearch's own name for its client). A call that is only one
 * of these could hold the admin key.
 */
function calledSearchOnly(text: string): Span[] {
  if (!text.includes("algoliasearch(") && !text.includes("liteClient(")) return [];
  const lite = text.includes("algoliasearch/lite") && ALGOLIA_LITE_IMPORT_RE.test(text);
  const spans: Span[] = [];
  for (const m of text.matchAll(ALGOLIA_CALL_RE)) {
    const line = lineOf(text, m.index, m.index + m[0].length);
    if (!calledSearchOnlyThere(line)) continue;
    const binding = BINDING_RE.exec(line.own)?.[1];
    if (binding !== undefined && words(binding).some((w) => ALGOLIA_UNSAFE_WORDS.includes(w))) continue;
    if (lite || (binding !== undefined && searchNamed(binding))) spans.push(m.indices![3]!);
  }
  return spans;
}

/** A 32-hex value under a name: `ALGOLIA_SEARCH_KEY=…`, `searchOnlyApiKey: "…"`, `search_api_key = '…'`. */
const NAMED_KEY_RE = /(?<![\w$-])([A-Za-z_$][\w$.-]{0,80})["']?[ \t]*[:=][ \t]*(["']?)([0-9a-f]{32})\2(?![0-9A-Za-z])/dg;
/** How far around a key whose name lacks `algolia` the text is read for Algolia's name or its libraries'. */
const CONTEXT_REACH = 1024;
let contextRe: RegExp | undefined;
/** An Algolia application id (10 capitals and digits) given under an app-id name: `appId: "2KX9P4YO54"`. */
const APP_ID_RE = /(?<![\w$])(?:app_?[iI][dD]|APP_?ID|application_?[iI][dD]|APPLICATION_?ID)["']?[ \t]*[:=][ \t]*["']?[A-Z0-9]{10}(?![\w])/;
/** How far back the line that opens a key's block is looked for. */
const PARENT_REACH = 2048;
const indentOf = (line: string) => /^[+-]?([ \t]*)/.exec(line)![1]!.length;

/**
 * The line that opens the block holding the line at `at`: the nearest line above it that is less indented (a YAML
 * parent key, an object's opening line), within reach; "" when there is none.
 */
function parentLine(text: string, at: number): string {
  const from = Math.max(0, at - PARENT_REACH);
  const head = text.slice(from, at);
  let end = head.lastIndexOf("\n");
  const own = indentOf(head.slice(end + 1));
  while (own > 0 && end > 0) {
    const start = head.lastIndexOf("\n", end - 1);
    if (start === -1 && from > 0) return "";
    const line = head.slice(start + 1, end);
    if (line.trim() !== "" && indentOf(line) < own) return line;
    end = start;
  }
  return "";
}

/**
 * Whether Algolia owns the block of a key whose name does not say so: its line or the line opening its block names
 * Algolia (or InstantSearch, DocSearch), or its line gives Algolia's application id beside it. A search key in
 * another vendor's block (`bing: { searchKey: … }`) near Algolia's is not Algolia's.
 */
function inAlgoliaBlock(text: string, at: number, line: string): boolean {
  return contextRe!.test(line) || APP_ID_RE.test(line) || contextRe!.test(parentLine(text, at));
}

/**
 * A key in a place named for search: the name's words hold `search` and `key` and only the words of Algolia's names
 * for its search-only key, the name says `algolia` or the key stands in Algolia's block with Algolia named within reach,
 * and nothing said of the key on its line or a comment line before it names an admin, write or master key. Another
 * vendor's search key (Bing's is 32 hex too) is named for its vendor or has no Algolia beside it.
 */
function searchNamedKeys(text: string): Span[] {
  contextRe ??= new RegExp(ALGOLIA_CONTEXT_WORDS.join("|"), "i");
  if (!contextRe.test(text) || !/search/i.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(NAMED_KEY_RE)) {
    const parts = words(m[1]!.replace(/\$/g, ""));
    if (!parts.includes("search") || !parts.includes("key") || !parts.every((w) => ALGOLIA_SEARCH_NAME_WORDS.includes(w))) continue;
    const { own, after, comment } = lineOf(text, m.index, m.index + m[0].length);
    if (UNSAFE_RE.test(`${after}\n${comment}`)) continue;
    if (parts.includes("algolia")) spans.push(m.indices![3]!);
    else if (contextRe.test(text.slice(Math.max(0, m.index - CONTEXT_REACH), m.index + m[0].length + CONTEXT_REACH)) && inAlgoliaBlock(text, m.index, own + m[0] + after)) spans.push(m.indices![3]!);
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
 * only searches, and its docs require the search-only key there. Only the config's own `apiKey`, not one in an
 * object nested in it.
 */
function docsearchKeys(text: string): Span[] {
  if (!/docsearch/i.test(text)) return [];
  const spans: Span[] = [...text.matchAll(DOCSEARCH_JSX_RE)].map((m) => m.indices![2]!);
  for (const [from, close] of outerBlocks(text, DOCSEARCH_CALL_RE, DOCSEARCH_REACH)) {
    for (const k of ownLevel(text, from, close).matchAll(API_KEY_RE)) spans.push([from + k.indices![2]![0], from + k.indices![2]![1]]);
  }
  return spans;
}

export function algoliaSearchKeySpans(text: string): Span[] {
  return [...calledSearchOnly(text), ...searchNamedKeys(text), ...docsearchKeys(text)];
}
