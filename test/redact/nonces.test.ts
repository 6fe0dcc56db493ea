// One-time values a protocol sends to the browser (src/redact/nonces.ts), each beside a secret in the same position
// that must still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const NONCE = "kD8hVZlYVWmeJLTBoTTYPf";
const SECRET = "Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3A";
const authorize = (extra: string) =>
  `DEBUG redirecting to https://accounts.google.com/o/oauth2/v2/auth?response_type=code&client_id=525416030245-qgmsqs0up3jtibavrba3ron9vvulrhl8.apps.googleusercontent.com&state=ab_WcP-P5rnRxM7xwxLd6fMWZO-8e9Yh&code_challenge=mUJFGY99uERucXuXDeNS9-LwoyXvBFXlLgzpPivq1Tq&code_challenge_method=S256${extra}`;
const webauthn = (extra: string) =>
  `{\n  "challenge": "KGO1wLMX_kGdQDN4F9tXOP11_vSEBYFVqSoTVpGP0-J",\n  "rp": { "id": "acme.example", "name": "Acme" },${extra}\n  "pubKeyCredParams": [{ "type": "public-key", "alg": -7 }]\n}`;

const kept: [string, string][] = [
  ["a CSP nonce and its script tag", `<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-${NONCE}' 'strict-dynamic'">\n<script nonce="${NONCE}">window.v = "2.4.1";</script>`],
  ["a CSP header with a style nonce", `Content-Security-Policy: default-src 'self'; style-src 'self' 'nonce-${NONCE}'`],
  ["an OAuth authorization request's state and code_challenge", authorize("")],
  ["WebAuthn request options' challenge", webauthn("")],
];

const redacted: [string, string, string][] = [
  ["a token in another attribute of a nonce'd script", `<script nonce="${NONCE}" data-token="${SECRET}"></script>`, SECRET],
  ["a client secret in an authorization request", authorize(`&client_secret=${SECRET}`), SECRET],
  ["a code verifier in an authorization request", authorize(`&code_verifier=${SECRET}`), SECRET],
  ["a state that is no authorization request's", `POST /callback?token=${SECRET}&state=${SECRET}`, SECRET],
  ["an API key beside WebAuthn options", webauthn(`\n  "apiKey": "${SECRET}",`), SECRET],
];

describe("one-time values sent to the browser stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secrets in the same positions still go", () => {
  for (const [name, text, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});

const CSRF = "LaJ1brgNM19W1a_YBjVAEoxsQcrOqMTSHDf2SrJqDGd";
const GITHUB_TOKEN = "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT";
const SLACK_TOKEN = "xoxb-2419807663-4581377906214-Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf";
const requestLog = (fields: string) => `[web] 2026-12-02 10:00:01 GET /login ${fields}`;

describe("a CSRF token logged with its request stays", () => {
  const keptLogs: [string, string][] = [
    ["csrf and nonce fields of a request line", requestLog(`csrf=${CSRF} nonce=733IZomNsmJLYmo+TPFM7Q== sid=anon`)],
    ["Django's form field in a POST's query", `POST /accounts/login/?next=/&csrfmiddlewaretoken=${CSRF} 302`],
  ];
  for (const [name, text] of keptLogs) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));

  const redactedLogs: [string, string, string][] = [
    ["a session id beside it", requestLog(`csrf=${CSRF} session_token=${SECRET}`), SECRET],
    ["a cookie on the same line", requestLog(`csrf=${CSRF} Cookie: csrftoken=${SECRET}`), CSRF],
    ["the signing key's name", requestLog(`csrf_secret=${SECRET}`), SECRET],
    ["a csrf field outside a request line", `settings: csrf=${SECRET} token=${SECRET}`, SECRET],
    ["the same value named a token elsewhere", `${requestLog(`csrf=${SECRET}`)}\napi_token=${SECRET}`, SECRET],
    ["a token glued to it", requestLog(`csrf=${CSRF}:${SECRET}`), SECRET],
    ["a GitHub token in the csrf field", requestLog(`csrf=${GITHUB_TOKEN}`), GITHUB_TOKEN],
    ["a Slack bot token in the _csrf field", requestLog(`_csrf=${SLACK_TOKEN}`), SLACK_TOKEN],
  ];
  for (const [name, text, secret] of redactedLogs) {
    it(`redacts: ${name}`, () => {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
      expect(out.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/);
    });
  }
  it("completes on 1 MB of logged tokens", () => {
    const start = performance.now();
    expect(redact(fill(`${requestLog(`csrf=${CSRF}`)}\n`)).text.length).toBeGreaterThan(0);
    expect(redact(`GET /x ${fill(`csrf=${CSRF} `)}`).text.length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(8000);
  });
});

const OAUTH_NONCE = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";
const oauthHeader = (nonce: string, token = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb") =>
  `Authorization: OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="${nonce}", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="${token}", oauth_version="1.0"`;

describe("an OAuth 1.0 request's nonce stays among its signature parameters", () => {
  it("keeps the nonce of an OAuth header", () => expect(redact(oauthHeader(OAUTH_NONCE)).text).toContain(OAUTH_NONCE));
  const redactedOauth: [string, string, string][] = [
    ["the header's access token", oauthHeader(OAUTH_NONCE, SECRET), SECRET],
    ["a nonce field without the signature parameters", `oauth_nonce=${SECRET} api_key=${SECRET}`, SECRET],
    ["the nonce's value named a token elsewhere", `${oauthHeader(SECRET)}\nACCESS_TOKEN=${SECRET}`, SECRET],
    ["a token glued to the nonce", oauthHeader(`${OAUTH_NONCE}:${SECRET}`), SECRET],
    ["a percent-encoded parameter inside the nonce", `GET /r?oauth_nonce=kYjzVBB8%26oauth_token_secret%3D${SECRET}&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1318622958`, SECRET],
    ["a GitHub token as the nonce", oauthHeader(GITHUB_TOKEN), GITHUB_TOKEN],
  ];
  for (const [name, text, secret] of redactedOauth) {
    it(`redacts: ${name}`, () => {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
      expect(out.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/);
    });
  }
  it("completes on 1 MB of nonces", () => {
    const start = performance.now();
    expect(redact(fill(`${oauthHeader(OAUTH_NONCE)}\n`)).text.length).toBeGreaterThan(0);
    expect(redact(fill(`oauth_nonce=${OAUTH_NONCE} `)).text.length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(8000);
  });
});
