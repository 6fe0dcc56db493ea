// Algolia search-only keys (src/redact/algolia-keys.ts): kept where the text proves their kind by structure, redacted
// in the same places when an admin word, another vendor or a second statement of the key as a secret stands there.
import { describe, expect, it } from "vitest";
import { algoliaSearchKeySpans } from "../../src/redact/algolia-keys.js";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";

const KEY = "47fc17e3439a44761b119e067110f16e";
const ADMIN = "9a1b2c3d4e5f60718293a4b5c6d7e8f9";
const call = (binding: string, key = KEY) => `const ${binding} = algoliasearch("2KX9P4YO54", "${key}")`;

const kept: [string, string][] = [
  ["a search client called search-only on the line before", `// search-only key, safe in the browser\n${call("searchClient")};`],
  ["a search client called search-only after the call", `${call("search")}; // search-only key, safe in the browser`],
  ["the same in a diff", `-${call("searchClient")}; // search-only key\n+${call("searchClient", "d046f7a5da5e9c8426424aecc6ee094c")}; // search-only key`],
  ["an exported search client", `// search-only key, scoped to the public index\nexport const searchClient = algoliasearch('R7KCVQOXEG', '${KEY}');`],
  ["ALGOLIA_SEARCH_KEY in an env file", `ALGOLIA_APP_ID=2KX9P4YO54\nALGOLIA_SEARCH_KEY=${KEY}\n`],
  ["NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY", `NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY="${KEY}"`],
  ["searchOnlyApiKey in an Algolia config", `export const algolia = {\n  appId: "2KX9P4YO54",\n  searchOnlyApiKey: "${KEY}",\n};`],
  ["search_api_key in a YAML config about Algolia", `algolia:\n  application_id: 2KX9P4YO54\n  search_api_key: ${KEY}\n`],
  ["searchKey in an InstantSearch config", `import instantsearch from "instantsearch.js";\nconst config = { appId: "2KX9P4YO54", searchKey: "${KEY}", indexName: "docs" };`],
  ["docsearch's apiKey", `docsearch({\n  container: "#docsearch",\n  appId: "2KX9P4YO54",\n  apiKey: "${KEY}",\n  indexName: "docs",\n});`],
  ["DocSearch's apiKey attribute", `<DocSearch appId="2KX9P4YO54" indexName="docs" apiKey="${KEY}" />`],
];

/** Each case's secret is its one 32-hex value. */
const redacted: [string, string][] = [
  ["a key called an admin key", `${call("client")}; // admin key`],
  ["a search-named client whose comment names the admin key", `${call("searchClient")}; // search-only? no: the admin key, for setSettings`],
  ["a search-named client not called search-only", `${call("searchClient")};`],
  ["a client called search-only but bound to no search name", `// search-only key\n${call("client")};`],
  ["an admin-named search client", `// search-only key\n${call("adminSearchClient")};`],
  ["ALGOLIA_ADMIN_KEY beside the search key", `ALGOLIA_SEARCH_KEY=${KEY}\nALGOLIA_ADMIN_KEY=${ADMIN}\n`],
  ["a search key name with a write word", `ALGOLIA_SEARCH_WRITE_KEY=${ADMIN}`],
  ["a 32-hex search key with no Algolia in sight", `BING_SEARCH_API_KEY=${ADMIN}`],
  ["an apiKey outside docsearch's call", `docsearch({ container: "#docsearch" });\nconst admin = { apiKey: "${ADMIN}" };`],
  ["another vendor's search key in an Algolia env file", `ALGOLIA_APP_ID=2KX9P4YO54\nALGOLIA_SEARCH_KEY=${KEY}\nBING_SEARCH_V7_SUBSCRIPTION_KEY=${ADMIN}\n`],
  ["another vendor's search key in a text naming Algolia", `We use Algolia for docs and Bing for the web.\n\nBING_SEARCH_KEY=${ADMIN}\n`],
  ["a search key name with an indexing word", `ALGOLIA_SEARCH_INDEXING_KEY=${ADMIN}`],
  ["a search key name with a server word", `// InstantSearch on the front\nconst SEARCH_SERVER_KEY = "${ADMIN}";`],
  ["a search-named key whose comment names the admin key", `ALGOLIA_SEARCH_KEY=${ADMIN} # oops, this is the admin key`],
  ["a second client on the line after a search-only one", `export const searchClient = ${call("searchClient").split(" = ")[1]}; // search-only key\nexport const searchIndexClient = algoliasearch("2KX9P4YO54", "${ADMIN}");`],
  ["a search-only word in code, not a comment", `${call("searchClient", ADMIN)}; const label = "search-only";`],
  ["a lite-client file whose comment names the admin key", `import algoliasearch from "algoliasearch/lite";\n// not the search-only key: the admin key, for setSettings\n${call("client", ADMIN)};`],
  ["another vendor's search key in a YAML block beside Algolia's", `search:\n  algolia:\n    app_id: 2KX9P4YO54\n    search_key: ${KEY}\n  bing:\n    search_key: ${ADMIN}\n`],
  ["a lite-client file calling a key not search-only", `import algoliasearch from "algoliasearch/lite";\n// NOT search-only: used by the indexing job\n${call("client", ADMIN)};`],
  ["an admin-named client in a lite-client file", `import algoliasearch from "algoliasearch/lite";\n${call("adminClient", ADMIN)}; // search-only indices are rebuilt with it`],
  ["an apiKey nested in docsearch's options", `docsearch({\n  appId: "2KX9P4YO54", indexName: "docs", apiKey: "${KEY}",\n  sync: { apiKey: "${ADMIN}" },\n});`],
];

describe("Algolia search-only keys", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  for (const [name, text] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(text.includes(ADMIN) ? ADMIN : KEY));

  it("keeps no search key in another vendor's object beside Algolia's", () => {
    const text = `const search = {\n  algolia: { appId: "2KX9P4YO54", searchKey: "${KEY}" },\n  bing: { searchKey: "${ADMIN}" },\n};`;
    expect(algoliaSearchKeySpans(text).map(([start, end]) => text.slice(start, end))).toEqual([KEY]);
  });

  it("takes only Algolia's capitals-and-digits app id as the proof of its block", () => {
    const text = `search:\n  bing:\n    appId: "myapp12345", searchKey: "${ADMIN}"\n  algolia: true\n`;
    expect(algoliaSearchKeySpans(text)).toEqual([]);
  });

  it("cuts a search-named key that the text also writes as the admin key", () => {
    const out = redact(`ALGOLIA_SEARCH_KEY=${KEY}\nALGOLIA_ADMIN_KEY=${KEY}\n`).text;
    expect(out).not.toContain(KEY);
  });

  it("is idempotent and leaves whole markers", () => {
    const text = `ALGOLIA_SEARCH_KEY=${KEY}\nALGOLIA_ADMIN_KEY=${ADMIN}\n${call("searchClient")}; // search-only key`;
    const once = redact(text).text;
    expect(redact(once).text).toBe(once);
    expect(once.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/);
  });

  const inputs: Record<string, string> = {
    "search-named keys on lines": fill(`ALGOLIA_SEARCH_KEY=${KEY}\n`),
    "search clients on lines": fill(`${call("searchClient")}; // search-only key\n`),
    "unclosed docsearch calls": fill("docsearch({ apiKey: 'x', "),
    "a name run without a value": `algolia ${"search_key_".repeat(MB / 11)}`,
    "bare docsearch calls": fill("docsearch({"),
    "indented search keys under one Algolia block": `algolia:\n${fill(`  search_key: ${KEY}\n`)}`,
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on 1 MB of ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
