// Values that look generated but are public or encrypted (src/redact/public-values.ts), each beside a real secret
// in the same position that must still go.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { isDataFilePath, isPublicByDesign, isPublicByLabel, keptSpans } from "../../src/redact/public-values.js";

const B64_33 = "L86hKcjdDS/0mg3MEjqdumFwRF3ggM6bBiUxAZ4mDfeA";
/** 120 random bytes in base64: what a SealedSecret or SOPS ciphertext looks like. */
const CIPHERTEXT = Buffer.from(Array.from({ length: 120 }, (_, i) => (i * 97 + 13) % 256)).toString("base64");

const kept: [string, string][] = [
  ["Stripe object ids in a webhook event", '{ "id": "evt_1QQt3ywRCw2adHogGhXOxKWI", "data": { "object": { "id": "pi_3QZljPk43NZ5q5dpasKAhrva", "customer": "cus_Xc2gWu0AqLkDby" } } }'],
  ["a Mapbox public token", 'mapboxgl.accessToken = "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImZkazRwZWdvN2RhYjdseWVlbGdpNGVyd24ifQ.9e-a6EMWrmWIZHtURGauch";'],
  ["a reCAPTCHA site key attribute", '<div class="g-recaptcha" data-sitekey="6L015DYWurOedBV_VIYNmCH1-YqM6WWQVopfLlYY"></div>'],
  ["a Turnstile site key in .env", "TURNSTILE_SITE_KEY=0x4AAAAAAADnPIDROrmt1Wwj7xQz9Kp2Lm"],
  ["a YouTube playlist id", "  playlist: PLftx8FxAPOCfpDthUf6EjZgx1kxBHH0Zu"],
  ["a base64 constant named as a fixture", `const FIXTURE_33 = "${B64_33}";`],
  ["an S3 key with a run id in its path", "acme-uploads,tmp/TofR_qJoLJsFBTtJHq0Wt1/part-00000.parquet,4411023"],
  ["a SOPS-encrypted value", "db_password: ENC[AES256_GCM,data:2bhT8HRHWSuhIW8Iueo9u0gn,iv:+T++xx4x0jJeaHo86JSLYXGP5wBcKwdQb18AcZF+9hR=,tag:PJY2cDtbzn8sx5LEiJFJC7==,type:str]"],
  ["source-map mappings", '{"version":3,"sources":["../src/main.ts"],"mappings":";;AAAA,MrpJgXlwLM2XMrtWLqs9Dzt9M4MIeDVUM4aEyxu7BIsY8wrF9kcw+zzHegok;AACA"}'],
  ["a SealedSecret's encrypted password", `kind: SealedSecret\nspec:\n  encryptedData:\n    password: ${CIPHERTEXT}\n    token: ${CIPHERTEXT}\n`],
  ["a SealedSecret written as JSON", `{"kind":"SealedSecret","spec":{"encryptedData":{"password":"${CIPHERTEXT}"}}}`],
  ["a SOPS value in a .env file", "DB_PASSWORD=ENC[AES256_GCM,data:2bhT8HRHWSuhIW8Iueo9u0gn,iv:+T++xx4x0jJeaHo86JSLYXGP5wBcKwdQb18AcZF+9hR=,tag:PJY2cDtbzn8sx5LEiJFJC7==,type:str]"],
];

