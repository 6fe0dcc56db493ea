// Word lists for public-values.ts: identifiers and encodings that look generated but are public or encrypted.

/**
 * Stripe object-id prefixes: events, payment intents, customers, charges… Ids, not keys (keys are `sk_`, `rk_`,
 * `whsec_`). Left out on purpose: `re_` (Resend API keys share it), `tok_` and `src_` (single-use payment tokens).
 */
export const STRIPE_OBJECT_PREFIXES = [
  "acct", "ba", "card", "ch", "cn", "cus", "dp", "du", "evt", "fee", "ii", "il", "in", "iauth", "ic", "ipi", "pi", "pm",
  "po", "price", "prod", "promo", "py", "pyr", "qt", "seti", "si", "sub", "sub_sched", "tr", "txn", "plink", "sku",
];

/**
 * Extensions of data and media files: a path ending in one names an object or a file (an S3 key such as
 * `tmp/<run id>/part-00000.parquet`), whatever ids its directories hold. Key and credential file extensions
 * (`.pem`, `.key`, `.env`, `.p12`) are not here.
 */
export const DATA_FILE_EXTENSIONS = [
  "parquet", "avro", "orc", "csv", "tsv", "jsonl", "ndjson", "xml", "gz", "bz2", "xz", "zst", "zip", "tar", "tgz", "7z",
  "pdf", "docx", "xlsx", "pptx", "mp3", "mp4", "m4a", "mov", "webm", "wav", "ogg", "flac", "avif", "heic", "bmp", "tiff",
  "ico", "log", "sqlite", "db",
];

/**
 * File extensions that hold a digit, of media files and playlists: the digit of `master.m3u8` is the format's, not a
 * password's. No key or certificate formats (`.p12`, `.x509`).
 */
export const NUMBERED_FILE_EXTENSIONS = ["m3u8", "mp3", "mp4", "m4a", "m4v", "m4s", "3gp", "h264", "h265"];

/** Words that name test data: a value assigned to `FIXTURE_33`, `samplePayload` or `MOCK_BYTES` is a fixture. */
export const TEST_DATA_WORDS = ["fixture", "fixtures", "sample", "samples", "mock", "fake", "dummy", "stub", "golden", "example"];

/** Words that name a credential: a test-data name holding one of them (`FAKE_API_KEY`) still holds a secret. */
export const CREDENTIAL_WORDS = [
  "key", "keys", "token", "tokens", "secret", "secrets", "password", "passwd", "pass", "pwd", "auth", "credential",
  "credentials", "creds", "session", "cookie", "signature", "sig", "apikey", "jwt", "bearer", "private",
];
