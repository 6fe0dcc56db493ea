// Thirteenth-part vendor classes: Gladia's key header (vendor-names.ts) and 淘宝开放平台 (TOP) SDK clients given their
// app secret (call-names.ts), with near misses and 1 MB adversarial inputs.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill, MB } from "../support/text.js";
import { markersWhole } from "../support/markers.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

describe("redact: Gladia's x-gladia-key header", () => {
  it("cuts the UUID sent as the key, as a dict entry, a header line and an env setting", () => {
    for (const text of [
      'HEADERS = {"x-gladia-key": "bcf25332-9485-41ae-af69-6e971f5f05bd"}',
      "x-gladia-key: bcf25332-9485-41ae-af69-6e971f5f05bd",
      "GLADIA_KEY=bcf25332-9485-41ae-af69-6e971f5f05bd",
    ]) expect(once(text)).not.toContain("bcf25332-9485-41ae-af69-6e971f5f05bd");
  });

  it("keeps UUIDs under other -key headers", () => {
    for (const text of [
      'HEADERS = {"Idempotency-Key": "bcf25332-9485-41ae-af69-6e971f5f05bd"}',
      'HEADERS = {"x-cache-key": "bcf25332-9485-41ae-af69-6e971f5f05bd"}',
      'HEADERS = {"x-gladia-request-id": "bcf25332-9485-41ae-af69-6e971f5f05bd"}',
    ]) expect(redact(text).text).toBe(text);
  });
});

describe("redact: 淘宝开放平台 (TOP) clients", () => {
  it("cuts the app secret given after the app key", () => {
    for (const text of [
      'var topClient = top.NewClient("05702415", "929b0df5f47eb0523094067c6568e3b1", "https://eco.taobao.com/router/rest")',
      'TaobaoClient client = new DefaultTaobaoClient("https://eco.taobao.com/router/rest", "05702415", "929b0df5f47eb0523094067c6568e3b1");',
    ]) {
      const out = once(text);
      expect(out).not.toContain("929b0df5f47eb0523094067c6568e3b1");
      expect(out).toContain('"05702415"');
    }
  });

  it("keeps the app key, names, words and non-random hex", () => {
    for (const text of [
      'var topClient = top.NewClient("05702415", cfg.Secret, "https://eco.taobao.com/router/rest")',
      'var c = top.NewClient("05702415", "router-config-name", url)',
      `var c = top.NewClient("05702415", "${"ab".repeat(16)}", url)`,
      'c := http.NewClient("05702415", "929b0df5f47eb0523094067c6568e3b1")',
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays fast on 1 MB of clients and headers", () => {
    for (const unit of ['top.NewClient("1", "2", ', '{"x-gladia-key": "a", ']) {
      const t = Date.now();
      expect(redact(fill(unit)).text.length).toBeGreaterThanOrEqual(MB / 2);
      expect(Date.now() - t).toBeLessThan(20000);
    }
  });
});
