// Word lists for proven.ts and publishable.ts: constants that prove a value public.

/**
 * Tokens printed in specifications as examples, copied into docs and tests everywhere: RFC 6749 (OAuth 2.0: access
 * and refresh token, authorization code, client id and secret, the client's Basic credential and its password),
 * RFC 6750 (bearer token), RFC 7617 (Basic "Aladdin:open sesame"), RFC 7636 (PKCE verifier and challenge) and
 * jwt.io's sample token (signed with "your-256-bit-secret"). Public constants: keeping them leaks nothing.
 */
export const DOCUMENTED_TOKENS = [
  "2YotnFZFEjr1zCsicMWpAA",
  "tGzv3JOkF0XG5Qx2TlKWIA",
  "SplxlOBeZQQYbYS6WxSbIA",
  "s6BhdRkqt3",
  "7Fjfp0ZBr1KtDRbnfVdmIw",
  "gX1fBat3bV",
  "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
  "mF_9.B5f-4.1JqM",
  "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
  "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
  "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
];

/** Browser SDK script URLs (up to their query) and the query parameter that carries their public key. */
export const BROWSER_SDK_KEYS: [string, string][] = [
  ["paypal.com/sdk/js?", "client-id"],
  ["webapi.amap.com/maps?", "key"],
];

/**
 * Magic numbers of documents and images (PDF, PNG, GIF, JPEG), as hex: base64 that decodes to one is a file fixture.
 * Archives and compressed streams are not here: a gzipped .env is still a secret.
 */
export const DOCUMENT_MAGIC_HEX = ["255044462d", "89504e470d0a1a0a", "474946383761", "474946383961", "ffd8ffe0", "ffd8ffe1", "ffd8ffdb"];

/** Keys of a Firebase app config besides `apiKey` (web `firebaseConfig`, Flutter `FirebaseOptions`). */
export const FIREBASE_CONFIG_KEYS = ["authDomain", "projectId", "storageBucket", "messagingSenderId", "appId", "measurementId", "databaseURL"];

/**
 * SSH public key algorithms (RFC 4253 §6.6 and OpenSSH's extensions): a blob that starts with one of these names,
 * length-prefixed, is a public key or certificate. Private keys are never encoded that way (OpenSSH's open with
 * "openssh-key-v1", PuTTY's private blob with the private numbers).
 */
export const SSH_PUBLIC_KEY_TYPES = [
  "ssh-ed25519", "ssh-rsa", "ssh-dss", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com", "ssh-ed25519-cert-v01@openssh.com",
  "ssh-rsa-cert-v01@openssh.com", "ecdsa-sha2-nistp256-cert-v01@openssh.com", "ecdsa-sha2-nistp384-cert-v01@openssh.com",
  "ecdsa-sha2-nistp521-cert-v01@openssh.com", "sk-ssh-ed25519-cert-v01@openssh.com",
];

/** Last words of a name that holds an algorithm's name: `algorithm`, `hash_algorithm`, `alg`, `kdf`, `cipher`. */
export const ALGORITHM_NAME_WORDS = ["algorithm", "algo", "alg", "kdf", "hasher", "cipher", "digest"];

/** Names of password hashes, KDFs, digests, ciphers and JOSE algorithms, lower case: settings, not secrets. */
export const ALGORITHM_NAMES = [
  "argon2id", "argon2i", "argon2d", "argon2", "bcrypt", "scrypt", "yescrypt", "pbkdf2", "pbkdf2-sha256", "pbkdf2_sha256",
  "pbkdf2-sha512", "pbkdf2_sha512", "md5", "sha1", "sha-1", "sha224", "sha256", "sha-256", "sha384", "sha-384", "sha512",
  "sha-512", "sha3-256", "sha3-512", "blake2b", "blake2s", "blake3", "hmac-sha256", "hmac-sha512", "hmacsha256",
  "hmacsha512", "hs256", "hs384", "hs512", "rs256", "rs384", "rs512", "es256", "es384", "es512", "ps256", "ps384",
  "ps512", "eddsa", "ed25519", "rsa-oaep", "rsa-oaep-256", "a128gcm", "a256gcm", "aes-128-gcm", "aes-256-gcm",
  "aes-256-cbc", "aes-128-cbc", "aes256", "aes-256", "aes256-gcm", "chacha20-poly1305", "xchacha20-poly1305",
];

/**
 * Key ids of systemd's encrypted credentials (src/shared/creds-util.h), as hex of their 16 bytes: the host key, the
 * TPM2, both, with a TPM2 public key, and their per-user ("scoped") forms. Not the null key's id: a credential
 * "encrypted" with it is readable by anyone.
 */
export const SYSTEMD_CREDENTIAL_KEY_IDS = [
  "5a1c6a86df9d4096b1d5a65e0862f19a",
  "55b9ed1d38594d43a8319d2ebb332ac6",
  "0c7cc07b117645919c4b0bea08bc20fe",
  "faf7eb9341e3412ca1a436f95a29362f",
  "93a894094874449090caf2fc93cab553",
  "ef4ac13679a9480ea7db68897f9f165d",
  "af4950a849134eb1a73846304ff30c05",
  "adbc4ca3efb64201ba881b6f2e4095ea",
];

/**
 * Public-key algorithms of an X.509 SubjectPublicKeyInfo, as hex of their OID's content bytes: rsaEncryption,
 * RSASSA-PSS, id-ecPublicKey, DSA, Diffie-Hellman, X25519, X448, Ed25519, Ed448 and SM2 (GB/T 35276).
 */
export const PUBLIC_KEY_ALGORITHM_OIDS = [
  "2a864886f70d010101", "2a864886f70d01010a", "2a8648ce3d0201", "2a8648ce380401", "2a864886f70d010301", "2b656e", "2b656f",
  "2b6570", "2b6571", "2a811ccf5501822d",
];

/** Key sizes, in bytes, of the algorithms whose SubjectPublicKeyInfo holds the raw key: X25519, X448, Ed25519, Ed448. */
export const RAW_PUBLIC_KEY_BYTES: Record<string, number> = { "2b656e": 32, "2b656f": 56, "2b6570": 32, "2b6571": 57 };

/** Words that name an Algolia key that is not search-only: it is kept under none of them (algolia-keys.ts). */
export const ALGOLIA_UNSAFE_WORDS = ["admin", "write", "master", "secret", "private"];

/**
 * The words a name for Algolia's search-only key is made of, besides `search` and `key`: Algolia's own, its documented
 * `search-only API key`, and the public-variable prefixes of front-end frameworks (`NEXT_PUBLIC_`, `VITE_`,
 * `REACT_APP_`, `GATSBY_`, `NUXT_PUBLIC_`, `EXPO_PUBLIC_`, `VUE_APP_`). Any other word may name another key or vendor
 * (`BING_SEARCH_V7_SUBSCRIPTION_KEY`, `SEARCH_INDEXING_KEY`, `SEARCH_SERVER_KEY`).
 */
export const ALGOLIA_SEARCH_NAME_WORDS = ["algolia", "search", "key", "api", "only", "public", "next", "vite", "react", "app", "gatsby", "nuxt", "expo", "vue"];

/** Names that place a search key in Algolia's hands: its own, InstantSearch's and DocSearch's. */
export const ALGOLIA_CONTEXT_WORDS = ["algolia", "instantsearch", "docsearch"];
