// AMap's (高德) JS API key, which AMap issues for the browser: every page that shows the map carries it, and its own
// secret, the 安全密钥 (`securityJsCode`), is set apart in `window._AMapSecurityConfig` or kept on a proxy. The Web
// service key (服务端 REST key) and its 数字签名 private key are secret and have neither of the places below. The
// script URL form (`webapi.amap.com/maps?key=`) is in publishable.ts. Bounded regexes: linear in the input.
import { outerBlocks, ownLevel } from "./braces.js";

type Span = [number, number];

const LOADER_RE = /(?<![\w$.])AMapLoader\.load\([ \t]*\{/g;
/** The loader option `key` itself: not `securityJsCode`, not `serviceKey`. */
const KEY_OPTION_RE = /(?<![\w$-])(["']?)key\1[ \t]*:[ \t]*(["'])([0-9a-f]{32})\2/dg;
/** A loader's options are a few lines. */
const LOADER_REACH = 1024;

/**
 * The `key` option of `AMapLoader.load({ key, version, plugins })`, the JS API loader that puts the key in the page:
 * the options' own `key`, not one in an object nested in them (`AMapUI: { … }`).
 */
function loaderKeys(text: string): Span[] {
  if (!text.includes("AMapLoader.load(")) return [];
  const spans: Span[] = [];
  for (const [from, close] of outerBlocks(text, LOADER_RE, LOADER_REACH)) {
    for (const k of ownLevel(text, from, close).matchAll(KEY_OPTION_RE)) spans.push([from + k.indices![3]![0], from + k.indices![3]![1]]);
  }
  return spans;
}

/**
 * A sentence naming the value AMap's JS API key right before it: `高德地图 JS API 的 key 是 <32 hex>`, `AMap JS API
 * key: <32 hex>`. Nothing stands between the name and the value but `是`, `为` or a colon, so a 安全密钥 or a Web
 * service key said next to it is another sentence and stays secret.
 */
const PROSE_KEY_RE = /(?:高德(?:地图)?|AMap)[ \t]*(?:Web[ \t]*端[ \t]*)?[（(]?JS[ \t]?API[)）]?[ \t]*(?:的[ \t]*)?key[ \t]*(?:是|为|[:：=])[ \t]*([0-9a-f]{32})(?![0-9A-Za-z])/dgi;

export function amapJsKeySpans(text: string): Span[] {
  if (!/amap|高德/i.test(text)) return [];
  return [...loaderKeys(text), ...[...text.matchAll(PROSE_KEY_RE)].map((m) => m.indices![1]!)];
}
