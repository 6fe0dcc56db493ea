// What a name says about the value assigned to it: a password, a secret, a "key" that is only suspicious when its
// value looks generated, or nothing. Shared by every detector that reads names (assignments, commands, calls).
import { words } from "./values.js";
import { isVendorKeyOwner, isVendorSecretName, isVendorWeakName } from "./vendor-names.js";

export type Category = "password" | "secret" | "weak" | "uuid-secret";

/** Includes config directives that hold a password (redis `requirepass`, `masterauth`). */
/** Java keystores' `storepass` / `keypass` (keystore.storepass in Mirth's and Tomcat's properties) too. */
const PASSWORD_WORDS = new Set(["password", "passwd", "passphrase", "passcode", "mnemonic", "requirepass", "masterauth", "authpass", "storepass", "keypass"]);
/** Short forms that also mean other things (PASS/FAIL, PWD = working directory): values made of words stay. */
const SHORT_PASSWORD_WORDS = new Set(["pass", "pwd", "pw", "pswd", "psw", "pword"]);
/**
 * A short form glued to what it guards (DBPASS, ROOTPW, SMTPPASS); a closed list, so "bypass" and "compass" stay.
 * Kamailio's kamctlrc (DBRWPW, DBROPW, DBROOTPW) and FreePBX's amportal.conf (AMPDBPASS, AMPMGRPASS) glue theirs too.
 */
const GLUED_SHORT_PASSWORD_RE = /^(?:db|dba|root|admin|user|mysql|pg|smtp|mail|ftp|ldap|redis|sql|bind|app|svc|sys|dbrw|dbro|dbroot|ampdb|ampmgr)(?:pass|pwd|pw)$/;
/**
 * Config files glue their names into one lower-case word. A short password word ending it (phpMyAdmin's `controlpass`)
 * names a password, whose values made of words stay (see hasOnlyShortPasswordWord); English words ending in "pass"
 * (bypass, compass) do not. A secret word inside it (Murmur's `icesecretwrite`, Nextcloud's `passwordsalt`) makes the
 * name "weak": only a generated value counts, and "secretary" is no such name.
 */
const GLUED_PASS_RE = /^[a-z]{2,16}(?:pass|pwd)$/;
const GLUED_SECRET_RE = /^[a-z]{0,16}(?:secret|password|passwd)(?!ar|s$)[a-z]{2,16}$/;
const ENGLISH_PASS_WORDS = new Set(["bypass", "compass", "encompass", "surpass", "overpass", "underpass", "trespass", "repass", "subpass", "renderpass", "multipass", "onepass", "twopass", "flypass"]);
/** A password name written as two words: pass_phrase (OCI), pass-word, pass_code. */
const SPLIT_PASSWORD_RE = /(?:^|_)pass_(?:phrase|word|code)(?:_|$)/;
const SECRET_WORDS = new Set([
  "secret", "token", "credential", "credentials", "creds", "apikey", "secretkey", "accesskey", "privatekey", "pat", "authtok",
  // A pepper is the secret half of password hashing (Devise's `config.pepper`); a salt is stored with each hash.
  "pepper",
]);
/**
 * Trailing words that number the pieces of a split secret (KEY_A / KEY_B, TOKEN_PART2, KEY_HEAD / KEY_TAIL): the
 * name is the rest.
 */
const PIECE_RE = /^(?:[a-z]|\d{1,2}|part\d{0,2}|half|pt\d|head|tail)$/;
/** Piece words that only a split value's parts carry: a digest or an id is never cut into halves or parts. */
const EXPLICIT_PIECE_RE = /^(?:part\d{0,2}|half|head|tail)$/;

