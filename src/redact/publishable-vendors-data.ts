// Vendor tables for publishable-vendors.ts: where vendors document a value as public (shipped in every browser or
// app) and the shape it has there. Each entry says why its secret sibling cannot take the same place or shape.
// Patterns are regex sources with bounded lengths; `UUID` is a lower-case RFC 4122 uuid.

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** A prefix a vendor gives only to a public value, and the body the vendor documents after it. */
export interface PublicPrefix {
  vendor: string;
  prefixes: string[];
  body: string;
}

/**
 * Publishable prefixes. Each is the key's kind as the vendor issues it, and no vendor here issues a secret under it:
 * the secret siblings carry another prefix (or none) and so never match.
 */
export const PUBLIC_PREFIXES: PublicPrefix[] = [
  // Stripe, Paystack, PAY.JP, Magic, Clerk and Knock "publishable" keys for Stripe.js-style clients; their secret
  // keys are `sk_live_`/`sk_test_` (Stripe's restricted keys `rk_`). Clerk's body is base64 of its frontend host.
  { vendor: "pk-publishable", prefixes: ["pk_live_", "pk_test_"], body: "[A-Za-z0-9+/_-]{16,128}={0,2}" },
  // Checkout.com's public key for Frames (sandbox); its secret key is `sk_sbox_`.
  { vendor: "checkout.com", prefixes: ["pk_sbox_"], body: "[a-z0-9]{26,40}" },
  // Razorpay's Key Id, which Checkout.js is given as `key`; the Key Secret has no prefix and goes only to the server.
  { vendor: "razorpay", prefixes: ["rzp_live_", "rzp_test_"], body: "[A-Za-z0-9]{14}" },
  // Square's application ID for the Web Payments SDK; secrets are `sq0csp-` (app secret) and `EAAA…`/`sq0atp-` tokens.
  { vendor: "square", prefixes: ["sq0idp-", "sandbox-sq0idb-"], body: "[A-Za-z0-9_-]{22,43}" },
  // Flutterwave's public key for its inline checkout; the secret key is `FLWSECK-`.
  { vendor: "flutterwave", prefixes: ["FLWPUBK-", "FLWPUBK_TEST-"], body: "[0-9a-f]{32}-X" },
  // Xendit's public key for tokenising cards in the browser; secret keys are `xnd_production_`/`xnd_development_`.
  { vendor: "xendit", prefixes: ["xnd_public_production_", "xnd_public_development_"], body: "[A-Za-z0-9]{40,100}" },
  // Midtrans' client key for Snap.js (`data-client-key`); the server key is `Mid-server-`.
  { vendor: "midtrans", prefixes: ["Mid-client-", "SB-Mid-client-"], body: "[A-Za-z0-9_-]{12,32}" },
  // Toss Payments' client keys (`ck`, widget `gck`) for the browser SDK; secret keys are `live_sk_`/`live_gsk_`.
  { vendor: "toss", prefixes: ["live_ck_", "test_ck_", "live_gck_", "test_gck_"], body: "[A-Za-z0-9]{20,40}" },
  // Braintree's tokenization key, documented for client SDKs; the private key is 32 hex with no such environment part.
  { vendor: "braintree", prefixes: ["production_", "sandbox_"], body: "[a-z0-9]{8}_[a-z0-9]{16}" },
  // Supabase's publishable API key; the secret one is `sb_secret_`.
  { vendor: "supabase", prefixes: ["sb_publishable_"], body: "[A-Za-z0-9_-]{24,64}" },
  // Stytch's public token for its frontend SDKs; project secrets are `secret-live-`/`secret-test-`.
  { vendor: "stytch", prefixes: ["public-token-live-", "public-token-test-"], body: UUID },
  // New Relic's browser agent license key; the ingest license key ends in `NRAL` and user keys are `NRAK-`.
  { vendor: "new-relic", prefixes: ["NRJS-"], body: "[0-9a-f]{19}" },
  // LaunchDarkly's mobile key, built into mobile apps; the server-side SDK key is `sdk-`.
  { vendor: "launchdarkly", prefixes: ["mob-"], body: UUID },
  // Branch's key for the app SDKs (Android manifest, iOS plist); the secret is `secret_live_`.
  { vendor: "branch", prefixes: ["key_live_", "key_test_"], body: "[A-Za-z0-9]{32}" },
  // PubNub's publish and subscribe keys, which every client holds; the secret key is `sec-c-`.
  { vendor: "pubnub", prefixes: ["pub-c-", "sub-c-"], body: UUID },
];

/** A field of a browser SDK's init object: the object's opener, the field and its value's whole shape. */
export interface SdkField {
  vendor: string;
  openers: string[];
  field: string;
  value: string;
}

/**
 * Fields the vendor names as the browser's credential, inside the SDK's own init object, with the value's documented
 * shape. The secret siblings go under other names in server code (`clientSecret`, `apiKey` of a server client),
 * never into these browser objects; where the prefix is also a secret's elsewhere (`live_`, `sdk-`), only here
 * does it prove the value public.
 */
