// A bracketed value that the sentence after it names as a key or password (src/redact/prose-brackets.ts, used by
// prose.ts), and snake_case secret fields written in a sentence (prose.ts).
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

describe("redact: 【value】为…密钥", () => {
  it("cuts a bracketed value the sentence then calls the new key or the current password", () => {
    const meeting = "会议纪要：\n1. 供应商【560f13d58c1e182afe723f794d231ca5】为新的 API 密钥，旧的周五作废；\n2. 小程序 审核 预计 3 天。";
    expect(once(meeting)).toContain("供应商【[REDACTED:password]】为新的 API 密钥");
    expect(once("「Xq7vLp2mN9」是现在的密码，别外传")).toContain("「[REDACTED:password]」是现在的密码");
  });

  it("keeps headings, versions, file names, algorithms and dates in brackets", () => {
    for (const text of [
      "【紧急】为新的密钥",
      "【v2.3.1-release】为新的 API 密钥",
      "【README.md】为密钥说明",
      "【sha256】为密钥算法",
      "【2024-05-01】为新的密钥生效日期",
      "【560f13d58c1e182afe723f794d231ca5】已提交，请评审密钥轮换流程",
    ]) expect(redact(text).text).toBe(text);
  });

  it("stays fast on 1 MB of closing brackets before keywords", () => {
    for (const unit of ["】为新的密钥", "【ab】为密钥 "]) {
      const t = Date.now();
      expect(redact(fill(unit)).text.length).toBeGreaterThanOrEqual(MB / 2);
      expect(Date.now() - t).toBeLessThan(20000);
    }
  });
});

describe("redact: a snake_case secret field in a sentence", () => {
  it("cuts the value right after app_secret in prose", () => {
    const text = "天工 API 的鉴权：app_key c1a52a082514f8fd331a6dfa1bfad330，app_secret 7211ee937e8e44694772f3de6fe93b03，签名是 md5(app_key + app_secret + timestamp)。";
    const out = once(text);
    expect(out).not.toContain("7211ee937e8e44694772f3de6fe93b03");
    expect(out).toContain("md5(app_key + app_secret + timestamp)");
    expect(once("the client_secret is Zq8wXc2vB7nM4kL9 now")).not.toContain("Zq8wXc2vB7nM4kL9");
  });

  it("keeps sentences and code that only name the field", () => {
    for (const text of [
      "the app_secret field is required",
      "def sign(app_secret, body_hex_digest_value):",
      "client_secret abc",
      "pass the client_secret along with build 20240501a to the server",
    ]) expect(redact(text).text).toBe(text);
  });
});