/** KEY_PART_A, TOKEN_HALF2, A_KEY_TAIL: the name says its value is a piece of a split secret. */
export function namesPiece(name: string): boolean {
  const ws = words(name);
  for (let i = ws.length - 1; i > 0 && PIECE_RE.test(ws[i]!); i--) if (EXPLICIT_PIECE_RE.test(ws[i]!)) return true;
  return false;
}
/** A name with one of these words holds a digest or an identifier, not a secret, when its value is hex or a UUID. */
export const DIGEST_WORDS = new Set([
  "hash", "cache", "bust", "build", "commit", "revision", "rev", "sha", "sha1", "sha256", "etag", "checksum", "digest",
  "fingerprint", "content", "file", "version", "idempotency", "integrity", "lock", "request", "correlation", "trace",
]);
/** "<word> key" that is not a secret: a cache key, an idempotency key, a public key, an encoded fixture. */
export const NON_SECRET_KEY_QUALIFIERS = new Set([
  "cache", "idempotency", "public", "sort", "partition", "primary", "foreign", "lookup", "dedup", "dedupe", "encoded",
  "object", "map", "i18n", "translation", "row", "composite", "unique", "index", "hash", "group", "route", "react",
  // A captcha site key is served in every page with the widget; its secret key is "secret key".
  "site", "sitekey",
]);
/** Words that make "<word> key" a secret ("api key", "signing key"), as opposed to "cache key" or "sort key". */
const SECRET_KEY_QUALIFIERS = new Set([
  "sdk",
  "api",
  "server",
  "partner",
  "merchant",
  "webhook",
  "bot",
  "write",
  "access",
  "private",
  "secret",
  "signing",
  "encryption",
  "master",
  "account",
  "shared",
  "client",
  "app",
  "license",
  "subscription",
  "auth",
  "session",
  "hmac",
  "jwt",
  "ssh",
  "deploy",
  "admin",
  "root",
  "service",
  // PagerDuty's Events API: the routing (integration) key is the credential; a message broker's routing key is words.
  "routing",
  "integration",
  // Steam's Web API publisher key (partner.steam-api.com) reads every player's data and sets scores.
  "publisher",
  // Symmetric ciphers' keys (SM4_KEY_HEX, AES_KEY, DES_KEY): the key that encrypts or decrypts the messages.
  "sm4", "aes", "des", "3des", "tdes", "rc4", "blowfish", "chacha20", "cipher", "crypt", "crypto",
  // IoT: a device's symmetric key (Azure IoT, ESP NVS `device_key`) and a mesh's network key (Zigbee, Thread).
  "device",
  "network",
]);
/** Qualifiers that, written after "key" (KEY_ADMIN), still name a key that can change data. */
const TRAILING_KEY_QUALIFIERS = new Set(["admin", "write", "master"]);
/** A name ending in one of these describes a secret (its name, file, URL, length…) rather than holding one. */
const NON_SECRET_SUFFIXES = new Set([
  "name", "names", "type", "types", "file", "files", "path", "paths", "dir", "directory", "url", "uri", "urls",
  "endpoint", "host", "hostname", "id", "ids", "length", "len", "size", "count", "min", "max", "ttl", "expiry",
  "expires", "expiration", "expired", "timeout", "at", "version", "arn", "ref", "header", "headers", "prefix",
  "suffix", "field", "fields", "env", "var", "label", "placeholder", "hint", "regex", "pattern", "policy", "rule",
  "rules", "required", "enabled", "disabled", "visible", "input", "error", "errors", "message", "msg", "text",
  "title", "description", "format", "provider", "source", "store", "manager", "generator", "validator", "schema",
  "kind", "mode", "strategy", "location", "index", "idx", "param", "params", "option", "options", "handler",
  "callback", "fn", "func", "method", "class", "component", "module", "reset", "changed", "updated", "created",
  "limit", "limits", "usage", "used", "budget", "encoding", "encryption", "hashing", "algorithm", "alg", "column", "status", "flag",
  "exists", "valid", "invalid", "strength", "icon", "button", "link", "page", "view", "route", "form", "dialog",
  "modal", "variable", "variables", "test", "tests", "spec", "mock", "fixture", "example", "sample", "template", "keys",
  // Settings about passwords rather than holding one: MediaWiki's `$wgPasswordSender` (an address), Gitea's
  // PASSWORD_COMPLEXITY (character classes), lockout and history policies.
  "sender", "complexity", "history", "attempts", "retries", "lifetime",
]);
/** Unquoted values that are types or language keywords, never literals. */
export const CODE_WORDS = new Set([
  "string", "str", "number", "int", "integer", "float", "double", "bool", "boolean", "bytes", "any", "unknown",
  "never", "object", "void", "null", "nil", "none", "undefined", "true", "false", "yes", "no", "on", "off",
  "required", "optional", "secret", "secretstr", "password", "token", "new", "await", "function", "lambda",
  "self", "this", "char", "text", "varchar", "blob", "uuid",
]);

/** Names repeat (a config's keys, a log's fields, `key=key=…`): each is categorized once; bounded, cleared when full. */
const known = new Map<string, Category | null>();
const KNOWN_MAX = 4096;
const KNOWN_NAME_MAX = 128;

