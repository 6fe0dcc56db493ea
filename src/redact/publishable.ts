// Values public by design, each proven by its own content or by a context only public values stand in: a
// Supabase anon key (its claims say so), a Firebase app config's apiKey (beside the config's other keys) and the keys
// of Google's generated app configs (google-app-configs.ts), PayPal's client id and AMap's JS API key in their SDK's
// script URL or loader (amap-keys.ts), a PostHog project key (`phc_`), RevenueCat's public SDK keys (`appl_`, `goog_`,
// `amzn_`), a Segment write key given to analytics.load, Algolia search-only keys proven by their place
// (algolia-keys.ts), Shopify's Storefront token in its header or client config, an SSH public key blob, WireGuard
// public keys in `wg show` output and peer configs (wireguard.ts), an Azure Key Vault reference and tokens printed in
// specifications. A shape that a secret shares in the same place (a lone AIza key, a service_role JWT, an Algolia key
// of unproven kind) is not here. Bounded regexes, so linear in the input.
import { algoliaSearchKeySpans } from "./algolia-keys.js";
import { amapJsKeySpans } from "./amap-keys.js";
import { closingBrace } from "./braces.js";
import { sameSide } from "./diff-sides.js";
import { googleAppConfigSpans } from "./google-app-configs.js";
import { linesOf } from "./lines.js";
import { looksRandom } from "./values.js";
import { wireguardConfigSpans } from "./wireguard.js";
import { BROWSER_SDK_KEYS, DOCUMENTED_TOKENS, FIREBASE_CONFIG_KEYS, SSH_PUBLIC_KEY_TYPES } from "./proven-data.js";

type Span = [number, number];

const JWT_RE = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,8192}\.(eyJ[A-Za-z0-9_-]{8,8192})\.[A-Za-z0-9_-]{8,8192}(?![A-Za-z0-9_-])/g;
/** The claims of a Supabase project's anon key, and nothing else: a user's token carries `sub`, `email`, `aal`. */
const ANON_CLAIMS = new Set(["iss", "ref", "role", "iat", "exp", "nbf"]);

