// Phrasings of a password in prose added for the tenth held-out part (src/redact/prose.ts): an account with where it
// lives, "，新的是 …", "Key 为 …", and values set apart in Chinese brackets.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/redact/index.js";
import { fill } from "../support/text.js";

const gone = (text: string, value: string) => {
  const out = redact(text).text;
  expect(out).not.toContain(value);
  expect(redact(out).text).toBe(out);
};

describe("redact: password phrasings in prose", () => {
  it("an account named with its host", () => {
    gone("- root on the sequencing box (10.20.0.14): sTvU.Yi^*-JS^+PD", "sTvU.Yi^");
    gone("admin for the staging console: Kd8mW3xQp7LzR2vN", "Kd8mW3xQ");
  });

  it("a new value after a comma, and Key with a Chinese separator", () => {
    gone("微信后台重置了 AppSecret，新的是 737fcaa08b9eac70fa558188cd0ff7ec，已同步给后端；", "737fcaa0");
    gone("we rotated the token, the new one is Rm5nQ2kWx8LpT3vZ", "Rm5nQ2kW");
    gone("- 地图服务商切换为腾讯位置服务，新 Key 为 XJA5FJ8EAAV65ON014W8QW20PGP5MJ22INI，由王磊负责替换；", "XJA5FJ8E");
    gone("高德 key：Zp4kW8nQx2LmR7tVd5Cb", "Zp4kW8nQ");
  });

  it("values in Chinese brackets", () => {
    gone("短信验证码走万能码『VUelnKzrLIWw』，有问题找我。", "VUelnKzr");
    gone("密码【TbH9jYsgFmAeUq】别外传", "TbH9jYsg");
  });

  it("keeps sentences about accounts, keys and brackets", () => {
    const text = [
      "- root on the build box: see the vault entry",
      "admin for staging: Alice Johnson",
      "root for the tree: node",
      "the primary key is user_id",
      "Key 为 空 时使用默认值。",
      "主键 key：user_id",
      "请输入密码「至少八位」",
      "密码『Password』不要用",
      "we rotated the token, the new one is in the vault",
      "重置了 AppSecret，新的是 已同步给后端",
    ].join("\n");
    expect(redact(text).text).toBe(text);
  });

  it("completes on 1 MB of phrasings without values", () => {
    expect(redact(fill("root on the box (1.2.3.4): ")).text.length).toBeGreaterThan(0);
    expect(redact(fill("万能码『")).text.length).toBeGreaterThan(0);
    expect(redact(fill("Key 为 token，新的是 ")).text.length).toBeGreaterThan(0);
  });
});
