// Values public by design (src/redact/publishable.ts), each beside a secret in the same position that must still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const jwt = (claims: Record<string, unknown>) => `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url(claims)}.nqu8E_5aJo0m5zGQgRMdeondYaoWfF80xlGDNrPOwuQ`;
const SUPABASE = { iss: "supabase", ref: "iw75tv6ieqelyulytgfd", iat: 1700000000, exp: 2015576000 };
const ANON = jwt({ ...SUPABASE, role: "anon" });
const SERVICE = jwt({ ...SUPABASE, role: "service_role" });
const USER = jwt({ ...SUPABASE, role: "anon", sub: "5f1b1a3e-8c1d-4a57-9d0e-3a4c2b1f0e9d" });
const supabaseClient = (key: string) => `export const supabase = createClient(\n  "https://iw75tv6ieqelyulytgfd.supabase.co",\n  "${key}",\n);`;

const AIZA = "AIzapzWVDdiTr2zcGFiVci-zmrDi64Zkqgxecdx";
const firebase = (lines: string) => `const firebaseConfig = {\n  apiKey: "${AIZA}",\n${lines}};\nexport const app = initializeApp(firebaseConfig);`;
const FIREBASE_KEYS = '  authDomain: "acme-shop.firebaseapp.com",\n  projectId: "acme-shop",\n  storageBucket: "acme-shop.appspot.com",\n  messagingSenderId: "825347074385",\n  appId: "1:825347074385:web:a4128c8e22602b4f1e6b52",\n';

const PAYPAL_ID = "AgV-xq5BQk-nh8opZps8Ir8AhSH7-5Ump6N7O4nyPtCRNWRitoV8ObcpJY5ZCOfBZ11E0gZd_WpLbq_S";
const ALGOLIA_KEY = "47fc17e3439a44761b119e067110f16e";
const algolia = (head: string, name: string) => `${head}export const ${name} = algoliasearch("2KX9P4YO54", "${ALGOLIA_KEY}");`;
const AMAP_KEY = "e13cfa84aa252ed4657352e1699a106d";
const ED25519 = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
const RSA = `AAAAB3NzaC1yc2EAAAADAQABAAABgQ${"C79dPLZkmPRWsMGv+qf4adVLxnA6yYpV8aStKkfwN2IsrdVFE0tRx6pBwXpFBZIVyvLp8tJJxdfNtyLzqdfXk3E0T1EgN06pMz2s".repeat(3)}=`;

const kept: [string, string][] = [
  ["a Supabase anon key", supabaseClient(ANON)],
  ["a Firebase web config's apiKey", firebase(FIREBASE_KEYS)],
  ["the same in a diff", firebase(FIREBASE_KEYS).replace(/^/gm, "+")],
  ["a changed apiKey in a diff, the other keys unchanged", `@@ -1,7 +1,7 @@\n const firebaseConfig = {\n-  apiKey: "AIzaSyB7zLm2vR8sT4Xk9pXk9pQ7zLm2vR8sT9b",\n+  apiKey: "${AIZA}",\n${FIREBASE_KEYS.replace(/^(?=.)/gm, " ")} };`],
  ["a Flutter FirebaseOptions apiKey", `static const FirebaseOptions web = FirebaseOptions(\n    apiKey: '${AIZA}',\n    appId: '1:825347074385:web:a4128c8e22602b4f1e6b52',\n    messagingSenderId: '825347074385',\n    projectId: 'acme-shop',\n  );`],
  ["PayPal's client id in its SDK's URL", `<script src="https://www.paypal.com/sdk/js?client-id=${PAYPAL_ID}&currency=EUR&intent=capture"></script>`],
  ["AMap's JS API key in its script URL", `<script>\n  window._AMapSecurityConfig = { serviceHost: "https://map-proxy.acme.cn/_AMapService" };\n</script>\n<script src="https://webapi.amap.com/maps?v=2.0&key=${AMAP_KEY}"></script>`],
  ["an Algolia key given to the lite client and called search-only", algolia('import algoliasearch from "algoliasearch/lite";\n\n// search-only key, safe for the frontend\n', "searchClient")],
  ["a Segment write key in its browser snippet", `analytics.load("MvHwDgTAaL7FKQzFPgmnrposR4iUEdyk");\nanalytics.page();`],
  ["RevenueCat's App Store and Play SDK keys", "await Purchases.configure({ apiKey: Platform.OS === 'ios' ? 'appl_hR0Da8DmtUA0haF034tD4FGmw9R' : 'goog_16ydW6EvSel1pPOQyquoBZBiHpZ' });"],
  ["RevenueCat's Amazon SDK key in a diff", "-    Purchases.configure(this, 'amzn_Qx7pLm2ZrT9vKw4NbY6cHd3FgJs')\n+    Purchases.configure(this, 'amzn_Wq8sNd1XeU5tLz7MaP2kRj6VhCy')"],
  ["a PostHog project key", 'posthog.init("phc_JnZwSGORe7y5hQ40dHfPSSx9ajyeS2PUF9Zy5O8NgZz", { api_host: "https://eu.i.posthog.com" });'],
  ["a Key Vault reference by URI", "    DB_PASSWORD: '@Microsoft.KeyVault(SecretUri=https://kv-acme-prod.vault.azure.net/secrets/DbPassword/4464cd4706d395853664515a7bbe8beb)'"],
  ["a Key Vault reference by names", "API_KEY=@Microsoft.KeyVault(VaultName=kv-acme-prod;SecretName=PartnerApiKey)"],
  ["an ed25519 key whose type name was mistyped, in a diff", `-ssh-ed25520 ${ED25519} alice@laptop\n+ssh-ed25519 ${ED25519} alice@laptop`],
  ["an RSA public key blob under a name", `deploy_key: ${RSA}`],
  ["RFC 6749's token response", '{\n  "access_token":"2YotnFZFEjr1zCsicMWpAA",\n  "token_type":"example",\n  "refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"\n}'],
  ["RFC 6749's client credentials", "Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW\n\ngrant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA&client_secret=7Fjfp0ZBr1KtDRbnfVdmIw"],
  ["RFC 6750's bearer token", "Authorization: Bearer mF_9.B5f-4.1JqM"],
  ["jwt.io's sample token", 'const token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";'],
];

