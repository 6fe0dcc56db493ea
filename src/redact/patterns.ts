// Secrets recognisable by their shape: provider tokens with fixed prefixes, JWTs, credentials inside URLs and
// Authorization headers, cloud connection strings. Every pattern starts behind a lookbehind that forbids starting
// inside a run of the same characters and uses bounded quantifiers, so a failed attempt costs a bounded amount of
// work and the whole pass is linear in the input.
import { isIdentifierOfWords } from "./entropy.js";
import { isMadeOfWords, isPlaceholder, looksRandom, type Tally } from "./values.js";
import { TOKEN_HOST_SRC, TOKEN_PATH_SRC } from "./vendor-paths.js";
import { SAAS_KEY_RULES } from "./saas-key-rules.js";
import { VENDOR_PATTERN_RULES } from "./vendor-rules.js";

interface PatternRule {
  kind: string | ((groups: Record<string, string | undefined>) => string);
  /** Global regex with a named group `secret` (replaced) and optionally `pre` (kept, must precede `secret`). */
  re: RegExp;
  /** Extra check on the secret; when it returns false the match is left alone. */
  accept?: (secret: string, groups: Record<string, string | undefined>) => boolean;
  /**
   * Cheap substring test: the rule is skipped when the text cannot contain a match. A needle led by a character
   * class is tried at every position; led by a literal and looking behind (`-(?<=…)`), it jumps between the literal's
   * occurrences.
   */
  needle?: string | RegExp | ((text: string) => boolean);
}

/** OpenAI-style keys must mix cases and digits: `sk-` also starts ordinary kebab-case words. */
const mixedCaseAndDigits = (s: string) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);
const notPlaceholder = (s: string) => !isPlaceholder(s);
/** A provider prefix on a placeholder (`xoxb-your-token`, `ghp_XXXX…`) documents the format; it is no token. */
const bodyNotPlaceholder = (prefix: RegExp) => (s: string) => notPlaceholder(s.replace(prefix, ""));
/**
 * `postgres:postgres@localhost`, `guest:guest@…`: a default password that repeats the user name, a word that stays
 * in the text anyway. A generated user name is not let through this way.
 */
const notTheUser = (s: string, g: Record<string, string | undefined>) => s !== /([^/:]*):$/.exec(g.pre ?? "")?.[1] || !/^[A-Za-z][A-Za-z0-9_.-]{0,31}$/.test(s) || !isMadeOfWords(s);
/** `token`, `self.headers.token`: a variable or member path where a credential would be. */
/** Authorization schemes whose credential may be any text (a Basic pair, a short bot token). */
const KNOWN_SCHEME_RE = /^(?:bearer|basic|token|digest|bot|apikey|sso-key)[ \t]/i;
/** A vendor scheme's credential: random characters, hex or a UUID, not a word. */
const looksGenerated = (s: string) => looksRandom(s) || /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$|^[0-9a-f]{20,}$/i.test(s);
/** Whether `text` holds `n` lower-case letters and digits in a row: one loop, where a regex tries every position. */
function hasLowerAlnumRun(text: string, n: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? run + 1 : 0;
    if (run >= n) return true;
  }
  return false;
}
const isCodePath = (s: string) => /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(s) && isMadeOfWords(s);