export function categorize(name: string): Category | null {
  if (name.length > KNOWN_NAME_MAX) return categorizeWords(name);
  const hit = known.get(name);
  if (hit !== undefined) return hit;
  if (known.size >= KNOWN_MAX) known.clear();
  const category = categorizeWords(name);
  known.set(name, category);
  return category;
}

function categorizeWords(name: string): Category | null {
  if (name === "_auth" || name === "_authToken") return "secret";
  const ws = words(name);
  while (ws.length > 1 && PIECE_RE.test(ws[ws.length - 1]!)) ws.pop();
  const lastWord = ws[ws.length - 1];
  // Vault AppRole's secret_id is the credential itself (a UUID); other "<secret> id" names identify a key.
  if (ws.length === 2 && ws[0] === "secret" && lastWord === "id") return "uuid-secret";
  // Names that end like a description ("token_name") but hold a generated credential when a vendor chose them.
  if (isVendorWeakName(ws)) return "weak";
  if (lastWord === undefined || NON_SECRET_SUFFIXES.has(lastWord)) return null;
  if (ws.some((w) => PASSWORD_WORDS.has(w) || /(?:password|passwd|passphrase)$/.test(w)) || SPLIT_PASSWORD_RE.test(ws.join("_"))) return "password";
  // Only as the last word (DB_PASS, MYSQL_PWD): "pass_through", "--pass-arg" are not passwords. PWD alone is
  // the working directory.
  if ((SHORT_PASSWORD_WORDS.has(lastWord) || GLUED_SHORT_PASSWORD_RE.test(lastWord)) && !(ws.length === 1 && lastWord === "pwd")) return "password";
  if (GLUED_PASS_RE.test(lastWord) && !ENGLISH_PASS_WORDS.has(lastWord)) return "password";
  // Yarn's npmAuthIdent holds "user:password".
  if (lastWord === "ident" && ws.includes("auth")) return "password";
  // A pre-shared key (wpa_supplicant's `psk=`, hostapd's `wpa_psk=`, IPsec's `ipsec_psk`) is a password; only as the
  // last word: `psk_identity` names whose key it is.
  if (lastWord === "psk") return "password";
  // PWD_ADMIN: "pwd" leading a longer name is a password too (PWD alone is the working directory).
  if (ws.length > 1 && ws[0] === "pwd") return "password";
  if (ws.some((w) => SECRET_WORDS.has(w) || /(?:secret|token|apikey)$/.test(w))) return "secret";
  if (isVendorSecretName(ws)) return "secret";
  // Rails' key bases (secret_key_base, db_key_base, otp_key_base in gitlab-secrets.json) derive every other key.
  if (lastWord === "base" && ws[ws.length - 2] === "key") return "secret";
  for (let i = 1; i < ws.length; i++) if (ws[i] === "key" && SECRET_KEY_QUALIFIERS.has(ws[i - 1]!)) return "secret";
  if (lastWord === "key" && isVendorKeyOwner(ws)) return "secret";
  if (ws.some((w) => NON_SECRET_KEY_QUALIFIERS.has(w))) return null;
  // The qualifier written after the key (ALGOLIA_SEARCH_KEY_ADMIN, `key.write`) names the same admin or write key;
  // "weak" because `key_admin` may also name whoever administers keys, whose value is a name or an ARN.
  if (TRAILING_KEY_QUALIFIERS.has(lastWord) && ws[ws.length - 2] === "key") return "weak";
  // A "login" holding a generated value is a token (sonar.login=<40 hex>); a word or an e-mail stays.
  // An "account" holding a generated value is a key id (rclone's B2 `account = 005…`).
  // A "salt" holding a generated value is a framework secret (WordPress's AUTH_SALT); hex under it is a digest's salt.
  // A "pin" holding a generated value is an HSM or smart-card PIN (PKCS#11 `pin = …`); a GPIO pin is a number.
  if (lastWord === "key" || lastWord === "auth" || lastWord === "login" || lastWord === "account" || lastWord === "salt" || lastWord === "pin") return "weak";
  if (GLUED_SECRET_RE.test(lastWord)) return "weak";
  return null;
}

/** DB_PASS, MYSQL_PWD: the name says "password" only through a short form. */
export function hasOnlyShortPasswordWord(name: string): boolean {
  return !words(name).some((w) => /(?:password|passwd|passphrase|passcode|mnemonic|requirepass|masterauth)$/.test(w)) && !SPLIT_PASSWORD_RE.test(words(name).join("_"));
}