const redacted: [string, string, string][] = [
  ["a RevenueCat secret REST key", "const rc = new RevenueCat('sk_hR0Da8DmtUA0haF034tD4FGmw9R');", "sk_hR0Da8DmtUA0haF034tD4FGmw9R"],
  ["words and a number after a RevenueCat prefix, as a password", "db_password: 'appl_correct_horse_battery_staple_42'", "appl_correct_horse_battery_staple_42"],
  ["a token glued to a RevenueCat key", "apiKey: 'appl_hR0Da8DmtUA0haF034tD4FGmw9R,ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT'", "ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"],
  ["a look-alike RevenueCat prefix (Cyrillic а)", "password: 'аppl_hR0Da8DmtUA0haF034tD4FGmw9R'", "hR0Da8DmtUA0haF034tD4FGmw9R"],
  ["a password on the + side beside a RevenueCat key", "-apiKey: 'appl_hR0Da8DmtUA0haF034tD4FGmw9R'\n+password: 'Xk9#mP2qLw7zR'", "Xk9#mP2qLw7zR"],
  ["a RevenueCat key cut short, glued into a longer token", "token=xappl_hR0Da8DmtUA0haF034tD4FGmw9R", "hR0Da8DmtUA0haF034tD4FGmw9R"],
  ["a Supabase service_role key", supabaseClient(SERVICE), SERVICE.split(".")[2]!],
  ["a user's token with role anon", supabaseClient(USER), USER.split(".")[2]!],
  ["an anon role from another issuer", supabaseClient(jwt({ ...SUPABASE, iss: "https://auth.acme.io", role: "anon" })), "nqu8E_5aJo0m5zGQgRMdeondYaoWfF80xlGDNrPOwuQ"],
  ["a lone AIza key", `const MAPS_KEY = "${AIZA}";`, AIZA.slice(4)],
  ["an AIza key beside other settings", `const client = new Client({\n  apiKey: "${AIZA}",\n  projectId: "acme-shop",\n  model: "gemini-1.5-flash",\n});`, AIZA.slice(4)],
  ["an AIza key after a closed Firebase config", `${firebase(FIREBASE_KEYS)}\nconst maps = { apiKey: "${AIZA}" };`, `{ apiKey: "${AIZA}"`],
  [
    "an AIza key added in a diff where the removed lines held the Firebase keys",
    `@@ -1,6 +1,4 @@\n const config = {\n${FIREBASE_KEYS.replace(/^(?=.)/gm, "-")}+  apiKey: "${AIZA}",\n };`,
    AIZA.slice(4),
  ],
  ["a client secret in PayPal's SDK URL", `<script src="https://www.paypal.com/sdk/js?client-id=${PAYPAL_ID}&client-secret=EKq3xZ9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3Ak9Lo2Wp"></script>`, "EKq3xZ9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3Ak9Lo2Wp"],
  ["an AMap Web service key in a REST URL", `curl "https://restapi.amap.com/v3/geocode/geo?address=x&key=${AMAP_KEY}"`, AMAP_KEY],
  ["an Algolia key called search-only given to the full client, bound to no search name", algolia('import algoliasearch from "algoliasearch";\n\n// search-only key, safe in the browser\n', "client"), ALGOLIA_KEY],
  ["an Algolia key given to the lite client, not called search-only", algolia('import algoliasearch from "algoliasearch/lite";\n\n', "searchClient"), ALGOLIA_KEY],
  ["an admin key beside a search-only one", `${algolia('import algoliasearch from "algoliasearch/lite";\n// search-only key\n', "searchClient")}\n\nconst admin = algoliasearch("2KX9P4YO54", "${ALGOLIA_KEY.replace(/^./, "9")}");`, ALGOLIA_KEY.replace(/^./, "9")],
  ["a Segment key in a server client", 'const analytics = new Analytics({ writeKey: "MvHwDgTAaL7FKQzFPgmnrposR4iUEdyk" });', "MvHwDgTAaL7FKQzFPgmnrposR4iUEdyk"],
  ["a PostHog personal key", 'posthog.init("phx_JnZwSGORe7y5hQ40dHfPSSx9ajyeS2PUF9Zy5O8NgZz");', "JnZwSGORe7y5hQ40dHfPSSx9ajyeS2PUF9Zy5O8NgZz"],
  ["a password glued to a Key Vault reference", "DB_PASSWORD: '@Microsoft.KeyVault(SecretUri=https://kv-acme.vault.azure.net/secrets/Db/)Xk9#mP2qLw7'", "Xk9#mP2qLw7"],
  ["an OpenSSH private key line after a key type", "-ssh-ed25520 b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW alice@laptop", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"],
  ["an ed25519 header with more than a key after it", `-ssh-ed25520 ${ED25519}Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf alice@laptop`, "Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf"],
  ["a token that only starts like RFC 6749's", '  "access_token":"2YotnFZFEjr1zCsicMWpAAx9",', "2YotnFZFEjr1zCsicMWpAAx9"],
  ["a random token in RFC 6749's place", '  "access_token":"7hQz2kLmP9xWv4TnRb8Yc1",', "7hQz2kLmP9xWv4TnRb8Yc1"],
];

describe("values public by design stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secrets in the same positions still go", () => {
  for (const [name, text, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});

describe("WireGuard public keys in wg show output", () => {
  const PUBLIC = "nYmfH65Fvgqhmci2S5s18e5MQmsWE7wd+rkJhubvECU=";
  const PEER = "Zz4ljkLI2SfZ27xKtUSglJGa28g4iKsAhH+DFV3SwjA=";
  const PRIVATE = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=";
  const show = (privateLine = "  private key: (hidden)", sign = "") =>
    [`interface: wg0`, `  public key: ${PUBLIC}`, privateLine, "  listening port: 51820", "", `peer: ${PEER}`, "  endpoint: 198.51.100.77:51820", "  allowed ips: 10.66.0.2/32"]
      .map((l) => `${sign}${l}`)
      .join("\n");

  it("keeps the interface's and the peers' public keys, also in a diff", () => {
    for (const text of [show(), show(undefined, "+"), `$ sudo wg show\n${show()}\n`]) expect(redact(text).text).toBe(text);
  });

  it("a private key printed in the block, and every key after it, still go", () => {
    const out = redact(show(`  private key: ${PRIVATE}`)).text;
    expect(out).not.toContain(PRIVATE);
    expect(out).not.toContain(PEER);
  });

  it("a key under a look-alike or foreign label, or without the interface line, still goes", () => {
    for (const text of [
      `interface: wg0\n  pubIic key: ${PRIVATE}\n`,
      `interface: wg0\n  public key: ${PRIVATE}x\n`,
      `  public key: ${PRIVATE}\n  listening port: 51820\n`,
      `interface: wg0\n  listening port: 51820\nPrivateKey = ${PRIVATE}\npeer: ${PRIVATE}\n`,
      `-interface: wg0\n+  public key: ${PRIVATE}\n`,
      `interface: wg0\n  public key: ${PUBLIC}:${PRIVATE}\n`,
    ]) {
      expect(redact(text).text, text).not.toContain(PRIVATE);
    }
  });

  it("is linear on 1 MB of wg show lines", () => {
    const text = `interface: wg0\n${`  public key: ${PUBLIC}\n`.repeat(Math.ceil(MB / 58))}`;
    expect(redact(text).text.length).toBeGreaterThan(0);
    expect(redact("interface: a\n".repeat(MB / 13)).text.length).toBeGreaterThan(0);
  });
});

describe("linear on 1 MB of near RevenueCat keys", () => {
  const inputs: Record<string, string> = {
    "prefixes glued in one token": fill("appl_goog_amzn_"),
    "a prefix and a run too long to be a key": `appl_${"hR0Da8Dm".repeat(MB / 8)}`,
    "keys on lines": fill("'goog_16ydW6EvSel1pPOQyquoBZBiHpZ',\n"),
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
