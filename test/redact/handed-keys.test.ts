// Keys handed over with a phrase between the word and the value (src/redact/handed-keys.ts), and sentences
// about keys, hashes and ids that stay.
import { describe, expect, it } from "vitest";
import { redactHandedKeys } from "../../src/redact/handed-keys.js";
import { redact } from "../../src/redact/index.js";
import { Tally } from "../../src/redact/values.js";
import { fill } from "../support/text.js";

describe("redact: a key handed over in a sentence", () => {
  it("Chinese and English handing-over phrases before a full-width or ASCII colon", () => {
    const cases: [string, string][] = [
      ["- 对接短信平台，测试用 key 先放这里：750fa361e3c0fda2765ec2bc746a23c9，下周换正式的", "750fa361e3c0fda2"],
      ["接口秘钥如下：Zk4mQ9wX2pL7vR3nT8bY5cH1", "Zk4mQ9wX2pL7vR3n"],
      ["新的 token 为：9f3c2b7a1e4d8c6b0a5f3e2d1c7b9a84", "9f3c2b7a1e4d8c6b"],
      ["the staging API key goes here: Rq7LmX2vN9pK4tB8wZ3cF6hJ", "Rq7LmX2vN9pK4tB8"],
    ];
    for (const [text, secret] of cases) {
      const out = redact(text).text;
      expect(out).not.toContain(secret);
      expect(redact(out).text).toBe(out);
      expect(out.replace(/\[REDACTED:[a-z0-9-]+\]/g, "")).not.toMatch(/REDACTED/);
    }
  });

  it("keeps hashes, commits, ids, colours and keys that are no secret", () => {
    const texts = [
      "本次发布的 commit 放这里：4f2a9c1e8b7d6a5f3e2c1b0a9f8e7d6c5b4a3f21",
      "缓存 key 如下：9f3c2b7a1e4d8c6b0a5f3e2d1c7b9a84",
      "the primary key is: 7d2f8a1c9e3b4d6f0a5c8e2b1d7f3a96",
      "key 的 sha256 如下：e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "request id 如下：0a1b2c3d4e5f60718293a4b5c6d7e8f9",
      "主题 key 是：#ff8800",
      "密钥放这里以后记得轮换，不要写进代码。",
      "the API key goes here: YOUR_API_KEY_GOES_HERE_1234",
    ];
    for (const text of texts) expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of near-misses", () => {
    for (const unit of ["key 先放这里：", "token key 如下 ", "key 是：ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12"]) {
      const started = Date.now();
      expect(redactHandedKeys(fill(unit), new Tally()).length).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });
});