export const SDK_FIELDS: SdkField[] = [
  // Auth0 SPA SDK: the application's Client ID; SPAs have no client secret.
  { vendor: "auth0", openers: ["createAuth0Client\\(", "new Auth0Client\\("], field: "clientId", value: "[A-Za-z0-9]{32}" },
  // Datadog browser RUM/Logs: client tokens are `pub` + 32 hex; API keys are bare hex and refused by these SDKs.
  { vendor: "datadog", openers: ["datadogRum\\.init\\(", "datadogLogs\\.init\\(", "DD_RUM\\.init\\(", "DD_LOGS\\.init\\("], field: "clientToken", value: "pub[0-9a-f]{32}" },
  // Rollbar's browser snippet config: a `post_client_item` token (server tokens go to server SDKs). Only as the global
  // the snippet reads (`var` or `window.`): a `const _rollbarConfig` is a module's, as likely handed to `new Rollbar`.
  { vendor: "rollbar", openers: ["var[ \\t]+_rollbarConfig[ \\t]*=[ \\t]*", "window\\._rollbarConfig[ \\t]*=[ \\t]*"], field: "accessToken", value: "[0-9a-f]{32}" },
  // GrowthBook's SDK connection client key `sdk-` + 16 (LaunchDarkly's secret `sdk-` key is a uuid, not this body).
  { vendor: "growthbook", openers: ["new GrowthBook\\("], field: "clientKey", value: "sdk-[A-Za-z0-9]{12,24}" },
  // Elastic App Search's public search key for Search UI; private API keys are `private-`.
  { vendor: "elastic", openers: ["new AppSearchAPIConnector\\("], field: "searchKey", value: "search-[a-z0-9]{24}" },
  // Adyen Web Drop-in's client key (`live_`/`test_` + 32); API keys are `AQE…` and go to the server library.
  { vendor: "adyen", openers: ["AdyenCheckout\\("], field: "clientKey", value: "(?:live|test)_[A-Z0-9]{32}" },
  // Paddle.js's client-side token; API keys are `pdl_live_apikey_…` (Mollie's `live_` secret is never given here).
  { vendor: "paddle", openers: ["Paddle\\.Initialize\\(", "initializePaddle\\("], field: "token", value: "(?:live|test)_[0-9a-f]{27}" },
  // Web3Auth's project Client ID for the browser SDK; its client secret is only for server-side verification.
  { vendor: "web3auth", openers: ["new Web3Auth\\(", "new Web3AuthNoModal\\("], field: "clientId", value: "[A-Za-z0-9_-]{60,120}" },
  // Chatwoot's website inbox token for the chat widget; agent API tokens go in the `api_access_token` header.
  { vendor: "chatwoot", openers: ["chatwootSDK\\.run\\("], field: "websiteToken", value: "[A-Za-z0-9]{20,32}" },
];

/** A browser SDK call's first argument: the call and the argument's whole documented shape. */
export interface SdkCall {
  vendor: string;
  calls: string[];
  value: string;
}

/** Client SDK constructors given their public key first; a secret has another prefix, so it never matches. */
export const SDK_CALLS: SdkCall[] = [
  // Statsig's client SDK key `client-`; server secrets are `secret-` and go to the server SDKs.
  { vendor: "statsig", calls: ["new StatsigClient\\(", "Statsig\\.initialize\\("], value: "client-[A-Za-z0-9]{32,64}" },
];

/**
 * Browser script loaders (URL up to its query), the query parameter that carries their key, and the key's shape:
 * the browser fetches the URL, so the key is public; the secret that goes with it never goes in a script URL.
 */
export const SCRIPT_URL_KEYS: [url: string, param: string, value: string][] = [
  // Baidu Maps JS API browser AK; the secret is the SN-check `sk`, used only to sign server requests.
  ["api.map.baidu.com/api?", "ak", "[A-Za-z0-9]{32}"],
  // Yandex Maps JS API key.
  ["api-maps.yandex.ru/2.1/?", "apikey", UUID],
  ["api-maps.yandex.ru/v3/?", "apikey", UUID],
  // Zendesk Web Widget snippet key; API tokens go in Basic auth as `user/token:…`.
  ["static.zdassets.com/ekr/snippet.js?", "key", UUID],
  // Naver Maps JS API client id; the client secret goes only in the server's `X-NCP-APIGW-API-KEY` header.
  ["oapi.map.naver.com/openapi/v3/maps.js?", "ncpClientId", "[a-z0-9]{10}"],
  // Kakao Maps SDK: the JavaScript app key; the REST and Admin keys go in `KakaoAK` headers from servers.
  ["dapi.kakao.com/v2/maps/sdk.js?", "appkey", "[0-9a-f]{32}"],
];

/** Words in a value's name that say it is not the public one, whatever its shape or place. */
export const SECRET_NAME_RE = /secret|private|admin|server|passw|pwd|(?:^|[_.-])pass(?:$|[_.-])/i;
