// Names that hold a credential only because a vendor chose them: no word in them says "secret" or "password".
// Each entry is the name's words joined by "_" (words() splits camelCase, kebab-case and snake_case alike).

/** Header, setting and field names of observability, feature-flag and RTC vendors whose value is the credential. */
const VENDOR_SECRET_NAMES = new Set([
  // Honeycomb's API key header; New Relic's insert and query keys; Instana's agent key; Artifactory's API key header.
  "honeycomb_team", "x_honeycomb_team", "insert_key", "x_insert_key", "ingest_key", "ingestion_key", "x_instana_key",
  "instana_agent_key", "x_jfrog_art_api",
  // Gladia's speech-to-text API key header (a UUID); `x-gladia-key` ends in the weak word "key".
  "x_gladia_key", "gladia_key",
  // Agora's app certificate signs RTC tokens (a hex string, never a PEM certificate).
  "app_certificate", "agora_app_certificate",
  // Lightstep and SigNoz access tokens sent as headers without "token" being the last word are covered by "token";
  // Uptrace's DSN carries its token as the URL's user.
  "uptrace_dsn",
  // Cypress Cloud's record key (a UUID) lets anyone record runs to the project.
  "cypress_record_key",
  // Kuaidi100 (快递100) signs its API with the account's `customer` id and `key`: both are the credential.
  "kd100_key", "kd100_customer", "kuaidi100_key", "kuaidi100_customer", "kuaidi_100_key", "kuaidi_100_customer",
  // Session cookies of Chinese sites copied into scrapers: Bilibili's bili_jct (CSRF token bound to SESSDATA),
  // Baidu's BDUSS.
  "bili_jct", "bduss",
  // LoRaWAN's network root key and ABP session keys (NwkKey, NwkSKey, AppSKey), written as one word in LMIC and
  // ChirpStack configs; not "appkey", which Umeng and JPush use for a public app id. Husarnet's join code admits a
  // device to the network.
  "nwkkey", "nwkskey", "appskey", "nwk_s_key", "app_s_key", "nwk_s_enc_key", "joincode", "join_code",
  // AMap's (高德) 安全密钥, set in window._AMapSecurityConfig beside the public JS API key (amap-keys.ts keeps that one).
  "security_js_code",
]);

/**
 * Names that end in a describing word but hold a credential for one vendor: Teleport's `join_params.token_name` is
 * the join token itself; Strapi's APP_KEYS lists the keys that sign its sessions. Weak: only a generated value counts, so `token_name: ci-bot` stays.
 */
const VENDOR_WEAK_NAMES = new Set(["token_name", "app_keys"]);

/** A word of every name above, for detectors that look for names by a keyword first. */
export const VENDOR_KEYWORD_SRC = "honeycomb|insert|ingest|instana|art_api|certificate|dsn|kd100|kuaidi|bili|bduss|joincode|join_code|securityjscode";

export function isVendorSecretName(ws: readonly string[]): boolean {
  return VENDOR_SECRET_NAMES.has(ws.join("_"));
}

export function isVendorWeakName(ws: readonly string[]): boolean {
  return VENDOR_WEAK_NAMES.has(ws.join("_"));
}

/**
 * Chinese data-API and push vendors whose settings name a key by product (`juhe.bankcard.key`, `tyc.api.key`,
 * `jiguang.push.key`): a "key" under the vendor's name is the account's credential, whatever word sits before it.
 */
const VENDOR_KEY_OWNERS = new Set(["juhe", "juhecn", "tianyancha", "tyc", "qichacha", "qcc", "jiguang", "jpush", "getui", "shumai", "showapi"]);

export function isVendorKeyOwner(ws: readonly string[]): boolean {
  return ws.some((w) => VENDOR_KEY_OWNERS.has(w));
}
