// Sentences listing keys clause by clause after a comma (key-clauses.ts).
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { markersWhole } from "../support/markers.js";
import { fill } from "../support/text.js";

const once = (text: string) => {
  const out = redact(text).text;
  expect(redact(out).text).toBe(out);
  expect(markersWhole(out)).toBe(true);
  return out;
};

const H1 = "8d17dd85cc8eda984e4110a420257085";
const H2 = "141da076a7c5a900d2f198a95216ee1b";
const TOKEN = "Qz3vB8nM2xL5kJ7hG4fD";

describe("redact: a key sentence continued after a comma", () => {
  it("cuts the value of each clause continuing a key's clause", () => {
    for (const text of [
      `高德 key 是 ${H1}，服务端的是 ${H2}`,
      `高德 key 是 ${H1}，服务端 ${H2}`,
      `高德 key 是 ${H1}，服务端用 ${H2}\n`,
      `高德 key 是 ${H1}，服务端 key 改成 ${H2}`,
      `高德 key ${H1}，服务端 key ${H2}`,
      `web key：${TOKEN}，另一个是 ${H2}`,
    ]) {
      const out = once(text);
      expect(out, text).not.toContain(H2);
      expect(out).toContain("[REDACTED:");
    }
  });

  it("cuts the first clause's key too once the list goes on", () => {
    for (const text of [`高德 key ${H1}，服务端 key ${H2}`, `key: ${H1}，secret: ${H2}`, `key: ${H1}；secret: ${TOKEN}`]) {
      const out = once(text);
      expect(out, text).not.toContain(H1);
      expect(out, text).not.toMatch(new RegExp(`${H2}|${TOKEN}`));
    }
  });

  it("keeps hash and id clauses, clauses after no key, and commas in other sentences", () => {
    for (const text of [
      `key 是 ${H1}，commit 是 ${H2}`,
      `key 是 ${H1}，sha256 ${H2}`,
      `cache key 是 abc，服务端 ${H2}`,
      `版本 是 1.2.3，commit ${H2}`,
      `主键是 id，外键是 ${H2}`,
      `key ${H1}，commit ${H2}`,
    ]) {
      const out = once(text);
      expect(out, text).toContain(H2);
    }
  });

  it("stays linear on 1 MB of clauses and of near-misses", () => {
    const t0 = performance.now();
    once(fill(`key 是 ${H1}，服务端 ${H2}，`));
    once(fill(`key 是 ${H1}，`));
    once(fill("key，，，"));
    expect(performance.now() - t0).toBeLessThan(15000);
  });
});