function claims(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Supabase anon keys: a JWT whose claims are a Supabase issuer and role "anon" only. Row-level security guards the
 * data; the key ships in every client. A `service_role` key (which bypasses it) has another role and stays secret.
 */
function supabaseAnonKeys(text: string): Span[] {
  if (!text.includes("eyJ")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(JWT_RE)) {
    const c = claims(m[1]!);
    if (c === null || c.role !== "anon" || typeof c.iss !== "string" || !/^supabase(?:-demo)?$/.test(c.iss)) continue;
    if (Object.keys(c).every((k) => ANON_CLAIMS.has(k))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const FIREBASE_KEY_RE = /(?<![\w$])apiKey["']?[ \t]*[:=][ \t]*(["'])(AIza[0-9A-Za-z_-]{35})\1/dg;
const FIREBASE_SIBLING_RE = new RegExp(`(?<![\\w$])(${FIREBASE_CONFIG_KEYS.join("|")})["']?[ \\t]*[:=]`, "g");
/**
 * A Firebase app id, `1:<project number>:<platform>:<hex>`: Firebase mints it for each registered app and nothing else
 * has its grammar, so beside `projectId` it proves the object a Firebase config (FlutterFire's generated
 * `FirebaseOptions(apiKey:, appId:, projectId:)` may name no third key).
 */
const FIREBASE_APP_ID_RE = /(?<![\w$])appId["']?[ \t]*:[ \t]*(["'])1:\d{6,15}:(?:web|android|ios):[0-9a-f]{6,40}\1/;
/** How far the config object's braces are looked for: a Firebase config is a few hundred characters. */
const OBJECT_REACH = 800;

/**
 * The apiKey of a Firebase app config: an `apiKey` in the same object or call as `projectId` and two more of the
 * config's keys, or `projectId` and an `appId` in Firebase's grammar. Firebase web keys identify the project to
 * Google and ship in every page; the same AIza shape alone (a Maps or Gemini key) stays secret.
 */
function firebaseConfigKeys(text: string): Span[] {
  if (!text.includes("AIza")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(FIREBASE_KEY_RE)) {
    const from = Math.max(0, m.index - OBJECT_REACH);
    const before = text.slice(from, m.index);
    const open = Math.max(before.lastIndexOf("{"), before.lastIndexOf("("));
    if (open === -1 || /[})]/.test(before.slice(open))) continue;
    const close = text.slice(m.index, m.index + OBJECT_REACH).search(/[})]/);
    if (close === -1) continue;
    const block = sameSide(text, from + open, m.index + close, m.index);
    const keys = new Set([...block.matchAll(FIREBASE_SIBLING_RE)].map((k) => k[1]!));
    if (keys.has("projectId") && (keys.size >= 3 || FIREBASE_APP_ID_RE.test(block))) spans.push(m.indices![2]!);
  }
  return spans;
}

/**
 * Shopify's Storefront API public token (32 hex; Admin API tokens are `shpat_…`) where only it can stand: the
 * `X-Shopify-Storefront-Access-Token` header (a private Storefront token goes in `Shopify-Storefront-Private-Token`).
 */
const STOREFRONT_HEADER_RE = /(?<![\w-])X-Shopify-Storefront-Access-Token["']?[ \t]*[:,][ \t]*(["']?)([0-9a-f]{32})\1(?![\w-])/dgi;
/** The public token of a storefront client's config (`publicAccessToken`, Hydrogen's `publicStorefrontToken`). */
const STOREFRONT_KEY_RE = /(?<![\w$])(?:publicAccessToken|publicStorefrontToken)["']?[ \t]*:[ \t]*(["'])([0-9a-f]{32})\1/dg;
/** What opens a storefront client's config: `storefrontClient = {`, `createStorefrontApiClient({`. */
const STOREFRONT_OPENER_RE = /(?:(?<![\w$])[\w$.]{0,40}storefront[\w$]{0,40}["']?[ \t]*[:=]|createStorefront(?:Api)?Client\()[ \t]*\{/gi;
const STORE_DOMAIN_RE = /(?<![\w$])(?:domain|storeDomain)["']?[ \t]*:/;

/**
 * The public token in a storefront client's config: inside an object that opens as a storefront client and names
 * the shop's domain, read on the token's diff side. Public Storefront tokens ship in the shop's pages by design.
 */
function storefrontTokens(text: string): Span[] {
  if (!/storefront/i.test(text)) return [];
  const spans: Span[] = [...text.matchAll(STOREFRONT_HEADER_RE)].map((m) => m.indices![2]!);
  const tokens = [...text.matchAll(STOREFRONT_KEY_RE)];
  if (tokens.length === 0) return spans;
  let first = 0;
  for (const o of text.matchAll(STOREFRONT_OPENER_RE)) {
    const open = o.index + o[0].length - 1;
    while (first < tokens.length && tokens[first]!.index < open) first++;
    if (first === tokens.length) break;
    if (tokens[first]!.index > open + 2 * OBJECT_REACH) continue;
    // The storefront config, counting nested braces (Liquid's `{{ … }}`); -1 past the reach.
    const close = closingBrace(text, open + 1, open + 2 * OBJECT_REACH);
    for (let i = first; close !== -1 && i < tokens.length && tokens[i]!.index < close; i++) {
      if (STORE_DOMAIN_RE.test(sameSide(text, o.index, close, tokens[i]!.index))) spans.push(tokens[i]!.indices![2]!);
    }
  }
  return spans;
}

let browserSdkRe: RegExp | undefined;

/**
 * The key a browser SDK's script URL carries (PayPal's `client-id`, AMap's JS API `key`): the browser loads it, so it
 * is public; the secret that goes with it never goes there (PayPal's client secret, AMap's 安全密钥 and Web service key).
 */
function browserSdkKeys(text: string): Span[] {
  if (!BROWSER_SDK_KEYS.some(([url]) => text.includes(url))) return [];
  browserSdkRe ??= new RegExp(`(${BROWSER_SDK_KEYS.map(([url]) => url.replace(/[.?/]/g, "\\$&")).join("|")})([^\\s"'<>#]{1,2048})`, "dg");
  const spans: Span[] = [];
  for (const m of text.matchAll(browserSdkRe)) {
    const param = BROWSER_SDK_KEYS.find(([url]) => url === m[1])![1];
    const key = new RegExp(`(?:^|&)${param}=([A-Za-z0-9_-]{20,128})(?=&|$)`, "d").exec(m[2]!);
    if (key) spans.push([m.indices![2]![0] + key.indices![1]![0], m.indices![2]![0] + key.indices![1]![1]]);
  }
  return spans;
}

/** Segment's browser snippet loading a source by its write key, which every page that tracks events ships. */
const SEGMENT_LOAD_RE = /(?<![\w$.])analytics\.load\([ \t]*(["'])([A-Za-z0-9]{32})\1[ \t]*[,)]/dg;

/** PostHog project API keys: `phc_` marks the write-only key for the browser (personal keys are `phx_`). */
const POSTHOG_PROJECT_KEY_RE = /(?<![A-Za-z0-9_])phc_[A-Za-z0-9]{32,64}(?![A-Za-z0-9_])/g;

/**
 * RevenueCat's public SDK keys, one per store: `appl_` (App Store), `goog_` (Google Play), `amzn_` (Amazon). The
 * prefix is the key's kind, which the mobile SDK must be configured with; the secret REST keys are `sk_`.
 */
const REVENUECAT_SDK_KEY_RE = /(?<![A-Za-z0-9_])(?:appl|goog|amzn)_([A-Za-z0-9]{24,40})(?![A-Za-z0-9_])/g;
/** The key's body is random: words after the prefix (`appl_correcthorsebattery…`) are someone's password. */
const isRevenueCatKey = (key: string) => looksRandom(key.slice(key.indexOf("_") + 1));

/**
 * Azure App Service and Functions Key Vault references: where the secret is, by a strict grammar that leaves no
 * room for a value (a secret URL with an optional 32-hex version, or vault and secret names).
 */
const KEY_VAULT_REF_RE =
  /@Microsoft\.KeyVault\((?:SecretUri=https:\/\/[A-Za-z0-9-]{3,24}\.vault\.(?:azure\.net|azure\.cn|usgovcloudapi\.net)\/secrets\/[A-Za-z0-9-]{1,127}(?:\/[0-9a-f]{32})?\/?|VaultName=[A-Za-z0-9-]{3,24};SecretName=[A-Za-z0-9-]{1,127}(?:;SecretVersion=[0-9a-f]{32})?)\)/g;

let documentedRe: RegExp | undefined;
let sshTypes: Set<string> | undefined;

/** A run of base64 that opens with `AAAA`, the first bytes of a length-prefixed SSH key type name. */
const SSH_BLOB_RE = /(?<![A-Za-z0-9+/])AAAA[A-Za-z0-9+/]{64,16384}={0,2}(?![A-Za-z0-9+/=])/g;
/** An ssh-ed25519 public key blob: the type (4 + 11 bytes) and the 32-byte key (4 + 32). */
const ED25519_BLOB_BYTES = 51;

/** An SSH public key blob, known by its content: a public key type name, then key material of a plausible size. */
function isSshPublicKeyBlob(blob: string): boolean {
  const head = Buffer.from(blob.slice(0, 96), "base64");
  const length = head.readUInt32BE(0);
  if (length < 7 || length > 64 || head.length < 4 + length) return false;
  sshTypes ??= new Set(SSH_PUBLIC_KEY_TYPES);
  const type = head.subarray(4, 4 + length).toString("latin1");
  if (!sshTypes.has(type)) return false;
  const bytes = Math.floor((blob.replace(/=+$/, "").length * 3) / 4);
  return type === "ssh-ed25519" ? bytes === ED25519_BLOB_BYTES : bytes >= 4 + length + 36;
}

/** The fields `wg show` prints for an interface and its peers; a private or preshared key only as "(hidden)". */
const WG_SHOW_FIELD_RE =
  /^(?:(public key|peer): ([A-Za-z0-9+/]{43}=)|(?:private key|preshared key): \(hidden\)|listening port: \d{1,5}|fwmark: (?:0x[0-9a-f]{1,8}|off)|endpoint: \S{1,300}|allowed ips: [\w.:/, ()]{1,2000}|latest handshake: [\w ,]{1,200}|transfer: [\w ,.]{1,200}|persistent keepalive: [\w ]{1,100})$/;

/**
 * The public keys in `wg show` output: the interface's `public key:` and each `peer:`, within a block that opens
 * with `interface: <name>` and holds only wg show's own fields. Every key of a tunnel's far side is published to
 * it; wg show never prints a private key there, and a block with any other line ends before it.
 */
function wireguardShowKeys(text: string): Span[] {
  if (!text.includes("interface: ")) return [];
  const spans: Span[] = [];
  // The diff side the block is on ("" until a signed line): a line of the other side ends it.
  let side: string | undefined;
  for (const line of linesOf(text)) {
    const sign = text[line.start] === "+" || text[line.start] === "-" ? text[line.start]! : "";
    if (/^interface: [\w.@-]{1,15}$/.test(line.content)) {
      side = sign;
      continue;
    }
    if (side === undefined || line.content === "") continue;
    const m = WG_SHOW_FIELD_RE.exec(line.content);
    if (m === null || (sign !== "" && side !== "" && sign !== side)) {
      side = undefined;
      continue;
    }
    side ||= sign;
    const end = line.contentStart + line.content.length;
    if (m[2] !== undefined) spans.push([end - m[2].length, end]);
  }
  return spans;
}

function matchSpans(text: string, re: RegExp, accept: (m: string) => boolean = () => true): Span[] {
  return [...text.matchAll(re)].filter((m) => accept(m[0])).map((m) => [m.index, m.index + m[0].length] as Span);
}

export function publishableSpans(text: string): Span[] {
  // A diff's `+` or `-` at a line's start may stand before a documented token; elsewhere they would be its start.
  documentedRe ??= new RegExp(`(?:(?<![A-Za-z0-9_+/.-])|(?<=^[+-]))(?:${DOCUMENTED_TOKENS.map((t) => t.replace(/[.+/=-]/g, "\\$&")).join("|")})(?![A-Za-z0-9_+/=-]|\\.[A-Za-z0-9_-])`, "gm");
  return [
    ...supabaseAnonKeys(text),
    ...firebaseConfigKeys(text),
    ...googleAppConfigSpans(text),
    ...browserSdkKeys(text),
    ...amapJsKeySpans(text),
    ...algoliaSearchKeySpans(text),
    ...storefrontTokens(text),
    ...(text.includes("analytics.load(") ? [...text.matchAll(SEGMENT_LOAD_RE)].map((m) => m.indices![2]!) : []),
    ...(text.includes("phc_") ? matchSpans(text, POSTHOG_PROJECT_KEY_RE) : []),
    ...(/(?:appl|goog|amzn)_/.test(text) ? matchSpans(text, REVENUECAT_SDK_KEY_RE, isRevenueCatKey) : []),
    ...(text.includes("@Microsoft.KeyVault(") ? matchSpans(text, KEY_VAULT_REF_RE) : []),
    ...(text.includes("AAAA") ? matchSpans(text, SSH_BLOB_RE, isSshPublicKeyBlob) : []),
    ...matchSpans(text, documentedRe),
    ...wireguardShowKeys(text),
    ...wireguardConfigSpans(text),
  ];
}
