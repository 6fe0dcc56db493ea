// Firebase / Google client keys (AIza…) in the files Firebase generates for an app (src/redact/google-app-configs.ts)
// and in FlutterFire's FirebaseOptions (publishable.ts): kept there, redacted anywhere else or when the text also
// writes the same key as a secret.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";

const KEY = "AIzaZ1Sbcv0PiO20L7VuQnMfzVLHlm_NjhbUpPC";
const OTHER = "AIza7D7mVhkvNiaNurNmXdDUHImw9_63aG3Tro7";

const googleServices = (key = KEY, head = '  "project_info": { "project_number": "563230325276", "project_id": "appshop-prod" },\n') =>
  `{\n${head}  "client": [{\n    "client_info": { "mobilesdk_app_id": "1:563230325276:android:80ab226d9c41c934" },\n    "api_key": [{ "current_key": "${key}" }]\n  }]\n}`;
const plist = (keys: string, key = KEY) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>API_KEY</key>\n\t<string>${key}</string>\n${keys}</dict>\n</plist>`;
const PLIST_KEYS = "\t<key>GCM_SENDER_ID</key>\n\t<string>563230325276</string>\n\t<key>BUNDLE_ID</key>\n\t<string>com.acme.shop</string>\n\t<key>GOOGLE_APP_ID</key>\n\t<string>1:563230325276:ios:80ab226d9c41c934</string>\n";
const options = (appId: string, key = KEY) => `static const FirebaseOptions web = FirebaseOptions(\n    apiKey: '${key}',\n    appId: '${appId}',\n    projectId: 'appshop-prod',\n  );`;

const kept: [string, string][] = [
  ["google-services.json's current_key", googleServices()],
  ["the same as a diff's added file", googleServices().replace(/^/gm, "+")],
  ["GoogleService-Info.plist's API_KEY", plist(PLIST_KEYS)],
  ["FlutterFire's FirebaseOptions with apiKey, appId and projectId", options("1:471459434608:web:80ab226d9c41c9345b63b1")],
  ["the same removed in a diff", options("1:471459434608:android:80ab226d9c41c9345b63b1").replace(/^/gm, "-")],
];

const redacted: [string, string][] = [
  ["a current_key with no project_info head", googleServices(KEY, "")],
  ["a current_key whose project_info is on the diff's other side", googleServices().replace(/^(?=.*project_info)/gm, "-").replace(/^(?!-)/gm, "+")],
  ["a plist API_KEY beside one Firebase key", plist("\t<key>BUNDLE_ID</key>\n\t<string>com.acme.shop</string>\n")],
  ["a FirebaseOptions apiKey whose appId is not Firebase's", options("shop-web")],
  ["GOOGLE_MAPS_API_KEY in an env file", `GOOGLE_MAPS_API_KEY=${KEY}`],
  ["GEMINI_API_KEY in an env file", `GEMINI_API_KEY=${KEY}`],
  ["a lone current_key", `{ "current_key": "${KEY}" }`],
  ["a current_key in another JSON after the file closed", `${googleServices(OTHER)}\n\nAnd my server config:\n{\n  "api_key": [{ "current_key": "${KEY}" }]\n}`],
  ["a plist API_KEY after the generated plist's dict closed", `${plist(PLIST_KEYS, OTHER)}\n\nInfo.plist tail:\n\t<key>API_KEY</key>\n\t<string>${KEY}</string>\n</dict>\n</plist>`],
];

describe("Firebase client keys in Google's generated configs", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  for (const [name, text] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(KEY.slice(4)));

  it("cuts a kept key that the text also writes as a secret", () => {
    for (const config of [googleServices(), plist(PLIST_KEYS), options("1:471459434608:web:80ab226d9c41c9345b63b1")]) {
      const out = redact(`${config}\n\nGEMINI_API_KEY=${KEY}\n`).text;
      expect(out, config).not.toContain(KEY.slice(4));
    }
  });

  it("keeps one key while a second, lone one goes", () => {
    const out = redact(`${googleServices()}\nMAPS_KEY=${OTHER}\n`).text;
    expect(out).toContain(KEY);
    expect(out).not.toContain(OTHER.slice(4));
  });

  it("is idempotent and leaves whole markers", () => {
    const once = redact(`${plist(PLIST_KEYS)}\n${googleServices()}\nGEMINI_API_KEY=${OTHER}`).text;
    expect(redact(once).text).toBe(once);
    expect(once.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/);
  });

  const inputs: Record<string, string> = {
    "current_key entries after one head": `"project_info": { "project_number": "1" },\n${fill(`"api_key": [{ "current_key": "${KEY}" }],\n`)}`,
    "current_key entries each after a head": fill(`"project_info": {"project_number":"1"}, "api_key": [{ "current_key": "${KEY}" }],\n`),
    "plist keys in one open dict": `<dict>\n${fill(`<key>API_KEY</key><string>${KEY}</string><key>BUNDLE_ID</key>\n`)}`,
    "plist dicts of many keys": fill(`<dict>${`<key>API_KEY</key><string>${KEY}</string>`.repeat(30)}</dict>`),
    "plist dicts": fill(`<dict><key>API_KEY</key><string>${KEY}</string><key>BUNDLE_ID</key><key>GCM_SENDER_ID</key></dict>\n`),
    "Firebase configs on one line": fill(`{apiKey:"${KEY}",projectId:"p",authDomain:"a"} `),
    "FirebaseOptions calls": fill(`FirebaseOptions(apiKey: '${KEY}', appId: '1:47145943:web:80ab22', projectId: 'p'),\n`),
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on 1 MB of ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
  it("the inputs are 1 MB", () => expect(fill("x").length).toBe(MB));
});