export const PATTERN_RULES: readonly PatternRule[] = [
  // Anthropic before OpenAI: both start with "sk-".
  { kind: "anthropic-key", needle: "sk-ant-", re: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-(?:api|admin|sid|oat|ort)\d{2}-[A-Za-z0-9_-]{20,400})/g, accept: bodyNotPlaceholder(/^sk-ant-\w+-/) },
  {
    kind: "openai-key",
    needle: "sk-",
    re: /(?<![A-Za-z0-9_-])(?<secret>sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,400})(?![A-Za-z0-9_-])/g,
    // DeepSeek and DashScope keys are `sk-` and lower-case hex.
    accept: (s) => mixedCaseAndDigits(s) || /^sk-[0-9a-f]{32,64}$/.test(s),
  },
  { kind: "github-token", needle: /gh[pousr]_|github_pat_/, re: /(?<![A-Za-z0-9_])(?<secret>(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,251})(?![A-Za-z0-9_])/g, accept: bodyNotPlaceholder(/^gh\w_|^github_pat_/) },
  { kind: "gitlab-token", needle: "gl", re: /(?<![A-Za-z0-9_-])(?<secret>(?:glpat|gldt|glrt|glptt|glft|glimt|glagent|glsoat|glcbt)-[A-Za-z0-9_-]{20,200})/g, accept: bodyNotPlaceholder(/^gl[a-z]+-/) },
  { kind: "slack-token", needle: /xox|xapp-/, re: /(?<![A-Za-z0-9_-])(?<secret>xox[abposre]-[A-Za-z0-9-]{10,250}|xapp-\d-[A-Za-z0-9-]{10,250})/g, accept: bodyNotPlaceholder(/^xox.-|^xapp-\d-/) },
  { kind: "slack-webhook", needle: "hooks.slack.com", re: /(?<pre>https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/)(?<secret>[A-Za-z0-9_/-]{16,200})/g },
  { kind: "discord-webhook", needle: "/api/webhooks/", re: /(?<pre>https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/)(?<secret>[A-Za-z0-9_-]{20,200})/g },
  {
    kind: "stripe-key",
    needle: /_live_|_test_|whsec_/,
    re: /(?<![A-Za-z0-9_])(?<secret>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,250}|whsec_[A-Za-z0-9+/=]{20,250})(?![A-Za-z0-9_])/g,
    // `sk_test_xxxxxxxx` in an .env.example is documentation.
    accept: (s) => notPlaceholder(s.replace(/^(?:sk|rk)_(?:live|test)_|^whsec_/, "")),
  },
  { kind: "npm-token", needle: "npm_", re: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g, accept: bodyNotPlaceholder(/^npm_/) },
  { kind: "pypi-token", needle: "pypi-", re: /(?<![A-Za-z0-9_-])(?<secret>pypi-AgE[A-Za-z0-9_-]{50,1000})/g },
  { kind: "gcp-api-key", needle: "AIza", re: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g },
  { kind: "google-oauth", needle: /GOCSPX-|ya29\./, re: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28}|ya29\.[0-9A-Za-z_-]{20,2000})/g },
  { kind: "aws-access-key-id", needle: /A(?:KIA|SIA|BIA|CCA)/, re: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])/g, accept: notPlaceholder },
  { kind: "azure-client-secret", needle: "Q~", re: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g },
  { kind: "huggingface-token", needle: "hf_", re: /(?<![A-Za-z0-9_])(?<secret>hf_[A-Za-z0-9]{34,40})(?![A-Za-z0-9_])/g, accept: bodyNotPlaceholder(/^hf_/) },
  { kind: "sendgrid-key", needle: "SG.", re: /(?<![A-Za-z0-9_])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g },
  // SignalWire project tokens: "PT" and 48 hex digits (the project id beside it is a UUID).
  { kind: "api-token", needle: "PT", re: /(?<![A-Za-z0-9])(?<secret>PT[0-9a-f]{48})(?![A-Za-z0-9])/g },
  { kind: "twilio-key", needle: "SK", re: /(?<![A-Za-z0-9])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9])/g },
  { kind: "mailgun-key", needle: "key-", re: /(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-f]{32}(?:-[0-9a-f]{8}){0,2})(?![A-Za-z0-9])/g },
  // Mailgun's newer keys: 32 hex, then two groups of 8 (a UUID's groups are 8-4-4-4-12).
  { kind: "mailgun-key", needle: /-(?<=[0-9a-f]{32}-)/, re: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9_-])/g },
  // Twilio's auth token as the argument after the account SID: Client('AC…', '<token>').
  { kind: "twilio-key", needle: "AC", re: /(?<pre>(?<![A-Za-z0-9])AC[0-9a-f]{32}["']?[ \t]{0,8},[ \t]{0,8}["']?)(?<secret>[0-9a-f]{32})(?![A-Za-z0-9])/g },
  // Newer provider prefixes; the body must carry a digit so words (`pul-request…`) stay.
  {
    kind: "api-token",
    needle: /sb_secret_|lin_api_|r8_|gsk_|nfp_|NRAK-|bkua_|HRKU-|rubygems_|ATATT3|ntn_|sntr[ysu]s?_|CFPAT-|xai-|sq0(?:csp|atp)-|dp\.(?:st|pt)\.|pscale_|fo1_|lsv2_|phx_|rnd_|pk_live_/,
    re: /(?<![A-Za-z0-9_-])(?<secret>(?:sb_secret_|lin_api_|r8_|gsk_|nfp_|NRAK-|bkua_|HRKU-|rubygems_|ATATT3|ntn_|sntrys_|sntryu_|CFPAT-|xai-|sq0csp-|sq0atp-|dp\.st\.|dp\.pt\.|pscale_(?:pw|tkn|oauth)_|fo1_|lsv2_(?:pt|sk)_|phx_|rnd_)[A-Za-z0-9_=.+/-]{16,600})/g,
    accept: (s) => /\d/.test(s) && notPlaceholder(s),
  },
  // Omise's secret keys (`skey_test_…`, live `skey_…`); its public keys are `pkey_`.
  { kind: "api-token", needle: "skey_", re: /(?<![A-Za-z0-9_])(?<secret>skey_(?:test_)?[a-z0-9]{16,32})(?![A-Za-z0-9_])/g, accept: (s) => /\d/.test(s) && /[a-z]/.test(s.replace(/^skey_(?:test_)?/, "")) },
  // Flutterwave's secret keys (`FLWSECK-<32 hex>-X`, test `FLWSECK_TEST-…`); its public keys are `FLWPUBK-`.
  { kind: "api-token", needle: "FLWSECK", re: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-[0-9a-f]{32}-X)(?![A-Za-z0-9_])/g },
  { kind: "digitalocean-token", needle: "_v1_", re: /(?<![A-Za-z0-9_])(?<secret>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9])/g },
  { kind: "shopify-token", needle: "shp", re: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32})(?![A-Za-z0-9])/g },
  // WooCommerce REST keys: consumer key `ck_` and consumer secret `cs_`, each 40 hex (Stripe's `cs_live_` ids are not hex).
  { kind: "api-token", needle: /c[ks]_/, re: /(?<![A-Za-z0-9_])(?<secret>c[ks]_[0-9a-f]{40})(?![A-Za-z0-9_])/g },
  // Asana personal access tokens: `1/` or `2/`, the user's and the app's numeric ids, then 32 hex.
  { kind: "api-token", needle: /[12]\/\d/, re: /(?<![\w/.-])(?<secret>[12]\/\d{10,20}\/\d{10,20}:[0-9a-f]{32})(?![A-Za-z0-9])/g },
  { kind: "docker-token", needle: "dckr_", re: /(?<![A-Za-z0-9_])(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,100})/g, accept: bodyNotPlaceholder(/^dckr_\w{3}_/) },
  { kind: "vault-token", needle: /hv[sbr]\./, re: /(?<![A-Za-z0-9_.-])(?<secret>hv[sbr]\.[A-Za-z0-9_-]{24,250})/g },
  // Vault's legacy service, batch and recovery tokens: s./b./r. and 24 characters mixing cases and digits.
  { kind: "vault-token", needle: /[sbr]\./, re: /(?<![A-Za-z0-9_.\/-])(?<secret>[sbr]\.[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])/g, accept: (s) => mixedCaseAndDigits(s.slice(2)) && !isIdentifierOfWords(s.slice(2)) },
  { kind: "nuget-key", needle: "oy2", re: /(?<![A-Za-z0-9_])(?<secret>oy2[a-z0-9]{43})(?![A-Za-z0-9_])/g },
  { kind: "databricks-token", needle: "dapi", re: /(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9])/g },
  { kind: "grafana-token", needle: /gl(?:sa|c)_/, re: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})/g },
  { kind: "telegram-bot-token", needle: ":AA", re: /(?<![A-Za-z0-9_:])(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33,40})(?![A-Za-z0-9_-])/g },
  { kind: "alibaba-access-key-id", needle: "LTAI", re: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,24})(?![A-Za-z0-9])/g },
  { kind: "tailscale-key", needle: "tskey-", re: /(?<![A-Za-z0-9_-])(?<secret>tskey-[a-z]{3,10}-[A-Za-z0-9]{6,40}-[A-Za-z0-9]{16,80})/g },
  { kind: "fly-token", needle: "FlyV1", re: /(?<secret>FlyV1 fm\d_[A-Za-z0-9_+/=,-]{20,4096})/g },
  // Azure DevOps personal access tokens: 52 lower-case letters and digits (base32 in older ones); not hex, and
  // not an IPFS CID (`bafy…`).
  {
    kind: "azure-devops-token",
    needle: (text) => hasLowerAlnumRun(text, 52),
    re: /(?<![A-Za-z0-9])(?<secret>[a-z0-9]{52})(?![A-Za-z0-9])/g,
    accept: (s) => (s.match(/[0-9]/g) ?? []).length >= 4 && (s.match(/[a-z]/g) ?? []).length >= 20 && !/^[0-9a-f]+$/.test(s) && !s.startsWith("baf"),
  },
  // SDK and mobile keys that are a UUID after a short prefix (LaunchDarkly `sdk-…`, `mob-…`).
  { kind: "api-token", needle: /(?:sdk|mob)-/, re: /(?<![A-Za-z0-9_-])(?<secret>(?:sdk|mob)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/g },
  // Firebase Cloud Messaging legacy server keys: `AAAA` and a short id, a colon, then the key proper (which the
  // key-body pass may have taken already: then the id before it goes).
  { kind: "api-token", needle: "AAAA", re: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7,16}(?::[A-Za-z0-9_-]{100,400}|(?=:\[REDACTED:)))/g },
  // A key as the whole user part of a URL (Sentry DSNs: https://<key>@o1.ingest.sentry.io/2).
  // Uptrace and other DSNs carry shorter tokens there (22 characters): random ones count from 16.
  { kind: "url-token", needle: /:\/\/[\w-]{16,256}@/, re: /(?<pre>[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/)(?<secret>[0-9a-f]{32,64}|[A-Za-z0-9_-]{16,256})(?=@[A-Za-z0-9.-]{1,256})/g, accept: (s) => (s.length >= 24 ? /^[0-9a-f]+$/.test(s) || looksRandom(s) : looksRandom(s) && /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s)) },
  {
    kind: "jwt",
    needle: "eyJ",
    re: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,8192}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,8192})(?![A-Za-z0-9_-])/g,
  },
  // Oracle EZConnect and sqlplus: user/password@//host or user/password@host:port — keep the user and the host.
  {
    kind: "url-password",
    needle: /@(?:\/\/[A-Za-z0-9.-]|[A-Za-z0-9.-]{1,253}:\d)/,
    re: /(?<pre>(?<![\w$#/.-])[A-Za-z][\w$#]{0,29}\/)(?<secret>[^\s/@"'`<>]{1,128})(?=@(?:\/\/[A-Za-z0-9.-]{1,253}|[A-Za-z0-9.-]{1,253}:\d{2,5}[/:]))/g,
    accept: notPlaceholder,
  },
  // A hex private key (Ethereum and other secp256k1 wallets) where accounts, wallets or signers are configured.
  {
    kind: "private-key",
    needle: "0x",
    re: /(?<pre>(?<![A-Za-z0-9_])(?:accounts|private_?key|privateKey|PRIVATE_KEY|wallet|signer|deployer|mnemonic)["']?[ \t]{0,8}[:=(][^\n]{0,40}?0x)(?<secret>[0-9a-fA-F]{64})(?![0-9a-fA-F])/g,
  },
  // Scheme-less user:password@host, as in Go's MySQL DSN ("app:pw@tcp(db:3306)/x") or "user:pw@db.internal:5432/x".
  // Starts only at a word start, so a run of identifier characters is tried once.
  {
    kind: "url-password",
    needle: /@(?:(?:tcp|udp|unix)\(|[A-Za-z0-9.-]{1,600}:\d)/,
    re: /(?<pre>(?<![\w$.:/@%+[-])[A-Za-z_][\w.-]{0,63}:)(?<secret>[^\s:@/"'`<>[\]]{1,128})(?=@(?<host>(?:tcp|udp|unix)\(|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}:\d{2,5}(?![\w.])))/g,
    // Behind a host:port (not a Go network), a password has a character that is not a letter ("mailto:ann@…"); a
    // two-letter one ("app:pw@…") is an example.
    accept: (s, g) => s.length >= 4 && notPlaceholder(s) && notTheUser(s, g) && (g.host!.endsWith("(") || /[^A-Za-z]/.test(s)),
  },
  // scheme://user:password@host — keep the user and the host.
  {
    kind: "url-password",
    needle: /:\/\/[^\s:@/?#"'`<>[\]]{0,256}:[^\s/?"'`<>]{1,256}@/,
    // A `+` may precede the scheme only as a diff marker at a line start ("git+ssh" is one scheme).
    re: /(?<![A-Za-z0-9.-])(?<![^\n]\+)(?<pre>[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/[^\s:@/?#"'`<>[\]]{0,256}:)(?<secret>[^\s/?"'`<>]{1,256})(?=@[^\s@/?#"'`<>]{1,256})/g,
    accept: (s, g) => notPlaceholder(s) && notTheUser(s, g),
  },
  // Authorization: <scheme> <credentials>, as a header line, a curl -H argument or a headers object entry.
  {
    kind: (g) => (/^basic/i.test(g.scheme ?? "") ? "basic-auth" : "bearer-token"),
    needle: /authorization/i,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:proxy-)?authorization["']?[ \t]{0,8}[:=][ \t]{0,8}["'`]?[ \t]{0,8}(?<scheme>[A-Za-z][\w-]{1,31}[ \t]{1,8})?)(?<secret>[^\s"'`,;<>(){}[\]$]{8,4096})(?![(\[])/gi,
    // Without a known scheme the value must look generated: `authorization = self.headers.get(...)` is code, while
    // vendors name their own schemes (`Splunk <uuid>`, `GenieKey <uuid>`, `SSWS <token>`, `Api-Token <token>`).
    // Digest's credentials are a parameter list (`username="alice", …`): its response is cut by the rule below.
    accept: (secret, groups) => notPlaceholder(secret) && !isCodePath(secret) && !/^digest[ \t]/i.test(groups.scheme ?? "") && (KNOWN_SCHEME_RE.test(groups.scheme ?? "") || looksGenerated(secret)),
  },
  // HTTP and SIP Digest: `response="<hex>"` hashes the password with the nonce and replays within it; the username,
  // realm, nonce and uri are public parameters and stay.
  {
    kind: "secret",
    needle: /digest/i,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:proxy-)?authorization["']?[ \t]{0,8}[:=][ \t]{0,8}["'`]?[ \t]{0,8}digest[ \t][^\n]{0,2048}?(?<![\w-])response[ \t]*=[ \t]*"?)(?<secret>[0-9a-fA-F]{32,128})(?![0-9a-zA-Z])/gi,
  },
  // A bare "Bearer <token>" elsewhere: only when the token looks generated, so prose stays intact.
  { kind: "bearer-token", needle: /bearer/i, re: /(?<pre>(?<![A-Za-z0-9_-])bearer[ \t]{1,8})(?<secret>[A-Za-z0-9._~+/-]{16,4096}=*)/gi, accept: looksRandom },
  // Azure storage / service bus connection strings and SAS signatures.
  {
    kind: "azure-key",
    needle: /Shared|AccountKey/,
    re: /(?<pre>(?<![A-Za-z0-9])(?:AccountKey|SharedAccessKey|SharedSecret|SharedAccessSignature)=)(?<secret>[^;"'\s]{8,2048})/g,
    accept: notPlaceholder,
  },
  // Signed URLs (S3, GCS, CloudFront) and keys in a query that the named-value pass leaves (hex and UUID values,
  // which under a plain "key" could be digests): the signature or key is the credential.
  {
    kind: "url-token",
    needle: /[?&]/,
    re: /(?<pre>[?&](?:X-Amz-Signature|X-Amz-Security-Token|X-Goog-Signature|Signature|signature|appid|key)=)(?<secret>[^&\s"'`<>#]{16,4096})/gi,
    // Percent-encoded values (a session token) count when random once decoded: "value%23still-query" is words.
    accept: (s) => notPlaceholder(s) && !s.includes("[REDACTED") && (/^[0-9a-f-]+$/i.test(s) || looksRandom(s.replace(/%[0-9A-F]{2}/gi, ""))),
  },
  // Webhook URLs whose path is the credential: Feishu/Lark `/bot/v2/hook/…`, Teams `webhookb2/…`, Mattermost and
  // Rocket.Chat `/hooks/…`, Zapier `/hooks/catch/…`, IFTTT `/with/key/…`. Everything after the hook segment goes.
  {
    kind: "webhook",
    needle: /hook|\/key\//i,
    re: /(?<pre>https?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/(?:[^\s?#"'`<>]{0,200}\/)?(?:hooks?|webhooks?|webhookb2|catch|key)\/)(?<secret>[A-Za-z0-9_@/-]{16,1024})/gi,
    accept: (s) => s.split("/").some((seg) => seg.length >= 16 && /[a-z]/i.test(seg) && (/^[0-9a-f@-]+$/i.test(seg) || looksRandom(seg))),
  },
  // EasyPost API keys: EZAK (production) or EZTK (test) then lower-case hex; a capital after the prefix is a word.
  { kind: "api-token", needle: /EZ[AT]K/, re: /(?<![A-Za-z0-9_-])(?<secret>EZ[AT]K[0-9a-f]{32,64})(?![A-Za-z0-9_-])/g },
  // A secret key's first characters quoted with an ellipsis in chat ("sk.8o9PGzhuL7…", "ghp_x7Qk2m..."): a piece of
  // the key, which the whole key's cut elsewhere does not cover. Secret prefixes only (a publishable pk_ is public).
  {
    kind: "api-token",
    needle: /…|\.\.\./,
    re: /(?<![A-Za-z0-9_.-])(?<secret>(?:sk|rk|sk_live|rk_live|sk_test|ghp|gho|ghs|ghu|github_pat|glpat|xox[abpr]|npm|hf|pypi)[._-][A-Za-z0-9_-]{6,64})(?=…|\.\.\.)/g,
    accept: (s) => /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s),
  },
  // Dynatrace API tokens (dt0c01.<public id>.<secret>): a fixed shape, no name needed.
  { kind: "api-token", needle: "dt0", re: /(?<![A-Za-z0-9_-])(?<secret>dt0[a-z]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9])/g },
  // Ingest and ping URLs whose path segment is the key (vendor-paths.ts).
  {
    kind: "url-token",
    needle: /:\/\//,
    re: new RegExp(String.raw`(?<pre>https?:\/\/(?:[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/(?:[^\s?#"'\x60<>]{0,200}\/)?${TOKEN_PATH_SRC}|(?:[\w-]{1,63}\.)?${TOKEN_HOST_SRC}(?::\d{1,5})?)\/)(?<secret>[A-Za-z0-9_=-]{16,1024})`, "g"),
    accept: (s) => !isPlaceholder(s) && (looksGenerated(s) || /^[0-9a-f-]{16,}$/i.test(s)),
  },
  { kind: "azure-sas", needle: "sig=", re: /(?<pre>[?&]sig=)(?<secret>[A-Za-z0-9%+/=]{16,512})/g },
  // A service-account key's id travels with the key; alone it still names which key leaked, so it goes too.
  { kind: "private-key", needle: "private_key_id", re: /(?<pre>"private_key_id"[ \t]*:[ \t]*")(?<secret>[0-9a-f]{40})(?=")/g },
  // .netrc / _netrc: machine <host> login <user> password <password>.
  {
    kind: "password",
    needle: "machine",
    re: /(?<pre>(?<![A-Za-z0-9_-])machine[ \t]+\S{1,256}(?:(?:\s|(?<=\n)[+\- ]){1,16}login[ \t]+\S{1,256})?(?:\s|(?<=\n)[+\- ]){1,16}password[ \t]+)(?<secret>[^\s"'`]{1,256})/g,
    accept: notPlaceholder,
  },
  // Before curl's `-u user:password`: Freshdesk's `-u <key>:X` is a key, not a user.
  ...SAAS_KEY_RULES,
  // curl -u user:password / --user=user:password, jenkins-cli -auth user:token; not a user holding a
  // marker, whose own colon would read as user:password on a second pass. A user that is one whole marker (cut
  // earlier) is read whole, so the password after it goes too.
  {
    kind: "password",
    needle: /-u|--user|-auth/,
    re: /(?<pre>(?<![A-Za-z0-9_-])(?:-u|--user|-auth)(?:[ \t]{1,8}|=)["']?(?:\[REDACTED:[\w-]{1,40}\]|(?:(?!\[REDACTED:)[^\s:"'@$]){1,128}):)(?<secret>[^\s"']{1,256})/g,
    accept: notPlaceholder,
  },
  ...VENDOR_PATTERN_RULES,
];

function hasNeedle(text: string, needle: PatternRule["needle"]): boolean {
  if (needle === undefined) return true;
  if (typeof needle === "function") return needle(text);
  return typeof needle === "string" ? text.includes(needle) : needle.test(text);
}

export function redactPatterns(text: string, tally: Tally): string {
  for (const rule of PATTERN_RULES) {
    if (!hasNeedle(text, rule.needle)) continue;
    text = text.replace(rule.re, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      const secret = groups.secret ?? "";
      if (rule.accept && !rule.accept(secret, groups)) return match;
      const kind = typeof rule.kind === "function" ? rule.kind(groups) : rule.kind;
      return `${groups.pre ?? ""}${tally.add(kind, match.slice((groups.pre ?? "").length))}`;
    });
  }
  return text;
}
