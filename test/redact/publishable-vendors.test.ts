// Values vendors document as public (src/redact/publishable-vendors.ts): kept by prefix, SDK placement or script
// URL, while their secret siblings, look-alikes and passwords after a public prefix still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";

const STRIPE_BODY = "51fJ6XxZ9CnMsNMPPZFfZGvYrFv1imkhnWbBRvW0HR2ev9wXmJVmsV8lyc7RNoW2RQpgbO6ej1yyij5PzO5MM0JTdM8gRFKc8m9";
const UUID = "509e3675-1670-484e-a1fc-221513521eed";
const HEX32 = "5486b0b46d09ae23156c4cae01c5f3e3";
const SECRET_HEX = "9c9702e0a64dfde186c6f5d20a472506";

const kept: [string, string][] = [
  ["a Stripe publishable key in an env file's diff", `+++ b/.env.local\n@@ -1,1 +1,2 @@\n+NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_${STRIPE_BODY}\n+NEXT_PUBLIC_SITE_URL=https://shop.acme.io`],
  ["Braintree's tokenization key", 'braintree.dropin.create({ authorization: "production_u6o05d82_tsb353qsb49au2ss", container: "#dropin" });'],
  ["Square's application id", 'const payments = Square.payments("sq0idp-rqRFG9YqTfroIZdL1IghSq", "LSYN0SDIY39G0");'],
  ["Razorpay's key id in Checkout options", 'var options = { key: "rzp_live_4iulJDYotNznTk", amount: 50000, currency: "INR" };'],
  ["Xendit's public key", 'Xendit.setPublishableKey("xnd_public_production_QiGVtNSXX2uX74pl9E57AWNnyILEvGLLhnxDz1nfFFK9N4qQNGHRzMfUI7nv");'],
  ["Midtrans' client key in Snap's script tag", '<script src="https://app.midtrans.com/snap/snap.js" data-client-key="Mid-client-1RX3VwK0GT3Zqo-j"></script>'],
  ["Toss Payments' client key", 'const tossPayments = TossPayments("live_ck_Sg8O1zznVUdFzWLtKnzZ");'],
  ["Supabase's publishable key", 'createClient("https://ir44d926lxwtee89t0k8.supabase.co", "sb_publishable_5Y004JCG3xyQ_jlvSykOsp_C7FN7Epd");'],
  ["Stytch's public token", `const stytch = new StytchUIClient("public-token-live-${UUID}");`],
  ["New Relic's browser license key", 'NREUM.loader_config={accountID:"8160511",licenseKey:"NRJS-aaa435b872bf6f8da9b",applicationID:"0326956366"};'],
  ["LaunchDarkly's mobile key", `let config = LDConfig(mobileKey: "mob-${UUID}", autoEnvAttributes: .enabled)`],
  ["Branch's key in the Android manifest", '<meta-data android:name="io.branch.sdk.BranchKey" android:value="key_live_mMNRmHeNy7vN1TYElTtiP1q11UzoXHsO" />'],
  ["Knock's public key", '<KnockProvider apiKey="pk_test_LQcdcDF93FqGWmWTLaZXjRlRY01lnRHuT-Yyvl6eOLb" userId={user.id}>'],
  ["Auth0's SPA client id", 'const auth0 = await createAuth0Client({\n  domain: "acme.eu.auth0.com",\n  clientId: "ccOhjb46KE1KHQiftXwniQ3nh2VHMi9o",\n});'],
  ["Datadog's RUM client token", `datadogRum.init({ applicationId: "${UUID}", clientToken: "pub0ed25692f06559f7d33809e504ca40f6", site: "datadoghq.eu" });`],
  ["Rollbar's browser token", `var _rollbarConfig = {\n  accessToken: "${HEX32}",\n  captureUncaught: true\n};`],
  ["Rollbar's browser token set on window", `window._rollbarConfig = { accessToken: "${HEX32}", captureUncaught: true };`],
  ["GrowthBook's client key", 'const gb = new GrowthBook({ apiHost: "https://cdn.growthbook.io", clientKey: "sdk-u2slnFgvkBWiUoXo" });'],
  ["Elastic's public search key", 'new AppSearchAPIConnector({ searchKey: "search-gv6khmbb6c3eqlx9c11z4ix7", engineName: "docs" });'],
  ["Adyen's client key", 'const checkout = await AdyenCheckout({ environment: "live", clientKey: "live_76F2CI7O8M5QR6ELU56UVFQ4KSL088VF" });'],
  ["Paddle's client-side token", 'Paddle.Initialize({\n  token: "live_5c52b6543cd6c9475b36153d8f5",\n});'],
  ["Web3Auth's client id", 'new Web3Auth({ clientId: "BW7OZC4j-QrrqUx7zyWF1i3Vqif-PGezy08DShTdPM91EjT9KJ36doFIxswpHFq4d3GvVVtK2YhjQE9Vz-cYPBkj" });'],
  ["Chatwoot's website token", 'window.chatwootSDK.run({ websiteToken: "5QU3a8N3Jm3B9vKlgi8Jcjvy", baseUrl: "https://app.chatwoot.com" });'],
  ["Statsig's client key", 'const client = new StatsigClient("client-6kIrIx5godDxgselt1pjDNxDmcCdrSEssMP4P1h83UM", { userID });'],
  ["Baidu Maps' browser AK", '<script src="https://api.map.baidu.com/api?v=3.0&ak=ynlAehqQQ5gLFzA9Isv6XfMWEygEUL4M"></script>'],
  ["Yandex Maps' key with a parameter after it", `<script src="https://api-maps.yandex.ru/2.1/?apikey=${UUID}&lang=ru_RU"></script>`],
  ["Zendesk's widget key", `<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=${UUID}"></script>`],
];

