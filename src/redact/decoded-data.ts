// Where a value is written encoded so that it does not read as one (see decoded.ts): the escape forms of a string
// literal, and the calls and commands that decode base64 at startup, across languages.

/** A run of 12 to 512 escapes: `\uXXXX` (JS, Java, JSON, Python), `\u{XX}` (JS, Rust, Swift), `\xXX` (C, shell printf, Python, PHP). */
export const ESCAPE_RUN_RE = /(?:\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]{1,6}\}|\\x[0-9a-fA-F]{2}){12,512}/g;

/** One escape of a run, its code point in group 1, 2 or 3. */
export const ESCAPE_RE = /\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}|\\x([0-9a-fA-F]{2})/g;

/**
 * A base64 literal decoded at startup: Python's `base64.b64decode("…")`, JS `atob("…")` and `Buffer.from("…",
 * "base64")`, PHP's `base64_decode('…')`, Ruby's `Base64.decode64("…")`, Java's `Base64.getDecoder().decode("…")`,
 * C#'s `Convert.FromBase64String("…")`, Go's `base64.StdEncoding.DecodeString("…")`, shell `echo '…' | base64 -d`.
 * The literal is group `b64`.
 */
export const DECODE_CALL_RE =
  /(?:\b(?:(?:urlsafe_|standard_)?b64decode|atob|base64_decode|decode64|strict_decode64|FromBase64String|DecodeString|getDecoder\(\)\.decode|getMimeDecoder\(\)\.decode|Base64\.decode|Buffer\.from)\([ \t]*[bf]?(["'`])(?<b64>[A-Za-z0-9+/_-]{8,512}={0,2})\1(?:[ \t]*,[ \t]*["']base64["'])?|\becho[ \t]+(?:-n[ \t]+)?(["']?)(?<b64sh>[A-Za-z0-9+/]{8,512}={0,2})\3[ \t]*\|[ \t]*base64[ \t]+(?:-d|-D|--decode))/g;