const redacted: [string, string, string][] = [
  ["a Stripe client secret (an id with _secret_)", 'const cs = "pi_3QZljPk43NZ5q5dpasKAhrva_secret_kq8Zm2Vb7XyLpQ4Rt9Wn3Hc";', "kq8Zm2Vb7XyLpQ4Rt9Wn3Hc"],
  ["a Stripe restricted key", 'stripe.Refund("rk_live_51HqLyjWDarjtT1zdp7dcXo5Qv8aB3cD9")', "51HqLyjWDarjtT1zdp7dcXo5Qv8aB3cD9"],
  ["a Resend key, whose re_ prefix Stripe refunds share", "RESEND_KEY: re_c1tpEyD8_NKFusih9vKVQknRAQfmFcWCv", "c1tpEyD8_NKFusih9vKVQknRAQfmFcWCv"],
  ["a Mapbox secret token in the same place", 'mapboxgl.accessToken = "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImZkazRwZWdvN2RhYjdseWVlbGdpNGVyd24ifQ.9e-a6EMWrmWIZHtURGauch";', "9e-a6EMWrmWIZHtURGauch"],
  ["a reCAPTCHA secret key", "RECAPTCHA_SECRET_KEY=6Lpbj0l4qBs-j__7ugO1ssPB20nZwvZCVTCBwnu9", "6Lpbj0l4qBs-j__7ugO1ssPB20nZwvZCVTCBwnu9"],
  ["a random value under playlist that is no playlist id", "playlist: Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0", "Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0"],
  ["a fixture name that names a key", `const FAKE_API_KEY = "${B64_33}";`, B64_33],
  ["a fixture name that names a token", `const FIXTURE_TOKEN = "${B64_33}";`, B64_33],
  ["the same value under a plain name", `const payload = "${B64_33}";`, B64_33],
  ["a key next to a SOPS value", "db_password: ENC[AES256_GCM,data:2bhT8HRHWSuhIW8Iueo9u0gn,iv:+T++xx4x0jJe,tag:PJY2cDtbzn8sx5LEiJFJC7==,type:str]\napi: Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0aB", "Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0aB"],
  ["a source map's sourcesContent", '{"mappings":"AAAA","sourcesContent":["const key = \\"Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0aB\\";"]}', "Xk9aB3dE7fGhQ2mN5pR8sT1vW4yZ6cJ0aB"],
  ["a plain password under encryptedData", "kind: SealedSecret\nspec:\n  encryptedData:\n    password: Tq8!vR2#mLx9wZ", "Tq8!vR2#mLx9wZ"],
  ["base64 of a plain password under encryptedData", `  encryptedData:\n    password: ${Buffer.from("Tq8!vR2#mLx9wZ-correct-horse-battery-staple-Tq8!vR2#mLx9wZ-again-and-again-x").toString("base64")}`, "VHE4IXZSMiNtTHg5"],
  ["a plain password in a JSON encryptedData", '{"spec":{"encryptedData":{"password":"Tq8!vR2#mLx9wZ"}}}', "Tq8!vR2#mLx9wZ"],
  ["a key after the encryptedData block ends", `  encryptedData:\n    password: ${CIPHERTEXT}\n  stringData:\n    password: Tq8!vR2#mLx9wZ`, "Tq8!vR2#mLx9wZ"],
];

describe("public and encrypted values stay", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
});

describe("real secrets in the same positions still go", () => {
  for (const [name, text, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));
});

describe("public-values helpers", () => {
  it("knows Stripe ids and Mapbox public tokens by shape only", () => {
    expect(isPublicByDesign("ch_3QjA6xLJY3REZV9ZSv7DlQyj")).toBe(true);
    expect(isPublicByDesign("sk_live_3QjA6xLJY3REZV9ZSv7DlQyj")).toBe(false);
    expect(isPublicByDesign("tok_3QjA6xLJY3REZV9ZSv7DlQyj")).toBe(false);
  });

  it("a data file's extension must end the token", () => {
    expect(isDataFilePath("exports/2026/95d76a7e.csv.gz")).toBe(true);
    expect(isDataFilePath("Xk9aB3dE7fGhQ2mN5pR8.csvx")).toBe(false);
    expect(isDataFilePath("keys/server.pem")).toBe(false);
  });

  it("labels: a site key, a playlist, a fixture name", () => {
    expect(isPublicByLabel("x", 'sitekey: "')).toBe(true);
    expect(isPublicByLabel("x", 'recaptchaSiteKey = "')).toBe(true);
    expect(isPublicByLabel("x", 'WEBSITE_KEY="')).toBe(false);
    expect(isPublicByLabel("PL8Nh4Yxf7IvjKL7wspg2zVV1cs4lEKGof", "?v=abc&list=")).toBe(true);
    expect(isPublicByLabel("Xk9aB3dE7fGhQ2mN5pR8", "&list=")).toBe(false);
    expect(isPublicByLabel("x", 'samplePayload: "')).toBe(true);
    expect(isPublicByLabel("x", 'mockSessionCookie = "')).toBe(false);
  });

  it("finds no spans in text without their markers", () => {
    expect(keptSpans("password: hunter2\n")).toEqual([]);
  });
});