const redacted: [string, string, string][] = [
  ["Stripe's secret key beside its publishable one", `STRIPE_PUBLISHABLE_KEY=pk_live_${STRIPE_BODY}\nSTRIPE_SECRET_KEY=sk_live_51Qm7Tn4Rb8Vc1Yd6Hf0Ju5Gs3Ak9Lo2Wp`, "Qm7Tn4Rb8Vc1Yd6Hf0Ju5Gs3Ak9Lo2Wp"],
  ["a Stripe secret key given to loadStripe", `const stripe = await loadStripe("sk_live_${STRIPE_BODY}");`, STRIPE_BODY.slice(0, 40)],
  ["a public-prefixed value under a secret name", "SQUARE_SECRET=sq0idp-rqRFG9YqTfroIZdL1IghSq", "rqRFG9YqTfroIZdL1IghSq"],
  ["words and a number after a public prefix", 'password: "pk_live_correct_horse_battery_staple_42"', "correct_horse_battery_staple_42"],
  ["Square's app secret", "SQUARE_APP_SECRET=sq0csp-rqRFG9YqTfroIZdL1IghSqx8TnB2mK4LpZw", "rqRFG9YqTfroIZdL1IghSqx8TnB2mK4LpZw"],
  ["Midtrans' server key beside the client key", "MIDTRANS_CLIENT_KEY=Mid-client-1RX3VwK0GT3Zqo-j\nMIDTRANS_SERVER_KEY=Mid-server-Nsve4AV-jaZbNg4jW2xQ9tLp", "Nsve4AV-jaZbNg4jW2xQ9tLp"],
  ["Supabase's secret key", "SUPABASE_SECRET_KEY=sb_secret_5Y004JCG3xyQ_jlvSykOsp_C7FN7Epd", "5Y004JCG3xyQ_jlvSykOsp_C7FN7Epd"],
  ["LaunchDarkly's SDK key", `LAUNCHDARKLY_SDK_KEY=sdk-${UUID}`, UUID],
  ["a LaunchDarkly SDK key where GrowthBook's client key goes", `new GrowthBook({ clientKey: "sdk-${UUID}" });`, UUID],
  ["Mollie's live API key where Paddle's token would be", `const mollie = createMollieClient({ token: "live_${HEX32.slice(0, 30)}" });`, HEX32.slice(0, 30)],
  ["a client id outside Auth0's init object", `const auth0 = await createAuth0Client({ domain: "acme.eu.auth0.com" });\nconst cfg = { clientId: "x", clientSecret: "ccOhjb46KE1KHQiftXwniQ3nh2VHMi9oQ7mK2xLp" };`, "ccOhjb46KE1KHQiftXwniQ3nh2VHMi9oQ7mK2xLp"],
  ["a client secret inside Auth0's init object", 'createAuth0Client({ clientId: "ccOhjb46KE1KHQiftXwniQ3nh2VHMi9o", clientSecret: "Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3Ak9Lo2Wp" });', "Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf0Ju5Gs3Ak9Lo2Wp"],
  ["Rollbar's server token in server settings", `ROLLBAR = {\n    "access_token": "${SECRET_HEX}",\n}`, SECRET_HEX],
  ["a Datadog API key as a RUM client token (no pub prefix)", `datadogRum.init({ clientToken: "${SECRET_HEX}" });`, SECRET_HEX],
  ["Statsig's server secret", 'statsig.initialize("secret-6kIrIx5godDxgselt1pjDNxDmcCdrSEssMP4P1h83UM")', "6kIrIx5godDxgselt1pjDNxDmcCdrSEssMP4P1h83UM"],
  ["a password after the Yandex key", `<script src="https://api-maps.yandex.ru/2.1/?apikey=${UUID}&password=Xk9mP2qLw7Tn"></script>`, "Xk9mP2qLw7Tn"],
  ["a random value in the parameter after a kept Yandex key", `<script src="https://api-maps.yandex.ru/2.1/?apikey=${UUID}&s=Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf"></script>`, "Xk9mP2qLw7Tn4Rb8Vc1Yd6Hf"],
  ["a password in the parameter after a kept key in a query", `GET /login?api_key=pk_live_${STRIPE_BODY}&lang=en&p=Tr0ub4dor9`, "Tr0ub4dor9"],
  ["a password with a publishable prefix under a password name", "DB_PASSWORD=pk_live_Tr0ub4dor3xK9mP2", "Tr0ub4dor3xK9mP2"],
  ["a short password with a publishable prefix after a password label", 'password: "pk_live_Hunter2Hunter2"', "Hunter2Hunter2"],
  ["a publishable-shaped value under a secret name, also given to the SDK", `export STRIPE_SECRET=pk_live_${STRIPE_BODY}\nconst stripe = loadStripe("pk_live_${STRIPE_BODY}");`, STRIPE_BODY.slice(0, 40)],
  ["a Rollbar token in a module-scoped config handed to the server library", `const _rollbarConfig = { accessToken: "${SECRET_HEX}", environment: "production" };\nconst rollbar = new Rollbar(_rollbarConfig);`, SECRET_HEX],
  ["a publishable-prefixed password after \"password is\"", "my password is pk_live_Tr0ub4dor3xK9mP2qLw7T", "Tr0ub4dor3xK9mP2qLw7T"],
  ["a publishable-prefixed password in a .netrc line", "machine api.acme.io login bob password pk_live_Tr0ub4dor3xK9mP2qLw7T", "Tr0ub4dor3xK9mP2qLw7T"],
  ["a publishable-prefixed value under a short pass key", "smtp:\n  pass: pk_live_Tr0ub4dor3xK9mP2qLw7T", "Tr0ub4dor3xK9mP2qLw7T"],
  ["words and a year after Razorpay's prefix", 'RAZORPAY_KEY=rzp_live_Summer2024Acme', "Summer2024Acme"],
  ["a word and digits after Razorpay's prefix", 'key: "rzp_live_Password123456"', "Password123456"],
  ["words and a year in GrowthBook's client key", 'new GrowthBook({ clientKey: "sdk-Welcome2024Acme" })', "Welcome2024Acme"],
  ["words and a year after Toss' client prefix", 'toss_client_key: "live_ck_CompanyPassword2024ABC"', "CompanyPassword2024ABC"],
  ["a GitHub token joined to a publishable key by a body character", 'api_token: "pk_live_Tr0ub4dor3xK9mP2qLw7T-ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"', "Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"],
  ["a Stripe secret key joined to a publishable key by an underscore", `keys: "pk_live_Tr0ub4dor3xK9mP2qLw7T_sk_live_${STRIPE_BODY.slice(0, 40)}"`, STRIPE_BODY.slice(0, 40)],
  ["a Slack token after a slash in a Supabase-shaped key", 'key = "sb_publishable_5Y004JCG3xyQ_jlvSykOs-xoxb-2417538409-5829174619-aB3dE5fG7hJ9"', "aB3dE5fG7hJ9"],
  ["a secret glued to a public key", `apiKey: "pk_live_${STRIPE_BODY},ghp_Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"`, "Q7mK2xLp9RtV4bN8cW3zY6hJ5dF1sA0gE2uT"],
  ["an env line of a secret file beside a kept one", `+++ b/.env\n+NEXT_PUBLIC_STRIPE_KEY=pk_test_${STRIPE_BODY}\n+SESSION=Xk9fJ6XxZ9CnMsNMPPZFfZGvYrFv1imkhnW`, "Xk9fJ6XxZ9CnMsNMPPZFfZGvYrFv1imkhnW"],
];

