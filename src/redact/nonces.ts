// One-time values a protocol hands to the browser, kept where the protocol's own grammar proves what they are: a CSP
// nonce (the `'nonce-…'` source of a `*-src` directive and the `nonce` attribute of the tag it allows), the `state`,
// `nonce` and PKCE `code_challenge` of an OAuth authorization request URL (front channel: every browser sees them; the
// `code_verifier` and `client_secret` never go there and stay redactable), the `challenge` of WebAuthn options, an
// OAuth 1.0 request's `oauth_nonce`, and a page's CSRF token (its meta tag, or the token logged with the request that
// sent it back). Each guards a single exchange or session and is public in it. Bounded regexes, so linear in the input.

import { hasSecretFormat } from "./secret-formats.js";

type Span = [number, number];

/** `'nonce-…'` in a CSP, on a line that names a fetch directive: CSP grammar nothing else uses. */
const CSP_NONCE_RE = /'nonce-[A-Za-z0-9+/_-]{8,256}={0,2}'/g;
const CSP_DIRECTIVE_RE = /\b(?:script|style|default)-src\b/;
/** How far back on its line the directive is looked for: a policy's sources are a few hundred characters. */
const DIRECTIVE_REACH = 512;
/** The `nonce` attribute of the tags a CSP nonce allows. */
const TAG_NONCE_RE = /<(?:script|style|link)\b[^<>]{0,512}?\snonce=(["'])([A-Za-z0-9+/_-]{8,256}={0,2})\1/dg;

function cspNonces(text: string): Span[] {
  if (!text.includes("nonce")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(CSP_NONCE_RE)) {
    const before = text.slice(Math.max(0, m.index - DIRECTIVE_REACH), m.index);
    if (CSP_DIRECTIVE_RE.test(before.slice(before.lastIndexOf("\n") + 1))) spans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(TAG_NONCE_RE)) spans.push(m.indices![2]!);
  return spans;
}

/** The query of a URL (up to its end in text); an authorization request is known by `response_type` and `client_id`. */
const URL_QUERY_RE = /\?([^\s"'<>#]{1,4096})/dg;
/** Authorization request parameters that are one-time and sent through the browser by design (RFC 6749, 7636, OIDC). */
const FRONT_CHANNEL_PARAM_RE = /(?:^|&)(?:state|nonce|code_challenge)=([A-Za-z0-9._~%-]{1,512})(?=&|$)/dg;

function authorizationRequests(text: string): Span[] {
  if (!text.includes("response_type=")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(URL_QUERY_RE)) {
    const query = m[1]!;
    if (!/(?:^|&)response_type=/.test(query) || !/(?:^|&)client_id=/.test(query)) continue;
    const at = m.indices![1]![0];
    for (const p of query.matchAll(FRONT_CHANNEL_PARAM_RE)) spans.push([at + p.indices![1]![0], at + p.indices![1]![1]]);
  }
  return spans;
}

const CHALLENGE_RE = /"challenge"[ \t]*:[ \t]*"([A-Za-z0-9_-]{16,128})"/dg;
/** Keys only WebAuthn creation or request options carry beside their challenge. */
const WEBAUTHN_KEYS_RE = /"(?:pubKeyCredParams|allowCredentials|rpId|userVerification|authenticatorSelection|excludeCredentials)"[ \t]*:/;
/** How far the options object is looked at: it is a few hundred characters. */
const OPTIONS_REACH = 1024;

/** The `challenge` of WebAuthn options (the server's random, signed by the authenticator): beside WebAuthn's keys. */
function webauthnChallenges(text: string): Span[] {
  if (!text.includes('"challenge"')) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(CHALLENGE_RE)) {
    const around = text.slice(Math.max(0, m.index - OPTIONS_REACH), m.index + m[0].length + OPTIONS_REACH);
    if (WEBAUTHN_KEYS_RE.test(around)) spans.push(m.indices![1]!);
  }
  return spans;
}

/**
 * The anti-forgery token a server framework renders into every page's head for its scripts to send back (Rails
 * `csrf_meta_tags`, Laravel `csrf_token()`, Spring Security's `_csrf`): the whole tag, name then content or content
 * then name, closed right after, so nothing rides along in it.
 */
const CSRF_NAMES = "csrf-token|_csrf|csrf_token";
const CSRF_VALUE = "[A-Za-z0-9+/_-]{16,256}={0,2}";
const CSRF_NAME_FIRST_RE = new RegExp(String.raw`<meta[ \t]+name=(["'])(?:${CSRF_NAMES})\1[ \t]+content=(["'])(${CSRF_VALUE})\2[ \t]*\/?>`, "dg");
const CSRF_CONTENT_FIRST_RE = new RegExp(String.raw`<meta[ \t]+content=(["'])(${CSRF_VALUE})\1[ \t]+name=(["'])(?:${CSRF_NAMES})\3[ \t]*\/?>`, "dg");

function csrfMetaTags(text: string): Span[] {
  if (!text.includes("<meta")) return [];
  const nameFirst = [...text.matchAll(CSRF_NAME_FIRST_RE)].map((m) => m.indices![3]!);
  return nameFirst.concat([...text.matchAll(CSRF_CONTENT_FIRST_RE)].map((m) => m.indices![2]!));
}

/**
 * The same anti-forgery token as a field of a request log line (`GET /login csrf=… nonce=… sid=anon`): the token
 * the page rendered for the browser, logged with the request that sent it back. The line must open the request
 * (a method, then a path) before the field, and hold no cookie: a Cookie header carries the session the token is
 * bound to, and is judged as usual. Only the field's exact names, never `csrf_secret` or `CSRF_SECRET_KEY` (the
 * server's key that signs the tokens), and only a token's alphabet, ended by a space, `&` or the line's end; never a
 * value in a vendor's credential format (secret-formats.ts).
 */
const LOG_CSRF_RE = /(?<=[ \t?&])(?:csrf|_csrf|csrf_token|csrftoken|csrfmiddlewaretoken|authenticity_token|xsrf|_xsrf)=([A-Za-z0-9+/_-]{16,256}={0,2})(?=[ \t&]|$)/dgm;
const REQUEST_RE = /\b(?:GET|POST|PUT|PATCH|DELETE)[ \t]+\//;
/** How far back on its line the request is looked for. */
const REQUEST_REACH = 2048;

function loggedCsrfTokens(text: string): Span[] {
  if (!/csrf|xsrf|authenticity_token/i.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(LOG_CSRF_RE)) {
    const before = text.slice(Math.max(0, m.index - REQUEST_REACH), m.index);
    const line = before.slice(before.lastIndexOf("\n") + 1);
    const rest = text.slice(m.index, m.index + REQUEST_REACH);
    const lineRest = rest.slice(0, (rest.indexOf("\n") + 1 || rest.length + 1) - 1);
    if (REQUEST_RE.test(line) && !/cookie/i.test(line + lineRest) && !hasSecretFormat(m[1]!)) spans.push(m.indices![1]!);
  }
  return spans;
}

/**
 * The `oauth_nonce` of an OAuth 1.0 request (RFC 5849 §3.3): a random string the client makes up for one request
 * and sends in clear beside the request's signature parameters, so that a replayed request is refused. Only among
 * its own protocol's parameters on the same line (an `OAuth` header or a query with `oauth_signature_method` and
 * `oauth_timestamp`); the `oauth_token` and the signing secrets beside it are judged as usual. Percent escapes only of
 * base64's `+`, `/`, `=`: an escaped `&` or `=` would carry another parameter inside the nonce.
 */
const OAUTH_NONCE_RE = /(?<![\w-])oauth_nonce=(["']?)((?:[A-Za-z0-9._~+/-]|%(?:2[BbFf]|3[Dd])){8,128}={0,2})\1(?=[,&\s]|$)/dg;
/** How far along its line the other parameters are looked for: a header's parameter list. */
const PARAMETERS_REACH = 1024;

function oauthNonces(text: string): Span[] {
  if (!text.includes("oauth_nonce=")) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(OAUTH_NONCE_RE)) {
    const before = text.slice(Math.max(0, m.index - PARAMETERS_REACH), m.index);
    const after = text.slice(m.index, m.index + PARAMETERS_REACH);
    const line = before.slice(before.lastIndexOf("\n") + 1) + after.split("\n", 1)[0]!;
    if (line.includes("oauth_signature_method=") && line.includes("oauth_timestamp=") && !hasSecretFormat(m[2]!)) spans.push(m.indices![2]!);
  }
  return spans;
}

export function nonceSpans(text: string): Span[] {
  return [...oauthNonces(text), ...cspNonces(text), ...authorizationRequests(text), ...webauthnChallenges(text), ...csrfMetaTags(text), ...loggedCsrfTokens(text)];
}
