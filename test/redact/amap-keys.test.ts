// AMap's (高德) JS API key (src/redact/amap-keys.ts): kept in its loader's options and where a sentence names it the JS
// API key; its 安全密钥 (securityJsCode) and the Web service key and signing key stay redacted.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { publishableSpans } from "../../src/redact/publishable.js";
import { fill } from "../support/text.js";

const KEY = "6ee398d587e0a321fde79206ccf337d2";
const SECURITY = "f1a2b3c4d5e6f708192a3b4c5d6e7f80";
const loader = (security: string) =>
  `window._AMapSecurityConfig = { ${security} };\nAMapLoader.load({\n  key: "${KEY}",\n  version: "2.0",\n  plugins: ["AMap.Scale"],\n}).then((AMap) => new AMap.Map("map"));`;

const kept: [string, string][] = [
  ["the loader's key with the security code on a proxy", loader(`serviceHost: "https://map-proxy.acme.cn/_AMapService"`)],
  ["a sentence naming the JS API key", `高德地图 JS API 的 key 是 ${KEY}，放在前端 html 里，安全密钥走我们自己的代理服务器。这样配置对吗？`],
  ["the same as an added line of a diff", `+高德地图 JS API 的 key 是 ${KEY}，放在前端 html 里。`],
  ["an English sentence", `Our AMap JS API key: ${KEY} is restricted to our domains.`],
];

const redacted: [string, string, string][] = [
  ["a 安全密钥 said after the JS API key", `高德 JS API 的 key 是 ${KEY}，安全密钥是 ${SECURITY}。`, SECURITY],
  ["a Web service key in a sentence", `高德 Web 服务 key：${SECURITY}，开启了数字签名。`, SECURITY],
  ["a key named in a sentence that is not the JS API's", `高德地图的 key 是 ${SECURITY}`, SECURITY],
  ["a loader option other than key", `AMapLoader.load({ key: "${KEY}", serviceKey: "${SECURITY}" });`, SECURITY],
  ["the securityJsCode in _AMapSecurityConfig", `window._AMapSecurityConfig = {\n  securityJsCode: "${SECURITY}",\n};`, SECURITY],
  ["the securityJsCode beside the loader's key", loader(`securityJsCode: "${SECURITY}"`), SECURITY],
  ["a key glued by Chinese punctuation to more ASCII, as one value", `高德地图 JS API 的 key 是 ${KEY}，Tr0ub4dor&3x`, KEY],
];

describe("AMap JS API keys", () => {
  for (const [name, text] of kept) it(`keeps: ${name}`, () => expect(redact(text).text).toBe(text));
  for (const [name, text, secret] of redacted) it(`redacts: ${name}`, () => expect(redact(text).text).not.toContain(secret));

  it("never keeps the securityJsCode beside the loader's key", () => {
    const text = loader(`securityJsCode: "${SECURITY}"`);
    const kept = publishableSpans(text).map(([start, end]) => text.slice(start, end));
    expect(kept).toEqual([KEY]);
  });

  it("never keeps a key nested in an object inside the loader's options", () => {
    const text = `AMapLoader.load({\n  key: "${KEY}",\n  version: "2.0",\n  AMapUI: { version: "1.1", key: "${SECURITY}" },\n});`;
    const kept = publishableSpans(text).map(([start, end]) => text.slice(start, end));
    expect(kept).toEqual([KEY]);
  });

  it("cuts a kept key that the text also writes as the Web service key", () => {
    expect(redact(`${loader('serviceHost: "/_AMapService"')}\nAMAP_WEB_KEY=${KEY}\n`).text).not.toContain(KEY);
  });

  it("is idempotent and leaves whole markers", () => {
    const once = redact(`${loader(`securityJsCode: "${SECURITY}"`)}\n高德 JS API 的 key 是 ${KEY}，安全密钥是 ${SECURITY}。`).text;
    expect(redact(once).text).toBe(once);
    expect(once.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/);
  });

  const inputs: Record<string, string> = {
    "unclosed loaders": fill(`AMapLoader.load({ key: "${KEY}", `),
    "bare loader calls": fill("AMapLoader.load({"),
    "sentences": fill(`高德地图 JS API 的 key 是 ${KEY}，`),
    "name runs without a value": fill("高德 JS API 的 key 是 "),
  };
  for (const [name, t] of Object.entries(inputs)) {
    it(`completes on 1 MB of ${name}`, () => {
      const start = performance.now();
      expect(redact(t).text.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(4000);
    });
  }
});