/** Near misses: look-alikes of the public shapes that prove nothing, left to the detectors as before. */
const nearMisses: [string, string, string][] = [
  ["a public prefix glued inside a longer token", "token=xpk_live_" + STRIPE_BODY, STRIPE_BODY.slice(0, 40)],
  ["a Braintree-shaped key cut into a secret name", 'private_key: "production_u6o05d82_tsb353qsb49au2ss"', "u6o05d82_tsb353qsb49au2ss"],
  ["a Branch key body one character short, in a secret", "BRANCH_SECRET=key_live_mMNRmHeNy7vN1TYElTtiP1q11UzoXHs", "mMNRmHeNy7vN1TYElTtiP1q11UzoXHs"],
];

describe("values their vendors document as public stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("secret siblings and look-alikes still go", () => {
  for (const [name, text, secret] of [...redacted, ...nearMisses]) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});

describe("output", () => {
  const all = [...kept.map(([, t]) => t), ...redacted.map(([, t]) => t)].join("\n\n");
  const once = redact(all);
  it("is idempotent", () => expect(redact(once.text).text).toBe(once.text));
  it("leaves whole markers", () => expect(once.text.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/));
});

describe("linear on 1 MB of near publishable values", () => {
  const inputs: Record<string, string> = {
    "public prefixes glued in one token": fill("pk_live_sq0idp-Mid-client-"),
    "a prefix and a run too long to be a key": `rzp_live_${"hR0Da8Dm".repeat(MB / 8)}`,
    "an init object that never closes": `createAuth0Client({${fill(' clientId: "ccOhjb46KE1KHQiftXwniQ3nh2VHMi9o",')}`,
    "init openers without objects": fill("datadogRum.init(AdyenCheckout(Paddle.Initialize("),
    "script URLs with long queries": fill(`https://api-maps.yandex.ru/2.1/?apikey=${UUID}&`),
    "kept query keys each followed by many parameters": fill(`?apikey=pk_live_${STRIPE_BODY}${"&lang=ru_RU".repeat(180)} `),
    "create openers with objects that never close": fill("createAuth0Client({ new Auth0Client({ "),
    "publishable keys full of body separators": fill(`pk_live_${"xK9-mP2_qL7/wT4+".repeat(7)}Rb8 `),
    "env lines of kept keys": `+++ b/.env\n${fill(`+NEXT_PUBLIC_STRIPE_KEY=pk_test_${STRIPE_BODY}\n`)}`,
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(8000);
    });
  }
});
